"""The name and quote stages' cheaper scans give what the plain scans they replace gave (session 9 speed work)."""

from __future__ import annotations

import importlib
import pkgutil
import random
import re

import pytest

import summariser
from summariser import _speaker_masks as M
from summariser._doc_orgs import _REGULATOR_APPOSED, _REGULATOR_NOUNS, _found_at, _regulator_nouns_at
from summariser._lazy_re import LazyRe
from summariser._quote_candidates import Candidate, candidates
from summariser._quote_titles import is_title, may_be_title
from summariser._quotes import _WORD, extract_quotes
from summariser._roles import role_around
from summariser._text import split_document

SENTENCES = [
    "Mr. Brooks met U.S. officials and James P. Kennedy at 3 p.m. on Jan. 5 in Washington, D.C.",
    "Keir Starmer, the U.K.'s prime minister, said on Monday that the regulator had acted too slowly.",
    "Asked by Greens senator Jane Doe whether the fine was enough, the commissioner said it was a first step.",
    "In reply to a question from Labour's Anna Price, Ms Cole said the agency would publish its findings.",
    '"It will be enforced," she replied, after Patel put to her that the rules had never been tested.',
    "The media authority, the regulator and the data protection authority, the watchdog, all declined to comment.",
    "Sept. 12 (Reuters) - Sen. Ted Cruz (R-Tex.) told reporters the bill was dead; Capt. Ana Ruiz disagreed.",
    "Grok's image tool was paused, a spokesperson for xAI wrote in an email to the newspaper on Friday.",
    "Prof. Ada Obi, who chairs the committee, warned that the company's response was inadequate and late.",
    "The chief executive of Ofcom, Melanie Dawes, told MPs the investigation would conclude by the summer.",
    "İstanbul's mayor, ſomeone said, and the KELVIN sign K are odd letters that case-folding must still handle.",
    "A spokesman for the company, which is based in Austin, Texas, said it had removed the images quickly.",
]


def _reference_mask_abbreviations(text: str) -> str:
    """The session-8 implementation: every capital tried, then the word before the full stop checked."""
    cuts = []
    for m in re.finditer(r"[A-Z][A-Za-z.]{0,3}\.(?=[\s,])", text):
        i = m.end() - 1
        word = text[max(text.rfind(" ", 0, i), text.rfind("(", 0, i), text.rfind("\n", 0, i)) + 1 : i]
        if word in M._ABBREVIATIONS or (len(word) == 1 and word.isupper()):
            cuts.append(i)
            if "." in word:
                cuts.extend(i - len(word) + j for j, ch in enumerate(word) if ch == ".")
    chars = list(text)
    for i in cuts:
        chars[i] = M.ABBREVIATION_DOT
    return "".join(chars)


def test_mask_abbreviations_matches_the_word_by_word_scan() -> None:
    rng = random.Random(9)
    pieces = ["U.S", "Mr", "Mrs", "Sept", "A", "É", "x", " ", "(", "\n", ".", ",", "\t", "\u00a0", "Co", "D.C", "'"]
    fuzz = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(20000)]
    for text in SENTENCES + fuzz:
        assert M.mask_abbreviations(text) == _reference_mask_abbreviations(text), text
    assert M.mask_abbreviations("Mr. Brooks at 3 p.m.") == "Mr\u2024 Brooks at 3 p.m."


def test_regulator_nouns_found_as_the_plain_finds_found_them() -> None:
    for text in [*SENTENCES, "authority, the authority authorityregulator, the", "the regulator"]:
        assert _regulator_nouns_at(text) == _found_at(text, _REGULATOR_NOUNS + _REGULATOR_APPOSED)
    assert _regulator_nouns_at("the authority, the regulator and the authority here") == [
        ("authority ", 37),
        ("regulator ", 19),
        ("authority, the ", 4),
    ]


def test_apposition_role_found_where_a_full_stop_is_in_its_determiner() -> None:
    text = "Keir Starmer, U.K.'s prime minister, said on Monday"
    assert role_around(text, 0, len("Keir Starmer")) == "U.K.'s prime minister"
    assert role_around("Jane Doe, the technology secretary, said", 0, 8) == "technology secretary"
    assert role_around("Jane Doe, a resident of Leeds; the prime minister said", 0, 8) is None


def test_may_be_title_is_false_only_where_is_title_is() -> None:
    quotes = [
        "The Undressing Machine: How a Chatbot Industrialised Abuse",
        "Make Britain Safe Online",
        "we will not hesitate to act,",
        "This is the end.",
        "Dancing with the Stars.",
        "A" * 130,
    ]
    for quote in quotes:
        if not may_be_title(quote):
            assert not is_title(quote, _WORD.findall(quote)), quote
    assert may_be_title("Make Britain Safe Online") and is_title("Make Britain Safe Online", ["Make", "Britain"])


def _first_char_patterns() -> list[tuple[str, LazyRe]]:
    found: dict[int, tuple[str, LazyRe]] = {}
    for info in pkgutil.iter_modules(summariser.__path__):
        if not info.name.startswith(("_speaker", "_quote", "_descri", "_doc_orgs", "_name", "_anaphors", "_turns")):
            continue
        module = importlib.import_module(f"summariser.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, LazyRe) and value._first is not None:
                found.setdefault(id(value), (f"{info.name}.{name}", value))
    return list(found.values())


@pytest.mark.parametrize(("name", "pattern"), _first_char_patterns())
def test_first_char_scans_find_what_the_plain_pattern_finds(name: str, pattern: LazyRe) -> None:
    plain = re.compile(pattern.pattern, pattern.compiled.flags)
    for text in SENTENCES + [s.upper() for s in SENTENCES]:
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], name
        for lo in range(0, len(text), 17):
            hit, want = pattern.search(text, lo, len(text) - 3), plain.search(text, lo, len(text) - 3)
            assert (hit and hit.span()) == (want and want.span()), name


def test_candidates_are_ordinary_frozen_candidates() -> None:
    doc = split_document('He said "we will act on this now" today.\n\n"It is over," she said.')
    found = candidates(doc)
    assert [c.text for c in found] == ["we will act on this now", "It is over"]
    first = found[0]
    assert first == Candidate(first.para, first.span, first.last_para, first.last_span, first.text)
    assert hash(first) == hash(Candidate(first.para, first.span, first.last_para, first.last_span, first.text))
    with pytest.raises(AttributeError):
        first.para = 2  # type: ignore[misc]


def test_text_without_quotation_marks_has_no_quotes() -> None:
    assert extract_quotes(split_document("Ofcom opened an investigation. Musk said it was censorship.")) == []
    quoted = extract_quotes(split_document('"We will act on this quickly," Ofcom said on Monday.'))
    assert [q.speaker for q in quoted] == ["Ofcom"]
