"""StoryStore: stories and feed state in SQL — what the poller writes and what the CLI and Discord layer read.

Guild scope: every read takes `guild_id`. A story is visible to every guild when any operator feed (feeds.yaml)
carried it, else only to the guilds whose /feeds add feeds carried it. `guild_id=None` is the operator's view (CLI,
console, demo, DMs): operator stories only. "Also covered by" never names a feed the viewer cannot see.
`stories.everywhere` says whether an operator feed carried the story; `story_sightings.guild_id` which guilds did.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.core.identity import IdentityKey, Match, Sighting, StoryRecord
from bot.models import FeedSpec, FeedState, Story
from bot.store import search, story_writes
from bot.store.feed_states import load_feed_state, load_feed_states, state_from_row
from bot.store.folding import contains_folded
from bot.store.pipeline_tables import feeds, stories, story_actions, story_quotes, story_sightings
from bot.store.story_match import MatchRequest, match_many
from bot.store.story_view import also_covered, story_from_row, visible_to

# Group commit: within _BURST_S of the last commit, wait up to _LINGER_S for more polls, until _FULL_BATCH are queued.
# Each transaction has fixed work, and stories, keys and sightings go under random hex ids, so a transaction dirties
# index pages all over the file: one of 4 feeds' stories wrote ~1.5x the pages per story of one of 12 (a cold poll of
# 1,000 feeds: 0.1 s of lingering gave ~4 feeds per commit). Stories wait at most this long for their commit.
_BURST_S = 0.5
_LINGER_S = 0.5
_FULL_BATCH = 64
# ... but stops waiting once no poll has joined for _QUIET_S: at the end of a burst nothing more is coming, and the
# last feeds' commit waited out the whole linger (0.5 s of a 1,000-feed cold poll's wall time with no work done).
_QUIET_S = 0.1
# Lookups the same way: within _BURST_S of the last lookup, wait _MATCH_LINGER_S for more feeds' keys.
_MATCH_LINGER_S = 0.02
_COLUMNS = [c for c in stories.c if c.name != "text"]  # article text is large: only `get` (one story) loads it


@dataclass(slots=True, eq=False)
class _PendingPoll:
    state: FeedState
    records: Sequence[StoryRecord]
    sightings: Sequence[Sighting]
    done: bool = False
    result: list[Story] = field(default_factory=list)
    error: Exception | None = None

    def as_poll(self) -> story_writes.Poll:
        return self.state, self.records, self.sightings


@dataclass(slots=True, eq=False)
class _PendingMatch:
    request: MatchRequest
    done: bool = False
    result: list[Match | None] = field(default_factory=list)
    error: Exception | None = None


class StoryStore:
    """Stories, their sightings and per-feed state over one async engine (SQLite or PostgreSQL)."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self._write_lock = asyncio.Lock()
        self._pending: list[_PendingPoll] = []
        self._batch_full = asyncio.Event()  # set when _FULL_BATCH polls are queued: the lingering commit stops waiting
        self._last_commit = float("-inf")  # event-loop time the last group commit ended
        self._burst_over = False  # set by `end_of_burst`: the lingering commit takes what is queued at once
        # Concurrent polls' lookups queue here and run together, one statement at a time: a lookup's fixed cost
        # (connection, statement, the database thread's round trips) was most of it, and the pool stays small.
        self._match_lock = asyncio.Lock()
        self._matches: list[_PendingMatch] = []
        self._last_match = float("-inf")

    # -- the poller's side (bot.core.identity.PollStore) --

    async def feed_state(self, spec: FeedSpec) -> FeedState:
        """The stored state for a feed (fresh when never polled)."""
        return await load_feed_state(self.engine, spec)

    async def feed_states_for(self, specs: Sequence[FeedSpec]) -> list[FeedState]:
        """The stored state of each feed, in order (one query)."""
        return await load_feed_states(self.engine, specs)

    async def match(self, feed: str, keysets: Sequence[Sequence[IdentityKey]]) -> list[Match | None]:
        """Which entries are already stored stories (lookups of feeds polled together share one statement)."""
        mine = _PendingMatch((feed, keysets))
        self._matches.append(mine)
        async with self._match_lock:
            if not mine.done:
                loop = asyncio.get_running_loop()
                if loop.time() - self._last_match < _BURST_S and len(self._matches) < _FULL_BATCH:
                    await asyncio.sleep(_MATCH_LINGER_S)  # mid-burst: let more feeds' lookups join
                batch, self._matches = self._matches, []
                if mine not in batch:  # the task running its batch was cancelled: run it now
                    batch.append(mine)
                try:
                    results = await match_many(self.engine, [p.request for p in batch])
                except Exception as exc:
                    for p in batch:
                        p.done, p.error = True, exc
                else:
                    for p, result in zip(batch, results, strict=True):
                        p.done, p.result = True, result
                self._last_match = loop.time()
        if mine.error is not None:
            raise mine.error
        return mine.result

    async def commit_poll(
        self, state: FeedState, records: Sequence[StoryRecord], sightings: Sequence[Sighting]
    ) -> list[Story]:
        """Store one feed poll atomically; returns the stories that were new."""
        return await self._queue_write(_PendingPoll(state, records, sightings))

    async def save_feed_state(self, state: FeedState) -> None:
        """Record a feed's state alone (a failed or unchanged poll)."""
        await self._queue_write(_PendingPoll(state, (), ()))

    async def save_feed_states(self, states: Sequence[FeedState]) -> None:
        """Record many feeds' states alone (unchanged feeds after a poll), in one transaction."""
        if not states:
            return
        polls = [_PendingPoll(s, (), ()) for s in states]
        self._pending.extend(polls[:-1])  # committed with the last one, by whichever task commits next
        await self._queue_write(polls[-1])
        if failed := next((p.error for p in polls if p.error is not None), None):
            raise failed

    def end_of_burst(self) -> None:
        """No more polls of the current burst will write: a lingering group commit stops waiting for them."""
        # a poll of many feeds says so when its last feed reaches its write: otherwise the last group waited out the
        # quiet interval with both workers idle (a hint only: a later write simply lingers as before)
        self._burst_over = True
        self._batch_full.set()

    async def _queue_write(self, mine: _PendingPoll) -> list[Story]:
        """Group commit: writes queued while another commits go together in the next transaction.

        One writer at a time from this process: SQLite allows one anyway and its busy handler waits by sleeping, so
        queueing here is far faster than colliding, and one transaction for many feeds costs little more than one.
        If a shared transaction fails, each poll is retried alone so one bad poll cannot sink the others.
        """
        self._pending.append(mine)
        if len(self._pending) >= _FULL_BATCH:
            self._batch_full.set()
        async with self._write_lock:
            if not mine.done:
                loop = asyncio.get_running_loop()
                if loop.time() - self._last_commit < _BURST_S and len(self._pending) < _FULL_BATCH:
                    # mid-burst (a poll of many feeds): let more polls join, since each transaction costs ~10 ms
                    # of fixed work; a lone scheduled poll commits at once
                    self._batch_full.clear()
                    deadline = loop.time() + _LINGER_S
                    while (
                        not self._burst_over
                        and len(self._pending) < _FULL_BATCH
                        and (left := deadline - loop.time()) > 0
                    ):
                        queued = len(self._pending)
                        with contextlib.suppress(TimeoutError):
                            await asyncio.wait_for(self._batch_full.wait(), min(_QUIET_S, left))
                        if len(self._pending) == queued:
                            break  # nobody joined for _QUIET_S: the burst is over (a poll's last feeds)
                batch, self._pending, self._burst_over = self._pending, [], False
                if mine not in batch:  # the task committing its batch was cancelled: commit it now
                    batch.append(mine)
                await self._commit_batch(batch)
                self._last_commit = loop.time()
        if mine.error is not None:
            raise mine.error
        return mine.result

    async def _commit_batch(self, batch: list[_PendingPoll]) -> None:
        try:
            results = await story_writes.commit_polls(self.engine, [p.as_poll() for p in batch])
        except Exception as exc:
            if len(batch) == 1:
                batch[0].done, batch[0].error = True, exc
                return
            for p in batch:
                await self._commit_batch([p])
            return
        for p, result in zip(batch, results, strict=True):
            p.done, p.result = True, result

    # -- reads --

    async def latest(
        self, limit: int = 10, since: datetime | None = None, relevant_only: bool = True, *, guild_id: int | None = None
    ) -> list[Story]:
        """The most recently published stories the guild can see, newest first."""
        stmt = self._select(relevant_only, guild_id)
        stmt = stmt.order_by(stories.c.published.desc(), stories.c.first_seen.desc())
        if since is not None:
            stmt = stmt.where(stories.c.published >= since)
        return await self._stories(stmt.limit(limit), guild_id)

    async def get(self, story_id: str, *, guild_id: int | None = None) -> Story | None:
        """One story by id; None when it does not exist or the guild cannot see it."""
        stmt = self._select(False, guild_id, with_text=True).where(stories.c.id == story_id)
        found = await self._stories(stmt, guild_id)
        return found[0] if found else None

    async def between(
        self,
        start: datetime,
        end: datetime,
        relevant_only: bool = True,
        by: Literal["first_seen", "published"] = "first_seen",
        *,
        guild_id: int | None = None,
    ) -> list[Story]:
        """Stories the guild can see first seen (or published) in [start, end), oldest first — a digest's window."""
        col = stories.c[by]
        stmt = self._select(relevant_only, guild_id).where(col >= start, col < end).order_by(col, stories.c.id)
        return await self._stories(stmt, guild_id)

    async def by_ids(
        self, story_ids: Iterable[str], relevant_only: bool = True, *, guild_id: int | None = None
    ) -> list[Story]:
        """The stories with these ids that the guild can see (any order; unknown ids are left out)."""
        ids = sorted(set(story_ids))
        if not ids:
            return []
        return await self._stories(self._select(relevant_only, guild_id).where(stories.c.id.in_(ids)), guild_id)

    async def search(
        self,
        query: str,
        since: datetime | None = None,
        limit: int = 20,
        relevant_only: bool = False,
        *,
        guild_id: int | None = None,
    ) -> list[Story]:
        """Full-text search (title, lede, key points, quotes, speakers, actors) over what the guild can see."""
        async with self.engine.connect() as conn:
            n = limit * 5 if since or relevant_only else limit
            ids = await search.ranked_ids(conn, query, n, guild_id=guild_id)
        if not ids:
            return []
        stmt = self._select(relevant_only, guild_id).where(stories.c.id.in_(ids))
        if since is not None:
            stmt = stmt.where(stories.c.published >= since)
        found = {s.id: s for s in await self._stories(stmt, guild_id)}
        return [found[i] for i in ids if i in found][:limit]

    async def quotes(
        self, who: str | None = None, since: datetime | None = None, limit: int = 50, *, guild_id: int | None = None
    ) -> list[tuple[Story, dict[str, Any]]]:
        """Quotes from relevant stories the guild can see, newest first; `who` matches part of the speaker's name."""
        return await self._items_where(story_quotes, "speaker", who, since, limit, "quotes", guild_id)

    async def actions(
        self, actor: str | None = None, since: datetime | None = None, limit: int = 100, *, guild_id: int | None = None
    ) -> list[tuple[Story, dict[str, Any]]]:
        """Regulatory actions from relevant stories the guild can see, newest first; `actor` matches part of a name."""
        return await self._items_where(story_actions, "actor", actor, since, limit, "actions", guild_id)

    async def _items_where(
        self,
        table: sa.Table,
        name_column: str,
        needle: str | None,
        since: datetime | None,
        limit: int,
        kind: str,
        guild_id: int | None,
    ) -> list[tuple[Story, dict[str, Any]]]:
        """Rows of a per-story item table (quotes or actions), filtered by a name fragment and date, newest first."""
        stmt = sa.select(table.c.story_id, table.c.idx).join(stories, stories.c.id == table.c.story_id)
        stmt = stmt.where(stories.c.relevant.is_(True), visible_to(guild_id))
        if needle:
            stmt = stmt.where(contains_folded(table.c[name_column], needle, self.engine.dialect.name))
        if since is not None:
            stmt = stmt.where(table.c.published >= since)
        stmt = stmt.order_by(table.c.published.desc(), table.c.idx).limit(limit)
        return await self._items(stmt, kind, guild_id)

    async def suggest_stories(
        self, prefix: str, limit: int = 25, *, guild_id: int | None = None
    ) -> list[tuple[str, str]]:
        """(id, title) of visible relevant stories whose title contains the typed text, newest first (autocomplete)."""
        stmt = sa.select(stories.c.id, stories.c.title).where(stories.c.relevant.is_(True), visible_to(guild_id))
        if prefix:
            stmt = stmt.where(contains_folded(stories.c.title, prefix, self.engine.dialect.name))
        stmt = stmt.order_by(stories.c.published.desc()).limit(limit)
        async with self.engine.connect() as conn:
            return [(r.id, r.title) for r in await conn.execute(stmt)]

    async def suggest_speakers(self, prefix: str, limit: int = 25, *, guild_id: int | None = None) -> list[str]:
        """Distinct quoted speakers in visible stories containing the typed text (autocomplete)."""
        return await self._distinct(story_quotes.c.speaker, prefix, limit, guild_id)

    async def suggest_actors(self, prefix: str, limit: int = 25, *, guild_id: int | None = None) -> list[str]:
        """Distinct action actors in visible stories containing the typed text (autocomplete)."""
        return await self._distinct(story_actions.c.actor, prefix, limit, guild_id)

    async def feed_states(self) -> list[FeedState]:
        """Every feed's stored state, by name."""
        async with self.engine.connect() as conn:
            rows = await conn.execute(sa.select(feeds).order_by(feeds.c.name))
            return [state_from_row(r) for r in rows]

    async def pending_alert_stories(self, limit: int = 100) -> list[Story]:
        """Relevant stories not yet through alert matching, oldest first (every guild's: see `story_scopes`)."""
        stmt = sa.select(*_COLUMNS).where(stories.c.relevant.is_(True), stories.c.alerts_done.is_(False))
        return await self._stories(stmt.order_by(stories.c.first_seen, stories.c.id).limit(limit), None)

    async def story_scopes(self, story_ids: Sequence[str]) -> dict[str, frozenset[int] | None]:
        """Who may see each stored story: None = every guild (an operator feed carried it), else the guilds whose
        feeds did."""
        ids = list(dict.fromkeys(story_ids))
        out: dict[str, frozenset[int] | None] = {}
        guilds: dict[str, set[int]] = {}
        joined = stories.outerjoin(
            story_sightings, sa.and_(story_sightings.c.story_id == stories.c.id, stories.c.everywhere.is_(False))
        )
        async with self.engine.connect() as conn:
            for i in range(0, len(ids), 500):
                stmt = sa.select(stories.c.id, stories.c.everywhere, story_sightings.c.guild_id).select_from(joined)
                for r in await conn.execute(stmt.where(stories.c.id.in_(ids[i : i + 500]))):
                    if r.everywhere:
                        out[r.id] = None
                    elif r.guild_id is not None:
                        guilds.setdefault(r.id, set()).add(r.guild_id)
        out.update({sid: frozenset(g) for sid, g in guilds.items()})
        return out

    @staticmethod
    async def mark_alerts_done(conn: AsyncConnection, story_ids: Iterable[str]) -> None:
        """Flag stories as alert-matched inside the caller's transaction (the one that enqueues the alerts)."""
        ids = list(story_ids)
        if ids:
            await conn.execute(sa.update(stories).where(stories.c.id.in_(ids)).values(alerts_done=True))

    async def count(self, relevant_only: bool = False) -> int:
        """How many stories are stored."""
        stmt = sa.select(sa.func.count()).select_from(stories)
        if relevant_only:
            stmt = stmt.where(stories.c.relevant.is_(True))
        async with self.engine.connect() as conn:
            return int((await conn.execute(stmt)).scalar_one())

    # -- helpers --

    @staticmethod
    def _select(relevant_only: bool, guild_id: int | None, *, with_text: bool = False) -> sa.Select[Any]:
        stmt = sa.select(*_COLUMNS, *([stories.c.text] if with_text else [])).where(visible_to(guild_id))
        return stmt.where(stories.c.relevant.is_(True)) if relevant_only else stmt

    async def _stories(self, stmt: sa.Select[Any], guild_id: int | None) -> list[Story]:
        async with self.engine.connect() as conn:
            rows = list(await conn.execute(stmt))
            covered = await also_covered(conn, rows, guild_id)
        return [story_from_row(r, *covered.get(r.id, (r.feed, ()))) for r in rows]

    async def _items(
        self, stmt: sa.Select[Any], field: str, guild_id: int | None
    ) -> list[tuple[Story, dict[str, Any]]]:
        async with self.engine.connect() as conn:
            refs = [(r.story_id, r.idx) for r in await conn.execute(stmt)]
        ids = list({i for i, _ in refs})
        found = {
            s.id: s for s in await self._stories(self._select(False, guild_id).where(stories.c.id.in_(ids)), guild_id)
        }
        out: list[tuple[Story, dict[str, Any]]] = []
        for sid, idx in refs:
            items = found[sid].summary.get(field) or [] if sid in found else []
            if idx < len(items):
                out.append((found[sid], dict(items[idx])))
        return out

    async def _distinct(self, col: sa.Column[Any], prefix: str, limit: int, guild_id: int | None) -> list[str]:
        # Hidden stories are the few guild-only ones another guild's feeds brought: leaving them out is much cheaper
        # than joining every quote or action to its story.
        hidden = sa.select(stories.c.id).where(stories.c.everywhere.is_(False))
        if guild_id is not None:
            sg = story_sightings.c
            hidden = hidden.where(~sa.exists().where(sg.story_id == stories.c.id, sg.guild_id == guild_id))
        stmt = sa.select(col).where(col.is_not(None), col != "", col.table.c.story_id.not_in(hidden)).group_by(col)
        if prefix:
            stmt = stmt.where(contains_folded(col, prefix, self.engine.dialect.name))
        stmt = stmt.order_by(sa.func.count().desc(), col).limit(limit)
        async with self.engine.connect() as conn:
            return [r[0] for r in await conn.execute(stmt)]
