"""Helpers for pipeline tests: RSS builders, a deterministic keyword summariser, a fixed clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any
from xml.sax.saxutils import escape

from summariser import Article, Entities, Quote, Relevance, Summary, Topic

NOW = datetime(2026, 1, 20, 12, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Item:
    """One RSS item."""

    title: str
    link: str
    lede: str
    guid: str | None = None
    published: datetime | None = datetime(2026, 1, 12, 9, 0, tzinfo=UTC)
    content: str | None = None


def rss(items: list[Item], *, title: str = "Test feed", ttl_minutes: int | None = None) -> str:
    """An RSS 2.0 document for the items (with a `<ttl>` when given)."""
    parts = []
    for it in items:
        guid = f"<guid isPermaLink='false'>{escape(it.guid)}</guid>" if it.guid else ""
        date = f"<pubDate>{format_datetime(it.published)}</pubDate>" if it.published else ""
        content = f"<content:encoded>{escape(it.content)}</content:encoded>" if it.content else ""
        parts.append(
            f"<item><title>{escape(it.title)}</title><link>{escape(it.link)}</link>{guid}{date}"
            f"<description>{escape(it.lede)}</description>{content}</item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>{escape(title)}</title><link>http://example.invalid/</link><description>t</description>"
        + (f"<ttl>{ttl_minutes}</ttl>" if ttl_minutes is not None else "")
        + "".join(parts)
        + "</channel></rss>"
    )


def keyword_summarise(
    text: str | Article,
    *,
    url: str | None = None,
    title: str | None = None,
    published: Any = None,
    topic: Topic | None = None,
) -> Summary:
    """Deterministic stand-in for summariser.summarise: relevant when 'Grok' appears; a quote from a `said` line."""
    if isinstance(text, Article):
        text = text.text
    body = " ".join(text.replace("<", " <").split())
    relevant = "grok" in f"{title} {body}".lower()
    quotes = []
    if '"' in body:
        inner = body.split('"')[1]
        quotes.append(Quote(text=inner, speaker="Melanie Dawes", speaker_role=None, partial=False, sentence=0))
    return Summary(
        title=title,
        url=url,
        published=None,
        source=None,
        byline=None,
        key_points=[body[:200]],
        quotes=quotes,
        actions=[],
        entities=Entities(),
        relevance=Relevance(score=1.0 if relevant else 0.0, relevant=relevant, matched=["Grok"] if relevant else []),
    )


class FixedClock:
    """A clock that stands still unless moved."""

    def __init__(self, now: datetime = NOW) -> None:
        self.current = now

    def now(self) -> datetime:
        return self.current
