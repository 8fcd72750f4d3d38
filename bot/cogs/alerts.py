"""/alerts add|list|remove|pause: keyword alert subscriptions, delivered by DM or in the channel."""

from __future__ import annotations

from typing import Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogs import render
from bot.cogs.common import in_thread, reply, require_can_post, require_member_can_post, send_lines, services_of
from bot.errors import UserInputError

QUERY_HELP = 'Words, "quoted phrases", AND / OR / NOT (or -word), parentheses; e.g. grok AND (fine OR ban)'


async def alert_autocomplete(interaction: discord.Interaction[Any], current: str) -> list[app_commands.Choice[int]]:
    """The member's own alerts whose label contains what was typed."""
    found = await services_of(interaction).alerts.suggest(interaction.user.id, current, 25)
    return [app_commands.Choice(name=label[:100], value=sid) for sid, label in found]


def _label(query: str) -> str:
    return render.code_span(query, 200)


class AlertsCog(commands.GroupCog, group_name="alerts", group_description="Keyword alerts for new stories"):
    """Each new matching story is delivered once per alert."""

    @app_commands.command(name="add", description="Alert me about new stories matching a query")
    @app_commands.describe(query=QUERY_HELP, where="dm (default) or here (this channel, mentioning only you)")
    async def add(self, interaction: discord.Interaction[Any], query: str, where: Literal["dm", "here"] = "dm") -> None:
        await interaction.response.defer(thinking=True, ephemeral=True)
        if where == "here" and interaction.guild_id is None:
            raise UserInputError("`here` alerts only work in a server channel; use `dm` here.")
        if where == "here":
            thread = in_thread(interaction)
            require_member_can_post(interaction.permissions, thread=thread)
            advice = "use `dm` or another channel."
            require_can_post(interaction.app_permissions, "in this channel", advice, thread=thread)
        sub = await services_of(interaction).alerts.add(
            user_id=interaction.user.id,
            query=query,
            where=where,
            guild_id=interaction.guild_id,
            channel_id=interaction.channel_id,
        )
        place = "by DM" if sub.where == "dm" else f"in <#{sub.channel_id}>"
        await reply(interaction, f"Alert #{sub.id} added: {_label(sub.query)}, delivered {place}.")

    @app_commands.command(name="list", description="List your alerts")
    async def list_alerts(self, interaction: discord.Interaction[Any]) -> None:
        await interaction.response.defer(thinking=True, ephemeral=True)
        subs = await services_of(interaction).alerts.subscriptions(interaction.user.id)
        if not subs:
            await reply(interaction, "You have no alerts. Add one with `/alerts add`.")
            return
        lines = []
        for s in subs:
            state = (
                "paused"
                if s.paused
                else ("off: " + render.safe_text(s.disabled_reason, 120) if s.disabled_reason else "on")
            )
            place = "DM" if s.where == "dm" else f"<#{s.channel_id}>"
            lines.append(f"#{s.id} {_label(s.query)} → {place} ({state})")
        await send_lines(interaction, lines, title="Your alerts", empty="You have no alerts.")

    @app_commands.command(name="remove", description="Remove one of your alerts")
    @app_commands.describe(alert="The alert to remove")
    @app_commands.autocomplete(alert=alert_autocomplete)
    async def remove(self, interaction: discord.Interaction[Any], alert: int) -> None:
        await interaction.response.defer(thinking=True, ephemeral=True)
        removed = await services_of(interaction).alerts.remove(interaction.user.id, alert)
        await reply(interaction, f"Alert #{alert} removed." if removed else f"You have no alert #{alert}.")

    @app_commands.command(name="pause", description="Pause or resume your alerts")
    @app_commands.describe(alert="Only this alert (default: all of them)", resume="Resume instead of pausing")
    @app_commands.autocomplete(alert=alert_autocomplete)
    async def pause(
        self, interaction: discord.Interaction[Any], alert: int | None = None, resume: bool = False
    ) -> None:
        await interaction.response.defer(thinking=True, ephemeral=True)
        changed = await services_of(interaction).alerts.pause(interaction.user.id, alert, paused=not resume)
        if alert is not None and not changed:
            raise UserInputError(f"You have no alert #{alert}.")
        verb = "Resumed" if resume else "Paused"
        await reply(interaction, f"{verb} {changed} alert{'s' if changed != 1 else ''}.")
