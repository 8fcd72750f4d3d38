"""FakeDiscord's gateway websocket: HELLO, heartbeat ACKs, IDENTIFY -> READY then one GUILD_CREATE per guild.

READY arrives before the guilds, as on Discord, so tests wait for `bot.is_ready()`. RESUME is refused with
INVALID_SESSION (no session state is kept), so the client identifies afresh.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from aiohttp import WSMsgType, web

from tests.servers.discord_payloads import APP_ID, FakeGuild


class Gateway:
    """The gateway half of FakeDiscord; the state below is set up by FakeDiscord.__init__."""

    token: str
    bot_user: dict[str, Any]
    gateway_url: str
    guilds: list[FakeGuild]
    identifies: list[dict[str, Any]]
    _ids: Iterator[int]
    _sockets: list[tuple[web.WebSocketResponse, list[int]]]

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Send a gateway DISPATCH (op 0) to every identified connection."""
        if not self._sockets:
            raise AssertionError("no gateway connection to dispatch to")
        for ws, seq in list(self._sockets):
            seq[0] += 1
            await ws.send_str(json.dumps({"op": 0, "t": event, "s": seq[0], "d": data}))

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
