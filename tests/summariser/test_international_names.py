"""People's names from many countries as speakers: letters beyond Latin-1, particles, hyphens, unknown given names.

Each paragraph is written for this test; the speaker is the canonical name, or None where a guess would be wrong.
"""

from __future__ import annotations

import pytest

from summariser import summarise
from summariser._givennames import gender_of_first_name
from summariser._names import build_name_index
from summariser._text import split_document

CASES: list[tuple[str, str | None]] = [
    # letters beyond Latin-1: Czech, Polish, Turkish, Romanian, Latvian, Hungarian, Vietnamese, Croatian
    ('Věra Jourová said the case was "a test of whether our rules mean anything at all".', "Věra Jourová"),
    (
        'Łukasz Kowalczyk, a deputy digital minister, said Warsaw would "ask Brussels to act quickly".',
        "Łukasz Kowalczyk",
    ),
    ('Ahmet Yılmaz, the head of the Turkish regulator, said a ban was "a measure of last resort".', "Ahmet Yılmaz"),
    (
        '"We will not be intimidated by a tech billionaire," said Ioana Ştefănescu, a Romanian senator.',
        "Ioana Ştefănescu",
    ),
    ('Jānis Bērziņš, a Latvian MEP, said the commission was "moving far too slowly on this".', "Jānis Bērziņš"),
    ('Zoltán Kovács said the government "will defend Hungarian families from this abuse".', "Zoltán Kovács"),
    ('Nguyễn Thị Lan said the agency would "review the platform within a matter of weeks".', "Nguyễn Thị Lan"),
    ('Ivana Šimić, a lawyer in Zagreb, said victims were "left with nowhere to turn".', "Ivana Šimić"),
    ('Mirela Ţurcanu told reporters the fine was "far too small to change anything".', "Mirela Ţurcanu"),
    # particles
    ('Senator Bato dela Rosa said the platform had "ignored every warning from our agencies".', "Bato dela Rosa"),
    ('Seán Ó Fearghaíl said the matter was "one for the whole house to consider".', "Seán Ó Fearghaíl"),
    ('Máire Ní Bhriain said the bill was "a long time coming for survivors".', "Máire Ní Bhriain"),
    ('Siti Aisyah binti Abdullah said the images were "a grave insult to every family".', "Siti Aisyah binti Abdullah"),
    ('Mohd Rizal bin Hassan said the ministry was "watching the platform very closely".', "Mohd Rizal bin Hassan"),
    ('Omar al-Rashid said the authority would "not hesitate to block the service".', "Omar al-Rashid"),
    ('Karim el-Masri, a Cairo lawyer, said the law "already covers this kind of abuse".', "Karim el-Masri"),
    ('Ana Paula dos Santos said the court would "hear the case early next month".', "Ana Paula dos Santos"),
    ('Pieter van der Berg said the regulator was "right to act without any delay".', "Pieter van der Berg"),
    ('Ashley St Clair said the images were "a violation I never agreed to".', "Ashley St Clair"),
    ('Ciarán Mac Aodha said the regulator was "far too slow to act on this".', "Ciarán Mac Aodha"),
    # hyphenated and surname-first names
    ('Park Jae-hoon, a lawmaker in Seoul, said the company had "failed to protect children".', "Park Jae-hoon"),
    ('Kim Min-ji said the new rules were "long overdue for victims of abuse".', "Kim Min-ji"),
    ('Rainer Müller-Schönberg said the statute "already covers this kind of image".', "Rainer Müller-Schönberg"),
    ('Tabata Amaral said the platform was "profiting from the abuse of women".', "Tabata Amaral"),
    # unknown given names in strong person constructions
    (
        'Ryo Takahashi of the Japanese digital agency said officials were "studying every option on the table".',
        "Ryo Takahashi",
    ),
    (
        'Sota Nakamura, of the Japanese digital agency, said officials were "studying every option we have".',
        "Sota Nakamura",
    ),
    (
        'Aleid Wolfsen, the chair of the Dutch privacy authority, said it was "plainly unlawful across Europe".',
        "Aleid Wolfsen",
    ),
    ('"The platform has had every chance to fix this," said Dagny Holmqvist, a Swedish MP.', "Dagny Holmqvist"),
    ('Olusegun Adeyemi, a campaigner in Lagos, said women were "being driven offline by abuse".', "Olusegun Adeyemi"),
    # unknown titles before a known given name; names that keep every word
    ('Tánaiste Simon Harris said the images were "deeply disturbing and entirely unacceptable".', "Simon Harris"),
    ('Kwame Anthony Appiah said the row was "a test of what free speech means".', "Kwame Anthony Appiah"),
    ('Recep Tayyip Erdoğan said the platform was "a threat to our families".', "Recep Tayyip Erdoğan"),
    ('Bola Ahmed Tinubu said the government would "take every step needed".', "Bola Ahmed Tinubu"),
    ('Billie Jean Moreau said the images were "humiliating for every woman".', "Billie Jean Moreau"),
    ('Dorrie Ann Kowalski said the ruling was "a relief for our whole family".', "Dorrie Ann Kowalski"),
    # no person named: null, never a body from elsewhere in the article
    ('Minister Harris described the images as "vile and degrading to women".', None),
]

