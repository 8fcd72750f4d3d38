"""The write side of the story store: identity lookups and one transaction per feed poll.

A poll's new stories, their keys, sightings, quote/action index rows, full-text rows and the feed's new state commit
together, so a crash mid-poll loses nothing (the feed's ETag is not advanced) and duplicates nothing (story_keys'
primary key refuses a second story under a known identity).
"""

from __future__ import annotations

import functools
import json
import logging
import operator
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.core.identity import SOFT_KINDS, IdentityKey, Match, Sighting, StoryRecord
from bot.models import FeedSpec, FeedState, Story
from bot.store import search
from bot.store.pipeline_tables import feeds, stories, story_actions, story_keys, story_quotes, story_sightings

log = logging.getLogger(__name__)

_STATE_FIELDS = (
    "url",
    "guild_id",
    "etag",
    "last_modified",
    "last_success",
    "last_error",
    "last_error_at",
    "consecutive_failures",
    "next_attempt",
    "dead",
    "stories_seen",
    "min_interval_s",
)


def _insert(conn: AsyncConnection, table: sa.Table) -> Any:
    """A dialect insert so ON CONFLICT is available on both SQLite and PostgreSQL."""
    return (postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert)(table)


def in_values(
    conn: AsyncConnection, column: sa.Column[Any], values: Sequence[str]
) -> tuple[sa.ColumnElement[bool], dict[str, Any]]:
    """`column IN values` and the parameters to execute it with; on SQLite one JSON parameter read by json_each.

    SQLAlchemy renders a plain IN list afresh at every execution, which cost the poller more CPU than the lookups
    themselves (one lookup per polled feed, ~120 keys); this clause is built once per column and its statement stays
    in SQLAlchemy's compiled cache.
    """
    if conn.dialect.name == "sqlite":
        clause, name = _json_in(column)
        return clause, {name: json.dumps(list(values))}
    return column.in_(list(values)), {}


@functools.cache
def _json_in(column: sa.Column[Any]) -> tuple[sa.ColumnElement[bool], str]:
    name = f"json_in_{column.table.name}_{column.name}"
    each = sa.func.json_each(sa.bindparam(name, type_=sa.Text)).table_valued("value")
    return column.in_(sa.select(each.c.value)), name


