"""FeedFetcher against a real loopback feed site: conditional GET, redirects, gzip, caps, deadlines, retries."""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from bot import USER_AGENT
from bot.core.fetch import FeedFetcher, header_dict, make_client, max_age_seconds, retry_after_seconds
from bot.core.parse import parse_feed
from bot.errors import BlockedURLError, FeedParseError, FetchError
from tests.servers.feedsite import FeedSite

FEED = (Path(__file__).resolve().parents[2] / "fixtures" / "feeds" / "ofcom_rss.xml").read_bytes()
LAST_MODIFIED = "Mon, 12 Jan 2026 09:30:00 GMT"


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with make_client() as c:
        yield c


def fetcher(client: httpx.AsyncClient, **kwargs: object) -> FeedFetcher:
    # tiny backoff so retry tests stay quick; seeded jitter keeps runs repeatable
    return FeedFetcher(client, backoff_base_s=0.01, rng=random.Random(4), **kwargs)  # type: ignore[arg-type]


async def test_200_then_304_with_etag(site: FeedSite, client: httpx.AsyncClient) -> None:
    site.add_feed("/feed.rss", FEED, etag='"v1"')
    f = fetcher(client)
    first = await f.fetch(site.url("/feed.rss"))
    assert first.status == "ok" and first.status_code == 200
    assert first.body == FEED and first.etag == '"v1"'
    assert first.headers["content-type"].startswith("application/rss+xml")
    second = await f.fetch(site.url("/feed.rss"), etag=first.etag)
    assert second.status == "not_modified" and second.body == b""
    assert site.requests[-1].header("If-None-Match") == '"v1"'


async def test_connection_reused_after_304_redirect_and_error(site: FeedSite, client: httpx.AsyncClient) -> None:
    # httpcore drops a connection whose response body was never read: a 304 poll must not cost a new TCP connection
    site.add_feed("/feed.rss", FEED, etag='"v1"')
    site.add_redirect("/old.rss", "/feed.rss")
    site.add_status("/gone.rss", 404, body="not here")
    f = fetcher(client, per_host=1)  # one connection at a time, so reuse is the only way to keep one
    assert (await f.fetch(site.url("/feed.rss"), etag='"v1"')).status == "not_modified"
    assert (await f.fetch(site.url("/gone.rss"))).status_code == 404
    assert (await f.fetch(site.url("/old.rss"), etag='"v1"')).status == "not_modified"
    assert (await f.fetch(site.url("/feed.rss"), etag='"v1"')).status == "not_modified"
    assert len(site.requests) == 5 and len({r.client_port for r in site.requests}) == 1


async def test_304_with_last_modified(site: FeedSite, client: httpx.AsyncClient) -> None:
    site.add_feed("/feed.rss", FEED, last_modified=LAST_MODIFIED)
    first = await fetcher(client).fetch(site.url("/feed.rss"))
    assert first.last_modified == LAST_MODIFIED and first.etag is None
    second = await fetcher(client).fetch(site.url("/feed.rss"), last_modified=first.last_modified)
    assert second.status == "not_modified"
    assert site.requests[-1].header("If-Modified-Since") == LAST_MODIFIED


async def test_changed_etag_gives_new_body(site: FeedSite, client: httpx.AsyncClient) -> None:
    site.add_feed("/feed.rss", FEED, etag='"v2"')
    result = await fetcher(client).fetch(site.url("/feed.rss"), etag='"v1"')
    assert result.status == "ok" and result.etag == '"v2"' and result.body == FEED


async def test_user_agent_and_accept_sent(site: FeedSite, client: httpx.AsyncClient) -> None:
    site.add_feed("/feed.rss", FEED)
    await fetcher(client).fetch(site.url("/feed.rss"))
    request = site.requests[-1]
    assert request.header("User-Agent") == USER_AGENT
    assert "grokwatch" in USER_AGENT and "http" in USER_AGENT
    assert "application/rss+xml" in (request.header("Accept") or "")
    assert "gzip" in (request.header("Accept-Encoding") or "")


async def test_gzip_body_is_decoded(site: FeedSite, client: httpx.AsyncClient) -> None:
    site.add_feed("/feed.rss", FEED, gzip=True)
    result = await fetcher(client).fetch(site.url("/feed.rss"))
    assert result.status == "ok" and result.body == FEED
    assert result.headers.get("content-encoding") == "gzip"


async def test_redirects_followed_and_final_url_reported(site: FeedSite, client: httpx.AsyncClient) -> None:
    site.add_redirect("/old.rss", "/middle.rss", status=301)
    site.add_redirect("/middle.rss", site.url("/feed.rss"), status=307)
    site.add_feed("/feed.rss", FEED)
    result = await fetcher(client).fetch(site.url("/old.rss"))
    assert result.status == "ok" and result.body == FEED
    assert result.url == site.url("/old.rss") and result.final_url == site.url("/feed.rss")


async def test_redirect_loop_is_an_error(site: FeedSite, client: httpx.AsyncClient) -> None:
    site.add_redirect("/a", "/b")
    site.add_redirect("/b", "/a")
    result = await fetcher(client).fetch(site.url("/a"))
    assert result.status == "error" and "redirect loop" in (result.error or "")
    assert site.hits("/a") == 1 and site.hits("/b") == 1  # not retried


