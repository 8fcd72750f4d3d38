"""The Discord layer: thin app-command cogs over the core services."""

from __future__ import annotations

from discord.ext import commands


async def load_cogs(bot: commands.Bot) -> None:
    """Add every cog to the bot (called from GrokwatchBot.setup_hook)."""
    from bot.cogs.admin import AdminCog
    from bot.cogs.alerts import AlertsCog
    from bot.cogs.digests import DigestCog
    from bot.cogs.feeds import FeedsCog
    from bot.cogs.stories import StoriesCog
    from bot.cogs.summarise import SummariseCog

    for cog in (StoriesCog(), SummariseCog(bot), DigestCog(), AlertsCog(), FeedsCog(), AdminCog()):
        await bot.add_cog(cog)
