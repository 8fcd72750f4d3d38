"""Through the real discord.py against the fake Discord (session-9 audit): a post whose answer was lost is found in
the channel's history and not posted again; a guild that removes the bot (GUILD_DELETE) has its digests turned off;
page buttons come off through a token that still works; a digest in a channel without Embed Links arrives as text;
/summarise is limited per member; /digest now in a thread checks Send Messages in Threads; a changed system channel
is remembered; page buttons left by an earlier run are answered."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from datetime import UTC, timedelta
from typing import Any

import discord
import pytest

from bot.cogs.publisher import _shape as publisher_shape
from bot.core.delivery import GuildNoticeTargets
from bot.core.notices import notice_item
from bot.core.outbox import OutboxItem
from tests.e2e.conftest import FAST, Harness, answered, harness, run, story_item
from tests.e2e.test_hostile_walk import hostile_item
from tests.servers.discord_payloads import READ_MESSAGE_HISTORY, SEND_MESSAGES
from tests.servers.fake_discord import (
    ADMIN_ID,
    ADMIN_PERMISSIONS,
    CHANNEL_ID,
    GUILD_ID,
    MEMBER_ID,
    MEMBER_PERMISSIONS,
    OTHER_CHANNEL_ID,
    FakeChannel,
    opt,
    sub,
)

__all__ = ["harness"]  # the end-to-end harness fixture, used here too
ADMIN: dict[str, Any] = {"user_id": ADMIN_ID, "permissions": ADMIN_PERMISSIONS}


async def outbox_statuses(harness: Harness) -> list[str]:
    repo = harness.services.repo
    return [found[0] for r in await repo.outbox_rows() if (found := await repo.outbox_status(r.id))]


async def settle(harness: Harness) -> None:
    """Until no outbox row is pending or sending."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 20
    while {"pending", "sending"} & set(await outbox_statuses(harness)):
        assert loop.time() < deadline, await outbox_statuses(harness)
        await asyncio.sleep(0.02)


async def lost_answer_then_restart(harness: Harness) -> None:
    """/digest now whose message Discord stores while the answer never arrives; the bot is killed, minutes pass
    (Discord forgets the nonce), the bot starts again on the same database."""
    await harness.start_bot()
    harness.publish(story_item(1, "Grok faces Ofcom deadline", published=harness.clock.now() - timedelta(hours=1)))
    await harness.poll()
    release = harness.fake.hold_next_post(CHANNEL_ID)
    await run(harness, "digest", [sub("now")], **ADMIN)
    await harness.wait_for(harness.fake.held.is_set)
    await harness.stop_bot()
    release.set()
    harness.fake.forget_nonces()
    harness.clock.advance(timedelta(minutes=30))
    await harness.start_bot()
    await settle(harness)


async def test_a_post_whose_answer_was_lost_is_not_posted_again(harness: Harness) -> None:
    await lost_answer_then_restart(harness)
    assert len(harness.fake.messages_in(CHANNEL_ID)) == 1  # was 2: the resend's nonce was forgotten
    assert harness.fake.history_reads >= 1
    [row] = await harness.services.repo.outbox_rows(kind="digest")
    assert row.message_ids == (harness.fake.messages_in(CHANNEL_ID)[0].id,)
    assert await outbox_statuses(harness) == ["sent"]


