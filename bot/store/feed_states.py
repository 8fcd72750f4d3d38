"""Per-feed poll state (validators, failures, backoff) in the `feeds` table: load for a poll, upsert after it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.models import FeedSpec, FeedState
from bot.store.bulk import dialect_insert, in_values, unique_rows
from bot.store.pipeline_tables import feeds

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
    rows = [{"name": s.name, **{f: getattr(s, f) for f in _STATE_FIELDS}} for s in states]
    rows = unique_rows(rows, "name", last=True)
    if rows:
        stmt = dialect_insert(conn, feeds)
        await conn.execute(
            stmt.on_conflict_do_update(index_elements=["name"], set_={f: stmt.excluded[f] for f in _STATE_FIELDS}),
            rows,
        )
