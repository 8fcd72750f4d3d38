"""APScheduler 3.x wiring: one job per feed at its interval (jittered), extra jobs from the Discord layer, and
housekeeping (pruning old delivery records, bot.core.housekeeping).

Our tables are the source of truth: a feed job first reads the feed's stored state, and when the database says
the next attempt is later (backoff after failures, a feed's ttl), the job is moved there instead of polling.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from bot.core.housekeeping import Housekeeping
from bot.core.polling import Poller, PollReport
from bot.core.ports import Clock, SystemClock
from bot.models import FeedSpec
from bot.store.stories import StoryStore

log = logging.getLogger(__name__)

ReportHook = Callable[[PollReport], Awaitable[None]]
# Spread the first polls of many feeds over this long at start, so they don't all fire in the same second.
_START_SPREAD_S = 10.0
HOUSEKEEPING_JOB_ID = "housekeeping"
HOUSEKEEPING_INTERVAL_S = 6 * 3600.0
HOUSEKEEPING_START_DELAY_S = 120.0


@dataclass(frozen=True, slots=True)
class ExtraJob:
    """A periodic coroutine (digest tick, outbox worker, alert dispatch) run by the same scheduler."""

    id: str
    func: Callable[[], Awaitable[object]]
    interval_s: float
    jitter_s: float = 0.0
    run_at_start: bool = True  # else the first run is one interval after start
    start_delay_s: float = 0.0  # with run_at_start: how long after start (out of the first polls' way)


def feed_job_id(name: str) -> str:
    """The scheduler job id of a feed."""
    return f"feed:{name}"


def build_scheduler(
    poller: Poller,
    specs: Sequence[FeedSpec],
    *,
    store: StoryStore,
    extra_jobs: Sequence[ExtraJob] = (),
    on_report: ReportHook | None = None,
    clock: Clock | None = None,
    housekeeping: Housekeeping | None = None,
) -> AsyncIOScheduler:
    """An AsyncIOScheduler (not started) with a job per feed, the extra jobs and, when given, the housekeeping job;
    start it inside the event loop."""
    clock = clock or SystemClock()
    scheduler = AsyncIOScheduler(timezone=UTC)
    now = clock.now()
    for spec in specs:
        job_id = feed_job_id(spec.name)
        scheduler.add_job(
            _feed_job(scheduler, poller, store, spec, job_id, on_report, clock),
            trigger=IntervalTrigger(seconds=spec.interval_s, jitter=min(spec.interval_s * 0.1, 60.0), timezone=UTC),
            id=job_id,
            name=f"poll {spec.name}",
            max_instances=1,
            coalesce=True,
            misfire_grace_time=max(1, int(spec.interval_s / 2)),
            next_run_time=now + timedelta(seconds=random.uniform(0, min(_START_SPREAD_S, spec.interval_s))),
        )
    jobs = list(extra_jobs)
    if housekeeping is not None and housekeeping.enabled:
        jobs.append(housekeeping_job(housekeeping))
    elif housekeeping is not None:
        log.info("outbox retention is 0: finished delivery records are kept forever")
    for job in jobs:
        # APScheduler adds a job whose next_run_time is None as PAUSED: a later first run is a time, not None
        first = job.start_delay_s if job.run_at_start else job.interval_s
        scheduler.add_job(
            job.func,
            trigger=IntervalTrigger(seconds=job.interval_s, jitter=job.jitter_s or None, timezone=UTC),
            id=job.id,
            name=job.id,
            max_instances=1,
            coalesce=True,
            misfire_grace_time=max(1, int(job.interval_s / 2)),
            next_run_time=now + timedelta(seconds=first),
        )
    return scheduler


def housekeeping_job(housekeeping: Housekeeping, *, interval_s: float = HOUSEKEEPING_INTERVAL_S) -> ExtraJob:
    """The periodic prune: soon after start (a bot restarted often still prunes), then every `interval_s`."""
    return ExtraJob(
        HOUSEKEEPING_JOB_ID,
        housekeeping.run_once,
        interval_s,
        jitter_s=60.0,
        start_delay_s=HOUSEKEEPING_START_DELAY_S,
    )


def _feed_job(
    scheduler: AsyncIOScheduler,
    poller: Poller,
    store: StoryStore,
    spec: FeedSpec,
    job_id: str,
    on_report: ReportHook | None,
    clock: Clock,
) -> Callable[[], Awaitable[None]]:
    async def run() -> None:
        state = await store.feed_state(spec)
        now = clock.now()
        if state.dead:
            log.warning("feed %s is dead (%s); not polling", spec.name, state.last_error)
            scheduler.pause_job(job_id)
            return
        if state.next_attempt is not None and state.next_attempt > now + timedelta(seconds=1):
            _reschedule(scheduler, job_id, state.next_attempt)
            return
        report = await poller.poll_feed(spec)
        after = await store.feed_state(spec)
        if after.next_attempt is not None and after.next_attempt > now + timedelta(seconds=spec.interval_s * 1.5):
            _reschedule(scheduler, job_id, after.next_attempt)  # backoff or ttl pushed the next poll out
        if on_report is not None:
            try:
                await on_report(report)
            except Exception:  # a broken printer or notifier must not kill the feed's job
                log.exception("report hook failed for feed %s", spec.name)

    run.__name__ = f"poll_{spec.name}"
    return run


def _reschedule(scheduler: AsyncIOScheduler, job_id: str, when: datetime) -> None:
    job = scheduler.get_job(job_id)
    if job is not None:
        job.modify(next_run_time=when)
        log.info("%s: next poll at %s", job_id, when.isoformat(timespec="seconds"))
