"""The general causes found by reading holdout11's action errors (session 7; /work/notes/a7b-holdout11.md), each on
this file's own sentences (other names, places and topics than the evaluation set). Traps are sentences where no
action, or another actor or status, must come out."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.summariser.action_helpers import actions_in

PUBLISHED = datetime(2026, 10, 2, 9, 0, tzinfo=UTC)


def _by(text: str, words: str) -> set[tuple[str, str]]:
    """(actor, status) of the actions whose text holds `words`."""
    return {(a.actor, a.status) for a in actions_in(text, PUBLISHED) if words in a.action}


# -- letters: to the company asking what it does (an inquiry) vs urging or asking another authority (a call) ----------


def test_minister_letter_asking_the_company_a_question_is_an_inquiry() -> None:
    text = (
        "Teodor Lindqvist, the Swedish minister for civil affairs, spoke on Monday. Lindqvist said he had written to "
        "Meta's Nordic office in Stockholm asking how it was stopping fake adverts from reaching pensioners."
    )
    assert _by(text, "written to") == {("Teodor Lindqvist", "taken")}


def test_minister_letter_demanding_information_stays_a_call() -> None:
    # trap: a minister "demanding" is making a demand, not asking a question
    text = (
        "Teodor Lindqvist, the Swedish minister for civil affairs, spoke on Monday. Lindqvist said he had written to "
        "Meta's Nordic office demanding information on how many pensioners had been defrauded."
    )
    assert _by(text, "written to") == {("Teodor Lindqvist", "called_for")}


def test_official_letter_to_another_authority_asking_for_something_is_a_call() -> None:
    text = (
        "Aled Prydderch, the Older People's Commissioner for Wales, gave evidence. Mr Prydderch said he had written "
        "to the Welsh Government in the spring asking for a national scam-awareness campaign."
    )
    assert _by(text, "written to") == {("Aled Prydderch", "called_for")}


def test_regulator_letter_to_the_company_asking_for_details_is_an_inquiry() -> None:
    # trap: the same participle, but to the company and for information
    text = "The Gambling Commission has also written to Betfair separately, asking for details of its age checks."
    assert _by(text, "written to") == {("Gambling Commission", "taken")}


def test_official_letter_urging_anyone_is_a_call() -> None:
    text = (
        "The Financial Conduct Authority had written to the Treasury urging it to give the regulator powers over "
        "crypto adverts."
    )
    assert _by(text, "written to") == {("Financial Conduct Authority", "called_for")}


# -- "examining whether the law needed to be changed" weighs a measure ------------------------------------------------


def test_examining_whether_a_law_needs_changing_is_a_plan() -> None:
    text = "The Danish government was examining whether the country's gambling law needed to be tightened."
    assert _by(text, "examining whether") == {("Denmark", "planned")}


def test_examining_whether_a_firm_complied_stays_an_inquiry() -> None:
    # trap: an inquiry into what was done, no change weighed
    text = "The Danish government was examining whether the bookmaker had complied with the gambling law."
    assert _by(text, "examining whether") == {("Denmark", "taken")}


# -- "the commission" is the commission just named, not the article's main regulator --------------------------------


def test_the_commission_is_the_one_named_in_the_sentence_before() -> None:
    text = (
        "The Ghana Competition Commission (GCC) and the Ghana Data Protection Commission (DPC) have opened a joint "
        "review of TikTok's advertising rules. The deputy chair of the GCC, Kofi Mensah-Adu, said the commission "
        "had ordered TikTok to keep every record of its adverts aimed at children."
    )
    assert _by(text, "ordered TikTok") == {("Ghana Competition Commission", "taken")}


# -- "the government": the lead's country counts twice ---------------------------------------------------------------


def test_the_government_is_the_country_of_the_lead() -> None:
    text = (
        "The Government has asked officials whether Ireland needs new rules for online betting adverts, after the "
        "Irish ombudsman reported a rise in complaints. The minister said Australia had banned such adverts during "
        "live sport. Campaigners praised the approach taken in Australia, and Australia's sports bodies agreed."
    )
    assert _by(text, "asked officials") == {("Ireland", "taken")}


def test_the_government_without_a_lead_country_is_the_most_named() -> None:
    # trap: the lead names no country, so the count decides as before
    text = (
        "The Government has asked officials for advice on online betting adverts. Australia banned such adverts "
        "during live sport, and Australian groups want more. Ireland is watching."
    )
    assert _by(text, "asked officials") == {("Australia", "taken")}


# -- a law "signed by" an office holder is that person's act -----------------------------------------------------


def test_a_statute_signed_by_a_president_is_the_presidents_act() -> None:
    text = (
        "The Consumer Code, the statute protecting shoppers online signed by President Maria Soares Lemos in April, "
        "takes effect in March."
    )
    assert _by(text, "signed") == {("Maria Soares Lemos", "taken")}


def test_a_notice_signed_by_an_official_is_no_act() -> None:
    # trap: a document signed is no law made (the signature only says who sent it)
    text = "It quoted the notice signed by Deputy Minister Tomas Ribeiro Alves in April, which lists six concerns."
    assert _by(text, "signed") == set()


# -- "He warned that the commission would …": the body's threat, not a second one by its chairman --------------------


def test_a_chairmans_warning_of_the_bodys_threat_is_the_bodys_only() -> None:
    text = (
        "The Ghana Competition Commission opened an inquiry into TikTok on Monday. Its chairman, Kofi Mensah-Adu, "
        "warned that the commission would not hesitate to impose sanctions if the company was found wanting."
    )
    assert _by(text, "sanctions") == {("Ghana Competition Commission", "threatened")}


# -- "can impose a fine" (singular) on the story's target is a threat like "can impose fines" -------------------------


def test_can_impose_a_fine_if_the_company_broke_the_rules_is_a_threat() -> None:
    text = (
        "The Gambling Commission opened an inquiry into Betfair in May. If the regulator finds the company broke the "
        "rules, it can impose a fine of up to £5m."
    )
    assert _by(text, "can impose") == {("Gambling Commission", "threatened")}


def test_a_fine_the_law_allows_is_no_threat() -> None:
    # trap: what the law allows any company, not a move against this one
    text = "Under the act, the regulator can impose a fine of up to 10% of turnover on any company."
    assert _by(text, "impose") == set()


# -- "raise the issue with …": taking a matter to someone is an act -------------------------------------------------


def test_raising_the_matter_with_a_minister_is_an_act() -> None:
    text = "Ms Haldane said she would raise the issue with her Scottish counterpart next month."
    assert _by(text, "raise the issue") == {("Ms Haldane", "announced")}


def test_raising_concerns_or_money_is_no_act() -> None:
    # traps: "raised concerns" is talk, "raised £20m" is business
    text = "The charity raised concerns about the app with Ofcom. The firm raised £20m from investors."
    assert _by(text, "raised") == set()


# -- "NAME (party-state), along with …, asked": the aside after a bracketed tag is hopped -----------------------------


def test_names_with_party_tags_before_an_aside_act() -> None:
    text = (
        "Maria Lopez (D-Nev.) and Tom Becker (R-Ohio), along with three other committee members, asked the company "
        "to hand over its safety reports."
    )
    assert _by(text, "asked the company") == {("Maria Lopez", "called_for"), ("Tom Becker", "called_for")}


def test_an_aside_after_a_bracketed_place_is_no_subject() -> None:
    # trap: the bracket closes a place, not a name; nobody before it acts
    text = "Sales in the region (mostly Texas), along with exports, rose in May as the firm asked suppliers for more."
    assert {a.actor for a in actions_in(text, PUBLISHED)} == set()


# -- regulators' collocations: "begin monitoring compliance", "using the urgency procedure" --------------------------


def test_beginning_to_monitor_compliance_is_announced() -> None:
    text = "The director said the Gaming Authority would begin monitoring compliance in March."
    assert _by(text, "monitoring") == {("Gaming Authority", "announced")}


def test_using_a_legal_procedure_is_an_act() -> None:
    text = "The Gaming Authority said it was using the emergency procedure in Article 12 of the gaming act."
    assert _by(text, "procedure") == {("Gaming Authority", "taken")}


def test_monitoring_the_weather_is_no_act() -> None:
    # trap: "began monitoring" of anything but compliance by nobody the article names
    text = "Farmers began monitoring the weather closely in March."
    assert _by(text, "monitoring") == set()


# -- "Norway's telecoms regulator": the body named with the stem of the description ("Telecommunications") --------


def test_a_country_regulator_described_by_a_plural_is_the_named_body() -> None:
    text = (
        "Norway's telecoms regulator has forwarded 200 complaints about the app to the European Commission. The "
        "Norwegian Institute for Telecommunications and Post (NITP) said it had received them since May."
    )
    assert _by(text, "forwarded") == {("Norwegian Institute for Telecommunications and Post", "taken")}


def test_a_country_regulator_the_article_never_names_is_the_country() -> None:
    # trap: no body of that kind is named, so the country stands for it as before
    text = "Norway's telecoms regulator has forwarded 200 complaints about the app to the European Commission."
    assert _by(text, "forwarded") == {("Norway", "taken")}


# -- "until the company can show it has fixed …": a condition, not the company's act ----------------------------------


def test_a_condition_to_show_a_fix_is_no_act() -> None:
    text = "The ministry said the ban on the app would stay until Meta can show it has removed the fake adverts."
    assert _by(text, "removed") == set()


def test_a_reported_fix_is_still_an_act() -> None:
    # trap: the company says it has done it; no condition
    text = "Meta said it has removed the fake adverts and suspended 40 accounts."
    assert ("Meta", "taken") in _by(text, "removed")


# -- "held a roundtable with schools": a regulator's meeting like "held a hearing" ------------------------------------


def test_holding_a_roundtable_is_an_act() -> None:
    text = "The Gambling Commission said it had held a roundtable with Scottish bookmakers this spring."
    assert _by(text, "roundtable") == {("Gambling Commission", "taken")}


def test_holding_shares_is_no_act() -> None:
    # trap: "held" of anything but a meeting
    text = "The Gambling Commission said the fund had held shares in two bookmakers this spring."
    assert _by(text, "held") == set()
