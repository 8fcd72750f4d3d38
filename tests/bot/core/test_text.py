"""bot.core.text: the matching fold (accents, case, compatibility forms) and user text in inline code."""

from __future__ import annotations

import random
import unicodedata

import pytest

from bot.core import text as text_module
from bot.core.text import code_span, fold, truncate


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("ecole", "École"),
        ("regulacion", "regulación"),
        ("regulacion", "REGULACIÓN"),
        ("ecole", "E\u0301cole"),  # decomposed: E + combining acute
        ("ограничение", "ОГРАНИЧЕНИЕ"),
        ("елка", "Ёлка"),
        ("κομισιον", "ΚΟΜΙΣΙΌΝ"),
        ("σας", "ΣΑΣ"),  # final sigma folds with the others
        ("strasse", "Straße"),
        ("final", "ﬁnal"),
        ("viet nam", "Việt Nam"),  # two marks on one letter
        ("istanbul", "İstanbul"),
    ],
)
def test_fold_makes_what_users_type_equal_to_what_was_stored(typed: str, stored: str) -> None:
    assert fold(typed) == fold(stored)
    assert fold(typed) in fold(f"Le {stored} et la suite")


@pytest.mark.parametrize(("a", "b"), [("Ø", "O"), ("æ", "ae"), ("한국", "ㅎㅏㄴㄱㅜㄱ")])
def test_fold_keeps_letters_that_are_not_accented_forms_apart(a: str, b: str) -> None:
    # Ø and æ are letters of their own (no decomposition); Hangul syllables stay syllables
    assert fold(a) != fold(b)


def test_fold_keeps_scripts_without_accents_as_typed() -> None:
    assert fold("한국 규제") == "한국 규제"
    assert fold("规管") == "规管"


def test_fold_is_idempotent_over_all_of_unicode() -> None:
    # the SQL side folds stored values once and the needle once: fold(fold(s)) must be fold(s) for that to agree
    bad = [
        hex(code)
        for code in range(0x30000)  # no character above plane 2 decomposes or has case
        if not 0xD800 <= code <= 0xDFFF and fold(fold(chr(code))) != fold(chr(code))
    ]
    assert bad == []


def test_fold_drops_every_combining_mark_of_the_basic_plane() -> None:
    marks = [chr(c) for c in range(0x300, 0x10000) if unicodedata.combining(chr(c))]
    assert len(marks) > 500
    assert fold("a" + "".join(marks) + "b") == "ab"


def test_ascii_fast_path_agrees_with_the_full_fold() -> None:
    text = "Ofcom Opens GROK Inquiry, X Responds (2026)"
    assert fold(text) == fold(text + "é")[:-1] == text.lower()


def test_code_span_shows_user_text_literally() -> None:
    assert code_span("grok `**ofcom**` online") == "`grok ˋ**ofcom**ˋ online`"
    assert code_span("  spaced \n out  ") == "`spaced out`"


def test_code_span_breaks_mentions() -> None:
    span = code_span("@everyone <@123> <#9> @here")
    assert "@everyone" not in span and "@here" not in span and "<@" not in span and "<#" not in span
    assert span == "`@\u200beveryone <\u200b@123> <\u200b#9> @\u200bhere`"


def test_code_span_marks_a_cut_and_never_renders_empty() -> None:
    long = code_span("x" * 300, 200)
    assert len(long) == 202 and long.endswith("…`")
    # "``" would show two literal backticks: a blank query still gets a span
    assert code_span("   ") == "` `"


def test_truncate_marks_the_cut() -> None:
    assert truncate("abcdef", 4) == "abc…"
    assert truncate("abc", 4) == "abc"


def _full_fold(text: str) -> str:
    """The fold without its shortcuts, as its docstring defines it."""
    marks, _ = text_module._patterns()
    folded = marks.sub("", unicodedata.normalize("NFKD", text)).casefold()
    return unicodedata.normalize("NFC", folded)


def test_the_unchanged_text_shortcut_agrees_with_the_full_fold() -> None:
    # fold() returns text.lower() when no character of it is one the fold changes: curly quotes, dashes, CJK...
    # but NFC joins some pairs of such characters (Hangul jamo, Oriya vowel signs), so those count as changed
    _, changed = text_module._patterns()
    unchanged = [chr(c) for c in range(0x80, 0x10000) if not 0xD800 <= c <= 0xDFFF and not changed.match(chr(c))]
    assert all(c.lower() == c for c in unchanged)
    pool = [*unchanged[::37], "ᄒ", "ᅡ", "ᆫ", "\u0b47", "\u0b3e", "\u0301", "É", "ß", "ﬁ", "A", "e", " ", "’", "—"]
    rnd = random.Random(8)
    for _ in range(3000):
        text = "".join(rnd.choice(pool) for _ in range(rnd.randint(1, 6)))
        assert fold(text) == _full_fold(text), repr(text)
    assert fold("한") == "한"  # conjoining jamo are joined like any decomposed text
