"""The poller's worker-side steps: the off-topic summary matches the summariser's own JSON shape exactly."""

from __future__ import annotations

import dataclasses
import json
import pickle
from datetime import UTC, datetime
from typing import Any

import pytest

from bot.core import off_topic, poll_work
from bot.core.poll_work import TopicRef, off_topic_summary, summarise_batch
from summariser import DEFAULT_TOPIC, Entities, Relevance, Summary, Topic, relevance, summarise


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
    expected = dataclasses.asdict(  # the reference JSON shape, built the slow, obvious way
        Summary(
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
        )
    )
    got = off_topic_summary("Title", url, published, judged)
    assert got == expected and list(got) == list(expected)
    assert json.dumps(got) == json.dumps(expected)  # nested key order too: it is the stored JSON's


@pytest.mark.parametrize(
    "judged",
    [
        Relevance(0.35, False, ["X", "platform"]),  # the summariser's own shape: written out directly
        Relevance(0.35, False, ("X", "platform")),  # any other shape: through Summary.to_dict
        Relevance(0.0, False, []),
    ],
)
def test_off_topic_summary_is_summary_to_dict_whichever_path(judged: Relevance) -> None:
    when = datetime(2026, 1, 12, 9, 30, tzinfo=UTC)
    expected = Summary(
        "T", "https://e.example/a", when.isoformat(), None, None, [], [], [], Entities(), judged
    ).to_dict()
    assert json.dumps(off_topic_summary("T", "https://e.example/a", when, judged)) == json.dumps(expected)
    assert off_topic._MODEL_AS_KNOWN  # the summariser's model is the one the direct path writes out


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


def test_a_summary_class_shapes_its_own_stored_json() -> None:
    class Shaped(Summary):
        __slots__ = ()

        def to_dict(self) -> dict[str, Any]:
            return {"shaped": True}

    def shaped(text: str, **_: Any) -> Summary:
        return Shaped(None, None, None, None, None, [], [], [], Entities(), Relevance(0.0, False))

    jobs = [("Ofcom said X must act on Grok images.", None, "Ofcom and Grok", None, "", None)]
    assert summarise_batch(shaped, jobs, DEFAULT_TOPIC, None) == [{"shaped": True}]


def test_off_topic_summaries_cross_from_the_worker_as_rows_and_expand_to_the_same_dict() -> None:
    when = datetime(2026, 1, 12, 9, 30, tzinfo=UTC)
    jobs = [
        ("A council approved a new bus timetable for the spring.", "https://e.example/bus", "Bus timetable", when,
         "A council approved a new bus timetable.", None),
        ("Ofcom said X must act on Grok images under the Online Safety Act.", None, "Ofcom and Grok", None, "", None),
    ]  # fmt: skip
    rows = poll_work.summarise_rows(summarise, jobs, DEFAULT_TOPIC, relevance)
    assert isinstance(rows[0], tuple) and isinstance(rows[1], dict)  # off-topic: its values only; relevant: the dict
    rows = pickle.loads(pickle.dumps(rows))  # as the poller receives them
    expanded = [poll_work.expand_summary(row, job[2], job[1]) for job, row in zip(jobs, rows, strict=True)]
    judged = relevance(jobs[0][0], url=jobs[0][1], title=jobs[0][2], topic=DEFAULT_TOPIC)
    assert json.dumps(expanded[0]) == json.dumps(
        off_topic_summary("Bus timetable", "https://e.example/bus", when, judged)
    )
    assert expanded == summarise_batch(summarise, jobs, DEFAULT_TOPIC, relevance)
    assert poll_work.expand_summary(None, "T", None) is None  # a near-duplicate stays None
