"""The write path's tuning: checkpoint interval, lean index set (0005), group commit's early start, bulk statements."""

from __future__ import annotations

import asyncio
import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import sqlite
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.identity import StoryRecord, identity_keys
from bot.models import FeedEntry, FeedSpec, Story
from bot.store import bulk, search, stories
from bot.store.bulk import driver_rows, json_text_array, sqlite_insert
from bot.store.db import open_engine
from bot.store.stories import StoryStore

T0 = datetime(2026, 1, 15, 8, 0, tzinfo=UTC)
_DROPPED = {"ix_story_keys_story", "ix_story_sightings_guild"}


async def test_sqlite_connections_checkpoint_less_often(engine: AsyncEngine) -> None:
    async with engine.connect() as conn:
        checkpoint = (await conn.exec_driver_sql("PRAGMA wal_autocheckpoint")).scalar()
        journal = (await conn.exec_driver_sql("PRAGMA journal_mode")).scalar()
        foreign_keys = (await conn.exec_driver_sql("PRAGMA foreign_keys")).scalar()
    assert checkpoint == 4_000
    assert journal == "wal" and foreign_keys == 1


async def test_indexes_no_query_needs_are_gone(any_engine: AsyncEngine) -> None:
    async with any_engine.connect() as conn:
        names = await conn.run_sync(
            lambda sync: {
                ix["name"] for t in ("story_keys", "story_sightings") for ix in sa.inspect(sync).get_indexes(t)
            }
        )
        version = set((await conn.exec_driver_sql("SELECT version_num FROM alembic_version")).scalars())
    assert not names & _DROPPED
    assert version & {"0005_lean_indexes", "0006_folded_search"}  # this revision or a later one on its branch


async def test_sightings_are_still_found_by_their_primary_key(engine: AsyncEngine) -> None:
    # the guild visibility check (search and reads) must not fall back to scanning every sighting
    sql = "EXPLAIN QUERY PLAN SELECT id FROM stories WHERE " + search._VISIBLE
    async with engine.connect() as conn:
        plan = " ".join(str(row[-1]) for row in await conn.execute(sa.text(sql), {"g": 7}))
    assert "sqlite_autoindex_story_sightings_1 (story_id=?)" in plan


def _record(n: int, feed: str) -> StoryRecord:
    entry = FeedEntry(
        feed=feed,
        guid=f"urn:wire:{feed}:{n}",
        url=f"https://wire.example.org/{feed}/{n}",
        canonical_url=f"https://wire.example.org/{feed}/{n}",
        title=f"Regulator publishes register of platform audits, part {n} for {feed}",
        published=T0 + timedelta(minutes=n),
        lede="The register lists which platforms have filed risk assessments and which are overdue.",
    )
    story = Story(
        id=f"{feed}-{n}",
        feed=feed,
        title=entry.title,
        url=entry.url,
        canonical_url=entry.canonical_url,
        guid=entry.guid,
        published=entry.published or T0,
        first_seen=T0 + timedelta(hours=1),
        lede=entry.lede,
        publisher="Wire Desk",
        relevant=False,
        summary={"relevance": {"score": 0.1, "relevant": False, "matched": []}},
    )
    return StoryRecord(story=story, keys=identity_keys(entry), title_key=None, fingerprint=None)


async def test_a_full_batch_commits_without_waiting_out_the_linger(
    engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stories, "_LINGER_S", 3600.0)  # only a full batch can end the wait
    commits: list[int] = []
    sa.event.listen(engine.sync_engine, "commit", lambda _conn: commits.append(1))
    store = StoryStore(engine)
    specs = [
        FeedSpec(name=f"desk-{i}", url=f"https://wire.example.org/desk-{i}.xml") for i in range(stories._FULL_BATCH)
    ]
    first = await store.commit_poll(await store.feed_state(specs[0]), [_record(0, specs[0].name)], [])
    before = len(commits)
    # mid-burst now: the next commit lingers until _FULL_BATCH polls are queued, then goes at once
    states = await store.feed_states_for(specs)
    polls = [store.commit_poll(st, [_record(1, st.name)], []) for st in states]
    stored = await asyncio.wait_for(asyncio.gather(*polls), timeout=60)
    assert [s.id for s in first] == ["desk-0-0"]
    assert [[s.id for s in batch] for batch in stored] == [[f"{s.name}-1"] for s in specs]
    assert len(commits) - before == 1  # the whole batch in one transaction
    assert await store.count() == stories._FULL_BATCH + 1