# the body named first must never take a quote of an unnamed foreign body or of a person it cannot see
EARLIER_BODY: list[tuple[str, str | None]] = [
    (
        "Ofcom opened an inquiry last week.\n\nRyo Takahashi, of the Japanese digital agency, said officials "
        'were "studying every option on the table".',
        "Ryo Takahashi",
    ),
    (
        'Ofcom opened an inquiry last week.\n\nThe Japanese digital agency said officials were "studying every option '
        'on the table".',
        None,
    ),
    (
        "Ofcom opened an inquiry last week.\n\nBato Yuzon of the Manila cybercrime unit said investigators "
        'were "tracing every account involved".',
        "Bato Yuzon",
    ),
    (
        "Tánaiste Simon Harris met campaigners on Monday.\n\nMinister Harris described the images as "
        '"vile and degrading to women everywhere".',
        "Simon Harris",
    ),
]


# an unknown given name ("Sota") is a person when the construction says so
_OPTIONS = '"studying every option on the table"'
CONSTRUCTIONS: list[str] = [
    '"We are studying every option on the table," said Sota Nakamura of the Japanese digital agency.',
    f"Sota Nakamura, who heads the agency's review, said officials were {_OPTIONS}.",
    f"Speaking to NHK, Sota Nakamura said officials were {_OPTIONS}.",
    f"Sota Nakamura, deputy director general at the agency, said officials were {_OPTIONS}.",
    f"Sota Nakamura explained that officials were {_OPTIONS}.",
    f"According to Sota Nakamura, officials were {_OPTIONS}.",
    f"Officials were {_OPTIONS}, Sota Nakamura of the digital agency said.",
]


@pytest.mark.parametrize("text", CONSTRUCTIONS)
def test_unknown_given_name_in_a_person_construction(text: str) -> None:
    assert _speaker("Ofcom opened an inquiry last week.\n\n" + text) == "Sota Nakamura"


def _speaker(text: str) -> str | None:
    quotes = summarise(text).quotes
    assert quotes, text
    return quotes[0].speaker


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_international_speakers(text: str, speaker: str | None) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(("text", "speaker"), EARLIER_BODY)
def test_no_earlier_body_takes_the_quote(text: str, speaker: str | None) -> None:
    assert _speaker(text) == speaker


def test_accented_given_names_keep_their_gender() -> None:
    assert gender_of_first_name("Zoltán") == "m"
    assert gender_of_first_name("Łukasz") == "m"
    assert gender_of_first_name("Věra") == "f"
    assert gender_of_first_name("Ngozi") is None


def test_unknown_title_is_the_role_not_the_name() -> None:
    index = build_name_index(split_document("Tánaiste Simon Harris said the country would act."))
    assert index.people() == ["Simon Harris"]
    assert index.role_of("Simon Harris") == "tánaiste"


def test_proper_modifier_must_be_tied_to_the_antecedent() -> None:
    text = (
        "Ofcom, the UK regulator, opened an inquiry.\n\n"
        "The UK regulator said it would act. The Irish regulator said so too."
    )
    doc = split_document(text)
    index = build_name_index(doc)
    last = len(doc.sentences) - 1
    assert index.resolve("the UK regulator", sentence=last - 1) == "Ofcom"
    assert index.resolve("the Irish regulator", sentence=last) is None


@pytest.mark.parametrize(
    ("full", "later"),
    [
        ("Park Jae-hoon", "Mr Park"),
        ("Xi Jinping", "Mr Xi"),
        ("Li Qiang", "Li"),
        ("Kim Min-ji", "Ms Kim"),
        ("Nguyễn Thị Lan", "Ms Lan"),
        ("Seán Ó Fearghaíl", "Mr Ó Fearghaíl"),
        ("Bato dela Rosa", "Dela Rosa"),
        ("Omar al-Rashid", "Mr al-Rashid"),
        ("Pieter van der Berg", "Van der Berg"),
    ],
)
def test_later_references_resolve_to_the_full_name(full: str, later: str) -> None:
    text = (
        f"{full}, a lawmaker, criticised the company on Monday.\n\n"
        f'{later} said officials were "studying every option on the table".'
    )
    assert _speaker(text) == full