async def test_without_read_message_history_the_digest_is_resent_not_lost(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    # Discord answers the history of a channel without Read Message History with no messages (not an error): that
    # empty answer is "cannot tell", not "certainly not posted"
    harness.fake.deny_bot(CHANNEL_ID, READ_MESSAGE_HISTORY)
    with caplog.at_level(logging.INFO):
        await lost_answer_then_restart(harness)
    assert any("cannot tell whether it was posted" in r.getMessage() for r in caplog.records)
    # the documented trade-off without Read Message History: never lost, possibly twice
    titles = [m.embeds[0]["title"] for m in harness.fake.messages_in(CHANNEL_ID)]
    assert titles == ["Grok faces Ofcom deadline"] * 2
    assert await outbox_statuses(harness) == ["sent"]


async def test_a_guild_removing_the_bot_turns_its_digests_off(harness: Harness) -> None:
    h = harness
    await h.start_bot()
    slot = (h.clock.now() + timedelta(minutes=5)).astimezone(UTC)
    options = [sub("schedule", opt("channel", str(OTHER_CHANNEL_ID), type_=7), opt("time", slot.strftime("%H:%M")))]
    await run(h, "digest", options, resolved=h.fake.resolved_channel(OTHER_CHANNEL_ID), **ADMIN)
    assert [s.enabled for s in await h.services.digests.show(GUILD_ID)] == [True]

    await h.fake.dispatch("GUILD_DELETE", {"id": str(GUILD_ID)})  # kicked: no "unavailable" flag
    await h.wait_for(lambda: h.bot is not None and h.bot.get_guild(GUILD_ID) is None)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 20
    while [s.enabled for s in await h.services.digests.show(GUILD_ID)] != [False]:
        assert loop.time() < deadline
        await asyncio.sleep(0.02)
    [schedule] = await h.services.digests.show(GUILD_ID)
    assert "removed" in (schedule.disabled_reason or "")
    h.clock.advance(timedelta(minutes=10))
    assert await h.services.digests.due() == []
    assert h.fake.messages_in(OTHER_CHANNEL_ID) == []


async def test_page_buttons_come_off_after_the_commands_token_expired(harness: Harness) -> None:
    # Was: each click restarts the view's timeout, so the buttons were taken off with the command's own token,
    # which may be past its 15 minutes by then: Discord refused (401), the dead buttons stayed on the message.
    h = harness
    await h.start_bot(replace(FAST, page_timeout_s=2.0))
    now = h.clock.now()
    h.publish(*(hostile_item(n, now - timedelta(minutes=n)) for n in range(1, 8)))
    await h.poll()
    record = await run(h, "latest", [opt("count", 7, type_=4)])
    click = await h.fake.press(record, h.fake.button_ids(record)["▶"])
    await h.wait_for(lambda: click.callbacks)
    h.fake.expired_tokens.add(record.token)  # the command was run long ago
    await h.wait_for(lambda: click.original_edits)
    assert click.original_edits[-1]["components"] == []
    assert not record.original_edits  # nothing went through the dead token


async def test_a_digest_without_embed_links_arrives_as_text(harness: Harness) -> None:
    # Was: Discord posts the heading of a message whose embeds the bot may not show and drops the embeds without an
    # error; the outbox counted the digest sent and its stories shown: the channel saw "3 stories" and no story.
    h = harness
    await h.start_bot()
    now = h.clock.now()
    h.publish(story_item(1, "Ofcom fines X over Grok images", published=now - timedelta(hours=1)))
    await h.poll()
    h.fake.no_embed_links.add(CHANNEL_ID)
    await run(h, "digest", [sub("now")], **ADMIN)  # the member's view allowed it; the channel changed since
    await settle(h)
    [posted] = h.fake.messages_in(CHANNEL_ID)
    assert posted.embeds == []
    assert "[Ofcom fines X over Grok images](https://wire.example/news/wire-1)" in posted.content
    assert posted.content.startswith("**grokwatch digest**")
    assert h.fake.violations == []


async def test_summarise_is_limited_per_member(harness: Harness) -> None:
    # Was: any member could make the bot fetch and summarise pages without limit; a timed-out summary's thread kept
    # running, so a burst of calls filled the loop's default executor (which DNS lookups for feeds share).
    h = harness
    await h.start_bot(replace(FAST, summarise_per_user=3))
    url = [opt("url", "http://127.0.0.1:9/article")]  # refused by the guard: fast, but a fetch attempt each time
    answers = [(await run(h, "summarise", url)).text() for _ in range(4)]
    assert all("not allowed" in a for a in answers[:3])
    assert "try again in" in answers[3] and "not allowed" not in answers[3]
    other = await run(h, "summarise", url, user_id=ADMIN_ID)  # another member is not held up
    assert "not allowed" in other.text()


SEND_IN_THREADS = 1 << 38
THREAD_ID = 1_100_000_000_000_000_077


def thread_payload() -> dict[str, object]:
    """A public thread under the main channel, as Discord sends it in an interaction's `channel`."""
    metadata = {"archived": False, "auto_archive_duration": 1440, "archive_timestamp": "2026-11-20T09:00:00+00:00"}
    metadata["locked"] = False
    return {
        "id": str(THREAD_ID),
        "type": 11,
        "guild_id": str(GUILD_ID),
        "parent_id": str(CHANNEL_ID),
        "owner_id": str(ADMIN_ID),
        "name": "grok inquiry",
        "flags": 0,
        "rate_limit_per_user": 0,
        "message_count": 3,
        "member_count": 2,
        "thread_metadata": metadata,
    }


@pytest.mark.parametrize(
    ("bot_permissions", "accepted"),
    [(MEMBER_PERMISSIONS & ~SEND_MESSAGES | SEND_IN_THREADS, True), (MEMBER_PERMISSIONS, False)],
    ids=["threads-only", "no-threads"],
)
async def test_digest_now_in_a_thread_checks_send_messages_in_threads(
    harness: Harness, bot_permissions: int, accepted: bool
) -> None:
    # Was: the up-front check read Send Messages, which Discord ignores in threads: a bot allowed to post only in
    # threads was refused, and one not allowed in threads was accepted and then refused by Discord (403).
    h = harness
    await h.start_bot()
    h.fake.channels[THREAD_ID] = FakeChannel(THREAD_ID, "grok inquiry", GUILD_ID, type=11)
    payload = h.fake.interaction_payload(
        "digest", [sub("now")], channel_id=THREAD_ID, app_permissions=bot_permissions, **ADMIN
    )
    payload["channel"] = thread_payload()
    record = await answered(h, await h.fake.inject(payload))
    if accepted:
        assert "Digest queued" in record.text()
        await h.wait_for(lambda: h.fake.messages_in(THREAD_ID))
    else:
        assert "Send Messages in Threads" in record.text() and "Digest queued" not in record.text()
        assert await h.services.repo.outbox_rows(kind="digest") == []


async def test_a_changed_system_channel_is_where_the_next_notice_goes(harness: Harness) -> None:
    # Was: the system channel was remembered only when the guild became available at start; after a server changed
    # it, notices kept going to the old channel until the bot restarted.
    h = harness
    await h.start_bot()
    assert await h.services.repo.guild_targets(GUILD_ID) == GuildNoticeTargets(GUILD_ID, None, CHANNEL_ID)
    [guild] = h.fake.guilds
    guild.system_channel_id = OTHER_CHANNEL_ID
    await h.fake.dispatch("GUILD_UPDATE", guild.payload(h.fake.bot_user))
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 20
    while (await h.services.repo.guild_targets(GUILD_ID)) != GuildNoticeTargets(GUILD_ID, None, OTHER_CHANNEL_ID):
        assert loop.time() < deadline
        await asyncio.sleep(0.02)


async def test_page_buttons_of_an_earlier_run_are_answered_and_taken_off(harness: Harness) -> None:
    # Was: page views live in the process; after a restart a click on an old ◀ ▶ got no answer at all and Discord
    # showed "This interaction failed".
    h = harness
    await h.start_bot()
    now = h.clock.now()
    h.publish(*(hostile_item(n, now - timedelta(minutes=n)) for n in range(1, 8)))
    await h.poll()
    record = await run(h, "latest", [opt("count", 7, type_=4)])
    next_id = h.fake.button_ids(record)["▶"]
    await h.stop_bot()
    await h.start_bot()
    click = await h.fake.press(record, next_id)
    await h.wait_for(lambda: click.followups)
    assert click.callbacks[0]["type"] == 7 and click.callbacks[0]["data"]["components"] == []
    assert "expired" in click.followups[0]["content"] and click.followup_ephemeral == [True]
    live = await run(h, "latest", [opt("count", 7, type_=4)])  # this run's buttons still turn pages
    turned = await h.fake.press(live, h.fake.button_ids(live)["▶"])
    await h.wait_for(lambda: turned.callbacks)
    assert turned.callbacks[0]["type"] == 7 and turned.callbacks[0]["data"]["components"] != []
    assert not turned.followups


@pytest.mark.parametrize(
    ("name", "options"),
    [("story", []), ("alerts", [sub("frobnicate")]), ("digest", [sub("schedule", opt("time", "08:00"))])],
    ids=["required-option-gone", "subcommand-gone", "options-changed"],
)
async def test_a_command_as_it_was_before_a_deploy_gets_a_clear_answer(
    harness: Harness, name: str, options: list[dict[str, object]]
) -> None:
    # Was: an interaction shaped by the previous command set (clients refresh global commands late) raised
    # CommandSignatureMismatch / CommandNotFound: "Sorry, that failed on our side" and an error log each time.
    h = harness
    await h.start_bot()
    record = await run(h, name, options, **ADMIN)
    assert "command changed" in record.text() and "failed on our side" not in record.text()
    assert record.callbacks[0]["data"]["flags"] & 64  # only the user sees it


async def test_a_failed_command_sync_at_start_does_not_stop_the_bot(harness: Harness) -> None:
    # Was: a 5xx on the global command overwrite at start failed setup_hook: the bot exited and delivered nothing.
    h = harness
    h.fake.failing_syncs = 1  # 503: discord.py does not retry it (it retries 500, 502, 504, 524)
    bot = await h.start_bot()
    assert not bot.synced_commands and h.fake.command_puts == []
    now = h.clock.now()
    h.publish(story_item(1, "Ofcom fines X over Grok images", published=now - timedelta(hours=1)))
    await h.poll()
    await run(h, "digest", [sub("now")], **ADMIN)  # the commands of the last sync still work
    await h.wait_for(lambda: h.fake.messages_in(CHANNEL_ID))
    await h.stop_bot()
    bot = await h.start_bot()  # the hash was not stored: this start syncs
    assert bot.synced_commands and len(h.fake.command_puts) == 1


async def test_a_channel_rate_limited_for_an_hour_does_not_hold_up_the_others(harness: Harness) -> None:
    # Was: discord.py waits out any 429 inside the request; a slow-mode channel answering retry_after 3600 kept the
    # outbox job asleep in that one send, and every other channel's digest and alert waited the hour with it.
    h = harness
    await h.start_bot()
    now = h.clock.now()
    h.publish(story_item(1, "Ofcom fines X over Grok images", published=now - timedelta(hours=1)))
    await h.poll()
    h.fake.fail_next_posts(OTHER_CHANNEL_ID, 429, retry_after=3600)
    await run(h, "digest", [sub("now")], channel_id=OTHER_CHANNEL_ID, **ADMIN)
    await run(h, "digest", [sub("now")], **ADMIN)
    await h.wait_for(lambda: h.fake.messages_in(CHANNEL_ID))
    [slow] = [r for r in await h.services.repo.outbox_rows(kind="digest") if r.target_id == OTHER_CHANNEL_ID]
    status = await h.services.repo.outbox_status(slow.id)
    assert status is not None and status[0] == "pending" and status[2] >= now + timedelta(seconds=3600)
    assert h.fake.messages_in(OTHER_CHANNEL_ID) == []


async def test_an_answer_that_never_comes_is_given_up_and_its_post_found(harness: Harness) -> None:
    # Was: discord.py's request waited up to aiohttp's 5 minutes for an answer that never came; the outbox job sat
    # in that send (every other message waited), and the resend after it could post a second copy.
    h = harness
    await h.start_bot(replace(FAST, send_timeout_s=0.5))
    now = h.clock.now()
    h.publish(story_item(1, "Ofcom fines X over Grok images", published=now - timedelta(hours=1)))
    await h.poll()
    h.fake.hold_next_post(CHANNEL_ID)  # Discord stores the message; its answer never arrives
    await run(h, "digest", [sub("now")], **ADMIN)
    [row] = await h.services.repo.outbox_rows(kind="digest")

    async def reaches(wanted: str) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 20
        while (found := await h.services.repo.outbox_status(row.id)) is None or found[0] != wanted or found[1] < 1:
            assert loop.time() < deadline, found
            await asyncio.sleep(0.02)

    await reaches("pending")  # the first attempt gave up waiting and was put back for a retry
    h.clock.advance(timedelta(minutes=1))  # the retry is due
    await reaches("sent")
    assert len(h.fake.messages_in(CHANNEL_ID)) == 1  # found in the history, not posted again
    assert h.fake.history_reads >= 1


async def test_a_here_alert_is_refused_where_the_member_may_not_post(harness: Harness) -> None:
    # Was: only the bot's permissions were checked, so a member of a read-only channel (announcements, rules) could
    # have the bot post their alerts there, with their mention, where they themselves may not write.
    h = harness
    await h.start_bot()
    query = [sub("add", opt("query", "grok"), opt("where", "here"))]
    refused = await run(h, "alerts", query, permissions=MEMBER_PERMISSIONS & ~SEND_MESSAGES)
    assert "You cannot post in this channel" in refused.text()
    assert await h.services.alerts.subscriptions(MEMBER_ID) == []
    added = await run(h, "alerts", query)  # a member who may post here
    assert "added" in added.text() and len(await h.services.alerts.subscriptions(MEMBER_ID)) == 1


async def row_reaches(harness: Harness, row_id: int, wanted: str, *, attempts: int = 1) -> None:
    """Until the outbox row has the status after at least `attempts` attempts."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 20
    repo = harness.services.repo
    while (found := await repo.outbox_status(row_id)) is None or found[0] != wanted or found[1] < attempts:
        assert loop.time() < deadline, found
        await asyncio.sleep(0.02)


async def test_an_older_identical_message_is_not_taken_for_a_new_post(harness: Harness) -> None:
    # Was: before a resend, any message of ours with the same text among the channel's last 100 counted as this
    # row's post; the same notice a month later, whose first attempt did not post, was marked sent and never posted.
    h = harness
    await h.start_bot()
    text = "Your daily digest in <#1> was turned off: channel 1 is not allowed to me (403 50013: Missing Permissions)."

    def notice() -> OutboxItem:
        return notice_item(CHANNEL_ID, "channel", text, "schedule_disabled", guild_id=GUILD_ID)

    await h.services.repo.enqueue(notice(), now=h.clock.now())
    await h.wait_for(lambda: len(h.fake.messages_in(CHANNEL_ID)) == 1)
    h.clock.advance(timedelta(days=30))
    h.fake.fail_next_posts(CHANNEL_ID, 429, retry_after=3600)  # the new notice's first attempt posts nothing
    await h.services.repo.enqueue(notice(), now=h.clock.now())
    [_, row] = await h.services.repo.outbox_rows(kind="notice")
    await row_reaches(h, row.id, "pending")
    h.clock.advance(timedelta(hours=2))
    await settle(h)
    assert len(h.fake.messages_in(CHANNEL_ID)) == 2  # was 1: the new notice was lost
    assert h.fake.history_reads >= 1


async def test_a_history_read_that_never_answers_does_not_hold_the_outbox(harness: Harness) -> None:
    # Was: the lookup before a resend had no deadline (only the POST had one): a history read whose answer never
    # came held the outbox job for aiohttp's 5 minutes, every other channel's posts with it.
    h = harness
    await h.start_bot(replace(FAST, send_timeout_s=0.5))
    h.publish(story_item(1, "Ofcom fines X over Grok images", published=h.clock.now() - timedelta(hours=1)))
    await h.poll()
    h.fake.fail_next_posts(CHANNEL_ID, 429, retry_after=3600)
    await run(h, "digest", [sub("now")], **ADMIN)
    [row] = await h.services.repo.outbox_rows(kind="digest")
    await row_reaches(h, row.id, "pending")
    h.fake.history_hold = hold = asyncio.Event()
    try:
        h.clock.advance(timedelta(hours=2))
        await settle(h)
        assert len(h.fake.messages_in(CHANNEL_ID)) == 1  # unknown whether posted: resent with its nonce
        assert h.fake.history_reads == 1
    finally:
        hold.set()


async def test_a_404_without_discords_error_code_does_not_forget_the_channel(harness: Harness) -> None:
    # Was: every 404 meant "channel deleted": an HTML 404 from a proxy or Discord's edge (no JSON error code) made
    # the digest dead and dropped the channel's owed stories and digest state for good.
    h = harness
    await h.start_bot()
    h.publish(story_item(1, "Ofcom fines X over Grok images", published=h.clock.now() - timedelta(hours=1)))
    await h.poll()
    h.fake.html_404_posts.add(CHANNEL_ID)
    await run(h, "digest", [sub("now")], **ADMIN)
    [row] = await h.services.repo.outbox_rows(kind="digest")
    await row_reaches(h, row.id, "pending")  # retried, not dead
    h.clock.advance(timedelta(hours=2))
    await settle(h)
    assert await outbox_statuses(h) == ["sent"] and len(h.fake.messages_in(CHANNEL_ID)) == 1


def test_link_previews_discord_adds_are_not_part_of_a_posts_shape() -> None:
    # Was: a text-only post (linked headlines) that Discord unfurled carried "link" embeds in the history, so it
    # never matched its own rendering and was posted again.
    ours = discord.Embed(title="Grok faces Ofcom deadline", description="• The regulator set a date.")
    preview = discord.Embed.from_dict({"type": "link", "title": "Ofcom", "description": "Regulator page"})
    assert publisher_shape("heading", [ours, preview]) == publisher_shape("heading ", [ours])


async def test_an_embed_links_edit_that_never_answers_does_not_hold_the_outbox(harness: Harness) -> None:
    # Was: the edit into the text-only version (Embed Links missing) had no deadline: an answer that never came held
    # the outbox job for aiohttp's 5 minutes, and a network error there made the posted digest "retry".
    h = harness
    await h.start_bot(replace(FAST, send_timeout_s=0.5))
    h.publish(story_item(1, "Ofcom fines X over Grok images", published=h.clock.now() - timedelta(hours=1)))
    await h.poll()
    h.fake.no_embed_links.add(CHANNEL_ID)
    h.fake.edit_hold = hold = asyncio.Event()
    try:
        await run(h, "digest", [sub("now")], **ADMIN)
        await settle(h)
        assert await outbox_statuses(h) == ["sent"] and len(h.fake.messages_in(CHANNEL_ID)) == 1
    finally:
        hold.set()


async def test_a_dm_channel_that_never_opens_does_not_hold_the_outbox(harness: Harness) -> None:
    # Was: opening the DM channel for an alert had no deadline (only the POST had one): an answer that never came
    # held the outbox job, and every other message, for aiohttp's 5 minutes.
    h = harness
    await h.start_bot(replace(FAST, send_timeout_s=0.5))
    added = await run(h, "alerts", [sub("add", opt("query", "grok"))])
    assert "added" in added.text()
    h.fake.dm_open_hold = hold = asyncio.Event()
    try:
        h.publish(story_item(1, "Ofcom fines X over Grok images", published=h.clock.now() - timedelta(minutes=30)))
        await h.poll()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 20
        while (rows := await h.services.repo.outbox_rows(kind="alert")) == [] or (
            (found := await h.services.repo.outbox_status(rows[0].id)) is None or found[0] != "pending" or found[1] < 1
        ):
            assert loop.time() < deadline, "the alert never came back from a DM channel that would not open"
            await asyncio.sleep(0.02)
    finally:
        hold.set()
    h.fake.dm_open_hold = None
    h.clock.advance(timedelta(hours=1))
    await settle(h)
    assert len(h.fake.dms_to(MEMBER_ID)) == 1


async def test_an_identical_post_of_another_row_is_not_taken_for_this_one(harness: Harness) -> None:
    # Was: two identical notices (two schedules turned off for the same reason in the same channel...): the first's
    # attempt was rate limited, the second posted; the first's resend found the second's message in the history,
    # counted it as its own and was never posted.
    h = harness
    await h.start_bot()
    text = "The digest scheduled for <#1> has been turned off: channel 1 is not allowed to me (403 50001)."
    h.fake.fail_next_posts(CHANNEL_ID, 429, retry_after=3600)
    item = notice_item(CHANNEL_ID, "channel", text, "digest_disabled", guild_id=GUILD_ID)
    await h.services.repo.enqueue(item, now=h.clock.now())
    [first] = await h.services.repo.outbox_rows(kind="notice")
    await row_reaches(h, first.id, "pending")  # rate limited: retried in an hour
    # queued after the first's attempt (a row queued with it waits for its retry: same channel, same limit)
    await h.services.repo.enqueue(item, now=h.clock.now())
    [_, second] = await h.services.repo.outbox_rows(kind="notice")
    await row_reaches(h, second.id, "sent")
    h.clock.advance(timedelta(hours=2))
    await settle(h)
    assert len(h.fake.messages_in(CHANNEL_ID)) == 2  # was 1: one notice lost
    rows = await h.services.repo.outbox_rows(kind="notice")
    assert len({m for r in rows for m in r.message_ids}) == 2


async def test_a_digest_to_a_locked_archived_thread_keeps_its_stories(harness: Harness) -> None:
    # Was: Discord answers a post in a locked archived thread 400 (code 50083), which was taken for a malformed
    # message: the text-only version was tried, refused too, and the digest was "dead": its stories counted as shown.
    h = harness
    await h.start_bot()
    h.publish(story_item(1, "Ofcom fines X over Grok images", published=h.clock.now() - timedelta(hours=1)))
    await h.poll()
    h.fake.archived_threads.add(CHANNEL_ID)
    await run(h, "digest", [sub("now")], **ADMIN)
    await settle(h)
    [row] = await h.services.repo.outbox_rows(kind="digest")
    status = await h.services.repo.outbox_status(row.id)
    assert status is not None and status[0] == "failed"  # not shown: owed to the channel's next digest
    assert len([r for r in h.fake.requests if r == ("POST", f"/api/v10/channels/{CHANNEL_ID}/messages")]) == 1
