"""`poll --once` stopped mid-poll: Ctrl-C (SIGINT to the whole process group, as a terminal sends it) and SIGTERM
exit cleanly — no traceback from the main process or its workers, no orphaned worker, stored stories kept."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
from pathlib import Path

import pytest

from tests.servers.feedsite import FeedSite

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "feeds"


def stored_stories(db: Path) -> int:
    try:
        with sqlite3.connect(db) as conn:
            return int(conn.execute("SELECT count(*) FROM stories").fetchone()[0])
    except sqlite3.Error:  # not created or not migrated yet
        return 0


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and process groups")
@pytest.mark.timeout(180)
@pytest.mark.parametrize(
    ("sig", "to_group", "code", "word"), [("SIGINT", True, 130, "interrupted"), ("SIGTERM", False, 143, "terminated")]
)
async def test_poll_once_stops_cleanly_mid_poll(tmp_path: Path, sig: str, to_group: bool, code: int, word: str) -> None:
    async with FeedSite() as site:
        site.add_feed("/ofcom.rss", (FIXTURES / "ofcom_rss.xml").read_bytes())
        site.add_hang("/hang.rss")  # keeps the poll running until the signal
        feeds = tmp_path / "feeds.yaml"
        feeds.write_text(
            "feeds:\n"
            f"  - {{name: Ofcom, url: '{site.url('/ofcom.rss')}', fetch_full_text: false}}\n"
            f"  - {{name: Hang, url: '{site.url('/hang.rss')}', timeout: 120s}}\n",
            encoding="utf-8",
        )
        db = tmp_path / "g.db"
        env = {k: v for k, v in os.environ.items() if not k.upper().endswith("_PROXY") and k != "DISCORD_TOKEN"}
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "poll", "--once", "--config", str(feeds), "--db", f"sqlite:///{db}",
            cwd=ROOT, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
            start_new_session=True,  # its own process group, like a shell job: SIGINT goes to the workers too
        )  # fmt: skip
        try:
            # the Ofcom feed was parsed and summarised in the worker processes and stored; Hang is still pending
            for _ in range(1200):
                if site.hits("/hang.rss") and stored_stories(db) > 0:
                    break
                await asyncio.sleep(0.1)
            stored = stored_stories(db)
            assert stored > 0, "the poll never stored the Ofcom story"
            if to_group:
                os.killpg(proc.pid, getattr(signal, sig))
            else:
                proc.send_signal(getattr(signal, sig))
            # communicate() ends only when every process holding the pipes has exited (workers included)
            _, err = await asyncio.wait_for(proc.communicate(), 90)
        finally:
            if proc.returncode is None:
                os.killpg(proc.pid, signal.SIGKILL)
                await proc.wait()
    log = err.decode()
    assert proc.returncode == code, log[-3000:]
    assert "Traceback" not in log and "KeyboardInterrupt" not in log, log[-3000:]
    assert log.strip().splitlines()[-1] == f"grokwatch: {word}"
    assert stored_stories(db) == stored  # what was stored stays stored
