"""Housekeeping against a real store (SQLite, and PostgreSQL when configured): old finished delivery records go,
new and unfinished ones stay, stories and their identity keys are never touched; one log line with the counts."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.alert_subscriptions import AlertService
from bot.core.alerting import AlertDispatcher
from bot.core.housekeeping import MIN_RETENTION_DAYS, Housekeeping
from bot.core.outbox import OutboxItem
from bot.store.discord_repo import DiscordRepo
from bot.store.discord_tables import outbox
from bot.store.pipeline_tables import stories, story_keys
from bot.store.stories import StoryStore
from tests.bot.core.fakes_d1 import T0, FixedClock, insert_stories, story
from tests.bot.store.test_guild_scope import LOCAL, LOCAL_FEED, commit, local_record
from tests.bot.store.test_stories import T0 as STORY_T0


@pytest.fixture
def engine(any_engine: AsyncEngine) -> AsyncEngine:
    return any_engine


async def _row(repo: DiscordRepo, item: OutboxItem, *, age: timedelta, status: str) -> None:
    assert await repo.enqueue(item, now=T0 - age)
    async with repo.engine.begin() as conn:
        newest = (await conn.execute(sa.select(sa.func.max(outbox.c.id)))).scalar_one()
        await conn.execute(sa.update(outbox).where(outbox.c.id == newest).values(status=status))


async def test_a_run_prunes_old_finished_rows_only(engine: AsyncEngine, caplog: pytest.LogCaptureFixture) -> None:
    repo = DiscordRepo(engine)
    await insert_stories(engine, [story("s1", "Ofcom fines X over Grok", first_seen=T0 - timedelta(days=90))])
    async with engine.begin() as conn:
        await conn.execute(sa.insert(story_keys).values(key="k" * 64, kind="guid", story_id="s1"))
    old, new = timedelta(days=31), timedelta(days=29)
    alert = OutboxItem("alert", "user", 5, {}, user_id=5, subscription_id=1, story_id="s1")
    await _row(repo, alert, age=old, status="sent")
    await _row(repo, OutboxItem("notice", "channel", 9, {"text": "old dead"}), age=old, status="dead")
    await _row(repo, OutboxItem("notice", "channel", 9, {"text": "old pending"}), age=old, status="pending")
    await _row(repo, OutboxItem("notice", "channel", 9, {"text": "old sending"}), age=old, status="sending")
    await _row(repo, OutboxItem("notice", "channel", 9, {"text": "new sent"}), age=new, status="sent")

    caplog.set_level(logging.INFO, logger="bot.core.housekeeping")
    report = await Housekeeping(repo, FixedClock(T0), retention_days=30).run_once()

    assert dict(report.outbox) == {"alert": 1, "notice": 1} and report.total == 2
    assert report.before == T0 - timedelta(days=30)
    left = sorted(r.payload.get("text", "") for r in await repo.outbox_rows())
    assert left == ["new sent", "old pending", "old sending"]
    async with engine.connect() as conn:  # the story and its identity key stay: it is new once, ever
        assert (await conn.execute(sa.select(sa.func.count()).select_from(stories))).scalar_one() == 1
        assert (await conn.execute(sa.select(story_keys.c.story_id))).scalars().all() == ["s1"]
    [line] = [r.getMessage() for r in caplog.records if r.name == "bot.core.housekeeping"]
    assert line.startswith("housekeeping: pruned 2 finished outbox rows created before 2026-10-21T09:00:00")
    assert line.endswith("(alert 1, notice 1)")


async def test_a_run_with_nothing_to_prune_says_so(engine: AsyncEngine, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="bot.core.housekeeping")
    report = await Housekeeping(DiscordRepo(engine), FixedClock(T0), retention_days=7).run_once()
    assert report.total == 0 and report.before == T0 - timedelta(days=7)
    assert [r.getMessage() for r in caplog.records if r.name == "bot.core.housekeeping"] == [
        "housekeeping: pruned 0 finished outbox rows created before 2026-11-13T09:00:00+00:00"
    ]


async def test_a_retention_of_zero_keeps_everything(engine: AsyncEngine) -> None:
    repo = DiscordRepo(engine)
    assert await repo.enqueue(OutboxItem("notice", "channel", 9, {"text": "ancient"}), now=T0 - timedelta(days=900))
    async with engine.begin() as conn:
        await conn.execute(sa.update(outbox).values(status="sent"))
    housekeeping = Housekeeping(repo, FixedClock(T0), retention_days=0)
    assert not housekeeping.enabled
    assert (await housekeeping.run_once()).total == 0
    assert [r.payload["text"] for r in await repo.outbox_rows()] == ["ancient"]


@pytest.mark.parametrize("days", [1, 2])
async def test_a_retention_shorter_than_the_alert_window_is_refused(engine: AsyncEngine, days: int) -> None:
    with pytest.raises(ValueError, match=r"0 \(keep forever\) or at least 3 days"):
        Housekeeping(DiscordRepo(engine), FixedClock(T0), retention_days=days)


async def test_pruning_at_the_shortest_retention_never_lets_a_widened_story_alert_twice(engine: AsyncEngine) -> None:
    # a guild-only story later carried by an operator feed goes back to alert matching (story_writes._widen); only
    # the alert row stops a second alert, so it must outlive the dispatcher's 48 h window (review v8)
    store = StoryStore(engine)
    repo = DiscordRepo(engine, stories=store)
    clock = FixedClock(STORY_T0 + timedelta(hours=2, minutes=10))  # the local story: first seen 5 minutes ago
    sub = await AlertService(repo, clock).add(user_id=5, query="harbour", where="dm", guild_id=LOCAL, channel_id=77)
    await commit(store, LOCAL_FEED, LOCAL, [local_record()])
    dispatcher = AlertDispatcher(repo, store, clock)  # type: ignore[arg-type]
    assert (await dispatcher.dispatch()).enqueued == 1
    [row] = await repo.claim_due(clock.now(), limit=10, attempt_id="a", lease_s=60)
    assert await repo.mark_sent(row.id, "a", now=clock.now(), message_ids=[1])

    clock.advance(days=MIN_RETENTION_DAYS, minutes=1)
    report = await Housekeeping(repo, clock, retention_days=MIN_RETENTION_DAYS).run_once()
    assert report.outbox.get("alert") == 1  # the sent alert row is gone, its story is past the alert window

    same = local_record()
    same = replace(same, story=replace(same.story, feed="wire", id="id-wire-copy"))
    assert await commit(store, "wire", None, [same]) == []  # a sighting of the stored story: it widens
    assert (await dispatcher.dispatch()).enqueued == 0
    assert [r for r in await repo.outbox_rows(kind="alert") if r.subscription_id == sub.id] == []
    with pytest.raises(ValueError):  # a shorter retention would have pruned the row inside the window
        Housekeeping(repo, clock, retention_days=MIN_RETENTION_DAYS - 1)