async def insert_ignore(conn: AsyncConnection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows, skipping any whose primary key already exists."""
    if rows:
        await conn.execute(_insert(conn, table).on_conflict_do_nothing(), rows)


def state_from_row(row: sa.Row[Any]) -> FeedState:
    """Rebuild a FeedState from a feeds row."""
    return FeedState(name=row.name, **{f: getattr(row, f) for f in _STATE_FIELDS})


async def load_feed_state(engine: AsyncEngine, spec: FeedSpec) -> FeedState:
    """The stored state for a feed, or a fresh one; a changed URL forgets the old validators."""
    return (await load_feed_states(engine, [spec]))[0]


async def load_feed_states(engine: AsyncEngine, specs: Sequence[FeedSpec]) -> list[FeedState]:
    """The stored state of each feed in order (fresh when never polled)."""
    names = [s.name for s in specs]
    rows: dict[str, sa.Row[Any]] = {}
    async with engine.connect() as conn:
        for i in range(0, len(names), 500):
            where, params = in_values(conn, feeds.c.name, names[i : i + 500])
            result = await conn.execute(sa.select(feeds).where(where), params)
            rows.update({r.name: r for r in result})
    return [_state_for(spec, rows.get(spec.name)) for spec in specs]


def _state_for(spec: FeedSpec, row: sa.Row[Any] | None) -> FeedState:
    if row is None:
        return FeedState(name=spec.name, url=spec.url, guild_id=spec.guild_id)
    state = state_from_row(row)
    if state.url != spec.url:
        state = replace(state, url=spec.url, etag=None, last_modified=None, dead=False, consecutive_failures=0)
    return replace(state, guild_id=spec.guild_id)


async def save_states(conn: AsyncConnection, states: Sequence[FeedState]) -> None:
    """Upsert feed state rows (later entries for the same feed win)."""
    rows = _unique([{"name": s.name, **{f: getattr(s, f) for f in _STATE_FIELDS}} for s in states], "name", last=True)
    if rows:
        stmt = _insert(conn, feeds)
        await conn.execute(
            stmt.on_conflict_do_update(index_elements=["name"], set_={f: stmt.excluded[f] for f in _STATE_FIELDS}),
            rows,
        )


async def lookup_keys(conn: AsyncConnection, keys: Iterable[str]) -> dict[str, str]:
    """Map each known key hash to its story id (soft keys are left out by the callers that need certainty)."""
    wanted = list(set(keys))
    found: dict[str, str] = {}
    for i in range(0, len(wanted), 500):  # stay well under SQLite's bound-parameter limit
        chunk = wanted[i : i + 500]
        where, params = in_values(conn, story_keys.c.key, chunk)
        rows = await conn.execute(sa.select(story_keys.c.key, story_keys.c.story_id).where(where), params)
        found.update({r.key: r.story_id for r in rows})
    return found


async def match_entries(engine: AsyncEngine, feed: str, keysets: Sequence[Sequence[IdentityKey]]) -> list[Match | None]:
    """For each key set, the stored story it already is (and whether this feed has carried it), or None."""
    return (await match_many(engine, [(feed, keysets)]))[0]


MatchRequest = tuple[str, Sequence[Sequence[IdentityKey]]]  # (feed, one key set per entry)


async def match_many(engine: AsyncEngine, requests: Sequence[MatchRequest]) -> list[list[Match | None]]:
    """`match_entries` for several feeds' entries in one round trip (the fixed cost of a lookup is most of it)."""
    wanted = list({h for _, keysets in requests for keys in keysets for _, h in keys})
    feeds = sorted({feed for feed, _ in requests})
    found: dict[str, tuple[str, str, str]] = {}  # key -> (story id, title, lede if soft)
    sighted: set[tuple[str, str]] = set()  # (story id, feed) among the requesting feeds
    async with engine.connect() as conn:
        sqlite_json = conn.dialect.name == "sqlite"
        stmt = _match_statement(conn.dialect.name)
        for i in range(0, len(wanted), _MATCH_CHUNK):
            chunk = wanted[i : i + _MATCH_CHUNK]
            params = {"match_feeds": json.dumps(feeds) if sqlite_json else feeds,
                      "match_keys": json.dumps(chunk) if sqlite_json else chunk}  # fmt: skip
            for key, sid, seen, title, lede in await conn.execute(stmt, params):
                found[key] = (sid, title or "", lede or "")
                if seen is not None:
                    sighted.add((sid, seen))
    return [[_match(found, sighted, feed, keys) for keys in keysets] for feed, keysets in requests]


def _match(
    found: dict[str, tuple[str, str, str]], sighted: set[tuple[str, str]], feed: str, keys: Sequence[IdentityKey]
) -> Match | None:
    hard = next((found[h] for k, h in keys if h in found and k not in SOFT_KINDS), None)
    if hard is not None:
        return Match(hard[0], (hard[0], feed) in sighted)
    maybe = next((found[h] for k, h in keys if h in found), None)
    if maybe is None:
        return None
    return Match(maybe[0], (maybe[0], feed) in sighted, soft=True, title=maybe[1], lede=maybe[2])


# Keys per lookup statement: PostgreSQL binds each (limit 32767); SQLite gets them as one JSON parameter.
_MATCH_CHUNK = 2000


@functools.cache
def _match_statement(dialect: str) -> sa.Select[Any]:
    """The key lookup behind `match_many`, built once (building and cache-keying it cost more than running it).

    One row per (key, sighting by a requesting feed), or one with a NULL feed when none of them carried the story.
    """
    if dialect == "sqlite":  # parameters as JSON arrays read by json_each, as in `in_values`
        keys = sa.func.json_each(sa.bindparam("match_keys", type_=sa.Text)).table_valued("value")
        feeds = sa.func.json_each(sa.bindparam("match_feeds", type_=sa.Text)).table_valued("value")
        key_in = story_keys.c.key.in_(sa.select(keys.c.value))
        feed_in = story_sightings.c.feed.in_(sa.select(feeds.c.value))
    else:
        key_in = story_keys.c.key.in_(sa.bindparam("match_keys", expanding=True))
        feed_in = story_sightings.c.feed.in_(sa.bindparam("match_feeds", expanding=True))
    sighting = sa.and_(story_sightings.c.story_id == story_keys.c.story_id, feed_in)
    soft = sa.and_(stories.c.id == story_keys.c.story_id, story_keys.c.kind.in_(sorted(SOFT_KINDS)))
    joined = story_keys.outerjoin(story_sightings, sighting).outerjoin(stories, soft)
    cols = (story_keys.c.key, story_keys.c.story_id, story_sightings.c.feed, stories.c.title, stories.c.lede)
    return sa.select(*cols).select_from(joined).where(key_in)


Poll = tuple[FeedState, Sequence[StoryRecord], Sequence[Sighting]]


async def commit_polls(engine: AsyncEngine, polls: Sequence[Poll]) -> list[list[Story]]:
    """Store feed polls in one transaction (each feed's stories and state together); per poll, the new stories.

    A story is new exactly once, ever; several polls share one transaction so that a busy database does a few large
    writes rather than many small ones (SQLite's single writer is the pipeline's scarce resource).
    """
    for attempt in (1, 2):
        try:
            async with engine.begin() as conn:
                return await _commit(conn, polls)
        except IntegrityError:
            # A concurrent writer stored one of these identities first; a second pass turns it into a sighting.
            if attempt == 2:
                raise
            log.info("identity conflict with a concurrent writer, retrying %d feed polls", len(polls))
    raise AssertionError("unreachable")


async def _commit(conn: AsyncConnection, polls: Sequence[Poll]) -> list[list[Story]]:
    # Only hard keys decide here: the poller already confirmed or rejected soft (lede) candidates.
    known, taken = await _lookup(conn, [r for _, records, _ in polls for r in records])
    new: list[StoryRecord] = []
    extra: list[Sighting] = []
    states: list[FeedState] = []
    results: list[list[Story]] = []
    for state, records, sightings in polls:
        fresh: list[StoryRecord] = []
        extra.extend(sightings)
        for rec in records:
            sid = next((known[h] for k, h in rec.keys if h in known and k not in SOFT_KINDS), None)
            if sid is None and rec.story.id not in taken:
                fresh.append(rec)
                taken.add(rec.story.id)
                known.update({h: rec.story.id for k, h in rec.keys if k not in SOFT_KINDS})
            else:  # a duplicate within these polls, or stored by another feed since the poller matched
                s = rec.story
                extra.append(Sighting(sid or s.id, s.feed, s.publisher, s.url, rec.keys))
        new.extend(fresh)
        states.append(replace(state, stories_seen=state.stories_seen + len(fresh)))
        results.append([r.story for r in fresh])
    await _write(conn, new, extra, {state.name: state.guild_id for state, _, _ in polls})
    await save_states(conn, states)
    return results


async def _write(
    conn: AsyncConnection, new: list[StoryRecord], extra: list[Sighting], guild_of: dict[str, int | None]
) -> None:
    """Insert new stories with their index rows, keys and sightings; `guild_of` maps each polled feed to its guild."""
    if new:
        rows = [_story_row(r) | {"everywhere": guild_of.get(r.story.feed) is None} for r in new]
        await _insert_many(conn, stories, rows)
        await _insert_many(conn, story_quotes, [q for r in new for q in _quote_rows(r.story)])
        await _insert_many(conn, story_actions, [a for r in new for a in _action_rows(r.story)])
        await search.index_stories(conn, [r.story for r in new])
    now = datetime.now(UTC)
    keys = {h: (h, k, r.story.id) for r in reversed(new) for k, h in r.keys}  # the first story named wins
    keys |= {h: (h, k, s.story_id) for s in reversed(extra) for k, h in s.keys if h not in keys}
    await _insert_keys(conn, list(keys.values()))
    first = [{"story_id": r.story.id, "feed": r.story.feed, "publisher": _cap(r.story.publisher), "url": r.story.url,
              "seen_at": r.story.first_seen, "guild_id": guild_of.get(r.story.feed)} for r in new]  # fmt: skip
    await _insert_many(conn, story_sightings, first, ignore_known=True)
    await _widen(conn, [(s.story_id, guild_of.get(s.feed)) for s in extra])
    more = [{"story_id": s.story_id, "feed": s.feed, "publisher": _cap(s.publisher), "url": s.url, "seen_at": now,
             "guild_id": guild_of.get(s.feed)} for s in extra]  # fmt: skip
    await _insert_many(conn, story_sightings, more, ignore_known=True)


async def _widen(conn: AsyncConnection, sightings: list[tuple[str, int | None]]) -> None:
    """Apply what new sightings (story id, guild or None for an operator feed) do to who may see a story.

    An operator feed's sighting makes a guild-only story `everywhere`. A story first seen in one guild's feed was
    matched against that guild's alert subscriptions only; once an operator feed or another guild's feed carries it,
    the newly entitled subscribers are due their alert too, so it goes back to alert matching (the outbox's
    UNIQUE(subscription_id, story_id) keeps those already alerted from a second one).
    """
    ids = list({sid for sid, _ in sightings})
    everywhere: set[str] = set()
    guilds: dict[str, set[int]] = {}
    joined = stories.outerjoin(story_sightings, story_sightings.c.story_id == stories.c.id)
    for i in range(0, len(ids), 500):
        stmt = sa.select(stories.c.id, stories.c.everywhere, story_sightings.c.guild_id).select_from(joined)
        for r in await conn.execute(stmt.where(stories.c.id.in_(ids[i : i + 500]))):
            if r.everywhere:
                everywhere.add(r.id)
            found = guilds.setdefault(r.id, set())
            if r.guild_id is not None:
                found.add(r.guild_id)
    scoped = [(sid, g) for sid, g in sightings if sid in guilds and sid not in everywhere]
    await _update_ids(conn, sorted({sid for sid, g in scoped if g is None}), everywhere=True)
    await _update_ids(conn, sorted({sid for sid, g in scoped if g is None or g not in guilds[sid]}), alerts_done=False)


async def _update_ids(conn: AsyncConnection, ids: list[str], **values: bool) -> None:
    for i in range(0, len(ids), 500):
        await conn.execute(sa.update(stories).where(stories.c.id.in_(ids[i : i + 500])).values(**values))


async def _lookup(conn: AsyncConnection, records: Sequence[StoryRecord]) -> tuple[dict[str, str], set[str]]:
    """Hard keys already stored (key -> story id) and record ids already taken, in one round trip."""
    hashes = list({h for r in records for k, h in r.keys if k not in SOFT_KINDS})
    ids = list({r.story.id for r in records})
    if not ids:
        return {}, set()
    if len(hashes) + len(ids) > 30_000:  # bound-parameter limits (SQLite 32766, PostgreSQL 32767): chunk
        rows = await conn.execute(sa.select(stories.c.id).where(stories.c.id.in_(ids)))
        return await lookup_keys(conn, hashes), {r.id for r in rows}
    key_in, key_params = in_values(conn, story_keys.c.key, hashes)
    id_in, id_params = in_values(conn, stories.c.id, ids)
    stmt = sa.union_all(
        sa.select(story_keys.c.key, story_keys.c.story_id).where(key_in),
        # keys are hex digests, so "#id" marks the id rows without colliding (and without NUL, which PostgreSQL refuses)
        sa.select(sa.literal("#id").label("key"), stories.c.id).where(id_in),
    )
    known: dict[str, str] = {}
    taken: set[str] = set()
    for key, story_id in await conn.execute(stmt, key_params | id_params):
        if key == "#id":
            taken.add(story_id)
        else:
            known[key] = story_id
    return known, taken


async def _insert_keys(conn: AsyncConnection, rows: list[tuple[str, str, str]]) -> None:
    """Insert (key, kind, story id) rows, skipping known keys: the most numerous rows, so plain SQL on SQLite.

    SQLAlchemy's per-row parameter handling costs more than SQLite's insert for these three short strings.
    """
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        sql = "INSERT INTO story_keys (key, kind, story_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"
        await conn.exec_driver_sql(sql, rows)
    else:
        await insert_ignore(conn, story_keys, [{"key": h, "kind": k, "story_id": sid} for h, k, sid in rows])


async def _insert_many(
    conn: AsyncConnection, table: sa.Table, rows: list[dict[str, Any]], *, ignore_known: bool = False
) -> None:
    """Insert rows (all with the same keys); with `ignore_known`, skip rows whose primary key exists.

    On SQLite the rows go to the driver's executemany as tuples, converted by the columns' own bind processors (the
    same values SQLAlchemy would send): its per-row parameter handling was a seventh of the poller's CPU in a cold poll.
    """
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        await (insert_ignore(conn, table, rows) if ignore_known else conn.execute(sa.insert(table), rows))
        return
    names = list(rows[0])
    quote = conn.dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) VALUES ({', '.join('?' * len(names))})"
        + (" ON CONFLICT DO NOTHING" if ignore_known else "")
    )
    await conn.exec_driver_sql(sql, driver_rows(conn.dialect, table, names, rows))


