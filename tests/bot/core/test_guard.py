"""The network guard: address classes, odd IP spellings, schemes, DNS rebinding, redirects to private hosts."""

from __future__ import annotations

import ipaddress
from collections.abc import AsyncIterator, Sequence

import httpx
import pytest
from aiohttp import web

from bot.core.fetch import FeedFetcher, make_client
from bot.core.guard import NetworkGuard, blocked_reason, host_literal
from bot.errors import BlockedURLError

PUBLIC = "93.184.216.34"


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("127.255.1.2", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.5.4", "private"),
        ("192.168.0.10", "private"),
        ("fc00::1", "private"),
        ("fd12:3456::1", "private"),
        ("169.254.169.254", "cloud metadata"),
        ("fd00:ec2::254", "cloud metadata"),
        ("169.254.10.1", "link-local"),
        ("fe80::1", "link-local"),
        ("100.64.0.1", "carrier-grade NAT"),
        ("100.127.255.254", "carrier-grade NAT"),
        ("224.0.0.251", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("240.0.0.1", "private|reserved"),
        ("255.255.255.255", "private|reserved"),
        ("192.0.2.1", "private|not a public"),
        ("::ffff:127.0.0.1", "embeds 127.0.0.1, .*loopback"),
        ("::ffff:169.254.169.254", "cloud metadata"),
        ("::127.0.0.1", "embeds 127.0.0.1"),
        ("2002:7f00:1::", "embeds 127.0.0.1"),
        ("2002:a00:1::", "embeds 10.0.0.1"),
        ("64:ff9b::a9fe:a9fe", "embeds 169.254.169.254"),
        ("2001:0:4136:e378:8000:63bf:80ff:fffe", "embeds|private|not a public"),  # Teredo
    ],
)
def test_non_public_addresses_are_refused(address: str, reason: str) -> None:
    found = blocked_reason(ipaddress.ip_address(address))
    assert found is not None
    assert __import__("re").search(reason, found), found


@pytest.mark.parametrize(
    "address", [PUBLIC, "1.1.1.1", "2606:4700:4700::1111", "::ffff:93.184.216.34", "2002:5db8:d822::"]
)
def test_public_addresses_pass(address: str) -> None:
    assert blocked_reason(ipaddress.ip_address(address)) is None


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("2130706433", "127.0.0.1"),
        ("0x7f.1", "127.0.0.1"),
        ("0177.0.0.1", "127.0.0.1"),
        ("127.1", "127.0.0.1"),
        ("0x7f000001", "127.0.0.1"),
        ("[::1]", "::1"),
        ("127.0.0.1.", "127.0.0.1"),
        ("example.com", None),
    ],
)
def test_host_literal_reads_every_inet_aton_spelling(host: str, expected: str | None) -> None:
    found = host_literal(host)
    assert (str(found) if found else None) == expected


def resolver_from(table: dict[str, Sequence[str]]):  # type: ignore[no-untyped-def]
    calls: list[str] = []

    async def resolve(host: str, port: int) -> list[str]:
        calls.append(host)
        if host not in table:
            raise OSError(f"Name or service not known: {host}")
        return list(table[host])

    resolve.calls = calls  # type: ignore[attr-defined]
    return resolve


GUARD = NetworkGuard(
    resolver=resolver_from(
        {
            "public.test": [PUBLIC],
            "evil.test": ["127.0.0.1"],
            "mixed.test": [PUBLIC, "10.0.0.7"],
            "meta.test": ["169.254.169.254"],
        }
    )
)


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://2130706433/", "loopback"),
        ("http://0x7f.1/feed", "loopback"),
        ("http://127.1:8080/", "loopback"),
        ("http://[::ffff:127.0.0.1]/", "loopback"),
        ("http://[::ffff:7f00:1]/", "loopback"),
        ("http://169.254.169.254/latest/meta-data/", "cloud metadata"),
        ("http://meta.test/", "cloud metadata"),
        ("http://evil.test/rss", "loopback"),
        ("http://mixed.test/", "private"),
        ("https://100.64.1.1/", "carrier-grade"),
        ("http://[fe80::1%25eth0]/", "link-local"),
        ("http://0177.0.0.1/", "valid URL|loopback"),
        ("ftp://public.test/feed", "only http and https"),
        ("file:///etc/passwd", "only http and https"),
        ("javascript:alert(1)", "only http and https"),
        ("http://user:secret@public.test/", "user name or password"),
        ("http://nowhere.test/", "cannot resolve"),
        ("http:///nohost", "no host|valid URL"),
        ("http://xn--/", "valid URL"),
        ("http://a..b/", "not a valid host name|cannot resolve"),
    ],
)
async def test_check_refuses_with_a_clear_reason(url: str, reason: str) -> None:
    with pytest.raises(BlockedURLError, match=reason) as info:
        await GUARD.check(url)
    assert "\n" not in str(info.value)


