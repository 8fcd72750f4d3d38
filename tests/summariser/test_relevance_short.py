"""Relevance of short feed items: a headline alone, or with a one-sentence snippet, judged before any page is fetched.

A story judged off-topic on its feed text is never fetched in full, so headlines in which a government acts on the
platform ("Malaysia restricts access to Grok", "Japan urges X to tighten Grok controls") or the platform answers one
("X agrees to curb Grok after French pressure") must be relevant by themselves.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summariser import DEFAULT_TOPIC, Topic
from summariser._relevance import score_relevance
from summariser._text import split_document

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "summariser" / "relevance_short_items.json"

# out of reach for now: a nominal order with a modifier in between ("issues correction order to X", "gives X
# deadline"), and a bare "X" after "for" with nothing else naming the platform
KNOWN_MISSES = {
    "Singapore issues correction order to X",
    "Downing Street says all options on table for X",
    "Kuala Lumpur gives X deadline to register",
    # the platform named as a medium two words before the medium word ("X fashion account")
    "German minister's wife launches X fashion account",
}


def _relevant(title: str, snippet: str | None = None, topic: Topic = DEFAULT_TOPIC) -> bool:
    # as the poller does: the feed's text (the snippet, or the headline again when there is none) under the headline
    result = score_relevance(split_document(snippet or title), title=title, topic=topic)
    assert (result.score >= 0.5) == result.relevant
    return result.relevant


def _items() -> list[dict[str, object]]:
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    items: list[dict[str, object]] = data["items"]
    return items


def test_short_item_set_is_well_formed_and_large_enough() -> None:
    items = _items()
    titles = [str(item["title"]) for item in items]
    assert len(titles) == len(set(titles))
    assert all(set(item) <= {"title", "snippet", "relevant", "batch"} for item in items)
    assert all(item["batch"] in ("dev", "fresh", "fresh2", "fresh3") for item in items)
    assert sum(item["relevant"] is True for item in items) >= 120
    assert sum(item["relevant"] is False for item in items) >= 120
    assert set(titles) >= KNOWN_MISSES


def test_short_items_are_judged_right_except_the_known_misses() -> None:
    wrong = set()
    for item in _items():
        title, snippet = str(item["title"]), item.get("snippet")
        if _relevant(title, str(snippet) if snippet else None) is not item["relevant"]:
            wrong.add(title)
    assert wrong == KNOWN_MISSES, sorted(wrong ^ KNOWN_MISSES)


# --- the constructions, with sentences of their own ---------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Chile restricts Grok on public computers",  # a country acting
        "Oslo urges X to act on bot networks",  # a capital standing for its government
        "Nevada quietly blocks xAI's chatbot",  # an adverb between the authority and its act
        "Estonia's media regulator orders X to hide accounts",  # a body of government between them
        "Iceland considers banning Grok for children",  # a verb of intent between them
        "GUATEMALA? No: PERU SUMMONS X",  # all capitals
        "Sri Lanka tells X to remove posts",  # a two-word place
    ],
)
def test_an_authority_acting_on_the_subject_is_relevant(title: str) -> None:
    assert _relevant(title)


@pytest.mark.parametrize(
    "title",
    [
        "X suspends Grok in Ecuador",  # the subject answering for itself
        "xAI curbs Grok after Norwegian pressure",  # a people's pressure
        "X complies with Uruguay and restores accounts",
        "X backs down in Portugal after backlash",
        "Dutch cabinet stops posting on X",  # on what people post there, as the act's object
    ],
)
def test_the_subject_answering_a_government_is_relevant(title: str) -> None:
    assert _relevant(title)


@pytest.mark.parametrize(
    "title",
    [
        "Chilean fans ask Grok to pick the cup winner",  # a people, but no government acting
        "Grok launches in Ecuador",  # a place, no act
        "Norway's chess champion quits X",  # the act is a person's
        "X removes blue ticks from Irish celebrities",  # a product change, no regulatory word
        "Peru asks Meta and X to remove scam ads",  # a rival the act may be aimed at
        "Senator's X account hacked as police investigate",  # an act after a mere mention of the medium
        "Police warn of scam on X",  # the medium too far from the act to be what it is done to
        "UK hit by X outage",  # done to the place, not by it
        "Slovak band plays a gig streamed on X",  # "band" is not "ban"
        "Twitter/X users mock minister's budget slogan",  # the platform as a medium, written two ways
    ],
)
def test_places_and_people_without_a_government_act_on_the_subject_are_not_relevant(title: str) -> None:
    assert not _relevant(title)


def test_a_bare_x_acted_on_by_a_government_is_the_platform() -> None:
    assert _relevant("Japan urges X to tighten controls")
    assert _relevant("X threatens legal action against Ofcom")
    assert not _relevant("Country X imposes tariffs in economists' model")


def test_custom_topics_get_the_built_in_governments_or_their_own() -> None:
    buses = Topic.from_keywords("buses", subjects=["Stagecoach"], concerns=["regulator", "fine"])
    assert _relevant("Wales orders Stagecoach to restore rural routes", topic=buses)
    assert not _relevant("Stagecoach adds routes in Wales", topic=buses)
    quiet = Topic.from_keywords("buses", subjects=["Stagecoach"], concerns=["regulator"], authorities=[])
    assert not _relevant("Wales orders Stagecoach to restore rural routes", topic=quiet)


@pytest.mark.parametrize(
    ("title", "relevant"),
    [
        ("X suspends Grok in Malaysia - Malay Mail", True),
        ("Japan urges X to tighten Grok controls - The Japan Times", True),
        ("X removes Grok image feature - The Japan Times", False),  # a publisher, not a place the subject answers
        ("xAI pauses Grok Imagine  Korea Herald", False),  # as Google News puts the publisher after the headline
    ],
)
def test_a_publishers_name_after_the_headline_is_not_a_government(title: str, relevant: bool) -> None:
    assert _relevant(title) is relevant


@pytest.mark.parametrize(
    ("title", "snippet"),
    [
        ("Japan steps in", "Japan urged X on Tuesday to tighten controls on its Grok chatbot."),
        ("Kuala Lumpur acts", "Malaysia has restricted access to Grok, the chatbot made by Elon Musk's xAI."),
    ],
)
def test_a_snippet_with_a_government_acting_carries_a_vague_headline(title: str, snippet: str) -> None:
    assert _relevant(title, snippet)
