"""Story identity: the keys a story is known by, the records the poller hands to storage, and that storage's Protocol.

A story is new once, ever, across all feeds: every guid, canonical URL, title key and content fingerprint it was seen
under maps to it, so a later sighting under any one of them is the same story (issue 4 §4).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from bot.core import dedupe
from bot.models import FeedEntry, FeedSpec, FeedState, Story

# (kind, sha256 hex of kind + value); kinds: guid, url, title, fp (hard: equal means same story) and lede (soft: a
# candidate only, confirmed by dedupe.is_near_duplicate, because feeds repeat boilerplate descriptions).
IdentityKey = tuple[str, str]
SOFT_KINDS = frozenset({"lede"})

# Agency copy re-headlined by each outlet still opens with the same words: this many make a lede key.
_LEDE_KEY_WORDS = 12
# Titles shorter than this are too generic ("Live updates", "Letters") to identify a story by fingerprint alone.
_MIN_FINGERPRINT_WORDS = 4


def _key(kind: str, value: str) -> IdentityKey:
    return kind, hashlib.sha256(f"{kind}\0{value}".encode()).hexdigest()


def _global_guid(guid: str) -> bool:
    # URLs and tag:/urn: URIs are globally unique by construction; bare numbers or slugs are only unique per feed.
    return ":" in guid and len(guid) > 12


def identity_keys(entry: FeedEntry, *, canonical_url: str | None = None) -> tuple[IdentityKey, ...]:
    """Every key the entry is known by (guid, canonical URLs, title + publisher, content fingerprint)."""
    keys: list[IdentityKey] = []
    if entry.guid:
        keys.append(_key("guid", entry.guid if _global_guid(entry.guid) else f"{entry.feed}\0{entry.guid}"))
    for url in dict.fromkeys(u for u in (entry.canonical_url, canonical_url) if u):
        keys.append(_key("url", url))
    if entry.title.strip():
        keys.append(_key("title", dedupe.title_key(entry.title, entry.publisher or entry.feed)))
        if len(entry.title.split()) >= _MIN_FINGERPRINT_WORDS:
            keys.append(_key("fp", dedupe.content_fingerprint(entry.title, entry.lede)))
    opening = dedupe.normalise_text(entry.lede).split()[:_LEDE_KEY_WORDS]
    if len(opening) == _LEDE_KEY_WORDS:
        keys.append(_key("lede", " ".join(opening)))
    return tuple(dict.fromkeys(keys))


@dataclass(frozen=True, slots=True)
class StoryRecord:
    """A new story ready to store: the domain Story, its identity keys and the article text when fetched."""

    story: Story
    keys: tuple[IdentityKey, ...]
    title_key: str | None
    fingerprint: str | None
    text: str | None = None


@dataclass(frozen=True, slots=True)
class Sighting:
    """A feed carried an already-known story (syndication, another outlet): recorded for "also covered by"."""

    story_id: str
    feed: str
    publisher: str | None
    url: str | None
    keys: tuple[IdentityKey, ...]


@dataclass(frozen=True, slots=True)
class Match:
    """An entry that is already a stored story; `sighted` when this feed has carried it before.

    A soft match (only a lede key matched) carries the stored title and lede for the near-duplicate test.
    """

    story_id: str
    sighted: bool
    soft: bool = False
    title: str = ""
    lede: str = ""

    def confirmed(self, entry: FeedEntry) -> bool:
        """Hard matches are certain; a soft one only when the entry is a near-duplicate of the stored story."""
        return not self.soft or dedupe.is_near_duplicate(entry.title, entry.lede, self.title, self.lede)


class PollStore(Protocol):
    """What the poller needs from storage; bot.store.stories.StoryStore implements it."""

    async def feed_state(self, spec: FeedSpec) -> FeedState: ...

    async def match(self, feed: str, keysets: Sequence[Sequence[IdentityKey]]) -> list[Match | None]: ...

    async def commit_poll(
        self, state: FeedState, records: Sequence[StoryRecord], sightings: Sequence[Sighting]
    ) -> list[Story]: ...

    async def save_feed_state(self, state: FeedState) -> None: ...
