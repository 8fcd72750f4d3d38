"""/digest now|schedule|show|off: per-guild digests, posted through the outbox."""

from __future__ import annotations

from typing import Any, Literal
from zoneinfo import available_timezones

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogs import render
from bot.cogs.common import (
    in_thread,
    reply,
    require_can_post,
    require_guild,
    require_manage_guild,
    send_lines,
    services_of,
)
from bot.core.digest_schedule import next_run_after
from bot.errors import UserInputError

Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_ZONES: list[str] = []


async def timezone_autocomplete(interaction: discord.Interaction[Any], current: str) -> list[app_commands.Choice[str]]:
    """IANA timezone names containing what was typed."""
    if not _ZONES:
        _ZONES.extend(sorted(available_timezones()))
    low = current.lower().replace(" ", "_")
    found = [z for z in _ZONES if low in z.lower()] if low else ["UTC", "Europe/London", "Europe/Brussels"]
    return [app_commands.Choice(name=z, value=z) for z in found[:25]]


# a server's digests only: the command is not offered in DMs (a DM use would only be refused)
@app_commands.guild_only()
class DigestCog(commands.GroupCog, group_name="digest", group_description="Digests of the coverage for a channel"):
    """Digest commands; changing them needs Manage Server (checked here, not only by Discord's defaults)."""

    @app_commands.command(name="now", description="Post the digest since this channel's last digest")
    async def now(self, interaction: discord.Interaction[Any]) -> None:
        require_manage_guild(interaction)
        await interaction.response.defer(thinking=True, ephemeral=True)
        services = services_of(interaction)
        channel_id = interaction.channel_id
        if channel_id is None:
            raise UserInputError("Use this in the channel that should get the digest.")
        advice = "give me that permission or use another channel."
        require_can_post(interaction.app_permissions, "here", advice, thread=in_thread(interaction))
        digest = await services.digests.post_now(
            guild_id=require_guild(interaction), channel_id=channel_id, requested_by=interaction.user.id
        )
        count = len(digest.items)
        what = f"{count} stor{'y' if count == 1 else 'ies'}" if count else "a quiet-window note"
        await reply(interaction, f"Digest queued for this channel: {what}. It will appear in a moment.")

    @app_commands.command(name="schedule", description="Schedule a digest in a channel (Manage Server)")
    @app_commands.describe(
        channel="Where to post the digest",
        time="Local time, 24-hour HH:MM (hourly digests use the minutes)",
        timezone="IANA timezone, e.g. Europe/London (default UTC)",
        frequency="hourly, daily (default) or weekly",
        weekday="Day of the week for weekly digests",
    )
    @app_commands.autocomplete(timezone=timezone_autocomplete)
    async def schedule(
        self,
        interaction: discord.Interaction[Any],
        channel: discord.TextChannel,
        time: str,
        timezone: str = "UTC",
        frequency: Literal["hourly", "daily", "weekly"] = "daily",
        weekday: Weekday | None = None,
    ) -> None:
        require_manage_guild(interaction)
        await interaction.response.defer(thinking=True, ephemeral=True)
        require_can_post(channel.permissions_for(channel.guild.me), f"in <#{channel.id}>", "fix that first.")
        services = services_of(interaction)
        saved = await services.digests.schedule(
            guild_id=require_guild(interaction),
            channel_id=channel.id,
            time=time,
            created_by=interaction.user.id,
            tz=timezone,
            frequency=frequency,
            weekday=weekday,
        )
        upcoming = next_run_after(saved, services.clock.now())
        text = f"Digest for <#{saved.channel_id}>: {saved.describe()}. Next one {render.timestamp(upcoming, 'R')}."
        await reply(interaction, text)

    @app_commands.command(name="show", description="Show this server's digest schedules")
    async def show(self, interaction: discord.Interaction[Any]) -> None:
        await interaction.response.defer(thinking=True, ephemeral=True)
        services = services_of(interaction)
        schedules = await services.digests.show(require_guild(interaction))
        if not schedules:
            await reply(interaction, "No digests are scheduled here. Use `/digest schedule` to add one.")
            return
        now = services.clock.now()
        lines = []
        for s in schedules:
            if s.enabled:
                lines.append(f"<#{s.channel_id}>: {s.describe()}, next {render.timestamp(next_run_after(s, now))}")
            else:
                reason = render.safe_text(s.disabled_reason or "turned off", 200)
                lines.append(f"<#{s.channel_id}>: {s.describe()}, **off** ({reason})")
        await send_lines(interaction, lines, title="Digest schedules", empty="No digests are scheduled here.")

    @app_commands.command(name="off", description="Turn off digests for one channel or the whole server")
    @app_commands.describe(channel="Only this channel (default: every digest in this server)")
    async def off(self, interaction: discord.Interaction[Any], channel: discord.TextChannel | None = None) -> None:
        require_manage_guild(interaction)
        await interaction.response.defer(thinking=True, ephemeral=True)
        changed = await services_of(interaction).digests.off(
            require_guild(interaction), channel.id if channel else None
        )
        await reply(interaction, f"Turned off {changed} digest schedule{'s' if changed != 1 else ''}.")
