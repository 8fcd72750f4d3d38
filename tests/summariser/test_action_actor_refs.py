"""Who acts, continued: names set off by commas or titles, holders of offices, judges and courts, descriptions an
article defines, pairs and groups, pronouns that must not pick the wrong person.

Sentences are written for these tests in the style of UK, EU, US and Australian news copy.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import pytest

from summariser._actions import extract_actions
from summariser._text import split_document
from tests.summariser.action_helpers import actors_in, pair_set

PUBLISHED = datetime(2026, 3, 4, 9, 30, tzinfo=UTC)
_pairs = partial(pair_set, published=PUBLISHED)
_actors = partial(actors_in, published=PUBLISHED)


# -- names set off by commas, titles and brackets ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "In the Senedd on Tuesday, Plaid Cymru's health spokesperson, Gwenllian Morgan MS, asked the Welsh "
            "Government to issue guidance to every school.",
            ("Gwenllian Morgan", "called_for"),
        ),
        (
            "Sinn Féin's communications spokesperson, Orla Brennan, urged the minister to ask the European "
            "Commission to suspend Grok's image tools.",
            ("Orla Brennan", "called_for"),
        ),
        (
            "Labour MPs on the science and technology committee have written to Ofcom asking it to act.",
            ("Labour MPs", "called_for"),
        ),
        (
            "The issue was first raised by Rajya Sabha member Meera Kulkarni of the Shiv Sena (UBT), who wrote to "
            "the minister on January 1 urging action.",
            ("Meera Kulkarni", "called_for"),
        ),
    ],
)
def test_the_named_person_acts(text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text)


def test_a_role_then_an_organisation_names_no_person() -> None:
    text = "Speaking to the minister, Ofcom and X agreed on Monday to meet again."
    assert not any(" " in actor and actor not in ("Ofcom", "X") for actor in _actors(text))


# -- holders, judges and courts ---------------------------------------------------------------------------------


def test_her_department_and_officials_in_his_department_are_the_minister() -> None:
    text = (
        "Justice Minister Naomi Lyle welcomed the arrests and said her department was considering whether the "
        "2022 Act should be amended."
    )
    assert ("Naomi Lyle", "planned") in _pairs(text)
    text = "Patrick Byrne told the committee that officials in his department were drafting the legislation."
    assert ("Patrick Byrne", "planned") in _pairs(text)


def test_a_federal_judge_is_the_judge_named_next() -> None:
    text = (
        "SAN FRANCISCO — A federal judge on Tuesday refused to dismiss a lawsuit brought by a group of women "
        "against xAI. In a 30-page ruling, U.S. District Judge Rita F. Lindqvist said the company could not shelter "
        "behind Section 230."
    )
    assert ("Rita F. Lindqvist", "refused") in _pairs(text)


def test_a_short_court_name_is_the_longer_one_the_article_gives() -> None:
    text = (
        "The Karnataka High Court on Monday heard X's petition. "
        "This is X's second case before the High Court. "
        "In September last year, the same judge dismissed the company's petition challenging the portal."
    )
    assert ("Karnataka High Court", "taken") in _pairs(text)
    assert "High Court" not in _actors(text)


def test_the_authority_is_the_regulator_the_article_names() -> None:
    text = (
        "Italy's data protection authority, the Garante, has warned xAI over Grok. "
        "The authority said it had also asked xAI to state within 20 days what legal basis it relied on."
    )
    assert {a.actor for a in extract_actions(split_document(text)) if a.sentence == 1} == {"Garante"}


def test_his_organization_is_the_body_the_article_ties_him_to() -> None:
    from summariser._actions import _FACTORY
    from summariser._actors import ActorFinder

    doc = split_document(
        "John Shehan, a vice president at the National Center for Missing & Exploited Children, testified on "
        "Tuesday. Mr. Shehan told lawmakers that his organization had asked xAI to meet its staff."
    )
    finder = ActorFinder(doc, _FACTORY)
    held = [s for s in finder.spans(1) if s.ref.startswith("held:")]
    assert len(held) == 1
    assert finder.resolve(held[0], 1) == "National Center for Missing & Exploited Children"


def test_an_appositive_defines_the_description() -> None:
    text = (
        "The Safe Online Trust, the agency that handles complaints under the act, said reports had tripled. "
        "Its chief executive said the agency had referred several cases involving Grok to police."
    )
    assert {a.actor for a in extract_actions(split_document(text)) if a.sentence == 1} == {"Safe Online Trust"}


def test_a_ministers_department_is_the_government_of_a_named_country() -> None:
    text = (
        "South Africa's Film and Publication Board has issued a takedown notice to X. "
        "Communications Minister Thandi Mokoena told Parliament the same afternoon that the department would "
        "publish draft regulations on AI-generated content by the end of June."
    )
    assert ("South Africa", "announced") in _pairs(text)


def test_a_ministers_department_in_an_unknown_country_is_nobody() -> None:
    text = (
        "Communications Minister Thandi Mokoena told Parliament that the department would publish draft "
        "regulations on AI-generated content by the end of June."
    )
    assert "UK government" not in _actors(text)


def test_a_body_named_after_what_it_is() -> None:
    text = (
        "The trade body techUK warned that the offence risked criminalising developers and called on ministers to "
        "consult."
    )
    assert ("techUK", "called_for") in _pairs(text)


def test_my_office_is_the_speaker() -> None:
    text = (
        "California Attorney General Rob Bontaine has criticised xAI. "
        '"My office has opened an investigation into the chatbot," Bontaine said.'
    )
    assert any(a.actor == "Rob Bontaine" and a.sentence == 1 for a in extract_actions(split_document(text)))


def test_opposition_parties_are_a_group_and_bare_parties_are_not() -> None:
    assert ("opposition parties", "called_for") in _pairs("Opposition parties have demanded tougher action on X.")
    assert "parties" not in _actors(
        "Senators from both parties pressed the FTC to explain how it would enforce the law."
    )


def test_which_it_may_be_the_object_before() -> None:
    text = (
        "The minister said the government had asked Ofcom to prioritise its investigation into X, which it opened "
        "in January under the Online Safety Act."
    )
    assert ("Ofcom", "taken") in _pairs(text)


def test_they_after_a_named_pair_is_one_of_the_pair_not_another_body() -> None:
    text = (
        "The Conservative Party has opposed the bill. "
        "Sarah Jones and David Lammy said on Monday they would table an amendment to the bill."
    )
    actors = {a.actor for a in extract_actions(split_document(text)) if a.sentence == 1}
    assert actors and actors <= {"Sarah Jones", "David Lammy"}


def test_they_opening_a_sentence_is_the_group_that_opened_the_one_before() -> None:
    text = (
        "Online safety campaigners have written to the prime minister about Grok. "
        "They also want Ofcom to open a second investigation."
    )
    assert {a.actor for a in extract_actions(split_document(text)) if a.sentence == 1} == {"online safety campaigners"}
    text = "Ofcom has written to X about Grok. They also want Ofcom to open a second investigation."
    assert not [a for a in extract_actions(split_document(text)) if a.sentence == 1]


def test_a_quotation_opening_on_an_adverb_reports_the_act() -> None:
    text = (
        "Coimisiún na Meán said it was continuing to engage with X. "
        "Its online safety commissioner told the committee that the regulator had “formally requested” information "
        "from the platform."
    )
    assert ("Coimisiún na Meán", "taken") in {
        (a.actor, a.status) for a in extract_actions(split_document(text)) if a.sentence == 1
    }


def test_counted_in_words_and_a_commissions_office() -> None:
    assert ("MEPs", "called_for") in _pairs(
        "Thirty-one MEPs from four groups wrote to the commissioner on Monday urging her to suspend Grok."
    )
    assert "AI Office" in _actors("Separately, the Commission's AI Office has sent xAI a request for information.")


def test_a_body_then_a_title_before_a_name_ties_the_speaker_to_it() -> None:
    text = (
        "Ofcom chief executive Melanie Dawson spoke to reporters on Monday. "
        '"We will fine them if we have to," Ms Dawson said.'
    )
    assert ("Ofcom", "threatened") in _pairs(text)


def test_the_object_of_a_quoted_verb_does_not_act_next() -> None:
    text = (
        "The eSafety Commissioner, Julie Inman Grant, has issued a removal notice to X. "
        'Communications Minister Anika Wells said the Australian government "fully backs" the commissioner and '
        "would consider whether the law needed to be strengthened."
    )
    assert ("Australia", "planned") in _pairs(text)
    assert ("Julie Inman Grant", "planned") not in _pairs(text)


def test_she_said_after_a_quote_is_the_quoted_speaker() -> None:
    text = (
        "The eSafety Commissioner, Julie Inman Grant, appeared before a Senate committee on Monday. "
        "Asked by Greens senator Sarah Hanson-Young what options were available, the commissioner said she could "
        "issue a formal warning. "
        '"All of those are on the table and I\'m working through them with our lawyers," she said.'
    )
    assert {a.actor for a in extract_actions(split_document(text)) if a.sentence == 2} == {"Julie Inman Grant"}


def test_she_is_not_a_person_named_only_after_her() -> None:
    text = "Hannah Okoye reported the image nine times. Then she wrote to her MP, Pat McFadden, and then to Ofcom."
    assert "Pat McFadden" not in _actors(text)


def test_two_ministers_each_with_a_role_both_act() -> None:
    text = (
        "The technology secretary, Liz Kendall, and the home secretary, Shabana Mahmood, have written to Apple and "
        "Google asking them to remove nudification apps."
    )
    assert {"Liz Kendall", "Shabana Mahmood"} <= _actors(text)


def test_a_clause_after_and_is_no_list() -> None:
    text = (
        "California's attorney general, Rob Bonta, announced an inquiry into xAI, and the European Commission "
        "ordered X to preserve internal documents."
    )
    assert ("European Commission", "taken") in _pairs(text)


def test_a_body_the_sentence_defines_is_an_actor_and_its_description() -> None:
    text = (
        "Safenet, the agency that handles complaints under the act, said reports had tripled. "
        "Its chief executive said the agency had referred several cases involving Grok to police."
    )
    assert {a.actor for a in extract_actions(split_document(text)) if a.sentence == 1} == {"Safenet"}
    from summariser._actor_spans import find_spans

    text = "Jane Doe, a member of the group that campaigns on the issue, said she had written to Ofcom."
    assert not [s for s in find_spans(text, 0, None) if s.kind == "org" and s.text == "Jane Doe"]


def test_a_document_acts_for_the_body_that_issued_it() -> None:
    text = (
        "The eSafety Commissioner issued a removal notice to X on Monday. "
        "The notice, issued under the Online Safety Act, gave X 24 hours to remove 61 images."
    )
    sentence_one = [a for a in extract_actions(split_document(text)) if a.sentence == 1]
    assert [(a.actor, a.status) for a in sentence_one] == [("eSafety Commissioner", "taken")]  # not "issued under …"


def test_it_after_a_document_is_its_issuer_and_an_unissued_document_is_nobody() -> None:
    text = (
        "The Ministry of Electronics and Information Technology on Friday issued a notice to X directing it to "
        "remove obscene content. "
        "The notice, sent to the company's compliance officer, said the platform had failed in its duties. "
        "It warned that non-compliance could lead to the loss of safe harbour protection."
    )
    assert ("Ministry of Electronics and Information Technology", "threatened") in _pairs(text)
    text = "Critics said the rules were vague. The decision gave X 30 days to comply."
    assert not [a for a in extract_actions(split_document(text)) if a.sentence == 1]


# -- "it" opening the main clause after an if-clause is the if-clause's subject -------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "If Arcom concludes that xAI has broken French law, it could fine the company up to 6% of its turnover.",
            ("Arcom", "threatened"),
        ),
        (
            "If the CNIL finds that X mishandled the data of French users, it could fine the company up to 4% of its "
            "turnover.",
            ("CNIL", "threatened"),
        ),
    ],
)
def test_it_after_an_if_clause_is_the_clauses_subject(text: str, pair: tuple[str, str]) -> None:
    found = _pairs(text)
    assert found == {pair}  # not xAI or X, the body named just before "it"
