"""The relevance matcher's speed devices give what the plain forms they replace give."""

from __future__ import annotations

import pickle
import random
import re
from dataclasses import fields

import pytest

from summariser import relevance, summarise
from summariser._relevance import _Evidence, keyword_free
from summariser._text import fold_bytes
from summariser._topic import DEFAULT_TOPIC, Topic
from summariser._topic_frames import frames_for
from summariser._topic_match import matcher_for
from summariser._topic_refs import references_for
from summariser._topic_terms import Term, hyphenated

_HYPHENATED = re.compile(rb"[^ ]+-[^ ]*")


def test_evidence_copy_copies_every_field() -> None:
    names = [f.name for f in fields(_Evidence)]
    original = _Evidence(*range(1, len(names) + 1))
    copy = original.copy()
    assert copy is not original
    assert [getattr(copy, name) for name in names] == list(range(1, len(names) + 1))


@pytest.mark.parametrize(
    "joined",
    [b"", b"-", b"a-b", b"-a", b"-a-b", b"a- b", b"Grok-generated images of far-right -5 MPs", b"x --y z-", b"0-2"],
)
def test_hyphenated_words_are_those_the_pattern_finds(joined: bytes) -> None:
    assert hyphenated(joined) == _HYPHENATED.findall(joined)


def test_hyphenated_words_agree_with_the_pattern_on_random_tokens() -> None:
    rnd = random.Random(7)
    for _ in range(3000):
        words = [bytes(rnd.choice(b"ab-") for _ in range(rnd.randint(1, 5))) for _ in range(rnd.randint(0, 5))]
        joined = b" ".join(words)
        assert hyphenated(joined) == _HYPHENATED.findall(joined), joined


def test_a_pair_term_is_one_found_by_its_first_two_lower_case_words() -> None:
    # `pair` terms skip `Term.matches` once the (first, second) lookup has found them: they must be two any-case words
    matcher = matcher_for(DEFAULT_TOPIC)
    pairs = [t for terms in matcher._phrases.values() for t in terms if t.pair]
    assert pairs  # "prime minister", "online safety" ...
    for term in pairs:
        words = list(term.lows)
        assert len(term.checks) == 2 and term.matches(words, words, 0)
        assert term.matches([w.upper() for w in words], words, 0)
    exact = Term.build("Online Safety", "concern", 1.0)
    assert exact is not None and not exact.pair
    assert Term.build("online safety act", "concern", 1.0).pair is False  # type: ignore[union-attr]


def test_equal_topics_share_their_compiled_tables_whichever_was_asked_for_last() -> None:
    # the identity shortcut in front of the per-topic cache must not change what an equal topic gets
    shipped = pickle.loads(pickle.dumps(DEFAULT_TOPIC))
    other = Topic.from_keywords("buses", subjects=["Stagecoach"], concerns=["regulator"])
    for build in (matcher_for, frames_for, references_for):
        first = build(DEFAULT_TOPIC)
        assert build(shipped) is first and build(shipped) is first
        assert build(other) is not first
        assert build(DEFAULT_TOPIC) is first and build(other) is build(other)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Local bakery wins award", "The bakery, which opened in 1998, won the regional prize on Tuesday."),
        (None, "Rain is forecast for the weekend.\n\nTemperatures will fall to 4C, forecasters said."),
        ("Festival opens", "Paris\u00a0hosts a festival. The mayor\u2019s plan drew crowds."),
        ("", ""),
    ],
)
def test_keyword_free_text_scores_nothing_without_being_split(title: str | None, text: str) -> None:
    assert keyword_free(text, title=title)
    judged = relevance(text, title=title)  # takes the shortcut
    assert (judged.score, judged.relevant, judged.matched) == (0.0, False, [])
    assert summarise(text, title=title).relevance == judged  # scores the split text: the shortcut agrees


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Local bakery wins award", "Ofcom said the bakery's advert was fine."),  # a concern in the text
        ("Grok draws crowds", "The bakery opened in 1998."),  # a subject in the title
        (None, "Users shared Grok-generated pictures of the bakery."),  # a subject as part of a hyphenated word
        (None, "People posted on X about the bakery."),  # the ambiguous subject
        (None, "The bakery\u3000Grok opened."),  # a space the sentence split knows and the folded text does not
        (None, "The bakery\x1cGrok opened."),
    ],
)
def test_text_naming_a_keyword_or_unsure_is_not_keyword_free(title: str | None, text: str) -> None:
    assert not keyword_free(text, title=title)


