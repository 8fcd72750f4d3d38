"""The session-9 shortcuts find what the full scans find: span scans skipped when the sentence's words rule them out,
the lexicon scan without its lower-case aliases, the timing scan by first word and the phrase-stop trie."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from summariser._action_patterns import PHRASE_END
from summariser._actions import _word_set
from summariser._actor_gates import _ORG_UPPER, org_scan, plain_words
from summariser._actor_patterns import _CUE_RE, _ORG_RE, _UPPER_CUE_RE, country_cue_counts
from summariser._actor_spans import find_spans
from summariser._timing import _TIMING, _timing_matches, find_timings, timing_matches, timing_value

_SENTENCES = [
    "Ofcom said on Monday it had opened an investigation into X over Grok.",
    "The ex-minister Kim Jae-won said the Data Protection Office-holder would resign.",
    "Sen. Jo Reyes and Rep. Alex Padilla wrote to the Federal Trade Commission.",
    "New Mexico Attorney General Raúl Torrez sued the company in Santa Fe.",
    "The breathe EU rule was debated in the European Parliament's committee.",
    "xAI Holdings said the eSafety Commissioner had not contacted it.",
    "Lawmakers in Brazil, France and India urged the regulator to act “immediately”.",
    "The Garante, Italy's privacy watchdog, fined the firm €15m in December 2024.",
    "Minister-designate Liz Kendall told MPs the government would legislate.",
    "BackOffice Ltd said nothing; the company's lawyers declined to comment.",
    "A\u00a0spokesperson for Meta said the tool_name was removed.",
]


@pytest.mark.parametrize("text", _SENTENCES)
def test_span_scans_skipped_by_the_word_set_find_what_the_full_scans_find(text: str) -> None:
    words = _word_set(text.lower())
    assert find_spans(text, 0, None, words=words) == find_spans(text, 0, None, words=None)


def test_the_word_set_rules_scans_out_only_for_plain_text() -> None:
    assert plain_words("Ofcom said so.", {"ofcom", "said", "so"}) == {"ofcom", "said", "so"}
    assert plain_words("Ofcom said_so.", {"ofcom", "said_so"}) is None  # "_" is a word character for the scans
    assert plain_words("£5m fine", {"5m", "fine"}) is None
    assert plain_words("Ofcom said so.", None) is None


@pytest.mark.parametrize("text", _SENTENCES)
def test_the_lexicon_scan_without_lower_case_aliases_matches_the_same(text: str) -> None:
    expected = [(m.span(), m.group(0)) for m in _ORG_RE.finditer(text)]
    assert [(m.span(), m.group(0)) for m in org_scan(text).finditer(text)] == expected


def test_a_lower_case_alias_anywhere_keeps_the_full_lexicon_scan() -> None:
    # "breathe Garante" holds "the Garante": that match hides "Garante", which the upper-case trie alone would find
    assert org_scan("They breathe Garante air.") is _ORG_RE
    assert org_scan("xAI said so.") is _ORG_RE
    assert org_scan("Ofcom and the Commission said so.") is _ORG_RE
    assert org_scan("Ofcom said so.") is _ORG_UPPER
    assert [m.group(0) for m in _ORG_UPPER.finditer("They breathe Garante air.")] == ["Garante"]
    assert [m.group(0) for m in _ORG_RE.finditer("They breathe Garante air.")] == ["the Garante"]


_TIMED = [
    "Ofcom said on Monday it would decide by the end of the month.",
    "The law takes effect in mid-March 2026, within six weeks of its passage.",
    "Three days ago, towards the beginning of the session, MPs met; they meet again next Tuesday evening.",
    "It was fined on 12 January and again on Jan. 3 2025, with immediate effect.",
    "IN THE COMING WEEKS the regulator will act, earlier this year it warned X.",
    "The May decision may follow in the spring of 2027 or in the 2030s.",
    "X acted within hours, and from next week it will comply.",
    "It said tonight that yesterday morning was the deadline, late on Friday.",
    "Ofcom – which met on Monday – said “from today” the rules apply.",
    "The 2016 campaign ended in 2017; talks resumed on 3 March.",
]


@pytest.mark.parametrize("text", _TIMED)
def test_the_timing_scan_by_first_word_matches_the_full_pattern(text: str) -> None:
    def seen(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
        return [(m.span(), m.groupdict()) for m in matches]

    expected = seen(list(_TIMING.finditer(text)))
    assert expected  # each sentence holds a timing phrase
    assert seen(_timing_matches(text)) == expected


def test_timing_phrases_outside_plain_text_still_use_the_full_pattern() -> None:
    found = find_timings("Der Regulierer sagte am Montag … on Monday, naïvely, it acted.")
    assert [t.text for t in found] == ["on Monday"]


# the pattern before its words were grouped by first letter
_PHRASE_END_FLAT = re.compile(
    r"[,;:.!?()“”\"|•]|\s[–—-]\s|\s(?:after|following|amid|because|which|who|while|whereas|although|as\s+part"
    r"|and\s+(?:said|says|added|warned|insisted|told|is|was|has|had|will|would|could|may|might|must|should|that)"
    r"|saying|stating|noting|arguing|claiming|according|but|unless|if|stays|remains|stayed|remained)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("text", _SENTENCES + _TIMED)
def test_the_phrase_stop_trie_stops_where_the_flat_pattern_does(text: str) -> None:
    for pos in range(len(text)):
        flat = _PHRASE_END_FLAT.search(text, pos)
        trie = PHRASE_END.search(text, pos)
        assert (flat.span() if flat else None) == (trie.span() if trie else None)


@pytest.mark.parametrize(
    "text",
    [
        "Britain's Ofcom and the French regulator met Australian officials in London.",
        "The eSafety Commissioner said Australia would act; the UK and Britain's regulator agreed.",
        "UKeSafety and eSafetyAustralia are no words, but the scan counts what it finds inside them.",
    ],
)
def test_country_cues_found_by_the_capital_trie_match_the_full_trie(text: str) -> None:
    expected = [(m.span(), m.group(0)) for m in _CUE_RE.finditer(text)]
    scan = _UPPER_CUE_RE if "eSafety" not in text else _CUE_RE
    assert [(m.span(), m.group(0)) for m in scan.finditer(text)] == expected
    assert country_cue_counts(text)["UK government"] >= 1


@pytest.mark.parametrize("text", _TIMED)
@pytest.mark.parametrize("published", [None, datetime(2026, 1, 14, 9), date(1, 1, 1), date(9999, 12, 31)])
@pytest.mark.parametrize("future", [False, True])
def test_a_phrase_dated_from_its_match_gets_the_value_of_the_phrase_scanned_alone(
    text: str, published: date | None, future: bool
) -> None:
    matches = timing_matches(text)
    phrases = find_timings(text)
    assert [(t.start, t.end, t.text) for t in phrases] == [(m.start(), m.end(), m.group(0)) for m in matches]
    for t, m in zip(phrases, matches, strict=True):
        # the phrase alone, as `_when` read it before ("within hours" alone holds no anchor: its undated words)
        alone = find_timings(t.text, published=published, future=future)
        assert (alone[0].value if alone else t.value) == timing_value(m, published, future)