async def test_check_allows_public_hosts() -> None:
    await GUARD.check("https://public.test/feed.xml")
    await GUARD.check(f"http://{PUBLIC}:8080/rss")


# ---- connect-time checks against real loopback servers -------------------------------------------------------


@pytest.fixture
async def site() -> AsyncIterator[tuple[int, int]]:
    """Two loopback servers: `ok` (allowed by the test guard's hook) and `secret` (an internal service)."""

    async def feed(request: web.Request) -> web.Response:
        return web.Response(text=f"<rss><channel><title>host={request.host}</title></channel></rss>")

    where: dict[str, str] = {}

    async def to_secret(_: web.Request) -> web.Response:
        raise web.HTTPFound(where["secret"])

    async def secret(_: web.Request) -> web.Response:
        return web.Response(text="internal admin panel")

    ok_app, secret_app = web.Application(), web.Application()
    ok_app.router.add_get("/feed", feed)
    ok_app.router.add_get("/redirect", to_secret)
    secret_app.router.add_get("/", secret)
    runners = [web.AppRunner(ok_app), web.AppRunner(secret_app)]
    ports = []
    for runner in runners:
        await runner.setup()
        tcp = web.TCPSite(runner, "127.0.0.1", 0)
        await tcp.start()
        ports.append(runner.addresses[0][1])
    where["secret"] = f"http://evil.test:{ports[1]}/"
    try:
        yield ports[0], ports[1]
    finally:
        for runner in runners:
            await runner.cleanup()


def loopback_guard(ok_port: int, table: dict[str, Sequence[str]]) -> NetworkGuard:
    """Resolver per test; only the `ok` server's port on 127.0.0.1 is let through (the test-only allow hook)."""
    return NetworkGuard(
        resolver=resolver_from(table), allow=lambda ip, port: str(ip) == "127.0.0.1" and port == ok_port
    )


async def test_transport_connects_to_the_validated_address(site: tuple[int, int]) -> None:
    ok, _ = site
    guard = loopback_guard(ok, {"feeds.test": ["127.0.0.1"]})
    async with httpx.AsyncClient(transport=guard.transport()) as client:
        # feeds.test exists in no DNS: the request can only arrive because we dialled the IP we validated
        response = await client.get(f"http://feeds.test:{ok}/feed")
    assert response.status_code == 200
    assert f"host=feeds.test:{ok}" in response.text


async def test_transport_refuses_loopback_at_connect_time(site: tuple[int, int]) -> None:
    _, secret = site
    guard = loopback_guard(0, {})
    async with httpx.AsyncClient(transport=guard.transport()) as client:
        with pytest.raises(BlockedURLError, match="loopback"):
            await client.get(f"http://127.0.0.1:{secret}/")


async def test_redirect_to_private_host_is_refused_on_that_hop(site: tuple[int, int]) -> None:
    ok, _ = site
    guard = loopback_guard(ok, {"feeds.test": ["127.0.0.1"], "evil.test": ["127.0.0.1"]})
    async with httpx.AsyncClient(transport=guard.transport(), follow_redirects=True) as client:
        with pytest.raises(BlockedURLError, match=r"evil\.test is not allowed: 127\.0\.0\.1 is a loopback"):
            await client.get(f"http://feeds.test:{ok}/redirect")


async def test_feed_fetcher_with_guard_reports_blocked_redirect(site: tuple[int, int]) -> None:
    ok, _ = site
    guard = loopback_guard(ok, {"feeds.test": ["127.0.0.1"], "evil.test": ["127.0.0.1"]})
    async with make_client(transport=guard.transport()) as client:
        fetcher = FeedFetcher(client, guard=guard, retries=0)
        good = await fetcher.fetch(f"http://feeds.test:{ok}/feed")
        bad = await fetcher.fetch(f"http://feeds.test:{ok}/redirect")
    assert good.status == "ok"
    assert bad.status == "error"
    assert bad.error is not None and "blocked" in bad.error and "evil.test" in bad.error


async def test_dns_rebinding_public_at_check_private_at_connect(site: tuple[int, int]) -> None:
    _, secret = site
    answers = iter([[PUBLIC], ["127.0.0.1"], ["127.0.0.1"]])

    async def rebinding(host: str, port: int) -> list[str]:
        return next(answers)

    guard = NetworkGuard(resolver=rebinding)
    url = f"http://rebind.test:{secret}/"
    await guard.check(url)  # first answer: public, so the pre-check passes
    async with httpx.AsyncClient(transport=guard.transport()) as client:
        with pytest.raises(BlockedURLError, match="loopback"):
            await client.get(url)  # the connect-time lookup sees 127.0.0.1 and refuses
