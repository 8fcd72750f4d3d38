"""Digests, alerts and the outbox end to end: scheduled posts, DMs, 429s, a crash mid-send, untrusted titles."""

from __future__ import annotations

import asyncio
from datetime import UTC, timedelta

import pytest

from bot.core.notices import notice_item
from bot.store.outbox_store import insert_outbox
from tests.e2e.conftest import Harness, run, story_item
from tests.servers.discord_payloads import READ_MESSAGE_HISTORY
from tests.servers.fake_discord import (
    ADMIN_ID,
    ADMIN_PERMISSIONS,
    CHANNEL_ID,
    GUILD_ID,
    MEMBER_ID,
    OTHER_CHANNEL_ID,
    opt,
    sub,
)

pytestmark = pytest.mark.e2e
ADMIN = {"user_id": ADMIN_ID, "permissions": ADMIN_PERMISSIONS}


async def wait_outbox_sent(harness: Harness, count: int, timeout: float = 20.0) -> None:
    """Poll the outbox table until `count` rows are marked sent."""
    repo = harness.services.repo
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while len(await repo.outbox_rows(status="sent")) < count:
        if loop.time() > deadline:
            raise AssertionError(f"outbox never reached {count} sent rows: {await repo.outbox_rows()}")
        await asyncio.sleep(0.02)


async def wait_outbox_idle(harness: Harness, timeout: float = 20.0) -> None:
    """Poll until no outbox row is pending or being sent."""
    repo = harness.services.repo
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while await repo.outbox_rows(status="pending") or await repo.outbox_rows(status="sending"):
        if loop.time() > deadline:
            raise AssertionError(f"outbox still busy: {await repo.outbox_rows()}")
        await asyncio.sleep(0.02)


async def wait_first_gone(harness: Harness, timeout: float = 20.0) -> None:
    """Poll until a digest row waits for its channel's "gone" to be confirmed."""
    repo = harness.services.repo
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not any((r.last_error or "").startswith("gone, to be confirmed") for r in await repo.outbox_rows()):
        if loop.time() > deadline:
            raise AssertionError(f"no row waits for a gone channel: {await repo.outbox_rows()}")
        await asyncio.sleep(0.02)


async def test_scheduled_digest_appears_once_in_its_channel(harness: Harness) -> None:
    await harness.start_bot()
    clock = harness.clock
    now = clock.now()
    harness.publish(
        story_item(1, "Ofcom opens investigation into X over Grok images", published=now - timedelta(hours=1))
    )
    await harness.poll()
    slot = (now + timedelta(minutes=5)).astimezone(UTC)
    options = [sub("schedule", opt("channel", str(OTHER_CHANNEL_ID), type_=7), opt("time", slot.strftime("%H:%M")))]
    await run(harness, "digest", options, resolved=harness.fake.resolved_channel(OTHER_CHANNEL_ID), **ADMIN)
    assert harness.fake.messages_in(OTHER_CHANNEL_ID) == []

    clock.advance(timedelta(minutes=6))  # time injected: the slot has passed
    await harness.wait_for(lambda: harness.fake.messages_in(OTHER_CHANNEL_ID))
    [posted] = harness.fake.messages_in(OTHER_CHANNEL_ID)
    assert "grokwatch digest" in posted.content
    assert posted.embeds[0]["title"] == "Ofcom opens investigation into X over Grok images"
    assert posted.payload["allowed_mentions"] == {"parse": []}

    clock.advance(timedelta(minutes=1))
    assert await harness.services.digests.due() == []  # never twice for the same slot
    assert len(harness.fake.messages_in(OTHER_CHANNEL_ID)) == 1


