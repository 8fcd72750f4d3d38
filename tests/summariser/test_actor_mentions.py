"""`_actor_mentions.OrgMentions`: which lexicon bodies an article names, how often and where."""

from __future__ import annotations

from summariser._actor_mentions import OrgMentions
from summariser._text import split_document

_TEXT = (
    "The Commission for Gender Equality said it had received complaints about Grok. "
    "Ofcom opened an investigation into X on Monday. "
    "The European Commission on Tuesday asked X for documents, and Ofcom said it would report in March."
)


def test_an_alias_heading_a_longer_name_is_no_mention() -> None:
    counts = OrgMentions(split_document(_TEXT)).counts()
    assert counts == {"Ofcom": 2, "X": 2, "European Commission": 1}  # not 2: "for Gender Equality" goes on


def test_most_named_counts_every_mention() -> None:
    mentions = OrgMentions(split_document(_TEXT))
    assert mentions.most_named(lambda name: name != "X") == "Ofcom"
    assert mentions.most_named(lambda name: "Commission" in name) == "European Commission"
    assert mentions.most_named(lambda name: name == "Garante") is None


def test_most_named_before_sees_only_earlier_mentions() -> None:
    mentions = OrgMentions(split_document(_TEXT))
    assert mentions.most_named_before(lambda name: "Commission" in name, 1, 0) is None  # named only in sentence 2
    assert mentions.most_named_before(lambda name: name != "X", 2, 0) == "Ofcom"
    placed = [(j, name) for j, _, name in mentions.placed() if name != "X"]
    assert placed == [(1, "Ofcom"), (2, "European Commission"), (2, "Ofcom")]
