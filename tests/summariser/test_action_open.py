"""The open-vocabulary action fallback (`summariser._action_open`): what it finds with its switch on, what must stay
silent, and that the switch really turns it off. Sentences are this file's own."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from summariser import _action_open
from tests.summariser.action_helpers import actions_in

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


@pytest.fixture
def switched_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fallback ships switched off (see its module); these tests turn it on for their own sentences."""
    monkeypatch.setattr(_action_open, "OPEN_ACTIONS", True)


@pytest.mark.parametrize(
    ("text", "actor", "status", "words"),
    [
        (
            "The Information Commissioner's Office plans to overhaul its guidance on chatbots next month.",
            "Information Commissioner's Office",
            "planned",
            "plans to overhaul its guidance",
        ),
        (
            "The Dutch Data Protection Authority quietly shelved its inquiry into the chatbot on Friday.",
            "Dutch Data Protection Authority",
            "taken",
            "shelved its inquiry",
        ),
        (
            "The Federal Trade Commission has bolstered its technology unit with twenty new investigators.",
            "Federal Trade Commission",
            "taken",
            "bolstered its technology unit",
        ),
        (
            "The Irish Council for Civil Liberties collected 3,000 signatures from parents in a week.",
            "Irish Council for Civil Liberties",
            "taken",
            "collected 3,000 signatures",
        ),
    ],
)
@pytest.mark.usefixtures("switched_on")
def test_verbs_outside_the_lexicon_are_found(text: str, actor: str, status: str, words: str) -> None:
    found = actions_in(text, PUBLISHED)
    assert [(a.actor, a.status) for a in found] == [(actor, status)]
    assert words in found[0].action


@pytest.mark.usefixtures("switched_on")
def test_timing_comes_from_the_existing_helpers() -> None:
    found = actions_in("The Dutch Data Protection Authority quietly shelved its inquiry on Friday.", PUBLISHED)
    assert [a.when for a in found] == ["2026-03-06"]  # the Friday before a Tuesday publication


@pytest.mark.parametrize(
    "text",
    [
        "Ofcom said on Tuesday that it remained concerned about the tool.",  # speech, then a state
        "X has 500 million users.",  # possession
        "The ministry was criticised by campaigners for its slow response.",  # a passive: done to the actor
        "Ofcom welcomed the report from the charity.",  # a reaction
        "The European Commission explained its reasoning to MPs.",  # speech
        "Ofcom was founded in 2003 and employed 1,500 people.",  # history and a state
        "Ofcom, based in London, regulates broadcasters.",  # a participle describing the actor
        "The Home Office is based in Marsham Street.",  # a copula
        "The regulator will not hesitate.",  # a modal with nothing done to anyone
        '"We will not hesitate," the regulator added.',  # first person in a quotation
        "Jane Okoro, a mother of two from Leeds, painted the fence last summer.",  # a person's life, no body's act
        "xAI raised $6bn from investors last year.",  # a company's trade
    ],
)
@pytest.mark.usefixtures("switched_on")
def test_traps_stay_silent(text: str) -> None:
    assert actions_in(text, PUBLISHED) == []


@pytest.mark.usefixtures("switched_on")
def test_sentences_with_an_action_are_left_to_the_lexicon() -> None:
    # "would scrap" is the lexicon's; the fallback adds nothing beside it
    found = actions_in("The Australian government would scrap the exemption for messaging apps.", PUBLISHED)
    assert [(a.actor, a.status) for a in found] == [("Australia", "announced")]


def test_the_switch_turns_the_fallback_off(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The Information Commissioner's Office plans to overhaul its guidance on chatbots next month."
    monkeypatch.setattr(_action_open, "OPEN_ACTIONS", False)
    assert actions_in(text, PUBLISHED) == []
    monkeypatch.setattr(_action_open, "OPEN_ACTIONS", True)
    assert len(actions_in(text, PUBLISHED)) == 1
