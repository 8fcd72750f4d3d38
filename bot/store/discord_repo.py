"""DiscordRepo: all SQL for the Discord-facing services (async SQLAlchemy 2 Core), one object for all their ports.

Implements bot.core.digest_service.DigestRepo, bot.core.alert_subscriptions.SubscriptionRepo,
bot.core.guild_feeds.GuildFeedRepo, and (through OutboxStore) bot.core.alerting.AlertRepo and
bot.core.delivery.DeliveryRepo; plus guild notice settings and the `meta` key-value table (command-tree hash).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.core.alerting import AlertSubscription, Where
from bot.core.delivery import GuildNoticeTargets
from bot.core.digest_schedule import DigestSchedule, ScheduleSpec
from bot.core.digest_service import ChannelDigestState
from bot.core.guild_feeds import GuildFeed
from bot.core.outbox import OutboxItem
from bot.store.discord_tables import (
    alert_subscriptions,
    digest_channels,
    digest_owed,
    digest_schedules,
    guild_feeds,
    guild_settings,
    meta,
    outbox,
)
from bot.store.outbox_store import (
    OutboxStore,
    dialect_insert,
    forget_channels,
    insert_outbox,
    schedule_from_row,
    subscription_from_row,
)

COMMAND_TREE_HASH_KEY = "discord.command_tree_hash"


class _SlotTaken(Exception):
    """Raised inside record_digest's transaction to roll it back when the slot was already recorded."""


async def _guild_removed(conn: AsyncConnection, guild_id: int) -> bool:
    """Whether the guild removed the bot, read under a write lock on its row: a no-op UPDATE … RETURNING takes
    SQLite's write lock (and PostgreSQL's row lock) first, so forget_guild either committed before (seen here) or
    waits until this transaction has committed (and then drops what it wrote)."""
    g = guild_settings.c
    stmt = (
        sa.update(guild_settings).where(g.guild_id == guild_id).values(removed_at=g.removed_at).returning(g.removed_at)
    )
    removed = (await conn.execute(stmt)).first()
    return removed is not None and removed.removed_at is not None


