"""The words of an action as readers see them: phrases that survive abbreviations, numbers and quoted objects, and
actions dropped when their words would mislead (no object, garbage, a song or a law as the actor).

Sentences are written for these tests in the style of British and US news copy.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import pytest

from summariser._action_text import clean_actor, fit_to_show, phrase_after, quoted_title, trimmed
from tests.summariser.action_helpers import actions_in

PUBLISHED = datetime(2026, 2, 3, 8, 0, tzinfo=UTC)
_actions = partial(actions_in, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("The senator urged Mr. Hale to resign before the vote.", "urged", " Mr. Hale to resign before the vote"),
        (
            "The agency announced Nov. 18 that it would expand the scheme.",
            "announced",
            " Nov. 18 that it would expand the scheme",
        ),
        ("Ofcom fined the provider £2.1m over billing errors.", "fined", " the provider £2.1m over billing errors"),
        (
            'The company pledged to take "decisive corrective action" against similar posts.',
            "pledged",
            ' to take "decisive corrective action" against similar posts',
        ),
        ("She asked the U.S. trade office for details, officials said.", "asked", " the U.S. trade office for details"),
        ("He denied that he, the envoy and the secretary formed a channel.", "denied", ""),
    ],
)
def test_phrase_runs_past_abbreviations_numbers_and_quoted_objects(text: str, verb: str, expected: str) -> None:
    end = text.index(verb) + len(verb)
    assert phrase_after(text, end) == expected


def test_phrase_cut_by_the_word_limit_does_not_end_inside_a_quotation() -> None:
    text = (
        "The coalition sent a letter to the board this month warning of “a culture of silence that has let abuse go "
        "unpunished for a decade”."
    )
    phrase = phrase_after(text, text.index("sent") + 4)
    assert "“" not in phrase
    assert phrase.startswith(" a letter to the board")


@pytest.mark.parametrize(
    ("actor", "phrase", "base", "verb", "fit"),
    [
        ("NASA", "announced Monday", "announce", "announced", False),
        ("Stadia", "launched Tuesday morning", "launch", "launched", False),
        ("Stadia", "launching with 22 games", "launch", "launching", False),
        ("Ofcom", "launched an investigation into X", "launch", "launched", True),
        ("Trump", "will only demand", "demand", "will only demand", False),
        ("NYAG", "examining is whether the founder", "examine", "examining", False),
        ("Like Instagram", "wants to be a home for creators", "want", "wants", False),
        ("Vietnam War", "ended in 1975", "end", "ended", False),
        ("Online Safety Act", "requires platforms to act", "require", "requires", False),
        ("Trump", "refused to divest from his firms or to divest from his firms", "refuse", "refused", False),
    ],
)
def test_fit_to_show(actor: str, phrase: str, base: str, verb: str, fit: bool) -> None:
    assert fit_to_show(actor, phrase, base, verb) is fit


def test_an_investigation_launched_earlier_keeps_its_date_phrase() -> None:
    phrase = "launched in December 2023 into the platform's recommender systems"
    assert fit_to_show("European Commission", phrase, "launch", "launched", case_before=True)


def test_locating_prefix_is_not_part_of_a_name() -> None:
    assert clean_actor("Sacramento-based McClatchy") == "McClatchy"
    assert clean_actor("Ofcom") == "Ofcom"


def test_titles_in_quotation_marks_are_not_actors() -> None:
    doc = "The band closed with “Long Train Running,” a hit from 1973. Ofcom said “the platform must act”."
    assert quoted_title(doc, "Long Train Running")
    assert not quoted_title(doc, "Ofcom")


def test_denying_a_claim_is_not_a_refusal_but_denying_a_request_is() -> None:
    assert _actions("The producer has consistently denied being unfair to the singer.") == []
    found = _actions("Ofcom denied the company's request for more time to answer its questions.")
    assert [(a.actor, a.status) for a in found] == [("Ofcom", "refused")]


def test_the_company_is_not_the_platform_in_a_story_that_never_names_it() -> None:
    text = (
        "WeWork is expected to cut thousands of jobs this week. "
        "The company confirmed on Monday that it had been contacted by the state attorney general."
    )
    assert all(a.actor != "X" for a in _actions(text))


def test_a_question_is_not_a_demand() -> None:
    assert _actions("The presenter repeatedly demanded how the prince could be so sure of the date.") == []


def test_declining_to_say_when_is_not_a_refusal() -> None:
    assert _actions("Sherwood declined later to state when the lander would be ready for the missions.") == []


def test_a_reported_should_without_a_named_actor_is_a_call_by_the_speaker() -> None:
    text = "Norfolk Police said anyone who had been targeted should report it to officers."
    assert [(a.actor, a.status) for a in _actions(text)] == [("Norfolk Police", "called_for")]


def test_a_belief_is_not_a_call() -> None:
    text = "He said the call made him realise the president still believed Ukraine needed to investigate the firm."
    assert all(a.status != "called_for" for a in _actions(text))


def test_an_act_that_depends_on_a_condition_is_a_threat() -> None:
    text = (
        "Anna Paulina Luna, a Republican congresswoman, said she was drafting a bill to sanction officials "
        "if X were banned."
    )
    assert [(a.actor, a.status) for a in _actions(text)] == [("Anna Paulina Luna", "threatened")]


def test_a_speaker_who_reports_and_urges_is_the_one_urging() -> None:
    text = (
        "Scottish Labour's Pam Duncan-Glancy said the party would support the legislation but urged the government "
        "to go further and fund specialist support for victims."
    )
    found = {(a.actor, a.status) for a in _actions(text)}
    assert ("Pam Duncan-Glancy", "called_for") in found
    assert ("Scottish Labour", "announced") in found


def test_a_country_regulator_acts_for_its_country() -> None:
    text = "Malaysia's communications regulator said on Saturday it was also considering action against the chatbot."
    assert [(a.actor, a.status) for a in _actions(text)] == [("Malaysia", "planned")]


def test_a_body_known_only_by_its_founder_is_an_organisation() -> None:
    text = "Glitch's founder, Seyi Akiwowo, said after the debate that the group would send its findings to Ofcom."
    assert [(a.actor, a.status) for a in _actions(text)] == [("Glitch", "announced")]


def test_one_action_is_shown_once_whatever_the_auxiliaries() -> None:
    text = "Australia's eSafety Commissioner has threatened to fine the platform A$780,000 a day if it fails to comply."
    found = _actions(text)
    assert [(a.actor, a.status) for a in found] == [("eSafety Commissioner", "threatened")]
    assert found[0].action.startswith("has threatened to fine the platform")


def test_two_acts_in_one_clause_both_stay() -> None:
    text = "Ofcom has published its provisional decision in the investigation it opened into X on 12 January."
    assert [(a.actor, a.status) for a in _actions(text)] == [("Ofcom", "taken"), ("Ofcom", "taken")]


def test_a_name_that_runs_past_a_possessive_is_kept_whole() -> None:
    text = "The Information Commissioner's Office said it was considering enforcement action against the firm."
    assert [(a.actor, a.status) for a in _actions(text)] == [("Information Commissioner's Office", "planned")]


def test_she_is_never_a_man_the_article_named() -> None:
    text = (
        "The action follows a letter from MP Priyanka Chaturvedi to IT minister Ashwini Vaishnaw earlier this week, "
        "in which she asked the government to intervene."
    )
    assert all(a.actor != "Ashwini Vaishnaw" for a in _actions(text))


def test_she_after_a_one_person_office_is_its_holder() -> None:
    text = (
        "Julie Inman Grant, the eSafety commissioner, appeared before senators on Monday. "
        "Australia's eSafety Commissioner has told a Senate committee that X failed to answer a legal notice, and "
        "that she is considering enforcement action."
    )
    found = [(a.actor, a.status, a.sentence) for a in _actions(text)]
    assert ("Julie Inman Grant", "planned", 1) in found


def test_an_aside_after_the_verb_is_skipped_in_the_words_shown() -> None:
    text = "On Tuesday MEPs adopted, by 512 votes to 74, a non-binding resolution calling for tougher enforcement."
    found = _actions(text)
    assert found[0].action == "adopted a non-binding resolution calling for tougher enforcement"
    # the resolution's call is the adopters' call too (see test_action_joins)
    assert [a.status for a in found] == ["taken", "called_for"]


def test_a_counted_time_unit_is_not_a_dangling_word() -> None:
    assert trimmed(" X to change its terms within six weeks") == " X to change its terms within six weeks"
    assert trimmed(" X to respond within 20 days") == " X to respond within 20 days"
    assert trimmed(" the platform for weeks") == " the platform"  # "for weeks" without a count still dangles


def test_a_phrase_cut_by_the_word_limit_ends_with_an_ellipsis() -> None:
    long = " whether X had properly assessed the risk of people in the UK seeing illegal content and acted fast"
    out = trimmed(long)
    assert out.endswith("…") and len(out.split()) == 14
    assert not trimmed(" X to change its terms").endswith("…")
