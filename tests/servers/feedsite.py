"""A loopback feed site for tests: real HTTP on 127.0.0.1 (port 0), with the misbehaviours real feeds have.

Usage (inside an async test)::

    async with FeedSite() as site:
        site.add_feed("/news.rss", rss_bytes, etag='"v1"', last_modified="Sat, 21 Nov 2026 10:00:00 GMT")
        site.add_page("/story/1", "<html>…</html>")
        site.add_redirect("/old.rss", "/news.rss")          # 301 by default
        site.queue("/news.rss", status=500, times=2)          # the next two hits fail, then the feed again
        site.queue("/news.rss", status=429, retry_after="120")
        site.add_hang("/hang")                                # accepts, never answers
        site.add_endless("/endless")                          # 200, streams bytes forever
        site.add_trickle("/slow", interval_s=0.5)             # 200, one byte per interval forever
        url = site.url("/news.rss")
        ...
        site.requests        # every request seen: RequestRecord(method, path, path_qs, headers)
        site.hits("/news.rss")

Feeds answer conditional GETs (If-None-Match / If-Modified-Since → 304) and gzip the body when `gzip=True` and
the client accepts it. Paths may include a query string (`/search?q=grok`); an exact path_qs match wins.
"""

from __future__ import annotations

import asyncio
import gzip as gzip_module
from collections import deque
from dataclasses import dataclass, field
from types import TracebackType

from aiohttp import web

__all__ = ["FeedSite", "RequestRecord"]


@dataclass(frozen=True)
class RequestRecord:
    """One request the site received (header names as sent, lookups via `header()`)."""

    method: str
    path: str
    path_qs: str
    headers: dict[str, str]
    client_port: int = 0  # the client's end of the TCP connection: equal ports mean a reused (keep-alive) one

    def header(self, name: str) -> str | None:
        """Case-insensitive header lookup."""
        lowered = name.lower()
        return next((v for k, v in self.headers.items() if k.lower() == lowered), None)


@dataclass
class _Route:
    kind: str  # feed | status | redirect | hang | endless | trickle
    body: bytes = b""
    status: int = 200
    content_type: str = "application/rss+xml; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    gzip: bool = False
    location: str = ""
    interval_s: float = 0.0
    headers_on_304: bool = True


