"""Shutdown: `python -m bot run` as a real process stops cleanly on SIGTERM; close() waits for, then cancels and
awaits, work in flight (events included) before the database is disposed."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sqlite3
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from tests.e2e.conftest import FAST, Harness
from tests.servers.fake_discord import FakeChannel, FakeDiscord, FakeGuild

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.timeout(180)
async def test_run_connects_and_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(
        "feeds:\n  - name: Nowhere\n    url: http://127.0.0.1:9/feed.xml\n    interval: 1h\n", encoding="utf-8"
    )
    async with FakeDiscord() as fake:
        env = {k: v for k, v in os.environ.items() if not k.upper().endswith("_PROXY")}
        env.update(
            DISCORD_TOKEN=fake.token,
            DISCORD_API_BASE=fake.api_base,
            DISCORD_GATEWAY_URL=fake.gateway_url,
            DATABASE_URL=f"sqlite:///{tmp_path / 'run.db'}",
            FEEDS_CONFIG=str(feeds),
            LOG_LEVEL="INFO",
            DISCORD_SEND_TIMEOUT_S="75",  # an operator's setting reaches the running bot
            SUMMARISE_PER_USER="2",
        )
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "run",
            cwd=ROOT,
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            # a slow machine may take a while to import everything; an early exit fails at once with its log
            await fake.wait_for(lambda: (fake.identifies and fake.command_puts) or proc.returncode is not None, 90)
            assert proc.returncode is None, (await proc.stderr.read()).decode()[-3000:]  # type: ignore[union-attr]
            proc.send_signal(signal.SIGTERM)
            _out, err = await asyncio.wait_for(proc.communicate(), 60)
        finally:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()
    log = err.decode()
    assert proc.returncode == 0, log[-3000:]
    assert "shutdown requested" in log
    assert "Traceback" not in log, log[-3000:]
    assert "post deadline 75 s" in log and "/summarise 2 a minute per member" in log


# jobs run once at start and then stay idle, so the only work in flight at close() is the one the test starts
QUIET = replace(FAST, alerts_interval_s=3600, digests_interval_s=3600, outbox_interval_s=3600)


async def _lock_database(path: str) -> sqlite3.Connection:
    """Take SQLite's write lock from outside the bot (retrying without blocking the event loop)."""
    con = sqlite3.connect(path, timeout=0, isolation_level=None)
    while True:
        try:
            con.execute("BEGIN IMMEDIATE")
            return con
        except sqlite3.OperationalError:
            await asyncio.sleep(0.02)


async def test_close_waits_for_an_event_writing_to_the_database(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    bot = await harness.start_bot(QUIET)
    await harness.wait_for(lambda: bot.scheduler is not None and bot.scheduler.running)
    await asyncio.sleep(0.3)  # the start-up runs of the jobs are over
    engine = harness.services.engine
    checked_out_at_dispose: list[int] = []

    async def probe() -> None:
        checked_out_at_dispose.append(engine.pool.checkedout())  # type: ignore[attr-defined]

    harness.services.closers.insert(0, probe)  # runs just before the engine is disposed
    lock = await _lock_database(harness.db_url.removeprefix("sqlite+aiosqlite:///"))
    new_guild = FakeGuild(id=1_100_000_000_000_000_099, channels=[FakeChannel(1_100_000_000_000_000_098, "x", 0)])
    # a guild joins: discord.py runs on_guild_join in its own task, which blocks on the locked database
    await harness.fake.dispatch("GUILD_CREATE", new_guild.payload(harness.fake.bot_user))
    await harness.wait_for(lambda: bot.get_guild(new_guild.id) is not None)
    await harness.wait_for(lambda: len(bot.tasks) == 1)  # the event task adopted itself

    [event] = list(bot.tasks._tasks)  # the one tracked task: the guild event blocked on the database

    async def unlock_later() -> None:
        # hold the lock until shutdown has cancelled the event task while it waits on the database
        await harness.wait_for(lambda: bot.tasks.cancelled_by_drain(event), timeout=60)
        lock.rollback()
        lock.close()

    unlock = asyncio.create_task(unlock_later())
    with caplog.at_level(logging.INFO):
        await harness.stop_bot()
    await unlock
    assert checked_out_at_dispose == [0]  # the cancelled write was awaited and rolled back before dispose
    assert "1 cancelled" in caplog.text
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text
