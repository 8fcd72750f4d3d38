"""What the poller stores for a new feed entry: the Story (summary, relevance, capped text, the outlet's shown
name) and the keys that recognise it again.
"""

from __future__ import annotations

import functools
import re
from datetime import datetime
from typing import Any

from bot.core.feedtext import truncate
from bot.core.identity import StoryRecord, keys_with_url
from bot.core.page_policy import final_relevance
from bot.core.poll_work import ARTICLE_TEXT_MAX_CHARS, EntryRow
from bot.models import FeedEntry, FeedSpec, Story

_HOSTLIKE = re.compile(r"[\w.-]+\.[a-z0-9-]+(:\d+)?|\d+\.\d+\.\d+\.\d+(:\d+)?", re.I)


def display_publisher(entry: FeedEntry | EntryRow, summary: dict[str, Any]) -> str | None:
    """The outlet's name: a feed item's <source>, else the page's site name; never a bare host name."""
    for name in (entry.publisher, summary.get("source")):
        if isinstance(name, str) and (shown := _outlet_name(name)):
            return shown
    return None


@functools.lru_cache(maxsize=1024)
def _outlet_name(name: str) -> str | None:
    # a feed's items share one publisher (or host): judged once, not once per item
    name = name.strip()
    return name if name and not _HOSTLIKE.fullmatch(name) else None


def story_record(
    spec: FeedSpec,
    entry: EntryRow,
    feed_summary: dict[str, Any],
    now: datetime,
    page: tuple[dict[str, Any], str | None, str | None] | None,
) -> StoryRecord:
    """The Story and dedupe keys to store for a new entry, from its page summary and text when one was fetched."""
    # from the article page, or the feed's own when none was fetched
    summary, canonical, text = page or (feed_summary, entry.canonical_url, entry.content)
    text = truncate(text, ARTICLE_TEXT_MAX_CHARS) if text else text  # feed-carried text is capped the same way
    relevant = final_relevance(feed_summary, summary if summary is not feed_summary else None)
    story = Story(
        id=entry.story_id,
        feed=spec.name,
        title=entry.title,
        url=entry.url,
        canonical_url=canonical,
        guid=entry.guid,
        published=entry.published or now,
        first_seen=now,
        lede=entry.lede,
        publisher=display_publisher(entry, summary),
        relevant=relevant,
        summary=summary,
        text=text,
    )
    keys = keys_with_url(entry.keys, canonical) if canonical != entry.canonical_url else entry.keys
    return StoryRecord(story, keys, entry.title_key, entry.fingerprint, text=text)
