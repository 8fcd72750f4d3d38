"""/summarise <url>: fetch any article through the network guard and summarise it on demand."""

from __future__ import annotations

import asyncio
import functools
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

import summariser
from bot.cogs import render
from bot.cogs.common import defer_public, fetch_failure, send_pages, services_of
from bot.core.fulltext import fetch_article
from bot.errors import UserInputError

MAX_PAGE_BYTES = 5_000_000


class SummariseCog(commands.Cog):
    """On-demand article summaries."""

    @app_commands.command(name="summarise", description="Fetch and summarise any news article")
    @app_commands.describe(url="The article's http(s) address")
    async def summarise(self, interaction: discord.Interaction[Any], url: str) -> None:
        url = url.strip()
        if not url.lower().startswith(("http://", "https://")):
            raise UserInputError("Give an http:// or https:// address.")
        await defer_public(interaction)
        services = services_of(interaction)
        timeout = services.settings.summarise_timeout_s
        article, reason = await fetch_article(
            services.guarded_fetcher, url, timeout_s=timeout, max_bytes=MAX_PAGE_BYTES
        )
        if article is None:
            raise fetch_failure(reason, url)
        work = functools.partial(summariser.summarise, article.html, url=article.final_url, topic=services.topic)
        try:
            # CPU-bound and pure: off the event loop, and capped so a pathological page cannot hang the command
            summary = await asyncio.wait_for(asyncio.to_thread(work), timeout)
        except TimeoutError:
            raise UserInputError("That article took too long to summarise.") from None
        pages = render.paginate(render.summary_embeds(summary.to_dict(), article.final_url))
        await send_pages(interaction, pages, empty="Nothing to summarise.")
