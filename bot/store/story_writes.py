"""The write side of the story store: one transaction per feed poll (lookups: bot.store.story_match).

A poll's new stories, their keys, sightings, quote/action index rows, full-text rows and the feed's new state commit
together, so a crash mid-poll loses nothing (the feed's ETag is not advanced) and duplicates nothing (story_keys'
primary key refuses a second story under a known identity).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.core.identity import SOFT_KINDS, Sighting, StoryRecord
from bot.models import FeedState, Story
from bot.store import search
from bot.store.bulk import in_values, insert_ignore, insert_rows, sqlite_insert
from bot.store.feed_states import save_states
from bot.store.pipeline_tables import stories, story_actions, story_keys, story_quotes, story_sightings
from bot.store.story_match import lookup_keys

log = logging.getLogger(__name__)


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
            sid = None
            for k, h in rec.keys:  # the first known hard key (a loop: a generator per record cost more)
                if k not in SOFT_KINDS and h in known:
                    sid = known[h]
                    break
            if sid is None and rec.story.id not in taken:
                fresh.append(rec)
                taken.add(rec.story.id)
                for k, h in rec.keys:
                    if k not in SOFT_KINDS:
                        known[h] = rec.story.id
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
        await insert_rows(
            conn, stories, _STORY_COLUMNS, [_story_row(r, guild_of.get(r.story.feed) is None) for r in new]
        )
        # most stored stories are off-topic, with neither quotes nor actions
        quotes = [q for r in new if r.story.summary.get("quotes") for q in _quote_rows(r.story)]
        await insert_rows(conn, story_quotes, _QUOTE_COLUMNS, quotes)
        actions = [a for r in new if r.story.summary.get("actions") for a in _action_rows(r.story)]
        await insert_rows(conn, story_actions, _ACTION_COLUMNS, actions)
        await search.index_stories(conn, [r.story for r in new])
    now = datetime.now(UTC)
    keys = {h: (h, k, r.story.id) for r in reversed(new) for k, h in r.keys}  # the first story named wins
    keys |= {h: (h, k, s.story_id) for s in reversed(extra) for k, h in s.keys if h not in keys}
    await _insert_keys(conn, list(keys.values()))
    first = [(r.story.id, r.story.feed, _cap(r.story.publisher), r.story.url, r.story.first_seen,
              guild_of.get(r.story.feed)) for r in new]  # fmt: skip
    await insert_rows(conn, story_sightings, _SIGHTING_COLUMNS, first, ignore_known=True)
    await _widen(conn, [(s.story_id, guild_of.get(s.feed)) for s in extra])
    more = [(s.story_id, s.feed, _cap(s.publisher), s.url, now, guild_of.get(s.feed)) for s in extra]
    await insert_rows(conn, story_sightings, _SIGHTING_COLUMNS, more, ignore_known=True)


_SIGHTING_COLUMNS = ("story_id", "feed", "publisher", "url", "seen_at", "guild_id")


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
        await sqlite_insert(conn, "INSERT INTO story_keys (key, kind, story_id)", rows, " ON CONFLICT DO NOTHING")
    else:
        await insert_ignore(conn, story_keys, [{"key": h, "kind": k, "story_id": sid} for h, k, sid in rows])


def _cap(text: str | None, limit: int = 200) -> str | None:
    """Fit a String(200) column: PostgreSQL rejects longer values where SQLite keeps them (feed-supplied names)."""
    return text[:limit] if text else text


_STORY_COLUMNS = ("id", "feed", "guid", "url", "canonical_url", "title", "title_key", "fingerprint", "published",
                  "first_seen", "lede", "text", "publisher", "relevant", "summary", "alerts_done",
                  "everywhere")  # fmt: skip


def _story_row(rec: StoryRecord, everywhere: bool) -> tuple[Any, ...]:
    """A stories row in _STORY_COLUMNS order (`everywhere`: an operator feed carried it)."""
    s = rec.story
    return (s.id, s.feed, s.guid, s.url, s.canonical_url, s.title, (rec.title_key or "")[:200] or None,
            (rec.fingerprint or "")[:128] or None, s.published, s.first_seen, s.lede,
            rec.text if rec.text is not None else s.text, _cap(s.publisher), s.relevant, s.summary, s.alerts_done,
            everywhere)  # fmt: skip


_QUOTE_COLUMNS = ("story_id", "idx", "speaker", "published")
_ACTION_COLUMNS = ("story_id", "idx", "actor", "status", "published")


def _quote_rows(story: Story) -> list[tuple[Any, ...]]:
    return [
        (story.id, i, str(q.get("speaker") or "")[:200] or None, story.published)
        for i, q in enumerate(story.summary.get("quotes") or [])
    ]


def _action_rows(story: Story) -> list[tuple[Any, ...]]:
    return [
        (story.id, i, str(a.get("actor") or "")[:200], str(a.get("status") or "")[:20], story.published)
        for i, a in enumerate(story.summary.get("actions") or [])
    ]