class FeedSite:
    """An aiohttp server on 127.0.0.1 with routes added at run time; use as `async with FeedSite() as site`."""

    def __init__(self) -> None:
        self.requests: list[RequestRecord] = []
        self._routes: dict[str, _Route] = {}
        self._queued: dict[str, deque[_Route]] = {}
        self._closing = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port = 0

    async def __aenter__(self) -> FeedSite:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        # a short shutdown timeout: hanging handlers are released by `_closing`, stragglers are cancelled
        self._runner = web.AppRunner(app, shutdown_timeout=0.5, access_log=None)
        await self._runner.setup()
        tcp = web.TCPSite(self._runner, "127.0.0.1", 0)
        await tcp.start()
        self.port = int(self._runner.addresses[0][1])
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._closing.set()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        """http://127.0.0.1:PORT"""
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        """Absolute URL of `path` on this site."""
        return self.base_url + (path if path.startswith("/") else "/" + path)

    # -- routes ---------------------------------------------------------------------------------------------------
    def add_feed(
        self,
        path: str,
        body: bytes | str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        content_type: str = "application/rss+xml; charset=utf-8",
        gzip: bool = False,
        headers: dict[str, str] | None = None,
        headers_on_304: bool = True,
    ) -> None:
        """Serve `body` at `path`, answering conditional GETs with 304 when etag/last_modified match.

        `headers` go with every answer, or only with 200s when `headers_on_304` is false (servers that send no
        Cache-Control on a 304).
        """
        data = body.encode("utf-8") if isinstance(body, str) else body
        self._routes[path] = _Route(
            "feed",
            body=data,
            content_type=content_type,
            etag=etag,
            last_modified=last_modified,
            gzip=gzip,
            headers=dict(headers or {}),
            headers_on_304=headers_on_304,
        )

    def add_page(self, path: str, html: bytes | str, *, content_type: str = "text/html; charset=utf-8") -> None:
        """Serve an HTML page (an article, or a web page where a feed was expected)."""
        self.add_feed(path, html, content_type=content_type)

    def add_redirect(self, path: str, to: str, *, status: int = 301) -> None:
        """Redirect `path` to `to` (absolute URL or a path on this site)."""
        self._routes[path] = _Route("redirect", status=status, location=to)

    def add_status(
        self, path: str, status: int, *, body: bytes | str = b"", headers: dict[str, str] | None = None
    ) -> None:
        """Always answer `path` with `status` (404, 410, 500, …)."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        self._routes[path] = _Route("status", status=status, body=data, headers=dict(headers or {}))

    def queue(self, path: str, *, status: int, times: int = 1, retry_after: str | None = None) -> None:
        """The next `times` requests to `path` get `status` (with Retry-After when given); then the route again."""
        headers = {"Retry-After": retry_after} if retry_after is not None else {}
        pending = self._queued.setdefault(path, deque())
        for _ in range(times):
            pending.append(_Route("status", status=status, headers=headers, body=f"error {status}".encode()))

    def add_hang(self, path: str) -> None:
        """Accept the request and never answer (until the site closes)."""
        self._routes[path] = _Route("hang")

    def add_endless(self, path: str, *, chunk: bytes = b"<item><title>more</title></item>\n" * 64) -> None:
        """Answer 200 and stream `chunk` forever, as fast as the client reads."""
        self._routes[path] = _Route("endless", body=chunk)

    def add_trickle(self, path: str, *, interval_s: float = 0.5) -> None:
        """Answer 200 and send one byte every `interval_s` seconds, forever."""
        self._routes[path] = _Route("trickle", interval_s=interval_s)

    def hits(self, path: str) -> int:
        """How many requests reached `path` (path or path with query string)."""
        return sum(1 for r in self.requests if path in (r.path, r.path_qs))

    # -- serving --------------------------------------------------------------------------------------------------
    async def _handle(self, request: web.Request) -> web.StreamResponse:
        peer = request.transport.get_extra_info("peername") if request.transport is not None else None
        port = int(peer[1]) if isinstance(peer, tuple) and len(peer) >= 2 else 0
        self.requests.append(RequestRecord(request.method, request.path, request.path_qs, dict(request.headers), port))
        key = request.path_qs if request.path_qs in self._routes or request.path_qs in self._queued else request.path
        pending = self._queued.get(key)
        route = pending.popleft() if pending else self._routes.get(key)
        if route is None:
            return web.Response(status=404, text="not found")
        if route.kind == "feed":
            return self._feed(request, route)
        if route.kind == "status":
            return web.Response(status=route.status, body=route.body, headers=route.headers)
        if route.kind == "redirect":
            return web.Response(status=route.status, headers={"Location": route.location})
        if route.kind == "hang":
            await self._closing.wait()
            return web.Response(status=503)
        return await self._stream(request, route)

    def _feed(self, request: web.Request, route: _Route) -> web.Response:
        headers = dict(route.headers)
        validators: dict[str, str] = {}
        if route.etag:
            validators["ETag"] = route.etag
        if route.last_modified:
            validators["Last-Modified"] = route.last_modified
        headers.update(validators)
        inm = request.headers.get("If-None-Match")
        ims = request.headers.get("If-Modified-Since")
        # RFC 9110 §13.2.2: If-None-Match takes precedence over If-Modified-Since
        if (inm is not None and route.etag is not None and route.etag in [t.strip() for t in inm.split(",")]) or (
            inm is None and ims is not None and ims == route.last_modified
        ):
            return web.Response(status=304, headers=headers if route.headers_on_304 else validators)
        body = route.body
        if route.gzip and "gzip" in request.headers.get("Accept-Encoding", ""):
            body = gzip_module.compress(body)
            headers["Content-Encoding"] = "gzip"
            headers["Vary"] = "Accept-Encoding"
        headers["Content-Type"] = route.content_type
        return web.Response(status=200, body=body, headers=headers)

    async def _stream(self, request: web.Request, route: _Route) -> web.StreamResponse:
        response = web.StreamResponse(status=200, headers={"Content-Type": "application/rss+xml"})
        await response.prepare(request)
        try:
            await response.write(b'<?xml version="1.0"?><rss version="2.0"><channel><title>endless</title>\n')
            while not self._closing.is_set():
                if route.kind == "trickle":
                    await response.write(b" ")
                    await asyncio.sleep(route.interval_s)
                else:
                    await response.write(route.body)
                    await asyncio.sleep(0)
        except ConnectionError:
            # the client hung up, which is exactly what the test wanted it to do
            pass
        return response