def _plain_matches(term: Term, words: list[bytes], lows: list[bytes], i: int) -> bool:
    """`Term.matches` token by token, as it was written before the list comparison."""
    if i + len(term.checks) > len(words):
        return False
    for j, (lower, exact) in enumerate(term.checks, i):
        if exact is None:
            if lows[j] != lower:
                return False
        elif words[j] != exact and words[j] != exact.upper():
            return False
    return True


def test_term_matches_agrees_with_the_token_by_token_check() -> None:
    # the lower-case slice compared first: a token matching as written or in capitals has that lower-case form too
    matcher = matcher_for(DEFAULT_TOPIC)
    terms = [t for ts in matcher._index.values() for t in ts if len(t.checks) > 1]
    vocabulary = sorted({w for t in terms for low, exact in t.checks for w in (low, exact or low, low.upper())})
    vocabulary += [b"Online", b"SAFETY", b"act", b"x"]
    rnd = random.Random(11)
    for _ in range(4000):
        words = [rnd.choice(vocabulary) for _ in range(rnd.randint(0, 6))]
        lows = [w.lower() for w in words]
        term = rnd.choice(terms)
        for i in range(len(words) + 1):
            assert term.matches(words, lows, i) == _plain_matches(term, words, lows, i), (term.canonical, words, i)


def test_parts_count_is_the_walk_over_the_hyphenated_words() -> None:
    # `_parts_count` walks the lower-case join itself: the same answer as going through `hyphenated`
    matcher = matcher_for(DEFAULT_TOPIC)
    index, parts = matcher._index, matcher._part_keys

    def expected(words: list[bytes]) -> bool:
        return any(
            t.lower() not in index and not parts.isdisjoint(t.lower().split(b"-")) for t in hyphenated(b" ".join(words))
        )

    rnd = random.Random(13)
    pieces = [b"Grok", b"x", b"-", b"ofcom", b"far", b"right", b"5", b"non", b"consensual", b"act", b"ban"]
    for _ in range(4000):
        words = [b"".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 4))) for _ in range(rnd.randint(0, 5))]
        assert matcher._parts_count([w.lower() for w in words]) == expected(words), words


_AMBIGUOUS_VOCABULARY = (
    "X x Malcolm Factor Corp Holdings Games Files chromosome Mr Ms Generation Gen Tesla Model on said users over the a "
    "of and Grok grok Ofcom online safety act Online Safety Act fined urges agrees X-ray com Space Planet 3 ="
)


def _random_units(rnd: random.Random, n: int) -> list[tuple[list[bytes], list[bytes], str]]:
    """Units around the ambiguous subject: its exclusions, subject phrases, neighbours and filler, in any case."""
    vocab = _AMBIGUOUS_VOCABULARY.split()
    units = []
    for _ in range(n):
        text = " ".join(rnd.choice(vocab) for _ in range(rnd.randint(1, 9)))
        folded = fold_bytes(text)
        units.append((folded.split(), folded.lower().split(), text))
    return units


def test_may_cover_is_false_only_where_covered_is() -> None:
    # `_with_ambiguous` asks `covered` only where `may_cover` allows it: a False must always be right
    amb = matcher_for(DEFAULT_TOPIC)._amb
    rnd = random.Random(11)
    asked = 0
    for words, lows, _ in _random_units(rnd, 6000):
        for i, low in enumerate(lows):
            if low == b"x":
                asked += 1
                assert amb.may_cover(lows, i) or not amb.covered(words, lows, i), words
    assert asked > 1000


@pytest.mark.parametrize(
    ("text", "subjects", "pending"),
    [
        ("Ofcom fined X over Grok images", 2, 0),  # "x" asked once for "x" and "X"
        ("Malcolm X was on the radio", 0, 0),  # an exclusion covers it
        ("X Corp was fined by Ofcom", 1, 0),  # a subject phrase follows it
        ("X said it would appeal", 1, 0),  # a firm neighbour
        ("X and Y are unknowns in the sum", 0, 0),
        ("The regulator wrote to X", 1, 0),
        ("Ministers discussed X today", 0, 1),  # bare: counts only if the document names the subject elsewhere
    ],
)
def test_a_bare_ambiguous_subject_is_judged_as_before(text: str, subjects: int, pending: int) -> None:
    folded = fold_bytes(text)
    (hit,) = matcher_for(DEFAULT_TOPIC).match_units([(folded.split(), folded.lower().split(), text)])
    assert (hit.subjects, hit.pending) == (subjects, pending)
