"""What SQLite forgives and PostgreSQL refuses: NUL characters in feed text, over-long feed-supplied names.

Runs on SQLite and, when GROKWATCH_TEST_POSTGRES_URL is set, on PostgreSQL (where these once failed a whole poll).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.identity import Sighting, StoryRecord, identity_keys
from bot.models import FeedEntry, FeedSpec, Story
from bot.store.stories import StoryStore

T0 = datetime(2026, 1, 14, 7, 30, tzinfo=UTC)


def _record(
    n: int, *, feed: str, title: str, lede: str, publisher: str | None, quote: str, speaker: str
) -> StoryRecord:
    entry = FeedEntry(
        feed=feed,
        guid=f"urn:desk:{n}",
        url=f"https://news.example.net/tech/{n}",
        canonical_url=f"https://news.example.net/tech/{n}",
        title=title,
        published=T0 + timedelta(minutes=n),
        lede=lede,
    )
    story = Story(
        id=f"compat-{n}",
        feed=feed,
        title=title,
        url=entry.url,
        canonical_url=entry.canonical_url,
        guid=entry.guid,
        published=T0 + timedelta(minutes=n),
        first_seen=T0 + timedelta(minutes=n + 2),
        lede=lede,
        publisher=publisher,
        relevant=True,
        summary={
            "key_points": ["Ofcom set a deadline for X to answer questions about Grok."],
            "quotes": [{"text": quote, "speaker": speaker}],
            "actions": [{"actor": "Ofcom", "action": "set a deadline", "status": "taken"}],
            "relevance": {"score": 0.9, "relevant": True, "matched": ["Grok", "Ofcom"]},
        },
    )
    return StoryRecord(story=story, keys=identity_keys(entry), title_key=None, fingerprint=None)


async def _commit(store: StoryStore, feed: str, records: list[StoryRecord], sightings: list[Sighting]) -> list[Story]:
    state = await store.feed_state(FeedSpec(name=feed, url=f"https://news.example.net/{feed}.xml"))
    return await store.commit_poll(state, records, sightings)


async def test_nul_characters_in_feed_text_are_stored_and_searchable(any_engine: AsyncEngine) -> None:
    store = StoryStore(any_engine)
    rec = _record(
        1,
        feed="desk",
        title="Ofcom sets\x00 deadline for X over Grok images",
        lede="The regulator wrote to the company on Tuesday.\x00",
        publisher="Tech\x00 Desk",
        quote="We expect a full answer\x00 within ten days",
        speaker="Melanie\x00 Dawes",
    )
    [stored] = await _commit(store, "desk", [rec], [])
    got = await store.get(stored.id)
    assert got is not None
    # NUL is dropped on both backends (PostgreSQL text cannot hold it), so lookups agree everywhere.
    assert (got.title, got.lede) == (
        "Ofcom sets deadline for X over Grok images",
        "The regulator wrote to the company on Tuesday.",
    )
    assert got.publisher == "Tech Desk"
    assert [s.id for s in await store.search("deadline Grok")] == [stored.id]
    [(story, quote)] = await store.quotes(who="dawes")
    # JSON escapes NUL as \u0000, which both backends store as is: the summary keeps the feed's text.
    assert story.id == stored.id and quote["text"] == "We expect a full answer\x00 within ten days"


@pytest.mark.parametrize("length", [200, 450])
async def test_over_long_publisher_names_are_cut_to_fit(any_engine: AsyncEngine, length: int) -> None:
    store = StoryStore(any_engine)
    publisher = ("Regional Broadcasting Corporation Online News and Current Affairs Service " * 8)[:length]
    rec = _record(
        2,
        feed="wire",
        title="X answers Ofcom on Grok",
        lede="A reply.",
        publisher=publisher,
        quote="Yes",
        speaker="A spokesperson",
    )
    [stored] = await _commit(store, "wire", [rec], [])
    again = _record(
        3, feed="mirror", title="X answers Ofcom on Grok", lede="A reply.", publisher=None, quote="", speaker=""
    )
    await _commit(store, "mirror", [], [Sighting(stored.id, "mirror", publisher, again.story.url, again.keys)])
    got = await store.get(stored.id)
    assert got is not None and got.publisher == publisher[:200]
