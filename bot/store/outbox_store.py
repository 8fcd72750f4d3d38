"""Outbox SQL: enqueue (insert-or-ignore on the alert/digest unique keys), claim with a lease, mark, give up, and the
alert dispatcher's single transaction. DiscordRepo (bot.store.discord_repo) builds on this class.
"""

from __future__ import annotations

import secrets
from collections import Counter
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from typing import Any, Literal, Protocol

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.core.alerting import AlertSubscription
from bot.core.delivery import Disable, GuildNoticeTargets, RowSource
from bot.core.digest_schedule import DigestSchedule, Frequency
from bot.core.outbox import OutboxItem, OutboxRow
from bot.store.discord_tables import (
    alert_subscriptions,
    digest_channels,
    digest_owed,
    digest_schedules,
    guild_settings,
    outbox,
)

FINISHED_STATUSES = ("sent", "failed", "dead")
PRUNE_BATCH = 1000


class AlertsDoneMarker(Protocol):
    """P2's StoryStore.mark_alerts_done: flag stories inside the caller's transaction."""

    async def mark_alerts_done(self, conn: AsyncConnection, story_ids: Sequence[str]) -> None: ...


def dialect_insert(conn: AsyncConnection, table: sa.Table) -> Any:
    """INSERT with ON CONFLICT support on SQLite and PostgreSQL."""
    return (postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert)(table)


def new_nonce() -> str:
    """A Discord message nonce (≤ 25 chars) that stays with the row across resends."""
    return secrets.token_hex(12)


async def insert_outbox(conn: AsyncConnection, item: OutboxItem, now: datetime) -> bool:
    """Insert one outbox row unless its unique key exists; True when inserted."""
    values = {
        "kind": item.kind,
        "target_type": item.target_type,
        "target_id": item.target_id,
        "mention_user_id": item.mention_user_id,
        "payload": item.payload,
        "nonce": new_nonce(),
        "status": "pending",
        "attempts": 0,
        "next_attempt_at": now,
        "created_at": now,
        "guild_id": item.guild_id,
        "user_id": item.user_id,
        "subscription_id": item.subscription_id,
        "story_id": item.story_id,
        "schedule_id": item.schedule_id,
        "window_end": item.window_end,
    }
    result = await conn.execute(dialect_insert(conn, outbox).values(**values).on_conflict_do_nothing())
    return bool(result.rowcount)


def subscription_from_row(r: Any) -> AlertSubscription:
    """Rebuild an AlertSubscription from an alert_subscriptions row."""
    return AlertSubscription(
        id=r.id,
        user_id=r.user_id,
        guild_id=r.guild_id,
        channel_id=r.channel_id,
        query=r.query,
        where="here" if r.where == "here" else "dm",
        paused=bool(r.paused),
        created_at=r.created_at,
        disabled_reason=r.disabled_reason,
        dm_closed_notified=bool(r.dm_closed_notified),
        skipped_over_limit=r.skipped_over_limit,
    )


def schedule_from_row(r: Any) -> DigestSchedule:
    """Rebuild a DigestSchedule from a digest_schedules row."""
    freq: Frequency = "hourly" if r.frequency == "hourly" else "weekly" if r.frequency == "weekly" else "daily"
    return DigestSchedule(
        id=r.id,
        guild_id=r.guild_id,
        channel_id=r.channel_id,
        time=r.time,
        tz=r.tz,
        frequency=freq,
        weekday=r.weekday,
        created_by=r.created_by,
        enabled=bool(r.enabled),
        last_run_at=r.last_run_at,
        last_story_ids=tuple(r.last_story_ids or ()),
        disabled_reason=r.disabled_reason,
        created_at=r.created_at,
    )


def _row(r: Any) -> OutboxRow:
    return OutboxRow(
        id=r.id,
        kind=r.kind,
        target_type=r.target_type,
        target_id=r.target_id,
        payload=dict(r.payload or {}),
        nonce=r.nonce,
        attempts=r.attempts,
        attempt_id=r.attempt_id or "",
        created_at=r.created_at,
        mention_user_id=r.mention_user_id,
        guild_id=r.guild_id,
        user_id=r.user_id,
        subscription_id=r.subscription_id,
        story_id=r.story_id,
        schedule_id=r.schedule_id,
        message_ids=tuple(r.message_ids or ()),
        last_error=r.last_error,
    )


