"""DiscordRepo on real SQLite and PostgreSQL: meta, guild settings, schedules, subscriptions, guild feeds,
outbox claims (concurrent claimers too)."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.digest_schedule import parse_schedule
from bot.core.outbox import OutboxItem
from bot.store.discord_repo import COMMAND_TREE_HASH_KEY, DiscordRepo
from bot.store.discord_tables import outbox
from tests.bot.core.fakes_d1 import T0


@pytest.fixture
def engine(any_engine: AsyncEngine) -> AsyncEngine:
    """Every test here runs on SQLite and, when GROKWATCH_TEST_POSTGRES_URL is set, on PostgreSQL too."""
    return any_engine


@pytest.fixture
def repo(engine: AsyncEngine) -> DiscordRepo:
    return DiscordRepo(engine)


async def test_meta_round_trip_and_replace(repo: DiscordRepo) -> None:
    assert await repo.get_meta(COMMAND_TREE_HASH_KEY) is None
    await repo.set_meta(COMMAND_TREE_HASH_KEY, "abc")
    await repo.set_meta(COMMAND_TREE_HASH_KEY, "def")
    assert await repo.get_meta(COMMAND_TREE_HASH_KEY) == "def"


async def test_guild_targets(repo: DiscordRepo) -> None:
    await repo.upsert_guild(1, system_channel_id=10, now=T0)
    await repo.set_notice_channel(1, 11, now=T0)
    await repo.upsert_guild(1, system_channel_id=12, now=T0)
    targets = await repo.guild_targets(1)
    assert targets is not None and (targets.notice_channel_id, targets.system_channel_id) == (11, 12)
    assert await repo.guild_targets(2) is None


async def test_one_schedule_per_channel_replaced_and_disabled(repo: DiscordRepo) -> None:
    spec = parse_schedule(guild_id=1, channel_id=100, time="08:00", created_by=7, tz="Europe/London")
    first = await repo.save_schedule(spec, now=T0)
    weekly = parse_schedule(guild_id=1, channel_id=100, time="09:30", created_by=8, frequency="weekly", weekday="fri")
    second = await repo.save_schedule(weekly, now=T0 + timedelta(hours=1))
    assert second.id == first.id
    assert (second.frequency, second.weekday, second.time, second.created_by) == ("weekly", 4, "09:30", 8)
    assert second.last_run_at == T0 + timedelta(hours=1)
    await repo.save_schedule(parse_schedule(guild_id=1, channel_id=101, time="07:00", created_by=7), now=T0)
    assert await repo.disable_schedules(1, 100, "off") == 1
    assert [s.channel_id for s in await repo.schedules(1, enabled_only=True)] == [101]
    off = next(s for s in await repo.schedules(1) if s.channel_id == 100)
    assert (off.enabled, off.disabled_reason) == (False, "off")
    assert await repo.disable_schedules(1, None, "all off") == 1


async def test_record_digest_once_per_slot(repo: DiscordRepo) -> None:
    s = await repo.save_schedule(parse_schedule(guild_id=1, channel_id=100, time="08:00", created_by=7), now=T0)
    slot = T0 + timedelta(days=1)
    item = OutboxItem("digest", "channel", 100, {"digest": {}}, guild_id=1, schedule_id=s.id, window_end=slot)
    kwargs = {"guild_id": 1, "channel_id": 100, "window_end": slot, "story_ids": ["a"], "schedule_id": s.id}
    assert await repo.record_digest(item=item, **kwargs)  # type: ignore[arg-type]
    assert not await repo.record_digest(item=item, **kwargs)  # type: ignore[arg-type]
    assert len(await repo.outbox_rows(kind="digest")) == 1
    state = await repo.channel_state(100)
    assert state is not None and state.last_story_ids == frozenset({"a"}) and state.last_window_end == slot


async def test_subscriptions_crud_is_per_user(repo: DiscordRepo) -> None:
    a = await repo.add_subscription(user_id=5, guild_id=1, channel_id=9, query="grok", where="dm", now=T0)
    b = await repo.add_subscription(user_id=5, guild_id=1, channel_id=9, query="ofcom", where="here", now=T0)
    await repo.add_subscription(user_id=6, guild_id=1, channel_id=9, query="xai", where="dm", now=T0)
    assert [s.query for s in await repo.subscriptions(5)] == ["grok", "ofcom"]
    assert not await repo.remove_subscription(6, a.id)  # not theirs
    assert await repo.set_paused(5, b.id, True) == 1
    assert [s.paused for s in await repo.subscriptions(5)] == [False, True]
    assert await repo.set_paused(5, None, False) == 2
    assert await repo.remove_subscription(5, a.id)
    assert [s.id for s in await repo.subscriptions(5)] == [b.id]


async def test_guild_feeds_unique_by_name_and_url(repo: DiscordRepo) -> None:
    f = await repo.add_guild_feed(guild_id=1, name="Wire", url="https://a.example/rss", added_by=3, now=T0)
    assert f is not None and f.name == "Wire"
    assert await repo.add_guild_feed(guild_id=1, name="Wire", url="https://b.example/rss", added_by=3, now=T0) is None
    assert await repo.add_guild_feed(guild_id=1, name="Other", url="https://a.example/rss", added_by=3, now=T0) is None
    assert await repo.add_guild_feed(guild_id=2, name="Wire", url="https://a.example/rss", added_by=3, now=T0)
    assert [x.guild_id for x in await repo.guild_feeds()] == [1, 2]
    assert await repo.remove_guild_feed(1, "Wire")
    assert not await repo.remove_guild_feed(1, "Wire")


async def test_claim_leases_and_reclaims_with_the_same_nonce(repo: DiscordRepo) -> None:
    assert await repo.enqueue(OutboxItem("notice", "channel", 42, {"text": "hi"}), now=T0)
    first = await repo.claim_due(T0, limit=10, attempt_id="a1", lease_s=60)
    assert [r.attempt_id for r in first] == ["a1"]
    assert await repo.claim_due(T0 + timedelta(seconds=30), limit=10, attempt_id="a2", lease_s=60) == []
    again = await repo.claim_due(T0 + timedelta(seconds=61), limit=10, attempt_id="a3", lease_s=60)
    assert [(r.id, r.nonce, r.attempts) for r in again] == [(first[0].id, first[0].nonce, 2)]
    assert not await repo.mark_sent(first[0].id, "a1", now=T0, message_ids=[1])  # the stale attempt lost the row
    assert await repo.mark_sent(first[0].id, "a3", now=T0, message_ids=[1])
    assert await repo.claim_due(T0 + timedelta(hours=1), limit=10, attempt_id="a4", lease_s=60) == []


async def test_alert_rows_unique_per_subscription_and_story(repo: DiscordRepo) -> None:
    item = OutboxItem("alert", "user", 5, {"story": {}}, user_id=5, subscription_id=1, story_id="s1")
    assert await repo.enqueue(item, now=T0)
    assert not await repo.enqueue(item, now=T0)
    notice = OutboxItem("notice", "user", 5, {"text": "x"})
    assert await repo.enqueue(notice, now=T0) and await repo.enqueue(notice, now=T0)  # no key: never collides


async def test_prune_keeps_unfinished_rows(repo: DiscordRepo) -> None:
    for n in range(3):
        await repo.enqueue(OutboxItem("notice", "channel", 42, {"text": str(n)}), now=T0)
    [first, *_] = await repo.claim_due(T0, limit=1, attempt_id="a", lease_s=60)
    await repo.mark_sent(first.id, "a", now=T0, message_ids=[9])
    assert await repo.prune(T0 + timedelta(days=30)) == {"notice": 1}
    assert [r.payload["text"] for r in await repo.outbox_rows()] == ["1", "2"]


async def test_concurrent_claimers_never_share_a_row(repo: DiscordRepo) -> None:
    for n in range(12):
        await repo.enqueue(OutboxItem("notice", "channel", 42, {"text": str(n)}), now=T0)
    claims = await asyncio.gather(*(repo.claim_due(T0, limit=4, attempt_id=f"w{i}", lease_s=60) for i in range(3)))
    ids = [r.id for rows in claims for r in rows]
    assert ids and len(ids) == len(set(ids))
    owner = {r.id: r.attempt_id for r in await repo.outbox_rows()}
    assert all(owner[r.id] == f"w{i}" for i, rows in enumerate(claims) for r in rows)


@pytest.mark.parametrize("any_engine", ["postgresql"], indirect=True)  # row locks: SQLite serialises writers
async def test_claim_skips_rows_locked_by_another_claimer(engine: AsyncEngine, repo: DiscordRepo) -> None:
    for n in range(4):
        await repo.enqueue(OutboxItem("notice", "channel", 42, {"text": str(n)}), now=T0)
    async with engine.connect() as held:
        await held.begin()
        locked = (await held.execute(sa.select(outbox.c.id).order_by(outbox.c.id).limit(2).with_for_update())).all()
        # Must not wait for the held rows: the guard only turns a hang into a failure.
        claimed = await asyncio.wait_for(repo.claim_due(T0, limit=10, attempt_id="b", lease_s=60), timeout=30)
        await held.rollback()
    every = {r.id for r in await repo.outbox_rows()}
    assert len(locked) == 2 and sorted(r.id for r in claimed) == sorted(every - {r[0] for r in locked})
