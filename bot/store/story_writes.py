"""The write side of the story store: identity lookups and one transaction per feed poll.

A poll's new stories, their keys, sightings, quote/action index rows, full-text rows and the feed's new state commit
together, so a crash mid-poll loses nothing (the feed's ETag is not advanced) and duplicates nothing (story_keys'
primary key refuses a second story under a known identity).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
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
)


def _insert(conn: AsyncConnection, table: sa.Table) -> Any:
    """A dialect insert so ON CONFLICT is available on both SQLite and PostgreSQL."""
    return (postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert)(table)


async def insert_ignore(conn: AsyncConnection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows, skipping any whose primary key already exists."""
    if rows:
        await conn.execute(_insert(conn, table).on_conflict_do_nothing(), rows)


def state_from_row(row: sa.Row[Any]) -> FeedState:
    """Rebuild a FeedState from a feeds row."""
    return FeedState(name=row.name, **{f: getattr(row, f) for f in _STATE_FIELDS})


async def load_feed_state(engine: AsyncEngine, spec: FeedSpec) -> FeedState:
    """The stored state for a feed, or a fresh one; a changed URL forgets the old validators."""
    async with engine.connect() as conn:
        row = (await conn.execute(sa.select(feeds).where(feeds.c.name == spec.name))).first()
    if row is None:
        return FeedState(name=spec.name, url=spec.url, guild_id=spec.guild_id)
    state = state_from_row(row)
    if state.url != spec.url:
        state = replace(state, url=spec.url, etag=None, last_modified=None, dead=False, consecutive_failures=0)
    return replace(state, guild_id=spec.guild_id)


async def save_state(conn: AsyncConnection, state: FeedState) -> None:
    """Upsert one feed's state row."""
    values = {"name": state.name, **{f: getattr(state, f) for f in _STATE_FIELDS}}
    stmt = _insert(conn, feeds).values(values)
    await conn.execute(stmt.on_conflict_do_update(index_elements=["name"], set_={f: values[f] for f in _STATE_FIELDS}))


async def lookup_keys(conn: AsyncConnection, keys: Iterable[str]) -> dict[str, str]:
    """Map each known key hash to its story id (soft keys are left out by the callers that need certainty)."""
    wanted = list(set(keys))
    found: dict[str, str] = {}
    for i in range(0, len(wanted), 500):  # stay well under SQLite's bound-parameter limit
        chunk = wanted[i : i + 500]
        rows = await conn.execute(sa.select(story_keys.c.key, story_keys.c.story_id).where(story_keys.c.key.in_(chunk)))
        found.update({r.key: r.story_id for r in rows})
    return found


async def match_entries(engine: AsyncEngine, feed: str, keysets: Sequence[Sequence[IdentityKey]]) -> list[Match | None]:
    """For each key set, the stored story it already is (and whether this feed has carried it), or None."""
    async with engine.connect() as conn:
        known = await lookup_keys(conn, (h for keys in keysets for _, h in keys))
        found: list[tuple[str, bool] | None] = []
        for keys in keysets:
            hard = next((known[h] for k, h in keys if h in known and k not in SOFT_KINDS), None)
            soft = next((known[h] for k, h in keys if h in known and k in SOFT_KINDS), None)
            found.append((hard, False) if hard else (soft, True) if soft else None)
        ids = list({f[0] for f in found if f})
        sighted: set[str] = set()
        texts: dict[str, tuple[str, str]] = {}
        if ids:
            rows = await conn.execute(
                sa.select(story_sightings.c.story_id).where(
                    story_sightings.c.feed == feed, story_sightings.c.story_id.in_(ids)
                )
            )
            sighted = {r.story_id for r in rows}
            soft_ids = list({f[0] for f in found if f and f[1]})
            if soft_ids:
                rows = await conn.execute(
                    sa.select(stories.c.id, stories.c.title, stories.c.lede).where(stories.c.id.in_(soft_ids))
                )
                texts = {r.id: (r.title, r.lede) for r in rows}
    out: list[Match | None] = []
    for f in found:
        if f is None:
            out.append(None)
        else:
            title, lede = texts.get(f[0], ("", ""))
            out.append(Match(f[0], f[0] in sighted, soft=f[1], title=title, lede=lede))
    return out