async def _owe_digest_stories(conn: AsyncConnection, row_id: int) -> None:
    """A digest that was never posted: its stories are owed to its channel (its next digest carries them)."""
    c = outbox.c
    found = (await conn.execute(sa.select(c.kind, c.target_id, c.payload).where(c.id == row_id))).first()
    if found is None or found.kind != "digest":
        return
    known = sa.select(digest_channels.c.channel_id).where(digest_channels.c.channel_id == found.target_id)
    if (await conn.execute(known)).first() is None:
        return  # a forgotten channel (its guild removed the bot while this digest was in flight): nothing to owe
    items = ((found.payload or {}).get("digest") or {}).get("items") or []
    owed = [{"channel_id": found.target_id, "story_id": str(i["story_id"])} for i in items if i.get("story_id")]
    if owed:
        await conn.execute(dialect_insert(conn, digest_owed).values(owed).on_conflict_do_nothing())


async def forget_channels(conn: AsyncConnection, channel_ids: sa.Select[Any] | sa.CompoundSelect[Any]) -> None:
    """Drop the owed stories and digest state of channels that are gone (deleted, or their guild removed the bot)."""
    ids = [int(c) for c in (await conn.execute(channel_ids)).scalars()]
    if ids:
        await conn.execute(sa.delete(digest_owed).where(digest_owed.c.channel_id.in_(ids)))
        await conn.execute(sa.delete(digest_channels).where(digest_channels.c.channel_id.in_(ids)))


class _AlertTx:
    """bot.core.alerting.AlertTx over one open connection/transaction."""

    def __init__(self, conn: AsyncConnection, marker: AlertsDoneMarker | None, now: datetime) -> None:
        self._conn = conn
        self._marker = marker
        self._now = now

    async def active_subscriptions(self) -> list[AlertSubscription]:
        c = alert_subscriptions.c
        stmt = sa.select(alert_subscriptions).where(c.paused.is_(False), c.disabled_reason.is_(None)).order_by(c.id)
        return [subscription_from_row(r) for r in await self._conn.execute(stmt)]

    async def alerts_since(self, since: datetime) -> dict[int, int]:
        c = outbox.c
        stmt = (
            sa.select(c.user_id, sa.func.count())
            .where(c.kind == "alert", c.created_at >= since, c.user_id.is_not(None))
            .group_by(c.user_id)
        )
        return {int(u): int(n) for u, n in await self._conn.execute(stmt)}

    async def enqueue(self, item: OutboxItem) -> bool:
        return await insert_outbox(self._conn, item, self._now)

    async def mark_stories_done(self, story_ids: Sequence[str]) -> None:
        if self._marker is not None:
            await self._marker.mark_alerts_done(self._conn, list(story_ids))
        elif story_ids:
            # No StoryStore wired in (tools/tests): the same UPDATE P2's mark_alerts_done performs.
            stories = sa.table("stories", sa.column("id"), sa.column("alerts_done"))
            await self._conn.execute(
                sa.update(stories).where(stories.c.id.in_(list(story_ids))).values(alerts_done=True)
            )

    async def add_skipped(self, counts: Mapping[int, int]) -> None:
        c = alert_subscriptions.c
        for sub_id, n in counts.items():
            await self._conn.execute(
                sa.update(alert_subscriptions).where(c.id == sub_id).values(skipped_over_limit=c.skipped_over_limit + n)
            )


