"""`python -m bot run` without a token: console mode polls, prints, and stops cleanly on SIGTERM mid-poll."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import pytest

from tests.servers.feedsite import FeedSite

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "feeds"
TITLE = "Ofcom opens investigation into X over Grok image tool"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.timeout(180)
async def test_console_mode_prints_stories_and_stops_cleanly_with_a_poll_in_flight(tmp_path: Path) -> None:
    async with FeedSite() as site:
        site.add_feed("/ofcom.rss", (FIXTURES / "ofcom_rss.xml").read_bytes())
        site.add_hang("/hang.rss")  # a poll that is still running when SIGTERM arrives
        feeds = tmp_path / "feeds.yaml"
        feeds.write_text(
            "feeds:\n"
            f"  - {{name: Ofcom, url: '{site.url('/ofcom.rss')}', interval: 1h, fetch_full_text: false}}\n"
            f"  - {{name: Hang, url: '{site.url('/hang.rss')}', interval: 1h, timeout: 60s}}\n",
            encoding="utf-8",
        )
        env = {k: v for k, v in os.environ.items() if not k.upper().endswith("_PROXY")}
        env.update(DATABASE_URL=f"sqlite:///{tmp_path / 'console.db'}", FEEDS_CONFIG=str(feeds), LOG_LEVEL="INFO")
        env.pop("DISCORD_TOKEN", None)
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=ROOT, env=env,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        try:
            for _ in range(900):  # wait until both feeds have been asked for (the hang one never answers)
                if site.hits("/ofcom.rss") and site.hits("/hang.rss"):
                    break
                await asyncio.sleep(0.1)
            assert site.hits("/hang.rss"), "the console poller never fetched the feeds"
            printed = b""
            assert proc.stdout is not None
            while TITLE.encode() not in printed:  # the relevant story is printed before we stop it
                chunk = await asyncio.wait_for(proc.stdout.read(4096), 60)
                assert chunk, f"console mode ended without printing the story: {printed.decode()[-2000:]}"
                printed += chunk
            proc.send_signal(signal.SIGTERM)
            out, err = await asyncio.wait_for(proc.communicate(), 90)
        finally:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()
    log = err.decode()
    assert proc.returncode == 0, log[-3000:]
    assert "Traceback" not in log, log[-3000:]
    assert "grokwatch: stopped" in out.decode()
    # at INFO the narration of the scheduler, Alembic and httpx (every job run, migration, request) is kept out
    assert "apscheduler" not in log and "alembic" not in log and "httpx" not in log, log[-3000:]
    assert "bot.tasks" in log  # grokwatch's own INFO lines still show
