"""Every registered slash command, driven through the real discord.py with hostile stored stories, answers within
Discord's documented limits, pings no one, renders no feed-supplied mention or markdown live, and never fails with
the generic "failed on our side" reply. The fake Discord refuses (400) and records any payload over a limit."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable
from datetime import timedelta
from html import escape
from typing import Any

import pytest

from tests.e2e.conftest import FeedItem, Harness, answered, run
from tests.e2e.test_delivery import wait_outbox_idle
from tests.e2e.test_guard import site_only_guard
from tests.servers.discord_limits import callback_violations, message_violations, new_message_violations, visible_text
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
STRANGER_GUILD = GUILD_ID + 7
# Literal mention syntax planted in feed text: none of it may reach Discord in a form that renders live.
PLANTED = (
    "@everyone",
    "@here",
    "<@111222333444555666>",
    "<@&777888999000111222>",
    "<#123123123123123123>",
    "<t:1798000000:R>",
    "<:evil:123456789012345678>",
    "<a:spin:123456789012345678>",
    "<id:customize>",
)
HOSTILE = (
    "@everyone @here <@111222333444555666> <@&777888999000111222> <#123123123123123123> **Grok** __fined__ "
    "[click](https://evil.example/x) ||spoiler|| `code` # heading 🚨🇪🇺 Ограничение Гrok 規制当局 حظر "
)
# the same markup entity-escaped, as feeds carry it: it survives the HTML stripping as literal text
ESCAPED_MARKUP = (
    "&lt;@111222333444555666&gt; &lt;t:1798000000:R&gt; &lt;:evil:123456789012345678&gt; "
    "&lt;a:spin:123456789012345678&gt; &lt;id:customize&gt;"
)
GENERIC_FAILURE = "failed on our side"
# the planted bold and masked link, unescaped (an escaped one is preceded by a backslash)
LIVE_MARKDOWN = re.compile(r"(?<!\\)\*\*Grok|(?<!\\)\[click\]\(https")


def hostile_item(n: int, published: Any) -> FeedItem:
    """A relevant story whose title and text are full of mentions, markdown, links, other scripts and emoji."""
    title = f"{n} {HOSTILE} {ESCAPED_MARKUP} Ofcom fines X over Grok images " + "and widens the inquiry " * 40
    quotes = " ".join(
        f'"{HOSTILE} {ESCAPED_MARKUP} we will act on Grok number {n}.{k} and the Online Safety Act applies," said '
        f"Melanie Dawes, Ofcom's chief executive, on day {k}."
        for k in range(8)
    )
    body = (
        f"Ofcom said it had opened a formal investigation into X under the Online Safety Act after Grok, the chatbot "
        f"built by xAI, produced sexualised images. {HOSTILE} {ESCAPED_MARKUP} {quotes} The regulator fined X £{n} "
        "million and ordered it to restrict the Grok image tool. The European Commission opened proceedings against "
        "X under the Digital Services Act. " + "Ofcom said the platform must comply with the Online Safety Act. " * 30
    )
    return FeedItem(title=title, description=body, guid=f"hostile-{n}", published=published)


async def seed(harness: Harness, count: int = 12) -> list[str]:
    await harness.start_bot()
    now = harness.clock.now()
    harness.publish(*(hostile_item(n, now - timedelta(minutes=10 * n)) for n in range(1, count + 1)))
    reports = await harness.poll()
    stories = reports[0].new_stories
    assert reports[0].error is None and len(stories) == count and all(s.relevant for s in stories)
    for _ in range(1000):  # let the alerts job see them (no subscriptions yet): alerts are for stories after that
        if not await harness.services.stories.pending_alert_stories():
            break
        await asyncio.sleep(0.02)
    return [s.id for s in stories]


Step = Callable[[Harness, list[str]], Awaitable[list[Any]]]


async def complete(harness: Harness, name: str, options: list[dict[str, Any]], **kw: Any) -> Any:
    record = await harness.fake.autocomplete(name, options, **kw)
    await harness.wait_for(lambda: record.callbacks)
    return record


async def _latest(h: Harness, ids: list[str]) -> list[Any]:
    paged = await run(h, "latest", [opt("count", 25, type_=4)])
    press = await h.fake.press(paged, h.fake.button_ids(paged)["▶"])  # the next page: an UPDATE_MESSAGE callback
    await h.wait_for(lambda: press.callbacks)
    return [
        paged,
        press,
        await run(h, "latest", [opt("count", 25, type_=4), opt("since", "9999-12-31T23:59:59-23:59")]),
        await run(h, "latest", [opt("count", 1, type_=4)], guild_id=STRANGER_GUILD),
    ]


async def _story(h: Harness, ids: list[str]) -> list[Any]:
    return [
        await run(h, "story", [opt("story", ids[0])]),
        await run(h, "story", [opt("story", "x" * 100)]),
        await run(h, "story", [opt("story", ids[1])], guild_id=None),  # a DM: operator stories only
        await complete(h, "story", [opt("story", "Ofcom", focused=True)]),
        await complete(h, "story", [opt("story", "", focused=True)]),
    ]


async def _quotes(h: Harness, ids: list[str]) -> list[Any]:
    return [
        await run(h, "quotes", []),
        await run(h, "quotes", [opt("who", "@everyone <@&1>"), opt("since", "3d")]),
        await complete(h, "quotes", [opt("who", "", focused=True)]),
    ]


async def _actions(h: Harness, ids: list[str]) -> list[Any]:
    return [
        await run(h, "actions", []),
        await run(h, "actions", [opt("actor", "ofcom"), opt("since", "9999w")]),
        await complete(h, "actions", [opt("actor", "", focused=True)]),
    ]


async def _search(h: Harness, ids: list[str]) -> list[Any]:
    return [
        await run(h, "search", [opt("query", "Ofcom")]),
        await run(h, "search", [opt("query", '"unbalanced AND ( NEAR* OR -@everyone ^ col:x')]),
        await run(h, "search", [opt("query", "規制当局 🚨")]),
    ]


async def _summarise(h: Harness, ids: list[str]) -> list[Any]:
    item = hostile_item(99, h.clock.now())
    page = f"<html><head><title>{escape(item.title)}</title></head><body><article><h1>{escape(item.title)}</h1>"
    page += "".join(f"<p>{escape(p)}.</p>" for p in item.description.split(". ")) + "</article></body></html>"
    h.site.add_page("/hostile.html", page)
    summary = await run(h, "summarise", [opt("url", h.site.url("/hostile.html"))])  # allowed: the test site only
    assert summary.followups[0]["embeds"][0]["title"].startswith("99 @\u200beveryone")
    return [
        summary,
        await run(h, "summarise", [opt("url", "http://127.0.0.1:9/x")]),  # refused by the guard
        await run(h, "summarise", [opt("url", "javascript:x")]),
        await run(h, "summarise", [opt("url", "http://a..b/x")]),  # a host name IDNA cannot encode
        await run(h, "summarise", [opt("url", "http://xn--/x")]),
    ]


async def _digest_now(h: Harness, ids: list[str]) -> list[Any]:
    record = await run(h, "digest", [sub("now")], **ADMIN)
    await h.wait_for(lambda: h.fake.messages)
    await wait_outbox_idle(h)
    return [record]


SCHEDULE = [sub("schedule", opt("channel", str(OTHER_CHANNEL_ID), type_=7), opt("time", "08:30"))]


async def _digest_schedule(h: Harness, ids: list[str]) -> list[Any]:
    resolved = h.fake.resolved_channel(OTHER_CHANNEL_ID)
    bad = [sub("schedule", opt("channel", str(OTHER_CHANNEL_ID), type_=7), opt("time", "@everyone 99:99"))]
    return [
        await run(h, "digest", SCHEDULE, resolved=resolved, **ADMIN),
        await run(h, "digest", bad, resolved=resolved, **ADMIN),
        await complete(h, "digest", [sub("schedule", opt("timezone", "a", focused=True))]),
    ]


async def _digest_show(h: Harness, ids: list[str]) -> list[Any]:
    await run(h, "digest", SCHEDULE, resolved=h.fake.resolved_channel(OTHER_CHANNEL_ID), **ADMIN)
    return [await run(h, "digest", [sub("show")]), await run(h, "digest", [sub("show")], guild_id=None)]


async def _digest_off(h: Harness, ids: list[str]) -> list[Any]:
    await run(h, "digest", SCHEDULE, resolved=h.fake.resolved_channel(OTHER_CHANNEL_ID), **ADMIN)
    return [await run(h, "digest", [sub("off")]), await run(h, "digest", [sub("off")], **ADMIN)]


HOSTILE_QUERY = '"@everyone" OR <@&777888999000111222> OR `grok` OR ' + "ofcom OR " * 14 + "x"  # 18 of 20 terms


async def _alerts_add(h: Harness, ids: list[str]) -> list[Any]:
    here = await run(h, "alerts", [sub("add", opt("query", HOSTILE_QUERY), opt("where", "here"))])
    assert "Alert #1 added" in here.text()
    dm = await run(h, "alerts", [sub("add", opt("query", "grok"))])
    fresh = hostile_item(50, h.clock.now() - timedelta(minutes=1))  # a new hostile story matches both alerts
    fresh.title = f"Grok ban {HOSTILE} Garante orders xAI to stop"
    fresh.description = f"Italy's Garante ordered xAI to stop Grok processing Italian users' data. {HOSTILE} " * 3
    h.publish(fresh)
    reports = await h.poll()
    assert [s.relevant for s in reports[0].new_stories] == [True]
    await h.wait_for(lambda: h.fake.messages_in(CHANNEL_ID) and h.fake.dms_to(MEMBER_ID))
    [alert] = h.fake.messages_in(CHANNEL_ID)
    assert alert.content.startswith(f"<@{MEMBER_ID}> **grokwatch alert**") and alert.embeds
    return [
        here,
        dm,
        await run(h, "alerts", [sub("add", opt("query", "((((((((((grok))))))))))"))]),
        await run(h, "alerts", [sub("add", opt("query", "grok"), opt("where", "here"))], guild_id=None),  # a DM
    ]


async def _with_alerts(h: Harness) -> None:
    for n in range(10):
        await run(h, "alerts", [sub("add", opt("query", f"{HOSTILE_QUERY} OR w{n}" + " OR ofcom" * 10))])


async def _alerts_list(h: Harness, ids: list[str]) -> list[Any]:
    await _with_alerts(h)
    return [await run(h, "alerts", [sub("list")])]


async def _alerts_remove(h: Harness, ids: list[str]) -> list[Any]:
    await _with_alerts(h)
    return [
        await complete(h, "alerts", [sub("remove", opt("alert", "", type_=4, focused=True))]),
        await run(h, "alerts", [sub("remove", opt("alert", 2**53, type_=4))]),
        await run(h, "alerts", [sub("remove", opt("alert", 1, type_=4))]),
    ]


async def _alerts_pause(h: Harness, ids: list[str]) -> list[Any]:
    await _with_alerts(h)
    return [await run(h, "alerts", [sub("pause", opt("alert", 3, type_=4))]), await run(h, "alerts", [sub("pause")])]


async def _feeds_list(h: Harness, ids: list[str]) -> list[Any]:
    return [await run(h, "feeds", [sub("list")]), await run(h, "feeds", [sub("list")], guild_id=STRANGER_GUILD)]


async def _feeds_status(h: Harness, ids: list[str]) -> list[Any]:
    return [await run(h, "feeds", [sub("status")])]


async def _feeds_add(h: Harness, ids: list[str]) -> list[Any]:
    add = [sub("add", opt("url", h.site.url("/policy.rss")), opt("name", HOSTILE))]
    odd = [sub("add", opt("url", "http://a..b/feed.xml"))]
    return [await run(h, "feeds", add, **ADMIN), await run(h, "feeds", add), await run(h, "feeds", odd, **ADMIN)]


async def _feeds_remove(h: Harness, ids: list[str]) -> list[Any]:
    return [
        await run(h, "feeds", [sub("remove", opt("feed", HOSTILE))], **ADMIN),
        await complete(h, "feeds", [sub("remove", opt("feed", "", focused=True))]),
    ]


async def _help(h: Harness, ids: list[str]) -> list[Any]:
    return [await run(h, "help")]


async def _sync(h: Harness, ids: list[str]) -> list[Any]:
    return [await run(h, "sync", **ADMIN)]


STEPS: dict[str, Step] = {
    "latest": _latest,
    "story": _story,
    "quotes": _quotes,
    "actions": _actions,
    "search": _search,
    "summarise": _summarise,
    "digest now": _digest_now,
    "digest schedule": _digest_schedule,
    "digest show": _digest_show,
    "digest off": _digest_off,
    "alerts add": _alerts_add,
    "alerts list": _alerts_list,
    "alerts remove": _alerts_remove,
    "alerts pause": _alerts_pause,
    "feeds list": _feeds_list,
    "feeds status": _feeds_status,
    "feeds add": _feeds_add,
    "feeds remove": _feeds_remove,
    "help": _help,
    "sync": _sync,
}


def registered(commands: list[dict[str, Any]]) -> set[str]:
    """Every leaf command path the bot synced ("digest now", "help", …)."""
    paths: set[str] = set()
    for cmd in commands:
        subs = [o for o in cmd.get("options") or [] if o.get("type") == 1]
        paths |= {f"{cmd['name']} {o['name']}" for o in subs} if subs else {cmd["name"]}
    return paths


def payload_problems(body: dict[str, Any], where: str) -> list[str]:
    """Limits, mentions and escaping of one body the bot sent."""
    problems = message_violations(body, where)
    if body.get("allowed_mentions", {}).get("parse") != []:
        problems.append(f"{where}: allowed_mentions {body.get('allowed_mentions')}")
    for text in visible_text(body):
        for planted in PLANTED:
            if planted in text:
                problems.append(f"{where}: live {planted!r} in {text[:80]!r}")
        if LIVE_MARKDOWN.search(text):
            problems.append(f"{where}: feed markdown rendered live in {text[:80]!r}")
    if GENERIC_FAILURE in str(body.get("content") or ""):
        problems.append(f"{where}: unhandled error: {body.get('content')!r}")
    return problems


@pytest.mark.parametrize("path", sorted(STEPS))
async def test_every_command_with_hostile_stories_stays_within_discords_rules(harness: Harness, path: str) -> None:
    if path == "summarise":
        harness.guard = site_only_guard(harness)
    ids = await seed(harness)
    assert registered(harness.fake.commands) == set(STEPS)  # every registered command is walked
    records = await STEPS[path](harness, ids)
    await asyncio.sleep(0)
    problems = list(harness.fake.violations)
    for n, record in enumerate(records):
        where = f"{path}[{n}]"
        assert record.callbacks, f"{where}: never answered"
        for c in record.callbacks:
            problems += callback_violations(c, where)
        for body in [c.get("data") or {} for c in record.callbacks if c.get("type") in (4, 7)]:
            problems += payload_problems(body, f"{where} callback")
        for body in record.followups:
            problems += payload_problems(body, f"{where} followup")
        if record.callbacks[0].get("type") != 8:
            await answered(harness, record)
    for message in harness.fake.messages:
        problems += payload_problems(message.payload, f"{path} message to {message.channel_id}")
    assert problems == [], "\n".join(problems)


async def test_every_reading_command_answers_plainly_with_no_stories(harness: Harness) -> None:
    await harness.start_bot()
    expected = {
        "latest": "No relevant stories yet.",
        "quotes": "No quotes found.",
        "actions": "No regulatory actions found.",
        "search": "Nothing matched that search.",
    }
    for name, answer in expected.items():
        options = [opt("query", "grok")] if name == "search" else []
        record = await run(harness, name, options)
        assert answer in record.text() and payload_problems(record.followups[0], name) == []
    queued = await run(harness, "digest", [sub("now")], **ADMIN)
    assert "a quiet-window note" in queued.text()
    await harness.wait_for(lambda: harness.fake.messages)
    [note] = harness.fake.messages
    assert "quiet window" in note.content and note.embeds == [] and harness.fake.violations == []
    story = await complete(harness, "story", [opt("story", "anything", focused=True)])
    assert story.callbacks[0]["data"]["choices"] == []


def test_the_fake_refuses_what_discord_refuses() -> None:
    # the checks the fake answers 400 with are themselves checked: an empty new message (50006) and an over-long one
    assert new_message_violations({"content": "", "embeds": []}, "m") == ["m: empty message (50006)"]
    assert new_message_violations({"content": "x" * 2001}, "m") == ["m.content: 2001 > 2000"]
    assert new_message_violations({"embeds": [{"title": "ok"}]}, "m") == []
