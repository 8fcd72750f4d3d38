"""Untrusted text never breaks the summariser: any input gives a well-formed, JSON-serialisable Summary.

Property tests (Hypothesis, derandomised so CI is deterministic) over news-like text built from fragments and raw
text, plus pathological sizes as functional guards (pytest-timeout catches a hang; speed lives in
bench/summariser_robustness.py). For a longer exploratory run (new random examples each time):
`GROKWATCH_FUZZ_EXAMPLES=5000 pytest tests/summariser/test_robustness.py -k any_ --timeout 0`.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Callable
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import summariser
from bench.summariser_robustness import CASES
from summariser._html import Article, looks_like_html
from summariser._text import split_document
from tests.summariser import strategies as S

_WORD = re.compile(r"\w+")
_SURROGATE = re.compile("[\ud800-\udfff]")
# the exploratory run (the variable set) draws new examples each time; the default run is the same on every CI run
EXPLORE = os.environ.get("GROKWATCH_FUZZ_EXAMPLES")
FUZZ = settings(
    max_examples=int(EXPLORE or "150"),
    deadline=None,
    derandomize=not EXPLORE,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _tokens(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def check_summary(summary: summariser.Summary, text: str) -> None:
    """Every documented invariant of a Summary made from the plain text (or extracted text) `text`."""
    assert isinstance(summary, summariser.Summary)
    data = json.loads(json.dumps(summary.to_dict(), ensure_ascii=False, allow_nan=False))
    assert summariser.Summary.from_dict(data) == summary
    assert isinstance(summary.to_markdown(), str)
    # lone surrogates come out as U+FFFD (summarise's own repair): compare with the repaired text
    text = _SURROGATE.sub("\ufffd", text)
    n_sentences = len(split_document(text).sentences)
    words = _tokens(text)
    for point in summary.key_points:
        assert point.strip(), "empty key point"
        # never a furniture line on its own (one glued into a longer sentence is the splitter's call)
        assert point.strip().rstrip(".") not in S.BOILERPLATE, f"boilerplate key point: {point!r}"
        assert any(c.isalnum() for c in point), f"key point without a word: {point!r}"
        assert point in text, f"key point not in the text: {point!r}"
    for quote in summary.quotes:
        assert quote.text.strip(), "empty quote"
        assert 0 <= quote.sentence < n_sentences, f"quote sentence {quote.sentence} of {n_sentences}"
        assert _tokens(quote.text) <= words, f"quote words not in the text: {quote.text!r}"
        assert quote.speaker is None or quote.speaker.strip(), "blank speaker"
    for action in summary.actions:
        assert action.actor.strip() and action.action.strip(), f"empty actor or action: {action}"
        assert action.status in summariser.ACTION_STATUSES
        assert 0 <= action.sentence < n_sentences, f"action sentence {action.sentence} of {n_sentences}"
    for group in (summary.entities.people, summary.entities.organisations, summary.entities.laws):
        assert all(isinstance(e, str) and e.strip() for e in group), f"blank entity in {group}"
    rel = summary.relevance
    assert isinstance(rel.relevant, bool) and math.isfinite(rel.score) and 0.0 <= rel.score <= 1.0


@FUZZ
@given(S.any_text)
def test_any_text_gives_a_well_formed_summary(text: str) -> None:
    summary = summariser.summarise(text)
    check_summary(summary, text)
    assert summariser.summarise(text) == summary  # deterministic
    assert summariser.relevance(text) == summary.relevance


# a week inside datetime's range: the very edges overflow (pinned by the strict xfails below)
_DATES = st.datetimes(min_value=datetime(1, 1, 8), max_value=datetime(9999, 12, 20))


@FUZZ
@given(
    S.news_text(),
    st.one_of(st.none(), st.text(max_size=80), st.sampled_from(S.NAMES)),
    st.one_of(st.none(), _DATES, _DATES.map(datetime.isoformat), st.text(max_size=30)),
)
def test_any_title_and_date_give_a_well_formed_summary(
    text: str, title: str | None, published: datetime | str | None
) -> None:
    summary = summariser.summarise(text, title=title, published=published)
    check_summary(summary, text)
    # in article order: each key point is found after the one before it (a sentence may recur, so not by first match)
    repaired, at = _SURROGATE.sub("\ufffd", text), 0
    for point in summary.key_points:
        found = repaired.find(point, at)
        assert found >= 0, f"key point out of article order: {point!r}"
        at = found + 1


@FUZZ
@given(
    S.any_html, st.one_of(st.none(), st.sampled_from(["https://news.example/a", "", "javascript:x", "//x"]), st.text())
)
def test_any_page_gives_a_well_formed_summary(page: str, url: str | None) -> None:
    article = summariser.extract_article(page, url=url)
    assert isinstance(article, Article) and isinstance(article.text, str)
    summary = summariser.summarise(article)
    check_summary(summary, article.text)
    if looks_like_html(page):  # otherwise summarise() rightly reads it as plain text
        assert summariser.summarise(page, url=url) == summary


# --- failures found by fuzzing. Lone surrogates crashed fold_bytes (UnicodeEncodeError, _text.py) until commit
# 18f2225 turned them into U+FFFD: these tests keep it so. The rest are pinned as strict xfails: the suite stays green,
# the failure stays visible, and a fix shows up as XPASS (then drop the marker). ---

LEDE = "Ofcom said on Monday it had opened an investigation into X under the Online Safety Act."
# json.loads turns the escape "\ud800" of a JSON feed into a lone surrogate: text from feeds can hold one
LONE_SURROGATE = json.loads('"Ofcom said \\ud800 it had opened an investigation into X."')


def test_a_lone_surrogate_in_the_text_is_survived() -> None:
    check_summary(summariser.summarise(LONE_SURROGATE), LONE_SURROGATE)


def test_a_lone_surrogate_in_the_text_is_survived_by_relevance() -> None:
    assert summariser.relevance(LONE_SURROGATE).relevant
    assert "\ufffd" in summariser.summarise(LONE_SURROGATE).to_json()


def test_a_lone_surrogate_in_the_title_is_survived() -> None:
    check_summary(summariser.summarise(LEDE, title="X \udc80 Ofcom"), LEDE)


def test_a_lone_surrogate_in_html_is_survived() -> None:
    # the HTML path encodes with surrogatepass and libxml2 replaces the bytes: no crash there
    page = f"<html><body><p>{LONE_SURROGATE}</p><p>{LEDE}</p></body></html>"
    assert summariser.summarise(page).relevance.relevant


# feeds and CMSs send sentinel dates: .NET's DateTime.MinValue, "never" as 9999-12-31
def test_yesterday_at_the_earliest_date_is_survived() -> None:
    text = "Ofcom fined X £18m yesterday."
    check_summary(summariser.summarise(text, published="0001-01-01T00:00:00Z"), text)


def test_tomorrow_at_the_latest_date_is_survived() -> None:
    text = "Ofcom will fine X £18m tomorrow."
    check_summary(summariser.summarise(text, published="9999-12-31T12:00:00Z"), text)


def test_last_weekday_at_the_earliest_date_is_survived() -> None:
    text = "Ofcom fined X £18m last Friday."
    check_summary(summariser.summarise(text, published="0001-01-01"), text)


def test_next_weekday_at_the_latest_date_is_survived() -> None:
    text = "Ofcom will fine X £18m next Friday."
    check_summary(summariser.summarise(text, published="9999-12-31"), text)


def test_past_weekday_at_the_earliest_date_is_survived() -> None:
    text = "Ofcom fined X £18m on Friday."
    check_summary(summariser.summarise(text, published=datetime(1, 1, 1)), text)


def test_future_weekday_at_the_latest_date_is_survived() -> None:
    text = "Ofcom will fine X £18m on Monday."
    check_summary(summariser.summarise(text, published=datetime(9999, 12, 31)), text)


# --- pathological sizes: functional guards only (pytest-timeout catches a hang; growth is measured in the bench) ---


@pytest.mark.parametrize("build", list(CASES.values()), ids=list(CASES))
def test_a_pathological_input_still_gives_a_summary(build: Callable[[int], str]) -> None:
    text = build(1)
    summary = summariser.summarise(text)
    source = summariser.extract_article(text).text if looks_like_html(text) else text
    check_summary(summary, source)
    assert summary.entities.organisations or summary.entities.people  # every case names someone: size must not hide it


@pytest.mark.parametrize(
    "text",
    [
        "Ofcom said " + "a" * 200_000 + " was the word.",  # one 200,000-letter word
        # sizes kept small: both grow super-linearly (see bench/summariser_robustness.py)
        " ".join(["Ofcom investigates X under the Online Safety Act"] * 300),  # no punctuation at all
        "“" * 5000 + " Ofcom said",  # opening marks only
        "." * 2000 + " Ofcom. " + "?" * 2000,
        "\x00\x01\x02\x1b\x7f" * 2000 + " Ofcom fined X.",
        "\u200b\u200d\u202e\u2060\ufeff" * 2000 + " Ofcom fined X.",
        "\n" * 50_000 + "Ofcom fined X.",
        " ".join(["Mr."] * 5000) + " Musk said it was fine.",
    ],
    ids=["long-word", "no-punctuation", "open-marks", "only-stops", "controls", "zero-width", "newlines", "mr-chain"],
)
def test_a_degenerate_text_still_gives_a_summary(text: str) -> None:
    check_summary(summariser.summarise(text), text)


def test_a_page_dated_at_the_earliest_date_is_survived() -> None:
    # the same overflow through the page's own metadata: the date comes from the untrusted page, not the caller
    paragraph = "<p>Ofcom fined X £18m yesterday, the regulator said in a statement on its website.</p>"
    page = (
        '<html><head><meta property="article:published_time" content="0001-01-01T00:00:00Z"><title>Fine</title>'
        f"</head><body>{paragraph * 3}</body></html>"
    )
    assert summariser.summarise(page).actions


STORY_PARAGRAPHS = [
    "Ofcom has opened a formal investigation into X over sexualised images made with its Grok chatbot, the regulator "
    "said on Monday.",
    "The watchdog said it would examine whether the platform had complied with its duties under the Online Safety Act.",
    "Technology secretary Liz Kendall said the images were appalling and that ministers would back the regulator.",
]


def test_a_correction_notice_is_never_a_key_point() -> None:
    notice = "An earlier version of this article misstated the size of the fine, which was £18m."
    summary = summariser.summarise("\n\n".join([notice, *STORY_PARAGRAPHS]))
    assert notice not in summary.key_points


def test_an_update_timestamp_is_never_a_key_point() -> None:
    notice = "Updated at 14.32 GMT on 14 January 2026 with new comments from Ofcom."
    summary = summariser.summarise("\n\n".join([STORY_PARAGRAPHS[0], notice, *STORY_PARAGRAPHS[1:]]))
    assert notice not in summary.key_points


def test_a_lone_surrogate_in_a_topic_keyword_is_survived() -> None:
    # topics come from feeds.yaml (the operator), where a "\ud800" escape parses to a lone surrogate: low severity
    topic = summariser.Topic.from_keywords("buses", subjects=["bus operator", "\ud800"], concerns=["fined"])
    assert summariser.relevance("The council fined the bus operator under the Transport Act.", topic=topic).relevant


def test_an_unclosed_quote_is_not_given_to_the_previous_speaker() -> None:
    # a typo (or a feed cutting a summary short) leaves the second quote open: its own attribution ends up inside it
    text = (
        '"We will act on this now," Keir Starmer said. "The platform must comply with the law, the European '
        "Commission said on Monday."
    )
    wrong = [
        q for q in summariser.summarise(text).quotes if "Commission said" in q.text and q.speaker == "Keir Starmer"
    ]
    assert not wrong
