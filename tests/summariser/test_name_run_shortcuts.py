"""The name scan's shortcuts for capitalised runs give what `_segments` and the general `_classify` give."""

from __future__ import annotations

import itertools

import pytest

from summariser._mention_classify import _classify
from summariser._mentions import _segments, find_mentions
from summariser._namelex import CAP_STOP
from summariser._people import Scan
from summariser._text import split_document

_WORDS = ["Technology", "Secretary", "Prime", "Minister", "Home", "Office", "Mary", "Brown", "Justice", "Lord", "Green"]
_CONTEXTS = [" said.", " has fined the company.", ", 20, said.", " and Ofcom said.", " said she would act.", "."]


@pytest.mark.parametrize("stop", ["The", "A", "This", "However", "Sunday"])
def test_a_stop_word_and_two_plain_words_are_judged_as_the_two_words(stop: str) -> None:
    # find_mentions hands "The Technology Secretary" to `_classify` as its last two words: the stop word is dropped
    # there first, whatever follows
    assert stop in CAP_STOP
    for first, second in itertools.product(_WORDS, repeat=2):
        if first in CAP_STOP:
            continue
        for context in _CONTEXTS:
            text = f"{stop} {first} {second}{context}"
            a = len(stop) + 1
            b = a + len(first)
            whole, tail = Scan(), Scan()
            _classify(text, 0, [(stop, 0, len(stop)), (first, a, b), (second, b + 1, b + 1 + len(second))], whole)
            _classify(text, 0, [(first, a, b), (second, b + 1, b + 1 + len(second))], tail)
            assert whole == tail, text


@pytest.mark.parametrize("text", ["The European Commission fined X.", "Yesterday Australian Communications said."])
def test_a_word_before_an_organisation_is_the_only_name_token_of_the_run(text: str) -> None:
    first = text.split()[0] if text.startswith("The") else "Australian"
    a = text.index(first)
    org_start = a + len(first) + 1
    end = text.index(" fined") if "fined" in text else text.index(" said")
    assert _segments(text, a, end, [(org_start, end)], [end]) == [[(first, a, a + len(first))]]


@pytest.mark.parametrize(
    ("text", "people", "orgs"),
    [
        ("The Technology Secretary said she would act.", [], []),
        ("The Mary Brown said she would act.", ["Mary Brown"], []),
        ("The European Commission has fined X over Grok images.", [], ["European Commission", "X"]),
        # "the" is inside the run: "When the Commission" is no stop word and two names
        ("When the Commission opened a second set of proceedings, Brussels acted.", [], ["European Commission"]),
        ("xThe Technology Secretary said so.", [], []),
    ],
)
def test_runs_opening_on_a_plain_word_keep_their_people_and_organisations(
    text: str, people: list[str], orgs: list[str]
) -> None:
    found_people, found_orgs, raw = find_mentions(split_document(text))
    assert (list(found_people), list(found_orgs)) == (people, orgs)
    assert all(text[m.start : m.end] == m.text for m in raw)
