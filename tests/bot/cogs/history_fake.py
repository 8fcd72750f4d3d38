"""FakeDiscord plus Get Channel Messages, for the bot's lookup of a post whose answer was lost, and a harness on it.

Discord's GET /channels/{id}/messages answers the channel's newest messages first, at most `limit` (1-100, default
50), authored messages as message objects. This fake keeps no nonce for long either when told (`forget_nonces`):
Discord dedupes a repeated nonce for a few minutes only.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import discord
import pytest
from aiohttp import web

from tests.e2e.conftest import Harness, MutableClock, open_harness
from tests.servers.discord_payloads import message_payload
from tests.servers.fake_discord import FakeDiscord

_HISTORY = re.compile(r"/api/v10/channels/(\d+)/messages")
_MESSAGE = re.compile(r"/api/v10/channels/(\d+)/messages/(\d+)")
_WEBHOOK = re.compile(r"/api/v10/webhooks/\d+/([^/]+)(?:/.*)?")


class _Snowflakes:
    """Message (and other) ids from the fake's clock, increasing: Discord's ids carry their creation time."""

    def __init__(self, fake: HistoryFakeDiscord) -> None:
        self._fake = fake
        self._last = 0

    def __iter__(self) -> _Snowflakes:
        return self

    def __next__(self) -> int:
        now = self._fake.clock.now() if self._fake.clock is not None else datetime.now(UTC)
        self._last = max(self._last + 1, discord.utils.time_snowflake(now))
        return self._last


class HistoryFakeDiscord(FakeDiscord):
    """FakeDiscord answering GET /channels/{id}/messages from what was posted (`history_allowed` False → 403),
    refusing webhook calls with an interaction token in `expired_tokens` (Discord: tokens last 15 minutes), and,
    in `no_embed_links` channels, posting a message's content without its embeds as Discord does for a bot that
    lacks Embed Links (no error); Edit Message (PATCH /channels/{id}/messages/{id}) changes a posted message."""

    history_allowed = True
    history_reads = 0

    def __init__(self) -> None:
        super().__init__()
        self.clock: MutableClock | None = None  # message ids carry this clock's time, as Discord's snowflakes do
        self._ids = _Snowflakes(self)  # type: ignore[assignment]
        self.history_hold: asyncio.Event | None = None  # history reads wait for it (an answer that never comes)
        self.html_404_posts: set[int] = set()  # the next POST there answers an HTML 404 (Discord's edge, no code)
        self.archived_threads: set[int] = set()  # locked and archived: posts there answer 400 code 50083
        self.edit_hold: asyncio.Event | None = None  # Edit Message waits for it
        self.dm_open_hold: asyncio.Event | None = None  # Create DM waits for it
        self.expired_tokens: set[str] = set()
        self.no_embed_links: set[int] = set()
        self.failing_syncs = 0  # answer the next global command overwrites 503
        self.edits: list[tuple[int, dict[str, Any]]] = []

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Callable[..., Any]) -> web.StreamResponse:
        webhook = _WEBHOOK.fullmatch(request.path)
        if webhook is not None and webhook[1] in self.expired_tokens:
            self.requests.append((request.method, request.path))
            return self._json({"message": "Invalid Webhook Token", "code": 50027}, status=401)
        if request.method == "PUT" and request.path.endswith("/commands") and self.failing_syncs:
            self.failing_syncs -= 1
            self.requests.append((request.method, request.path))
            return self._json({"message": "Service Unavailable", "code": 0}, status=503)
        if request.method == "POST" and request.path.endswith("/users/@me/channels") and self.dm_open_hold:
            await self.dm_open_hold.wait()
        edit = _MESSAGE.fullmatch(request.path)
        if request.method == "PATCH" and edit is not None:
            return await self._edit(int(edit[2]), await request.json())
        match = _HISTORY.fullmatch(request.path)
        if match is not None and request.method == "POST" and int(match[1]) in self.html_404_posts:
            self.html_404_posts.discard(int(match[1]))
            self.requests.append((request.method, request.path))
            return web.Response(status=404, text="<html><body>404 Not Found</body></html>", content_type="text/html")
        if match is not None and request.method == "POST" and int(match[1]) in self.archived_threads:
            self.requests.append((request.method, request.path))
            body = {"message": "Cannot execute action on an archived thread", "code": 50083}
            return self._json(body, status=400)
        if match is not None and request.method == "POST" and int(match[1]) in self.archived_threads:
            self.requests.append((request.method, request.path))
            body = {"message": "Cannot execute action on an archived thread", "code": 50083}
            return self._json(body, status=400)
        if match is not None and request.method == "POST" and int(match[1]) in self.no_embed_links:
            return self._without_embeds(await super()._middleware(request, handler))
        if request.method != "GET" or match is None:
            return await super()._middleware(request, handler)
        self.requests.append((request.method, request.path))
        if request.headers.get("Authorization") != f"Bot {self.token}":
            return self._json({"message": "401: Unauthorized", "code": 0}, status=401)
        self.history_reads += 1
        if self.history_hold is not None:
            await self.history_hold.wait()
        if not self.history_allowed:
            return self._json({"message": "Missing Access", "code": 50001}, status=403)
        cid = int(match[1])
        limit = min(max(int(request.query.get("limit", "50")), 1), 100)
        newest = [m for m in reversed(self.messages) if m.channel_id == cid][:limit]
        return self._json([message_payload(m.id, str(cid), m.payload, self.bot_user) for m in newest])

    def _without_embeds(self, response: web.StreamResponse) -> web.StreamResponse:
        if not isinstance(response, web.Response) or response.status != 200 or response.body is None:
            return response
        message = json.loads(bytes(response.body))  # type: ignore[arg-type]
        message["embeds"] = []
        for posted in self.messages:
            if posted.id == int(message["id"]):
                posted.payload = {**posted.payload, "embeds": []}
        return self._json(message)

    async def _edit(self, message_id: int, body: dict[str, Any]) -> web.Response:
        self.edits.append((message_id, body))
        if self.edit_hold is not None:
            await self.edit_hold.wait()
        for posted in self.messages:
            if posted.id == message_id:
                posted.payload = {**posted.payload, **body}
                return self._json(message_payload(posted.id, str(posted.channel_id), posted.payload, self.bot_user))
        return self._json({"message": "Unknown Message", "code": 10008}, status=404)

    def forget_nonces(self) -> None:
        """Minutes have passed: Discord no longer dedupes the earlier nonces."""
        self._nonces.clear()


@pytest.fixture
async def history_harness(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Harness]:
    """tests/e2e/conftest.py's harness over HistoryFakeDiscord."""
    fake = HistoryFakeDiscord()
    async with open_harness(tmp_path, monkeypatch, fake) as h:
        fake.clock = h.clock
        yield h
