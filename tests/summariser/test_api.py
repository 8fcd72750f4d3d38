"""The public entry points agree with one another: relevance() and summarise(Article) are shortcuts, not variants."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import summariser
from tests.eval.corpus import load_all

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "summariser"
PAGES = sorted(FIXTURES.glob("*.html"))


@pytest.mark.parametrize("article", load_all(), ids=lambda a: a.slug)
def test_relevance_alone_is_the_summary_relevance(article: object) -> None:
    body, title = article.body, article.title  # type: ignore[attr-defined]
    assert summariser.relevance(body, title=title) == summariser.summarise(body, title=title).relevance


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_an_extracted_article_summarises_like_its_page(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    article = summariser.extract_article(html, url="https://news.example/story")
    assert article.text and article.title
    from_page = summariser.summarise(html, url="https://news.example/story")
    assert summariser.summarise(article, url="https://news.example/story") == from_page
    assert summariser.relevance(html) == from_page.relevance == summariser.relevance(article)


def test_relevance_takes_the_topic() -> None:
    text = "The council fined the bus operator under the Transport Act after complaints about late services."
    assert not summariser.relevance(text).relevant
    buses = summariser.Topic.from_keywords("buses", subjects=["bus operator"], concerns=["fined"])
    assert summariser.relevance(text, topic=buses).relevant


@pytest.mark.parametrize(
    "text",
    [
        '"We will not hesitate to act," said Melanie Dawes, Ofcom\'s chief executive. Ofcom opened an inquiry into'
        " X over Grok images on Monday, and the European Commission fined the platform under the Digital Services Act.",
        "A quiet day in the markets.",
    ],
)
def test_to_dict_is_the_dataclass_json_and_a_copy(text: str) -> None:
    full = summariser.summarise(
        text, title="Ofcom and Grok", url="https://e.example/a", published="2026-01-12T09:00:00+00:00"
    )
    got, expected = full.to_dict(), dataclasses.asdict(full)
    assert got == expected and list(got) == list(expected)
    assert got["entities"] == expected["entities"] and list(got["entities"]) == list(expected["entities"])
    assert [list(q) for q in got["quotes"]] == [list(q) for q in expected["quotes"]]
    got["key_points"].append("changed")  # a copy: the Summary's own lists are untouched
    got["relevance"]["matched"].append("changed")
    assert full.to_dict() == expected


def test_to_dict_of_a_hand_built_summary_is_the_dataclass_json() -> None:
    quote = summariser.Quote("We will act.", "Ofcom", None, False, 0)
    action = summariser.Action("Ofcom", "opened an investigation", "X", "taken", None, "Online Safety Act", 1)
    entities = summariser.Entities(["Melanie Dawes"], ["Ofcom"], ["Online Safety Act"], ["UK"])
    relevance = summariser.Relevance(0.9, True, ["Ofcom"])
    summary = summariser.Summary("T", None, None, None, None, ["a"], [quote], [action], entities, relevance)
    got, expected = summary.to_dict(), dataclasses.asdict(summary)
    assert got == expected and list(got) == list(expected)
    assert [list(a) for a in got["actions"]] == [[f.name for f in dataclasses.fields(summariser.Action)]]
    assert [list(q) for q in got["quotes"]] == [[f.name for f in dataclasses.fields(summariser.Quote)]]
    assert list(got["relevance"]) == ["score", "relevant", "matched"]
    # tuples where the model has lists (a hand-built summary) are left as they are, their items too
    odd = dataclasses.replace(summary, key_points=("a",), quotes=(quote,))  # type: ignore[arg-type]
    assert odd.to_dict()["key_points"] == ("a",) and odd.to_dict()["quotes"] == (quote,)
    assert odd.to_dict()["actions"] == expected["actions"]


def test_the_fast_model_builders_make_the_dataclasses_their_constructors_make() -> None:
    from summariser._model import new_entities, new_relevance, new_summary

    entities = new_entities(["A B"], ["Ofcom"], ["Online Safety Act"], ["UK"])
    assert entities == summariser.Entities(["A B"], ["Ofcom"], ["Online Safety Act"], ["UK"])
    relevance = new_relevance(0.5, True, ["X"])
    assert relevance == summariser.Relevance(0.5, True, ["X"])
    quote = summariser.Quote("We will act.", "Ofcom", None, False, 0)
    args = ("T", "u", "2026-01-12", "site", "by", ["k"], [quote], [], entities, relevance)
    built = new_summary(*args)
    assert built == summariser.Summary(*args) and repr(built) == repr(summariser.Summary(*args))
    for frozen, name in ((entities, "laws"), (relevance, "score"), (built, "title")):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(frozen, name, None)
