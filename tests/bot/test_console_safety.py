"""The terminal renderings: untrusted feed text cannot inject escape sequences, rich markup or Markdown."""

from __future__ import annotations

import io
import json
import logging
import re
from datetime import UTC, datetime

from rich.console import Console, RenderableType

from bot.__main__ import LOG_FORMAT, SafeFormatter
from bot.console import digest_panel, feeds_table, json_line, status_line, story_panel
from bot.core.digests import build_digest
from bot.core.polling import PollReport
from bot.models import FeedState, Story

T = datetime(2026, 1, 12, 9, 0, tzinfo=UTC)
# clear screen, set the window title (OSC … BEL), a one-character C1 CSI, a bidi override, a carriage return
HOSTILE = "[bold]Ofcom[/] \x1b[2J\x1b]0;pwned\x07 fines X \x9b31m over Grok \u202eecafed\r ![img](http://evil/x.png)"
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
SGR = re.compile(r"\x1b\[[0-9;]*m")  # rich's own colour codes: the only escape sequences allowed out


def hostile_story() -> Story:
    summary = {
        "key_points": [f"Key point {HOSTILE}"],
        "quotes": [{"text": f"We will act {HOSTILE}", "speaker": f"Melanie {HOSTILE}", "speaker_role": "chief"}],
        "actions": [{"actor": f"Ofcom {HOSTILE}", "action": f"fined X {HOSTILE}", "status": "taken", "when": None}],
    }
    return Story(
        id="s1", feed=f"Wire {HOSTILE}", title=HOSTILE, url="http://127.0.0.1/a", canonical_url=None, guid="g",
        published=T, first_seen=T, lede="", publisher=None, relevant=True, summary=summary,
        also_covered_by=(f"Other {HOSTILE}",),
    )  # fmt: skip


def terminal_output(renderable: RenderableType | str) -> str:
    out = io.StringIO()
    Console(file=out, width=400, force_terminal=True, color_system="truecolor").print(renderable)
    return out.getvalue()


def assert_inert(raw: str) -> str:
    text = SGR.sub("", raw)
    assert CONTROL.search(text) is None, repr(text)
    return text


def test_story_panel_drops_control_characters_and_shows_markup_literally() -> None:
    text = assert_inert(terminal_output(story_panel(hostile_story())))
    assert "[bold]Ofcom[/]" in text and "![img](http://evil/x.png)" in text
    assert "Melanie [bold]Ofcom[/]" in text and "Other [bold]Ofcom[/]" in text


def test_digest_panel_is_not_parsed_as_markdown_or_markup() -> None:
    digest = build_digest([hostile_story()], window_start=T, window_end=T.replace(day=13))
    text = assert_inert(terminal_output(digest_panel(digest)))
    # Markdown would have turned the image into an emoji and a link text; markup would have eaten the tags
    assert "![img](http://evil/x.png)" in text and "1. [bold]Ofcom[/]" in text
    assert "We will act [bold]Ofcom[/]" in text and "Key point" in text


def test_feeds_table_and_status_line_are_inert() -> None:
    state = FeedState(
        name=f"Wire {HOSTILE}", url="http://127.0.0.1/", last_error=f"HTTP 500 {HOSTILE}", last_error_at=T
    )
    assert "[bold]Ofcom[/]" in assert_inert(terminal_output(feeds_table([state])))
    report = PollReport(feed=f"Wire {HOSTILE}", error=f"HTTP 500 {HOSTILE}")
    assert "[bold]Ofcom[/]" in assert_inert(terminal_output(f"[dim]{status_line([report])}[/dim]"))


def test_json_line_escapes_what_json_dumps_leaves_raw() -> None:
    line = json_line({"title": HOSTILE, "ok": "café — “quoted”"})
    assert CONTROL.search(line) is None and "\n" not in line
    assert "café — “quoted”" in line  # other non-ASCII stays readable
    assert json.loads(line) == {"title": HOSTILE, "ok": "café — “quoted”"}


def test_log_lines_drop_control_characters() -> None:
    record = logging.LogRecord("bot.core.polling", logging.WARNING, __file__, 1, "feed %s: %s", ("Wire", HOSTILE), None)
    line = SafeFormatter(LOG_FORMAT).format(record)
    assert CONTROL.search(line) is None and "feed Wire: [bold]Ofcom[/]" in line
