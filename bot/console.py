"""Rich rendering for the terminal: stories, digests, feed tables and a one-line feed status.

Feed text is untrusted: it is never parsed as rich markup or Markdown (pieces are assembled as `Text`), and
terminal control characters are dropped (`clean`), so a headline cannot clear the screen, retitle the window or
fake output.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from rich.console import Console, Group, RenderableType
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from bot.core.digests import Digest, DigestItem
from bot.core.polling import PollReport
from bot.core.quote_choice import top_quotes
from bot.models import FeedState, Story

MAX_QUOTES = 3
MAX_ACTIONS = 4

# C0 controls but tab and newline (ESC starts CSI/OSC sequences; CR and BS overwrite what was printed), DEL, the C1
# controls (U+009B is a one-character CSI on some terminals) and the bidi embeddings, overrides and isolates
# (they reorder the text around them).
_UNSAFE_CODEPOINTS = (
    *range(0x00, 0x09),
    *range(0x0B, 0x20),
    *range(0x7F, 0xA0),
    *range(0x202A, 0x202F),
    *range(0x2066, 0x206A),
)
_DROP = dict.fromkeys(_UNSAFE_CODEPOINTS, None)
# json.dumps escapes C0 controls itself; with ensure_ascii=False it leaves the rest raw.
_JSON_ESCAPES = {cp: f"\\u{cp:04x}" for cp in _UNSAFE_CODEPOINTS if cp >= 0x7F}


def clean(text: object) -> str:
    """`text` as a string without terminal control characters (escape sequences, C1 controls, bidi overrides)."""
    return str(text).translate(_DROP)


def json_line(obj: object) -> str:
    """`obj` as one line of JSON (non-ASCII kept) in which no character can act on a terminal."""
    return json.dumps(obj, ensure_ascii=False, default=str).translate(_JSON_ESCAPES)


def json_text(obj: object) -> str:
    """`obj` as indented JSON, terminal-safe like `json_line`."""
    return json.dumps(obj, ensure_ascii=False, indent=2, default=str).translate(_JSON_ESCAPES)


def when(t: datetime | None) -> str:
    """A compact UTC timestamp, or a dash."""
    return t.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if t else "—"


def _text(*parts: str | tuple[str, str]) -> Text:
    # Text.assemble never parses markup: "[bold]" in a headline stays literal.
    return Text.assemble(*((clean(p[0]), p[1]) if isinstance(p, tuple) else clean(p) for p in parts))


def story_panel(story: Story) -> Panel:
    """One story: headline, source and time, key points, top quotes with speakers, actions with status, outlets."""
    summary: dict[str, Any] = story.summary or {}
    # the headline goes inside the panel, where it wraps; a border title would be cut at the terminal's width
    lines: list[Text] = [_text((story.title, "bold"))]
    lines.append(_text((f"{story.publisher or story.feed} · {when(story.published)}", "dim")))
    for point in (summary.get("key_points") or [])[:3]:
        lines.append(_text(f"• {point}"))
    for q in top_quotes(summary.get("quotes") or [], MAX_QUOTES):
        lines.append(_quote_text(str(q.get("text", "")), q.get("speaker"), q.get("speaker_role")))
    for a in (summary.get("actions") or [])[:MAX_ACTIONS]:
        status = str(a.get("status") or "").replace("_", " ")
        timing = f" ({a['when']})" if a.get("when") else ""
        lines.append(
            _text(
                (f"▸ {a.get('actor', '')}", "cyan"), " ", (f"[{status}]", "magenta"), f" {a.get('action', '')}{timing}"
            )
        )
    if story.also_covered_by:
        lines.append(_text((f"Also covered by: {', '.join(story.also_covered_by)}", "dim")))
    link = story.canonical_url or story.url
    if link:
        lines.append(_text((link, "blue underline")))
    return Panel(Group(*lines), expand=True)


def _quote_text(text: str, speaker: object, role: object) -> Text:
    who = str(speaker) if speaker else "unattributed"
    if role:
        who += f", {role}"
    return _text((f"“{text}”", "italic"), " — ", (who, "bold"))


def print_stories(console: Console, stories: Sequence[Story]) -> None:
    """Print each story as a panel."""
    for story in stories:
        console.print(story_panel(story))


def digest_panel(digest: Digest) -> Panel:
    """A digest for the terminal, from the same structure the Markdown and Discord renderings use."""
    start, end = when(digest.window_start), when(digest.window_end)
    head = f"grokwatch digest: {start} to {end}" if start != end else f"grokwatch digest: stories first seen {end}"
    parts: list[RenderableType] = [_text((head, "bold"))]
    if digest.is_empty:
        parts.append(Text("No new stories about the topic in this window."))
    else:
        count = len(digest.items)
        parts.append(Text(f"{count} stor{'y' if count == 1 else 'ies'}."))
    for number, item in enumerate(digest.items, 1):
        parts += [Text(""), _digest_item(item, number)]
    if digest.omitted:
        parts += [Text(""), Text(f"…and {digest.omitted} more.")]
    return Panel(Group(*parts), title="Digest", title_align="left")


def _digest_item(item: DigestItem, number: int) -> Group:
    lines: list[Text] = [_text((f"{number}. {item.headline}", "bold"))]
    if item.url:
        lines.append(_text((item.url, "blue underline")))
    lines.append(_text((f"{item.source} · {when(item.published)}", "dim")))
    lines += [_text(f"• {point}") for point in item.key_points]
    if item.quote:
        lines.append(_quote_text(item.quote.text, item.quote.speaker, item.quote.speaker_role))
    for a in item.actions:
        timing = f", {a.when}" if a.when else ""
        lines.append(
            _text((f"▸ {a.actor}", "cyan"), f" {a.action} ", (f"({a.status.replace('_', ' ')}{timing})", "dim"))
        )
    if item.also_covered_by:
        lines.append(_text((f"Also covered by: {', '.join(item.also_covered_by)}", "dim")))
    return Group(*lines)


def print_digest(console: Console, digest: Digest) -> None:
    """Print a digest as a panel."""
    console.print(digest_panel(digest))


def status_line(reports: Sequence[PollReport]) -> str:
    """One line summarising a polling round: counts and every failing feed with its reason (rich markup: callers
    print it as markup, so a name or error carrying `[/x]` is escaped rather than raising MarkupError)."""
    ok = sum(1 for r in reports if r.error is None and not r.not_modified)
    unchanged = sum(1 for r in reports if r.not_modified)
    failing = [r for r in reports if r.error]
    new = sum(len(r.new_stories) for r in reports)
    relevant = sum(len(r.relevant_stories) for r in reports)
    line = (
        f"feeds: {ok} fetched, {unchanged} unchanged, {len(failing)} failing · {new} new stories, {relevant} relevant"
    )
    if failing:
        line += " · " + "; ".join(f"{markup_text(r.feed)}: {markup_text(r.error)}" for r in failing)
    return line


def markup_text(value: object) -> str:
    """Untrusted text to embed in a rich markup string: control characters dropped, markup escaped."""
    return escape(clean(value))


def feeds_table(states: Sequence[FeedState]) -> Table:
    """Per feed: last success, last error, consecutive failures, next poll, stories seen."""
    table = Table(title="Feeds", expand=False)
    for col in ("feed", "last success", "last error", "failures", "next poll", "stories"):
        table.add_column(col, justify="right" if col in ("failures", "stories") else "left", overflow="fold")
    for s in states:
        error = f"{when(s.last_error_at)}: {s.last_error}" if s.last_error else "—"
        next_poll = "dead" if s.dead else when(s.next_attempt) if s.next_attempt else "at start"
        table.add_row(
            _text(s.name),
            when(s.last_success),
            _text(error),
            str(s.consecutive_failures),
            _text((next_poll, "bold red")) if s.dead else next_poll,
            str(s.stories_seen),
        )
    return table
