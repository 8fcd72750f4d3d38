"""PoolBatcher: calls queued behind busy workers share a round trip; each caller still gets its own result or error."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from functools import partial
from typing import Any

import pytest

from bench.pipeline_bench import feed_bytes
from bot.core.poll_work import PoolBatcher, WorkerTraceback, parse_and_identify, process_pool
from bot.errors import FeedParseError


class CountingExecutor(ThreadPoolExecutor):
    """A one-thread executor that records how many tasks each submitted call carried."""

    def __init__(self) -> None:
        super().__init__(max_workers=1)
        self.calls: list[int] = []

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        self.calls.append(len(args[0]))
        return super().submit(fn, *args, **kwargs)


def gated(gate: threading.Event, value: int) -> int:
    gate.wait(5)
    return value


def started_then_gated(started: threading.Event, gate: threading.Event, value: int) -> int:
    started.set()  # the worker has taken this call: a shut-down pool can no longer cancel it
    gate.wait(5)
    return value


async def test_queued_calls_travel_together_and_each_caller_gets_its_own_result() -> None:
    with CountingExecutor() as executor:
        batcher = PoolBatcher(executor, in_flight=1, per_call=3)
        gate = threading.Event()
        first = asyncio.ensure_future(batcher.run(partial(gated, gate, 0)))
        await asyncio.sleep(0)
        rest = [asyncio.ensure_future(batcher.run(partial(int, str(n)))) for n in range(1, 6)]
        await asyncio.sleep(0.05)
        assert executor.calls == [1]  # the others wait for the call in flight
        gate.set()
        assert await asyncio.gather(first, *rest) == [0, 1, 2, 3, 4, 5]
    assert executor.calls == [1, 3, 2]


def broken(lock: threading.Lock) -> None:
    raise ValueError("bad feed", lock)  # a lock does not pickle: this error cannot cross back as it is


async def test_a_failing_task_fails_only_its_caller_with_the_worker_traceback() -> None:
    with ThreadPoolExecutor(max_workers=1) as executor:
        batcher = PoolBatcher(executor, in_flight=1, per_call=8)
        gate = threading.Event()
        blocker = asyncio.ensure_future(batcher.run(partial(gated, gate, 0)))
        await asyncio.sleep(0)
        calls = [
            batcher.run(partial(int, "7")),
            batcher.run(partial(int, "x")),
            batcher.run(partial(broken, threading.Lock())),
        ]
        results = asyncio.gather(*calls, return_exceptions=True)
        gate.set()
        seven, value_error, unpicklable = await results
        await blocker
    assert seven == 7
    assert isinstance(value_error, ValueError) and isinstance(value_error.__cause__, WorkerTraceback)
    assert "invalid literal for int()" in str(value_error.__cause__)
    assert isinstance(unpicklable, RuntimeError) and str(unpicklable).startswith("ValueError: ('bad feed'")


async def test_a_cancelled_caller_does_not_hold_up_the_others() -> None:
    with ThreadPoolExecutor(max_workers=1) as executor:
        batcher = PoolBatcher(executor, in_flight=1, per_call=8)
        gate = threading.Event()
        blocker = asyncio.ensure_future(batcher.run(partial(gated, gate, 0)))
        await asyncio.sleep(0)
        dropped = asyncio.ensure_future(batcher.run(partial(int, "1")))
        kept = asyncio.ensure_future(batcher.run(partial(int, "2")))
        await asyncio.sleep(0)
        dropped.cancel()
        gate.set()
        assert await kept == 2 and await blocker == 0
        assert dropped.cancelled()


async def test_a_shut_down_executor_fails_every_waiting_caller() -> None:
    executor = ThreadPoolExecutor(max_workers=1)
    executor.shutdown()
    batcher = PoolBatcher(executor)
    results = await asyncio.gather(
        batcher.run(partial(int, "1")), batcher.run(partial(int, "2")), return_exceptions=True
    )
    assert all(isinstance(r, RuntimeError) for r in results)


async def test_parse_results_and_feed_errors_cross_back_from_a_process_pool() -> None:
    pool = process_pool(1)
    if pool is None:
        pytest.skip("no process pool on this platform")
    now = datetime(2026, 11, 22, tzinfo=UTC)
    with pool:
        batcher = PoolBatcher(pool)
        parse = partial(parse_and_identify, headers={}, base_url="https://site.example/feed", now=now)
        good, empty = await asyncio.gather(
            batcher.run(partial(parse, feed_bytes(3, 4), feed_name="bench")),
            batcher.run(partial(parse, b"  ", feed_name="empty")),
            return_exceptions=True,
        )
    assert not isinstance(good, BaseException) and len(good.rows) == 4
    assert isinstance(empty, FeedParseError) and "empty body" in str(empty)


async def test_calls_cancelled_by_a_pool_shut_down_cancel_their_callers_and_fail_the_rest() -> None:
    executor = ThreadPoolExecutor(max_workers=1)
    batcher = PoolBatcher(executor, in_flight=2, per_call=1)
    gate, started = threading.Event(), threading.Event()
    running = asyncio.ensure_future(batcher.run(partial(started_then_gated, started, gate, 0)))
    await asyncio.sleep(0)
    queued = asyncio.ensure_future(batcher.run(partial(int, "2")))  # waits in the executor's queue
    waiting = asyncio.ensure_future(batcher.run(partial(int, "3")))  # waits in the batcher's own queue
    assert await asyncio.to_thread(started.wait, 5)  # however loaded the host, the worker holds the first call
    executor.shutdown(wait=False, cancel_futures=True)
    gate.set()
    assert await running == 0
    await asyncio.wait_for(asyncio.gather(queued, return_exceptions=True), 5)
    assert queued.cancelled()
    with pytest.raises(RuntimeError):
        await asyncio.wait_for(waiting, 5)
