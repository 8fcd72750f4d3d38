"""The alert query language: precedence, NOT / -word, phrases, whole words, case, errors, bounded work."""

from __future__ import annotations

import pytest

from bot.core.alerts import MAX_TERMS, AlertDocument, alert_document, parse_query, tokenise
from bot.errors import UserInputError
from tests.bot.core.fakes_d1 import story

OFCOM = AlertDocument.from_texts(
    [
        "Ofcom opens investigation into X over Grok's image tool",
        "The regulator said the Online Safety Act applies to AI chatbots.",
    ]
)


def matches(query: str, doc: AlertDocument = OFCOM) -> bool:
    return parse_query(query).matches(doc)


def test_words_are_implicitly_and_ed() -> None:
    assert matches("ofcom grok")
    assert not matches("ofcom brussels")


def test_and_binds_tighter_than_or() -> None:
    assert str(parse_query("brussels OR ofcom AND grok")) == "brussels OR (ofcom AND grok)"
    assert matches("brussels OR ofcom AND grok")
    assert not matches("(brussels OR ofcom) AND fine")


def test_not_and_minus_exclude() -> None:
    assert not matches("ofcom NOT grok")
    assert not matches("ofcom -grok")
    assert matches("ofcom -brussels")
    assert str(parse_query("ofcom -grok")) == "ofcom AND NOT grok"


def test_phrases_match_consecutive_words_within_one_field() -> None:
    assert matches('"online safety act"')
    assert str(parse_query("“safety act” grok")) == '"safety act" AND grok'  # curly quotes from phones
    assert not matches('"safety online act"')
    # "grok's image" ends field one; "the regulator" starts field two: no phrase across the boundary
    assert not matches('"tool the regulator"')


def test_whole_words_only_and_case_insensitive() -> None:
    doc = AlertDocument.from_texts(["SpaceX launch", "An X-ray of Malcolm's policy"])
    assert not matches("x", doc)  # neither "SpaceX" nor "x-ray" is the word x
    assert matches("X-RAY", doc)
    assert matches("x", OFCOM)
    assert matches("GROK", OFCOM)  # Grok's → grok
    assert not matches("investigat", OFCOM)


def test_unicode_words() -> None:
    doc = AlertDocument.from_texts(["La CNIL enquête sur Grok à Paris", "Ärger für xAI in München"])
    assert matches("enquête", doc)
    assert matches("ärger xai", doc)
    assert matches("MÜNCHEN", doc)


def test_operators_any_case_and_quoted_words_are_words() -> None:
    assert str(parse_query("grok or ofcom")) == "grok OR ofcom"
    doc = AlertDocument.from_texts(["To be or not to be"])
    assert matches('"or"', doc)
    assert matches('"not to be"', doc)


def test_story_fields_title_key_points_quotes_speakers_actors() -> None:
    s = story(
        "s1",
        "Ministers weigh new powers",
        key_points=["The Home Office is drafting rules."],
        quotes=[{"text": "We will act within weeks", "speaker": "Peter Kyle"}],
        actions=[{"actor": "European Commission", "action": "requested information"}],
    )
    doc = alert_document(s)
    assert parse_query("ministers").matches(doc)
    assert parse_query('"home office"').matches(doc)
    assert parse_query('"within weeks"').matches(doc)
    assert parse_query("kyle").matches(doc)
    assert parse_query('"european commission"').matches(doc)
    assert not parse_query("ofcom").matches(doc)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("(grok", "never closed"),
        ("grok)", "no matching"),
        ("grok OR", "ends where a word"),
        ("AND grok", "needs a word"),
        ('"online safety', "Unclosed quote"),
        ("-grok", "at least one word"),
        ("NOT grok", "at least one word"),
        ("!!!", "no letters"),
        ("x" * 301, "too long"),
        ("a " * (MAX_TERMS + 1), "Too many terms"),
        ("(" * 9 + "a" + ")" * 9, "nested"),
    ],
)
def test_bad_queries_give_one_clear_reason(query: str, message: str) -> None:
    with pytest.raises(UserInputError, match=message):
        parse_query(query)


def test_pathological_input_is_bounded_work() -> None:
    # No regex from users: a long repetitive document and the largest allowed query stay linear-ish token compares.
    doc = AlertDocument.from_texts(["a " * 20_000 + "b"])
    q = parse_query(" OR ".join(['"a a a a a a b a"'] * 10))  # every word present: a full scan of each field
    assert q.terms == 10
    assert not q.matches(doc)
    assert parse_query('"a a b"').matches(doc)


def test_tokenise_drops_punctuation_and_possessives() -> None:
    assert tokenise("X's chatbot, Grok: (fined!)") == ("x", "chatbot", "grok", "fined")
    assert tokenise("state-of-the-art") == ("state-of-the-art",)


def test_alert_words_match_without_accents() -> None:
    doc = AlertDocument.from_texts(["La regulación de Grok en la École nationale", "ΚΟΜΙΣΙΌΝ"])
    assert parse_query("regulacion").matches(doc)
    assert parse_query('"ecole nationale"').matches(doc)
    assert parse_query("κομισιον AND grok").matches(doc)
    assert not parse_query("regulation").matches(doc)