async def test_keyword_alert_dms_matching_story_only(harness: Harness) -> None:
    await harness.start_bot()
    added = await run(harness, "alerts", [sub("add", opt("query", '"online safety act" AND grok'))])
    assert "Alert #1 added" in added.text()
    now = harness.clock.now()
    other = (
        "The European Commission sent X a formal request for information under the Digital Services Act about "
        "its recommender systems, the Commission said in Brussels on Monday. X has until March to reply, and "
        "the Commission could open proceedings and impose a fine if it is not satisfied."
    )
    harness.publish(
        story_item(1, "Ofcom opens investigation into X over Grok images", published=now - timedelta(minutes=30)),
        story_item(
            2, "Brussels asks X to explain its recommender systems", published=now - timedelta(minutes=20), body=other
        ),
    )
    reports = await harness.poll()
    assert all(s.relevant for s in reports[0].new_stories) and len(reports[0].new_stories) == 2

    await harness.wait_for(lambda: harness.fake.dms_to(MEMBER_ID))
    await wait_outbox_sent(harness, 1)
    assert await harness.services.stories.pending_alert_stories() == []  # both stories went through matching
    [dm] = harness.fake.dms_to(MEMBER_ID)
    assert dm.embeds[0]["title"] == "Ofcom opens investigation into X over Grok images"
    assert "grokwatch alert" in dm.content and dm.payload["allowed_mentions"] == {"parse": []}
    assert len(await harness.services.repo.outbox_rows(kind="alert")) == 1


async def test_rate_limited_post_is_waited_out_and_nothing_lost(harness: Harness) -> None:
    await harness.start_bot()
    harness.publish(story_item(1, "X fined by Ofcom over Grok", published=harness.clock.now() - timedelta(hours=1)))
    await harness.poll()
    harness.fake.fail_next_posts(CHANNEL_ID, 429, count=2, retry_after=0.05)
    await run(harness, "digest", [sub("now")], **ADMIN)
    await harness.wait_for(lambda: harness.fake.messages_in(CHANNEL_ID))
    await wait_outbox_sent(harness, 1)
    posts = [r for r in harness.fake.requests if r == ("POST", f"/api/v10/channels/{CHANNEL_ID}/messages")]
    assert len(posts) == 3  # two 429s, then the message
    [posted] = harness.fake.messages_in(CHANNEL_ID)
    assert posted.embeds[0]["title"] == "X fined by Ofcom over Grok"


@pytest.mark.parametrize("history", ["readable", "unreadable"])
async def test_bot_killed_mid_delivery_sends_exactly_once_after_restart(harness: Harness, history: str) -> None:
    # the restart looks for the post in the channel's history first; without Read Message History it resends with
    # the same nonce, and Discord (within minutes) returns the message it already made
    if history == "unreadable":
        harness.fake.deny_bot(CHANNEL_ID, READ_MESSAGE_HISTORY)
    await harness.start_bot()
    harness.publish(story_item(1, "Grok faces Ofcom deadline", published=harness.clock.now() - timedelta(hours=1)))
    await harness.poll()
    release = harness.fake.hold_next_post(CHANNEL_ID)  # Discord creates the message, the answer never arrives
    await run(harness, "digest", [sub("now")], **ADMIN)
    await harness.wait_for(harness.fake.held.is_set)
    assert len(await harness.services.repo.outbox_rows(kind="digest", status="sending")) == 1

    await harness.stop_bot()  # killed mid-send
    release.set()
    await harness.start_bot()  # same database
    await wait_outbox_sent(harness, 1)
    assert len(harness.fake.messages_in(CHANNEL_ID)) == 1
    posts = [r for r in harness.fake.requests if r == ("POST", f"/api/v10/channels/{CHANNEL_ID}/messages")]
    if history == "readable":
        assert len(posts) == 1 and harness.fake.duplicate_nonces == 0  # found where it was posted: not resent
    else:
        assert len(posts) == 2 and harness.fake.duplicate_nonces == 1  # resent with its nonce: Discord kept one


async def test_everyone_in_a_feed_title_pings_no_one(harness: Harness) -> None:
    await harness.start_bot()
    await run(harness, "alerts", [sub("add", opt("query", "grok"), opt("where", "here"))])
    title = "@everyone Grok fined <@&123456789012345678> [click](https://evil.example) @here"
    harness.publish(story_item(1, title, published=harness.clock.now() - timedelta(minutes=5)))
    await harness.poll()
    await harness.wait_for(lambda: harness.fake.messages_in(CHANNEL_ID))
    [alert] = harness.fake.messages_in(CHANNEL_ID)
    assert alert.content.startswith(f"<@{MEMBER_ID}> ")
    assert alert.payload["allowed_mentions"] == {"parse": [], "users": [MEMBER_ID]}

    await run(harness, "digest", [sub("now")], **ADMIN)
    await harness.wait_for(lambda: len(harness.fake.messages_in(CHANNEL_ID)) == 2)
    digest = harness.fake.messages_in(CHANNEL_ID)[1]
    assert digest.payload["allowed_mentions"] == {"parse": []}
    for message in (alert, digest):
        rendered = message.embeds[0]["title"]
        assert "@everyone" not in rendered and "@here" not in rendered and "<@&" not in rendered
        assert "\\[click\\]" in rendered  # escaped brackets: no masked link


