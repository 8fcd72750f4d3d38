"""The one digest builder (pure): stories in a window → a ranked, grouped Digest; used by the CLI and Discord alike.

Ranking, most important first (bot.core.importance): what the story reports was done — enforcement outranks talk,
the strongest action counts most — how many outlets covered it, its relevance score, and recency within the window.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from bot.core.importance import importance
from bot.core.quote_choice import top_quotes
from bot.models import Story


@dataclass(frozen=True, slots=True)
class DigestQuote:
    """The strongest quote of a story and who said it."""

    text: str
    speaker: str | None
    speaker_role: str | None = None


@dataclass(frozen=True, slots=True)
class DigestAction:
    """One regulatory action reported by a story."""

    actor: str
    action: str
    status: str
    when: str | None = None
    target: str | None = None


@dataclass(frozen=True, slots=True)
class DigestItem:
    """One story as it appears in a digest (or an alert)."""

    story_id: str
    headline: str
    url: str | None
    source: str
    published: datetime
    key_points: tuple[str, ...]
    quote: DigestQuote | None
    actions: tuple[DigestAction, ...]
    also_covered_by: tuple[str, ...]
    score: float = 0.0


@dataclass(frozen=True, slots=True)
class Digest:
    """Stories of one window, most important first; `omitted` counts candidates cut by max_stories."""

    window_start: datetime
    window_end: datetime
    items: tuple[DigestItem, ...]
    omitted: int = 0

    @property
    def is_empty(self) -> bool:
        """True for a quiet window (the renderer shows a short note)."""
        return not self.items

    @property
    def story_ids(self) -> frozenset[str]:
        """Ids of the stories shown, persisted so the channel's next digest excludes them."""
        return frozenset(item.story_id for item in self.items)


def build_digest(
    stories: Iterable[Story],
    *,
    window_start: datetime,
    window_end: datetime,
    exclude_ids: frozenset[str] = frozenset(),
    max_stories: int = 10,
) -> Digest:
    """Rank the window's relevant stories (minus `exclude_ids`) and keep the top `max_stories`."""
    span = max((window_end - window_start).total_seconds(), 1.0)
    seen: set[str] = set()
    items: list[DigestItem] = []
    for story in stories:
        if story.id in exclude_ids or story.id in seen or not story.relevant:
            continue
        seen.add(story.id)
        items.append(digest_item(story, score=_score(story, window_end, span)))
    items.sort(key=lambda i: (-i.score, -i.published.timestamp(), i.story_id))
    kept = tuple(items[: max(max_stories, 0)])
    return Digest(window_start, window_end, kept, omitted=len(items) - len(kept))


def digest_item(story: Story, *, score: float = 0.0) -> DigestItem:
    """A story's digest/alert view: headline, link, source, one or two key points, strongest quote, actions."""
    summary = story.summary or {}
    points = tuple(str(p) for p in (summary.get("key_points") or [])[:2] if str(p).strip())
    return DigestItem(
        story_id=story.id,
        headline=story.title.strip() or "(untitled)",
        url=_http_url(story.canonical_url or story.url),
        source=story.publisher or story.feed,
        published=story.published,
        key_points=points,
        quote=strongest_quote(summary.get("quotes") or []),
        actions=tuple(_actions(summary.get("actions") or [])),
        also_covered_by=tuple(o for o in story.also_covered_by if o and o != (story.publisher or story.feed)),
        score=round(score, 4),
    )


def strongest_quote(quotes: Sequence[Mapping[str, Any]]) -> DigestQuote | None:
    """Prefer attributed, named, complete, longer quotes; None when there is no quote."""
    best = top_quotes(quotes, 1) if quotes else []
    if not best:
        return None
    q = best[0]
    speaker, role = q.get("speaker"), q.get("speaker_role")
    return DigestQuote(str(q.get("text") or "").strip(), str(speaker) if speaker else None, str(role) if role else None)


def _actions(raw: Sequence[Mapping[str, Any]]) -> Iterable[DigestAction]:
    for a in raw:
        actor, action = str(a.get("actor") or "").strip(), str(a.get("action") or "").strip()
        if actor and action:
            yield DigestAction(actor, action, str(a.get("status") or "announced"), a.get("when"), a.get("target"))


def _score(story: Story, window_end: datetime, span: float) -> float:
    age = max((window_end - story.published).total_seconds(), 0.0)
    return importance(story.summary or {}, outlets=1 + len(story.also_covered_by), recency=1.0 - age / span)


def _http_url(url: str | None) -> str | None:
    # Only http(s) links ever reach a renderer (a feed may carry javascript: or data: URLs).
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return None


