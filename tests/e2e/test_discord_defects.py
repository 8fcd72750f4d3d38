"""Defects found by the session-7 Discord audit, each driven through the real discord.py against the fake Discord."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest

from bot.cogs.render import MESSAGE_EMBED_CHARS_MAX
from bot.cogs.render_outgoing import item_embed
from bot.core.digests import item_from_dict
from tests.e2e.conftest import FAST, FeedItem, Harness, run
from tests.e2e.test_delivery import wait_outbox_idle, wait_outbox_sent
from tests.e2e.test_hostile_walk import hostile_item, seed
from tests.servers.discord_payloads import READ_MESSAGE_HISTORY, SEND_MESSAGES, VIEW_CHANNEL
from tests.servers.fake_discord import (
    ADMIN_ID,
    ADMIN_PERMISSIONS,
    APP_ID,
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
    assert bad.followups and all(f.get("allowed_mentions") == {"parse": []} for f in bad.followups)


async def test_second_masked_link_in_a_title_is_escaped(harness: Harness) -> None:
    # Was: discord.utils.escape_markdown matched `[first](…) … [second](…)` as ONE link and escaped only its first
    # bracket, leaving the bold text and the second (phishing) masked link between them live.
    # and footers, which Discord shows literally, carry the feed's name without escaping backslashes
    harness.feeds_path.write_text(
        harness.feeds_path.read_text(encoding="utf-8").replace("Wire Policy Desk", "Wire_Policy *Desk*"),
        encoding="utf-8",
    )
    await harness.start_bot()
    title = "Ofcom fines X over Grok [statement](https://ofcom.example) **urgent** [log in here](https://evil.example)"
    harness.publish(FeedItem(title, hostile_item(1, harness.clock.now()).description, "two-links", harness.clock.now()))
    await harness.poll()
    latest = await run(harness, "latest", [opt("count", 1, type_=4)])
    [embed] = latest.followups[0]["embeds"]
    assert "\\[log in here\\](https://evil.example)" in embed["title"]
    assert "\\*\\*urgent\\*\\*" in embed["title"]
    assert embed["footer"]["text"] == "Wire_Policy *Desk*"


async def test_alert_commands_refuse_early_and_keep_the_query_literal(harness: Harness) -> None:
    await harness.start_bot()
    # Was: a `here` alert was saved in a channel the bot cannot post in; its first match was refused by Discord.
    locked = await run(
        harness,
        "alerts",
        [sub("add", opt("query", "grok"), opt("where", "here"))],
        app_permissions=VIEW_CHANNEL | READ_MESSAGE_HISTORY,
    )
    assert "I cannot post in this channel (missing Send Messages, Embed Links)" in locked.text()
    assert await harness.services.alerts.subscriptions(MEMBER_ID) == []
    # Was: "Paused 0 alerts." for an alert number the member does not have.
    assert "You have no alert #42" in (await run(harness, "alerts", [sub("pause", opt("alert", 42, type_=4))])).text()
    # Was: a backtick in the query closed the code span early, so the rest of the query rendered as markdown.
    added = await run(harness, "alerts", [sub("add", opt("query", "grok` **ofcom** `online"))])
    assert "Alert #1 added: `grokˋ **ofcom** ˋonline`" in added.text()
    harness.publish(hostile_item(1, harness.clock.now() - timedelta(minutes=5)))
    await harness.poll()
    await harness.wait_for(lambda: harness.fake.dms_to(MEMBER_ID))
    [dm] = harness.fake.dms_to(MEMBER_ID)
    assert dm.content == "**grokwatch alert** for `grokˋ **ofcom** ˋonline`"


async def test_expired_page_buttons_are_taken_off_the_message(harness: Harness) -> None:
    # Was: after the paginator's timeout the ◀ ▶ buttons stayed; a click went unanswered ("This interaction failed").
    await harness.start_bot(replace(FAST, page_timeout_s=0.3))
    now = harness.clock.now()
    harness.publish(*(hostile_item(n, now - timedelta(minutes=n)) for n in range(1, 8)))
    await harness.poll()
    record = await run(harness, "latest", [opt("count", 7, type_=4)])
    assert harness.fake.button_ids(record)  # paginated
    await harness.wait_for(lambda: record.original_edits)
    followup_id = record.followup_messages[0]["id"]
    assert ("PATCH", f"/api/v10/webhooks/{APP_ID}/{record.token}/messages/{followup_id}") in harness.fake.requests
    assert record.original_edits[-1]["components"] == []


@pytest.mark.parametrize("zone", ["Europe", "Europe/" + "x" * 300])
async def test_digest_schedule_refuses_a_zone_folder_or_overlong_name(harness: Harness, zone: str) -> None:
    # Was: ZoneInfo("Europe") raised IsADirectoryError and a 300-char name OSError: "failed on our side".
    await harness.start_bot()
    options = [
        sub("schedule", opt("channel", str(OTHER_CHANNEL_ID), type_=7), opt("time", "08:30"), opt("timezone", zone))
    ]
    record = await run(harness, "digest", options, resolved=harness.fake.resolved_channel(OTHER_CHANNEL_ID), **ADMIN)
    assert "Unknown timezone" in record.text() and "failed on our side" not in record.text()


@pytest.mark.parametrize("url", ["http://a..b/feed.xml", "http://xn--/feed.xml"])
async def test_feeds_add_and_summarise_with_an_unencodable_host_are_clear_refusals(harness: Harness, url: str) -> None:
    # Was: the guard's IDNA lookup raised UnicodeError out of GuildFeedService.add and /summarise's fetch:
    # "failed on our side".
    await harness.start_bot()
    # now the guard itself refuses such a host (BlockedURLError) with a one-line reason
    record = await run(harness, "feeds", [sub("add", opt("url", url))], **ADMIN)
    assert "That URL is not allowed" in record.text() and "failed on our side" not in record.text()
    assert await harness.services.guild_feeds.feeds(GUILD_ID) == []
    summary = await run(harness, "summarise", [opt("url", url)])
    assert "That URL is not allowed" in summary.text() and "failed on our side" not in summary.text()


async def test_digest_refused_as_invalid_form_body_goes_out_as_text(harness: Harness) -> None:
    # Was: a 400 (Discord refusing the payload) was treated like a 5xx: the same digest was retried for hours with
    # backoff and finally dropped with only a log line.
    await harness.start_bot()
    harness.publish(hostile_item(1, harness.clock.now() - timedelta(hours=1)))
    await harness.poll()
    harness.fake.fail_next_posts(CHANNEL_ID, 400)
    await run(harness, "digest", [sub("now")], **ADMIN)
    await harness.wait_for(lambda: harness.fake.messages_in(CHANNEL_ID))
    await wait_outbox_sent(harness, 1)
    [posted] = harness.fake.messages_in(CHANNEL_ID)
    assert posted.embeds == [] and "grokwatch digest" in posted.content
    assert "• [1 @\u200beveryone" in posted.content and "Ограничение Гrok" in posted.content
    assert "](https://wire.example/news/hostile-1)" in posted.content
    assert posted.payload["allowed_mentions"] == {"parse": []}


async def test_digest_refused_twice_as_invalid_is_dropped_not_retried(harness: Harness) -> None:
    # The text-only version refused too: no third try, no hours of backoff, and no schedule turned off for it (the
    # message was bad, not the channel).
    await harness.start_bot()
    harness.publish(hostile_item(1, harness.clock.now() - timedelta(hours=1)))
    await harness.poll()
    harness.fake.fail_next_posts(CHANNEL_ID, 400, count=2)
    await run(harness, "digest", [sub("now")], **ADMIN)
    await wait_outbox_idle(harness)
    [row] = await harness.services.repo.outbox_rows(status="dead")
    status = await harness.services.repo.outbox_status(row.id)
    assert status is not None and status[1] == 1 and "rejected" in (status[3] or "")
    assert harness.fake.messages_in(CHANNEL_ID) == []


async def test_sync_defers_before_asking_discord_who_owns_the_bot(harness: Harness) -> None:
    # Was: without configured owner ids, /sync awaited an application-info request before its first response,
    # eating into the 3 seconds Discord allows.
    await harness.start_bot(replace(FAST, owner_ids=frozenset()))
    record = await run(harness, "sync", **ADMIN)
    assert record.callbacks[0] == {"type": 5, "data": {"flags": 64}}
    assert "Only the bot's owner" in record.text()
    assert ("GET", "/api/v10/oauth2/applications/@me") in harness.fake.requests


async def test_an_option_discord_py_cannot_resolve_gets_a_clear_answer(harness: Harness) -> None:
    # Was: a channel option missing from discord.py's cache raised TransformerError: "failed on our side".
    await harness.start_bot()
    unknown = [sub("schedule", opt("channel", "999", type_=7), opt("time", "08:30"))]
    record = await run(harness, "digest", unknown, **ADMIN)
    assert "One of the options is not valid here" in record.text()
