"""Relevance of short copy: a headline over a sentence or two, or a short article of a few sentences.

Real feeds are full of such items, and one judged off-topic is never announced: a lost story. Three constructions of
short on-topic copy that rules written for whole articles miss, and the decoys each must keep out:
- a regulatory headline over a lede that names the platform once, bound to the regulatory language ("Ofcom's
  investigation into X"), not as background ("weeks after the regulator opened an investigation into X");
- a short article naming the platform in two of its few sentences;
- the platform's owner answering a regulator that acts on "his platform" ("X's owner mocks Ofcom").
"""

from __future__ import annotations

import pytest

from summariser import relevance, summarise
from summariser._relevance import score_relevance
from summariser._text import split_document


def _relevant(title: str, text: str) -> bool:
    result = score_relevance(split_document(text), title=title)
    assert (result.score >= 0.5) == result.relevant
    # the public entry points judge the same
    assert relevance(text, title=title) == result
    return result.relevant


# --- a regulatory headline over a lede that names the platform once ------------------------------------------------

LEDES = [
    (
        "Ministers lose patience with regulator",
        "Ministers are losing patience with the slow progress of Ofcom's inquiry into X, according to two government "
        "officials.",
    ),
    (
        "Brussels sets new deadline",
        "The European Commission has given xAI until the end of the month to hand over internal documents, officials "
        "said on Thursday.",
    ),
    (
        "Irish regulator refers complaints to Brussels",
        "Coimisiún na Meán has sent a batch of complaints about xAI to the European Commission, the regulator "
        "confirmed on Friday.",
    ),
    (
        "Minister: 'Nobody is above the law'",
        "The digital minister said on Tuesday that no company could ignore the courts. Asked whether X had answered "
        "the ministry's letter, she said a reply was still awaited.",
    ),
    (
        "Senate committee schedules hearing on AI images",
        "The Senate commerce committee will question executives from xAI next week, its chairman said.",
    ),
]


@pytest.mark.parametrize(("title", "lede"), LEDES)
def test_a_regulatory_headline_over_a_lede_naming_the_platform_once_is_relevant(title: str, lede: str) -> None:
    assert _relevant(title, lede)


# --- a short article naming the platform in two of its few sentences ------------------------------------------------

_SEOUL = (
    "South Korea's government will tighten its rules on AI-generated sexual images, the science minister said on "
    "Thursday.\n\n"
    "A draft bill is expected in the spring.\n\n"
    "The Korea Communications Commission issued a warning to xAI last week.\n\n"
    "Grok is available in South Korea through the X app."
)


def test_a_short_article_naming_the_platform_in_two_sentences_is_relevant() -> None:
    assert _relevant("Seoul to tighten rules on AI-made images", _SEOUL)
    summary = summarise(_SEOUL, title="Seoul to tighten rules on AI-made images")
    assert summary.relevance.relevant


def test_a_long_article_naming_the_platform_twice_in_passing_is_not() -> None:
    # the same two sentences in a story eight sentences long: the platform is a detail of it
    filler = (
        "\n\nOfficials said the rules would also cover advertising.\n\nThe minister said schools would get new "
        "guidance.\n\nA public consultation will run for twelve weeks.\n\nCivil liberties groups said they would "
        "respond."
    )
    assert not _relevant("Seoul to tighten rules on AI-made images", _SEOUL + filler)


# --- the owner answering a regulator that acts on "his platform" ---------------------------------------------------


def test_the_owner_answering_an_act_on_his_platform_is_relevant() -> None:
    lede = (
        "X's owner, Elon Musk, has dismissed the European Commission's investigation into his platform as political "
        "theatre."
    )
    assert _relevant("X's owner scoffs at Brussels", lede)


# --- decoys: each construction's near misses stay off-topic ---------------------------------------------------------

DECOYS = [
    # the platform as background to another story
    ("Ofcom fines broadband firm £1.5m", "The fine comes a month after the regulator opened an investigation into X."),
    ("Regulator fines broadband provider", "Ofcom, which is also investigating X, has fined Northway Fibre £1.5m."),
    (
        "Ofcom fines mobile operator £4m",
        "It is the largest penalty since the regulator opened an investigation into X.",
    ),
    # the letter X that is not the platform
    ("Council backs memorial", "The city council has voted to fund a memorial to Malcolm X after a campaign by MPs."),
    ("Ministers promise faster scans", "The government has promised X-ray results within a fortnight under new law."),
    ("Regulator fines rocket company", "The aviation regulator has proposed a fine against SpaceX over its licence."),
    ("Ofcom flooded with complaints", "Ofcom has received 1,500 complaints about the final of The X Factor."),
    ("Judge awards damages in privacy case", "A High Court judge ruled that Ms X was entitled to damages."),
    ("Government unveils pension reforms", "Ministers say the law will help Generation X savers."),
    # the owner's politics, and the platform as a medium
    ("Prime minister rebuffs Musk", "Elon Musk used X to attack the government's plans for an inquiry on Wednesday."),
    ("No 10 stands by inquiry plans", "Elon Musk used X on Wednesday to attack the government's inquiry."),
    ("Police arrest man over threats to MP", "Police arrested a man after threats against an MP were posted on X."),
    ("Government launches online safety consultation", "Ministers asked X users for views on the new law."),
    # the platform one of several a law covers, and the owner's other companies
    (
        "Australia passes under-16 social media law",
        "Parliament has passed a law barring under-16s from platforms including TikTok, Instagram and X.",
    ),
    ("X's owner attacks FAA", "X's owner, Elon Musk, has attacked the FAA's investigation into his rocket company."),
    ("Regulator fines Tesla", "X's owner, Elon Musk, criticised the regulator's investigation into his carmaker."),
]


@pytest.mark.parametrize(("title", "lede"), DECOYS)
def test_near_misses_stay_off_topic(title: str, lede: str) -> None:
    assert not _relevant(title, lede)


def test_a_short_decoy_article_naming_the_platform_twice_as_a_medium_stays_off_topic() -> None:
    body = (
        "Ofcom has fined the broadband provider Northway Fibre £1.5m for overcharging customers.\n\n"
        "Customers complained about the bills in posts on X.\n\n"
        "The company said it had apologised to customers on X and refunded them."
    )
    assert not _relevant("Ofcom fines broadband provider £1.5m", body)