def digest_to_dict(d: Digest) -> dict[str, Any]:
    """JSON-able form (stored in the outbox payload, printed by `python -m bot digest --format json`)."""
    return {
        "window_start": d.window_start.isoformat(),
        "window_end": d.window_end.isoformat(),
        "omitted": d.omitted,
        "items": [item_to_dict(i) for i in d.items],
    }


def item_to_dict(i: DigestItem) -> dict[str, Any]:
    """JSON-able form of one digest item (also the payload of an alert)."""
    return {
        "story_id": i.story_id,
        "headline": i.headline,
        "url": i.url,
        "source": i.source,
        "published": i.published.isoformat(),
        "key_points": list(i.key_points),
        "quote": None
        if i.quote is None
        else {"text": i.quote.text, "speaker": i.quote.speaker, "speaker_role": i.quote.speaker_role},
        "actions": [
            {"actor": a.actor, "action": a.action, "status": a.status, "when": a.when, "target": a.target}
            for a in i.actions
        ],
        "also_covered_by": list(i.also_covered_by),
        "score": i.score,
    }


def digest_from_dict(data: Mapping[str, Any]) -> Digest:
    """Rebuild a Digest from digest_to_dict output (the Discord renderer reads outbox payloads this way)."""
    return Digest(
        window_start=datetime.fromisoformat(data["window_start"]),
        window_end=datetime.fromisoformat(data["window_end"]),
        items=tuple(item_from_dict(i) for i in data.get("items") or []),
        omitted=int(data.get("omitted") or 0),
    )


def item_from_dict(data: Mapping[str, Any]) -> DigestItem:
    """Rebuild a DigestItem from item_to_dict output."""
    quote = data.get("quote")
    return DigestItem(
        story_id=str(data["story_id"]),
        headline=str(data["headline"]),
        url=data.get("url"),
        source=str(data.get("source") or ""),
        published=datetime.fromisoformat(data["published"]),
        key_points=tuple(data.get("key_points") or ()),
        quote=None if not quote else DigestQuote(quote["text"], quote.get("speaker"), quote.get("speaker_role")),
        actions=tuple(
            DigestAction(a["actor"], a["action"], a["status"], a.get("when"), a.get("target"))
            for a in data.get("actions") or ()
        ),
        also_covered_by=tuple(data.get("also_covered_by") or ()),
        score=float(data.get("score") or 0.0),
    )


def digest_to_markdown(d: Digest) -> str:
    """Plain Markdown for terminals and files (Discord rendering and escaping are the cogs' job)."""
    start, end = _when(d.window_start), _when(d.window_end)
    head = f"# grokwatch digest: {start} to {end}" if start != end else f"# grokwatch digest: stories first seen {end}"
    if d.is_empty:
        return f"{head}\n\nNo new stories about the topic in this window.\n"
    lines = [head, "", f"{len(d.items)} stor{'y' if len(d.items) == 1 else 'ies'}."]
    for n, item in enumerate(d.items, 1):
        lines += ["", item_to_markdown(item, number=n)]
    if d.omitted:
        lines += ["", f"…and {d.omitted} more."]
    return "\n".join(lines) + "\n"


def item_to_markdown(i: DigestItem, *, number: int | None = None) -> str:
    """One item as Markdown: linked headline, source and time, key points, quote, actions, other outlets."""
    prefix = f"{number}. " if number is not None else ""
    title = f"[{_md(i.headline)}]({_md_url(i.url)})" if i.url else _md(i.headline)
    lines = [f"## {prefix}{title}", f"*{_md(i.source)} · {_when(i.published)}*"]
    lines += [f"- {_md(p)}" for p in i.key_points]
    if i.quote:
        who = f" — {_md(i.quote.speaker)}" if i.quote.speaker else ""
        # blank lines end the block quote and paragraphs: Markdown would otherwise run them together
        lines += [f"> “{_md(i.quote.text)}”{who}", ""]
    if i.actions:
        lines += ["**Actions:** " + "; ".join(_action_text(a) for a in i.actions), ""]
    if i.also_covered_by:
        lines.append("Also covered by: " + ", ".join(_md(o) for o in i.also_covered_by))
    return "\n".join(lines).rstrip("\n")


def _action_text(a: DigestAction) -> str:
    when = f", {_md(a.when)}" if a.when else ""
    return f"{_md(a.actor)}: {_md(a.action)} ({a.status.replace('_', ' ')}{when})"


# feed text is untrusted: a headline must not become a link, an image, a heading or HTML in a Markdown file
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|!#~])")


def _md(text: str) -> str:
    """Feed text as literal Markdown on one line: whitespace runs collapsed, CommonMark's punctuation escaped."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _md_url(url: str) -> str:
    """A URL that cannot end the link early or add a title: spaces, brackets and angle brackets percent-encoded."""
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")


def _when(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
