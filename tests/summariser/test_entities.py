"""Entities: canonical people, organisations, laws and places, first-mention order, no duplicates."""

from __future__ import annotations

from summariser._entities import extract_entities
from summariser._text import split_document

ARTICLE = (
    "Ofcom has opened an investigation into X under the Online Safety Act, the regulator said on Monday.\n\n"
    "Technology Secretary Liz Kendall told MPs in London that the OSA gave Ofcom the powers it needed. "
    "Ms Kendall said the Crime and Policing Bill would also ban nudification apps.\n\n"
    "In Brussels, the European Commission said its Digital Services Act case against X was continuing. "
    "Elon Musk, who owns X, said the UK was hostile to free speech. Mr Musk also criticised Australia.\n\n"
    "Campaigners cited the Protection of Children Act 1978."
)


def test_entities_are_canonical_ordered_and_unique() -> None:
    ents = extract_entities(split_document(ARTICLE))
    assert ents.people == ["Liz Kendall", "Elon Musk"]
    assert ents.organisations[:3] == ["Ofcom", "X", "European Commission"]
    assert ents.laws == [
        "Online Safety Act",
        "Crime and Policing Bill",
        "Digital Services Act",
        "Protection of Children Act 1978",
    ]
    assert ents.places == ["London", "Brussels", "UK", "Australia"]


def test_empty_document_has_no_entities() -> None:
    ents = extract_entities(split_document(""))
    assert (ents.people, ents.organisations, ents.laws, ents.places) == ([], [], [], [])


def test_decoy_x_words_are_not_the_platform() -> None:
    ents = extract_entities(split_document("The X Factor returns to ITV. Malcolm X's daughter spoke in Harlem."))
    assert "X" not in ents.organisations
