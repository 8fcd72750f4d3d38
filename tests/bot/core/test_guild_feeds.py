"""GuildFeedService: a guild feed is guarded, fetched and parsed before it is saved; per-guild limit; duplicates."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.fetch import FeedFetcher, make_client
from bot.core.guard import NetworkGuard
from bot.core.guild_feeds import GuildFeedService
from bot.errors import UserInputError
from bot.store.discord_repo import DiscordRepo
from tests.bot.core.fakes_d1 import FixedClock
from tests.servers.feedsite import FeedSite

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Westminster Tech Wire</title><link>https://wire.example/</link>
<item><title>Ofcom sets deadline for X over Grok images</title><link>https://wire.example/ofcom-deadline</link>
<guid>wire-1</guid><pubDate>Thu, 19 Nov 2026 08:00:00 GMT</pubDate>
<description>The regulator gave the platform ten working days to respond.</description></item>
</channel></rss>"""


@pytest.fixture
async def site() -> AsyncIterator[FeedSite]:
    async with FeedSite() as s:
        s.add_feed("/wire.rss", RSS)
        s.add_page("/page", "<!doctype html><html><head><title>Just a page</title></head><body>Hi</body></html>")
        s.add_redirect("/moved", "http://internal.test:9/admin")
        yield s


@pytest.fixture
async def service(engine: AsyncEngine, site: FeedSite) -> AsyncIterator[GuildFeedService]:
    # Only the test site's port on 127.0.0.1 is let through; internal.test resolves to a private address.
    async def resolve(host: str, port: int) -> list[str]:
        return {"internal.test": ["10.0.0.8"]}.get(host, ["127.0.0.1"])

    guard = NetworkGuard(resolver=resolve, allow=lambda ip, port: str(ip) == "127.0.0.1" and port == site.port)
    async with make_client(transport=guard.transport()) as client:
        fetcher = FeedFetcher(client, guard=guard, retries=0)
        yield GuildFeedService(DiscordRepo(engine), fetcher, guard, FixedClock(), limit=2)


async def test_a_valid_feed_is_saved_under_its_title(service: GuildFeedService, site: FeedSite) -> None:
    feed = await service.add(guild_id=1, url=site.url("/wire.rss"), added_by=9)
    assert (feed.name, feed.url, feed.added_by) == ("Westminster Tech Wire", site.url("/wire.rss"), 9)
    [spec] = await service.specs()
    assert (spec.trusted, spec.guild_id, spec.name) == (False, 1, "guild1:Westminster Tech Wire")
    with pytest.raises(UserInputError, match="already has a feed"):
        await service.add(guild_id=1, url=site.url("/wire.rss"), added_by=9, name="Other name")


@pytest.mark.parametrize(
    ("path_or_url", "message"),
    [
        ("/page", "not a feed"),
        ("/moved", "internal.test"),
        ("http://127.0.0.1:1/feed", "not allowed: .*loopback"),
        ("http://169.254.169.254/latest/meta-data/", "cloud metadata"),
        ("file:///etc/passwd", "only http and https"),
    ],
)
async def test_refused_urls_say_why(service: GuildFeedService, site: FeedSite, path_or_url: str, message: str) -> None:
    url = site.url(path_or_url) if path_or_url.startswith("/") else path_or_url
    with pytest.raises(UserInputError, match=message):
        await service.add(guild_id=1, url=url, added_by=9)
    assert await service.feeds(1) == []


async def test_per_guild_limit(service: GuildFeedService, site: FeedSite) -> None:
    await service.add(guild_id=1, url=site.url("/wire.rss"), added_by=9, name="One")
    await service.add(guild_id=1, url=site.url("/wire.rss?b"), added_by=9, name="Two")
    with pytest.raises(UserInputError, match="limit is 2"):
        await service.add(guild_id=1, url=site.url("/wire.rss?c"), added_by=9)
    assert await service.remove(1, "One")
    assert [f.name for f in await service.feeds(1)] == ["Two"]
