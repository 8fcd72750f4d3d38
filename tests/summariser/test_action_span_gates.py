"""The cheaper ways the actor spans are found give what the full scans give: the group gate read from the sentence's
words, the appositive scan shared between the learned bodies and each sentence, and the first-character scans."""

from __future__ import annotations

import re

import pytest

from summariser._actions import _word_set
from summariser._actor_bodies import _DEFINED_BODY, _DESCRIBED_BODY
from summariser._actor_patterns import _GROUP_HINT, _GROUP_RE, _may_name_a_group
from summariser._actor_shapes import (
    _NAME_FIRST,
    _OWNER_FIRST,
    _OWNER_NAME,
    apposed_spans,
    learned_bodies,
    learned_from,
    shape_spans,
)
from summariser._lazy_re import LazyRe

_GROUP_SENTENCES = [
    "Cross-party MPs wrote to the regulator on Monday.",
    "Women's rights groups said the ban came too late.",
    "Campaigners, who met the minister, urged a ban.",
    "Thirty-one MEPs signed the letter.",
    "The attorneys general of 37 states sent a letter.",
    "Opposition lawmakers from the Democratic Party called for hearings.",
]


@pytest.mark.parametrize("text", _GROUP_SENTENCES)
def test_the_group_gate_from_words_agrees_with_the_scan_where_a_group_is_named(text: str) -> None:
    assert any(True for _ in _GROUP_RE.finditer(text))  # each sentence names a group
    expected = _GROUP_HINT.search(text.lower()) is not None
    assert _may_name_a_group(text, _word_set(text.lower())) is expected is True


def test_the_group_gate_falls_back_to_the_scan_outside_printable_ascii() -> None:
    # a control character before the group is no word boundary for the word set, but is one for the pattern
    text = "The \x01campaigners said so."
    assert "campaigners" not in _word_set(text.lower())
    assert _may_name_a_group(text, _word_set(text.lower())) is True
    # without the caller's words the scan answers ("stamps" holds "mps": the scan is a substring test)
    assert _may_name_a_group("New stamps were issued.", None) is True
    assert _may_name_a_group("New stamps were issued.", _word_set("new stamps were issued.")) is False


_APPOSED = [
    "Germany's network regulator, the Bundesnetzagentur, has opened proceedings.",
    "Datatilsynet, Norway's data protection authority, said it would act.",
    "Italy's privacy watchdog Garante said on Friday, in a statement, that it had fined the company.",
    "The minister said nothing, the spokesperson added.",
]


def test_shared_appositive_spans_give_the_same_shapes_and_stay_unchanged() -> None:
    shared = apposed_spans(_APPOSED)
    for text, spans in zip(_APPOSED, shared, strict=True):
        assert spans is not None  # every sentence here holds a comma
        before = list(spans)
        assert shape_spans(text, spans) == shape_spans(text)
        assert spans == before  # `shape_spans` copies the list it is handed
    learned = learned_from(shared)
    assert learned == learned_bodies(_APPOSED)
    assert {"Bundesnetzagentur", "Datatilsynet"} <= learned
    assert apposed_spans(["No comma here"]) == [None]


@pytest.mark.parametrize("pattern", [_OWNER_FIRST, _OWNER_NAME, _NAME_FIRST, _DEFINED_BODY, _DESCRIBED_BODY])
def test_first_character_scans_find_what_the_plain_pattern_finds(pattern: LazyRe) -> None:
    plain = re.compile(pattern.pattern)
    texts = [
        *_APPOSED,
        "Netsafe, the agency that handles complaints, said it had received 40.",
        "Advocacy group OpenMedia urged MPs to act; the trade body techUK warned against it.",
        "xthe Garante, the Italian regulator, said",  # a match may not start inside a word
    ]
    found = 0
    for text in texts:
        expected = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in pattern.finditer(text)] == expected
        found += len(expected)
    assert found  # each pattern matches somewhere above
