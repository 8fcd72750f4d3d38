"""Rich rendering for the terminal: stories, digests, feed tables and a one-line feed status."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from rich.console import Console, Group
from rich.markdown import Markdown
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from bot.core.polling import PollReport
from bot.core.quote_choice import top_quotes
from bot.models import FeedState, Story

MAX_QUOTES = 3
MAX_ACTIONS = 4


def when(t: datetime | None) -> str:
    """A compact UTC timestamp, or a dash."""
    return t.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if t else "—"


def story_panel(story: Story) -> Panel:
    """One story: source and time, key points, top quotes with speakers, actions with status, other outlets."""
    summary: dict[str, Any] = story.summary or {}
    lines: list[Text | str] = []
    source = story.publisher or story.feed
    lines.append(Text.from_markup(f"[dim]{escape(source)} · {when(story.published)}[/dim]"))
    for point in (summary.get("key_points") or [])[:3]:
        lines.append(Text.from_markup(f"• {escape(str(point))}"))
    for q in top_quotes(summary.get("quotes") or [], MAX_QUOTES):
        speaker = q.get("speaker") or "unattributed"
        role = f", {q['speaker_role']}" if q.get("speaker_role") else ""
        lines.append(
            Text.from_markup(
                f"[italic]“{escape(str(q.get('text', '')))}”[/italic] — [bold]{escape(speaker)}{escape(role)}[/bold]"
            )
        )
    for a in (summary.get("actions") or [])[:MAX_ACTIONS]:
        status = str(a.get("status") or "").replace("_", " ")
        timing = f" ({a['when']})" if a.get("when") else ""
        lines.append(
            Text.from_markup(
                f"[cyan]▸ {escape(str(a.get('actor', '')))}[/cyan] [magenta]\\[{escape(status)}][/magenta] "
                f"{escape(str(a.get('action', '')))}{escape(timing)}"
            )
        )
    if story.also_covered_by:
        lines.append(Text.from_markup(f"[dim]Also covered by: {escape(', '.join(story.also_covered_by))}[/dim]"))
    link = story.canonical_url or story.url
    if link:
        lines.append(Text(link, style="blue underline"))
    return Panel(Group(*lines), title=Text(story.title, style="bold"), title_align="left", expand=True)


def print_stories(console: Console, stories: Sequence[Story]) -> None:
    """Print each story as a panel."""
    for story in stories:
        console.print(story_panel(story))


def print_digest(console: Console, markdown: str) -> None:
    """Print a digest rendered from its Markdown."""
    console.print(Panel(Markdown(markdown), title="Digest", title_align="left"))


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
        line += " · " + "; ".join(f"{escape(r.feed)}: {escape(str(r.error))}" for r in failing)
    return line


def feeds_table(states: Sequence[FeedState]) -> Table:
    """Per feed: last success, last error, consecutive failures, next poll, stories seen."""
    table = Table(title="Feeds", expand=False)
    for col in ("feed", "last success", "last error", "failures", "next poll", "stories"):
        table.add_column(col, justify="right" if col in ("failures", "stories") else "left", overflow="fold")
    for s in states:
        error = f"{when(s.last_error_at)}: {s.last_error}" if s.last_error else "—"
        next_poll = "dead" if s.dead else when(s.next_attempt) if s.next_attempt else "at start"
        table.add_row(
            escape(s.name),
            when(s.last_success),
            escape(error),
            str(s.consecutive_failures),
            next_poll,
            str(s.stories_seen),
        )
    return table
