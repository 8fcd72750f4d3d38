"""Speed shortcuts of the actions stage that must not change an answer: first-character scans, anchored object rules,
the law pre-scan and the word-set timing test."""

from __future__ import annotations

import re

# the parser is private to `re`, used here only to read which characters a pattern can start with (Python 3.11)
import re._constants as sre
import re._parser as sre_parse
from typing import Any

import pytest

from summariser import _action_patterns, _action_rules, _actor_patterns, _timing
from summariser._action_rules import _LAW_RE, law_names
from summariser._actions import _word_set
from summariser._lazy_re import LazyRe, first_chars, lazy_re
from summariser._verb_objects import _VERB_OBJECT

_SAMPLES = [
    "Ofcom said on Monday it had opened a formal investigation into X, and the technology secretary told MPs the "
    "government “will not hesitate to act” if the company failed to comply.",
    "The European Commission's Digital Services Act proceedings against X could lead to fines of up to 6% of turnover.",
    "Malaysia's communications regulator and the Indonesian government blocked Grok; the UK government is weighing "
    "whether to ban it, and Sir Keir Starmer said all options were on the table.",
    "Campaigners urged ministers to act, but the Department for Science, Innovation and Technology refused to rule out "
    "a ban, saying it was not currently planning one. The firm's spokesperson had not responded.",
    "NOT a word Was fined, WAS BEING examined; Ministers MUST act, asked whether the state would BAN the app.",
    "ſome ſtrange İnput with the Kelvin sign \u212a and a tab\tand a line\nbreak, 12 January 2026, mid-March.",
    "",
]


def _patterns_with_first() -> list[tuple[str, LazyRe]]:
    found = []
    for module in (_action_patterns, _action_rules, _actor_patterns, _timing):
        for name, value in vars(module).items():
            if isinstance(value, LazyRe) and value._first is not None:
                found.append((f"{module.__name__}.{name}", value))
    return found


def _first_set(items: Any, flags: int) -> tuple[set[int] | None, bool]:
    """Code points a match of the parsed `items` can start with (None: any) and whether it can match empty."""
    out: set[int] = set()
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width: the next item decides
        if op is sre.LITERAL:
            return out | {av}, False
        if op is sre.IN:
            chars: set[int] = set()
            for kind, value in av:
                if kind is sre.LITERAL:
                    chars.add(value)
                elif kind is sre.RANGE:
                    chars |= set(range(value[0], value[1] + 1))
                else:
                    return None, False  # a category or a negated class: could start anywhere
            return out | chars, False
        if op is sre.BRANCH:
            nullable = False
            for branch in av[1]:
                chars_b, empty = _first_set(branch, flags)
                if chars_b is None:
                    return None, False
                out |= chars_b
                nullable = nullable or empty
            if not nullable:
                return out, False
            continue
        if op is sre.SUBPATTERN:
            chars_s, empty = _first_set(av[3], flags)
            if chars_s is None:
                return None, False
            out |= chars_s
            if not empty:
                return out, False
            continue
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            chars_r, empty = _first_set(av[2], flags)
            if chars_r is None:
                return None, False
            out |= chars_r
            if av[0] > 0 and not empty:
                return out, False
            continue
        return None, False
    return out, True


@pytest.mark.parametrize(("name", "pattern"), _patterns_with_first())
def test_first_characters_cover_every_match_start(name: str, pattern: LazyRe) -> None:
    starts, empty = _first_set(sre_parse.parse(pattern.pattern, pattern._flags), pattern._flags)
    assert starts is not None and not empty, name
    allowed = re.compile(f"[{pattern._first}]")
    for code in starts:
        ch = chr(code)
        variants = {ch, ch.lower(), ch.upper()} if pattern._flags & re.IGNORECASE else {ch}
        # and every character IGNORECASE lets stand for one of them
        if pattern._flags & re.IGNORECASE:
            variants |= {c for c in ("\u0130", "\u0131", "\u212a", "\u017f") if re.fullmatch(ch, c, re.IGNORECASE)}
        assert all(allowed.fullmatch(v) for v in variants), (name, ch)


@pytest.mark.parametrize(("name", "pattern"), _patterns_with_first())
def test_first_character_scan_answers_as_the_plain_pattern(name: str, pattern: LazyRe) -> None:
    plain = re.compile(pattern.pattern, pattern._flags)
    for text in _SAMPLES:
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ], name
        for end in range(0, len(text) + 1, 3):
            got, want = pattern.search(text, max(0, end - 40), end), plain.search(text, max(0, end - 40), end)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups())), (name, end)


def test_first_chars_adds_the_characters_ignorecase_folds_to_a_letter() -> None:
    body = first_chars("ks", ignore_case=True)
    for ch in "kKsS\u212a\u017f":
        assert re.fullmatch(f"[{body}]", ch)
    assert re.fullmatch(f"[{first_chars('ab')}]", "A") is None


def test_scanned_pattern_finds_overlapping_candidates_in_order() -> None:
    pattern = lazy_re(r"(?<![\w-])(?:ab|abc d|b)", first=first_chars("ab"))
    plain = re.compile(pattern.pattern)
    text = "abc d ab b xab ab-b"
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert pattern.search(text, 1).span() == plain.search(text, 1).span()  # type: ignore[union-attr]


@pytest.mark.parametrize("base", sorted(_VERB_OBJECT))
def test_object_rules_are_anchored_so_match_answers_as_search(base: str) -> None:
    rule = _VERB_OBJECT[base]
    assert not rule._flags & re.MULTILINE

    def anchored(items: Any) -> bool:
        op, av = items[0]
        if op is sre.AT:
            return av is sre.AT_BEGINNING
        if op is sre.BRANCH:
            return all(anchored(branch) for branch in av[1])
        return op is sre.SUBPATTERN and anchored(av[3])

    assert anchored(list(sre_parse.parse(rule.pattern, rule._flags))), base


@pytest.mark.parametrize("text", [*_SAMPLES, "It breaches the GDPR.", "under Section 230 and the IT Act", "No law."])
def test_law_pre_scan_keeps_every_law(text: str) -> None:
    assert law_names(text) == [(m.start(), m.group(0)) for m in _LAW_RE.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        *_SAMPLES,
        "a_week ago",
        "the “week” ahead",
        "weeks’ time",
        "Week—end",
        "week_",
        "no date here",
        "mid-March",
        "٣ days",
        "a\tweek",
        "It will act next week.",
    ],
)
def test_timing_word_set_shortcut_agrees_with_the_scan(text: str) -> None:
    words = _word_set(text.lower())
    assert _timing._may_hold_timing(text, words) == (_timing._ANCHORS.search(text) is not None)


def test_word_set_splits_ascii_and_other_text_alike() -> None:
    assert _word_set("ofcom's “fine”, x-ray") == {"ofcom", "s", "fine", "x-ray"}
    assert _word_set("ofcom's fine, x-ray") == {"ofcom", "s", "fine", "x-ray"}
