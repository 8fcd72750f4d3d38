"""The actions stage's cheap gates and lazy patterns: shortcuts taken for speed must give the same answers."""

from __future__ import annotations

import re

import pytest

from summariser._action_gates import candidate_verbs, may_hold_action
from summariser._actions import _WORD_SPLIT
from summariser._actor_patterns import ActorSpan
from summariser._lazy_re import lazy_re


def _words(text: str) -> set[str]:
    return set(text.lower().translate(_WORD_SPLIT).split())


@pytest.mark.parametrize(
    ("source", "flags", "text"),
    [
        (r"\b(?:fined|banned)\b", 0, "Ofcom fined the firm and banned the app."),
        (r"^\s+to\b", re.IGNORECASE, " TO the minister"),
        (r"(?P<n>\d+)", 0, "a fine of 18 million, then 20"),
    ],
)
def test_lazy_pattern_answers_as_compiled_pattern_before_and_after_first_use(
    source: str, flags: int, text: str
) -> None:
    compiled = re.compile(source, flags)
    first = lazy_re(source, flags)  # first call goes through the compile-on-first-use stub
    assert [m.span() for m in first.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert first.findall(text) == compiled.findall(text)
    assert first.sub("#", text) == compiled.sub("#", text)
    assert (first.search(text, 3) or re.match("", "")).span() == (compiled.search(text, 3) or re.match("", "")).span()
    assert first.match(text) is None or first.match(text).span() == compiled.match(text).span()  # type: ignore[union-attr]
    assert first.pattern == source
    assert first.compiled.pattern == source
    # a fresh pattern whose first use is a windowed search
    other = lazy_re(source, flags)
    found, expected = other.search(text, 1, len(text) - 1), compiled.search(text, 1, len(text) - 1)
    assert (found.span() if found else None) == (expected.span() if expected else None)


@pytest.mark.parametrize(
    "text",
    [
        "Ofcom said it would open an investigation into the platform.",
        "The Online Safety Act came into force last year.",
        "Campaigners urge the government to act.",
        "He said he was pleased with the result.",
        "The minister will not ban the app, she said.",
        "Regulators in Brussels fined the company on Monday.",
    ],
)
def test_precomputed_verbs_give_the_same_gate_answer(text: str) -> None:
    lowered = text.lower()
    words = _words(text)
    verbs = candidate_verbs(text, lowered, words)
    assert may_hold_action(text, lowered, words, verbs) == may_hold_action(text, lowered, words)


def test_candidate_verbs_skip_capitalised_names_and_bare_verbs_without_a_cue() -> None:
    text = "The Online Safety Act will ban the tools, and regulators ban nothing else."
    lowered = text.lower()
    found = [form for _, form in candidate_verbs(text, lowered, _words(text))]
    assert found == ["ban"]  # "will ban" keeps its cue; "Act" is a name; "regulators ban" has no modal before it
    start = candidate_verbs(text, lowered, _words(text))[0][0]
    assert text[start - 5 : start] == "will "


def test_actor_spans_compare_and_hash_by_value() -> None:
    a = ActorSpan(0, 5, "Ofcom", "Ofcom", "org")
    b = ActorSpan(0, 5, "Ofcom", "Ofcom", "org")
    assert a == b and hash(a) == hash(b)
    assert a.ref == "" and a.kind == "org"
    assert a != ActorSpan(0, 5, "Ofcom", "Ofcom", "org", "regulator")
