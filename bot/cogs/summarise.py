"""/summarise <url>: fetch any article through the network guard and summarise it on demand."""

from __future__ import annotations

import asyncio
import functools
import time
from collections import defaultdict, deque
from collections.abc import Callable
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
RATE_WINDOW_S = 60.0


class SummariseCog(commands.Cog):
    """On-demand article summaries, limited per member and in how many run at once (anyone may call it)."""

    def __init__(self, bot: commands.Bot) -> None:
        options = getattr(bot, "options", None)
        self._per_user = int(getattr(options, "summarise_per_user", 5))
        self._slots = asyncio.Semaphore(int(getattr(options, "summarise_parallel", 2)))
        self._recent: defaultdict[int, deque[float]] = defaultdict(deque)

    def _admit(self, user_id: int) -> None:
        """Refuse a member's call beyond `summarise_per_user` in the last minute (UserInputError saying when)."""
        now = time.monotonic()
        recent = self._recent[user_id]
        while recent and now - recent[0] > RATE_WINDOW_S:
            recent.popleft()
        if len(recent) >= self._per_user:
            wait = int(RATE_WINDOW_S - (now - recent[0])) + 1
            raise UserInputError(f"You have summarised {len(recent)} pages in the last minute: try again in {wait} s.")
        recent.append(now)

    def _finished(self, task: asyncio.Future[summariser.Summary]) -> None:
        self._slots.release()
        if not task.cancelled():
            task.exception()  # retrieved: a summary abandoned after its timeout must not log "never retrieved"

    async def _bounded(self, work: Callable[[], summariser.Summary], timeout: float) -> summariser.Summary:
        """Run `work` in a thread, at most `summarise_parallel` at once; a slot is freed when its thread really ends
        (a timed-out thread cannot be stopped, and would otherwise pile up in the default executor)."""
        try:
            await asyncio.wait_for(self._slots.acquire(), timeout)
        except TimeoutError:
            raise UserInputError("Too many summaries are running: try again in a minute.") from None
        task = asyncio.ensure_future(asyncio.to_thread(work))
        task.add_done_callback(self._finished)
        try:
            return await asyncio.wait_for(asyncio.shield(task), timeout)
        except TimeoutError:
            raise UserInputError("That article took too long to summarise.") from None

    @app_commands.command(name="summarise", description="Fetch and summarise any news article")
    @app_commands.describe(url="The article's http(s) address")
    async def summarise(self, interaction: discord.Interaction[Any], url: str) -> None:
        url = url.strip()
        if not url.lower().startswith(("http://", "https://")):
            raise UserInputError("Give an http:// or https:// address.")
        self._admit(interaction.user.id)
        await defer_public(interaction)
        services = services_of(interaction)
        timeout = services.settings.summarise_timeout_s
        article, reason = await fetch_article(
            services.guarded_fetcher, url, timeout_s=timeout, max_bytes=MAX_PAGE_BYTES
        )
        if article is None:
            raise fetch_failure(reason, url)
        work = functools.partial(summariser.summarise, article.html, url=article.final_url, topic=services.topic)
        # CPU-bound and pure: off the event loop, and capped so a pathological page cannot hang the command
        summary = await self._bounded(work, timeout)
        pages = render.paginate(render.summary_embeds(summary.to_dict(), article.final_url))
        await send_pages(interaction, pages, empty="Nothing to summarise.")
