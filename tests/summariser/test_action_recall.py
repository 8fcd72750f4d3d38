"""Constructions of news copy added for recall: a subject followed by a prepositional tail ("MPs on the committee
have written …"), members of a party, participles after their object with a "by" agent ("orders issued by the
ministry"), and verbs that were missing (dismiss, release, weigh, explore, reach, contest, met, upheld, withdrew).

Sentences are written for these tests in the style of British, Irish, Indian and US news copy.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import pytest

from tests.summariser.action_helpers import actions_in, pairs_in

PUBLISHED = datetime(2026, 3, 5, 9, 0, tzinfo=UTC)
_pairs = partial(pairs_in, published=PUBLISHED)
_actions = partial(actions_in, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Opposition lawmakers from the Democratic Party called on the government to press Brussels for a ban.",
            [("Democratic Party", "called_for")],
        ),
        # a question's prepositional tail is no subject: "pressed … on whether the regulator would …"
        (
            "Mr Byrne was pressed by Sinn Féin's Ann Walsh on whether the regulator would consider a ban.",
            [],
        ),
    ],
)
def test_subject_before_a_prepositional_tail(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The platform is challenging takedown orders issued by the Ministry of Electronics and Information "
            "Technology last month.",
            [("Ministry of Electronics and Information Technology", "taken")],
        ),
        (
            "X is appealing the €40 million fine imposed by the Commission in October.",
            [("X", "taken"), ("European Commission", "taken")],
        ),
        # descriptions, not acts: results a company published, a law's enforcer
        ("Benchmark results published by the company suggest the model is faster.", []),
        ("The rules take effect in June, enforced by the Federal Trade Commission.", []),
    ],
)
def test_participle_after_its_object_credits_the_by_agent(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The European Commission is weighing interim measures against the platform.",
            [("European Commission", "planned")],
        ),
        ("Ofcom has said it will reach a final decision by the end of April.", [("Ofcom", "announced")]),
        ("Ofcom said X had until May to respond before it reached a final decision.", []),
        ("X said it would contest the fine.", [("X", "announced")]),
        ("Ofcom has met X executives twice this month.", [("Ofcom", "taken")]),
        ("The High Court dismissed the company's petition on Monday.", [("High Court", "taken")]),
        # opinions and everyday senses stay out
        ("Elon Musk dismissed the claims as a political attack.", []),
        ("The senator weighed in on the row on Monday.", []),
        ("The agency released the footage on Monday.", []),
    ],
)
def test_verbs_added_to_the_lexicon(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a partial quotation that opens at the verb is the narrator's report of what the subject did
        (
            'A spokesperson said the platform had "switched off the editing tool" for users in Ireland.',
            [("X", "taken")],
        ),
        ('The regulator said the agency "will enforce the new rules from day one".', []),
        # a critic's claim about what others want stays out
        ('Mr Musk claimed that ministers "want to silence the only free platform".', []),
    ],
)
def test_partial_quotation_opening_at_the_verb(text: str, expected: list[tuple[str, str]]) -> None:
    article = "X has been criticised over its Grok chatbot. " + text
    assert [(a.actor, a.status) for a in _actions(article) if a.sentence == 1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counted groups act as one body; the plural office of attorney general is the US states'
        (
            "In March, 41 attorneys general signed a letter urging xAI to withdraw the feature.",
            [("state attorneys general", "called_for")],
        ),
        ("Some senators wrote to the company.", []),
        # contracted auxiliaries and emphatic "did"
        ('"We\'d already opened an investigation," Ofcom said.', [("Ofcom", "taken")]),
        ("Judge Maria Gomez heard the case. She did dismiss three of the claims.", [("Maria Gomez", "taken")]),
        # brand names that start in lower case can be subjects
        (
            "Ofcom had opened an investigation, and eSafety had sent X a legal notice.",
            [("Ofcom", "taken"), ("eSafety Commissioner", "taken")],
        ),
        # a possessor after a preposition is not the subject: the employees are not the company
        ("Engineers at Elon Musk's xAI warned managers that the tool could be misused.", []),
        # a possessive is no part of a person's name
        ("Julie Inman Grant's office issued removal notices to X.", [("Julie Inman Grant", "taken")]),
    ],
)
def test_subjects_groups_and_auxiliaries(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She points out that Ofcom's investigation, opened in January, could take months.", [("Ofcom", "taken")]),
        ("The regulator later dropped its case against the platform.", []),
        ("Ofcom later dropped its case against the platform.", [("Ofcom", "taken")]),
        ("Shares in the company dropped 5% on Monday.", []),
        ("xAI is expanding its data centre in Memphis.", []),
        ("The Commission has expanded its investigation to cover Grok.", [("European Commission", "taken")]),
    ],
)
def test_noun_participles_and_object_rules(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


def test_participle_after_its_object_shows_the_act_with_its_object() -> None:
    found = _actions("The state budget approved by Republicans in April raised spending on schools.")
    assert [(a.actor, a.action, a.when) for a in found] == [("Republicans", "approved the state budget", "April")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Henrik Lund, the commissioner, is due to appear before the Parliament's culture committee in May.",
            # "in May" is the month, kept as any other month is (it was once cut as the modal "may")
            [("Henrik Lund", "planned", "is due to appear before the Parliament's culture committee in May")],
        ),
        # a witness who appeared or testified is not acting on anyone
        ("Mr Lund appeared before the committee on Monday.", []),
        # the sentence's own verb is not part of the noun-phrase action
        (
            "Ofcom's investigation into X over the images is continuing.",
            [("Ofcom", "taken", "launched an investigation into X over the images")],
        ),
        (
            "The Commission's case against X over Grok sits alongside separate proceedings.",
            [("European Commission", "taken", "brought a case against X over Grok")],
        ),
    ],
)
def test_planned_appearances_and_noun_phrase_cases(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(a.actor, a.status, a.action) for a in _actions(text)] == expected


def test_a_quotation_opening_after_a_modal_cue_is_reported_and_closed() -> None:
    found = _actions('The commissioner said the Commission would "use all the tools at our disposal" against the firm.')
    assert [(a.actor, a.action) for a in found] == [
        ("European Commission", 'would "use all the tools at our disposal"')
    ]


def test_acts_inside_an_indirect_question_are_not_facts() -> None:
    text = (
        "The Garante said it had asked xAI to explain within 20 days what legal basis it relied on and what "
        "safeguards it had adopted to prevent misuse."
    )
    assert all(a.actor != "xAI" for a in _actions(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Where our powers apply, we will not hesitate to use them," Ofcom said.', [("Ofcom", "threatened")]),
        (
            '"I can tell the House that nothing has been ruled out," the minister, Ofcom said.',
            [("Ofcom", "threatened")],
        ),
        # the object rule still guards everyday uses
        ("Ofcom said it would use them as examples in its guidance for schools.", []),
    ],
)
def test_threats_without_a_named_sanction(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senators from both parties pressed the regulator on Tuesday to explain its plans.",
            [("senators", "called_for")],
        ),
        (
            "Conservative MPs on the home affairs committee have written to Ofcom urging it to act.",
            [("Conservative MPs", "called_for")],
        ),
        # a bare plural with no count or tail stays too vague to be an actor
        ("Senators pressed the regulator on Tuesday to explain its plans.", []),
    ],
)
def test_groups_specified_by_a_tail(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


def test_capitalised_federal_government_is_the_article_s_government() -> None:
    text = (
        "Australia's online safety regulator has written to X about Grok. "
        "The Federal Government introduced a digital duty of care bill last year."
    )
    assert ("Australia", "taken", 1) in [(a.actor, a.status, a.sentence) for a in _actions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('X said the company had taken "immediate action" against the accounts.', [("X", "taken")]),
        ("The campaigner Jess Davies has met ministers twice since January.", [("Jess Davies", "taken")]),
        ("Ms Davies met friends for lunch.", []),
    ],
)
def test_quoted_objects_and_meetings(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected
