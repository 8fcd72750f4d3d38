"""build_scheduler registers the housekeeping job (one instance, coalesced, soon after start, every 6 hours) and the
job prunes the real store; extra jobs that do not run at start are scheduled, never added paused."""

from __future__ import annotations

from datetime import timedelta

from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.fetch import FeedFetcher, make_client
from bot.core.housekeeping import Housekeeping
from bot.core.outbox import OutboxItem
from bot.core.polling import Poller
from bot.scheduling import (
    HOUSEKEEPING_INTERVAL_S,
    HOUSEKEEPING_JOB_ID,
    HOUSEKEEPING_START_DELAY_S,
    ExtraJob,
    build_scheduler,
)
from bot.store.discord_repo import DiscordRepo
from bot.store.stories import StoryStore
from summariser import DEFAULT_TOPIC
from tests.bot.core.fakes_d1 import T0, FixedClock


async def _nothing() -> None:
    return None


async def test_the_scheduler_registers_housekeeping_and_its_job_prunes(engine: AsyncEngine) -> None:
    clock = FixedClock(T0)
    repo = DiscordRepo(engine)
    for text, age in (("old", timedelta(days=45)), ("new", timedelta(days=1))):
        assert await repo.enqueue(OutboxItem("notice", "channel", 9, {"text": text}), now=T0 - age)
    [old, new] = await repo.claim_due(T0, limit=10, attempt_id="a", lease_s=60)
    for row in (old, new):
        assert await repo.mark_sent(row.id, "a", now=T0, message_ids=[row.id])

    async with make_client() as client:
        poller = Poller(FeedFetcher(client), StoryStore(engine), clock=clock, topic=DEFAULT_TOPIC)
        housekeeping = Housekeeping(repo, clock, retention_days=30)
        scheduler = build_scheduler(poller, [], store=StoryStore(engine), housekeeping=housekeeping, clock=clock)
        job = scheduler.get_job(HOUSEKEEPING_JOB_ID)
        assert job is not None and job.max_instances == 1 and job.coalesce
        assert isinstance(job.trigger, IntervalTrigger)
        assert job.trigger.interval == timedelta(seconds=HOUSEKEEPING_INTERVAL_S)
        assert job.next_run_time == T0 + timedelta(seconds=HOUSEKEEPING_START_DELAY_S)  # soon after start

        report = await job.func()
    assert report.total == 1
    assert [r.payload["text"] for r in await repo.outbox_rows()] == ["new"]


async def test_no_housekeeping_job_unless_given_with_a_retention(engine: AsyncEngine) -> None:
    keep_forever = Housekeeping(DiscordRepo(engine), FixedClock(), retention_days=0)
    async with make_client() as client:
        poller = Poller(FeedFetcher(client), StoryStore(engine), clock=FixedClock(), topic=DEFAULT_TOPIC)
        for housekeeping in (None, keep_forever):
            scheduler = build_scheduler(poller, [], store=StoryStore(engine), housekeeping=housekeeping)
            assert scheduler.get_job(HOUSEKEEPING_JOB_ID) is None


async def test_a_job_not_run_at_start_first_runs_one_interval_later(engine: AsyncEngine) -> None:
    # Was: next_run_time=None, which APScheduler takes as "add paused" — such a job (console digest, console
    # status) never ran at all.
    clock = FixedClock(T0)
    async with make_client() as client:
        poller = Poller(FeedFetcher(client), StoryStore(engine), clock=clock, topic=DEFAULT_TOPIC)
        jobs = [ExtraJob("later", _nothing, 300.0, run_at_start=False), ExtraJob("now", _nothing, 60.0)]
        scheduler = build_scheduler(poller, [], store=StoryStore(engine), extra_jobs=jobs, clock=clock)
    assert scheduler.get_job("later").next_run_time == T0 + timedelta(seconds=300)
    assert scheduler.get_job("now").next_run_time == T0
