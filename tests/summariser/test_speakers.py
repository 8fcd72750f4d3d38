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


def test_participle_clause_belongs_to_the_sentence_subject() -> None:
    text = (
        "Lord Holbrook, for the Conservatives, backed the amendment, "
        'arguing that ministers had left it "gathering dust for two years".'
    )
    assert _speakers(text) == ["Lord Holbrook"]


def test_acronym_introduced_in_brackets_names_the_organisation_later() -> None:
    text = (
        "The Australian Communications and Media Authority (ACMA) wrote to the platform on Friday.\n\n"
        '"The responses we received relied almost entirely on user reports," the ACMA said.'
    )
    assert _speakers(text) == ["Australian Communications and Media Authority"]


def test_force_spokesperson_is_the_police_force_in_view() -> None:
    text = (
        "Thames Valley Police said officers had arrested a 31-year-old man.\n\n"
        '"We would urge anyone affected to come forward," a force spokesperson said.'
    )
    assert _speakers(text) == ["Thames Valley Police"]


def test_the_diplomat_refers_back_to_the_described_source() -> None:
    text = (
        "A diplomat from one EU member state said the Commission was under pressure to act quickly. "
        '"Everybody is watching to see whether Brussels blinks," the diplomat said.'
    )
    assert _speakers(text) == ["a diplomat from one EU member state"]


def test_claim_of_a_named_person_is_theirs() -> None:
    text = (
        "Elon Musk has attacked the rules.\n\n"
        'Asked about Mr Musk\'s claim that Britain was "a police state that arrests people for posts", '
        'the minister said: "That is nonsense."'
    )
    quotes = _speakers(text)
    assert quotes[0] == "Elon Musk"


def test_famous_surname_without_a_full_name() -> None:
    text = '"This is censorship dressed up as safety," Mr Musk wrote on Saturday.'
    assert _speakers(text) == ["Elon Musk"]


def test_person_known_by_one_name_with_an_age() -> None:
    text = (
        "Ellie, 20, from Norwich, found the image on Tuesday.\n\n"
        '"I felt sick when I saw what they had done to my photo," she said.'
    )
    assert _speakers(text) == ["Ellie"]


def test_participial_apposition_does_not_compete_with_the_subject() -> None:
    text = (
        "Liz Kendall criticised the platform.\n\n"
        'Elon Musk, responding to Ms Kendall, said: "This is an attack on free speech and everyone knows it."'
    )
    assert _speakers(text) == ["Elon Musk"]


def test_the_doctor_refers_back_to_a_doctor_introduced_earlier() -> None:
    text = (
        "A doctor at the field hospital told reporters that supplies had run out.\n\n"
        '"We are operating without anaesthetic on some days," the doctor said.'
    )
    assert _speakers(text) == ["a doctor at the field hospital"]


def test_a_document_is_not_an_anonymous_person() -> None:
    text = (
        "A filing in the Northern District of California set out the claims.\n\n"
        '"The defendant knew and chose to do nothing at all," the filing said.'
    )
    assert _speakers(text) == [None]


def test_explicitly_attributed_unlisted_name_is_kept_as_written() -> None:
    text = '"The collaboration adds real value for intensive care teams," adds Olivier Bosc.'
    assert _speakers(text) == ["Olivier Bosc"]
