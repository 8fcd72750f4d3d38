"""Every slash command through the real discord.py: injected INTERACTION_CREATE → recorded callback payloads."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.e2e.conftest import Harness, run, story_item
from tests.servers.fake_discord import (
    ADMIN_ID,
    ADMIN_PERMISSIONS,
    OTHER_CHANNEL_ID,
    OWNER_ID,
    opt,
    sub,
)

pytestmark = pytest.mark.e2e
EPHEMERAL = 64


async def seeded(harness: Harness, count: int = 3) -> None:
    await harness.start_bot()
    now = harness.clock.now()
    harness.publish(
        *(
            story_item(n, f"Story {n}: Ofcom widens its X inquiry into Grok images", published=now - timedelta(hours=n))
            for n in range(1, count + 1)
        )
    )
    reports = await harness.poll()
    assert reports[0].error is None and len(reports[0].new_stories) == count


async def test_latest_defers_then_follows_up_with_story_cards(harness: Harness) -> None:
    await seeded(harness)
    record = await run(harness, "latest", [opt("count", 2, type_=4)])
    assert record.callbacks[0]["type"] == 5  # DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
    [body] = record.followups
    assert [e["title"] for e in body["embeds"]] == [
        "Story 1: Ofcom widens its X inquiry into Grok images",
        "Story 2: Ofcom widens its X inquiry into Grok images",
    ]
    assert body["embeds"][0]["url"].startswith("https://wire.example/news/")
    assert "Melanie Dawes" in body["embeds"][0]["description"]
    assert body["allowed_mentions"] == {"parse": []}


async def test_story_quotes_actions_search_and_help(harness: Harness) -> None:
    await seeded(harness)
    [(story_id, _title)] = await harness.services.stories.suggest_stories("Story 1", limit=1)

    story = await run(harness, "story", [opt("story", story_id)])
    fields = {f["name"]: f["value"] for e in story.followups[0]["embeds"] for f in e.get("fields", [])}
    assert "Melanie Dawes" in fields["Quotes"] and "*taken*" in fields["Actions"]

    quotes = await run(harness, "quotes", [opt("who", "Dawes")])
    assert "We will not hesitate to act" in quotes.text()

    actions = await run(harness, "actions", [opt("actor", "Ofcom")])
    # one actor's actions, grouped under its name (a long list continues in "Ofcom (cont.)" fields)
    names = [f["name"] for f in actions.followups[0]["embeds"][0]["fields"]]
    assert names[0] == "Ofcom" and all(name in ("Ofcom", "Ofcom (cont.)") for name in names)

    search = await run(harness, "search", [opt("query", "inquiry")])
    assert "Story 3" in search.text()

    nothing = await run(harness, "search", [opt("query", "zebra")])
    assert "Nothing matched" in nothing.text()

    help_ = await run(harness, "help")
    assert help_.callbacks[0]["type"] == 4 and help_.callbacks[0]["data"]["flags"] & EPHEMERAL
    assert "/alerts add" in help_.text()


async def test_unknown_story_and_bad_since_get_friendly_ephemeral_errors(harness: Harness) -> None:
    await seeded(harness, 1)
    missing = await run(harness, "story", [opt("story", "no-such-id")])
    assert "No story with that id" in missing.text()
    # the command deferred publicly; the error replaced the "thinking…" message privately, not in the channel
    assert missing.callbacks[0]["type"] == 5 and missing.original_deleted
    assert missing.followup_ephemeral == [True] and "No story" not in missing.public_text()
    bad = await run(harness, "latest", [opt("since", "last tuesday")])
    assert "`since` must look like" in bad.text()
    assert bad.callbacks == [bad.callbacks[0]] and bad.callbacks[0]["type"] == 4  # refused before deferring
    assert bad.callbacks[0]["data"]["flags"] & EPHEMERAL


async def test_autocomplete_offers_stories_and_speakers(harness: Harness) -> None:
    await seeded(harness)
    record = await harness.fake.autocomplete("story", [opt("story", "Story 2", focused=True)])
    await harness.wait_for(lambda: record.callbacks)
    assert record.callbacks[0]["type"] == 8  # APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
    assert [c["name"] for c in record.callbacks[0]["data"]["choices"]] == [
        "Story 2: Ofcom widens its X inquiry into Grok images"
    ]
    speakers = await harness.fake.autocomplete("quotes", [opt("who", "mel", focused=True)])
    await harness.wait_for(lambda: speakers.callbacks)
    assert [c["value"] for c in speakers.callbacks[0]["data"]["choices"]] == ["Melanie Dawes"]
    actors = await harness.fake.autocomplete("actions", [opt("actor", "ofc", focused=True)])
    await harness.wait_for(lambda: actors.callbacks)
    assert [c["value"] for c in actors.callbacks[0]["data"]["choices"]] == ["Ofcom"]
    zones = await harness.fake.autocomplete("digest", [sub("schedule", opt("timezone", "london", focused=True))])
    await harness.wait_for(lambda: zones.callbacks)
    assert "Europe/London" in [c["value"] for c in zones.callbacks[0]["data"]["choices"]]


async def test_long_results_paginate_with_buttons(harness: Harness) -> None:
    await seeded(harness, 12)
    record = await run(harness, "latest", [opt("count", 12, type_=4)])
    first = record.followups[0]
    assert len(first["embeds"]) == 5
    buttons = harness.fake.button_ids(record)
    assert "1/3" in buttons
    press = await harness.fake.press(record, buttons["▶"])
    await harness.wait_for(lambda: press.callbacks)
    assert press.callbacks[0]["type"] == 7  # UPDATE_MESSAGE
    titles = [e["title"] for e in press.callbacks[0]["data"]["embeds"]]
    assert titles[0].startswith("Story 6:")
    stranger = await harness.fake.press(record, buttons["▶"], user_id=ADMIN_ID)
    await harness.wait_for(lambda: stranger.callbacks)
    assert stranger.callbacks[0]["type"] == 4 and stranger.callbacks[0]["data"]["flags"] & EPHEMERAL


async def test_alert_commands(harness: Harness) -> None:
    await harness.start_bot()
    added = await run(harness, "alerts", [sub("add", opt("query", 'grok AND ("online safety act" OR fine)'))])
    assert added.callbacks[0] == {"type": 5, "data": {"flags": EPHEMERAL}}
    assert "Alert #1 added" in added.text() and "by DM" in added.text()

    bad = await run(harness, "alerts", [sub("add", opt("query", "grok AND (fine"))])
    assert "Unbalanced parentheses" in bad.text() and "Alert #" not in bad.text()

    listed = await run(harness, "alerts", [sub("list")])
    assert "#1" in listed.text() and "(on)" in listed.text()

    paused = await run(harness, "alerts", [sub("pause")])
    assert "Paused 1 alert" in paused.text()

    choices = await harness.fake.autocomplete("alerts", [sub("remove", opt("alert", "", type_=4, focused=True))])
    await harness.wait_for(lambda: choices.callbacks)
    assert [c["value"] for c in choices.callbacks[0]["data"]["choices"]] == [1]

    removed = await run(harness, "alerts", [sub("remove", opt("alert", 1, type_=4))])
    assert "Alert #1 removed" in removed.text()
    again = await run(harness, "alerts", [sub("remove", opt("alert", 1, type_=4))])
    assert "no alert #1" in again.text()


async def test_digest_commands_need_manage_server(harness: Harness) -> None:
    await harness.start_bot()
    schedule = [
        sub(
            "schedule",
            opt("channel", str(OTHER_CHANNEL_ID), type_=7),
            opt("time", "08:30"),
            opt("timezone", "Europe/London"),
        )
    ]
    resolved = harness.fake.resolved_channel(OTHER_CHANNEL_ID)
    refused = await run(harness, "digest", schedule, resolved=resolved)
    assert "Manage Server" in refused.text()
    assert await harness.services.digests.show(harness.fake.guilds[0].id) == []

    done = await run(harness, "digest", schedule, resolved=resolved, user_id=ADMIN_ID, permissions=ADMIN_PERMISSIONS)
    assert f"<#{OTHER_CHANNEL_ID}>" in done.text() and "daily at 08:30 (Europe/London)" in done.text()

    shown = await run(harness, "digest", [sub("show")])
    assert "daily at 08:30 (Europe/London), next <t:" in shown.text()

    off = await run(harness, "digest", [sub("off")], user_id=ADMIN_ID, permissions=ADMIN_PERMISSIONS)
    assert "Turned off 1 digest schedule" in off.text()
    bad_zone = [
        sub(
            "schedule",
            opt("channel", str(OTHER_CHANNEL_ID), type_=7),
            opt("time", "08:30"),
            opt("timezone", "Mars/Base"),
        )
    ]
    rejected = await run(
        harness, "digest", bad_zone, resolved=resolved, user_id=ADMIN_ID, permissions=ADMIN_PERMISSIONS
    )
    assert "Unknown timezone" in rejected.text()


async def test_owner_only_sync(harness: Harness) -> None:
    await harness.start_bot()
    refused = await run(harness, "sync", user_id=ADMIN_ID, permissions=ADMIN_PERMISSIONS)
    assert "Only the bot's owner" in refused.text()
    assert len(harness.fake.command_puts) == 1
    done = await run(harness, "sync", user_id=OWNER_ID, permissions=ADMIN_PERMISSIONS)
    assert "re-synced" in done.text()
    assert len(harness.fake.command_puts) == 2
