"""`python -m bot run` as a real process: env points it at the fake Discord; SIGTERM shuts it down cleanly."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import pytest

from tests.servers.fake_discord import FakeDiscord

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
