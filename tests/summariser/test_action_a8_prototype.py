"""A8 prototype (session 8): general causes read on holdout12 — a foreign body name stops at an English adverb,
bodies an article defines in apposition act article-wide, and a body's running case in a relative clause is its act."""

from __future__ import annotations

import pytest

from summariser import summarise
from summariser._actor_shapes import shape_spans

_LEAD = "Elon Musk's Grok chatbot was used to make sexual images of women, regulators said. "


def _acts(text: str) -> set[tuple[str, str]]:
    return {(a.actor, a.status) for a in summarise(_LEAD + text).actions}


def test_foreign_name_stops_at_adverb() -> None:
    acts = _acts("The Garante temporarily suspended the chatbot Zeno in May 2024 and later fined its maker €3 million.")
    assert ("Garante", "taken") in acts
    assert not any("temporarily" in actor for actor, _ in acts)


def test_foreign_name_without_adverb_is_kept_whole() -> None:
    text = "The Garante per la protezione dei dati personali has ordered xAI to stop processing Italians' photos."
    names = {span.canonical for span in shape_spans(text)}
    assert "Garante per la protezione dei dati personali" in names


@pytest.mark.parametrize(
    ("text", "actor", "status"),
    [
        (
            "Kidsafe, the national online safety agency under the Broadcasting Act, said it had escalated 90 "
            "complaints to X.",
            "Kidsafe",
            "taken",
        ),
        (
            "The Lisbon consumer rights agency, ConsumoPT, on Monday fined X's local subsidiary €2 million.",
            "ConsumoPT",
            "taken",
        ),
        (
            "Openwall, the Vienna expertise centre on image abuse, called on the government to make AI developers "
            "liable for such images.",
            "Openwall",
            "called_for",
        ),
    ],
)
def test_body_defined_in_apposition_acts(text: str, actor: str, status: str) -> None:
    assert (actor, status) in _acts(text)


def test_body_defined_earlier_acts_later() -> None:
    text = (
        "Kidsafe, the national online safety agency under the Broadcasting Act, has received 300 complaints. "
        "On Friday Kidsafe wrote to X asking for a direct escalation channel."
    )
    assert ("Kidsafe", "called_for") in _acts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Grok, the chatbot built by xAI, produced the images within seconds.",  # a product, no body noun
        "Brussels, the seat of the European Commission, was quiet on Friday.",  # a place
        "Meanwhile, the agency said it was aware of the images.",  # an adverb is no name
    ],
)
def test_no_body_learned_from_non_bodies(text: str) -> None:
    actors = {actor for actor, _ in _acts(text)}
    assert not actors & {"Grok", "Brussels", "Meanwhile"}


def test_running_case_in_relative_clause_is_taken() -> None:
    acts = _acts("Ofcom, which has been investigating X since January, said it would decide within weeks.")
    assert ("Ofcom", "taken") in acts


def test_running_own_case_in_relative_clause() -> None:
    acts = _acts("The ICO said it would work with the European Commission, which is running its own case against X.")
    assert ("European Commission", "taken") in acts


@pytest.mark.parametrize(
    "text",
    [
        "X, which has been examining its own tools, said it would add safeguards.",  # a company's own review
        '"Ofcom, which is investigating, will decide," the minister said.',  # inside a quotation
        "The rules, which are examining nothing, were published in March.",  # no body before the clause
    ],
)
def test_running_case_traps(text: str) -> None:
    assert not any(a.action.startswith(("investigating", "examining")) for a in summarise(_LEAD + text).actions)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "In a statement, the company said Grok's image tools had been restricted to paying subscribers in March.",
            "X",
        ),
        ("An official told the court that Grok's image editing feature had been disabled in Brazil.", "X"),
        (
            'An xAI spokesperson said the company "respects the law", adding that Grok\'s editing of real people had '
            'been "sharply restricted" since March.',
            "xAI",
        ),
    ],
)
def test_platform_restricting_its_own_feature_is_taken(text: str, actor: str) -> None:
    assert (actor, "taken") in _acts(text)


@pytest.mark.parametrize(
    "text",
    [
        "MPs called for X to be suspended until Grok's image feature has been disabled in the UK.",  # a condition
        "Experts said the commissioner's tools had been limited by the courts.",  # no Grok feature
        "Asked why the feature had not been switched off, she declined to comment.",  # negated
    ],
)
def test_feature_restriction_traps(text: str) -> None:
    assert not any(
        a.action.startswith(("Grok", "the feature")) and a.status == "taken" for a in summarise(_LEAD + text).actions
    )


def test_lexicon_alias_inside_a_longer_name_is_no_mention() -> None:
    text = (
        "PRETORIA - The Information Regulator has issued an enforcement notice to X Corp over Grok images. Its chair "
        "said complaints had come from the Commission for Gender Equality and from parents. The regulator has "
        "previously imposed an administrative fine of R5 million on the health department."
    )
    acts = {(a.actor, a.action.split()[0]) for a in summarise(text).actions}
    assert ("Information Regulator", "imposed") in acts
    assert not any(actor == "European Commission" for actor, _ in acts)


def test_the_commission_named_in_full_is_still_the_regulator() -> None:
    text = (
        "BRUSSELS - The European Commission opened proceedings against X over Grok. The Commission of Inquiry into "
        "online harms in Malta said it would study the case. The regulator has since fined X €120 million."
    )
    assert ("European Commission", "taken") in {(a.actor, a.status) for a in summarise(text).actions}


def test_not_rule_out_in_quotation_marks_is_a_threat() -> None:
    text = 'The Privacy Commissioner, Jane Roe, said she would "not rule out" a formal inquiry into X\'s Grok.'
    statuses = {a.status for a in summarise(_LEAD + text).actions if "rule out" in a.action}
    assert statuses == {"threatened"}


def test_not_rule_on_is_no_threat() -> None:
    text = 'The judge said she would "not rule" on the request before June.'
    assert not any(a.status == "threatened" for a in summarise(_LEAD + text).actions)