async def test_a_lingering_commit_stops_when_nobody_joins(engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch) -> None:
    # the end of a burst: no more polls are coming, so the last one must not wait out the (here endless) linger
    monkeypatch.setattr(stories, "_LINGER_S", 3600.0)
    monkeypatch.setattr(stories, "_QUIET_S", 0.05)
    store = StoryStore(engine)
    specs = [FeedSpec(name=f"desk-{i}", url=f"https://wire.example.org/desk-{i}.xml") for i in range(3)]
    states = await store.feed_states_for(specs)
    await store.commit_poll(states[0], [_record(0, specs[0].name)], [])
    # mid-burst now: two polls a moment apart still share the commit, then nobody else comes
    first = asyncio.ensure_future(store.commit_poll(states[1], [_record(1, specs[1].name)], []))
    await asyncio.sleep(0)
    second = store.commit_poll(states[2], [_record(2, specs[2].name)], [])
    stored = await asyncio.wait_for(asyncio.gather(first, second), timeout=60)
    assert [[s.id for s in batch] for batch in stored] == [["desk-1-1"], ["desk-2-2"]]
    assert await store.count() == 3


def test_rows_without_a_bind_processor_go_to_the_driver_as_they_are() -> None:
    # no column needs converting on SQLite: the caller's own list goes through, no per-row rebuilding
    table = sa.Table("plain", sa.MetaData(), sa.Column("id", sa.Integer), sa.Column("title", sa.Text))
    rows = [(1, "Ofcom opens Grok inquiry"), (2, "X answers Ofcom")]
    assert driver_rows(sqlite.dialect(), table, ["id", "title"], rows) is rows


@pytest.mark.parametrize(
    "values",
    [
        ["3f2a" * 16, "00ff" * 16],
        ["abcXYZ019"],
        ["", "abc"],
        [""],
        [],
        ["not hex", "abc"],
        ['quote"', "back\\slash"],
        ["é", "caf\u00e9"],
        ["tab\tnul\x00", "ok"],
        ["١٢٣"],  # Unicode digits: not ASCII, json.dumps escapes them
    ],
)
def test_in_lists_are_json_dumps_text(values: list[str]) -> None:
    assert json_text_array(values) == json.dumps(values)
    assert json_text_array(tuple(values)) == json.dumps(values)


def test_random_in_lists_are_json_dumps_text() -> None:
    rnd = random.Random(3)
    alphabet = '0123456789abcdefABCZ _-"\\é\x00\u2028'
    for _ in range(5000):
        values = ["".join(rnd.choices(alphabet, k=rnd.randint(0, 6))) for _ in range(rnd.randint(0, 4))]
        assert json_text_array(values) == json.dumps(values), values


def test_in_lists_of_other_values_are_json_dumps_text() -> None:
    assert json_text_array([1, 2]) == json.dumps([1, 2])  # type: ignore[list-item]


@pytest.mark.parametrize("count", [0, 1, 63, 64, 65, 130, 200])
@pytest.mark.parametrize("width", [3, 20])
async def test_multi_row_inserts_store_the_rows_of_one_row_inserts(tmp_path: Path, count: int, width: int) -> None:
    # same rows, same order (rowids), same conflict handling: a duplicate key inside a statement is skipped
    engine = await open_engine(f"sqlite:///{tmp_path / 'rows.db'}")
    columns = ", ".join(f"c{i} TEXT" for i in range(1, width))
    rnd = random.Random(count)
    rows = [(f"k{rnd.randrange(count * 2 + 1)}", *(f"v{n}-{i}" for i in range(1, width))) for n in range(count)]
    stored = []
    try:
        for table, multi in (("one", False), ("multi", True)):
            async with engine.begin() as conn:
                await conn.exec_driver_sql(f"CREATE TABLE {table} (k TEXT PRIMARY KEY, {columns})")
                head = f"INSERT INTO {table} (k, {', '.join(f'c{i}' for i in range(1, width))})"
                if multi:
                    await sqlite_insert(conn, head, rows, " ON CONFLICT DO NOTHING")
                else:
                    for row in rows:
                        await conn.exec_driver_sql(
                            f"{head} VALUES ({', '.join('?' * width)}) ON CONFLICT DO NOTHING", row
                        )
                stored.append((await conn.exec_driver_sql(f"SELECT rowid, * FROM {table} ORDER BY rowid")).all())
    finally:
        await engine.dispose()
    assert stored[0] == stored[1]
    assert len(stored[1]) == len({r[0] for r in rows})
    per, _, many = bulk._values_sql("INSERT INTO t (k)", width, "")
    assert per * width <= 999 and many.count("?") == per * width  # within old SQLite's bound-variable limit


async def test_rows_of_different_lengths_are_refused_as_the_driver_refuses_them(tmp_path: Path) -> None:
    engine = await open_engine(f"sqlite:///{tmp_path / 'ragged.db'}")
    rows: list[tuple[str, ...]] = [("a", "b")] * 70 + [("c",)]
    try:
        async with engine.begin() as conn:
            await conn.exec_driver_sql("CREATE TABLE ragged (x TEXT, y TEXT)")
            with pytest.raises(sa.exc.ProgrammingError):
                await sqlite_insert(conn, "INSERT INTO ragged (x, y)", rows)
    finally:
        await engine.dispose()
