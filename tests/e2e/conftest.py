"""End-to-end harness: the real GrokwatchBot (discord.py) against the fake Discord, a loopback feed site and SQLite.

Time is injected through a MutableClock (our Clock protocol); jobs run on short real intervals so a test advances
the clock and polls for the outcome instead of waiting for wall-clock schedules.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import discord
import pytest

from bot.app import BotOptions, GrokwatchBot, apply_endpoints, build_services
from bot.cogs.services import BotServices
from bot.config import Settings
from bot.core.guard import NetworkGuard
from tests.servers.fake_discord import OWNER_ID, FakeDiscord, InteractionRecord
from tests.servers.feedsite import FeedSite

FAST = BotOptions(
    guild_ready_timeout=0.1,
    alerts_interval_s=0.1,
    digests_interval_s=0.1,
    outbox_interval_s=0.1,
    poll_feeds=False,  # tests poll explicitly, so stories arrive exactly when the test says
    owner_ids=frozenset({OWNER_ID}),
    shutdown_grace_s=0.3,
)


class MutableClock:
    """A Clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self.current = start

    def now(self) -> datetime:
        return self.current

    def advance(self, delta: timedelta) -> None:
        self.current += delta


@dataclass
class FeedItem:
    title: str
    description: str
    guid: str
    published: datetime
    link: str = ""


def rss(items: list[FeedItem], *, title: str = "Wire Policy Desk") -> bytes:
    """An RSS 2.0 document for the items (titles and text are escaped XML, not trusted by the bot)."""
    parts = [f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>{escape(title)}</title>"]
    parts.append("<link>https://wire.example/</link><description>Policy news</description>")
    for item in items:
        link = item.link or f"https://wire.example/news/{item.guid}"
        parts.append(
            f"<item><title>{escape(item.title)}</title><link>{escape(link)}</link>"
            f"<guid isPermaLink='false'>{escape(item.guid)}</guid>"
            f"<pubDate>{format_datetime(item.published)}</pubDate>"
            f"<description>{escape(item.description)}</description></item>"
        )
    parts.append("</channel></rss>")
    return "".join(parts).encode()


@dataclass
class Harness:
    """Everything an end-to-end test touches; `start_bot()` may be called again after `stop_bot()` (restart)."""

    fake: FakeDiscord
    site: FeedSite
    clock: MutableClock
    db_url: str
    feeds_path: Path
    guard: NetworkGuard
    bot: GrokwatchBot | None = None
    task: asyncio.Task[None] | None = None
    items: list[FeedItem] = field(default_factory=list)

    @property
    def services(self) -> BotServices:
        assert self.bot is not None
        return self.bot.services

    async def start_bot(self, options: BotOptions = FAST) -> GrokwatchBot:
        settings = Settings(
            discord_token=self.fake.token,
            database_url=self.db_url,
            feeds_config=str(self.feeds_path),
            discord_api_base=self.fake.api_base,
            discord_gateway_url=self.fake.gateway_url,
        )
        apply_endpoints(settings.discord_api_base, settings.discord_gateway_url)
        services = await build_services(settings, clock=self.clock, guard=self.guard)
        self.bot = GrokwatchBot(services, options)
        assert settings.discord_token is not None
        self.task = asyncio.create_task(self.bot.start(settings.discord_token))
        await self.wait_for(lambda: self.bot is not None and self.bot.is_ready(), timeout=30)
        return self.bot

    async def stop_bot(self) -> None:
        """Close the bot (stops its scheduler and cancels in-flight jobs) before the fake goes away."""
        if self.bot is not None:
            await self.bot.close()
        if self.task is not None:
            await asyncio.wait_for(self.task, 15)
        self.bot = self.task = None

    def publish(self, *items: FeedItem) -> None:
        """Add items to the loopback feed (newest first, as feeds are)."""
        self.items[:0] = list(items)
        self.site.add_feed("/policy.rss", rss(self.items))

    async def poll(self) -> list[Any]:
        """Poll the operator feeds now (the scheduler would do the same on its interval); then a second passes, so
        windows ending "now" include what was just stored (the injected clock does not move by itself)."""
        reports = await self.services.poller.poll_all(self.services.feeds)
        self.clock.advance(timedelta(seconds=1))
        return reports

    async def wait_for(self, predicate: Callable[[], object], timeout: float = 20.0) -> None:
        await self.fake.wait_for(predicate, timeout)


async def answered(harness: Harness, record: InteractionRecord) -> InteractionRecord:
    """Wait until the bot has answered with a visible message (a reply, an edit or a followup)."""
    await harness.wait_for(lambda: record.responses)
    return record


async def run(harness: Harness, name: str, options: list | None = None, **kw: object) -> InteractionRecord:
    return await answered(harness, await harness.fake.invoke(name, options, **kw))


def story_item(n: int, title: str, *, published: datetime, body: str | None = None) -> FeedItem:
    """A relevant-looking news item about regulating X and Grok."""
    text = body or (
        "Ofcom said on Tuesday it had opened a formal investigation into X under the Online Safety Act after "
        'Grok, the chatbot built by xAI, produced sexualised images of real people. "We will not hesitate to '
        "act,\" said Melanie Dawes, Ofcom's chief executive. The regulator can fine the platform up to 10% of "
        "its global turnover."
    )
    return FeedItem(title=title, description=text, guid=f"wire-{n}", published=published)


@contextlib.asynccontextmanager
async def open_harness(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake: FakeDiscord | None = None
) -> AsyncIterator[Harness]:
    """A harness over `fake` (a FakeDiscord by default) and a loopback feed site; the bot is stopped at the end."""
    # apply_endpoints changes discord.py class attributes: restore them after the test
    monkeypatch.setattr(discord.http.Route, "BASE", discord.http.Route.BASE)
    monkeypatch.setattr(
        discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    )
    async with fake or FakeDiscord() as discord_fake, FeedSite() as site:
        feeds_path = tmp_path / "feeds.yaml"
        feeds_path.write_text(
            f"feeds:\n  - name: Wire Policy Desk\n    url: {site.url('/policy.rss')}\n    fetch_full_text: false\n",
            encoding="utf-8",
        )
        start = datetime.now(UTC).replace(microsecond=0)
        h = Harness(
            discord_fake,
            site,
            MutableClock(start),
            f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}",
            feeds_path,
            NetworkGuard(),
        )
        discord_fake.clock = h.clock  # Discord's ids carry their creation time: the fake's follow the test's clock
        h.publish()
        try:
            yield h
        finally:
            await h.stop_bot()


@pytest.fixture
async def harness(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Harness]:
    async with open_harness(tmp_path, monkeypatch) as h:
        yield h
