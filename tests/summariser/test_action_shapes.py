"""Bodies the lexicon does not know, acting: recognised by the shape of their names (a capitalised name ending in an
institution's head, a foreign institution word) or by the description the copy sets beside them; later references
("it", "the tribunal", "the prosecutor's office") to the one such body in view.

Sentences are written for these tests in the style of wire, UK, EU and Asian news copy.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import pytest

from summariser._actor_shapes import headed_by, learned_bodies, official_by_shape, shape_spans
from tests.summariser.action_helpers import actions_in, actors_in, pair_set

PUBLISHED = datetime(2026, 3, 4, 9, 30, tzinfo=UTC)
_pairs = partial(pair_set, published=PUBLISHED)
_actors = partial(actors_in, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "SEOUL - The Korea Communications Standards Commission on Tuesday ordered X to take down 312 sexualised "
            "images generated with Grok.",
            ("Korea Communications Standards Commission", "taken"),
        ),
        (
            "The National Police Agency said it had opened an investigation into accounts that shared the images.",
            ("National Police Agency", "taken"),
        ),
        (
            "The Hamburg Commissioner for Data Protection and Freedom of Information opened proceedings against "
            "xAI last week.",
            ("Hamburg Commissioner for Data Protection and Freedom of Information", "taken"),
        ),
        (
            "The European Data Protection Supervisor said it would examine whether Grok's training complied with "
            "the rules.",
            ("European Data Protection Supervisor", "planned"),
        ),
        # a name the description beside it introduces: the name acts, not the country the description names
        (
            "BERLIN - Germany's network regulator, the Bundesnetzagentur, has opened proceedings against X under "
            "the Digital Services Act.",
            ("Bundesnetzagentur", "taken"),
        ),
        (
            "Datatilsynet, Norway's data protection authority, has ordered X to stop processing the photographs "
            "of Norwegian users.",
            ("Datatilsynet", "taken"),
        ),
        (
            "ROME - Italy's data protection authority, the Garante per la protezione dei dati personali, has "
            "ordered xAI to stop processing the personal data of people in Italy.",
            ("Garante per la protezione dei dati personali", "taken"),
        ),
        # a single foreign institution word
        (
            "The Bundeskartellamt has launched a review of xAI's deal with X.",
            ("Bundeskartellamt", "taken"),
        ),
    ],
)
def test_body_named_by_shape_acts(text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text)


def test_country_of_the_description_is_not_credited_when_the_body_is_named() -> None:
    text = "Germany's network regulator, the Bundesnetzagentur, has opened proceedings against X."
    assert "Germany" not in _actors(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Germany's network regulator, the Bundesnetzagentur, wrote to X in January. On Monday the "
            "Bundesnetzagentur opened formal proceedings against the platform.",
            ("Bundesnetzagentur", "taken"),
        ),
        (
            "The Competition Appeal Tribunal heard X's challenge in March. The tribunal dismissed the appeal on "
            "Friday.",
            ("Competition Appeal Tribunal", "taken"),
        ),
        (
            "The Paris prosecutor's office has been investigating X since January. The prosecutor's office opened "
            "a second investigation into the platform on Tuesday.",
            ("Paris prosecutor's office", "taken"),
        ),
    ],
)
def test_later_reference_is_the_body_named_before(text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text)


def test_bare_prosecutors_office_is_never_an_actor_of_its_own() -> None:
    text = (
        "The Paris prosecutor's office has been investigating X since January. The prosecutor's office opened "
        "a second investigation on Tuesday."
    )
    assert "prosecutor's office" not in _actors(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a body that names a report, a hearing, or is the object of the act: no action of its own
        (
            "The Commission for Racial Equality report said X had failed to act on abuse.",
            "Commission for Racial Equality",
        ),
        ("A Senate hearing examined X's handling of the images on Tuesday.", "Senate"),
        (
            "X sued the Korea Communications Standards Commission on Monday.",
            "Korea Communications Standards Commission",
        ),
        # a person beside a description of their office is a person, not a body named by shape
        (
            "Anika Wells, Australia's communications minister, said the government would back the regulator.",
            "Anika Wells, Australia's communications minister",
        ),
    ],
)
def test_no_body_where_none_acts(text: str, absent: str) -> None:
    assert absent not in _actors(text)


@pytest.mark.parametrize(
    "text",
    [
        "Separately, the country's data protection regulator, which opened an inquiry in January, said it would act.",
        "Tuesday, the country's data protection regulator, said it would act.",
    ],
)
def test_sentence_openers_are_not_names(text: str) -> None:
    assert shape_spans(text) == []


def test_acronym_in_apposition_is_left_to_the_lexicon() -> None:
    spans = shape_spans("Brazil's data protection authority, the ANPD, is investigating.")
    assert all(span.canonical != "ANPD" for span in spans)


def test_learned_bodies_are_only_names_the_lexicon_lacks() -> None:
    texts = [
        "Ofcom, Britain's media regulator, said it was assessing the images.",
        "Datatilsynet, Norway's data protection authority, has written to X.",
    ]
    assert learned_bodies(texts) == frozenset({"Datatilsynet"})


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The National Commission for Women took note of the images on Monday. The commission issued a notice "
            "to X on Tuesday.",
            ("National Commission for Women", "taken"),
        ),
        (
            "Officials at the Ministry of Communication and Digital Affairs said they had summoned X's "
            "representatives.",
            ("Ministry of Communication and Digital Affairs", "taken"),
        ),
        (
            "The Korea Communications Standards Commission received complaints in January. On Wednesday, it "
            "ordered X to remove 300 images.",
            ("Korea Communications Standards Commission", "taken"),
        ),
    ],
)
def test_reference_to_the_one_body_in_view(text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        # two bodies open the sentence before: "it" could be either, so nobody is credited
        "The Korea Communications Standards Commission and the Personal Information Protection Commission received "
        "complaints in January. On Wednesday, it ordered X to remove 300 images.",
        # two commissions in view: "the commission" is neither
        "The Korea Communications Standards Commission received complaints in January. The Personal Information "
        "Protection Commission said it was aware of them. The commission ordered X to remove 300 images.",
    ],
)
def test_reference_with_two_bodies_in_view_is_nobody(text: str) -> None:
    assert {a.actor for a in actions_in(text, PUBLISHED) if a.action.startswith("ordered")} == set()


@pytest.mark.parametrize(
    ("name", "tail", "expected"),
    [
        ("National Commission for Women", " commission", True),
        ("Council of the European Union", " council", True),
        ("Cardiff Council", " council", True),
        ("Commission nationale de l'informatique", " council", False),
        ("Federal Trade Commission", " board", False),
        ("Commissioner for Children", " commission", False),
    ],
)
def test_headed_by(name: str, tail: str, expected: bool) -> None:
    assert headed_by(name, tail) is expected


@pytest.mark.parametrize(
    "body",
    ["The Paris prosecutor's office", "The Bundesnetzagentur", "The State Media Council of Hungary"],
)
def test_letter_of_a_public_body_named_by_shape_is_an_act(body: str) -> None:
    text = f"{body} has also written to xAI demanding information about how Grok's image tools were tested."
    assert (body.removeprefix("The "), "taken") in _pairs(text)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Paris prosecutor's office", True),
        ("State Media Council of Hungary", True),
        ("Danish Agency for Digital Government", True),
        ("Bundesnetzagentur", True),
        ("Autoriteit Persoonsgegevens", True),
        ("Consumer Federation of America", False),
        ("Image Consent Alliance", False),
    ],
)
def test_official_by_shape(name: str, expected: bool) -> None:
    assert official_by_shape(name) is expected


def test_possessive_of_a_foreign_institution_word_owns_the_investigation() -> None:
    text = "The Bundesnetzagentur's investigation into X, opened in January, is continuing."
    assert ("Bundesnetzagentur", "taken") in _pairs(text)


def test_the_regulator_is_the_public_body_named_by_shape_just_before() -> None:
    text = (
        "The State Media Council of Hungary received hundreds of complaints in January. The regulator has since "
        "ordered X to remove the images."
    )
    assert ("State Media Council of Hungary", "taken") in _pairs(text)


def test_the_regulator_is_never_a_prosecutors_office() -> None:
    text = (
        "The Paris prosecutor's office received hundreds of complaints in January. The regulator has since ordered "
        "X to remove the images."
    )
    assert "Paris prosecutor's office" not in {a.actor for a in actions_in(text, PUBLISHED) if "ordered" in a.action}


def test_it_in_a_second_reported_clause_after_another_body_is_nobody() -> None:
    # "it" may be Ofcom (the speaker) or X (named in the first clause): never X by nearness
    text = "Ofcom said X had failed to comply and that it would take enforcement action."
    assert ("X", "announced") not in _pairs(text)


def test_it_in_a_second_reported_clause_of_the_speaker_alone_is_the_speaker() -> None:
    text = "Ofcom said it had opened an investigation and that it would publish an update in the spring."
    assert ("Ofcom", "announced") in _pairs(text)
