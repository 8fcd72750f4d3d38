"""Markdown rendering of a Summary for people."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summariser._model import Summary

_STATUS_LABEL = {
    "taken": "taken",
    "announced": "announced",
    "planned": "planned",
    "threatened": "threatened",
    "called_for": "called for",
    "refused": "refused",
}


def render_markdown(summary: Summary) -> str:
    """Title, metadata line, key points, quotes with speakers and actions with status."""
    lines: list[str] = [f"# {summary.title or 'Untitled'}"]
    meta = [m for m in (summary.source, summary.byline, summary.published, summary.url) if m]
    if meta:
        lines.append(" · ".join(meta))
    if summary.key_points:
        lines += ["", "## Key points", *[f"- {p}" for p in summary.key_points]]
    if summary.quotes:
        lines += ["", "## Quotes"]
        for q in summary.quotes:
            who = q.speaker or "unattributed"
            if q.speaker_role:
                who = f"{who} ({q.speaker_role})"
            lines.append(f"- “{q.text}” — {who}")
    if summary.actions:
        lines += ["", "## Actions"]
        for a in summary.actions:
            extra = "; ".join(x for x in (a.instrument, a.when) if x)
            tail = f" ({extra})" if extra else ""
            lines.append(f"- **{a.actor}** {a.action} [{_STATUS_LABEL[a.status]}]{tail}")
    rel = summary.relevance
    lines += ["", f"Relevance: {rel.score:.2f} ({'relevant' if rel.relevant else 'not relevant'})"]
    return "\n".join(lines) + "\n"
