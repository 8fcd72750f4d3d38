"""User-supplied URLs (/feeds add, /summarise) through the network guard, and Manage Server checked server-side."""

from __future__ import annotations

import ipaddress

import pytest

from bot.core.guard import NetworkGuard
from tests.e2e.conftest import Harness, rss, run, story_item
from tests.servers.fake_discord import ADMIN_ID, ADMIN_PERMISSIONS, GUILD_ID, MEMBER_PERMISSIONS, opt, sub

pytestmark = pytest.mark.e2e
ADMIN = {"user_id": ADMIN_ID, "permissions": ADMIN_PERMISSIONS}

ARTICLE = """<html><head><title>Ofcom sets deadline for X over Grok images</title></head><body><article>
<h1>Ofcom sets deadline for X over Grok images</h1>
<p>Britain's communications regulator Ofcom on Thursday gave X until the end of the month to explain how Grok, the
chatbot built by Elon Musk's xAI, was allowed to generate sexualised images of real people.</p>
<p>"Platforms must protect their users from this kind of abuse," said Melanie Dawes, Ofcom's chief executive. The
regulator said it could fine the company up to 10% of its global turnover under the Online Safety Act.</p>
<p>X said in a statement that it had restricted the image feature while it reviewed its safeguards.</p>
</article></body></html>"""


def site_only_guard(harness: Harness) -> NetworkGuard:
    """The real guard, except that the test's own loopback feed site counts as public (every other rule holds)."""

    def allow(ip: ipaddress.IPv4Address | ipaddress.IPv6Address, port: int) -> bool:
        return ip.is_loopback and port == harness.site.port

    return NetworkGuard(allow=allow)


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1:{port}/policy.rss", "loopback address"),
        ("http://10.20.30.40/feed.xml", "private address"),
        ("http://169.254.169.254/latest/meta-data/", "cloud metadata address"),
        ("http://[::ffff:127.0.0.1]:{port}/policy.rss", "loopback address"),  # IPv4-mapped IPv6
        ("http://2130706433:{port}/policy.rss", "loopback address"),  # 127.0.0.1 as one decimal number
        ("file:///etc/passwd", "only http and https"),
    ],
)
async def test_feeds_add_refuses_private_destinations(harness: Harness, url: str, reason: str) -> None:
    await harness.start_bot()
    record = await run(harness, "feeds", [sub("add", opt("url", url.format(port=harness.site.port)))], **ADMIN)
    assert "That URL is not allowed" in record.text() and reason in record.text()
    assert await harness.services.guild_feeds.feeds(GUILD_ID) == []
    assert harness.site.requests == []  # refused before any request reached the site


async def test_feeds_add_refuses_redirect_to_private(harness: Harness) -> None:
    harness.guard = site_only_guard(harness)
    harness.site.add_redirect("/moved.rss", "http://169.254.169.254/latest/meta-data/", status=302)
    harness.site.add_redirect("/elsewhere.rss", "http://127.0.0.1:9/policy.rss", status=301)
    await harness.start_bot()
    for path in ("/moved.rss", "/elsewhere.rss"):
        record = await run(harness, "feeds", [sub("add", opt("url", harness.site.url(path)))], **ADMIN)
        assert "not allowed" in record.text(), record.text()
    assert await harness.services.guild_feeds.feeds(GUILD_ID) == []


async def test_feeds_add_needs_manage_server_then_validates_and_saves(harness: Harness) -> None:
    harness.guard = site_only_guard(harness)
    harness.site.add_feed("/extra.rss", rss([story_item(9, "X appeals Grok ruling", published=harness.clock.now())]))
    harness.site.add_page("/not-a-feed", "<html><body><p>Just a page.</p></body></html>")
    await harness.start_bot()
    url = harness.site.url("/extra.rss")

    refused = await run(harness, "feeds", [sub("add", opt("url", url))], permissions=MEMBER_PERMISSIONS)
    assert "Manage Server" in refused.text()
    assert harness.site.hits("/extra.rss") == 0

    page = await run(harness, "feeds", [sub("add", opt("url", harness.site.url("/not-a-feed")))], **ADMIN)
    assert "not a feed" in page.text()

    added = await run(harness, "feeds", [sub("add", opt("url", url), opt("name", "Appeals desk"))], **ADMIN)
    assert "Added feed **Appeals desk**" in added.text()
    listed = await run(harness, "feeds", [sub("list")])
    assert "Appeals desk" in listed.text() and "Wire Policy Desk" in listed.text()

    assert await harness.bot.poll_guild_feeds() == 1  # type: ignore[union-attr]
    status = await run(harness, "feeds", [sub("status")])
    assert "Appeals desk** (this server)" in status.text() or "Appeals desk (this server)" in status.text()

    choices = await harness.fake.autocomplete("feeds", [sub("remove", opt("feed", "app", focused=True))])
    await harness.wait_for(lambda: choices.callbacks)
    assert [c["value"] for c in choices.callbacks[0]["data"]["choices"]] == ["Appeals desk"]
    not_admin = await run(harness, "feeds", [sub("remove", opt("feed", "Appeals desk"))])
    assert "Manage Server" in not_admin.text()
    removed = await run(harness, "feeds", [sub("remove", opt("feed", "Appeals desk"))], **ADMIN)
    assert "Removed feed" in removed.text()
    assert await harness.services.guild_feeds.feeds(GUILD_ID) == []


async def test_summarise_goes_through_the_guard(harness: Harness) -> None:
    harness.site.add_page("/article.html", ARTICLE)
    await harness.start_bot()
    blocked = await run(harness, "summarise", [opt("url", harness.site.url("/article.html"))])
    assert "not allowed" in blocked.text() and "loopback" in blocked.text()
    assert "not allowed" not in blocked.public_text()  # the refusal is private, not posted to the channel
    assert harness.site.hits("/article.html") == 0


async def test_summarise_an_allowed_article(harness: Harness) -> None:
    harness.guard = site_only_guard(harness)
    harness.site.add_page("/article.html", ARTICLE)
    await harness.start_bot()
    record = await run(harness, "summarise", [opt("url", harness.site.url("/article.html"))])
    [embed, *_] = record.followups[0]["embeds"]
    assert embed["title"] == "Ofcom sets deadline for X over Grok images"
    assert not record.original_deleted and "Ofcom sets deadline" in record.public_text()
    fields = {f["name"]: f["value"] for f in embed.get("fields", [])}
    assert "Melanie Dawes" in fields["Quotes"]
