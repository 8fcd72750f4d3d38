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
from bot.core.urls import canonical_url
from bot.models import FeedEntry, FeedSpec, FeedState, Story, slot_init

# (kind, sha256 hex of kind + value); kinds: guid, url, title, fp (hard: equal means same story) and lede (soft: a
# candidate only, confirmed by dedupe.is_near_duplicate, because feeds repeat boilerplate descriptions).
IdentityKey = tuple[str, str]
SOFT_KINDS = frozenset({"lede"})

# Agency copy re-headlined by each outlet still opens with the same words: this many make a lede key.
_LEDE_KEY_WORDS = 12
# Characters of the lede normalised for its opening words: the first that hold more than _LEDE_KEY_WORDS words.
_LEDE_HEADS = (96, 160, 400)
# Titles shorter than this are too generic ("Live updates", "Letters") to identify a story by fingerprint alone.
_MIN_FINGERPRINT_WORDS = 4


def _key(kind: str, value: str) -> IdentityKey:
    return kind, hashlib.sha256(f"{kind}\0{value}".encode()).hexdigest()


def _global_guid(guid: str) -> bool:
    # URLs and tag:/urn: URIs are globally unique by construction; bare numbers or slugs are only unique per feed.
    return ":" in guid and len(guid) > 12


@dataclass(frozen=True, slots=True)
class EntryIdentity:
    """An entry's identity keys plus the title key and fingerprint stored with the story (computed once)."""

    keys: tuple[IdentityKey, ...]
    title_key: str | None
    fingerprint: str | None
    story_id: str = ""

    def with_canonical(self, url: str | None) -> tuple[IdentityKey, ...]:
        """The keys plus the article page's own canonical URL, once fetched."""
        return keys_with_url(self.keys, url)


def keys_with_url(keys: tuple[IdentityKey, ...], url: str | None) -> tuple[IdentityKey, ...]:
    """`keys` plus the URL key of `url` (an article page's own canonical URL, once fetched)."""
    return keys if not url else tuple(dict.fromkeys((*keys, _key("url", url))))


def entry_identity(entry: FeedEntry) -> EntryIdentity:
    """Every key the entry is known by (guid, canonical URL, title + publisher, content fingerprint, lede opening).

    Text normalisation is CPU-heavy, so the poller computes this in its parse worker.
    """
    return EntryIdentity(*identity_parts(entry))


IdentityParts = tuple[tuple[IdentityKey, ...], str | None, str | None, str]


def identity_parts(entry: dedupe.EntryLike) -> IdentityParts:
    """`entry_identity`'s fields as a plain tuple: the parse worker puts them straight into its rows."""
    keys: list[IdentityKey] = []
    title_key = fingerprint = None
    urls = [entry.canonical_url] if entry.canonical_url else []
    if entry.guid:
        if entry.guid.lower().startswith(("http://", "https://")):
            urls.append(canonical_url(entry.guid))  # a permalink guid is a URL key, often the same as the link's
        else:
            keys.append(_key("guid", entry.guid if _global_guid(entry.guid) else f"{entry.feed}\0{entry.guid}"))
    for url in dict.fromkeys(urls):
        keys.append(_key("url", url))
    if entry.title.strip():
        # Headlines of four or more words: the word-set fingerprint (same headline from any outlet). Shorter ones
        # are too generic for that, so only the same headline from the same publisher matches (title key).
        title_key = dedupe.title_key(entry.title, entry.publisher or entry.feed)
        if len(entry.title.split(None, _MIN_FINGERPRINT_WORDS)) >= _MIN_FINGERPRINT_WORDS:  # no need to split it all
            fingerprint = dedupe.content_fingerprint(entry.title, entry.lede)
            keys.append(_key("fp", fingerprint))
        else:
            keys.append(_key("title", title_key))
    opening = lede_opening(entry.lede)
    if len(opening) == _LEDE_KEY_WORDS:
        keys.append(_key("lede", " ".join(opening)))
    return tuple(dict.fromkeys(keys)), title_key, fingerprint, dedupe.story_id(entry)


def lede_opening(lede: str) -> list[str]:
    """The first _LEDE_KEY_WORDS normalised words of the lede's first 400 characters (fewer when it has fewer)."""
    # Normalising works word by word, so a shorter prefix that still yields more words than needed gives the same
    # first words (only its last, possibly cut, word differs): most ledes need 96 characters, not 400 (each word
    # normalised is a string object made, most of the cost). Uncached: a lede's head is seen once.
    for size in _LEDE_HEADS:
        words = dedupe.normalised_words(lede[:size])
        if len(words) > _LEDE_KEY_WORDS or len(lede) <= size:
            break
    return words[:_LEDE_KEY_WORDS]


def identity_keys(entry: FeedEntry, *, canonical_url: str | None = None) -> tuple[IdentityKey, ...]:
    """Every key the entry is known by, plus `canonical_url` when the article page declared one."""
    return entry_identity(entry).with_canonical(canonical_url)


@slot_init  # one per stored story (or sighting): a frozen dataclass's own __init__ costs ~1,700 instructions a field
@dataclass(frozen=True, slots=True)
class StoryRecord:
    """A new story ready to store: the domain Story, its identity keys and the article text when fetched."""

    story: Story
    keys: tuple[IdentityKey, ...]
    title_key: str | None
    fingerprint: str | None
    text: str | None = None


@slot_init  # one per stored story (or sighting): a frozen dataclass's own __init__ costs ~1,700 instructions a field
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

    async def feed_states_for(self, specs: Sequence[FeedSpec]) -> list[FeedState]: ...

    async def match(self, feed: str, keysets: Sequence[Sequence[IdentityKey]]) -> list[Match | None]: ...

    async def commit_poll(
        self, state: FeedState, records: Sequence[StoryRecord], sightings: Sequence[Sighting]
    ) -> list[Story]: ...

    async def save_feed_state(self, state: FeedState) -> None: ...

    async def save_feed_states(self, states: Sequence[FeedState]) -> None: ...

    def end_of_burst(self) -> None:
        """Every feed of a poll has reached its write: commit what is queued now instead of waiting for more."""