async def commit_poll(
    engine: AsyncEngine, state: FeedState, records: Sequence[StoryRecord], sightings: Sequence[Sighting]
) -> list[Story]:
    """Store a feed poll in one transaction; returns the stories that were new (each exactly once, ever)."""
    for attempt in (1, 2):
        try:
            async with engine.begin() as conn:
                return await _commit(conn, state, records, sightings)
        except IntegrityError:
            # A concurrent poll stored one of these identities first; a second pass turns it into a sighting.
            if attempt == 2:
                raise
            log.info("feed %s: identity conflict with a concurrent poll, retrying", state.name)
    raise AssertionError("unreachable")


async def _commit(
    conn: AsyncConnection, state: FeedState, records: Sequence[StoryRecord], sightings: Sequence[Sighting]
) -> list[Story]:
    # Only hard keys decide here: the poller already confirmed or rejected soft (lede) candidates.
    known = await lookup_keys(conn, (h for r in records for k, h in r.keys if k not in SOFT_KINDS))
    new: list[StoryRecord] = []
    extra: list[Sighting] = list(sightings)
    for rec in records:
        sid = next((known[h] for k, h in rec.keys if h in known and k not in SOFT_KINDS), None)
        if sid is None:
            new.append(rec)
            known.update({h: rec.story.id for k, h in rec.keys if k not in SOFT_KINDS})
        else:  # known by now: a duplicate within this feed, or another feed stored it since we matched
            s = rec.story
            extra.append(Sighting(sid, s.feed, s.publisher, s.url, rec.keys))
    new, extra = await _drop_existing_ids(conn, new, extra)
    if new:
        await conn.execute(sa.insert(stories), [_story_row(r) for r in new])
        await _insert_many(conn, story_quotes, [q for r in new for q in _quote_rows(r.story)])
        await _insert_many(conn, story_actions, [a for r in new for a in _action_rows(r.story)])
        await search.index_stories(conn, [r.story for r in new])
    now = datetime.now(UTC)
    key_rows = [{"key": h, "kind": k, "story_id": r.story.id} for r in new for k, h in r.keys]
    key_rows += [{"key": h, "kind": k, "story_id": s.story_id} for s in extra for k, h in s.keys]
    await insert_ignore(conn, story_keys, _unique(key_rows, "key"))
    seen = [{"story_id": r.story.id, "feed": r.story.feed, "publisher": r.story.publisher, "url": r.story.url,
             "seen_at": r.story.first_seen} for r in new]  # fmt: skip
    seen += [{"story_id": s.story_id, "feed": s.feed, "publisher": s.publisher, "url": s.url, "seen_at": now}
             for s in extra]  # fmt: skip
    await insert_ignore(conn, story_sightings, seen)
    await save_state(conn, replace(state, stories_seen=state.stories_seen + len(new)))
    return [r.story for r in new]


async def _drop_existing_ids(
    conn: AsyncConnection, new: list[StoryRecord], extra: list[Sighting]
) -> tuple[list[StoryRecord], list[Sighting]]:
    """A record whose id (derived from guid/URL/title) is already stored is that story seen again, not a new one."""
    if not new:
        return new, extra
    rows = await conn.execute(sa.select(stories.c.id).where(stories.c.id.in_([r.story.id for r in new])))
    taken = {r.id for r in rows}
    kept: list[StoryRecord] = []
    for rec in new:
        if rec.story.id in taken:
            s = rec.story
            extra.append(Sighting(s.id, s.feed, s.publisher, s.url, rec.keys))
        else:
            kept.append(rec)
            taken.add(rec.story.id)  # a second record with the same id in this batch is a sighting too
    return kept, extra


async def _insert_many(conn: AsyncConnection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    if rows:
        await conn.execute(sa.insert(table), rows)


def _unique(rows: list[dict[str, Any]], field: str) -> list[dict[str, Any]]:
    return list({row[field]: row for row in reversed(rows)}.values())


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
        "text": rec.text,
        "publisher": s.publisher,
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
