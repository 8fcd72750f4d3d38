"""A relevance judgement made first is reused by the full summary: same summary, relevance scored once."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.poll_work import TopicRef, summarise_batch
from summariser import DEFAULT_TOPIC, Article, Relevance, Topic, relevance, summarise

_TEXTS = [
    # relevant: the subject and a regulator's concern, prominently
    (
        "Ofcom opens investigation into X over Grok images",
        "Ofcom has opened a formal investigation into X over sexualised images made with its Grok chatbot, the "
        'regulator said on Monday. "We are treating this as a priority," said Melanie Dawes, Ofcom\'s chief '
        "executive. The company has until 30 January to respond under the Online Safety Act.",
    ),
    # relevant, short: a feed item's headline and lede
    (
        "EU Commission orders X to keep Grok documents",
        "The European Commission has ordered X to retain all internal documents relating to Grok until the end "
        "of the year, a spokesperson said.",
    ),
    # off-topic: regulator language without the subject
    (
        "Regulator fines broadband provider over outages",
        "The telecoms regulator fined a broadband provider £2.1m on Tuesday after repeated outages left "
        "customers in three counties without service for days.",
    ),
    # off-topic: the subject's name in another sense
    (
        "Farmers count the cost of a wet harvest",
        "Growers in Lincolnshire said the X-shaped storm front had flattened barley across the county, and "
        "insurers expect claims to rise.",
    ),
    # no title, several paragraphs
    (
        None,
        "Australia's eSafety commissioner said on Thursday she had written to X about Grok.\n\n"
        "The letter asks the company to explain what checks it applies before images are generated. "
        '"Platforms must take responsibility," Julie Inman Grant told reporters in Canberra.\n\n'
        "X did not respond to a request for comment.",
    ),
]


@pytest.mark.parametrize(("title", "text"), _TEXTS)
@pytest.mark.parametrize("topic", [None, Topic.from_keywords("watch", subjects=["Grok"], concerns=["Ofcom"])])
def test_a_summary_given_its_relevance_is_the_summary_without_it(
    title: str | None, text: str, topic: Topic | None
) -> None:
    published = datetime(2026, 1, 12, 9, 0, tzinfo=UTC)
    plain = summarise(_copy(text), title=title, topic=topic, published=published)  # split afresh
    judged = relevance(text, title=title, topic=topic)
    # the same string object: its split (and word tokens) from relevance() are reused as well
    reused = summarise(text, title=title, topic=topic, published=published, relevance=judged)
    assert reused == plain
    assert reused.to_dict() == plain.to_dict()
    assert judged == plain.relevance


def _copy(text: str) -> str:
    """An equal string that is a different object."""
    copy = (text + " ")[:-1]
    assert copy == text and copy is not text
    return copy


def test_the_cases_cover_both_verdicts() -> None:
    verdicts = {relevance(text, title=title).relevant for title, text in _TEXTS}
    assert verdicts == {True, False}


def test_html_and_article_inputs_reuse_the_same_way() -> None:
    title, text = _TEXTS[0]
    html = f"<html><head><title>{title}</title></head><body><article><p>{text}</p></article></body></html>"
    for value in (html, Article(text=text, title=title)):
        judged = relevance(value, url="https://news.example/a")
        assert summarise(value, url="https://news.example/a", relevance=judged) == summarise(
            value, url="https://news.example/a"
        )


def test_interleaved_texts_never_share_a_split() -> None:
    (t1, a), (t2, b) = _TEXTS[0], _TEXTS[2]
    expected = [summarise(_copy(a), title=t1), summarise(_copy(b), title=t2)]
    relevance(a, title=t1)
    relevance(b, title=t2)  # the last split is now b's
    assert [summarise(a, title=t1), summarise(b, title=t2)] == expected


def test_the_given_judgement_is_used_as_is() -> None:
    title, text = _TEXTS[2]
    given = Relevance(0.75, True, ["given"])
    assert summarise(text, title=title, relevance=given).relevance is given


def test_the_poller_batch_stores_the_summariser_own_summaries() -> None:
    jobs = [(text, "https://news.example/s", title or "", None, "", None) for title, text in _TEXTS]
    got = summarise_batch(summarise, jobs, TopicRef.of(DEFAULT_TOPIC), relevance)
    for (title, text), summary in zip(_TEXTS, got, strict=True):
        full = summarise(text, url="https://news.example/s", title=title or "", topic=DEFAULT_TOPIC)
        assert summary is not None
        assert summary["relevance"] == full.to_dict()["relevance"]
        if full.relevance.relevant:
            assert summary == full.to_dict()