class DiscordRepo(OutboxStore):
    """Storage for guild settings, digest schedules, alert subscriptions, guild feeds, the outbox and meta."""

    # ---- meta -----------------------------------------------------------------------------------------------------

    async def get_meta(self, key: str) -> str | None:
        """A value from the `meta` table (e.g. COMMAND_TREE_HASH_KEY), or None."""
        async with self.engine.connect() as conn:
            return (await conn.execute(sa.select(meta.c.value).where(meta.c.key == key))).scalar_one_or_none()

    async def set_meta(self, key: str, value: str) -> None:
        """Insert or replace a `meta` value."""
        async with self.engine.begin() as conn:
            stmt = dialect_insert(conn, meta).values(key=key, value=value)
            await conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": value}))

    # ---- guild settings -------------------------------------------------------------------------------------------

    async def upsert_guild(self, guild_id: int, *, system_channel_id: int | None, now: datetime) -> None:
        """Remember the guild's system channel (call on ready / guild join / guild update); the bot is in the guild,
        so it is no longer marked removed."""
        async with self.engine.begin() as conn:
            stmt = dialect_insert(conn, guild_settings).values(
                guild_id=guild_id, system_channel_id=system_channel_id, updated_at=now
            )
            update = {"system_channel_id": system_channel_id, "updated_at": now, "removed_at": None}
            await conn.execute(stmt.on_conflict_do_update(index_elements=["guild_id"], set_=update))

    async def set_notice_channel(self, guild_id: int, channel_id: int | None, *, now: datetime) -> None:
        """Where operational notices go in this guild (None: the system channel, else the configuring user)."""
        async with self.engine.begin() as conn:
            stmt = dialect_insert(conn, guild_settings).values(
                guild_id=guild_id, notice_channel_id=channel_id, updated_at=now
            )
            update = {"notice_channel_id": channel_id, "updated_at": now}
            await conn.execute(stmt.on_conflict_do_update(index_elements=["guild_id"], set_=update))

    async def guild_targets(self, guild_id: int) -> GuildNoticeTargets | None:
        """The guild's notice/system channels, when known."""
        async with self.engine.connect() as conn:
            r = (await conn.execute(sa.select(guild_settings).where(guild_settings.c.guild_id == guild_id))).first()
        return None if r is None else GuildNoticeTargets(guild_id, r.notice_channel_id, r.system_channel_id)

    # ---- digest schedules -----------------------------------------------------------------------------------------

    async def save_schedule(self, spec: ScheduleSpec, *, now: datetime) -> DigestSchedule:
        values = {
            "guild_id": spec.guild_id,
            "time": spec.time,
            "tz": spec.tz,
            "frequency": spec.frequency,
            "weekday": spec.weekday,
            "created_by": spec.created_by,
            "enabled": True,
            "disabled_reason": None,
            "last_run_at": now,  # slots before now never fire for a new or changed schedule
        }
        c = digest_schedules.c
        async with self.engine.begin() as conn:
            stmt = dialect_insert(conn, digest_schedules).values(
                channel_id=spec.channel_id, created_at=now, last_story_ids=[], **values
            )
            await conn.execute(stmt.on_conflict_do_update(index_elements=["channel_id"], set_=values))
            row = (await conn.execute(sa.select(digest_schedules).where(c.channel_id == spec.channel_id))).one()
        return schedule_from_row(row)

    async def schedules(self, guild_id: int | None = None, *, enabled_only: bool = False) -> list[DigestSchedule]:
        c = digest_schedules.c
        stmt = sa.select(digest_schedules).order_by(c.id)
        if guild_id is not None:
            stmt = stmt.where(c.guild_id == guild_id)
        if enabled_only:
            stmt = stmt.where(c.enabled.is_(True))
        async with self.engine.connect() as conn:
            return [schedule_from_row(r) for r in await conn.execute(stmt)]

    async def disable_schedules(self, guild_id: int, channel_id: int | None, reason: str) -> int:
        c = digest_schedules.c
        where = [c.guild_id == guild_id, c.enabled.is_(True)]
        if channel_id is not None:
            where.append(c.channel_id == channel_id)
        async with self.engine.begin() as conn:
            result = await conn.execute(
                sa.update(digest_schedules).where(*where).values(enabled=False, disabled_reason=reason)
            )
            return int(result.rowcount)

    async def forget_guild(self, guild_id: int, reason: str, *, now: datetime) -> int:
        """The guild removed the bot: its schedules off, its channels' owed stories and digest state dropped, its
        pending channel posts dropped, its "here" alerts off (reason = `reason`), and the guild marked removed so a
        digest built meanwhile is not recorded (record_digest); returns how many schedules were on."""
        s = digest_schedules.c
        a = alert_subscriptions.c
        o = outbox.c
        async with self.engine.begin() as conn:
            # first: the guild's row is the lock a concurrent record_digest takes before it writes (see there)
            mark = dialect_insert(conn, guild_settings).values(guild_id=guild_id, updated_at=now, removed_at=now)
            await conn.execute(
                mark.on_conflict_do_update(index_elements=["guild_id"], set_={"removed_at": now, "updated_at": now})
            )
            turned_off = await conn.execute(
                sa.update(digest_schedules)
                .where(s.guild_id == guild_id, s.enabled.is_(True))
                .values(enabled=False, disabled_reason=reason)
            )
            channels = sa.union(
                sa.select(digest_channels.c.channel_id).where(digest_channels.c.guild_id == guild_id),
                sa.select(s.channel_id).where(s.guild_id == guild_id),
            )
            await forget_channels(conn, channels)
            await conn.execute(
                sa.update(outbox)
                .where(o.guild_id == guild_id, o.target_type == "channel", o.status == "pending")
                .values(status="dead", last_error=reason[:500])
            )
            await conn.execute(
                sa.update(alert_subscriptions)
                .where(a.guild_id == guild_id, a.where == "here", a.disabled_reason.is_(None))
                .values(disabled_reason=reason[:500])
            )
        return int(turned_off.rowcount)

    async def channel_state(self, channel_id: int) -> ChannelDigestState | None:
        async with self.engine.connect() as conn:
            stmt = sa.select(digest_channels).where(digest_channels.c.channel_id == channel_id)
            r = (await conn.execute(stmt)).first()
        if r is None:
            return None
        return ChannelDigestState(channel_id, r.last_window_end, frozenset(r.last_story_ids or ()))

    async def owed_stories(self, channel_id: int) -> frozenset[str]:
        """Ids of the stories of the channel's digests that were never posted, not yet carried by a later one."""
        stmt = sa.select(digest_owed.c.story_id).where(digest_owed.c.channel_id == channel_id)
        async with self.engine.connect() as conn:
            return frozenset((await conn.execute(stmt)).scalars())

    async def record_digest(
        self,
        *,
        guild_id: int,
        channel_id: int,
        window_end: datetime,
        story_ids: Sequence[str],
        item: OutboxItem | None,
        schedule_id: int | None = None,
        advance_channel: bool = True,
        carried: Sequence[str] = (),
    ) -> bool:
        ids = list(story_ids)
        if item is not None and item.window_end is None:
            # every digest row names the window end it set (failed_digest looks it up by channel and window end)
            item = replace(item, window_end=window_end)
        try:
            async with self.engine.begin() as conn:
                if await _guild_removed(conn, guild_id):
                    raise _SlotTaken
                if schedule_id is not None:
                    c = digest_schedules.c
                    values: dict[str, object] = {"last_run_at": window_end}
                    if advance_channel:
                        values["last_story_ids"] = ids
                    # a schedule turned off since due() read it (/digest off, the guild removed the bot) has no slot
                    # to claim: its digest would come after "off", re-creating a forgotten channel's state
                    claimed = await conn.execute(
                        sa.update(digest_schedules)
                        .where(
                            c.id == schedule_id,
                            c.enabled.is_(True),
                            sa.or_(c.last_run_at.is_(None), c.last_run_at < window_end),
                        )
                        .values(**values)
                    )
                    if not claimed.rowcount:
                        raise _SlotTaken
                if item is not None and not await insert_outbox(conn, item, window_end):
                    raise _SlotTaken
                if advance_channel:
                    stmt = dialect_insert(conn, digest_channels).values(
                        channel_id=channel_id, guild_id=guild_id, last_window_end=window_end, last_story_ids=ids
                    )
                    update = {"last_window_end": window_end, "last_story_ids": ids}
                    await conn.execute(stmt.on_conflict_do_update(index_elements=["channel_id"], set_=update))
                if carried:  # owed stories this digest took up: a failure of its own owes them again
                    o = digest_owed.c
                    await conn.execute(
                        sa.delete(digest_owed).where(o.channel_id == channel_id, o.story_id.in_(list(carried)))
                    )
        except _SlotTaken:
            return False
        return True

    # ---- alert subscriptions --------------------------------------------------------------------------------------

    async def add_subscription(
        self, *, user_id: int, guild_id: int | None, channel_id: int | None, query: str, where: Where, now: datetime
    ) -> AlertSubscription:
        values = {
            "user_id": user_id,
            "guild_id": guild_id,
            "channel_id": channel_id,
            "query": query,
            "where": where,
            "paused": False,
            "created_at": now,
            "dm_closed_notified": False,
            "skipped_over_limit": 0,
        }
        async with self.engine.begin() as conn:
            result = await conn.execute(sa.insert(alert_subscriptions).values(**values))
            new_id = result.inserted_primary_key[0] if result.inserted_primary_key else None
            r = (await conn.execute(sa.select(alert_subscriptions).where(alert_subscriptions.c.id == new_id))).one()
        return subscription_from_row(r)

    async def subscriptions(self, user_id: int) -> list[AlertSubscription]:
        c = alert_subscriptions.c
        async with self.engine.connect() as conn:
            rows = await conn.execute(sa.select(alert_subscriptions).where(c.user_id == user_id).order_by(c.id))
            return [subscription_from_row(r) for r in rows]

    async def remove_subscription(self, user_id: int, subscription_id: int) -> bool:
        c = alert_subscriptions.c
        async with self.engine.begin() as conn:
            result = await conn.execute(
                sa.delete(alert_subscriptions).where(c.id == subscription_id, c.user_id == user_id)
            )
            if result.rowcount:
                # alerts already queued for a removed subscription are dropped, not delivered
                await conn.execute(
                    sa.update(outbox)
                    .where(outbox.c.subscription_id == subscription_id, outbox.c.status == "pending")
                    .values(status="dead", last_error="subscription removed")
                )
            return bool(result.rowcount)

    async def set_paused(self, user_id: int, subscription_id: int | None, paused: bool) -> int:
        c = alert_subscriptions.c
        where = [c.user_id == user_id]
        if subscription_id is not None:
            where.append(c.id == subscription_id)
        values: dict[str, object] = {"paused": paused}
        if not paused:
            values["dm_closed_notified"] = False  # resumed: a new DM failure is worth telling again
        async with self.engine.begin() as conn:
            result = await conn.execute(sa.update(alert_subscriptions).where(*where).values(**values))
            return int(result.rowcount)

    # ---- guild feeds ----------------------------------------------------------------------------------------------

    async def add_guild_feed(
        self, *, guild_id: int, name: str, url: str, added_by: int, now: datetime
    ) -> GuildFeed | None:
        values = {"guild_id": guild_id, "name": name, "url": url, "added_by": added_by, "created_at": now}
        try:
            async with self.engine.begin() as conn:
                result = await conn.execute(sa.insert(guild_feeds).values(**values))
                new_id = result.inserted_primary_key[0] if result.inserted_primary_key else 0
        except IntegrityError:
            return None
        return GuildFeed(int(new_id), guild_id, name, url, added_by, now)

    async def guild_feeds(self, guild_id: int | None = None) -> list[GuildFeed]:
        c = guild_feeds.c
        stmt = sa.select(guild_feeds).order_by(c.guild_id, c.name)
        if guild_id is not None:
            stmt = stmt.where(c.guild_id == guild_id)
        async with self.engine.connect() as conn:
            return [
                GuildFeed(r.id, r.guild_id, r.name, r.url, r.added_by, r.created_at) for r in await conn.execute(stmt)
            ]

    async def remove_guild_feed(self, guild_id: int, name: str) -> bool:
        c = guild_feeds.c
        async with self.engine.begin() as conn:
            result = await conn.execute(sa.delete(guild_feeds).where(c.guild_id == guild_id, c.name == name))
            return bool(result.rowcount)
