"""/feeds list|status|add|remove: the operator's feeds plus each guild's extra (guarded) feeds."""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogs import render
from bot.cogs.common import reply, require_guild, require_manage_guild, send_lines, services_of
from bot.models import FeedState


async def guild_feed_autocomplete(
    interaction: discord.Interaction[Any], current: str
) -> list[app_commands.Choice[str]]:
    """This server's extra feeds whose name contains what was typed."""
    if interaction.guild_id is None:
        return []
    feeds = await services_of(interaction).guild_feeds.feeds(interaction.guild_id)
    low = current.lower()
    return [app_commands.Choice(name=f.name[:100], value=f.name[:100]) for f in feeds if low in f.name.lower()][:25]


def _status_line(state: FeedState, label: str) -> str:
    if state.dead:
        health = f"**dead** ({render.safe_text(state.last_error, 120)})"
    elif state.consecutive_failures:
        health = f"failing ×{state.consecutive_failures} ({render.safe_text(state.last_error, 120)})"
    else:
        health = "ok"
    last = render.timestamp(state.last_success) if state.last_success else "never"
    return f"**{label}**: {health} · last success {last} · {state.stories_seen} stories"


class FeedsCog(commands.GroupCog, group_name="feeds", group_description="The news feeds grokwatch follows"):
    """Everyone can look; adding and removing needs Manage Server."""

    @app_commands.command(name="list", description="List the feeds followed here")
    async def list_feeds(self, interaction: discord.Interaction[Any]) -> None:
        await interaction.response.defer(thinking=True, ephemeral=True)
        services = services_of(interaction)
        lines = [f"• {render.link(render.safe_text(s.name, 100), s.url)}" for s in services.feeds]
        if interaction.guild_id is not None:
            extra = await services.guild_feeds.feeds(interaction.guild_id)
            lines += [f"• {render.link(render.safe_text(f.name, 100), f.url)} (this server)" for f in extra]
        await send_lines(interaction, lines, title="Feeds", empty="No feeds configured.")

    @app_commands.command(name="status", description="Health of each feed: last success, failures, stories")
    async def status(self, interaction: discord.Interaction[Any]) -> None:
        await interaction.response.defer(thinking=True, ephemeral=True)
        services = services_of(interaction)
        prefix = f"guild{interaction.guild_id}:"
        lines = []
        for state in await services.stories.feed_states():
            if state.guild_id is None:
                lines.append(_status_line(state, render.safe_text(state.name, 100)))
            elif state.guild_id == interaction.guild_id:
                lines.append(
                    _status_line(state, render.safe_text(state.name.removeprefix(prefix), 100) + " (this server)")
                )
        await send_lines(interaction, lines, title="Feed status", empty="No feed has been polled yet.")

    @app_commands.command(name="add", description="Add a feed for this server (Manage Server)")
    @app_commands.describe(
        url="The feed's http(s) address (RSS, Atom or RDF)", name="A short name (default: the feed's title)"
    )
    async def add(self, interaction: discord.Interaction[Any], url: str, name: str | None = None) -> None:
        require_manage_guild(interaction)
        await interaction.response.defer(thinking=True, ephemeral=True)
        feed = await services_of(interaction).guild_feeds.add(
            guild_id=require_guild(interaction), url=url, added_by=interaction.user.id, name=name
        )
        await reply(interaction, f"Added feed **{render.safe_text(feed.name, 100)}**; it will be polled shortly.")

    @app_commands.command(name="remove", description="Remove one of this server's feeds (Manage Server)")
    @app_commands.describe(feed="The feed to remove")
    @app_commands.autocomplete(feed=guild_feed_autocomplete)
    async def remove(self, interaction: discord.Interaction[Any], feed: str) -> None:
        require_manage_guild(interaction)
        await interaction.response.defer(thinking=True, ephemeral=True)
        removed = await services_of(interaction).guild_feeds.remove(require_guild(interaction), feed)
        text = (
            f"Removed feed **{render.safe_text(feed, 100)}**." if removed else "This server has no feed by that name."
        )
        await reply(interaction, text)
