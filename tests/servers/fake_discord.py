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
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Protocol

import discord
from aiohttp import web

from tests.servers.discord_gateway import Gateway
from tests.servers.discord_payloads import (
    ADMIN_ID,
    ADMIN_PERMISSIONS,
    APP_ID,
    BOT_ID,
    CHANNEL_ID,
    GUILD_ID,
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
    opt,
    sub,
    user_payload,
)
from tests.servers.discord_rest import RestRoutes

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


class Clock(Protocol):
    def now(self) -> datetime: ...


class Snowflakes:
    """Increasing ids carrying the fake's clock time: Discord's ids hold their creation time in the top 42 bits
    (milliseconds since 2015), which the bot reads to tell old messages from new."""

    def __init__(self, fake: FakeDiscord) -> None:
        self._fake = fake
        self._last = 0

    def __iter__(self) -> Snowflakes:
        return self

    def __next__(self) -> int:
        now = self._fake.clock.now() if self._fake.clock is not None else datetime.now(UTC)
        self._last = max(self._last + 1, discord.utils.time_snowflake(now))
        return self._last


class FakeDiscord(RestRoutes, Gateway):
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
        self.history_reads = 0
        self.history_hold: asyncio.Event | None = None
        self.html_404_posts: set[int] = set()
        self.archived_threads: set[int] = set()
        self.no_embed_links: set[int] = set()
        self.edit_hold: asyncio.Event | None = None
        self.dm_open_hold: asyncio.Event | None = None
        self.expired_tokens: set[str] = set()
        self.failing_syncs = 0
        self.edits: list[tuple[int, dict[str, Any]]] = []
        self.clock: Clock | None = None  # ids carry this clock's time (else the real time), as Discord's snowflakes do
        self._ids = Snowflakes(self)
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
        app.router.add_get(api + "/channels/{cid}/messages", self._history)
        app.router.add_patch(api + "/channels/{cid}/messages/{mid}", self._edit_message)
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

    def deny_bot(self, channel_id: int, bits: int) -> None:
        """A member overwrite denying the bot `bits` in the channel (set before the bot connects: GUILD_CREATE
        carries it)."""
        self.channels[channel_id].overwrites.append({"id": str(BOT_ID), "type": 1, "allow": "0", "deny": str(bits)})

    def forget_nonces(self) -> None:
        """Minutes have passed: Discord no longer dedupes the earlier nonces."""
        self._nonces.clear()

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