def driver_rows(
    dialect: Dialect, table: sa.Table, names: list[str], rows: list[dict[str, Any]]
) -> list[tuple[Any, ...]]:
    """The rows as the driver's value tuples, each value through its column's bind processor (as SQLAlchemy would).

    Column by column: a column's processor is looked up once, and a value seen before in the column (a poll's one
    `first_seen`, booleans, shared publish times) is converted once.
    """
    fields = operator.itemgetter(*names)  # rows are built by one dict literal each, but order is not trusted
    columns: list[Sequence[Any]] = (
        list(zip(*(fields(row) for row in rows), strict=True)) if len(names) > 1 else [[row[names[0]] for row in rows]]
    )
    for j, name in enumerate(names):
        process = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        if process is None:
            continue
        if isinstance(table.c[name].type, sa.JSON):  # documents are unhashable and all different
            columns[j] = [process(v) for v in columns[j]]
            continue
        seen: dict[Any, Any] = {}
        columns[j] = [seen[v] if v in seen else seen.setdefault(v, process(v)) for v in columns[j]]
    return list(zip(*columns, strict=True))


def _unique(rows: list[dict[str, Any]], field: str, *, last: bool = False) -> list[dict[str, Any]]:
    """One row per `field` value: the first seen (or the last, with `last`)."""
    return list({row[field]: row for row in (rows if last else reversed(rows))}.values())


