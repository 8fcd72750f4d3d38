"""FakeDiscord's REST v10 handlers: the routes tests/servers/fake_discord.py registers, over its recorded state.

Replies use `Content-Type: application/json` exactly (a charset suffix makes discord.py read text), and refused
payloads are answered 400 / 50035 as Discord does (limits in tests/servers/discord_limits.py).

Besides the happy paths, the answers Discord documents (or is seen to give) for the cases the bot must survive:
Get Channel Messages (newest first, `limit` 1-100, default 50; no messages without Read Message History, 403 50001
without View Channel, both from the channel's overwrites for the bot), Edit Message,
a webhook call with an expired interaction token (401 50027: tokens last 15 minutes), a locked archived thread
(400 50083), an HTML 404 from Discord's edge (no JSON code), a message posted without its embeds when the bot lacks
Embed Links (no error), a failed command overwrite (503), and answers held back (`*_hold` events).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from typing import Any

from aiohttp import web

from tests.servers.discord_limits import (
    callback_violations,
    command_violations,
    message_violations,
    new_message_violations,
)
from tests.servers.discord_payloads import (
    APP_ID,
    EPHEMERAL_FLAG,
    JSON,
    OWNER_ID,
    READ_MESSAGE_HISTORY,
    VIEW_CHANNEL,
    Failure,
    FakeChannel,
    InteractionRecord,
    PostedMessage,
    message_payload,
    user_payload,
)


class RestRoutes:
    """The REST half of FakeDiscord; the state below is set up by FakeDiscord.__init__."""

    token: str
    bot_user: dict[str, Any]
    gateway_url: str
    channels: dict[int, FakeChannel]
    commands: list[dict[str, Any]]
    command_puts: list[list[dict[str, Any]]]
    messages: list[PostedMessage]
    interactions: dict[str, InteractionRecord]
    requests: list[tuple[str, str]]
    failures: dict[int, list[Failure]]
    gone_channels: set[int]
    _nonces: dict[tuple[int, str], dict[str, Any]]
    holds: dict[int, asyncio.Event]
    held: asyncio.Event
    duplicate_nonces: int
    dm_closed: set[int]
    violations: list[str]
    _ids: Iterator[int]
    history_reads: int
    history_hold: asyncio.Event | None  # history reads wait for it (an answer that never comes)
    html_404_posts: set[int]  # the next POST there answers an HTML 404 (Discord's edge, no JSON code)
    archived_threads: set[int]  # locked and archived: posts there answer 400 code 50083
    no_embed_links: set[int]  # posts there lose their embeds, as for a bot without Embed Links
    edit_hold: asyncio.Event | None  # Edit Message waits for it
    dm_open_hold: asyncio.Event | None  # Create DM waits for it
    expired_tokens: set[str]  # webhook calls with these interaction tokens answer 401
    failing_syncs: int  # answer the next global command overwrites 503
    edits: list[tuple[int, dict[str, Any]]]

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Callable[..., Any]) -> web.StreamResponse:
        self.requests.append((request.method, request.path))
        if request.path.startswith("/api/") and not request.path.startswith("/api/v10/interactions/"):
            auth = request.headers.get("Authorization", "")
            webhook = request.path.startswith("/api/v10/webhooks/")
            if not webhook and auth != f"Bot {self.token}":
                return self._json({"message": "401: Unauthorized", "code": 0}, status=401)
        try:
            response: web.StreamResponse = await handler(request)
        except web.HTTPNotFound:
            return self._json({"message": "404: Not Found", "code": 0}, status=404)
        return response

    @staticmethod
    def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
        return web.Response(
            body=json.dumps(data).encode(), status=status, headers={"Content-Type": JSON, **(headers or {})}
        )

    async def _me(self, request: web.Request) -> web.Response:
        return self._json(self.bot_user)

    async def _app_info(self, request: web.Request) -> web.Response:
        info = {"id": str(APP_ID), "name": "grokwatch", "description": "", "icon": None, "bot_public": True}
        info.update(bot_require_code_grant=False, verify_key="00", flags=0, rpc_origins=[], team=None)
        info["owner"] = user_payload(OWNER_ID, "operator")
        return self._json(info)

    async def _gateway_info(self, request: web.Request) -> web.Response:
        limit = {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}
        return self._json({"url": self.gateway_url, "shards": 1, "session_start_limit": limit})

    async def _put_commands(self, request: web.Request) -> web.Response:
        if self.failing_syncs:
            self.failing_syncs -= 1
            return self._json({"message": "Service Unavailable", "code": 0}, status=503)
        body = await request.json()
        refused = self._refuse(command_violations(body))
        if refused is not None:
            return refused
        self.commands = [{**c, "id": str(next(self._ids)), "application_id": str(APP_ID), "version": "1"} for c in body]
        self.command_puts.append(self.commands)
        return self._json(self.commands)

    async def _get_commands(self, request: web.Request) -> web.Response:
        return self._json(self.commands)

    async def _callback(self, request: web.Request) -> web.Response:
        record = self.interactions.get(request.match_info["token"])
        if record is None or str(record.id) != request.match_info["iid"]:
            return self._json({"message": "Unknown interaction", "code": 10062}, status=404)
        body = await request.json()
        refused = self._refuse(callback_violations(body, f"callback {record.payload['data'].get('name')}"))
        if refused is not None:
            return refused
        record.callbacks.append(body)
        flags = int((body.get("data") or {}).get("flags") or 0)
        interaction = {
            "id": str(record.id),
            "type": record.payload["type"],
            "response_message_ephemeral": bool(flags & 64),
        }
        interaction["response_message_loading"] = body.get("type") == 5
        result: dict[str, Any] = {"interaction": interaction}
        if body.get("type") in (4, 5, 7):
            message = self._message(record.payload.get("channel_id", "0"), body.get("data") or {})
            interaction["response_message_id"] = message["id"]
            result["resource"] = {"type": body["type"], "message": message}
        else:
            result["resource"] = {"type": body.get("type")}
        return self._json(result)

    def _expired(self, request: web.Request) -> web.Response | None:
        """Discord's answer to a webhook call with an interaction token past its 15 minutes."""
        if request.match_info["token"] in self.expired_tokens:
            return self._json({"message": "Invalid Webhook Token", "code": 50027}, status=401)
        return None

    async def _webhook_message(self, request: web.Request) -> web.Response:
        expired = self._expired(request)
        if expired is not None:
            return expired
        record = self.interactions.get(request.match_info["token"])
        if record is None:
            return self._json({"message": "Unknown Webhook", "code": 10015}, status=404)
        if request.method == "PATCH":
            body = await request.json()
            refused = self._refuse(message_violations(body, "edit original"))
            if refused is not None:
                return refused
            record.original_edits.append(body)
            return self._json(self._message(record.payload.get("channel_id", "0"), body))
        if request.method == "DELETE":
            if request.match_info["mid"] == "@original":
                record.original_deleted = True
            return web.Response(status=204)
        last = record.original_edits[-1] if record.original_edits else {}
        return self._json(self._message(record.payload.get("channel_id", "0"), last))

    async def _followup(self, request: web.Request) -> web.Response:
        expired = self._expired(request)
        if expired is not None:
            return expired
        record = self.interactions.get(request.match_info["token"])
        if record is None:
            return self._json({"message": "Unknown Webhook", "code": 10015}, status=404)
        body = await request.json()
        refused = self._refuse(new_message_violations(body, f"followup {record.payload['data'].get('name')}"))
        if refused is not None:
            return refused
        deferred = next((c for c in record.callbacks if c.get("type") == 5), None)
        if deferred is not None and not record.followups and not record.original_edits and not record.original_deleted:
            # the first followup resolves the loading message: its flags are ignored in favour of the defer's
            flags = (deferred.get("data") or {}).get("flags", 0)
        else:
            flags = body.get("flags", 0)
        record.followup_ephemeral.append(bool(flags & EPHEMERAL_FLAG))
        record.followups.append(body)
        message = self._message(record.payload.get("channel_id", "0"), body)
        record.followup_messages.append(message)
        return self._json(message)

    async def _post_message(self, request: web.Request) -> web.Response:
        cid = int(request.match_info["cid"])
        channel = self.channels.get(cid)
        queued = self.failures.get(cid)
        if queued:
            failure = queued.pop(0)
            return self._failure(failure)
        if channel is None or cid in self.gone_channels:
            return self._json({"message": "Unknown Channel", "code": 10003}, status=404)
        if cid in self.html_404_posts:
            self.html_404_posts.discard(cid)
            return web.Response(status=404, text="<html><body>404 Not Found</body></html>", content_type="text/html")
        if cid in self.archived_threads:
            body = {"message": "Cannot execute action on an archived thread", "code": 50083}
            return self._json(body, status=400)
        if channel.recipient_id is not None and channel.recipient_id in self.dm_closed:
            return self._json({"message": "Cannot send messages to this user", "code": 50007}, status=403)
        body = await request.json()
        refused = self._refuse(new_message_violations(body, f"message to {cid}"))
        if refused is not None:
            return refused
        nonce = body.get("nonce")
        if nonce is not None and body.get("enforce_nonce") and (cid, str(nonce)) in self._nonces:
            # Discord: a repeated nonce within minutes returns the message it already created (Create Message)
            self.duplicate_nonces += 1
            return self._json(self._nonces[(cid, str(nonce))])
        if cid in self.no_embed_links:
            # Discord posts the content and drops the embeds, without an error (Embed Links missing)
            body = {**body, "embeds": []}
        message = self._message(str(cid), body)
        if nonce is not None:
            self._nonces[(cid, str(nonce))] = message
        self.messages.append(PostedMessage(int(message["id"]), cid, body, channel.recipient_id))
        hold = self.holds.pop(cid, None)
        if hold is not None:
            # the message exists but the answer is lost: what a crash or a dropped connection mid-send looks like
            self.held.set()
            await hold.wait()
        return self._json(message)

    def _refuse(self, problems: list[str]) -> web.Response | None:
        """Discord's answer to a payload over its limits: 400 Invalid Form Body (50035); None when it is fine."""
        if not problems:
            return None
        self.violations += problems
        return self._json({"message": "Invalid Form Body", "code": 50035, "errors": problems}, status=400)

    def _failure(self, failure: Failure) -> web.Response:
        if failure.status == 429:
            data = {"message": "You are being rate limited.", "retry_after": failure.retry_after, "global": False}
            headers = {"Via": "1.1 google", "Retry-After": str(failure.retry_after), "X-RateLimit-Scope": "user"}
            return self._json(data, status=429, headers=headers)
        messages = {400: ("Invalid Form Body", 50035), 403: ("Missing Access", 50001), 404: ("Unknown Channel", 10003)}
        text, code = messages.get(failure.status, ("Service Unavailable", 0))
        return self._json({"message": text, "code": code}, status=failure.status)

    async def _history(self, request: web.Request) -> web.Response:
        """Get Channel Messages: the channel's newest messages first, at most `limit` (1-100, default 50)."""
        cid = int(request.match_info["cid"])
        self.history_reads += 1
        if self.history_hold is not None:
            await self.history_hold.wait()
        channel = self.channels.get(cid)
        if channel is None or cid in self.gone_channels:
            return self._json({"message": "Unknown Channel", "code": 10003}, status=404)
        bot_id = int(self.bot_user["id"])
        if channel.denies(bot_id, VIEW_CHANNEL):
            return self._json({"message": "Missing Access", "code": 50001}, status=403)
        if channel.denies(bot_id, READ_MESSAGE_HISTORY):
            return self._json([])  # Discord: "no messages will be returned" without Read Message History
        try:
            limit = int(request.query.get("limit", "50"))
        except ValueError:
            limit = 0
        if not 1 <= limit <= 100:
            return self._json({"message": "Invalid Form Body", "code": 50035}, status=400)
        before = int(request.query.get("before", "0")) or None
        mine = [m for m in reversed(self.messages) if m.channel_id == cid and (before is None or m.id < before)]
        return self._json([message_payload(m.id, str(cid), m.payload, self.bot_user) for m in mine[:limit]])

    async def _edit_message(self, request: web.Request) -> web.Response:
        """Edit Message: the fields sent replace the message's."""
        message_id = int(request.match_info["mid"])
        body = await request.json()
        self.edits.append((message_id, body))
        if self.edit_hold is not None:
            await self.edit_hold.wait()
        for posted in self.messages:
            if posted.id == message_id and posted.channel_id == int(request.match_info["cid"]):
                posted.payload = {**posted.payload, **body}
                return self._json(message_payload(posted.id, str(posted.channel_id), posted.payload, self.bot_user))
        return self._json({"message": "Unknown Message", "code": 10008}, status=404)

    async def _get_channel(self, request: web.Request) -> web.Response:
        channel = self.channels.get(int(request.match_info["cid"]))
        if channel is None:
            return self._json({"message": "Unknown Channel", "code": 10003}, status=404)
        return self._json(channel.payload())

    async def _open_dm(self, request: web.Request) -> web.Response:
        if self.dm_open_hold is not None:
            await self.dm_open_hold.wait()
        body = await request.json()
        user_id = int(body["recipient_id"])
        for channel in self.channels.values():
            if channel.recipient_id == user_id:
                return self._json(channel.payload())
        channel = FakeChannel(next(self._ids), "", None, type=1, recipient_id=user_id)
        self.channels[channel.id] = channel
        return self._json(channel.payload())

    async def _get_user(self, request: web.Request) -> web.Response:
        uid = int(request.match_info["uid"])
        return self._json(user_payload(uid, f"user{uid % 1000}"))

    def _message(self, channel_id: str, body: dict[str, Any]) -> dict[str, Any]:
        return message_payload(next(self._ids), channel_id, body, self.bot_user)
