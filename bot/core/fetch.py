"""FeedFetcher: polite HTTP GETs over one shared httpx.AsyncClient, every outcome returned as a FetchResult.

Politeness and safety: bounded concurrency overall and per host, a descriptive User-Agent, conditional GET, redirects
followed hop by hop (so a URLGuard can vet each hop), a size cap enforced while streaming, a wall-clock deadline
around the whole exchange, and a few retries with exponential backoff + jitter for timeouts, 5xx and connection
errors. 429/503 are not retried here: their Retry-After goes back to the caller's per-feed state machine.
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import logging
import random
import re
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Protocol
from urllib.parse import urljoin, urlsplit

import httpx

from bot import USER_AGENT
from bot.core.http_transport import aiohttp_transport
from bot.errors import BlockedURLError, FetchError
from bot.models import FetchResult, FetchStatus

log = logging.getLogger(__name__)

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, "
    "text/xml;q=0.8, */*;q=0.5"
)
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
# Retrying these may help; 429/503 with Retry-After are the server asking us to go away for a while instead.
_RETRY_STATUSES = frozenset({500, 502, 503, 504, 520, 521, 522, 523, 524})
# Measured on loopback (bench/pipeline_bench.py), CPU for 1,000 conditional GETs: over httpcore it grows with the
# connections in the pool (it checks each pooled connection on every request: 2.3 s at 4 in flight, 3.5 s at 16);
# over the default aiohttp transport it stays flat (0.7-1.1 s at 4, 8 or 16). Network latency, not CPU, limits a real
# poll of many hosts, so 16 in flight overall; 4 per host is politeness.
DEFAULT_MAX_IN_FLIGHT = 16
DEFAULT_PER_HOST = 4


class URLGuard(Protocol):
    """Vets a URL before each request hop; raises BlockedURLError to refuse it (D1 implements it)."""

    async def check(self, url: str) -> None: ...


def make_client(
    *, transport: httpx.AsyncBaseTransport | None = None, max_connections: int = 2 * DEFAULT_MAX_IN_FLIGHT
) -> httpx.AsyncClient:
    """The one shared AsyncClient: grokwatch's User-Agent, gzip, no automatic redirects (the fetcher follows them).

    Without a `transport` (the guard brings its own) requests go over aiohttp's pool: see bot.core.http_transport.
    """
    limits = httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections)
    return httpx.AsyncClient(
        headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
        follow_redirects=False,
        timeout=httpx.Timeout(30.0, connect=10.0),
        limits=limits,
        transport=transport or aiohttp_transport(limits),
    )


class _TooLarge(Exception):
    pass


class FeedFetcher:
    """Fetches feeds and pages; `fetch` never raises for HTTP or network trouble (status "error" instead)."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        *,
        max_in_flight: int = DEFAULT_MAX_IN_FLIGHT,
        per_host: int = DEFAULT_PER_HOST,
        max_redirects: int = 5,
        retries: int = 2,
        guard: URLGuard | None = None,
        backoff_base_s: float = 0.5,
        rng: random.Random | None = None,
    ) -> None:
        self._client = client
        self._in_flight = asyncio.Semaphore(max_in_flight)
        self._per_host_limit = per_host
        self._per_host: dict[str, asyncio.Semaphore] = {}
        self._max_redirects = max_redirects
        self._retries = retries
        self._guard = guard
        self._backoff_base_s = backoff_base_s
        self._rng = rng or random.Random()

    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        timeout_s: float = 20.0,
        max_bytes: int = 10_000_000,
        accept: str = FEED_ACCEPT,
    ) -> FetchResult:
        """GET `url` (conditionally when etag/last_modified are given) within `timeout_s` wall-clock seconds."""
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        loop = asyncio.get_running_loop()
        started = time.monotonic()
        deadline: float | None = None
        result = FetchResult(status="error", url=url, error="not attempted")
        for attempt in range(self._retries + 1):
            if attempt:
                delay = self._backoff_delay(attempt)
                # a retry that cannot finish before the deadline is pointless
                if deadline is not None and loop.time() + delay + 0.5 >= deadline:
                    break
                await asyncio.sleep(delay)
            async with self._host_slot(url), self._in_flight:
                # the deadline starts once we hold the slots: queueing behind other feeds is not this feed's fault
                deadline = deadline if deadline is not None else loop.time() + timeout_s
                remaining = deadline - loop.time()
                if remaining <= 0:
                    break
                try:
                    async with asyncio.timeout(remaining):
                        result = await self._exchange(url, headers, max_bytes)
                except TimeoutError:
                    result = FetchResult(status="error", url=url, error=f"timed out after {timeout_s:g} s")
            if not _retryable(result):
                break
            log.debug("fetch %s failed (%s); attempt %d of %d", url, result.error, attempt + 1, self._retries + 1)
        return dataclasses.replace(result, elapsed_s=time.monotonic() - started)

    def _backoff_delay(self, attempt: int) -> float:
        # exponential with "equal jitter": half fixed, half random, so retries from many feeds spread out
        ceiling = self._backoff_base_s * 2.0 ** (attempt - 1)
        return ceiling / 2 + self._rng.uniform(0, ceiling / 2)

    def _host_slot(self, url: str) -> asyncio.Semaphore:
        host = _host(url)
        slot = self._per_host.get(host)
        if slot is None:
            slot = self._per_host[host] = asyncio.Semaphore(self._per_host_limit)
        return slot

    async def _exchange(self, url: str, headers: Mapping[str, str], max_bytes: int) -> FetchResult:
        """One logical request: follow redirects hop by hop (guard on each), then read the body under the cap."""
        current = url
        visited = {url}
        for _hop in range(self._max_redirects + 1):
            try:
                if self._guard is not None:
                    await self._guard.check(current)
                request = self._client.build_request("GET", _parsed_url(current), headers=headers)
                response = await self._client.send(request, stream=True)
            except BlockedURLError as exc:
                return _error(url, current, f"blocked: {exc}")
            except FetchError as exc:  # a guard may fail for other reasons (DNS lookup); still a value
                return _error(url, current, f"guard: {exc}")
            except (httpx.HTTPError, httpx.InvalidURL) as exc:
                return _error(url, current, _describe(exc))
            try:
                response_headers = header_dict(response.headers)
                location = response_headers.get("location")
                if response.status_code in _REDIRECTS and location:
                    target = urljoin(str(response.url), location.strip())
                    if target in visited:
                        return _error(url, current, f"redirect loop at {target}", response.status_code)
                    visited.add(target)
                    current = target
                    await _drain(response)
                    continue
                return await _finish(url, current, response, response_headers, max_bytes)
            finally:
                await response.aclose()
        return _error(url, current, f"too many redirects (more than {self._max_redirects})")


