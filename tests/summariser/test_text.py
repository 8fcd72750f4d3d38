"""Paragraph and sentence segmentation, and quotation-mark spans."""

from __future__ import annotations

import random

import pytest

from summariser._text import Sentence, find_quote_spans, fold_bytes, split_document, without_surrogates


def _sentences(text: str) -> list[str]:
    return [s.text for s in split_document(text).sentences]


def test_paragraphs_split_on_blank_and_single_newlines() -> None:
    doc = split_document("First paragraph here.\n\nSecond one.\nThird one.\r\n\r\n  \nFourth.")
    assert doc.paragraphs == ["First paragraph here.", "Second one.", "Third one.", "Fourth."]
    assert [s.paragraph for s in doc.sentences] == [0, 1, 2, 3]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Musk met Dr Patel. They talked.", ["Mr. Musk met Dr Patel.", "They talked."]),
        ("The U.S. Senate voted 52-48. It passed.", ["The U.S. Senate voted 52-48.", "It passed."]),
        (
            "A spokesperson for No. 10 declined. Ofcom did not.",
            ["A spokesperson for No. 10 declined.", "Ofcom did not."],
        ),
        ("Revenue rose 3.5 per cent to £1.2bn. Shares fell.", ["Revenue rose 3.5 per cent to £1.2bn.", "Shares fell."]),
        (
            "She met J. K. Rowling in Edinburgh. Nothing came of it.",
            ["She met J. K. Rowling in Edinburgh.", "Nothing came of it."],
        ),
        (
            "The images were posted on X. Ofcom said it would act.",
            ["The images were posted on X.", "Ofcom said it would act."],
        ),
        (
            "The firm moved to the U.S. The move cost millions.",
            ["The firm moved to the U.S.", "The move cost millions."],
        ),
        ("Is this legal? Nobody knows! We will see.", ["Is this legal?", "Nobody knows!", "We will see."]),
        ("The answer was no. She left.", ["The answer was no.", "She left."]),
        # a brand in lower camel case opens a sentence: the platform's company often does in this beat
        (
            "The regulator wrote to the company on Friday. xAI did not reply.",
            ["The regulator wrote to the company on Friday.", "xAI did not reply."],
        ),
        (
            "The code takes effect in March. eSafety will enforce it.",
            ["The code takes effect in March.", "eSafety will enforce it."],
        ),
        # ...but a lower-case word after an abbreviation stays inside the sentence
        ("Phones, e.g. iPhones, were seized.", ["Phones, e.g. iPhones, were seized."]),
    ],
)
def test_sentence_boundaries_respect_abbreviations(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_closed_quotation_spanning_sentences_stays_in_one_sentence() -> None:
    text = '"This is vile. It must stop," the minister said. Officials agreed.'
    assert _sentences(text) == ['"This is vile. It must stop," the minister said.', "Officials agreed."]


def test_attribution_after_question_mark_quote_stays_with_it() -> None:
    text = "“Why is nobody acting?” Ms Okafor asked. The room went quiet."
    assert _sentences(text) == ["“Why is nobody acting?” Ms Okafor asked.", "The room went quiet."]


def test_sentence_offsets_point_into_paragraph() -> None:
    doc = split_document("One sentence here. Another sentence there.")
    for sent in doc.sentences:
        para = doc.paragraphs[sent.paragraph]
        assert para[sent.start : sent.end] == sent.text


def test_curly_double_span_with_nested_single_quotes() -> None:
    para = "“We will not accept ‘free speech’ as an excuse,” Ms Kendall said."
    spans = find_quote_spans(para)
    assert len(spans) == 1
    a, b = spans[0].inner
    assert para[a:b] == "We will not accept ‘free speech’ as an excuse,"


def test_apostrophes_are_not_quotation_marks() -> None:
    para = "Musk's firm didn't comment on the '90s rock 'n' roll ads or the users' complaints."
    assert find_quote_spans(para) == []


def test_british_single_quote_outer_marks() -> None:
    para = "'The regulators' powers are too weak,' she said. 'We need more.'"
    spans = find_quote_spans(para)
    inner = [para[s.inner[0] : s.inner[1]] for s in spans]
    assert inner == ["The regulators' powers are too weak,", "We need more."]


def test_unclosed_quote_runs_to_paragraph_end() -> None:
    para = 'She told MPs: "The content is vile. It is not a joke.'
    (span,) = find_quote_spans(para)
    assert not span.closed
    assert para[span.inner[0] : span.inner[1]] == "The content is vile. It is not a joke."


def test_straight_quotes_pair_in_order() -> None:
    para = 'He called it "a disgrace" and "an insult to victims".'
    inner = [para[s.inner[0] : s.inner[1]] for s in find_quote_spans(para)]
    assert inner == ["a disgrace", "an insult to victims"]


def test_word_tokens_are_shared_per_sentence_and_cached() -> None:
    doc = split_document("Ofcom’s probe into X—the “platform”—isn’t over… Grok-generated images, x.com. Fine.")
    words = doc.words()
    assert words[0] == [b"Ofcom", b"s", b"probe", b"into", b"X", b"the", b"platform", b"isn", b"t", b"over"]
    assert words[1] == [b"Grok-generated", b"images", b"x", b"com"]
    assert doc.lower_words()[0][:2] == [b"ofcom", b"s"]
    assert doc.words() is words  # computed once per document
    assert len(words) == len(doc.sentences)


def test_fold_bytes_turns_punctuation_into_spaces_and_keeps_letters() -> None:
    assert fold_bytes("Coimisiún na Meán, «DSA» (2026)\u00a0fine").split() == [
        "Coimisiún".encode(),
        b"na",
        "Meán".encode(),
        b"DSA",
        b"2026",
        b"fine",
    ]


@pytest.mark.parametrize(
    "para",
    [
        "“First quote,” she said. “Second quote is here.”",
        "“Nested “inner” marks” and then “another one”.",
        "”A stray closing mark and then “a real quote”.",
        "The regulator’s view, and the minister’s, differ.",
    ],
)
def test_curly_quote_fast_path_matches_the_mark_by_mark_walk(para: str) -> None:
    from summariser._quote_spans import _double_marks

    assert find_quote_spans(para) == _double_marks(para)


@pytest.mark.parametrize(
    "para",
    [
        'He called it "a disgrace" and "an insult to victims".',
        '"Unclosed at the start, and it runs on',
        'A stray" closer, then "a real quote" here.',
        'Odd "inner "opening" marks" and ""',
        '"Quote ends the paragraph"',
        'Tab\t"quoted\t" and "x"y" close',
    ],
)
def test_straight_quote_fast_path_matches_the_mark_by_mark_walk(para: str) -> None:
    from summariser._quote_spans import _double_marks

    assert find_quote_spans(para) == _double_marks(para)


@pytest.mark.parametrize(
    ("para", "inner"),
    [
        ("Musk's firm and the users' posts.", []),  # no mark can open a span: the walk is skipped
        ("She said 'this is wrong' and left.", ["this is wrong"]),
        ("The '90s and 'tis the season.", []),
    ],
)
def test_single_marks_open_only_where_a_quote_can(para: str, inner: list[str]) -> None:
    assert [para[s.inner[0] : s.inner[1]] for s in find_quote_spans(para)] == inner


def test_sentences_are_ordinary_frozen_dataclasses() -> None:
    doc = split_document("Ofcom acted. X said it would comply.")
    first = doc.sentences[1]
    assert first == Sentence(1, 0, "X said it would comply.", 13)
    assert hash(first) == hash(Sentence(1, 0, "X said it would comply.", 13))
    with pytest.raises(AttributeError):
        first.text = "changed"  # type: ignore[misc]


def test_folded_sentences_split_into_the_word_tokens() -> None:
    doc = split_document("“Grok’s images”—vile. Ofcom (the regulator) acted.")
    assert [f.split() for f in doc.folded()] == doc.words()
    assert doc.folded() is doc.folded()


def test_sentences_starting_with_capitals_beyond_ascii_are_split() -> None:
    doc = split_document("Ofcom acted. Élisabeth Borne spoke. Łukasz Nowak said no. Čapek agreed. Путин молчал.")
    assert [s.text for s in doc.sentences] == [
        "Ofcom acted.",
        "Élisabeth Borne spoke.",
        "Łukasz Nowak said no.",
        "Čapek agreed.",
        "Путин молчал.",
    ]


def test_without_surrogates_replaces_each_surrogate_code_point_and_keeps_offsets() -> None:
    ascii_text = "Ofcom said on Monday."
    assert without_surrogates(ascii_text) is ascii_text
    curly = "Ofcom’s chief said “no”."
    assert without_surrogates(curly) is curly
    # a lone high, a lone low and a would-be pair (two code points in a Python str): each one becomes U+FFFD
    assert without_surrogates("a\ud800b\udc80c\ud83d\ude00’") == "a\ufffdb\ufffdc\ufffd\ufffd’"
    assert without_surrogates("\udfff") == "\ufffd"


def test_boundaries_found_between_full_stops_are_those_the_scan_finds() -> None:
    # `_boundaries` tries the pattern only after full stops that can open a boundary: the same matches as `finditer`
    from summariser._text import _BOUNDARY, _boundaries

    rnd = random.Random(5)
    pieces = [".", ". ", ".. ", "...", '."', ".” ", ".' ", ".) ", "a", "A", " ", "U.S.", "3.5", " The", "“", "(", "\t"]
    paragraphs = ["Mr. Smith met the U.S. team. It was 3.5 p.m. on Monday.", '"Go." He left.', "End.", "x.com. Ofcom"]
    paragraphs += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12))) for _ in range(5000)]
    for para in paragraphs:
        expected = [(m.start(), m.end(), *m.groups()) for m in _BOUNDARY.finditer(para)]
        assert _boundaries(para) == expected, para


