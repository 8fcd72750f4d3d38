"""The shared client's transport: httpx's API on aiohttp's connection pool and C HTTP parser (httpx-aiohttp).

Why: a warm poll of 1,000 feeds is 1,000 conditional GETs; on this project's 2-core host they cost ~1.9 s of CPU
through httpx's default transport (httpcore re-checks every pooled connection on each request, through anyio) and
~0.8 s through this one (bench/pipeline_bench.py, interleaved). httpx keeps what the fetcher uses (requests,
headers, streaming, gzip decoding, timeouts). httpx-aiohttp maps aiohttp's errors coarsely (a refused connection
becomes ConnectTimeout, a malformed response escapes unmapped), so this subclass re-maps them, keeping "every
failure is an httpx.TransportError".
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import aiohttp
import httpx
from aiohttp.client_exceptions import NonHttpUrlClientError
from httpx_aiohttp import AiohttpTransport


def aiohttp_transport(limits: httpx.Limits) -> httpx.AsyncBaseTransport:
    """An httpx transport over one aiohttp session (created lazily, on the event loop that first uses it)."""
    return _Transport(limits=limits, trust_env=False)


class _Transport(AiohttpTransport):
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await super().handle_async_request(request)
        except (httpx.TransportError, aiohttp.ClientError) as exc:
            raise _mapped(exc, request) from _origin(exc)
        # the body stream raises from aiohttp too (a reset mid-body, a broken chunk): same mapping
        response.stream = _Stream(response.stream, request)
        return response


class _Stream(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream | httpx.SyncByteStream, request: httpx.Request) -> None:
        assert isinstance(inner, httpx.AsyncByteStream)
        self._inner = inner
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._inner:
                yield chunk
        except (httpx.TransportError, aiohttp.ClientError) as exc:
            raise _mapped(exc, self._request, reading=True) from _origin(exc)

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        except (httpx.TransportError, aiohttp.ClientError) as exc:
            raise _mapped(exc, self._request, reading=True) from _origin(exc)


def _origin(exc: BaseException) -> BaseException:
    """The aiohttp exception behind httpx-aiohttp's mapped one."""
    cause = exc.__cause__
    return cause if isinstance(exc, httpx.TransportError) and isinstance(cause, aiohttp.ClientError) else exc


def _mapped(exc: BaseException, request: httpx.Request, *, reading: bool = False) -> httpx.TransportError:
    origin = _origin(exc)
    if not isinstance(origin, aiohttp.ClientError):
        return exc if isinstance(exc, httpx.TransportError) else httpx.TransportError(str(exc), request=request)
    message = " ".join(str(origin).split()) or type(origin).__name__
    cls: type[httpx.TransportError]
    if isinstance(origin, aiohttp.ConnectionTimeoutError):
        cls = httpx.ConnectTimeout
    elif isinstance(origin, asyncio.TimeoutError):
        cls = httpx.ReadTimeout
    elif isinstance(origin, aiohttp.ClientConnectorError):
        cls = httpx.ConnectError
    elif isinstance(origin, aiohttp.ClientPayloadError | aiohttp.ClientConnectionError):
        cls = httpx.ReadError if reading else httpx.RemoteProtocolError
    elif isinstance(origin, NonHttpUrlClientError):
        # worded as httpcore words it, so a feed's recorded error reads the same on either transport
        return httpx.UnsupportedProtocol(
            f"Request URL has an unsupported protocol '{request.url.scheme}://'.", request=request
        )
    elif isinstance(origin, aiohttp.InvalidURL):
        cls = httpx.UnsupportedProtocol
    else:  # a malformed response (aiohttp.ClientResponseError from its parser) and the rest
        cls = httpx.RemoteProtocolError
    return cls(message, request=request)