async def test_too_many_redirects(site: FeedSite, client: httpx.AsyncClient) -> None:
    for i in range(10):
        site.add_redirect(f"/r{i}", f"/r{i + 1}")
    result = await fetcher(client, max_redirects=3).fetch(site.url("/r0"))
    assert result.status == "error" and "too many redirects" in (result.error or "")
    assert site.hits("/r4") == 0


class RecordingGuard:
    """A URLGuard that records every hop and refuses one path."""

    def __init__(self, refuse: str) -> None:
        self.seen: list[str] = []
        self.refuse = refuse

    async def check(self, url: str) -> None:
        self.seen.append(url)
        if url.endswith(self.refuse):
            raise BlockedURLError("private address", url=url)


async def test_guard_checks_every_redirect_hop(site: FeedSite, client: httpx.AsyncClient) -> None:
    site.add_redirect("/start", "/internal")
    site.add_feed("/internal", FEED)
    guard = RecordingGuard(refuse="/internal")
    result = await fetcher(client, guard=guard).fetch(site.url("/start"))
    assert guard.seen == [site.url("/start"), site.url("/internal")]
    assert result.status == "error" and (result.error or "").startswith("blocked:")
    assert site.hits("/internal") == 0


class FailingGuard:
    """A URLGuard whose own lookup fails (not a refusal)."""

    async def check(self, url: str) -> None:
        raise FetchError("cannot resolve feeds.example: timed out", url=url)


async def test_guard_failure_is_a_value_not_an_exception(site: FeedSite, client: httpx.AsyncClient) -> None:
    site.add_feed("/feed.rss", FEED)
    result = await fetcher(client, guard=FailingGuard()).fetch(site.url("/feed.rss"))
    assert result.status == "error" and (result.error or "").startswith("guard: cannot resolve")
    assert site.hits("/feed.rss") == 0


async def test_429_returns_retry_after_without_retrying(site: FeedSite, client: httpx.AsyncClient) -> None:
    site.add_feed("/feed.rss", FEED)
    site.queue("/feed.rss", status=429, retry_after="120")
    result = await fetcher(client).fetch(site.url("/feed.rss"))
    assert result.status == "error" and result.status_code == 429
    assert result.retry_after_s == 120.0
    assert site.hits("/feed.rss") == 1


async def test_503_with_http_date_retry_after(site: FeedSite, client: httpx.AsyncClient) -> None:
    site.add_status("/feed.rss", 503, headers={"Retry-After": "Wed, 21 Oct 2099 07:28:00 GMT"})
    result = await fetcher(client).fetch(site.url("/feed.rss"))
    assert result.status_code == 503 and result.retry_after_s is not None and result.retry_after_s > 86400
    assert site.hits("/feed.rss") == 1


async def test_500_is_retried_with_backoff_then_succeeds(site: FeedSite, client: httpx.AsyncClient) -> None:
    site.add_feed("/feed.rss", FEED)
    site.queue("/feed.rss", status=500, times=2)
    result = await fetcher(client, retries=2).fetch(site.url("/feed.rss"))
    assert result.status == "ok" and result.body == FEED
    assert site.hits("/feed.rss") == 3


async def test_500_gives_up_after_retries(site: FeedSite, client: httpx.AsyncClient) -> None:
    site.add_status("/feed.rss", 500)
    result = await fetcher(client, retries=2).fetch(site.url("/feed.rss"))
    assert result.status == "error" and result.error == "HTTP 500 Internal Server Error"
    assert site.hits("/feed.rss") == 3


async def test_404_is_not_retried(site: FeedSite, client: httpx.AsyncClient) -> None:
    result = await fetcher(client).fetch(site.url("/missing.rss"))
    assert result.status == "error" and result.status_code == 404
    assert site.hits("/missing.rss") == 1


async def test_server_that_never_answers_hits_the_deadline(site: FeedSite, client: httpx.AsyncClient) -> None:
    site.add_hang("/hang")
    result = await asyncio.wait_for(fetcher(client).fetch(site.url("/hang"), timeout_s=0.5), timeout=10)
    assert result.status == "error" and "timed out" in (result.error or "")


async def test_trickling_server_hits_the_deadline(site: FeedSite, client: httpx.AsyncClient) -> None:
    site.add_trickle("/slow", interval_s=0.05)
    result = await asyncio.wait_for(fetcher(client).fetch(site.url("/slow"), timeout_s=0.5), timeout=10)
    assert result.status == "error" and "timed out" in (result.error or "")


async def test_endless_body_is_cut_at_the_cap(site: FeedSite, client: httpx.AsyncClient) -> None:
    site.add_endless("/endless")
    result = await asyncio.wait_for(fetcher(client).fetch(site.url("/endless"), max_bytes=200_000), timeout=20)
    assert result.status == "error" and "larger than 200000 bytes" in (result.error or "")
    assert result.body == b""
    assert site.hits("/endless") == 1