_URL_CACHE_SIZE = 4096


@functools.lru_cache(maxsize=_URL_CACHE_SIZE)
def _parsed_url(url: str) -> httpx.URL:
    """The URL parsed once per distinct string: a poll fetches the same feed URLs every time (~0.1 ms each)."""
    return httpx.URL(url)


@functools.lru_cache(maxsize=_URL_CACHE_SIZE)
def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


async def _finish(
    url: str, final: str, response: httpx.Response, headers: dict[str, str], max_bytes: int
) -> FetchResult:
    code = response.status_code
    status: FetchStatus = "error"
    error = None
    retry_after = None
    body = b""
    if code == 304:
        await _drain(response)
        status = "not_modified"
    elif not 200 <= code < 300:
        await _drain(response)
        retry_after = retry_after_seconds(headers.get("retry-after")) if code in (429, 503) else None
        error = f"HTTP {code} {response.reason_phrase or ''}".strip()
    else:
        try:
            body, status = await _read_capped(response, headers, max_bytes), "ok"
        except _TooLarge:
            error = f"response larger than {max_bytes} bytes"
        except httpx.HTTPError as exc:
            error = _describe(exc)
    return FetchResult(
        status=status,
        url=url,
        final_url=final,
        status_code=code,
        body=body,
        headers=headers,
        etag=headers.get("etag"),
        last_modified=headers.get("last-modified"),
        error=error,
        retry_after_s=retry_after,
        max_age_s=max_age_seconds(headers.get("cache-control")),
    )


def header_dict(headers: httpx.Headers) -> dict[str, str]:
    """Response headers as {lower-case name: value}, repeated names joined with ", " (as `Headers.items()`).

    Built from the raw bytes: `Headers.items()` and `.get()` re-detect the headers' encoding on every call.
    """
    out: dict[str, str] = {}
    try:
        for raw_key, raw_value in headers.raw:
            key, value = raw_key.decode("ascii").lower(), raw_value.decode("ascii")
            out[key] = f"{out[key]}, {value}" if key in out else value
    except UnicodeDecodeError:  # non-ASCII header bytes: httpx's own decoding rules
        return {k.lower(): v for k, v in headers.items()}
    return out


# Bodies of 304s, redirects and errors are read up to this so the connection goes back to the pool; closing a
# response with its body unread makes httpcore drop the connection (a new TCP connection for every 304).
_DRAIN_MAX_BYTES = 64 * 1024


async def _drain(response: httpx.Response) -> None:
    """Read a small unwanted body (keep-alive); a large or broken one is abandoned and the connection closed."""
    size = 0
    try:
        async for chunk in response.aiter_raw():
            size += len(chunk)
            if size > _DRAIN_MAX_BYTES:
                return
    except httpx.HTTPError:
        return


async def _read_capped(response: httpx.Response, headers: Mapping[str, str], max_bytes: int) -> bytes:
    declared = headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes and "content-encoding" not in headers:
        raise _TooLarge
    chunks: list[bytes] = []
    size = 0
    # aiter_bytes yields decoded bytes, so the cap also bounds a gzip bomb's expansion
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise _TooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def _retryable(result: FetchResult) -> bool:
    if result.status != "error" or (result.error or "").startswith(
        ("blocked:", "guard:", "response larger", "redirect loop")
    ):
        return False
    if result.status_code is None:
        # network trouble and httpx's own timeouts; our deadline stops retries once time is up
        return not (result.error or "").startswith(("too many redirects", "invalid URL"))
    return result.status_code in _RETRY_STATUSES and result.retry_after_s is None


def _error(url: str, final: str, message: str, status_code: int | None = None) -> FetchResult:
    return FetchResult(status="error", url=url, final_url=final, status_code=status_code, error=message)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, httpx.InvalidURL | httpx.UnsupportedProtocol):
        return f"invalid URL: {exc}"
    detail = " ".join(str(exc).split()) or type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return f"timed out ({type(exc).__name__})"
    if isinstance(exc, httpx.ConnectError):
        return f"connection failed: {detail}"
    return f"{type(exc).__name__}: {detail}"


# max-age only: s-maxage is for shared caches, and grokwatch is a private client
_MAX_AGE = re.compile(r"(?:^|,)\s*max-age\s*=\s*\"?(\d+)", re.I)


def max_age_seconds(cache_control: str | None) -> float | None:
    """Seconds from Cache-Control max-age (None when absent, or when no-store/no-cache forbid reuse)."""
    if not cache_control or re.search(r"no-store|no-cache", cache_control, re.I):
        return None
    match = _MAX_AGE.search(cache_control)
    return float(match.group(1)) if match else None


def retry_after_seconds(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP-date (RFC 9110 §10.2.3)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())
