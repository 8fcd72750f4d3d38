"""The poller's worker-side steps: the off-topic summary matches the summariser's own JSON shape exactly."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime
from typing import Any

import pytest

from bot.core import poll_work
from bot.core.poll_work import TopicRef, off_topic_summary, summarise_batch, summary_dict
from summariser import Entities, Relevance, Summary, Topic, relevance, summarise


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


def test_a_topic_crosses_to_workers_pickled_once_and_judges_the_same() -> None:
    topic = Topic.from_keywords("ofcom watch", subjects=["Grok"], concerns=["Ofcom"])
    ref = pickle.loads(pickle.dumps(TopicRef.of(topic)))  # as a worker receives it
    poll_work._TOPICS.clear()
    loaded = ref.load()
    assert loaded == topic and ref.load() is loaded  # unpickled on first use only
    jobs = [
        ("Ofcom said X must act on Grok images under the Online Safety Act.", None, "Ofcom and Grok", None, "", None)
    ]
    assert summarise_batch(summarise, jobs, ref, relevance) == summarise_batch(summarise, jobs, topic, relevance)


@pytest.mark.parametrize(
    "text",
    [
        '"We will not hesitate to act," said Melanie Dawes, Ofcom\'s chief executive. Ofcom opened an inquiry into'
        " X over Grok images on Monday, and the European Commission fined the platform under the Digital Services Act.",
        "A quiet day in the markets.",
    ],
)
def test_summary_dict_is_to_dict(text: str) -> None:
    full = summarise(text, title="Ofcom and Grok", url="https://e.example/a", published="2026-01-12T09:00:00+00:00")
    got, expected = summary_dict(full), full.to_dict()
    assert got == expected and list(got) == list(expected)
    assert got["entities"] == expected["entities"] and list(got["entities"]) == list(expected["entities"])
    got["key_points"].append("changed")  # a copy: the Summary's own lists are untouched
    assert summary_dict(full) == expected


def test_summary_dict_leaves_other_summary_classes_to_their_own_to_dict() -> None:
    class Shaped(Summary):
        __slots__ = ()

        def to_dict(self) -> dict[str, Any]:
            return {"shaped": True}

    stub = Shaped(None, None, None, None, None, [], [], [], Entities(), Relevance(0.0, False))
    assert summary_dict(stub) == {"shaped": True}
