"""GuildFeedService: `/feeds add|list|remove` — extra feeds per guild, guarded, validated before saving, limited.

A guild feed is untrusted: its URL passes the network guard (bot.core.guard) before and during the fetch, and it is
fetched and parsed once before it is stored, so a page that is not a feed is refused with the reason.

A guild feed is also private to its guild: its FeedSpec carries guild_id, the store records that guild on each
sighting, and its stories are seen only in that guild (commands, digests, alerts) unless an operator feed carries
them too (bot.store.stories). Removing the feed stops polling; stories already stored stay visible to the guild.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol
from urllib.parse import urlsplit

from bot.core.fetch import URLGuard
from bot.core.parse import parse_feed
from bot.core.ports import Clock
from bot.errors import BlockedURLError, FeedParseError, UserInputError
from bot.models import FeedSpec, FetchResult, ParsedFeed

log = logging.getLogger(__name__)

_NAME_OK = re.compile(r"[^\w .,&'()-]+")


@dataclass(frozen=True, slots=True)
class GuildFeed:
    """An extra feed a guild added with /feeds add."""

    id: int
    guild_id: int
    name: str
    url: str
    added_by: int
    created_at: datetime

    def spec(self, *, interval_s: float = 900.0) -> FeedSpec:
        """The poller's view: untrusted (guarded fetches), tagged with the guild, named uniquely across guilds."""
        return FeedSpec(
            name=f"guild{self.guild_id}:{self.name}",
            url=self.url,
            interval_s=interval_s,
            fetch_full_text=False,
            timeout_s=15.0,
            max_bytes=5_000_000,
            trusted=False,
            guild_id=self.guild_id,
        )


class GuildFeedRepo(Protocol):
    async def add_guild_feed(
        self, *, guild_id: int, name: str, url: str, added_by: int, now: datetime
    ) -> GuildFeed | None:
        """Insert; None when the guild already has a feed with that name or URL."""
        ...

    async def guild_feeds(self, guild_id: int | None = None) -> list[GuildFeed]: ...

    async def remove_guild_feed(self, guild_id: int, name: str) -> bool: ...


class FeedFetcherLike(Protocol):
    async def fetch(self, url: str, *, timeout_s: float = 20.0, max_bytes: int = 10_000_000) -> FetchResult: ...


class GuildFeedService:
    """Per-guild extra feeds. `fetcher` must be built with `guard` and a `guard.transport()` client."""

    def __init__(
        self,
        repo: GuildFeedRepo,
        fetcher: FeedFetcherLike,
        guard: URLGuard,
        clock: Clock,
        *,
        limit: int = 10,
        timeout_s: float = 15.0,
        max_bytes: int = 5_000_000,
        parse: Callable[..., ParsedFeed] = parse_feed,
    ) -> None:
        self._repo = repo
        self._fetcher = fetcher
        self._guard = guard
        self._clock = clock
        self._limit = limit
        self._timeout_s = timeout_s
        self._max_bytes = max_bytes
        self._parse = parse

    async def add(self, *, guild_id: int, url: str, added_by: int, name: str | None = None) -> GuildFeed:
        """Guard, fetch, parse, then save; raises UserInputError saying what is wrong (blocked, not a feed, limit)."""
        url = url.strip()
        existing = await self._repo.guild_feeds(guild_id)
        if len(existing) >= self._limit:
            raise UserInputError(f"This server already has {len(existing)} extra feeds (the limit is {self._limit}).")
        try:
            await self._guard.check(url)
        except BlockedURLError as exc:
            raise UserInputError(f"That URL is not allowed: {exc}") from None
        result = await self._fetcher.fetch(url, timeout_s=self._timeout_s, max_bytes=self._max_bytes)
        if result.status != "ok":
            raise UserInputError(f"Could not fetch that feed: {result.error or result.status}")
        try:
            parsed = self._parse(result.body, feed_name=name or url, headers=result.headers, base_url=result.final_url)
        except FeedParseError as exc:
            raise UserInputError(f"That URL is not a feed: {exc}") from None
        label = _clean_name(name or parsed.title or urlsplit(url).hostname or "feed")
        saved = await self._repo.add_guild_feed(
            guild_id=guild_id, name=label, url=url, added_by=added_by, now=self._clock.now()
        )
        if saved is None:
            raise UserInputError(f"This server already has a feed named {label!r} or with that URL.")
        log.info("guild %s added feed %r (%s, %d entries)", guild_id, label, url, len(parsed.entries))
        return saved

    async def feeds(self, guild_id: int) -> list[GuildFeed]:
        """The guild's extra feeds, by name."""
        return await self._repo.guild_feeds(guild_id)

    async def remove(self, guild_id: int, name: str) -> bool:
        """Remove a feed by name; False when the guild has no such feed."""
        return await self._repo.remove_guild_feed(guild_id, name)

    async def specs(self) -> list[FeedSpec]:
        """Every guild's feeds as untrusted FeedSpecs, for the poller's schedule."""
        return [f.spec() for f in await self._repo.guild_feeds()]


def _clean_name(name: str) -> str:
    cleaned = " ".join(_NAME_OK.sub(" ", name).split())[:80]
    return cleaned or "feed"
