"""A guild's extra feed is its own: through the real discord.py, /latest, /story and /search in the guild that added
the feed show its story, another guild's do not."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.core.guild_feeds import GuildFeed
from tests.e2e.conftest import Harness, rss, run, story_item
from tests.servers.fake_discord import GUILD_ID, opt

pytestmark = pytest.mark.e2e
STRANGER_GUILD = GUILD_ID + 1_000


async def test_guild_feed_story_is_shown_only_in_its_guild(harness: Harness) -> None:
    await harness.start_bot()
    now = harness.clock.now()
    harness.publish(story_item(1, "Ofcom widens its X inquiry into Grok images", published=now - timedelta(hours=1)))
    local = story_item(
        77,
        "Harbour Assembly summons X over Grok deepfakes",
        published=now - timedelta(minutes=30),
        body="The Harbour Assembly's digital committee summoned X executives over Grok deepfakes and asked Ofcom to "
        'use its Online Safety Act powers. "Our members deserve a straight answer," said committee chair Priya '
        "Nandakumar.",
    )
    harness.site.add_feed("/harbour.rss", rss([local], title="Harbour Gazette"))
    # In production the guarded poller polls guild feeds; the guard refuses loopback, so poll the spec directly here.
    spec = GuildFeed(1, GUILD_ID, "Harbour Gazette", harness.site.url("/harbour.rss"), 5, now).spec()
    report = await harness.services.poller.poll_feed(spec)
    assert report.error is None and [s.relevant for s in report.new_stories] == [True]
    local_id = report.new_stories[0].id
    await harness.poll()

    home = await run(harness, "latest", [opt("count", 5, type_=4)])
    assert "Harbour Assembly summons X" in home.text() and "Ofcom widens" in home.text()
    away = await run(harness, "latest", [opt("count", 5, type_=4)], guild_id=STRANGER_GUILD)
    assert "Ofcom widens" in away.text() and "Harbour" not in away.text()

    assert "Nandakumar" in (await run(harness, "story", [opt("story", local_id)])).text()
    hidden = await run(harness, "story", [opt("story", local_id)], guild_id=STRANGER_GUILD)
    assert "No story with that id" in hidden.text() and "Nandakumar" not in hidden.text()
    searched = await run(harness, "search", [opt("query", "harbour")], guild_id=STRANGER_GUILD)
    assert "Nothing matched" in searched.text()
