"""Clause openers vs given names (`_lead_words.clause_lead`) and the whole-word test (`_text.has_word`)."""

from __future__ import annotations

import pytest

from summariser import summarise
from summariser._lead_words import clause_lead
from summariser._text import has_word


@pytest.mark.parametrize(
    ("text", "speakers", "person"),
    [
        # a given name ending in -ing is still a name before its comma or speech verb
        (
            'Irving Azoff, the music manager, criticised the plan. "This is a bad idea for artists," Azoff said.',
            ["Irving Azoff"],
            "Irving Azoff",
        ),
        ('Xiaoming Zhou said the grid was strained. "We cannot run it this way," Zhou said.', ["Xiaoming Zhou"], None),
        # a gerund opening a clause is no name: "Hosting Cook" must not make Tim Cook ambiguous
        (
            'Hosting Cook at the summit, Dana Reyes praised him. "You have done a fine job," Reyes said. '
            '"We love the phone," Tim Cook said.',
            ["Dana Reyes", "Tim Cook"],
            None,
        ),
    ],
)
def test_gerund_openers_and_ing_names(text: str, speakers: list[str], person: str | None) -> None:
    summary = summarise(text)
    assert [q.speaker for q in summary.quotes] == speakers
    assert not any(p.startswith(("Hosting", "Regarding")) for p in summary.entities.people)
    if person:
        assert person in summary.entities.people


def test_participle_openers_before_a_comma_are_not_names() -> None:
    text = "Regarding Carplay, we have been testing the feature for a long time, the company said."
    assert clause_lead("Regarding", text, len("Regarding Carplay"))
    assert not clause_lead("Irving", "Irving Azoff, the manager", len("Irving Azoff"))
    assert clause_lead("Hosting", "Hosting Cook at the summit", len("Hosting Cook"))


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [("the DEA says", "DEA", True), ("IDEAS matter", "DEA", False), ("DEAL and DEA", "DEA", True), ("DEA", "", False)],
)
def test_has_word(text: str, word: str, expected: bool) -> None:
    assert has_word(text, word) is expected
