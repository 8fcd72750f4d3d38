"""Recall constructions of session 5: a closing attribution with its time ("…, the Commission said on Tuesday."),
agentless formal passives told by a public body ("X has been ordered to …, the regulator said", "According to the
authority, …"), the court acting (not one named for its ruling), a court rejecting a party's argument, forwarding a
case, awarding costs, a quoted "we" of an office holder introduced as "Its chair, NAME", and "the body".

Sentences are written for these tests (Nordic and Dutch settings), with traps where the act must not be credited.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import pytest

from summariser import summarise
from tests.summariser.action_helpers import actions_in, pairs_in

PUBLISHED = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)
_pairs = partial(pairs_in, published=PUBLISHED)
_actions = partial(actions_in, published=PUBLISHED)


def _summary_pairs(text: str) -> list[tuple[str, str]]:
    """(actor, status) through the whole summariser, which passes the quotes (their speakers resolve "we")."""
    return [(a.actor, a.status) for a in summarise(text, title="Grok", published=PUBLISHED).actions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Danish Media Council is examining Grok. X must delete the images within 48 hours, the council said"
            " on Monday.",
            ("Danish Media Council", "called_for"),
        ),
        (
            "Ofcom wrote to X last month. The platform must publish its risk assessment, the regulator said in a"
            " statement.",
            ("Ofcom", "called_for"),
        ),
    ],
)
def test_closing_attribution_with_its_time(text: str, expected: tuple[str, str]) -> None:
    assert expected in _pairs(text)


def test_closing_attribution_day_sets_the_date() -> None:
    text = "The Danish Media Council is examining Grok. X must delete the images, the council said on Monday."
    found = [a for a in _actions(text) if a.status == "called_for"]
    assert [a.when for a in found] == ["2026-03-09"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Elon Musk has been summoned for questioning in May, the Bergen prosecutor's office said.",
            [("Bergen prosecutor's office", "taken")],
        ),
        (
            "According to the Finnish Transport and Communications Agency, X has been ordered to hand over its"
            " moderation logs.",
            [("Finnish Transport and Communications Agency", "taken")],
        ),
        (
            "The Finnish Transport and Communications Agency said X had been ordered to switch off the feature.",
            [("Finnish Transport and Communications Agency", "taken")],
        ),
        # traps: a company, a person or a news agency telling of the order is not the one who gave it
        ("Elon Musk said X had been ordered to switch off the feature.", []),
        ("X has been ordered to switch off the feature, according to Reuters.", []),
        ("X said it had been ordered to switch off the feature.", []),
    ],
)
def test_agentless_passive_told_by_a_public_body(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


def test_the_court_is_the_one_acting_not_the_one_named_for_its_ruling() -> None:
    text = (
        "X lost its appeal in Oslo. The Borgarting Court of Appeal heard the case in May. "
        "The five-judge court on Friday upheld a District Court ruling that the order was lawful. "
        "X had argued that the order breached EU law. The court rejected that argument. "
        "It also refused X's request for a stay and awarded costs against the company."
    )
    pairs = _pairs(text)
    assert ("Borgarting Court of Appeal", "taken") in pairs
    assert ("Borgarting Court of Appeal", "refused") in pairs
    assert all(actor != "District Court" and actor != "X" for actor, _ in pairs)
    assert any(a.action.startswith("awarded costs") for a in _actions(text))


@pytest.mark.parametrize(
    "text",
    [
        "The minister rejected that argument.",  # a person disagreeing is an opinion, not a ruling
        "The court heard the case in May. The judge rejected that argument.",
    ],
)
def test_rejecting_an_argument_is_a_ruling_only_for_a_court(text: str) -> None:
    assert all(status != "refused" for _, status in _pairs(text))


def test_forwarding_complaints_to_another_body() -> None:
    text = "The Swedish Post and Telecom Authority said it had forwarded 90 complaints about Grok to the Commission."
    assert _pairs(text) == [("Swedish Post and Telecom Authority", "taken")]


def test_forwarding_an_email_is_no_act() -> None:
    assert _pairs("The Swedish Post and Telecom Authority forwarded an email from a reader.") == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            'The Icelandic Media Commission is looking at Grok. Its chair, Sigrun Jonsdottir, said: "We will not'
            ' hesitate to use our powers."',
            "Icelandic Media Commission",
        ),
        (
            "The Icelandic Media Authority is looking at Grok. Sigrun Jonsdottir, the authority's director, said: \"We"
            ' will take action against X."',
            "Icelandic Media Authority",
        ),
    ],
)
def test_quoted_we_of_an_office_holder_is_the_body(text: str, actor: str) -> None:
    assert actor in {a for a, _ in _summary_pairs(text)[1:]}


def test_its_chair_after_a_sentence_whose_subject_is_a_person_names_no_body() -> None:
    text = 'Elon Musk criticised the Icelandic Media Authority. Its chair, Sigrun Jonsdottir, said: "We will act."'
    assert "Icelandic Media Authority" not in {a for a, _ in _summary_pairs(text)}


def test_the_body_is_the_public_body_just_named() -> None:
    text = (
        "The Data Inspection Board of Estonia issued guidance to xAI on Tuesday. "
        "The body said it would consider stronger measures if the reply fell short."
    )
    assert ("Data Inspection Board of Estonia", "threatened") in _pairs(text)


def test_the_body_after_no_public_body_is_nobody() -> None:
    assert _pairs("Elon Musk met the board. The body said it would consider stronger measures.") == []


def test_acronym_apposed_to_a_country_body_is_the_actor() -> None:
    text = "Sweden's privacy regulator, the IMY, opened an investigation into X on Monday."
    assert _pairs(text) == [("IMY", "taken")]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Lagting, the upper house representing the islands, passed a motion in 2024 on deepfakes.", "Lagting"),
        ("The Storting, Norway's legislature, passed the bill on Monday.", "Storting"),
    ],
)
def test_a_legislature_named_beside_its_description_acts(text: str, actor: str) -> None:
    assert _pairs(text) == [(actor, "taken")]


def test_stepping_up_monitoring_is_announced() -> None:
    text = "The Danish Media Council said it would step up monitoring of AI-generated images."
    assert _pairs(text) == [("Danish Media Council", "announced")]


def test_stepping_down_is_no_act() -> None:
    assert _pairs("The chair of the Danish Media Council stepped down last year.") == []


def test_a_weekday_after_said_dates_the_saying_not_the_future_act() -> None:
    found = _actions("The Danish Media Council said on Wednesday it would step up monitoring of AI images.")
    assert [a.when for a in found] == ["2026-03-11"]  # the Wednesday before publication (Thursday 12 March)


def test_a_weekday_inside_a_future_act_is_ahead() -> None:
    found = _actions("The Danish Media Council will meet X on Wednesday.")
    assert [a.when for a in found] == ["2026-03-18"]


def test_a_veto_is_a_refusal() -> None:
    text = "Governor Maria Lindqvist vetoed a separate bill that would have required age checks."
    assert _pairs(text) == [("Maria Lindqvist", "refused")]


def test_dismissing_a_judicial_review_is_a_ruling() -> None:
    assert _pairs("The High Court dismissed its judicial review of the code last year.") == [("High Court", "taken")]


def test_continuing_to_work_with_police_is_no_new_act() -> None:
    # standing policy ("will continue to work closely with police") is not an announcement
    assert _pairs("The Danish Media Council said it would continue to work closely with police.") == []


def test_an_investigation_opened_at_a_time_is_the_case_owners_act() -> None:
    text = (
        "The Danish Media Council opened an investigation into X in January. "
        "The decision follows an investigation opened in February, after the council received complaints."
    )
    found = [(a.actor, a.status, a.when) for a in _actions(text)]
    assert ("Danish Media Council", "taken", "February") in found


def test_an_investigation_opening_a_door_is_no_act() -> None:
    text = "The Danish Media Council opened an investigation into X. The investigation opened the door to a fine."
    assert len(_actions(text)) == 1


def test_a_relative_clause_of_an_office_holder_opening_a_case() -> None:
    text = "Hansen praised Ingrid Berg, who expanded an investigation into X in January."
    assert _pairs(text) == [("Ingrid Berg", "taken")]


def test_a_relative_clause_of_background_is_no_act() -> None:
    # "who has sued … in the past" is background on a person, not news of an act
    assert _pairs("Elon Musk, who has sued the charity in the past, described it as evil.") == []


def test_quoted_we_of_a_body_named_by_its_head_noun() -> None:
    text = (
        "X lost its case against the Danish Media Council on Thursday. "
        '"We will now open a second investigation," the council said.'
    )
    assert ("Danish Media Council", "announced") in _summary_pairs(text)


def test_quoted_we_of_a_person_without_a_body_is_nobody() -> None:
    text = 'X lost its case on Thursday. "We will now open a second investigation," a reader said.'
    assert _summary_pairs(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Denmark's justice minister, Mette Lund, presented the draft on Monday. Lund said the draft"
        " would also oblige platforms to keep data for police.",
        "Denmark's justice minister, Mette Lund, presented the draft on Monday. According to the justice"
        " ministry, the new bill would also allow courts to order the deletion of images.",
    ],
)
def test_a_government_telling_what_its_bill_will_do_is_a_plan(text: str) -> None:
    assert ("Denmark", "planned") in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Elon Musk said the bill would create a censorship regime.",
        "The Conservatives said the bill would create a new bureaucracy.",
    ],
)
def test_an_opponent_telling_what_a_bill_will_do_credits_nobody(text: str) -> None:
    assert _pairs(text) == []


def test_a_ministers_ministry_acts_for_the_ministers_government() -> None:
    text = (
        "Denmark's digital minister, Anders Holm, backed the plan. "
        "Holm's ministry said it had written to X asking for its risk assessment."
    )
    assert {actor for actor, _ in _pairs(text)} <= {"Denmark", "Anders Holm"}
    assert "Denmark" in {actor for actor, _ in _pairs(text)}


def test_a_non_ministers_department_is_nobody() -> None:
    assert _pairs("Elon Musk criticised the plan. Musk's department said it would appeal.") == []


def test_subject_after_a_fronted_clause_ending_in_a_preposition() -> None:
    text = (
        "The Danish Media Council wrote to X. In February, after a wave of images circulated on the platform, "
        "the Danish Media Council opened a separate inquiry into X."
    )
    assert _pairs(text) == [("Danish Media Council", "taken"), ("Danish Media Council", "taken")]


def test_a_list_of_places_is_still_no_subject() -> None:
    text = "Regulators in the UK, the EU and India have opened inquiries or demanded information since January."
    assert _pairs(text) == []


def test_a_committee_named_by_its_lower_case_remit() -> None:
    text = "The Storting standing committee on digital affairs wrote to Ofcom in May asking it to act."
    assert _pairs(text) == [("Storting standing committee on digital affairs", "called_for")]


def test_an_attribution_between_subject_and_verb_is_skipped() -> None:
    text = "Ofcom fined X on Monday. The regulator, he added, would open a second investigation."
    assert ("Ofcom", "announced") in _pairs(text)


def test_a_body_known_by_a_name_acts_under_that_name() -> None:
    text = (
        "Norway blocked Grok on Monday. Digital Affairs Minister Kari Nordmann said the ministry, known as Digdir,"
        " had summoned X's representatives for a second time."
    )
    assert ("Digdir", "taken") in _pairs(text)