async def test_declared_length_over_cap_is_refused(site: FeedSite, client: httpx.AsyncClient) -> None:
    site.add_feed("/big.rss", b"x" * 50_000)
    result = await fetcher(client).fetch(site.url("/big.rss"), max_bytes=10_000)
    assert result.status == "error" and "larger than" in (result.error or "")


async def test_connection_refused_is_a_value(client: httpx.AsyncClient) -> None:
    async with FeedSite() as gone:
        url = gone.url("/feed.rss")
    result = await fetcher(client, retries=1).fetch(url, timeout_s=5)
    assert result.status == "error" and result.status_code is None
    assert "connection failed" in (result.error or "")


async def test_cache_control_max_age_reported(site: FeedSite, client: httpx.AsyncClient) -> None:
    site.add_feed("/feed.rss", FEED, headers={"Cache-Control": "public, max-age=900"})
    result = await fetcher(client).fetch(site.url("/feed.rss"))
    assert result.max_age_s == 900.0


async def test_per_host_limit_bounds_concurrency(site: FeedSite, client: httpx.AsyncClient) -> None:
    site.add_hang("/hang")
    f = fetcher(client, per_host=2)
    tasks = [asyncio.create_task(f.fetch(site.url("/hang"), timeout_s=5.0)) for _ in range(5)]
    for _ in range(500):  # wait (bounded) until the first requests reach the server
        if site.hits("/hang") >= 2:
            break
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.2)  # give any request beyond the limit the chance to arrive too
    in_flight = site.hits("/hang")
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    assert in_flight == 2


def test_retry_after_parsing() -> None:
    now = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    assert retry_after_seconds("30") == 30.0
    assert retry_after_seconds("Thu, 01 Jan 2026 12:05:00 GMT", now=now) == 300.0
    assert retry_after_seconds("Thu, 01 Jan 2026 11:00:00 GMT", now=now) == 0.0
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds(None) is None


def test_max_age_parsing() -> None:
    assert max_age_seconds("max-age=600") == 600.0
    assert max_age_seconds("public, s-maxage=120, max-age=60") == 60.0
    assert max_age_seconds("no-cache, max-age=600") is None
    assert max_age_seconds(None) is None


async def test_fetched_headers_let_the_parser_decode_latin1(site: FeedSite, client: httpx.AsyncClient) -> None:
    # no XML declaration: only the HTTP charset says these bytes are Latin-1
    body = '<rss version="2.0"><channel><title>Ç</title><item><title>Régulateur et Grok</title></item></channel></rss>'
    site.add_feed("/latin1.rss", body.encode("latin-1"), content_type="text/xml; charset=iso-8859-1", gzip=True)
    result = await fetcher(client).fetch(site.url("/latin1.rss"))
    parsed = parse_feed(result.body, feed_name="fr", headers=result.headers, base_url=result.final_url)
    assert parsed.entries[0].title == "Régulateur et Grok"


async def test_html_served_instead_of_feed_is_a_parse_error(site: FeedSite, client: httpx.AsyncClient) -> None:
    site.add_page("/feed", "<!doctype html><html><head><title>Page moved</title></head><body>Gone</body></html>")
    result = await fetcher(client).fetch(site.url("/feed"))
    assert result.status == "ok"
    with pytest.raises(FeedParseError, match="HTML page instead of a feed"):
        parse_feed(result.body, feed_name="moved", headers=result.headers)


async def _raw_server(reply: bytes) -> asyncio.Server:
    """A loopback TCP server that answers any request with `reply` and closes: HTTP the feed site cannot send."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(reply)
        await writer.drain()
        writer.close()

    return await asyncio.start_server(handle, "127.0.0.1", 0)


@pytest.mark.parametrize(
    "reply",
    [
        b"NOT HTTP AT ALL\r\n\r\n",  # a malformed status line
        b"HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n<rss>",  # closed mid-body
        b"",  # closed without a response
    ],
)
async def test_broken_responses_are_values(client: httpx.AsyncClient, reply: bytes) -> None:
    server = await _raw_server(reply)
    port = server.sockets[0].getsockname()[1]
    async with server:
        result = await fetcher(client, retries=0).fetch(f"http://127.0.0.1:{port}/feed.rss", timeout_s=5)
    assert result.status == "error" and result.error and "timed out" not in result.error


def test_header_dict_joins_repeated_names_like_httpx() -> None:
    headers = httpx.Headers([("Cache-Control", "max-age=60"), ("ETag", '"v1"'), ("cache-control", "public")])
    assert header_dict(headers) == {"cache-control": "max-age=60, public", "etag": '"v1"'}
    latin = httpx.Headers([("X-Name", "caf\xe9".encode("latin-1"))])
    assert header_dict(latin) == {k.lower(): v for k, v in latin.items()}


async def test_unsupported_scheme_is_an_invalid_url_not_retried(site: FeedSite, client: httpx.AsyncClient) -> None:
    site.add_redirect("/to-ftp.rss", "ftp://127.0.0.1/feed.rss")
    result = await fetcher(client, retries=2).fetch(site.url("/to-ftp.rss"))
    assert result.status == "error" and (result.error or "").startswith("invalid URL")
    assert site.hits("/to-ftp.rss") == 1
