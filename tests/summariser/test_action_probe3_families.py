"""Construction families found with tests/eval/probe3 (ACT10, session 10): lists and plural re-mentions as actors,
countries calling for things, noun-phrase acts, documents that order, hedged progressives, status boundaries. Each
rule has a trap beside it (what must stay out)."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.summariser.action_helpers import actions_in, pair_set

_PUB = datetime(2026, 1, 22, 12, tzinfo=UTC)  # a Thursday
_BG = " Grok, the chatbot made by Elon Musk's company xAI, is built into X."


def _pairs(text: str) -> set[tuple[str, str]]:
    return pair_set(text + _BG, _PUB)


# -- lists and groups ---------------------------------------------------------------------------------------------


def test_listed_countries_each_call_for_an_act() -> None:
    found = _pairs("France, Spain and Italy have asked the European Commission to accelerate its work on Grok.")
    assert {("France", "called_for"), ("Spain", "called_for"), ("Italy", "called_for")} <= found


def test_a_country_that_investigates_still_needs_its_institution() -> None:
    assert not any(actor == "US" for actor, _ in _pairs("The US is investigating X over Grok."))


def test_britain_calling_is_the_uk_government() -> None:
    assert ("UK government", "called_for") in _pairs("Britain has urged X to act quickly.")


def test_each_between_auxiliary_and_verb() -> None:
    found = _pairs("Indonesia and Malaysia have each blocked access to Grok.")
    assert {("Indonesia", "taken"), ("Malaysia", "taken")} <= found


def test_both_opening_a_pair_of_bodies_is_two_actors() -> None:
    found = _pairs("Both Ofcom and the European Commission have opened formal investigations into X.")
    assert {("Ofcom", "taken"), ("European Commission", "taken")} <= found
    assert not any(actor.startswith("Both") for actor, _ in found)


def test_counted_plural_names_the_listed_actors_again() -> None:
    text = (
        "France, Spain and Italy have asked the European Commission to accelerate its work on Grok. "
        "The three governments also called for an EU-wide ban on nudification apps."
    )
    calls = [a for a in actions_in(text + _BG, _PUB) if "EU-wide ban" in a.action]
    assert {a.actor for a in calls} == {"France", "Spain", "Italy"}


def test_plural_with_the_wrong_count_names_nobody() -> None:
    text = (
        "Ofcom and the ICO said on Thursday they would share evidence. "
        "The three regulators will also publish joint guidance for platforms."
    )
    assert not any("guidance" in a.action for a in actions_in(text + _BG, _PUB))


def test_plural_of_people_needs_a_list_of_people() -> None:
    text = (
        "Senators Amy Klobuchar and Josh Hawley wrote to xAI on Tuesday demanding details. "
        "The two senators also asked the Federal Trade Commission to open an inquiry."
    )
    asked = {a.actor for a in actions_in(text + _BG, _PUB) if "Federal Trade Commission" in a.action}
    assert asked == {"Amy Klobuchar", "Josh Hawley"}


def test_list_set_off_after_a_plural_noun_acts() -> None:
    text = (
        "Two advocacy groups, the Center for Countering Digital Hate and Common Sense Media, sued xAI in "
        "California state court on Thursday."
    )
    found = _pairs(text)
    assert {("Center for Countering Digital Hate", "taken"), ("Common Sense Media", "taken")} <= found


# -- names of bodies ----------------------------------------------------------------------------------------------


def test_bare_apostrophe_owner_is_not_part_of_the_name() -> None:
    text = "The Philippines' National Telecommunications Commission has ordered internet providers to block Grok."
    assert ("National Telecommunications Commission", "taken") in _pairs(text)


def test_anpd_is_brazils_data_protection_authority() -> None:
    text = "The ANPD said xAI would face a daily fine of 50,000 reais if it failed to comply."
    assert ("National Data Protection Authority", "threatened") in _pairs(text)


def test_foreign_name_ends_at_its_possessive() -> None:
    text = "Coimisiún na Meán's review of X's compliance with the Online Safety Code will conclude in the summer."
    actors = {actor for actor, _ in _pairs(text)}
    assert "Coimisiún na Meán's review" not in actors


# -- noun-phrase acts ---------------------------------------------------------------------------------------------


def test_possessive_fine_without_a_complement_is_an_act() -> None:
    text = "X has lodged an appeal against Ofcom's £18 million fine, the largest penalty so far."
    assert {("Ofcom", "taken"), ("X", "taken")} <= _pairs(text)


def test_country_restriction_on_the_platform() -> None:
    assert ("Malaysia", "taken") in _pairs("Malaysia's temporary restriction on Grok was lifted on Thursday.")


def test_ministry_advisory_with_its_participle() -> None:
    text = "The IT ministry's advisory, issued on Wednesday, requires platforms including X to label AI images."
    found = [a for a in actions_in(text + _BG, _PUB) if a.action.startswith("issued an advisory")]
    assert found and found[0].when == "2026-01-21"


def test_bare_investigation_named_again_is_not_a_new_act() -> None:
    text = "Ofcom opened an investigation into X on Monday. Ofcom's investigation is continuing."
    assert len([a for a in actions_in(text + _BG, _PUB) if a.actor == "Ofcom"]) == 1


def test_bare_noun_as_a_verbs_object_is_a_reference() -> None:
    text = "The minister said ministers would not pre-empt Ofcom's investigation."
    assert ("Ofcom", "taken") not in _pairs(text)


def test_appeal_a_court_dismissed_is_the_courts_act_only() -> None:
    text = "The Court of Appeal has dismissed X's challenge to Ireland's Online Safety Code."
    assert ("X", "taken") not in _pairs(text)


def test_a_challenge_that_is_no_act() -> None:
    assert not _pairs("Ofcom's challenge is to enforce the law quickly.")


# -- documents and orders -----------------------------------------------------------------------------------------


def test_notice_that_says_x_must_is_an_order() -> None:
    text = (
        "Ofcom has issued X with a provisional notice. "
        "The notice says X must carry out a new risk assessment within 30 days."
    )
    musts = [a for a in actions_in(text + _BG, _PUB) if a.action.startswith("must")]
    assert [(a.actor, a.status) for a in musts] == [("Ofcom", "taken")]


def test_a_regulator_saying_x_must_is_still_a_call() -> None:
    assert ("Ofcom", "called_for") in _pairs("Ofcom said X must act now.")


def test_under_the_notice_the_platform_must() -> None:
    text = (
        "Australia's eSafety Commissioner has issued X with a removal notice. "
        "Under the notice, the platform must take the images down within 24 hours."
    )
    musts = [a for a in actions_in(text + _BG, _PUB) if a.action.startswith("must")]
    assert [(a.actor, a.status) for a in musts] == [("eSafety Commissioner", "taken")]


# -- status boundaries --------------------------------------------------------------------------------------------


def test_refused_on_a_day_to_rule_out_is_a_threat_made_that_day() -> None:
    found = actions_in("Liz Kendall refused on Wednesday to rule out banning X in the UK." + _BG, _PUB)
    assert [(a.actor, a.status, a.when) for a in found] == [("Liz Kendall", "threatened", "2026-01-21")]


def test_examining_the_platform_is_an_inquiry_under_way() -> None:
    assert ("Data Protection Commission", "taken") in _pairs("The Data Protection Commission is examining Grok.")


def test_examining_proposals_is_still_weighing() -> None:
    assert ("UK government", "planned") in _pairs("The government is examining Labour's proposals.")


def test_understood_to_be_considering_is_a_plan() -> None:
    assert ("UK government", "planned") in _pairs("Ministers are understood to be considering the proposal.")


def test_could_be_considering_is_still_no_tense() -> None:
    assert not _pairs("X could be considering an appeal.")


def test_a_power_over_no_one_is_no_threat() -> None:
    assert not _pairs("Ofcom has the power to seek a business disruption order; it has not used it.")


def test_a_power_aimed_at_the_platform_threatens() -> None:
    assert ("Ofcom", "threatened") in _pairs("Ofcom has the power to fine X up to 10% of its turnover.")


def test_threat_named_by_a_noun_was_made_in_the_past() -> None:
    found = actions_in("Liz Kendall's threat to block X in the UK drew criticism on Tuesday." + _BG, _PUB)
    threats = [a for a in found if a.status == "threatened"]
    assert threats and threats[0].when == "2026-01-20"
    assert "drew" not in threats[0].action


# -- later additions: document participles, weighed sanctions, countries' unnamed agencies, timing words ---------


def test_letter_signed_by_a_body_is_its_call() -> None:
    text = "The letter, signed by the NSPCC and sent on Monday, urges Ofcom to apply to the courts for an order."
    assert ("NSPCC", "called_for") in _pairs(text)


def test_weighing_a_sanction_if_x_fails_is_a_threat() -> None:
    text = "MeitY would consider withdrawing X's safe harbour protection if it failed to comply."
    assert ("Ministry of Electronics and Information Technology", "threatened") in _pairs(text)


def test_weighing_without_a_condition_stays_a_plan() -> None:
    text = "MeitY would consider withdrawing its guidance next year."
    assert ("Ministry of Electronics and Information Technology", "planned") in _pairs(text)


def test_a_countrys_regulators_act_for_it() -> None:
    assert ("Italy", "taken") in _pairs("Italian regulators fined the company €5 million last year.")


def test_timing_that_opens_the_sentence_is_lower_case() -> None:
    found = actions_in("Last week, the Commission sent a second request for information to X." + _BG, _PUB)
    assert [a.when for a in found if a.actor == "European Commission"] == ["last week"]


def test_within_weeks_is_kept_whole_in_the_phrase() -> None:
    found = actions_in("Ofcom will publish its decision within weeks." + _BG, _PUB)
    assert found and found[0].action.endswith("within weeks")


def test_sentence_full_stop_is_not_part_of_a_ministry_name() -> None:
    text = (
        "The Grok app was removed on Sunday at the request of the Ministry of Communication and Digital Affairs. "
        "Access to the chatbot's website has also been blocked by the ministry."
    )
    assert not any(actor.endswith(".") for actor, _ in _pairs(text))


def test_suspect_arrested_in_a_later_sentence_is_the_forces_act() -> None:
    text = (
        "A man has been charged with creating deepfakes using Grok, Police Scotland said on Wednesday. "
        "He was arrested in Glasgow last week."
    )
    arrests = [a for a in actions_in(text + _BG, _PUB) if a.action.startswith("arrested")]
    assert [(a.actor, a.status) for a in arrests] == [("Police Scotland", "taken")]


def test_release_on_bail_is_not_credited_from_the_story() -> None:
    text = "Kent Police said it had arrested a boy. He has been released on bail."
    assert not any("bail" in a.action for a in actions_in(text + _BG, _PUB))