class OutboxStore:
    """Outbox persistence: implements bot.core.delivery.DeliveryRepo and bot.core.alerting.AlertRepo."""

    def __init__(self, engine: AsyncEngine, *, stories: AlertsDoneMarker | None = None) -> None:
        self.engine = engine
        self._marker = stories

    @asynccontextmanager
    async def alert_transaction(self, now: datetime) -> AsyncIterator[_AlertTx]:
        """One transaction for the alert dispatcher (commit on exit, roll back on error); rows stamped `now`."""
        async with self.engine.begin() as conn:
            yield _AlertTx(conn, self._marker, now)

    async def enqueue(self, item: OutboxItem, *, now: datetime) -> bool:
        """Enqueue one message on its own (e.g. a notice); False when its unique key exists."""
        async with self.engine.begin() as conn:
            return await insert_outbox(conn, item, now)

    async def claim_due(self, now: datetime, *, limit: int, attempt_id: str, lease_s: float) -> list[OutboxRow]:
        c = outbox.c
        due = sa.or_(
            sa.and_(c.status == "pending", c.next_attempt_at <= now),
            sa.and_(c.status == "sending", c.claimed_at <= now - timedelta(seconds=lease_s)),
        )
        async with self.engine.begin() as conn:
            pick = sa.select(c.id).where(due).order_by(c.next_attempt_at, c.id).limit(limit)
            ids = [r[0] for r in await conn.execute(pick.with_for_update(skip_locked=True))]
            if not ids:
                return []
            await conn.execute(
                sa.update(outbox)
                .where(c.id.in_(ids), due)
                .values(status="sending", attempt_id=attempt_id, claimed_at=now, attempts=c.attempts + 1)
            )
            rows = await conn.execute(sa.select(outbox).where(c.attempt_id == attempt_id).order_by(c.id))
            return [_row(r) for r in rows]

    async def release_claimed(
        self, row_ids: Sequence[int], attempt_id: str, *, next_attempt_at: datetime | None = None
    ) -> int:
        c = outbox.c
        values: dict[str, Any] = {"status": "pending", "attempt_id": None, "attempts": c.attempts - 1}
        if next_attempt_at is not None:
            values["next_attempt_at"] = next_attempt_at
        async with self.engine.begin() as conn:
            result = await conn.execute(
                sa.update(outbox)
                .where(c.id.in_(list(row_ids)), c.attempt_id == attempt_id, c.status == "sending")
                .values(**values)
            )
            return int(result.rowcount)

    async def release_sending(self) -> int:
        async with self.engine.begin() as conn:
            result = await conn.execute(
                sa.update(outbox).where(outbox.c.status == "sending").values(status="pending", attempt_id=None)
            )
            return int(result.rowcount)

    async def mark_sent(self, row_id: int, attempt_id: str, *, now: datetime, message_ids: Sequence[int]) -> bool:
        async with self.engine.begin() as conn:
            result = await conn.execute(
                sa.update(outbox)
                .where(outbox.c.id == row_id, outbox.c.attempt_id == attempt_id, outbox.c.status == "sending")
                .values(status="sent", sent_at=now, message_ids=[int(m) for m in message_ids], last_error=None)
            )
            return bool(result.rowcount)

    async def mark_retry(self, row_id: int, attempt_id: str, *, next_attempt_at: datetime, error: str) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                sa.update(outbox)
                .where(outbox.c.id == row_id, outbox.c.attempt_id == attempt_id)
                .values(status="pending", next_attempt_at=next_attempt_at, last_error=error[:500])
            )

    async def row_source(self, row: OutboxRow) -> RowSource:
        async with self.engine.connect() as conn:
            schedule = subscription = guild = None
            if row.kind == "digest":
                s = digest_schedules.c
                where = s.id == row.schedule_id if row.schedule_id is not None else s.channel_id == row.target_id
                found = (await conn.execute(sa.select(digest_schedules).where(where))).first()
                schedule = schedule_from_row(found) if found else None
            if row.subscription_id is not None:
                stmt = sa.select(alert_subscriptions).where(alert_subscriptions.c.id == row.subscription_id)
                found = (await conn.execute(stmt)).first()
                subscription = subscription_from_row(found) if found else None
            if row.guild_id is not None:
                g = (
                    await conn.execute(sa.select(guild_settings).where(guild_settings.c.guild_id == row.guild_id))
                ).first()
                guild = GuildNoticeTargets(row.guild_id, g.notice_channel_id, g.system_channel_id) if g else None
            return RowSource(schedule=schedule, subscription=subscription, guild=guild)

    async def recorded_message_ids(self, target_id: int, *, sent_since: datetime, except_row: int) -> set[int]:
        """Message ids other rows to `target_id`, sent from `sent_since` on, recorded as their posts."""
        c = outbox.c
        stmt = sa.select(c.message_ids).where(
            c.target_id == target_id, c.status == "sent", c.sent_at >= sent_since, c.id != except_row
        )
        async with self.engine.connect() as conn:
            return {int(i) for ids in (await conn.execute(stmt)).scalars() for i in ids or ()}

    async def give_up(
        self,
        row_id: int,
        attempt_id: str,
        *,
        status: Literal["failed", "dead"],
        error: str,
        disable: Disable | None = None,
        dm_closed: bool = False,
        notice: OutboxItem | None = None,
        forget_channel: bool = False,
        now: datetime,
    ) -> None:
        async with self.engine.begin() as conn:
            if forget_channel:
                await forget_channels(conn, sa.select(outbox.c.target_id).where(outbox.c.id == row_id))
            marked = await conn.execute(
                sa.update(outbox)
                .where(outbox.c.id == row_id, outbox.c.attempt_id == attempt_id)
                .values(status=status, last_error=error[:500])
            )
            if status == "failed" and marked.rowcount:
                await _owe_digest_stories(conn, row_id)
            if disable is not None and disable[0] == "schedule":
                await conn.execute(
                    sa.update(digest_schedules)
                    .where(digest_schedules.c.id == disable[1])
                    .values(enabled=False, disabled_reason=error[:500])
                )
            elif disable is not None:
                values: dict[str, Any] = {"paused": True, "dm_closed_notified": True} if dm_closed else {}
                if not dm_closed:
                    values["disabled_reason"] = error[:500]
                await conn.execute(
                    sa.update(alert_subscriptions).where(alert_subscriptions.c.id == disable[1]).values(**values)
                )
            if notice is not None:
                await insert_outbox(conn, notice, now)

    async def prune(self, before: datetime, *, batch: int = PRUNE_BATCH) -> dict[str, int]:
        """Delete finished rows (sent, failed, dead) created before `before`; returns rows deleted per kind.

        Safe for the once-only keys: alerted stories are already `alerts_done` and digest slots are guarded by the
        schedule's last_run_at. Kept: unfinished rows (pending, sending), and a failed digest that still sets its
        channel's digest state (DigestService.shown reads it). Deletes in batches so SQLite's write lock is held
        briefly (pollers commit between batches).
        """
        c = outbox.c
        dc = digest_channels.c
        sets_channel_state = sa.exists().where(dc.channel_id == c.target_id, dc.last_window_end == c.window_end)
        prunable = sa.and_(
            c.status.in_(FINISHED_STATUSES),
            c.created_at < before,
            sa.not_(sa.and_(c.kind == "digest", c.status == "failed", sets_channel_state)),
        )
        # correlate(None): the id list is its own query over outbox, not tied to the DELETE's row
        pick = sa.select(c.id).where(prunable).order_by(c.id).limit(batch).correlate(None).scalar_subquery()
        counts: Counter[str] = Counter()
        while True:
            async with self.engine.begin() as conn:
                kinds = (await conn.execute(sa.delete(outbox).where(c.id.in_(pick)).returning(c.kind))).scalars()
                deleted = Counter(str(k) for k in kinds)
            counts.update(deleted)
            if deleted.total() < batch:
                return dict(counts)

    async def failed_digest(self, channel_id: int, window_end: datetime) -> OutboxRow | None:
        """The digest for `channel_id` ending at `window_end` if it failed (not posted), else None (indexed)."""
        c = outbox.c
        stmt = (
            sa.select(outbox)
            .where(c.target_id == channel_id, c.window_end == window_end, c.kind == "digest", c.status == "failed")
            .order_by(c.id.desc())
            .limit(1)
        )
        async with self.engine.connect() as conn:
            r = (await conn.execute(stmt)).first()
        return None if r is None else _row(r)

    async def outbox_rows(self, *, kind: str | None = None, status: str | None = None) -> list[OutboxRow]:
        """Rows for inspection (tests, CLI status): every field but the lease."""
        stmt = sa.select(outbox).order_by(outbox.c.id)
        if kind:
            stmt = stmt.where(outbox.c.kind == kind)
        if status:
            stmt = stmt.where(outbox.c.status == status)
        async with self.engine.connect() as conn:
            return [_row(r) for r in await conn.execute(stmt)]

    async def outbox_status(self, row_id: int) -> tuple[str, int, datetime, str | None] | None:
        """(status, attempts, next_attempt_at, last_error) of one row."""
        c = outbox.c
        async with self.engine.connect() as conn:
            r = (
                await conn.execute(
                    sa.select(c.status, c.attempts, c.next_attempt_at, c.last_error).where(c.id == row_id)
                )
            ).first()
        return None if r is None else (r[0], r[1], r[2], r[3])
