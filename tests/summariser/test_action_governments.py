"""Which government "the government" is: the one the speaker or subject in focus serves, else the country the article
names most, and nobody when two countries are named equally often and nothing nearby tells them apart.

Sentences are written for these tests in the style of international wire copy.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from summariser._actor_governments import nation_in
from tests.summariser.action_helpers import pairs_in

PUBLISHED = datetime(2026, 3, 4, 9, 30, tzinfo=UTC)
_pairs = partial(pairs_in, published=PUBLISHED)


def test_the_government_follows_the_speakers_country_not_the_most_named() -> None:
    text = (
        "Lindiwe Mokoena, the South African communications minister, told parliament in Pretoria that her office "
        "had logged complaints from South Africa's schools.\n\n"
        "In Oslo, the mood has hardened. Norway's digital affairs minister, Ingrid Solberg, called the images "
        '"repugnant".\n\n'
        'Solberg added that the government was considering "all options, including a temporary suspension".'
    )
    assert ("Norway", "planned") in _pairs(text)
    assert all(actor != "South Africa" for actor, status in _pairs(text) if status == "planned")


def test_a_possessive_role_in_the_sentence_names_the_government() -> None:
    text = (
        "Germany's digital minister has written to the platform. The Italian regulator issued a warning.\n\n"
        "France's digital affairs minister said the government had referred the posts to prosecutors."
    )
    assert ("France", "taken") in _pairs(text)


def test_two_countries_named_equally_often_give_no_government() -> None:
    text = (
        "Officials in Kenya and Nigeria have been studying the images for a week.\n\n"
        "A spokesperson said the government was preparing a formal complaint to the company."
    )
    assert _pairs(text) == []


def test_a_tie_is_broken_by_the_country_mentioned_last_in_the_paragraph() -> None:
    text = (
        "Regulators in Kenya and Nigeria have opened inquiries. Kenyan officials met the company in Nairobi.\n\n"
        "The Nigerian communications agency is still gathering evidence. In Abuja, a deadline was set. Separately, "
        "the government has banned the app on official phones."
    )
    assert ("Nigeria", "taken") in _pairs(text)


def test_a_ministers_quoted_we_is_the_government_of_their_country() -> None:
    text = (
        "Britain's Ofcom is investigating, and ministers in London have been briefed.\n\n"
        "Norway's digital affairs minister, Ingrid Solberg, was blunter. "
        '"We will ban the tool from every government device this week," Solberg said.'
    )
    assert ("Norway", "announced") in _pairs(text) or ("Norway", "planned") in _pairs(text)


def test_nation_in_reads_one_country_from_a_role() -> None:
    assert nation_in("South African communications minister") == "South Africa"
    assert nation_in("UK technology secretary") == "UK government"
    assert nation_in("digital affairs minister") is None
    assert nation_in("Dutch and Belgian ministers") is None  # two countries: no one government
