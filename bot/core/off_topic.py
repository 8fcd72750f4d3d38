"""Off-topic stories' stored summaries: nothing but their relevance, written without building the summariser's model.

Most polled items are off-topic, so this dict is built (and crosses from the workers as four values) once per item.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any

from summariser import Entities, Relevance, Summary

# what varies in an off-topic summary: published (ISO text), score, relevant, matched
OffTopicRow = tuple[str | None, float, bool, list[str]]


def off_topic_summary(title: str, url: str | None, published: datetime | None, judged: Relevance) -> dict[str, Any]:
    """The stored summary of an off-topic story: nothing but its relevance (`Summary.to_dict`'s dict, key for key)."""
    row = off_topic_values(published, judged)
    if row is not None:
        return off_topic_dict(title, url, *row)
    when = published.isoformat() if published else None
    return Summary(title, url, when, None, None, [], [], [], Entities(), judged).to_dict()


def off_topic_values(published: datetime | None, judged: Relevance) -> OffTopicRow | None:
    """What varies in an off-topic summary, or None when `off_topic_dict` would not be `Summary.to_dict`'s dict."""
    matched = judged.matched
    if (
        _MODEL_AS_KNOWN
        and type(judged) is Relevance
        and type(matched) is list
        and (not matched or type(matched[0]) is str)
    ):
        return published.isoformat() if published else None, judged.score, judged.relevant, list(matched)
    return None


def off_topic_dict(
    title: str, url: str | None, published: str | None, score: float, relevant: bool, matched: list[str]
) -> dict[str, Any]:
    """An off-topic summary's dict from its values: `Summary.to_dict`'s, key for key (`published` as ISO text)."""
    # Most polled items are off-topic: building the frozen Summary and Entities only to turn them into this dict cost
    # ~63,000 instructions per item (test_poll_work checks the two agree, key order included, since the order is the
    # stored JSON's)
    entities: dict[str, list[str]] = {"people": [], "organisations": [], "laws": [], "places": []}
    relevance_ = {"score": score, "relevant": relevant, "matched": matched}
    return {"title": title, "url": url, "published": published, "source": None, "byline": None, "key_points": [],
            "quotes": [], "actions": [], "entities": entities, "relevance": relevance_}  # fmt: skip


# The summariser's model as `off_topic_summary` writes it out; any other shape goes through `Summary.to_dict`.
_MODEL_AS_KNOWN = (
    tuple(f.name for f in dataclasses.fields(Summary))
    == ("title", "url", "published", "source", "byline", "key_points", "quotes", "actions", "entities", "relevance")
    and tuple(f.name for f in dataclasses.fields(Entities)) == ("people", "organisations", "laws", "places")
    and tuple(f.name for f in dataclasses.fields(Relevance)) == ("score", "relevant", "matched")
)
