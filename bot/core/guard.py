"""Network guard for user-supplied URLs (`/feeds add`, `/summarise`): http(s) to public addresses only.

Two layers: `NetworkGuard.check(url)` refuses a URL before fetching (scheme, credentials, every resolved address),
and `GuardedTransport` re-resolves at connect time, validates every address and connects to a validated IP, so DNS
rebinding (public at check time, private at connect time) and redirects to private hosts are refused on every hop.
Operator feeds (feeds.yaml) are trusted and never pass through here.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import re
import socket
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from typing import Any

import httpcore
import httpx

from bot.errors import BlockedURLError

log = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Awaitable[Sequence[str]]]
"""(host, port) → IP address strings; injectable so tests resolve "evil.test" without DNS."""
AllowHook = Callable[[IPAddress, int], bool]
"""(address, port) → True to let a non-public address through (tests' loopback servers only)."""

_CGNAT = ipaddress.ip_network("100.64.0.0/10")  # RFC 6598 shared address space
_NAT64 = ipaddress.ip_network("64:ff9b::/96")  # RFC 6052 well-known prefix
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")  # RFC 8215 local-use
_METADATA = {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}
# inet_aton spellings: 1 to 4 dot-separated parts, each decimal, octal (leading 0) or hex (0x).
_NUMERIC_HOST = re.compile(r"(?:0x[0-9a-f]*|[0-9]+)(?:\.(?:0x[0-9a-f]*|[0-9]+)){0,3}", re.IGNORECASE)
RESOLVE_TIMEOUT_S = 10.0


async def system_resolver(host: str, port: int) -> list[str]:
    """Resolve with the OS resolver (getaddrinfo, off the event loop), every address."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def blocked_reason(ip: IPAddress) -> str | None:
    """Why an address must not be contacted, or None when it is public."""
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = _embedded_v4(ip)
        if embedded is not None:
            inner = blocked_reason(embedded)
            return f"{ip} embeds {embedded}, {inner}" if inner else None
        if ip in _NAT64_LOCAL:
            return f"{ip} is a local NAT64 address"
    if ip.is_unspecified:
        return f"{ip} is the unspecified address"
    if ip.is_loopback:
        return f"{ip} is a loopback address"
    if ip in _METADATA:
        return f"{ip} is the cloud metadata address"
    if ip.is_link_local:
        return f"{ip} is a link-local address"
    if isinstance(ip, ipaddress.IPv4Address) and ip in _CGNAT:
        return f"{ip} is a carrier-grade NAT address"
    if ip.is_multicast:
        return f"{ip} is a multicast address"
    if ip.is_private:
        return f"{ip} is a private address"
    if ip.is_reserved:
        return f"{ip} is a reserved address"
    if not ip.is_global:
        return f"{ip} is not a public address"
    return None


def _embedded_v4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (mapped, compatible, 6to4, Teredo client, NAT64), if any."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        server, client = ip.teredo
        return client if blocked_reason(client) else server
    value = int(ip)
    if ip in _NAT64 or (value >> 32) == 0xFFFF0000:  # NAT64 / SIIT ::ffff:0:a.b.c.d
        return ipaddress.IPv4Address(value & 0xFFFFFFFF)
    if value >> 32 == 0 and value > 1:  # deprecated IPv4-compatible ::a.b.c.d
        return ipaddress.IPv4Address(value)
    return None


def host_literal(host: str) -> IPAddress | None:
    """The address a host spells directly (any inet_aton form: 2130706433, 0x7f.1, 0177.0.0.1), else None."""
    h = host.strip().rstrip(".")
    if h.startswith("[") and h.endswith("]"):
        h = h[1:-1]
    h = h.split("%", 1)[0]  # IPv6 zone id
    try:
        return ipaddress.ip_address(h)
    except ValueError:
        pass
    if _NUMERIC_HOST.fullmatch(h):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(h))
        except OSError:
            raise BlockedURLError(f"{host} is not a valid address", url=host) from None
    return None


class NetworkGuard:
    """Implements bot.core.fetch.URLGuard and builds transports that enforce the same rules at connect time."""

    def __init__(self, *, resolver: Resolver | None = None, allow: AllowHook | None = None) -> None:
        self._resolver: Resolver = resolver or system_resolver
        self._allow = allow

    async def check(self, url: str) -> None:
        """Refuse (BlockedURLError, one-line reason) unless `url` is http(s) and every address it resolves to is
        public."""
        try:
            parsed = httpx.URL(url)
            host = parsed.host  # decoded lazily: a bad IDNA label ("http://xn--/") raises here, as a ValueError
        except (httpx.InvalidURL, TypeError, ValueError) as exc:
            raise BlockedURLError(f"not a valid URL: {exc}", url=url) from None
        if parsed.scheme not in ("http", "https"):
            raise BlockedURLError(f"only http and https URLs are allowed, not {parsed.scheme or 'none'}", url=url)
        if parsed.userinfo:
            raise BlockedURLError("URLs with a user name or password are not allowed", url=url)
        if not host:
            raise BlockedURLError("the URL has no host", url=url)
        port = parsed.port or (443 if parsed.scheme == "https" else 80)
        await self.resolve_public(host, port, url=url)

    async def resolve_public(self, host: str, port: int, *, url: str | None = None) -> list[IPAddress]:
        """Every address of `host`, all validated; raises BlockedURLError if any is not public (or none exist)."""
        literal = host_literal(host)
        if literal is not None:
            addresses = [literal]
        else:
            try:
                raw = await asyncio.wait_for(self._resolver(host.rstrip("."), port), RESOLVE_TIMEOUT_S)
            except UnicodeError:  # the IDNA codec refuses the name ("a..b") before any lookup
                raise BlockedURLError(f"{host} is not a valid host name", url=url) from None
            except (OSError, TimeoutError) as exc:
                raise BlockedURLError(f"cannot resolve {host}: {exc or 'timed out'}", url=url) from None
            addresses = [_parse_resolved(a) for a in raw]
            if not addresses:
                raise BlockedURLError(f"{host} has no addresses", url=url)
        for ip in addresses:
            reason = blocked_reason(ip)
            if reason and not (self._allow is not None and self._allow(ip, port)):
                shown = host if literal is None else str(literal)
                log.info("network guard refused %s (%s:%s): %s", url or host, shown, port, reason)
                raise BlockedURLError(f"{host} is not allowed: {reason}", url=url)
        return addresses

    def transport(self, **kwargs: Any) -> GuardedTransport:
        """An httpx transport that checks addresses at connect time (kwargs: max_connections, ssl_context…)."""
        return GuardedTransport(self, **kwargs)


def _parse_resolved(address: str) -> IPAddress:
    try:
        return ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        raise BlockedURLError(f"resolver returned a non-address {address!r}") from None


class GuardedNetworkBackend(httpcore.AsyncNetworkBackend):
    """httpcore network backend: resolve once, validate every address, connect to a validated IP (no re-resolve)."""

    def __init__(self, guard: NetworkGuard, inner: httpcore.AsyncNetworkBackend | None = None) -> None:
        self._guard = guard
        self._inner = inner or httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = await self._guard.resolve_public(host, port)
        last: Exception | None = None
        for ip in addresses:
            try:
                return await self._inner.connect_tcp(
                    str(ip), port, timeout=timeout, local_address=local_address, socket_options=socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        assert last is not None  # resolve_public never returns an empty list
        raise last

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        raise BlockedURLError("unix sockets are not allowed")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class GuardedTransport(httpx.AsyncBaseTransport):
    """httpx transport over httpcore with the guarded backend; ignores proxy settings (a proxy would bypass it)."""

    def __init__(
        self,
        guard: NetworkGuard,
        *,
        ssl_context: ssl.SSLContext | None = None,
        max_connections: int = 20,
        max_keepalive_connections: int = 10,
        keepalive_expiry: float = 5.0,
    ) -> None:
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context or httpx.create_ssl_context(),
            max_connections=max_connections,
            max_keepalive_connections=max_keepalive_connections,
            keepalive_expiry=keepalive_expiry,
            network_backend=GuardedNetworkBackend(guard),
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        req = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        try:
            resp = await self._pool.handle_async_request(req)
        except httpcore.TimeoutException as exc:
            raise _httpx_error(exc, request) from exc
        except (httpcore.NetworkError, httpcore.ProtocolError, httpcore.UnsupportedProtocol) as exc:
            raise _httpx_error(exc, request) from exc
        return httpx.Response(
            status_code=resp.status,
            headers=resp.headers,
            stream=_ResponseStream(resp.stream, request),
            extensions=resp.extensions,
        )

    async def aclose(self) -> None:
        await self._pool.aclose()


class _ResponseStream(httpx.AsyncByteStream):
    def __init__(self, stream: Any, request: httpx.Request) -> None:
        self._stream = stream
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for part in self._stream:
                yield part
        except (httpcore.TimeoutException, httpcore.NetworkError, httpcore.ProtocolError) as exc:
            raise _httpx_error(exc, self._request) from exc

    async def aclose(self) -> None:
        if hasattr(self._stream, "aclose"):
            await self._stream.aclose()


def _httpx_error(exc: Exception, request: httpx.Request) -> httpx.TransportError:
    # httpcore and httpx name their exceptions alike (ConnectTimeout, ReadError, RemoteProtocolError…).
    cls = getattr(httpx, type(exc).__name__, None)
    if not (isinstance(cls, type) and issubclass(cls, httpx.TransportError)):
        cls = httpx.TransportError
    return cls(str(exc) or type(exc).__name__, request=request)