async def test_closed_dms_are_told_once_in_the_channel(harness: Harness) -> None:
    await harness.start_bot()
    harness.fake.dm_closed.add(MEMBER_ID)
    await run(harness, "alerts", [sub("add", opt("query", "grok"))])
    now = harness.clock.now()
    harness.publish(
        story_item(1, "Ofcom opens investigation into X over Grok images", published=now - timedelta(minutes=9)),
        story_item(2, "Grok image tool restricted after Ofcom warning", published=now - timedelta(minutes=8)),
    )
    await harness.poll()
    await harness.wait_for(lambda: harness.fake.messages_in(CHANNEL_ID))
    await wait_outbox_idle(harness)  # both alerts tried (and refused), the notice sent
    [notice] = harness.fake.messages_in(CHANNEL_ID)
    assert notice.content.startswith(f"<@{MEMBER_ID}> ") and "direct message" in notice.content
    assert notice.payload["allowed_mentions"] == {"parse": [], "users": [MEMBER_ID]}
    assert harness.fake.dms_to(MEMBER_ID) == []
    listed = await run(harness, "alerts", [sub("list")])
    assert "(on)" not in listed.text()  # paused/disabled: no retry loop


@pytest.mark.parametrize("failure", ["deleted", "forbidden"])
async def test_lost_channel_disables_its_digest_and_tells_the_guild(harness: Harness, failure: str) -> None:
    await harness.start_bot()
    now = harness.clock.now()
    harness.publish(
        story_item(1, "Ofcom opens investigation into X over Grok images", published=now - timedelta(hours=1))
    )
    await harness.poll()
    slot = (now + timedelta(minutes=5)).astimezone(UTC)
    options = [sub("schedule", opt("channel", str(OTHER_CHANNEL_ID), type_=7), opt("time", slot.strftime("%H:%M")))]
    await run(harness, "digest", options, resolved=harness.fake.resolved_channel(OTHER_CHANNEL_ID), **ADMIN)
    if failure == "deleted":
        harness.fake.gone_channels.add(OTHER_CHANNEL_ID)  # 404 Unknown Channel
    else:
        harness.fake.fail_next_posts(OTHER_CHANNEL_ID, 403)  # 403 Missing Access: permission removed

    harness.clock.advance(timedelta(minutes=6))
    if failure == "deleted":
        # one 404 is not believed (Discord has answered it for live channels during incidents): asked again ten
        # minutes later, and only then is the channel forgotten and the guild told
        await wait_first_gone(harness)
        assert harness.fake.messages_in(CHANNEL_ID) == []
        shown = await run(harness, "digest", [sub("show")])
        assert "**off**" not in shown.text()
        harness.clock.advance(timedelta(minutes=10))
    await harness.wait_for(lambda: harness.fake.messages_in(CHANNEL_ID))  # the guild's system channel
    [notice] = harness.fake.messages_in(CHANNEL_ID)
    assert "turned off" in notice.content and f"<#{OTHER_CHANNEL_ID}>" in notice.content
    shown = await run(harness, "digest", [sub("show")])
    assert "**off**" in shown.text()


async def test_digest_missed_while_down_is_sent_once_on_start(harness: Harness) -> None:
    await harness.start_bot()
    now = harness.clock.now()
    harness.publish(story_item(1, "Grok inquiry widens to image tools", published=now - timedelta(hours=1)))
    await harness.poll()
    slot = (now + timedelta(minutes=5)).astimezone(UTC)
    options = [sub("schedule", opt("channel", str(OTHER_CHANNEL_ID), type_=7), opt("time", slot.strftime("%H:%M")))]
    await run(harness, "digest", options, resolved=harness.fake.resolved_channel(OTHER_CHANNEL_ID), **ADMIN)
    await harness.stop_bot()

    harness.clock.advance(timedelta(minutes=65))  # down through the slot, back within the grace window
    await harness.start_bot()
    await harness.wait_for(lambda: harness.fake.messages_in(OTHER_CHANNEL_ID))
    await wait_outbox_idle(harness)
    await harness.stop_bot()
    await harness.start_bot()  # and once more: nothing new is due
    assert await harness.services.digests.due() == []
    [posted] = harness.fake.messages_in(OTHER_CHANNEL_ID)
    assert posted.embeds[0]["title"] == "Grok inquiry widens to image tools"


