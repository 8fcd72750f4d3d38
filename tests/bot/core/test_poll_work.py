"""The poller's worker-side steps: the off-topic summary matches the summariser's own JSON shape exactly."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.poll_work import off_topic_summary
from summariser import Entities, Relevance, Summary


@pytest.mark.parametrize(
    ("url", "published", "judged"),
    [
        ("https://e.example/a", datetime(2026, 1, 12, 9, 30, tzinfo=UTC), Relevance(0.2, False, ["X"])),
        (None, None, Relevance(0.0, False)),
    ],
)
def test_off_topic_summary_is_the_summariser_json(
    url: str | None, published: datetime | None, judged: Relevance
) -> None:
    expected = Summary(
        title="Title",
        url=url,
        published=published.isoformat() if published else None,
        source=None,
        byline=None,
        key_points=[],
        quotes=[],
        actions=[],
        entities=Entities(),
        relevance=judged,
    ).to_dict()
    got = off_topic_summary("Title", url, published, judged)
    assert got == expected and list(got) == list(expected)


def test_off_topic_summaries_share_no_mutable_parts() -> None:
    a = off_topic_summary("A", None, None, Relevance(0.1, False, ["X"]))
    b = off_topic_summary("B", None, None, Relevance(0.1, False, ["X"]))
    a["key_points"].append("changed")
    a["relevance"]["matched"].append("Grok")
    assert b["key_points"] == [] and b["relevance"]["matched"] == ["X"]