def test_title_tokens_are_the_folded_split_and_follow_the_title() -> None:
    from summariser._text import title_tokens

    title = "Ofcom’s probe: X (and Grok-made images) — “UK” Act"
    folded = fold_bytes(title)
    assert title_tokens(title) == (folded.split(), folded.lower().split())
    assert title_tokens(title)[0] is title_tokens(title)[0]  # the same title object: tokenised once
    other = "Another headline"
    assert title_tokens(other) == (fold_bytes(other).split(), fold_bytes(other).lower().split())
    assert title_tokens(title) == (folded.split(), folded.lower().split())


def test_single_opener_test_is_the_pattern_search() -> None:
    # `_may_open_single` looks at each single mark with `str.find` instead of scanning with the pattern
    from summariser._quote_spans import _SINGLE_OPENER, _may_open_single

    rnd = random.Random(9)
    pieces = ["'", "‘", "‚", "’", '"', "“", " ", "\t", "(", "[", "{", "—", "–", "-", "/", ":", ";", "_", "a", "Z", "9"]
    pieces += ["é", "٣", "²", "\n", ".", ","]
    paragraphs = ["Australia's regulator", "'Quoted' words", "rock 'n' roll", "(‘Brexit’)", "x '_y", "'"]
    paragraphs += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8))) for _ in range(20000)]
    for para in paragraphs:
        assert _may_open_single(para) == (_SINGLE_OPENER.search(para) is not None), para


def test_document_tokens_are_the_folded_sentences_and_their_splits() -> None:
    doc = split_document("Ofcom’s probe — into “X”.\n\nNouvelle loi : l’Arcom agit. Grok-made images\u00a0spread!")
    folded, words, lows = doc.tokens()
    assert folded == [fold_bytes(s.text) for s in doc.sentences]
    assert words == [f.split() for f in folded] and lows == [f.lower().split() for f in folded]
    assert doc.folded() is folded and doc.words() is words and doc.lower_words() is lows