async def test_server_error_is_retried_after_backoff(harness: Harness) -> None:
    await harness.start_bot()
    harness.publish(
        story_item(1, "Grok returns after Ofcom review", published=harness.clock.now() - timedelta(hours=1))
    )
    await harness.poll()
    harness.fake.fail_next_posts(CHANNEL_ID, 503)
    await run(harness, "digest", [sub("now")], **ADMIN)
    await harness.wait_for(lambda: harness.fake.failures.get(CHANNEL_ID) == [])  # the 503 was served
    repo = harness.services.repo
    for _ in range(1500):  # back to pending, with a backoff… (bounded wait)
        if await repo.outbox_rows(status="pending"):
            break
        await asyncio.sleep(0.02)
    [row] = await repo.outbox_rows(status="pending")
    assert row.attempts == 1 and harness.fake.messages_in(CHANNEL_ID) == []

    harness.clock.advance(timedelta(minutes=2))  # …which the injected clock passes
    await harness.wait_for(lambda: harness.fake.messages_in(CHANNEL_ID))
    await wait_outbox_sent(harness, 1)
    assert len(harness.fake.messages_in(CHANNEL_ID)) == 1


async def test_a_story_never_appears_in_two_consecutive_digests(harness: Harness) -> None:
    await harness.start_bot()
    harness.publish(story_item(1, "X told to fix Grok safeguards", published=harness.clock.now() - timedelta(hours=1)))
    await harness.poll()
    first = await run(harness, "digest", [sub("now")], **ADMIN)
    assert "1 story" in first.text()
    await harness.wait_for(lambda: harness.fake.messages_in(CHANNEL_ID))
    harness.clock.advance(timedelta(minutes=1))
    second = await run(harness, "digest", [sub("now")], **ADMIN)
    assert "quiet-window note" in second.text()
    await harness.wait_for(lambda: len(harness.fake.messages_in(CHANNEL_ID)) == 2)
    posted = harness.fake.messages_in(CHANNEL_ID)
    assert posted[0].embeds[0]["title"] == "X told to fix Grok safeguards"
    assert "quiet window" in posted[1].content and posted[1].embeds == []


async def test_a_rate_limited_channel_holds_only_its_own_messages(harness: Harness) -> None:
    # a 429 longer than the bot waits (slow mode: an hour) reschedules that message; the next one to the same
    # channel waits for it (it would be refused the same way) while another channel's message goes out
    await harness.start_bot()
    harness.fake.fail_next_posts(CHANNEL_ID, 429, retry_after=3600)
    repo = harness.services.repo
    now = harness.clock.now()
    async with repo.engine.begin() as conn:  # one commit: the three are claimed by the same delivery run
        for channel, text in ((CHANNEL_ID, "first"), (CHANNEL_ID, "second"), (OTHER_CHANNEL_ID, "elsewhere")):
            assert await insert_outbox(conn, notice_item(channel, "channel", text, "test", guild_id=GUILD_ID), now)
    await harness.wait_for(lambda: harness.fake.messages_in(OTHER_CHANNEL_ID))
    await wait_outbox_sent(harness, 1)
    for _ in range(1000):  # the run ends by putting the untried row back (bounded wait)
        if not await repo.outbox_rows(status="sending"):
            break
        await asyncio.sleep(0.02)
    posts = [r for r in harness.fake.requests if r == ("POST", f"/api/v10/channels/{CHANNEL_ID}/messages")]
    assert len(posts) == 1  # the rate-limited one; the second was not tried into the same limit
    first, second, _ = await repo.outbox_rows(kind="notice")
    assert (first.attempts, second.attempts) == (1, 0)  # not attempted: nothing lost, no attempt used up
    assert (await repo.outbox_status(first.id) or ("", 0, now, None))[2] >= now + timedelta(minutes=59)
    assert (await repo.outbox_status(second.id) or ("", 0, now, None))[2] >= now + timedelta(minutes=59)
