"""TaskTracker: shutdown refuses new work, waits for running work, then cancels and awaits the rest."""

from __future__ import annotations

import asyncio

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.tasks import DrainReport, TaskTracker


async def test_drain_waits_for_work_that_finishes_within_the_grace_period() -> None:
    tracker = TaskTracker()
    release = asyncio.Event()
    finished: list[str] = []

    async def work() -> None:
        await release.wait()
        finished.append("work")

    tracker.spawn(work(), name="work")
    asyncio.get_running_loop().call_soon(release.set)
    report = await tracker.drain(grace_s=30)
    assert report == DrainReport(finished=1, cancelled=0, stuck=0)
    assert finished == ["work"]
    assert len(tracker) == 0


async def test_drain_cancels_slow_work_and_awaits_its_cleanup() -> None:
    tracker = TaskTracker()
    cleaned: list[str] = []

    async def slow() -> None:
        try:
            await asyncio.Event().wait()
        finally:
            cleaned.append("slow")  # runs before drain returns: the task was awaited, not abandoned

    task = tracker.spawn(slow())
    await asyncio.sleep(0)
    report = await tracker.drain(grace_s=0.01)
    assert report == DrainReport(finished=0, cancelled=1, stuck=0)
    assert cleaned == ["slow"]
    assert task is not None and task.cancelled()


async def test_closed_tracker_refuses_new_work() -> None:
    tracker = TaskTracker()
    await tracker.drain(grace_s=0)
    ran: list[str] = []

    async def work() -> None:
        ran.append("work")

    coro = work()
    assert tracker.spawn(coro) is None
    assert coro.cr_frame is None  # closed unstarted: no "never awaited" warning
    assert await tracker.wrap(work, "job")() is None
    assert tracker.closed and ran == []


async def test_adopted_task_is_waited_for() -> None:
    tracker = TaskTracker()
    done: list[str] = []

    async def handler() -> None:  # like a discord.py event task: created by someone else, adopts itself
        if tracker.adopt_current():
            await asyncio.sleep(0.01)
            done.append("handler")

    started = asyncio.create_task(handler())
    await asyncio.sleep(0)
    await tracker.drain(grace_s=30)
    assert done == ["handler"]
    assert started.done()


async def test_wrapped_job_ends_quietly_when_drain_cancels_it() -> None:
    tracker = TaskTracker()

    async def forever() -> str:
        await asyncio.Event().wait()
        return "never"

    job = asyncio.create_task(tracker.wrap(forever, "outbox")())
    await asyncio.sleep(0)
    report = await tracker.drain(grace_s=0.01)
    assert report.cancelled == 1
    # the scheduler sees a normal return, not a CancelledError it would log as a crashed job
    assert not job.cancelled() and job.result() is None


async def test_wrapped_job_keeps_a_cancellation_that_is_not_ours() -> None:
    tracker = TaskTracker()

    async def forever() -> None:
        await asyncio.Event().wait()

    job = asyncio.create_task(tracker.wrap(forever, "digests")())
    await asyncio.sleep(0)
    job.cancel()
    await asyncio.wait({job})
    assert job.cancelled()


async def test_cancelled_database_work_rolls_back_and_returns_its_connection(engine: AsyncEngine) -> None:
    tracker = TaskTracker()
    inside = asyncio.Event()

    async def write() -> None:
        async with engine.begin() as conn:
            await conn.execute(sa.text("INSERT INTO meta(key, value) VALUES ('shutdown-probe', 'x')"))
            inside.set()
            await asyncio.Event().wait()  # cancelled here, mid-transaction

    tracker.spawn(write())
    await inside.wait()
    assert engine.pool.checkedout() == 1  # type: ignore[attr-defined]
    report = await tracker.drain(grace_s=0.01)
    assert report.cancelled == 1
    assert engine.pool.checkedout() == 0  # type: ignore[attr-defined]
    async with engine.connect() as conn:
        rows = (await conn.execute(sa.text("SELECT count(*) FROM meta WHERE key = 'shutdown-probe'"))).scalar_one()
    assert rows == 0  # rolled back
