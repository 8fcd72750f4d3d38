"""Speaker resolution: pronoun chains, organisations, spokespeople and the cases that must stay None."""

from __future__ import annotations

from summariser._names import build_name_index
from summariser._quotes import extract_quotes
from summariser._speakers import SpeakerResolver
from summariser._text import split_document


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(split_document(text))]


def _interpret(text: str, phrase: str) -> str | None:
    doc = split_document(text)
    resolver = SpeakerResolver(doc, build_name_index(doc))
    para = len(doc.paragraphs) - 1
    start = doc.paragraphs[para].index(phrase)
    found = resolver.interpret(para, start, start + len(phrase))
    return found.speaker if found else None


def test_pronoun_chain_keeps_the_speaker() -> None:
    text = (
        'Fahmi Fadzil told reporters in Putrajaya: "We gave the company two chances."\n\n'
        '"They chose to rely on users to report the problem," he said.\n\n'
        'He added: "That is not good enough for Malaysia."'
    )
    assert _speakers(text) == ["Fahmi Fadzil"] * 3


def test_pronoun_prefers_the_last_speaker_when_nobody_new_is_named() -> None:
    text = (
        "Kemi Badenoch accused Keir Starmer of dithering.\n\n"
        'Mr Starmer replied: "We have acted faster than any government before us."\n\n'
        '"And we will go further," he said.'
    )
    assert _speakers(text) == ["Keir Starmer", "Keir Starmer"]


def test_gender_neutral_they_is_none_with_several_people_in_view() -> None:
    text = (
        "Alex Morgan and Sam Patel run the campaign.\n\n"
        '"We have heard from hundreds of victims since January," they said.'
    )
    assert _speakers(text) == [None]


def test_the_regulator_resolves_to_the_one_regulator_named() -> None:
    text = (
        "Coimisiún na Meán has written to X about the images.\n\n"
        '"We are engaging with the platform as a matter of urgency," the regulator said.'
    )
    assert _speakers(text) == ["Coimisiún na Meán"]


def test_the_company_is_none_with_two_companies_in_view() -> None:
    text = (
        "Meta and Google both faced questions from the committee.\n\n"
        '"We have invested heavily in safety tools this year," the company said.'
    )
    assert _speakers(text) == [None]


def test_spokesperson_for_an_unlisted_organisation_uses_its_name() -> None:
    text = '"We are reviewing the footage carefully," said a spokesperson for the Royal Borough Council.'
    assert _speakers(text) == ["Royal Borough Council"]


def test_spokeswoman_for_a_description_stays_anonymous() -> None:
    text = '"Tickets sold out in an hour for the whole tour," a spokeswoman for the promoters said.'
    assert _speakers(text) == ["a spokeswoman for the promoters"]


def test_one_official_becomes_an_indefinite_speaker() -> None:
    text = '"This is not going away any time soon," one senior official said.'
    assert _speakers(text) == ["a senior official"]


def test_possessor_is_not_the_speaker() -> None:
    text = (
        "Elon Musk owns X. Mr Musk's lawyer, Alex Spiro, wrote to the committee.\n\nMr Musk's lawyer wrote the letter."
    )
    assert _interpret(text, "Mr Musk's lawyer") is None


def test_name_with_role_phrase_resolves_to_the_person() -> None:
    text = "Ofcom chief executive Melanie Dawes appeared before MPs.\n\nOfcom chief executive Melanie Dawes"
    assert _interpret(text, "Ofcom chief executive Melanie Dawes") == "Melanie Dawes"


def test_prime_ministers_spokesperson_is_downing_street() -> None:
    text = (
        "Keir Starmer is under pressure.\n\n"
        'The prime minister\'s official spokesperson said: "We will not comment on leaked documents."'
    )
    assert _speakers(text) == ["Downing Street"]
