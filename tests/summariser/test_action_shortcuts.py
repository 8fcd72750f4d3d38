"""Session 5 speed shortcuts of the actions stage: each must give exactly the answer of the plain computation."""

from __future__ import annotations

import pytest

from summariser._action_modals import _CUE_ADVERBS, _CUE_LONGEST, _TAIL_WORD, MODAL_CUES, modal_cue
from summariser._actions import _sentence_words, _word_set
from summariser._actor_patterns import _CUE_INSIDE, _CUE_RE, country_cue_counts
from summariser._lexicon.actors import COUNTRY_CUES
from summariser._subject_cues import _may_end_timing
from summariser._text import Document, Sentence, split_document
from summariser._timing import find_timings

_TRICKY = (
    "ΟΔΟΣ ΑΣ said. The “quoted” words — and the ellipsis… stay apart.\n"
    "İstanbul’s council_member said: ‘we will ban it’. Ofcom's probe, the EU's fine; X's reply!\n"
    "ΣΑΣ Σ. Ünïcode test—ok.'"
)


def test_sentence_words_match_each_sentence_lowered_on_its_own() -> None:
    doc = split_document(_TRICKY)
    expected = [(s.text.lower(), _word_set(s.text.lower())) for s in doc.sentences]
    assert _sentence_words(doc) == expected
    assert any("σ" in low or "ς" in low for low, _ in expected)  # the final sigma is exercised


def test_sentence_words_of_a_hand_built_document_with_a_newline() -> None:
    doc = Document(text="a\nb", paragraphs=["a\nb"], sentences=[Sentence(0, 0, "Ofcom said\nit would act.")])
    assert _sentence_words(doc) == [("ofcom said\nit would act.", {"ofcom", "said", "it", "would", "act"})]
    assert _sentence_words(Document(text="", paragraphs=[], sentences=[])) == []


def _modal_cue_by_match_objects(text: str, end: int) -> tuple[str, int] | None:
    """The plain form `modal_cue` replaced: one match object per word."""
    found = [(m.start(), m.group(0).lower()) for m in _TAIL_WORD.finditer(text, max(0, end - 60), end)]
    while found and (found[-1][1] in _CUE_ADVERBS or found[-1][1].endswith("ly")):
        found.pop()
    for size in range(min(_CUE_LONGEST, len(found)), 0, -1):
        group = MODAL_CUES.get(tuple(w for _, w in found[-size:]))
        if group is None and size == 1 and found[-1][1].endswith(("'ll", "’ll")):
            group = "fut"
        if group is not None:
            return group, found[-size][0]
    return None


@pytest.mark.parametrize(
    "text",
    [
        "The regulator said it would not hesitate to fine the company.",
        "İSTANBUL WOULD NOT BAN the app, officials said.",
        "They’ll formally ban it; Ofcom has threatened to fine X and plans to open an inquiry.",
    ],
)
def test_modal_cue_finds_the_cue_and_its_start_as_match_objects_would(text: str) -> None:
    for end in range(len(text) + 1):
        assert modal_cue(text, end) == _modal_cue_by_match_objects(text, end), end


def test_country_cue_counts_keep_every_government_in_lexicon_order() -> None:
    text = "Australia's eSafety Commissioner and Ofcom in Britain; the French and FranceSafety; Australian officials."
    counts: dict[str, int] = {}
    for m in _CUE_RE.finditer(text):  # the plain form: every government's every cue summed
        counts[m.group(0)] = counts.get(m.group(0), 0) + 1
        for short, n in _CUE_INSIDE[m.group(0)]:
            counts[short] = counts.get(short, 0) + n
    plain = {gov: sum(counts.get(cue, 0) for cue in cues) for gov, cues in COUNTRY_CUES.items()}
    assert list(country_cue_counts(text).items()) == list(plain.items())
    assert max(plain.values()) >= 2


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Ofcom opened an investigation.", "Ofcom", False),  # a name never ends a timing phrase
        ("On Monday Ofcom opened an investigation.", "Monday", True),
        ("In January 2026 Ofcom opened an investigation.", "2026", True),
        ("Last week Ofcom opened an investigation.", "week", True),
        ("Ärzte opened an investigation.", "Ärzte", True),  # non-ASCII: the old, wider answer
    ],
)
def test_may_end_timing_admits_every_word_a_timing_phrase_ends_with(sentence: str, word: str, expected: bool) -> None:
    pos = sentence.index(word) + len(word)
    assert _may_end_timing(sentence, pos) is expected
    ends = {t.end for t in find_timings(sentence)}
    assert pos not in ends or _may_end_timing(sentence, pos)  # a real timing end is never refused
