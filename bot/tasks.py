"""TaskTracker: the background work a process starts, so shutdown can stop it in order.

Shutdown is: refuse new work, let running work finish for a grace period, cancel what is left and *await* it, and
only then close the database and HTTP clients. A task cancelled and awaited leaves its `async with engine.begin()`
block through the rollback path; a task abandoned to interpreter exit leaves a checked-out connection behind.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from apscheduler.schedulers.base import BaseScheduler

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class DrainReport:
    """How shutdown went: tasks that ended on their own, tasks cancelled after the grace period, tasks that
    ignored cancellation (a bug; named in the log)."""

    finished: int = 0
    cancelled: int = 0
    stuck: int = 0


class TaskTracker:
    """Tracks tasks we start (`spawn`) and tasks discord.py or APScheduler start for us (`adopt_current`)."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()
        self._cancelled: set[asyncio.Task[Any]] = set()
        self._closed = False

    @property
    def closed(self) -> bool:
        """True once `drain` began: no new work is accepted."""
        return self._closed

    def __len__(self) -> int:
        return len(self._tasks)

    def spawn(self, coro: Coroutine[Any, Any, T], *, name: str | None = None) -> asyncio.Task[T] | None:
        """Run `coro` as a tracked task; once closed the coroutine is discarded unstarted and None is returned."""
        if self._closed:
            coro.close()
            return None
        task = asyncio.create_task(coro, name=name)
        self._add(task)
        return task

    def adopt_current(self) -> bool:
        """Track the running task until it ends; False once closed (the caller should then skip its work)."""
        task = asyncio.current_task()
        if self._closed or task is None:
            return False
        self._add(task)
        return True

    def _add(self, task: asyncio.Task[Any]) -> None:
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def cancelled_by_drain(self, task: asyncio.Task[Any] | None) -> bool:
        """Whether `drain` cancelled this task (as opposed to someone else cancelling it)."""
        return task is not None and task in self._cancelled

    def wrap(self, func: Callable[[], Awaitable[T]], name: str) -> Callable[[], Coroutine[Any, Any, T | None]]:
        """`func` as a scheduler job: skipped once closed, tracked while it runs, quiet when drain cancels it."""

        async def job() -> T | None:
            if not self.adopt_current():
                return None
            try:
                return await func()
            except asyncio.CancelledError:
                # APScheduler logs a cancelled job as a crash with a traceback; a shutdown cancel is expected.
                if self.cancelled_by_drain(asyncio.current_task()):
                    log.info("job %s cancelled by shutdown", name)
                    return None
                raise

        job.__name__ = job.__qualname__ = name
        return job

    async def drain(self, grace_s: float, *, cancel_timeout_s: float = 10.0) -> DrainReport:
        """Close to new work, wait up to `grace_s` for running tasks, then cancel the rest and await them."""
        self._closed = True
        current = asyncio.current_task()
        running = {t for t in self._tasks if t is not current}  # close() may itself run inside a tracked task
        total = len(running)
        if running and grace_s > 0:
            _done, running = await asyncio.wait(running, timeout=grace_s)
        for task in running:
            self._cancelled.add(task)
            task.cancel()
        stuck: set[asyncio.Task[Any]] = set()
        if running:
            _done, stuck = await asyncio.wait(running, timeout=cancel_timeout_s)
        for task in stuck:
            log.warning("task %s did not stop within %.0fs of being cancelled", task.get_name(), cancel_timeout_s)
        return DrainReport(finished=total - len(running), cancelled=len(running) - len(stuck), stuck=len(stuck))


def track_jobs(scheduler: BaseScheduler, tracker: TaskTracker) -> None:
    """Make every job added so far run tracked by `tracker` (public `Job.modify`; works before `start()`)."""
    for job in scheduler.get_jobs():
        job.modify(func=tracker.wrap(job.func, job.id))


async def stop_tracked(tracker: TaskTracker, scheduler: BaseScheduler | None, *, grace_s: float) -> DrainReport:
    """Shut down in order: no new job runs, running work gets `grace_s`, the rest is cancelled and awaited, and
    only then the scheduler stops (so it has no job task left to cancel, which it would log as a crash)."""
    if scheduler is not None and scheduler.running:
        scheduler.pause()
    await asyncio.sleep(0)  # a job task created just before the pause starts now, and adopts itself or skips
    report = await tracker.drain(grace_s)
    if scheduler is not None and scheduler.running:
        scheduler.shutdown(wait=False)
    if report.cancelled or report.stuck:
        log.info(
            "shutdown: %d task(s) finished, %d cancelled, %d stuck", report.finished, report.cancelled, report.stuck
        )
    return report
