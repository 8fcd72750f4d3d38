"""A fake Discord on 127.0.0.1: REST v10 + gateway websocket, enough for the real discord.py to run a bot.

Payload shapes follow Discord's API documentation (interaction object, READY / GUILD_CREATE, message object,
interaction callback response). Everything the bot sends is recorded for assertions; message POSTs can be told to
fail (429 with `Via` + JSON `retry_after`, 403, 404, 503) a number of times.

    async with FakeDiscord() as fake:
        bot = build_bot(api_base=fake.api_base, gateway_url=fake.gateway_url)
        ...
        record = await fake.invoke("latest", options=[opt("count", 3)])
        await fake.wait_for(lambda: record.followups)
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import Callable
from typing import Any

from aiohttp import WSMsgType, web

from tests.servers.discord_limits import callback_violations, command_violations, message_violations
from tests.servers.discord_payloads import (
    ADMIN_ID,
    ADMIN_PERMISSIONS,
    APP_ID,
    BOT_ID,
    CHANNEL_ID,
    EPHEMERAL_FLAG,
    GUILD_ID,
    JSON,
    MEMBER_ID,
    MEMBER_PERMISSIONS,
    OTHER_CHANNEL_ID,
    OWNER_ID,
    Failure,
    FakeChannel,
    FakeGuild,
    InteractionRecord,
    PostedMessage,
    interaction_payload,
    message_payload,
    opt,
    sub,
    user_payload,
)

__all__ = [
    "ADMIN_ID",
    "ADMIN_PERMISSIONS",
    "APP_ID",
    "BOT_ID",
    "CHANNEL_ID",
    "GUILD_ID",
    "MEMBER_ID",
    "MEMBER_PERMISSIONS",
    "OTHER_CHANNEL_ID",
    "OWNER_ID",
    "FakeChannel",
    "FakeDiscord",
    "FakeGuild",
    "InteractionRecord",
    "PostedMessage",
    "opt",
    "sub",
]


class FakeDiscord:
    """REST + gateway server; use as `async with FakeDiscord() as fake:` inside the test's event loop."""

    def __init__(self, guilds: list[FakeGuild] | None = None, *, token: str = "fake-token") -> None:
        if guilds is None:
            main = FakeChannel(CHANNEL_ID, "news", GUILD_ID)
            other = FakeChannel(OTHER_CHANNEL_ID, "digest", GUILD_ID)
            guilds = [FakeGuild(channels=[main, other], system_channel_id=CHANNEL_ID)]
        self.guilds = guilds
        self.token = token
        self.bot_user = user_payload(BOT_ID, "grokwatch", bot=True)
        self.channels: dict[int, FakeChannel] = {c.id: c for g in guilds for c in g.channels}
        self.commands: list[dict[str, Any]] = []  # the last bulk overwrite
        self.command_puts: list[list[dict[str, Any]]] = []
        self.messages: list[PostedMessage] = []
        self.interactions: dict[str, InteractionRecord] = {}
        self.identifies: list[dict[str, Any]] = []
        self.requests: list[tuple[str, str]] = []
        self.failures: dict[int, list[Failure]] = {}  # channel id -> queued failures for message POSTs
        self.gone_channels: set[int] = set()
        self._nonces: dict[tuple[int, str], dict[str, Any]] = {}
        self.holds: dict[int, asyncio.Event] = {}
        self.held = asyncio.Event()
        self._all_holds: list[asyncio.Event] = []
        self.duplicate_nonces = 0
        self.dm_closed: set[int] = set()
        # every payload refused for breaking Discord's documented limits (answered 400 / 50035, as Discord does)
        self.violations: list[str] = []
        self._ids = itertools.count(1_200_000_000_000_000_000)
        self._sockets: list[tuple[web.WebSocketResponse, list[int]]] = []
        self._runner: web.AppRunner | None = None
        self.port = 0

    # ---- lifecycle -------------------------------------------------------------------------------------------
    async def __aenter__(self) -> FakeDiscord:
        app = web.Application(middlewares=[self._middleware])
        app.router.add_get("/gateway", self._gateway)
        api = "/api/v10"
        app.router.add_get(api + "/users/@me", self._me)
        app.router.add_get(api + "/oauth2/applications/@me", self._app_info)
        app.router.add_get(api + "/applications/@me", self._app_info)
        app.router.add_get(api + "/gateway", self._gateway_info)
        app.router.add_get(api + "/gateway/bot", self._gateway_info)
        app.router.add_put(api + "/applications/{app}/commands", self._put_commands)
        app.router.add_get(api + "/applications/{app}/commands", self._get_commands)
        app.router.add_post(api + "/interactions/{iid}/{token}/callback", self._callback)
        app.router.add_route("*", api + "/webhooks/{app}/{token}/messages/{mid}", self._webhook_message)
        app.router.add_post(api + "/webhooks/{app}/{token}", self._followup)
        app.router.add_post(api + "/channels/{cid}/messages", self._post_message)
        app.router.add_get(api + "/channels/{cid}", self._get_channel)
        app.router.add_post(api + "/users/@me/channels", self._open_dm)
        app.router.add_get(api + "/users/{uid}", self._get_user)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def __aexit__(self, *exc: object) -> None:
        for event in self._all_holds:
            event.set()
        for ws, _ in list(self._sockets):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    # ---- test helpers ----------------------------------------------------------------------------------------
    def fail_next_posts(self, channel_id: int, status: int, count: int = 1, retry_after: float = 0.05) -> None:
        """Make the next `count` message POSTs to the channel answer `status` (429, 400, 403, 404, 503)."""
        self.failures.setdefault(channel_id, []).extend(Failure(status, retry_after) for _ in range(count))

    def hold_next_post(self, channel_id: int) -> asyncio.Event:
        """Create the next message in the channel but do not answer until the returned event is set."""
        self.held.clear()
        event = self.holds[channel_id] = asyncio.Event()
        self._all_holds.append(event)
        return event

    def messages_in(self, channel_id: int) -> list[PostedMessage]:
        return [m for m in self.messages if m.channel_id == channel_id]

    def dms_to(self, user_id: int) -> list[PostedMessage]:
        return [m for m in self.messages if m.dm_user_id == user_id]

    async def wait_for(self, predicate: Callable[[], object], timeout: float = 20.0) -> None:
        """Poll until predicate() is truthy; fail the test with a clear message otherwise."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not predicate():
            if loop.time() > deadline:
                raise AssertionError(f"condition not met within {timeout}s; requests so far: {self.requests[-12:]}")
            await asyncio.sleep(0.02)

    def interaction_payload(
        self,
        name: str,
        options: list[dict[str, Any]] | None = None,
        *,
        user_id: int = MEMBER_ID,
        permissions: int = MEMBER_PERMISSIONS,
        guild_id: int | None = GUILD_ID,
        channel_id: int = CHANNEL_ID,
        type_: int = 2,
        resolved: dict[str, Any] | None = None,
        component: dict[str, Any] | None = None,
        app_permissions: int | None = None,
    ) -> dict[str, Any]:
        """An interaction object as Discord documents it (type 2 command, 3 component, 4 autocomplete);
        `app_permissions` = the bot's own permissions in the channel (default: everything a member has)."""
        if type_ == 3:
            data = dict(component or {})
        else:
            data = {"id": str(self._command_id(name)), "name": name, "type": 1, "options": options or []}
            if resolved:
                data["resolved"] = resolved
        payload = interaction_payload(
            next(self._ids),
            type_,
            data,
            user_id=user_id,
            permissions=permissions,
            guild_id=guild_id,
            channel_id=channel_id,
            channel=self.channels.get(channel_id),
        )
        if app_permissions is not None:
            payload["app_permissions"] = str(app_permissions)
        return payload

    def button_ids(self, record: InteractionRecord) -> dict[str, str]:
        """label → custom_id of the buttons on the record's first followup."""
        found: dict[str, str] = {}
        for row in (record.followups[0] if record.followups else {}).get("components", []):
            for comp in row.get("components", []):
                found[str(comp.get("label"))] = comp["custom_id"]
        return found

    async def press(self, record: InteractionRecord, custom_id: str, *, user_id: int = MEMBER_ID) -> InteractionRecord:
        """Inject a MESSAGE_COMPONENT interaction (type 3): `user_id` clicks a button on the record's followup."""
        message = {**record.followup_messages[0], "author": self.bot_user}
        payload = self.interaction_payload(
            "", type_=3, user_id=user_id, component={"custom_id": custom_id, "component_type": 2}
        )
        payload["message"] = message
        return await self.inject(payload)

    async def autocomplete(self, name: str, options: list[dict[str, Any]], **kw: Any) -> InteractionRecord:
        """Inject an APPLICATION_COMMAND_AUTOCOMPLETE interaction (type 4); one option must be focused."""
        return await self.inject(self.interaction_payload(name, options, type_=4, **kw))

    async def invoke(self, name: str, options: list[dict[str, Any]] | None = None, **kw: Any) -> InteractionRecord:
        """Inject an INTERACTION_CREATE for a slash command and return its (live) record."""
        return await self.inject(self.interaction_payload(name, options, **kw))

    async def inject(self, payload: dict[str, Any]) -> InteractionRecord:
        record = InteractionRecord(int(payload["id"]), payload["token"], payload)
        self.interactions[record.token] = record
        await self.dispatch("INTERACTION_CREATE", payload)
        return record

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Send a gateway DISPATCH (op 0) to every identified connection."""
        if not self._sockets:
            raise AssertionError("no gateway connection to dispatch to")
        for ws, seq in list(self._sockets):
            seq[0] += 1
            await ws.send_str(json.dumps({"op": 0, "t": event, "s": seq[0], "d": data}))

    def resolved_channel(self, channel_id: int, permissions: int = ADMIN_PERMISSIONS) -> dict[str, Any]:
        """`data.resolved` for a channel option (Discord sends the partial channel with the member's permissions)."""
        channel = self.channels[channel_id]
        return {"channels": {str(channel_id): {**channel.payload(), "permissions": str(permissions)}}}

    def command(self, name: str) -> dict[str, Any]:
        for cmd in self.commands:
            if cmd["name"] == name:
                return cmd
        raise KeyError(name)

    def _command_id(self, name: str) -> int:
        for cmd in self.commands:
            if cmd["name"] == name:
                return int(cmd["id"])
        return next(self._ids)

    # ---- REST ------------------------------------------------------------------------------------------------
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

    async def _webhook_message(self, request: web.Request) -> web.Response:
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
        record = self.interactions.get(request.match_info["token"])
        if record is None:
            return self._json({"message": "Unknown Webhook", "code": 10015}, status=404)
        body = await request.json()
        refused = self._refuse(message_violations(body, f"followup {record.payload['data'].get('name')}"))
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
        if channel.recipient_id is not None and channel.recipient_id in self.dm_closed:
            return self._json({"message": "Cannot send messages to this user", "code": 50007}, status=403)
        body = await request.json()
        refused = self._refuse(message_violations(body, f"message to {cid}"))
        if refused is not None:
            return refused
        nonce = body.get("nonce")
        if nonce is not None and body.get("enforce_nonce") and (cid, str(nonce)) in self._nonces:
            # Discord: a repeated nonce within minutes returns the message it already created (Create Message)
            self.duplicate_nonces += 1
            return self._json(self._nonces[(cid, str(nonce))])
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

    async def _get_channel(self, request: web.Request) -> web.Response:
        channel = self.channels.get(int(request.match_info["cid"]))
        if channel is None:
            return self._json({"message": "Unknown Channel", "code": 10003}, status=404)
        return self._json(channel.payload())

    async def _open_dm(self, request: web.Request) -> web.Response:
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

    # ---- gateway ---------------------------------------------------------------------------------------------
    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        seq = [0]
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 41250}, "s": None, "t": None}))
        try:
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    continue
                frame = json.loads(msg.data)
                op = frame.get("op")
                if op == 1:
                    await ws.send_str(json.dumps({"op": 11, "d": None, "s": None, "t": None}))
                elif op == 2:
                    await self._identify(ws, seq, frame["d"])
                elif op == 6:
                    # we keep no session state: make the client identify afresh
                    await ws.send_str(json.dumps({"op": 9, "d": False, "s": None, "t": None}))
        finally:
            self._sockets = [(s, q) for s, q in self._sockets if s is not ws]
        return ws

    async def _identify(self, ws: web.WebSocketResponse, seq: list[int], data: dict[str, Any]) -> None:
        if data.get("token") != self.token:
            await ws.close(code=4004, message=b"Authentication failed.")
            return
        self.identifies.append(data)
        ready = {
            "v": 10,
            "user": self.bot_user,
            "guilds": [{"id": str(g.id), "unavailable": True} for g in self.guilds],
            "session_id": f"session-{next(self._ids)}",
            "resume_gateway_url": self.gateway_url,
            "application": {"id": str(APP_ID), "flags": 0},
        }
        seq[0] += 1
        await ws.send_str(json.dumps({"op": 0, "t": "READY", "s": seq[0], "d": ready}))
        for guild in self.guilds:
            seq[0] += 1
            frame = {"op": 0, "t": "GUILD_CREATE", "s": seq[0], "d": guild.payload(self.bot_user)}
            await ws.send_str(json.dumps(frame))
        self._sockets.append((ws, seq))
