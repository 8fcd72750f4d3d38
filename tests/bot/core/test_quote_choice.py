"""Which quotes a card shows: who said what first, fragments and unattributed lines last, article order kept."""

from __future__ import annotations

from bot.core.quote_choice import is_named, quote_strength, top_quotes

QUOTES = [
    {"text": "as soon as possible", "speaker": "Ofcom", "partial": True},
    {"text": "We are looking very closely at what has happened on the platform.", "speaker": None, "partial": False},
    {"text": "Platforms must protect people in the UK from illegal content.", "speaker": "Melanie Dawes"},
    {"text": "We expect the company to comply in full.", "speaker": "a government spokesperson", "partial": False},
    {"text": "The law gives the regulator the tools; now it must use them.", "speaker": "Chi Onwurah"},
]


def test_named_speakers_are_told_from_generic_ones() -> None:
    assert is_named("Melanie Dawes") and is_named("Ofcom")
    assert not is_named("a government spokesperson")
    assert not is_named("the No 10 spokesperson")


def test_complete_attributed_quotes_outrank_fragments_and_unattributed_lines() -> None:
    assert quote_strength(QUOTES[2]) > quote_strength(QUOTES[0])
    assert quote_strength(QUOTES[3]) > quote_strength(QUOTES[1])
    assert quote_strength({"text": "  ", "speaker": "Ofcom"}) == 0.0


def test_top_quotes_keep_article_order_among_the_strongest() -> None:
    chosen = top_quotes(QUOTES, 3)
    assert [q["speaker"] for q in chosen] == ["Melanie Dawes", "a government spokesperson", "Chi Onwurah"]
    assert top_quotes(QUOTES, 0) == []
    assert top_quotes([], 3) == []
