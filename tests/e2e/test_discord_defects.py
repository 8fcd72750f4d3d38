"""Defects found by the session-7 Discord audit, each driven through the real discord.py against the fake Discord."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest

from bot.cogs.render import MESSAGE_EMBED_CHARS_MAX
from bot.cogs.render_outgoing import item_embed
from bot.core.digests import item_from_dict
from tests.e2e.conftest import FeedItem, Harness, run
from tests.e2e.test_delivery import wait_outbox_idle, wait_outbox_sent
from tests.e2e.test_hostile_walk import hostile_item, seed
from tests.servers.discord_payloads import READ_MESSAGE_HISTORY, SEND_MESSAGES, VIEW_CHANNEL
from tests.servers.fake_discord import (
    ADMIN_ID,
    ADMIN_PERMISSIONS,
    CHANNEL_ID,
    GUILD_ID,
    MEMBER_ID,
    OTHER_CHANNEL_ID,
    FakeChannel,
    InteractionRecord,
    PostedMessage,
    opt,
    sub,
)

pytestmark = pytest.mark.e2e
ADMIN = {"user_id": ADMIN_ID, "permissions": ADMIN_PERMISSIONS}
LOCKED_CHANNEL_ID = 1_100_000_000_000_000_099


async def all_pages(harness: Harness, record: InteractionRecord) -> str:
    """The text of every page of a paginated answer (pressing ▶ as the user would)."""
    texts = [record.text()]
    buttons = harness.fake.button_ids(record)
    pages = int(next((label.split("/")[1] for label in buttons if "/" in label), "1"))
    for _ in range(pages - 1):
        press = await harness.fake.press(record, buttons["▶"])
        await harness.wait_for(lambda press=press: press.callbacks)  # type: ignore[misc]
        texts.append(PostedMessage(0, 0, press.callbacks[0]["data"]).text())
    return "\n".join(texts)


async def test_digest_of_ten_long_stories_shows_all_ten_in_one_message(harness: Harness) -> None:
    # Was: only the stories whose full cards fit in 6,000 characters were posted ("…and 6 more"), yet all ten were
    # recorded as shown, so the rest never reached any digest of that channel.
    ids = await seed(harness, 10)
    queued = await run(harness, "digest", [sub("now")], **ADMIN)
    assert "10 stories" in queued.text()
    await harness.wait_for(lambda: harness.fake.messages_in(CHANNEL_ID))
    await wait_outbox_sent(harness, 1)
    [posted] = harness.fake.messages_in(CHANNEL_ID)
    assert len(posted.embeds) == 10 and "more" not in posted.content
    assert sorted(e["title"].split(" ", 1)[0] for e in posted.embeds) == sorted(str(n) for n in range(1, 11))
    # the most important story keeps its key points and quote; the message stays within Discord's total
    assert posted.embeds[0].get("description") and harness.fake.violations == []
    # …and the stories really would not fit at full detail (what the old renderer sent, dropping the rest)
    [row] = await harness.services.repo.outbox_rows(kind="digest")
    full = [item_embed(item_from_dict(i)) for i in row.payload["digest"]["items"]]
    assert len(full) == len(ids) == 10 and sum(len(e) for e in full) > MESSAGE_EMBED_CHARS_MAX


async def test_long_lists_are_paged_whole_instead_of_cut_at_2000_characters(harness: Harness) -> None:
    # Was: /feeds list, /feeds status, /alerts list and /digest show joined their lines into one 2,000-character
    # reply and cut it: the last feeds or alerts vanished, a masked link could be cut in half.
    long_path = "/feeds/" + "section-" * 12
    entry = "  - name: Regional Desk {n:02d}\n    url: {url}\n    fetch_full_text: false\n"
    feeds = "".join(entry.format(n=n, url=harness.site.url(f"{long_path}{n}.rss")) for n in range(30))
    harness.feeds_path.write_text("feeds:\n" + feeds, encoding="utf-8")
    await harness.start_bot()
    listed = await run(harness, "feeds", [sub("list")])
    text = await all_pages(harness, listed)
    assert all(f"Regional Desk {n:02d}" in text for n in range(30))
    assert len(re.findall(r"\[Regional Desk \d\d\]\(http://127\.0\.0\.1:\d+/feeds/[^)]+\.rss\)", text)) == 30

    query = " OR ".join(f"supervisoryauthority{k:02d}" for k in range(11))  # near the 300-character cap
    for n in range(10):
        added = await run(harness, "alerts", [sub("add", opt("query", f"{query} OR topic{n}"))])
        assert f"Alert #{n + 1} added" in added.text()
    alerts = await run(harness, "alerts", [sub("list")])
    alerts_text = await all_pages(harness, alerts)
    assert all(f"#{n} " in alerts_text for n in range(1, 11))
    assert harness.fake.violations == []


async def test_digest_now_refused_up_front_where_the_bot_cannot_post(harness: Harness) -> None:
    # Was: queued anyway ("It will appear in a moment"), then refused by Discord and dropped without a word.
    await harness.start_bot()
    harness.publish(hostile_item(1, harness.clock.now() - timedelta(hours=1)))
    await harness.poll()
    record = await run(harness, "digest", [sub("now")], app_permissions=VIEW_CHANNEL | READ_MESSAGE_HISTORY, **ADMIN)
    assert "I cannot post here (missing Send Messages, Embed Links)" in record.text()
    assert await harness.services.repo.outbox_rows(kind="digest") == []


async def test_digest_now_refused_by_discord_is_reported_to_the_guild(harness: Harness) -> None:
    # Was: a 403 on a /digest now (no schedule to disable) marked the row dead silently.
    await harness.start_bot()
    harness.publish(hostile_item(1, harness.clock.now() - timedelta(hours=1)))
    await harness.poll()
    harness.fake.fail_next_posts(OTHER_CHANNEL_ID, 403)  # permission lost between the command and the post
    await run(harness, "digest", [sub("now")], channel_id=OTHER_CHANNEL_ID, **ADMIN)
    await harness.wait_for(lambda: harness.fake.messages_in(CHANNEL_ID))  # the guild's system channel
    await wait_outbox_idle(harness)
    [notice] = harness.fake.messages_in(CHANNEL_ID)
    assert "could not be posted" in notice.content and f"<#{OTHER_CHANNEL_ID}>" in notice.content
    assert notice.payload["allowed_mentions"] == {"parse": []}


class LockedChannel(FakeChannel):
    """A text channel whose @everyone overwrite denies Send Messages (the bot has no role of its own)."""

    def payload(self) -> dict[str, Any]:
        data = super().payload()
        deny = {"id": str(GUILD_ID), "type": 0, "allow": "0", "deny": str(SEND_MESSAGES)}
        data["permission_overwrites"] = [deny]
        return data


async def test_digest_schedule_refused_for_a_channel_the_bot_cannot_post_in(harness: Harness) -> None:
    # Was: saved, then every slot failed with 403 and the schedule was switched off after the fact.
    locked = LockedChannel(LOCKED_CHANNEL_ID, "announcements", GUILD_ID)
    harness.fake.guilds[0].channels.append(locked)
    harness.fake.channels[locked.id] = locked
    await harness.start_bot()
    options = [sub("schedule", opt("channel", str(locked.id), type_=7), opt("time", "08:30"))]
    record = await run(harness, "digest", options, resolved=harness.fake.resolved_channel(locked.id), **ADMIN)
    # Discord (and discord.py) drop Embed Links along with Send Messages
    assert f"I cannot post in <#{locked.id}> (missing Send Messages, Embed Links)" in record.text()
    assert await harness.services.digests.show(GUILD_ID) == []


async def test_bad_input_echoed_in_an_error_is_inert(harness: Harness) -> None:
    # Was: a `since` at the calendar's edge raised OverflowError ("failed on our side"), and an error quoting the
    # user's own text (a bad time) carried a live @everyone.
    await harness.start_bot()
    edge = await run(harness, "latest", [opt("since", "9999-12-31T23:59:59-23:59")])
    assert "`since` must look like" in edge.text()
    options = [sub("schedule", opt("channel", str(OTHER_CHANNEL_ID), type_=7), opt("time", "@everyone 7"))]
    bad = await run(harness, "digest", options, resolved=harness.fake.resolved_channel(OTHER_CHANNEL_ID), **ADMIN)
    assert "is not HH:MM" in bad.text() and "@everyone" not in bad.text()
    assert MEMBER_ID not in (m.dm_user_id for m in harness.fake.messages)


async def test_second_masked_link_in_a_title_is_escaped(harness: Harness) -> None:
    # Was: discord.utils.escape_markdown matched `[first](…) … [second](…)` as ONE link and escaped only its first
    # bracket, leaving the bold text and the second (phishing) masked link between them live.
    await harness.start_bot()
    title = "Ofcom fines X over Grok [statement](https://ofcom.example) **urgent** [log in here](https://evil.example)"
    harness.publish(FeedItem(title, hostile_item(1, harness.clock.now()).description, "two-links", harness.clock.now()))
    await harness.poll()
    latest = await run(harness, "latest", [opt("count", 1, type_=4)])
    [embed] = latest.followups[0]["embeds"]
    assert "\\[log in here\\](https://evil.example)" in embed["title"]
    assert "\\*\\*urgent\\*\\*" in embed["title"]
