"""Guild scope in the story store (real SQLite; PostgreSQL too when GROKWATCH_TEST_POSTGRES_URL is set): a story
seen only through one guild's /feeds add feed is visible in that guild alone; an operator feed carrying it makes it
global."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.cli_pipeline import digest_text
from bot.core.identity import StoryRecord
from bot.models import FeedSpec, Story
from bot.store.db import create_engine, migrate
from bot.store.pipeline_tables import stories as stories_table
from bot.store.pipeline_tables import story_sightings
from bot.store.stories import StoryStore
from tests.bot.store.test_stories import T0, entry, record

LOCAL = 10  # the guild that added the feed
OTHER = 20  # a guild that did not
LOCAL_FEED = f"guild{LOCAL}:Harbour Gazette"

QUOTE = [{"text": "Our members deserve a straight answer", "speaker": "Priya Nandakumar", "speaker_role": None}]
ACTION = [{"actor": "Harbour Borough Council", "action": "suspended its X account", "status": "taken"}]
OP_QUOTE = [{"text": "We will not hesitate to act", "speaker": "Melanie Dawes", "speaker_role": "chief executive"}]
OP_ACTION = [{"actor": "Ofcom", "action": "opened an investigation", "status": "taken"}]


@pytest.fixture
def engine(any_engine: AsyncEngine) -> AsyncEngine:
    return any_engine


async def commit(store: StoryStore, feed: str, guild_id: int | None, records: list[StoryRecord]) -> list[Story]:
    spec = FeedSpec(name=feed, url=f"https://example.org/{feed}.rss", trusted=guild_id is None, guild_id=guild_id)
    return await store.commit_poll(await store.feed_state(spec), records, [])


def local_record(**kw: Any) -> StoryRecord:
    e = entry(2, feed=LOCAL_FEED, title="Harbour council quits X over Grok replies")
    return record(e, quotes=QUOTE, actions=ACTION, **kw)


async def seed(store: StoryStore) -> tuple[Story, Story]:
    [op] = await commit(
        store,
        "wire",
        None,
        [record(entry(1, title="Ofcom investigates X over Grok"), quotes=OP_QUOTE, actions=OP_ACTION)],
    )
    [local] = await commit(store, LOCAL_FEED, LOCAL, [local_record()])
    return op, local


async def test_guild_feed_story_is_seen_only_by_its_guild(engine: AsyncEngine) -> None:
    store = StoryStore(engine)
    op, local = await seed(store)
    both, only_op = {op.id, local.id}, {op.id}

    assert {s.id for s in await store.latest(10, guild_id=LOCAL)} == both
    assert {s.id for s in await store.latest(10, guild_id=OTHER)} == only_op
    assert {s.id for s in await store.latest(10)} == only_op  # operator view: operator feeds only
    assert await store.get(local.id, guild_id=LOCAL) is not None
    assert await store.get(local.id, guild_id=OTHER) is None
    assert await store.get(local.id) is None
    window = (T0, T0 + timedelta(days=1))
    assert {s.id for s in await store.between(*window, guild_id=LOCAL)} == both
    assert {s.id for s in await store.between(*window, guild_id=OTHER)} == only_op

    assert [s.id for s in await store.search("harbour council", guild_id=LOCAL)] == [local.id]
    assert await store.search("harbour council", guild_id=OTHER) == []
    assert {s.id for s in await store.search("grok", guild_id=OTHER)} == only_op

    assert [i["speaker"] for _, i in await store.quotes(guild_id=LOCAL)] == ["Priya Nandakumar", "Melanie Dawes"]
    assert [i["speaker"] for _, i in await store.quotes(guild_id=OTHER)] == ["Melanie Dawes"]
    assert await store.quotes(who="priya", guild_id=OTHER) == []
    assert [i["actor"] for _, i in await store.actions(guild_id=OTHER)] == ["Ofcom"]
    assert await store.actions(actor="harbour", guild_id=OTHER) == []
    assert len(await store.actions(actor="harbour", guild_id=LOCAL)) == 1

    # autocomplete must not leak titles or names either
    assert [sid for sid, _ in await store.suggest_stories("harbour", guild_id=LOCAL)] == [local.id]
    assert await store.suggest_stories("harbour", guild_id=OTHER) == []
    assert await store.suggest_speakers("priya", guild_id=OTHER) == []
    assert await store.suggest_speakers("priya", guild_id=LOCAL) == ["Priya Nandakumar"]
    assert await store.suggest_actors("harbour", guild_id=OTHER) == []
    assert await store.story_scopes([op.id, local.id]) == {op.id: None, local.id: frozenset({LOCAL})}


async def test_operator_feed_carrying_it_makes_it_global_and_hides_the_guild_feed_name(engine: AsyncEngine) -> None:
    store = StoryStore(engine)
    _, local = await seed(store)
    async with engine.begin() as conn:
        await StoryStore.mark_alerts_done(conn, [local.id])
    assert local.id not in {s.id for s in await store.pending_alert_stories(10)}

    # the wire carries the same article later: a sighting, not a new story
    same = local_record()
    same = replace(same, story=replace(same.story, feed="wire", id="id-wire-copy"))
    assert await commit(store, "wire", None, [same]) == []

    assert await store.story_scopes([local.id]) == {local.id: None}
    seen_elsewhere = await store.get(local.id, guild_id=OTHER)
    assert seen_elsewhere is not None
    assert seen_elsewhere.feed == "wire"  # first seen in another guild's feed: shown under the operator feed
    assert LOCAL_FEED not in seen_elsewhere.also_covered_by
    at_home = await store.get(local.id, guild_id=LOCAL)
    assert at_home is not None and at_home.feed == LOCAL_FEED and at_home.also_covered_by == ("wire",)
    assert local.id in {s.id for s in await store.latest(10)}
    assert [s.id for s in await store.search("harbour council", guild_id=OTHER)] == [local.id]
    # newly entitled subscribers (every other guild) are due their alerts: the story goes back to matching
    assert local.id in {s.id for s in await store.pending_alert_stories(10)}


async def test_a_second_guild_carrying_it_shares_it_with_that_guild_only(engine: AsyncEngine) -> None:
    store = StoryStore(engine)
    _, local = await seed(store)
    copy = local_record()
    copy = replace(copy, story=replace(copy.story, feed=f"guild{OTHER}:Gazette", id="id-other-copy"))
    assert await commit(store, f"guild{OTHER}:Gazette", OTHER, [copy]) == []
    assert await store.story_scopes([local.id]) == {local.id: frozenset({LOCAL, OTHER})}
    assert await store.get(local.id, guild_id=OTHER) is not None
    assert await store.get(local.id, guild_id=30) is None
    assert await store.get(local.id) is None


async def test_cli_operator_view_is_unaffected(engine: AsyncEngine) -> None:
    store = StoryStore(engine)
    await seed(store)
    text = await digest_text(store, T0, T0 + timedelta(days=1), "markdown")
    assert "Ofcom investigates X over Grok" in text
    assert "Harbour council" not in text and "Priya" not in text


async def test_hand_written_story_without_sightings_counts_as_operator(engine: AsyncEngine) -> None:
    store = StoryStore(engine)
    [op] = await commit(store, "wire", None, [record(entry(1))])
    row = {"id": "legacy", "feed": "old", "title": "Legacy Grok story", "published": T0, "first_seen": T0,
           "lede": "", "relevant": True, "summary": {}}  # fmt: skip
    async with engine.begin() as conn:
        await conn.execute(sa.insert(stories_table), [row])
    assert {s.id for s in await store.latest(10, guild_id=OTHER)} == {op.id, "legacy"}
    assert await store.story_scopes(["legacy"]) == {"legacy": None}


async def test_migration_gives_existing_sightings_their_feeds_guild(tmp_path: Path) -> None:
    """A database from before 0003: sightings of a guild feed become that guild's, the rest stay operator's."""

    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'old.db'}")
    try:
        await migrate(engine, "0002_pipeline")
        async with engine.begin() as conn:
            await conn.execute(
                sa.text(
                    "INSERT INTO feeds (name, url, guild_id) VALUES ('wire', 'https://a', NULL), (:f, 'https://b', :g)"
                ),
                {"f": LOCAL_FEED, "g": LOCAL},
            )
            base = {"published": T0, "first_seen": T0, "lede": "", "relevant": True, "summary": {}}
            await conn.execute(
                sa.insert(stories_table),
                [base | {"id": "s1", "feed": "wire", "title": "Grok one"}, base | {"id": "s2", "feed": LOCAL_FEED,
                 "title": "Grok two"}],
            )  # fmt: skip
            await conn.execute(
                sa.insert(story_sightings),  # only the pre-0003 columns are named, so no guild_id is written
                [
                    {"story_id": "s1", "feed": "wire", "seen_at": T0},
                    {"story_id": "s2", "feed": LOCAL_FEED, "seen_at": T0},
                ],
            )
        await migrate(engine)
        store = StoryStore(engine)
        assert await store.story_scopes(["s1", "s2"]) == {"s1": None, "s2": frozenset({LOCAL})}
        assert [s.id for s in await store.latest(10, guild_id=OTHER)] == ["s1"]
    finally:
        await engine.dispose()
