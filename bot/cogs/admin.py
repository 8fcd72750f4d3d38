"""Owner-only maintenance: /sync re-registers the slash commands with Discord."""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogs.common import reply
from bot.errors import UserInputError


class AdminCog(commands.Cog):
    """Commands for the bot's owner only (checked against the application's owner, not a role)."""

    @app_commands.command(name="sync", description="Owner only: re-sync grokwatch's slash commands with Discord")
    @app_commands.default_permissions(administrator=True)
    async def sync(self, interaction: discord.Interaction[Any]) -> None:
        # defer first: without configured owner ids, is_owner asks Discord for the application, and the
        # interaction must be answered within 3 seconds
        await interaction.response.defer(thinking=True, ephemeral=True)
        client = interaction.client
        if not isinstance(client, commands.Bot) or not await client.is_owner(interaction.user):
            raise UserInputError("Only the bot's owner can do that.")
        synced = await client.sync_commands_if_changed(force=True)  # type: ignore[attr-defined]
        await reply(interaction, "Slash commands re-synced." if synced else "Nothing to sync.")
