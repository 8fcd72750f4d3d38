"""StoryStore round trips on a real SQLite database: identity, sightings, search, quotes, actions, alerts flag."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.identity import Sighting, StoryRecord, identity_keys
from bot.models import FeedEntry, FeedSpec, Story
from bot.store import bulk, story_match
from bot.store.db import create_engine, migrate, open_engine
from bot.store.pipeline_tables import stories as stories_table
from bot.store.pipeline_tables import story_keys, story_sightings
from bot.store.stories import StoryStore

T0 = datetime(2026, 1, 12, 9, 0, tzinfo=UTC)
# Set to a throwaway PostgreSQL database (its public schema is wiped) to run these tests there too.
PG_URL = os.environ.get("GROKWATCH_TEST_POSTGRES_URL")


@pytest.fixture(params=["sqlite", "postgresql"])
async def db(request: pytest.FixtureRequest, engine: AsyncEngine) -> AsyncIterator[AsyncEngine]:
    """The migrated SQLite engine, or a freshly migrated PostgreSQL one when GROKWATCH_TEST_POSTGRES_URL is set."""
    if request.param == "sqlite":
        yield engine
        return
    if not PG_URL:
        pytest.skip("GROKWATCH_TEST_POSTGRES_URL not set")
    wipe = create_engine(PG_URL)
    async with wipe.begin() as conn:
        await conn.execute(sa.text("DROP SCHEMA public CASCADE"))
        await conn.execute(sa.text("CREATE SCHEMA public"))
    await wipe.dispose()
    pg = await open_engine(PG_URL)
    try:
        yield pg
    finally:
        await pg.dispose()


def entry(n: int, *, feed: str = "wire", title: str | None = None, lede: str = "", url: str | None = None) -> FeedEntry:
    return FeedEntry(
        feed=feed,
        guid=f"tag:example.org,2026:{n}",
        url=url or f"https://example.org/news/{n}",
        canonical_url=url or f"https://example.org/news/{n}",
        title=title or f"Story number {n} about Grok and Ofcom",
        published=T0 + timedelta(hours=n),
        lede=lede or f"Lede of story {n}.",
    )


def summary(quotes: list[dict[str, Any]] | None = None, actions: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {
        "key_points": ["A key point about Grok."],
        "quotes": quotes or [],
        "actions": actions or [],
        "relevance": {"score": 1.0, "relevant": True, "matched": ["Grok"]},
    }


def record(e: FeedEntry, *, relevant: bool = True, **summary_kw: Any) -> StoryRecord:
    story = Story(
        id=f"id-{e.guid}",
        feed=e.feed,
        title=e.title,
        url=e.url,
        canonical_url=e.canonical_url,
        guid=e.guid,
        published=e.published or T0,
        first_seen=(e.published or T0) + timedelta(minutes=5),
        lede=e.lede,
        publisher=None,
        relevant=relevant,
        summary=summary(**summary_kw),
    )
    return StoryRecord(story=story, keys=identity_keys(e), title_key=None, fingerprint=None)


async def commit(store: StoryStore, feed: str, records: list[StoryRecord], sightings: list[Sighting] | None = None):
    state = await store.feed_state(FeedSpec(name=feed, url=f"https://example.org/{feed}.rss"))
    return await store.commit_poll(state, records, sightings or [])


async def test_round_trip_latest_get_between(db: AsyncEngine) -> None:
    store = StoryStore(db)
    new = await commit(store, "wire", [record(entry(1)), record(entry(2)), record(entry(3), relevant=False)])
    assert len(new) == 3
    latest = await store.latest(10)
    assert [s.title for s in latest] == [entry(2).title, entry(1).title]  # relevant only, newest first
    assert len(await store.latest(10, relevant_only=False)) == 3
    got = await store.get(new[0].id)
    assert got is not None and got.published == T0 + timedelta(hours=1) and got.published.tzinfo is not None
    window = await store.between(T0, T0 + timedelta(hours=1, minutes=6))
    assert [s.id for s in window] == [new[0].id]


async def test_same_identity_is_new_once_even_committed_twice(db: AsyncEngine) -> None:
    store = StoryStore(db)
    assert len(await commit(store, "wire", [record(entry(1))])) == 1
    assert await commit(store, "wire", [record(entry(1))]) == []
    # same URL under another guid and id, from another feed: a sighting, not a story
    dup = record(replace(entry(1, feed="other"), guid="other-77"))
    dup = replace(dup, story=replace(dup.story, id="id-other"))
    assert await commit(store, "other", [dup]) == []
    assert await store.count() == 1
    [story] = await store.latest(5)
    assert story.also_covered_by == ("other",)
    async with db.connect() as conn:
        kinds = {r.kind for r in await conn.execute(sa.select(story_keys.c.kind))}
    assert {"guid", "url", "fp"} <= kinds


async def test_match_reports_known_and_sighted(db: AsyncEngine) -> None:
    store = StoryStore(db)
    await commit(store, "wire", [record(entry(1))])
    matches = await store.match("wire", [identity_keys(entry(1)), identity_keys(entry(9))])
    assert matches[0] is not None and matches[0].sighted and not matches[0].soft
    assert matches[1] is None
    other = await store.match("other", [identity_keys(replace(entry(1), feed="other"))])
    assert other[0] is not None and not other[0].sighted


async def test_concurrent_lookups_share_a_statement_and_keep_per_feed_answers(db: AsyncEngine) -> None:
    store = StoryStore(db)
    await commit(store, "wire", [record(entry(1))])
    await commit(store, "mirror", [record(entry(2))])
    known, unknown = identity_keys(entry(1)), identity_keys(entry(9))
    # polled together (one batch): each feed still learns whether it carried the story itself
    wire, other, mirror = await asyncio.gather(
        store.match("wire", [known, unknown]), store.match("other", [known]), store.match("mirror", [known])
    )
    assert wire[0] is not None and wire[0].sighted and wire[1] is None
    assert other[0] is not None and not other[0].sighted and other[0].story_id == wire[0].story_id
    assert mirror[0] is not None and not mirror[0].sighted
    # the batched lookup answers exactly as one lookup per feed does
    requests = [("wire", [known, unknown]), ("other", [known]), ("mirror", [known])]
    assert await story_match.match_many(db, requests) == [
        await store.match(feed, keysets) for feed, keysets in requests
    ]


async def test_article_text_is_stored_loaded_by_get_and_searchable(db: AsyncEngine) -> None:
    store = StoryStore(db)
    text = "The notice gives the platform until March to explain how the Wexford review shaped its image tool."
    with_text = record(entry(1))
    with_text = replace(with_text, story=replace(with_text.story, text=text))
    [stored, _] = await commit(store, "wire", [with_text, record(entry(2))])
    got = await store.get(stored.id)
    assert got is not None and got.text == text
    assert [s.id for s in await store.search("Wexford")] == [stored.id]  # a word only the article text has
    assert all(s.text is None for s in await store.latest(10))  # lists leave the (large) text out


async def test_search_quotes_actions_and_suggestions(db: AsyncEngine) -> None:
    store = StoryStore(db)
    q = [{"text": "We won't hesitate to investigate", "speaker": "Melanie Dawes", "speaker_role": "chief executive"}]
    a = [{"actor": "Ofcom", "action": "opened an investigation", "status": "taken", "when": None}]
    a2 = [{"actor": "European Commission", "action": "ordered X to retain documents", "status": "taken"}]
    await commit(
        store,
        "wire",
        [
            record(entry(1, title="Ofcom investigates X over Grok"), quotes=q, actions=a),
            record(entry(2, title="Brussels orders X to keep Grok files"), actions=a2),
        ],
    )
    found = await store.search("hesitate investigate")
    assert [s.title for s in found] == ["Ofcom investigates X over Grok"]
    assert [s.title for s in await store.search("Dawes")] == ["Ofcom investigates X over Grok"]
    assert await store.search('"; DROP TABLE stories; --') == []  # FTS syntax in input is inert
    assert [s.title for s in await store.search("grok", since=T0 + timedelta(hours=2))] == [
        "Brussels orders X to keep Grok files"
    ]
    quotes = await store.quotes(who="dawes")
    assert len(quotes) == 1 and quotes[0][1]["speaker"] == "Melanie Dawes"
    assert await store.quotes(who="nobody") == []
    actions = await store.actions()
    assert [item["actor"] for _, item in actions] == ["European Commission", "Ofcom"]
    assert [item["actor"] for _, item in await store.actions(actor="commission")] == ["European Commission"]
    assert await store.suggest_speakers("mel") == ["Melanie Dawes"]
    assert set(await store.suggest_actors("")) == {"Ofcom", "European Commission"}
    assert [t for _, t in await store.suggest_stories("brussels")] == ["Brussels orders X to keep Grok files"]


async def test_pending_alerts_and_mark_done_in_callers_transaction(db: AsyncEngine) -> None:
    store = StoryStore(db)
    new = await commit(store, "wire", [record(entry(1)), record(entry(2)), record(entry(3), relevant=False)])
    pending = await store.pending_alert_stories(10)
    assert [s.id for s in pending] == [new[0].id, new[1].id]
    async with db.begin() as conn:
        await StoryStore.mark_alerts_done(conn, [new[0].id])
    assert [s.id for s in await store.pending_alert_stories(10)] == [new[1].id]
    assert (await store.get(new[0].id)).alerts_done  # type: ignore[union-attr]


async def test_feed_state_round_trip_and_url_change_forgets_validators(db: AsyncEngine) -> None:
    store = StoryStore(db)
    spec = FeedSpec(name="wire", url="https://example.org/a.rss")
    state = replace(await store.feed_state(spec), etag='"x"', consecutive_failures=2, next_attempt=T0)
    await store.save_feed_state(state)
    again = await store.feed_state(spec)
    assert again.etag == '"x"' and again.consecutive_failures == 2 and again.next_attempt == T0
    moved = await store.feed_state(FeedSpec(name="wire", url="https://example.org/b.rss"))
    assert moved.etag is None and moved.url.endswith("b.rss")
    assert [s.name for s in await store.feed_states()] == ["wire"]


async def test_concurrent_commits_store_a_story_once_and_fail_alone(db: AsyncEngine) -> None:
    store = StoryStore(db)
    bad = record(entry(5))
    bad = replace(bad, story=replace(bad.story, summary={"not json": object()}))
    same_a, same_b = record(replace(entry(1), feed="a")), record(replace(entry(1), feed="b"))
    results = await asyncio.gather(
        commit(store, "a", [same_a, record(entry(2))]),
        commit(store, "b", [same_b]),
        commit(store, "c", [bad]),
        commit(store, "d", [record(entry(3))]),
        return_exceptions=True,
    )
    # which of a and b wins the shared story is a race on PostgreSQL (row locks, not one writer): it is new once
    new_a, new_b = results[0], results[1]
    assert isinstance(new_a, list) and isinstance(new_b, list) and len(new_a) + len(new_b) == 2
    assert len(new_a) >= 1 and len(results[3]) == 1  # type: ignore[arg-type]
    assert isinstance(results[2], Exception)
    assert await store.count() == 3
    states = {s.name: s for s in await store.feed_states()}
    assert set(states) == {"a", "b", "d"} and states["a"].stories_seen + states["b"].stories_seen == 2
    [story] = [s for s in await store.latest(10) if s.id == same_a.story.id]
    # with group commit the winner is a race on SQLite too; the loser is recorded as a sighting either way
    winner, loser = ("a", "b") if len(new_a) == 2 else ("b", "a")
    assert story.feed == winner and story.also_covered_by == (loser,)


async def test_migration_0004_indexes_existing_article_text(tmp_path: Path) -> None:
    """A database from before 0004: stored text becomes searchable and feeds gain an empty learned minimum."""

    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'old.db'}")
    try:
        await migrate(engine, "0003_guild_scope")
        async with engine.begin() as conn:
            await conn.execute(sa.text("INSERT INTO feeds (name, url) VALUES ('wire', 'https://a')"))
            row = {"id": "s1", "feed": "wire", "title": "Grok one", "published": T0, "first_seen": T0, "lede": "",
                   "relevant": True, "summary": {}, "text": "Ministers cited the Wexford review."}  # fmt: skip
            await conn.execute(sa.insert(stories_table), [row])
            await conn.execute(sa.text("INSERT INTO stories_fts (story_id, title, lede) VALUES ('s1', 'Grok one', '')"))
        await migrate(engine)
        store = StoryStore(engine)
        assert [s.id for s in await store.search("Wexford")] == ["s1"]
        assert [s.id for s in await store.search("Grok")] == ["s1"]  # the old index rows came across
        [state] = await store.feed_states()
        assert state.min_interval_s is None
    finally:
        await engine.dispose()


async def test_feed_states_for_many_feeds_with_awkward_names(db: AsyncEngine) -> None:
    # The lookup passes the names as one JSON array on SQLite: quotes, backslashes, non-ASCII and more names than one
    # chunk must all come back to the right feed.
    store = StoryStore(db)
    names = ['Le "Monde" \\ tech', "Süddeutsche – Digital", "emoji 📰", *(f"feed {n}" for n in range(600))]
    specs = [FeedSpec(name=n, url=f"https://example.org/{k}.rss") for k, n in enumerate(names)]
    fresh = await store.feed_states_for(specs)
    await store.save_feed_states([replace(s, etag=f'"{s.name}"') for s in fresh])
    states = await store.feed_states_for(specs)
    assert [s.name for s in states] == names
    assert [s.etag for s in states] == [f'"{n}"' for n in names]


async def test_driver_inserts_store_exactly_what_sqlalchemy_would(tmp_path: Path) -> None:
    # On SQLite stories and sightings skip SQLAlchemy's per-row handling; the stored text must not change by a byte
    # (dates as SQLAlchemy formats them, JSON, booleans, NUL stripped).
    rows = [
        {"id": f"s{i}", "feed": "f", "guid": None if i % 2 else "g", "url": "u", "canonical_url": None,
         "title": "Ofcom é \x00", "title_key": None, "fingerprint": "fp",
         "published": datetime(2026, 1, 2, 3, 4, 5, 6789 * i, tzinfo=timezone(timedelta(hours=2))),
         "first_seen": T0, "lede": "", "text": None if i else "body", "publisher": None, "relevant": bool(i % 2),
         "summary": {"a": [1, "é", None], "b": None}, "alerts_done": False, "everywhere": True}
        for i in range(3)
    ]  # fmt: skip
    seen = [{"story_id": f"s{i}", "feed": "f", "publisher": None, "url": "u", "seen_at": T0, "guild_id": i or None}
            for i in range(3)]  # fmt: skip
    dumps = []
    for core in (True, False):
        eng = await open_engine(f"sqlite+aiosqlite:///{tmp_path / f'{core}.db'}")
        async with eng.begin() as conn:
            if core:
                await conn.execute(sa.insert(stories_table), rows)
                for _ in range(2):  # the second sightings insert meets known keys
                    await bulk.insert_ignore(conn, story_sightings, seen)
            else:
                await bulk.insert_many(conn, stories_table, rows)
                for _ in range(2):
                    await bulk.insert_many(conn, story_sightings, seen, ignore_known=True)
        async with eng.connect() as conn:
            dumps.append(
                [
                    list(await conn.exec_driver_sql(f"SELECT * FROM {t} ORDER BY 1, 2"))
                    for t in ("stories", "story_sightings")
                ]
            )
        await eng.dispose()
    assert dumps[0] == dumps[1] and len(dumps[0][0]) == 3 and len(dumps[0][1]) == 3
