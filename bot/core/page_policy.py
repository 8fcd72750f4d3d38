"""Which new stories get their article page fetched, and what decides their relevance afterwards.

Feed text is often a headline and one sentence (Google News items are headline-only): too little to tell whether a
story that names the platform is about its regulation. Such a story gets a second look: its page is fetched and the
article decides. The page can promote a story the feed text left undecided; it never demotes one the feed text
already judged relevant (a paywall or cookie page must not hide a story the headline made plain).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from summariser import Topic

# feed text longer than this is a real summary of the story: its verdict stands
SHORT_FEED_TEXT_WORDS = 100


def is_relevant(summary: Mapping[str, Any]) -> bool:
    """The summariser's relevance verdict in a stored summary."""
    return bool((summary.get("relevance") or {}).get("relevant"))


def names_subject(summary: Mapping[str, Any], topic: Topic) -> bool:
    """Did the relevance check find one of the topic's subjects (X, Grok, xAI…) in the text?"""
    matched = (summary.get("relevance") or {}).get("matched") or ()
    subjects = {s.casefold() for s in topic.subjects}
    return any(str(m).casefold() in subjects for m in matched)


def needs_second_look(summary: Mapping[str, Any], title: str, lede: str, topic: Topic) -> bool:
    """Off-topic by its short feed text alone, but naming the subject: the article page should decide."""
    if is_relevant(summary) or not names_subject(summary, topic):
        return False
    return len(title.split()) + len(lede.split()) <= SHORT_FEED_TEXT_WORDS


def final_relevance(feed_summary: Mapping[str, Any], page_summary: Mapping[str, Any] | None) -> bool:
    """Relevant when the feed text or the fetched article says so."""
    return is_relevant(feed_summary) or (page_summary is not None and is_relevant(page_summary))
