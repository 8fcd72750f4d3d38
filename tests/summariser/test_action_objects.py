"""Verbs, objects and frames added in session 4 for recall on unseen copy: a plain future announces, a case named
by its owner's pronoun, public bodies' letters, arrests told by the force, verbs of testimony, help and litigation,
manifesto promises, possessive decisions, gapped relative clauses and "should have" calls.

Sentences are written for these tests in the style of British, Irish, Korean and US news copy.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from summariser._actions import extract_actions
from summariser._model import Action
from summariser._text import split_document

PUBLISHED = datetime(2026, 3, 5, 9, 0, tzinfo=UTC)


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(a.actor, a.status) for a in _actions(text)]


def _actions(text: str) -> list[Action]:
    return extract_actions(split_document(text), published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plain future with a named subject announces the move, whoever the actor is
        ("Leeds City Council will stop posting on X from the end of the month.", [("Leeds City Council", "announced")]),
        (
            "The Home Office will table amendments to the Crime and Policing Bill next week.",
            [("Home Office", "announced")],
        ),
        # weighing and dates in the diary stay plans
        ("Ofcom will examine whether the company met its duties.", [("Ofcom", "planned")]),
        (
            "The technology secretary, Liz Kendall, will make a Commons statement on Tuesday.",
            [("Liz Kendall", "planned")],
        ),
    ],
)
def test_plain_future_announces(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ofcom said its investigation was progressing as fast as the law allowed.", [("Ofcom", "taken")]),
        (
            'A spokesperson for Ofcom said: "We welcome the change. Our investigation into X remains open."',
            [("Ofcom", "taken")],
        ),
        ("The regulator is reviewing the changes as part of its inquiry, which remains open.", [("Ofcom", "taken")]),
        # the case as object or background of another clause is not news of its own
        ("Ofcom said it would finish its investigation by the summer.", []),
    ],
)
def test_case_named_by_its_owners_pronoun(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs("Ofcom, the UK regulator, opened an investigation into X last month.\n\n" + text)[1:] == expected


def test_a_public_board_writing_to_the_company_acts() -> None:
    text = "The Gambling Standards Board has written to xAI asking it to explain how its filters work."
    assert _pairs(text) == [("Gambling Standards Board", "taken")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four men have been arrested over fake images of local councillors, Greater Manchester Police has said.",
            [("Greater Manchester Police", "taken")],
        ),
        ("West Midlands Police said a 34-year-old man had been charged with making the images.", None),
        # told by someone who is not the force: nobody to credit
        ("Two men have been arrested over the images, the council leader said.", []),
    ],
)
def test_an_arrest_told_by_the_force_is_its_own(text: str, expected: list[tuple[str, str]] | None) -> None:
    pairs = _pairs(text)
    if expected is None:
        assert ("West Midlands Police", "taken") in pairs
    else:
        assert pairs == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Electronic Frontier Foundation testified against the bill.",
            [("Electronic Frontier Foundation", "taken")],
        ),
        ("The Classification Office said it had classified the images as objectionable.", None),
        # a manifesto promise is announced, not a threat
        ("Reform UK has said it would repeal the Online Safety Act if it came to power.", [("Reform UK", "announced")]),
        ("Reform UK has said it would repeal the Online Safety Act if Ofcom fined X.", [("Reform UK", "threatened")]),
    ],
)
def test_verbs_and_conditions_added_for_unseen_copy(text: str, expected: list[tuple[str, str]] | None) -> None:
    pairs = _pairs(text)
    if expected is None:
        assert ("Classification Office", "taken") in pairs
    else:
        assert pairs == expected


def test_a_case_named_only_as_a_setting_is_no_action() -> None:
    text = "Meta has declined invitations to give evidence to the Home Affairs Committee's inquiry into fraud."
    assert ("Home Affairs Committee", "taken") not in _pairs(text)
    assert ("Home Affairs Committee", "taken") in _pairs(
        "The Home Affairs Committee's inquiry into fraud is continuing."
    )


def test_a_listed_firm_whose_name_ends_like_an_event_acts() -> None:
    text = "Leigh Day expects to send a letter before claim to the company's lawyers by the end of the month."
    assert _pairs(text) == [("Leigh Day", "planned")]


@pytest.mark.parametrize(
    "text",
    [
        "Denmark's decision on Friday to block the app drew praise.",
        "Denmark's main investigation, opened in March, continues.",
    ],
)
def test_possessive_decisions_and_cases(text: str) -> None:
    assert ("Denmark", "taken") in _pairs(text) or ("Danish government", "taken") in _pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"If the company ignores the order, we will act accordingly," the FCC said.',
            [("Federal Communications Commission", "threatened")],
        ),
        ("The Garante is helping the Commission with the case.", [("Garante", "taken")]),
        ("She said she had helped her family move house.", []),
        ("Campaigners say Ofcom should have used its powers straight away.", [("campaigners", "called_for")]),
        ("Ofcom said the company should have been more careful.", []),
        (
            "Platforms must remove the images under the Take It Down Act, which the Federal Trade Commission will "
            "enforce.",
            [("Federal Trade Commission", "announced")],
        ),
    ],
)
def test_constructions_without_a_plain_object(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


def test_a_report_published_is_an_act_of_the_body_that_speaks() -> None:
    text = "In a report published on Thursday, the Home Affairs Committee says the police response was too slow."
    assert ("Home Affairs Committee", "taken") in _pairs(text)
    assert _pairs("In a report published on Thursday, researchers say the tools are unsafe.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a warning frame waives the verb's object rule and makes the move a threat
        ("Ofcom said it would not hesitate to go to court.", [("Ofcom", "threatened")]),
        ("The Garante said it was prepared to take additional measures.", [("Garante", "threatened")]),
        # a change of the law the government is ready for is a plan, not a threat against anyone
        ("The government said it was prepared to increase the maximum penalties.", None),
        ("MeitY warned that X could lose its safe harbour protection.", None),
    ],
)
def test_warning_frames(text: str, expected: list[tuple[str, str]] | None) -> None:
    pairs = _pairs(text)
    if expected is not None:
        assert pairs == expected
    elif "penalties" in text:
        assert all(status != "threatened" for _, status in pairs)
    else:
        assert [status for _, status in pairs] == ["threatened"]


def test_a_modal_penalty_verb_is_read_once() -> None:
    text = "Ms Dawes said that if X was found to have broken the law, Ofcom could fine it up to £18m."
    assert _pairs(text) == [("Ofcom", "threatened")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('She said: "If this plan is not credible, we will consider every measure the law provides."', "threatened"),
        ("Ms Dawes said Ofcom would review the legislation if it passed both houses.", "planned"),
    ],
)
def test_weighing_measures_under_a_condition_threatens(text: str, expected: str) -> None:
    statuses = [a.status for a in _actions("Ofcom's chief executive, Melanie Dawes, spoke on Monday. " + text)]
    assert expected in statuses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meta has made clear that it will challenge any penalty in the courts.", [("Meta", "threatened")]),
        ("Meta has said it will challenge the decision in the courts.", [("Meta", "announced")]),
    ],
)
def test_litigation_against_any_penalty_is_a_threat(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected
