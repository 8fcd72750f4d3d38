"""bot.console renders untrusted feed text through rich markup without raising or applying it."""

from __future__ import annotations

import io

from rich.console import Console

from bot.console import status_line
from bot.core.polling import PollReport


def test_status_line_escapes_markup_in_failing_feed_errors() -> None:
    # Was: a feed error carrying "[/x]" raised rich's MarkupError when `grokwatch run` printed the status line.
    report = PollReport(feed="Wire [bold]Desk", new_stories=[], error="HTTP 500: [/oops] upstream said [red]no")
    out = io.StringIO()
    Console(file=out, width=300, color_system=None).print(f"[dim]{status_line([report])}[/dim]")
    assert "Wire [bold]Desk: HTTP 500: [/oops] upstream said [red]no" in out.getvalue()
