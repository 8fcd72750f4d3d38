"""`grokwatch run` with a token but no way to reach Discord: one clear error line and exit 1, never a traceback."""

from __future__ import annotations

import logging
import socket
from pathlib import Path

import discord
import pytest

from bot.app import run_bot
from bot.config import Settings


@pytest.fixture
def closed_port() -> int:
    """A loopback port nobody listens on (bound, read, released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(autouse=True)
def _restore_endpoints(monkeypatch: pytest.MonkeyPatch) -> None:
    # run_bot points discord.py at the configured endpoints, which are process-wide
    monkeypatch.setattr(discord.http.Route, "BASE", discord.http.Route.BASE)
    monkeypatch.setattr(
        discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    )


async def test_unreachable_discord_is_one_line_and_exit_1(
    tmp_path: Path, closed_port: int, caplog: pytest.LogCaptureFixture
) -> None:
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text("feeds:\n  - name: Local\n    url: http://127.0.0.1:9/feed.xml\n", encoding="utf-8")
    settings = Settings(
        discord_token="not-a-real-token",
        database_url=f"sqlite:///{tmp_path / 'g.db'}",
        feeds_config=str(feeds),
        discord_api_base=f"http://127.0.0.1:{closed_port}/api/v10",
        discord_gateway_url=f"ws://127.0.0.1:{closed_port}/",
    )
    with caplog.at_level(logging.ERROR, logger="bot.app"):
        code = await run_bot(settings)
    assert code == 1
    errors = [r for r in caplog.records if r.name == "bot.app" and r.levelno >= logging.ERROR]
    assert len(errors) == 1, [r.getMessage() for r in errors]
    assert errors[0].exc_info is None
    message = errors[0].getMessage()
    assert "cannot reach Discord" in message and f"127.0.0.1:{closed_port}" in message and "\n" not in message