def _cap(text: str | None, limit: int = 200) -> str | None:
    """Fit a String(200) column: PostgreSQL rejects longer values where SQLite keeps them (feed-supplied names)."""
    return text[:limit] if text else text


def _story_row(rec: StoryRecord) -> dict[str, Any]:
    s = rec.story
    return {
        "id": s.id,
        "feed": s.feed,
        "guid": s.guid,
        "url": s.url,
        "canonical_url": s.canonical_url,
        "title": s.title,
        "title_key": (rec.title_key or "")[:200] or None,
        "fingerprint": (rec.fingerprint or "")[:128] or None,
        "published": s.published,
        "first_seen": s.first_seen,
        "lede": s.lede,
        "text": rec.text if rec.text is not None else s.text,
        "publisher": _cap(s.publisher),
        "relevant": s.relevant,
        "summary": s.summary,
        "alerts_done": s.alerts_done,
    }


def _quote_rows(story: Story) -> list[dict[str, Any]]:
    return [
        {
            "story_id": story.id,
            "idx": i,
            "speaker": (str(q.get("speaker") or "")[:200] or None),
            "published": story.published,
        }
        for i, q in enumerate(story.summary.get("quotes") or [])
    ]


def _action_rows(story: Story) -> list[dict[str, Any]]:
    return [
        {
            "story_id": story.id,
            "idx": i,
            "actor": str(a.get("actor") or "")[:200],
            "status": str(a.get("status") or "")[:20],
            "published": story.published,
        }
        for i, a in enumerate(story.summary.get("actions") or [])
    ]
