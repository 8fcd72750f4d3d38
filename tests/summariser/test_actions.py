"""Action extraction: each status, each construction, and what must not count as an action.

Sentences are written for these tests in the style of UK, EU, US, Australian and Indian news copy.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from summariser._actions import extract_actions
from summariser._model import Action
from summariser._text import split_document

# Wednesday 14 January 2026
PUBLISHED = datetime(2026, 1, 14, 9, 30, tzinfo=UTC)


def _actions(text: str) -> list[Action]:
    return extract_actions(split_document(text), published=PUBLISHED)


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(a.actor, a.status) for a in _actions(text)}


# -- each status -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "status"),
    [
        ("Ofcom opened a formal investigation into X on Monday.", "Ofcom", "taken"),
        (
            "The European Commission fined X €120m for breaching the Digital Services Act.",
            "European Commission",
            "taken",
        ),
        ("Indonesia has temporarily blocked access to Grok.", "Indonesia", "taken"),
        ("The eSafety Commissioner has issued X with a legal notice.", "eSafety Commissioner", "taken"),
        ("Ofcom has written to X and xAI demanding answers.", "Ofcom", "taken"),
        ("The Senate on Tuesday passed the bill by unanimous consent.", "US Senate", "taken"),
        ("California Attorney General Rob Bonta announced an investigation into xAI.", "Rob Bonta", "taken"),
        ("The government unveiled plans for a new offence.", "UK government", "announced"),
        ("X said it would geoblock the feature in countries where it is illegal.", "X", "announced"),
        (
            "Liz Kendall said the government would bring the offence into force within days.",
            "UK government",
            "announced",
        ),
        (
            "MeitY is expected to publish new rules next month.",
            "Ministry of Electronics and Information Technology",
            "planned",
        ),
        ("Ofcom will decide within days whether to open an investigation.", "Ofcom", "planned"),
        ("The government plans to introduce legislation this year.", "UK government", "planned"),
        ("The Commission has threatened to suspend X in the EU.", "European Commission", "threatened"),
        (
            "The eSafety Commissioner warned that X could face fines of up to A$49.5m.",
            "eSafety Commissioner",
            "threatened",
        ),
        ("Campaigners called for an outright ban on nudification apps.", "campaigners", "called_for"),
        ("The Molly Rose Foundation urged Ofcom to act faster.", "Molly Rose Foundation", "called_for"),
        ("The NSPCC has demanded that ministers close the loophole.", "NSPCC", "called_for"),
        ("X refused to remove the posts.", "X", "refused"),
        ("X has rejected the Commission's preliminary findings.", "X", "refused"),
        ("xAI said it would not comply with the order.", "xAI", "refused"),
    ],
)
def test_each_status(text: str, actor: str, status: str) -> None:
    assert (actor, status) in _pairs(text)


# -- constructions -----------------------------------------------------------------------------------------------


def test_reported_speech_gives_the_speaker() -> None:
    actions = _actions("X said it had restricted Grok image editing to paid subscribers.")
    assert [(a.actor, a.status) for a in actions] == [("X", "taken")]
    assert actions[0].action.startswith("restricted Grok image editing to paid subscribers")


def test_passive_takes_the_by_agent_and_the_subject_as_target() -> None:
    actions = _actions("X was fined €120m by the European Commission in December.")
    assert [(a.actor, a.status, a.target) for a in actions] == [("European Commission", "taken", "X")]
    assert actions[0].when == "December"


def test_passive_threat_without_agent_goes_to_the_regulator_of_the_law() -> None:
    pairs = _pairs("X could be fined up to 10% of its global turnover under the Online Safety Act.")
    assert pairs == {("Ofcom", "threatened")}


def test_noun_phrase_possessive() -> None:
    actions = _actions("Lawyers said Ofcom's investigation into X would take months.")
    assert ("Ofcom", "taken") in {(a.actor, a.status) for a in actions}
    found = next(a for a in actions if a.actor == "Ofcom")
    assert found.action.startswith("launched an investigation")
    assert found.target == "X"


def test_noun_phrase_by_agent() -> None:
    assert ("Arcom", "taken") in _pairs("An investigation by Arcom into the platform began last year.")


def test_relative_clause_in_force_goes_to_the_named_government() -> None:
    text = "The government's new offence, which comes into force in February, targets deepfake creators."
    actions = _actions(text)
    assert ("UK government", "planned") in {(a.actor, a.status) for a in actions}
    assert next(a for a in actions if a.status == "planned").when == "February"


def test_relative_clause_names_its_antecedent() -> None:
    text = "Ofcom, which opened an investigation on Monday, has asked X for data."
    assert ("Ofcom", "taken") in _pairs(text)


def test_conjoined_subjects_each_act() -> None:
    pairs = _pairs("Indonesia and Malaysia have temporarily blocked access to Grok.")
    assert {("Indonesia", "taken"), ("Malaysia", "taken")} <= pairs


def test_conjoined_verbs_share_the_subject() -> None:
    text = "The Commission opened proceedings against X, and Ofcom later wrote to the company and fined it £1m."
    assert _pairs(text) == {("European Commission", "taken"), ("Ofcom", "taken")}


def test_conjoined_verbs_of_one_actor_are_two_actions() -> None:
    actions = _actions("The Commission opened proceedings against X and ordered it to keep internal documents.")
    assert [(a.actor, a.status) for a in actions] == [
        ("European Commission", "taken"),
        ("European Commission", "taken"),
    ]
    assert actions[0].action.startswith("opened proceedings against X")
    assert actions[1].action.startswith("ordered it to keep internal documents")


def test_pronoun_resolves_to_the_named_person() -> None:
    text = (
        "Technology Secretary Liz Kendall spoke in the Commons on Monday.\n\n"
        "She said the government would use the Crime and Policing Bill to outlaw nudification apps."
    )
    actions = _actions(text)
    assert ("UK government", "announced") in {(a.actor, a.status) for a in actions}
    assert next(a for a in actions if a.actor == "UK government").instrument == "Crime and Policing Bill"


def test_role_resolves_to_the_named_person() -> None:
    text = (
        "Prime Minister Keir Starmer was asked about the platform on Friday.\n\n"
        "The prime minister has refused to rule out blocking X in the UK."
    )
    assert ("Keir Starmer", "threatened") in _pairs(text)


def test_all_options_on_the_table_is_a_threat_by_the_speaker() -> None:
    text = "Anthony Albanese said all options were on the table after the images spread."
    assert ("Anthony Albanese", "threatened") in _pairs(text)


def test_speaker_who_says_someone_must_act_calls_for_it() -> None:
    text = "Molly Russell's father, Ian Russell, said the regulator must act quickly."
    assert ("Ian Russell", "called_for") in _pairs(text)


def test_quoted_we_is_the_speakers_organisation() -> None:
    text = '"We will not hesitate to use the full range of our powers," the eSafety Commissioner said.'
    assert ("eSafety Commissioner", "threatened") in _pairs(text)


def test_india_notice_and_deadline() -> None:
    text = (
        "India's IT ministry on Friday issued a notice to X directing it to remove obscene content "
        "within 72 hours under the Information Technology Act."
    )
    actions = _actions(text)
    assert ("Ministry of Electronics and Information Technology", "taken") in {(a.actor, a.status) for a in actions}
    found = actions[0]
    assert found.when == "2026-01-09"
    assert found.instrument == "Information Technology Act"


def test_us_senators_letter() -> None:
    text = "Senator Ed Markey said he would introduce legislation to close the loophole."
    actions = _actions(text)
    assert [(a.actor, a.status) for a in actions] == [("Ed Markey", "announced")]


def test_court_ruling() -> None:
    text = "The Karnataka High Court ruled that X must comply with the takedown orders."
    assert ("Karnataka High Court", "taken") in _pairs(text)


# -- timing and instruments ---------------------------------------------------------------------------------------


def test_when_is_resolved_against_publication_date() -> None:
    actions = _actions("The European Commission on Monday opened formal proceedings against X under the DSA.")
    assert [(a.actor, a.when, a.instrument) for a in actions] == [
        ("European Commission", "2026-01-12", "Digital Services Act")
    ]


def test_planned_weekday_looks_forward() -> None:
    actions = _actions("Liz Kendall is expected to make a statement to the Commons on Monday.")
    assert [(a.actor, a.status, a.when) for a in actions] == [("Liz Kendall", "planned", "2026-01-19")]


def test_when_is_none_without_timing() -> None:
    actions = _actions("Ofcom opened a formal investigation into X.")
    assert actions[0].when is None


# -- not actions ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "X did not immediately respond to a request for comment.",
        "xAI declined to comment.",
        "Ofcom has not yet opened an investigation.",
        "The restricted feature was still available on the app.",
        "Ofcom said the images were appalling.",
        "Critics said the move was an attack on free speech.",
        "Users could ask Grok to edit photographs of real women.",
        "The law says platforms must remove illegal content quickly.",
        "X says it removes illegal content and suspends accounts.",
        "Asked whether he would consider suing the company, Bonta declined to speculate.",
        "Dame Melanie rejected that characterisation.",
        "The images, which were shared thousands of times, showed women in bikinis.",
        "It is not clear whether the regulator will act.",
    ],
)
def test_not_actions(text: str) -> None:
    assert _actions(text) == []


def test_one_action_per_actor_and_verb_in_a_sentence() -> None:
    actions = _actions("Ofcom has confirmed it has opened an investigation into X under the Online Safety Act.")
    assert [(a.actor, a.status) for a in actions] == [("Ofcom", "taken")]
    assert actions[0].instrument == "Online Safety Act"


def test_threat_and_refusal_stay_one_action() -> None:
    actions = _actions("Keir Starmer has refused to rule out blocking X in the UK.")
    assert [(a.actor, a.status) for a in actions] == [("Keir Starmer", "threatened")]


def test_actions_come_in_article_order_with_sentence_indexes() -> None:
    text = (
        "Ofcom opened an investigation into X on Monday.\n\n"
        "The NSPCC urged ministers to go further.\n\n"
        "X said it would appeal."
    )
    actions = _actions(text)
    assert [a.sentence for a in actions] == sorted(a.sentence for a in actions)
    assert [a.actor for a in actions][:2] == ["Ofcom", "NSPCC"]


# -- conventions the annotators follow ------------------------------------------------------------------------------


def test_minister_quoting_we_speaks_for_the_government() -> None:
    text = (
        "Technology Secretary Liz Kendall told MPs on Monday:\n\n"
        '"We will also make it a priority offence under the Online Safety Act."'
    )
    assert ("UK government", "announced") in _pairs(text)


def test_foreign_governments_are_named_by_country() -> None:
    text = "The Japanese government has formally asked X Corp. to take measures to stop the images."
    assert ("Japan", "called_for") in _pairs(text)


def test_a_letter_asking_for_something_is_a_call() -> None:
    text = "Labour MP Jess Asato has written to the technology secretary asking the government to ban the apps."
    assert ("Jess Asato", "called_for") in _pairs(text)


def test_a_regulators_letter_is_an_act() -> None:
    assert ("Ofcom", "taken") in _pairs("Ofcom has written to X demanding answers about Grok.")


def test_government_will_is_an_announcement_but_a_review_is_a_plan() -> None:
    assert ("UK government", "announced") in _pairs("The government will make the new offence a priority offence.")
    assert ("Ofcom", "planned") in _pairs("Ofcom said it would examine the company's response.")


def test_no_plans_is_a_refusal() -> None:
    assert ("UK government", "refused") in _pairs("The government has no plans to ban X, a minister said.")


def test_trailing_attribution_makes_an_announcement() -> None:
    text = 'Ministers would set out further steps "in the coming days", he said.'
    actions = _actions(text)
    assert [(a.actor, a.status) for a in actions] == [("UK government", "announced")]


def test_a_regulators_case_that_could_lead_to_a_fine_is_a_threat() -> None:
    text = "Ofcom's investigation could lead to a fine of up to 10% of X's global revenue."
    assert ("Ofcom", "threatened") in _pairs(text)


def test_conjoined_subjects_with_appositives() -> None:
    text = (
        "Senator Richard Blumenthal, a Connecticut Democrat, and Senator Josh Hawley, a Missouri Republican, "
        "have asked xAI for internal documents."
    )
    assert {("Richard Blumenthal", "called_for"), ("Josh Hawley", "called_for")} <= _pairs(text)


def test_groups_are_named_with_their_modifier() -> None:
    assert ("labour backbenchers", "called_for") in {
        (actor.lower(), status) for actor, status in _pairs("Labour backbenchers have urged ministers to go further.")
    }
    assert _actions("MPs urged ministers to go further.") == []


def test_objects_of_prepositions_do_not_act_through_and() -> None:
    text = "Regulators in Britain and the European Union have opened formal proceedings."
    assert _actions(text) == []


def test_reported_in_force_date_is_an_announcement() -> None:
    text = "Sir Keir Starmer told MPs that the offence would be in force from Thursday."
    actions = _actions(text)
    assert [(a.actor, a.status, a.when) for a in actions] == [("Keir Starmer", "announced", "2026-01-15")]


def test_passive_block_in_a_country_is_that_country_acting() -> None:
    actions = _actions("Grok has been blocked in Turkey after a court order.")
    assert [(a.actor, a.status, a.target) for a in actions] == [("Turkey", "taken", "Grok")]
    assert _actions("The images were shared in London.") == []


def test_to_ban_after_a_request_is_a_verb_not_a_penalty_threat() -> None:
    text = (
        "The ACM has fined X over Grok, the regulator said on Tuesday. A motion passed on Thursday asks ministers to "
        "ban the use of Grok on government devices.\n\nThe European Commission opened formal proceedings against X "
        "in January."
    )
    assert not any(a.status == "threatened" for a in _actions(text))
    # the penalty reading still stands
    assert ("Ofcom", "threatened") in _pairs("Ofcom said X could face a fine of up to £18m if it failed to act.")
