"""Labels of acts already found (A9, session 8; causes read on holdout10–12): "it" after "BODY, which …, said", the
office whose "it" is its holder, a spokesperson's "she" (the principal), and quoted "not ruled out" / "on the table"."""

from __future__ import annotations

import pytest

from summariser import summarise

_LEAD = "Elon Musk's Grok chatbot was used to make sexual images of women, regulators said. "


def _acts(text: str) -> set[tuple[str, str]]:
    return {(a.actor, a.status) for a in summarise(_LEAD + text).actions}


def _actors(text: str) -> set[str]:
    return {a.actor for a in summarise(_LEAD + text).actions}


def test_it_after_a_relative_clause_is_the_described_body() -> None:
    text = (
        "X said it would appeal. The charity Refuge, which filed complaints in six countries last year, said it "
        "would challenge any decision that did not order deletion."
    )
    assert ("Refuge", "threatened") in _acts(text)
    assert ("X", "threatened") not in _acts(text)


def test_it_after_a_relative_clause_on_an_unknown_name_is_nobody() -> None:
    text = (
        "X said it would appeal. The Vienna group Datenwacht, which filed complaints last year, said it would "
        "challenge any decision that did not order deletion."
    )
    assert not any(actor == "X" and status == "threatened" for actor, status in _acts(text))


def test_relative_clause_trap_body_named_plainly_keeps_it() -> None:
    assert ("Ofcom", "announced") in _acts("Ofcom, which opened an inquiry into X in January, said it would fine X.")


def test_it_after_which_is_not_the_objects_owner() -> None:
    text = "The DPC also examines X's Grok image tool, over which it opened a separate inquiry in February."
    acts = _acts(text)
    assert ("Data Protection Commission", "taken") in acts
    assert ("X", "taken") not in acts


def test_which_it_may_still_be_a_plain_object() -> None:
    text = "The ICO asked Ofcom to prioritise the investigation, which it opened in January."
    assert ("Ofcom", "taken") in _acts(text)


def test_an_offices_it_is_its_holder_not_the_target() -> None:
    text = (
        "Senator Ray Dunn spoke near xAI's data centre. Attorney General Maria Lopez's office confirmed that it had "
        "sent a civil investigative demand to xAI in March."
    )
    actors = _actors(text)
    assert "Maria Lopez" in actors
    assert "xAI" not in actors


def test_office_trap_a_body_named_after_the_owner_wins() -> None:
    text = "Attorney General Maria Lopez's office said Ofcom had confirmed it would open an investigation into X."
    assert "Maria Lopez" not in {a for a, s in _acts(text) if s in ("planned", "announced", "taken")}


@pytest.mark.parametrize(
    "text",
    [
        'Gov. Ann Baker has not said whether she would sign it, but a spokesman, Eli Stone, said she "backs the aim" '
        "and would review the final text.",
        'Gov. Ann Baker has not said whether she would sign it, but a spokesman, Eli Stone, said the governor "backs '
        'the aim" and would review the final text.',
    ],
)
def test_a_spokespersons_principal_acts(text: str) -> None:
    actors = _actors(text)
    assert "Ann Baker" in actors
    assert "Eli Stone" not in actors


def test_a_body_spokespersons_she_is_nobody() -> None:
    text = "A spokeswoman for Ofcom, Jane Hale, said she would open an investigation into X."
    assert "Jane Hale" not in _actors(text)


def test_spokesperson_trap_a_named_person_who_is_no_spokesperson_acts() -> None:
    text = "The senator, Eli Stone, said he would file a complaint with the regulator."
    assert "Eli Stone" in _actors(text)


def test_quoted_would_not_rule_out_is_a_threat() -> None:
    text = 'The ICO said it would "not rule out" a formal investigation into X.'
    assert ("Information Commissioner's Office", "threatened") in _acts(text)


@pytest.mark.parametrize(
    "text",
    [
        # quoted, these are too often someone else's words about the actor: only the reporter's own wording counts
        'Campaigners said a ban was "on the table" in talks with ministers, but the department denied it.',
        'Musk mocked the idea, saying the government had "not ruled out" anything because it had no plan at all.',
    ],
)
def test_trap_quoted_had_not_ruled_out_or_on_the_table_is_no_threat(text: str) -> None:
    assert not [a for a in _acts(text) if a[1] == "threatened"]


def test_quoted_ruled_out_without_negation_is_no_threat() -> None:
    text = 'The ICO said it had "ruled out" a penalty against X.'
    assert ("Information Commissioner's Office", "threatened") not in _acts(text)


def test_new_zealand_story_government_is_new_zealands() -> None:
    text = (
        "The Government has asked officials for advice on whether New Zealand needs new powers over AI tools, after "
        "Netsafe reported a rise in complaints. Netsafe said New Zealanders had filed 300 complaints. Australia's "
        "eSafety Commissioner has used its powers under Australian law, and Australia may go further, officials in "
        "Canberra said. Netsafe said it would keep counting."
    )
    actors = {a.actor for a in summarise(text).actions if a.action.startswith("asked officials")}
    assert actors == {"New Zealand"}


def test_second_object_is_no_subject_of_a_later_verb() -> None:
    text = (
        "The High Court on Wednesday directed the Media Authority and the Office of the Privacy Commissioner to act "
        "within 30 days, but declined a request to order the platform blocked."
    )
    refused = {a.actor for a in summarise(_LEAD + text).actions if a.status == "refused"}
    assert refused == {"High Court"}


def test_two_subjects_joined_still_act_together() -> None:
    actors = _actors("Ofcom and the ICO opened investigations and fined X.")
    assert {"Ofcom", "Information Commissioner's Office"} <= actors
