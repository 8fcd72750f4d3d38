"""Speaker resolution: pronoun chains, organisations, spokespeople and the cases that must stay None."""

from __future__ import annotations

import pytest

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


# -- the asker is never the speaker ------------------------------------------------------------------------------


def test_asked_by_a_senator_she_said_is_not_the_senator() -> None:
    text = (
        "Asked by Greens senator Sarah Hanson-Young whether the regulator had the powers it needed, she said: "
        '"We are using every tool we have and we will not hesitate to act."'
    )
    assert _speakers(text) == [None]


def test_asked_by_names_the_asker_and_the_commissioner_answers() -> None:
    text = (
        "Julie Inman Grant, the eSafety commissioner, appeared before a Senate committee on Tuesday.\n\n"
        "Asked by Greens senator Sarah Hanson-Young whether the regulator had the powers it needed, the commissioner "
        'said: "We are using every tool we have and we will not hesitate to act."'
    )
    assert _speakers(text) == ["Julie Inman Grant"]


def test_unnamed_office_holder_answering_a_named_asker_is_none() -> None:
    text = (
        "The hearing in Canberra ran for four hours.\n\n"
        "Asked by Greens senator Sarah Hanson-Young whether the regulator had enough powers, the commissioner said: "
        '"We are using every tool we have and we will not hesitate to act."'
    )
    assert _speakers(text) == [None]


def test_responding_to_a_question_from_an_mp_she_said_is_none() -> None:
    text = (
        "Responding to a question from Conservative MP Julia Lopez, she said: "
        '"Nobody should be in any doubt about our resolve on this."'
    )
    assert _speakers(text) == [None]


def test_pressed_and_in_reply_to_keep_the_named_answerer() -> None:
    text = (
        "The technology secretary, Liz Kendall, was questioned by MPs.\n\n"
        "Pressed by Labour's Chi Onwurah on the timetable, Ms Kendall said: "
        '"We will bring forward the measures before the summer recess."\n\n'
        'In reply to Tory MP Julia Lopez, Ms Kendall said: "Nobody should doubt our resolve on this."'
    )
    assert _speakers(text) == ["Liz Kendall", "Liz Kendall"]


def test_the_asker_in_the_sentence_before_does_not_compete_for_she() -> None:
    text = (
        "Michelle Rowland, the communications minister, was asked by Sarah Hanson-Young whether the law was enough. "
        'She said: "We will keep every option on the table for now."'
    )
    assert _speakers(text) == ["Michelle Rowland"]


# -- a bare spokesperson belongs to the organisation in view -------------------------------------------------------


def test_spokesperson_after_an_organisation_switch_is_not_the_stale_one() -> None:
    # the organisation the index does not know opens the sentence before: its spokesperson, never Ofcom's
    text = (
        "Ofcom said it had opened an investigation into the platform on Monday.\n\n"
        "The regulator has powers to fine companies up to 10% of global turnover.\n\n"
        "Separately, Royal Mail confirmed that deliveries in Scotland would be delayed by snow. "
        'A spokesperson said: "We are doing everything we can to get letters to customers."'
    )
    assert _speakers(text) == ["Royal Mail"]


def test_spokesperson_after_a_known_person_subject_is_not_guessed() -> None:
    text = (
        "Ofcom said it had opened an investigation into the platform on Monday.\n\n"
        "Separately, Jane Porter said that deliveries in Scotland would be delayed by snow. "
        'A spokesperson said: "We are doing everything we can to get letters to customers."'
    )
    assert _speakers(text) == [None]


def test_spokesperson_for_the_most_recently_named_organisation() -> None:
    text = (
        "Ofcom said it had opened an investigation into the platform on Monday.\n\n"
        "Meanwhile the Post Office said branches in Leeds would open later. "
        'A spokesperson said: "We are sorry for any inconvenience this may cause customers."'
    )
    assert [q.speaker_role for q in extract_quotes(split_document(text))] == ["spokesperson"]
    assert _speakers(text) == ["Post Office"]


def test_spokesperson_with_two_organisations_in_view_is_none() -> None:
    text = (
        "Ofcom and the Information Commissioner's Office both wrote to the company on Friday. "
        'A spokesperson said: "We expect a full response within a fortnight from the platform."'
    )
    assert _speakers(text) == [None]


def test_spokesperson_in_the_next_paragraph_keeps_the_organisation() -> None:
    text = (
        "Ofcom said it had opened an investigation into the platform on Monday.\n\n"
        'A spokesperson said: "We will not hesitate to act where we find wrongdoing."'
    )
    assert _speakers(text) == ["Ofcom"]


# -- pronouns in long features -------------------------------------------------------------------------------------


def test_she_after_paragraphs_about_an_unnamed_woman_is_none() -> None:
    text = (
        "Ana Costa, a lawyer in São Paulo, represents eleven women whose images were altered. "
        '"The law is clear, and the platforms know it," she said.\n\n'
        "One of her clients, a 19-year-old student from Recife, found the pictures in January.\n\n"
        "The student had posted a holiday photo to her account. Within hours it had been altered.\n\n"
        '"I could not sleep for weeks after that happened," she said.'
    )
    assert _speakers(text) == ["Ana Costa", None]


def test_she_named_two_paragraphs_back_is_none() -> None:
    text = (
        "Maria Silva, a teacher in Porto Alegre, found manipulated pictures of herself online.\n\n"
        "Ana Costa, a lawyer who represents several victims, has filed a complaint.\n\n"
        "The complaint was lodged on Monday.\n\n"
        '"It is a national scandal and nobody is being held to account," she said.'
    )
    assert _speakers(text) == [None]


def test_she_continues_the_speaker_of_the_previous_paragraph() -> None:
    text = (
        "Ana Costa, a lawyer in São Paulo, represents eleven women whose images were altered.\n\n"
        '"The law is clear, and the platforms know it," she said.\n\n'
        '"We will take this all the way to the supreme court if we must," she added.'
    )
    assert _speakers(text) == ["Ana Costa", "Ana Costa"]


def test_asker_named_in_apposition_is_not_she() -> None:
    text = (
        "Questioned by the committee's chair, Dame Caroline Dinenage, she said: "
        '"We are moving as fast as the law allows us to."'
    )
    assert _speakers(text) == [None]


def test_question_from_an_mp_then_the_named_minister_answers() -> None:
    text = (
        "After a question from Labour MP Kate Osborne, the minister, Jess Phillips, said: "
        '"We will not stand by while women are abused."'
    )
    assert _speakers(text) == ["Jess Phillips"]


def test_quote_after_a_paragraph_where_she_asked_the_minister_is_the_answer() -> None:
    asked = "Liberal Democrat MP Victoria Collins asked the minister whether the law would cover chatbots."
    assert _speakers(asked + '\n\n"It will, and we will make sure of it," she said.') == [None]
    urged = "Liberal Democrat MP Victoria Collins asked the minister to ensure the law would cover chatbots."
    assert _speakers(urged + ' "It must cover them, all of them," she said.') == ["Victoria Collins"]


def test_spokesman_for_the_agency_is_the_agency_named_just_before() -> None:
    text = (
        'Ofcom said: "This is a serious breach of the rules we enforce."\n\n'
        "The National Crime Agency said it was aware of the reports. "
        'A spokesman for the agency said: "We are working with partners to protect children."'
    )
    assert _speakers(text) == ["Ofcom", "National Crime Agency"]


def test_she_with_two_women_named_in_the_paragraph_before_is_none() -> None:
    text = (
        "Melanie Dawes said Ofcom would act. Liz Kendall welcomed the decision.\n\n"
        '"We will not hesitate to use our powers," she said.'
    )
    assert _speakers(text) == [None]


def _speaker_and_role(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_role) for q in extract_quotes(split_document(text))]


@pytest.mark.parametrize(
    ("clause", "role"),
    [
        ('"He has always acted within the rules," lawyers for Tom Reid said.', "lawyers for Tom Reid"),
        ('Attorneys for Tom Reid said in a filing: "He has always acted within the rules."', "attorneys for Tom Reid"),
        ('"He has always acted within the rules," a lawyer for Mr Reid said.', "lawyer for Mr Reid"),
    ],
)
def test_counsel_for_a_person_is_not_that_person(clause: str, role: str) -> None:
    text = f"Tom Reid, a property developer, denies fraud.\n\n{clause}"
    assert _speaker_and_role(text) == [(None, role)]


@pytest.mark.parametrize(
    "clause",
    [
        '"He has always acted within the rules," a spokesman for Tom Reid said.',
        'A spokeswoman for Mr Reid said: "He has always acted within the rules."',
    ],
)
def test_a_persons_spokesperson_is_marked_as_speaking_for_them(clause: str) -> None:
    # the annotated eval set credits the person; the role makes plain that an agent spoke, never "Mr Reid" as an org
    text = f"Tom Reid, a property developer, denies fraud.\n\n{clause}"
    [(speaker, role)] = _speaker_and_role(text)
    assert speaker == "Tom Reid"
    assert role is not None and role.startswith("via a spokes")


def test_lawyers_for_an_organisation_speak_for_it() -> None:
    text = 'Harbour Media Group was sued in May.\n\n"The claim is without merit," lawyers for Harbour Media Group said.'
    assert _speaker_and_role(text) == [("Harbour Media Group", "lawyers")]


def test_a_description_never_resolves_to_an_organisation_named_inside_the_quote() -> None:
    text = (
        "Bright Lane denied any deal had been reached. "
        '"At no time did we agree to a joint statement with Northgate Music Group," the production company said.'
    )
    assert _speakers(text) == [None]


def test_a_company_ending_no_surname_has_is_an_organisation_from_the_text_alone() -> None:
    text = (
        "Bright Lane Productions denied any deal had been reached. "
        '"At no time did we agree to a joint statement with Northgate Music Group," the production company said.'
    )
    assert _speakers(text) == ["Bright Lane Productions"]


def test_a_description_still_resolves_to_the_organisation_named_outside_the_quote() -> None:
    text = (
        "Ofcom opened an investigation into the chatbot on Monday.\n\n"
        '"We have written to the Information Commissioner\'s Office about the images," the regulator said.'
    )
    assert _speakers(text) == ["Ofcom"]


# -- unnamed people: indefinite descriptions, pronouns after them, epithets, written sources ------------------------


def test_anonymous_description_trims_the_clause_that_describes_them() -> None:
    text = (
        '"Enforcement will take years, not months," said one Treasury official involved in the talks.\n\n'
        '"The rules are clear," a partner at a City law firm who advises two banks said.'
    )
    assert _speakers(text) == ["a Treasury official", "a partner at a City law firm"]


def test_one_of_a_group_of_officials_is_an_official() -> None:
    text = '"Nothing has been decided yet," said one of the officials, who was not authorised to speak.'
    assert _speakers(text) == ["an official"]


def test_pronoun_after_an_unnamed_speaker_is_that_speaker_not_an_older_name() -> None:
    text = (
        'Marta Quinn, the minister, said the order would stand. "We will not back down," she said.\n\n'
        "A coordinator for the campaign group Open Wires said that blocking orders set dangerous precedents. "
        '"Today it is this app, tomorrow it could be any of us," she said.'
    )
    assert _speakers(text) == ["Marta Quinn", "a coordinator for the campaign group Open Wires"]


def test_pronoun_after_an_unnamed_subject_of_another_verb() -> None:
    text = (
        "Hassan Iqbal, a consumer lawyer, welcomed the ruling.\n\n"
        "Another lawyer, who has acted for several platforms, disagreed. "
        '"The court has not settled anything," he said.'
    )
    assert _speakers(text) == ["a lawyer"]


def test_someone_else_speaking_after_an_unnamed_speaker_blocks_the_pronoun() -> None:
    text = (
        'A senior civil servant said the plan was rushed. "It was never going to survive a review," she said.\n\n'
        "In Leeds, the opposition councillor Priyanka Dasgupta-Heale backed the claim but urged caution. "
        '"We need the facts first," she said.'
    )
    assert _speakers(text)[0] == "a senior civil servant"
    assert _speakers(text)[1] != "a senior civil servant"


def test_member_of_a_group_stays_none() -> None:
    text = (
        "One of the parents at the meeting, a 41-year-old teacher from Hull, said the school had not told her. "
        '"We found out from the news," she said.'
    )
    assert _speakers(text) == [None]


def test_joint_subject_ending_in_and_gives_no_single_speaker() -> None:
    text = (
        "Senator Ann Ricci, a Vermont Democrat, and Senator Paul Okafor said in a joint statement that the company "
        'had "misled parents about what the tool could do".'
    )
    assert _speakers(text) == [None]


def test_the_statement_said_is_its_issuer() -> None:
    text = (
        "Two soldiers were injured in the exercise, the Ministry of Defence said in a statement on Friday. "
        '"The cause of the incident is under investigation," the statement said.'
    )
    assert _speakers(text) == ["Ministry of Defence"]


def test_epithet_after_a_quote_is_the_last_speaker() -> None:
    text = (
        '"We lost the match but not the season," Carla Mendes said.\n\n'
        '"You learn more from a night like this than from ten wins," said the striker.'
    )
    assert _speakers(text) == ["Carla Mendes", "Carla Mendes"]


def test_epithet_with_no_quote_before_it_is_none() -> None:
    text = (
        "Rob Keane was sacked on Tuesday. Talks with the new manager's agents went on all night.\n\n"
        'The 58-year-old said after his appointment: "I am proud to be here at last."'
    )
    assert _speakers(text) == [None]


def test_short_first_part_of_a_split_quote_passes_its_speaker_on() -> None:
    text = '"Incredible," Dana Whitlock said. "To do that against every team in the league is something special."'
    assert _speakers(text) == ["Dana Whitlock"]


def test_quote_ending_a_sentence_takes_no_attribution_from_the_next_one() -> None:
    text = (
        '"A year ago, people laughed at me," Paul Arden said. "Today the inspectors are in their offices." '
        "His colleague, who asked not to be named, told reporters she had received threats."
    )
    assert _speakers(text) == ["Paul Arden", "Paul Arden"]


def test_spokesperson_of_an_organisation_named_by_its_kind() -> None:
    text = (
        "The Communication Workers Union blamed staff shortages for the delays. "
        '"Our members are working flat out every single day," a union spokesperson said.'
    )
    assert _speakers(text) == ["Communication Workers Union"]


def test_us_abbreviation_before_an_agency_is_not_part_of_its_name() -> None:
    text = (
        "The U.S. Federal Aviation Administration closed its review on Friday.\n\n"
        '"Public safety remains our highest priority at every launch," the agency said.'
    )
    assert _speakers(text) == ["Federal Aviation Administration"]


def test_us_abbreviations_in_a_verb_first_attribution() -> None:
    text = '"Justice has been served for every family," said U.S. Attorney Nora Cobb.'
    found = extract_quotes(split_document(text))
    assert [(q.speaker, q.speaker_role) for q in found] == [("Nora Cobb", "U.S. attorney")]


def test_british_plural_they_for_an_organisation_opening_the_sentence_before() -> None:
    text = (
        "Ofcom have rejected the complaint from the broadcaster. "
        '"The programme met every standard we set for it," they said in a statement.'
    )
    assert _speakers(text) == ["Ofcom"]


def test_plural_they_after_people_stays_none() -> None:
    text = (
        "Senator Ann Ricci and Senator Paul Okafor have written to the company. "
        '"We expect answers within a fortnight, not months," they said.'
    )
    assert _speakers(text) == [None]


def test_spokesperson_subject_carries_to_the_next_he() -> None:
    text = (
        "A Home Office spokesman, asked about the letter, said the department would reply to the peers directly. "
        'He added that "every request is reviewed by officials before a decision is made".'
    )
    assert _speakers(text) == ["Home Office"]


def test_organisation_and_title_before_a_name_make_the_person_the_subject() -> None:
    text = (
        "Ofcom spokesperson Dana Reyes declined to give a date but said the regulator would "
        '"use every power Parliament has given us" to protect children.'
    )
    assert _speakers(text) == ["Dana Reyes"]


def test_it_after_a_sentence_opening_on_the_regulator() -> None:
    text = (
        "Ofcom fined the platform on Tuesday.\n\n"
        "The regulator says the breach was serious. It says it chose not to go to court because "
        '"the company has now taken steps which reduce the risk".'
    )
    assert _speakers(text) == ["Ofcom"]


def test_owner_of_a_team_with_a_long_name_speaks_through_its_post() -> None:
    text = (
        "X's global government affairs team said in a post that it had cooperated fully. "
        '"Interim measures would be disproportionate and would be challenged," the post said.'
    )
    assert _speakers(text) == ["X"]


def test_a_persons_own_spokesman_is_credited_to_them_but_their_lawyer_is_not() -> None:
    text = (
        "Kemi Badenoch criticised the plan on Monday. Mrs Badenoch's spokesman said: "
        '"The government has lost control of this issue entirely."\n\n'
        'Elon Musk attacked the ruling. Mr Musk\'s lawyer said: "We will appeal this decision in the higher court."'
    )
    found = extract_quotes(split_document(text))
    assert [(q.speaker, q.speaker_role) for q in found] == [("Kemi Badenoch", "via a spokesman"), (None, None)]


def test_according_to_a_statement_from_an_organisation() -> None:
    text = (
        "According to a statement from the Department for Education, "
        '"every school will receive the new guidance by the end of term".'
    )
    assert _speakers(text) == ["Department for Education"]


def test_abbreviation_full_stops_are_masked_and_sentence_ends_kept() -> None:
    from summariser._speaker_masks import ABBREVIATION_DOT, mask_abbreviations

    def masked(text: str) -> str:
        out = mask_abbreviations(text)
        assert len(out) == len(text)  # offsets are kept
        return out.replace(ABBREVIATION_DOT, "#")

    assert masked("Mr. Brooks met U.S. Attorney Nora Cobb and James P. Kennedy Jr. on Jan. 4.") == (
        "Mr# Brooks met U#S# Attorney Nora Cobb and James P# Kennedy Jr# on Jan# 4."
    )
    assert masked("(Sen. Jones) said ACME. Then ABC. J.K. Rowling, Corp., No. 10 and Sept. 3 were cited.") == (
        "(Sen# Jones) said ACME. Then ABC. J.K. Rowling, Corp#, No# 10 and Sept# 3 were cited."
    )
    assert masked("St.Louis Dr.X") == "St.Louis Dr.X"


def test_speech_verb_in_a_relative_clause_does_not_make_the_apposition_the_speaker() -> None:
    # "who wrote" belongs to the relative clause; the sentence's subject is still the named person
    text = (
        "Marta Ruiz, a former nurse who wrote the state's first privacy law, said the bill was narrow. "
        '"We are not regulating speech," she said.'
    )
    assert _speakers(text) == ["Marta Ruiz"]


def test_quote_after_a_closed_relative_clause_is_not_the_relative_subject_s() -> None:
    # the Government only "said" inside the relative clause; the quoted deadline is the letter's demand
    text = (
        "The coalition's letter asks for the ban, which the Government has said it will introduce this year, "
        'to be brought into force "no later than 1 July".'
    )
    assert _speakers(text) == [None]


def test_pronoun_survives_one_background_paragraph_that_names_her_by_role() -> None:
    text = (
        "Commissioner Hana Weiss confirmed the notices on Thursday.\n\n"
        'She said the company had 24 hours to act. "We were very clear about this," she told reporters.\n\n'
        "It is not the first time the commissioner has clashed with the company. "
        "In 2024 the regulator lost a case in the Federal Court.\n\n"
        '"I am not interested in the past," she said.'
    )
    assert _speakers(text) == ["Hana Weiss", "Hana Weiss"]


def test_pronoun_does_not_cross_a_paragraph_about_an_unnamed_person() -> None:
    text = (
        'Commissioner Hana Weiss said: "We were very clear about this."\n\n'
        "The opposition leader opened by asking why the rules had been delayed.\n\n"
        '"Nobody believes this timetable," she said.'
    )
    assert _speakers(text) == ["Hana Weiss", None]


def test_party_or_constituency_epithet_refers_to_the_person_just_speaking() -> None:
    text = (
        "Labour's digital spokesman, Ciaran Doyle, called on the minister to act. "
        '"The Commission has the power to do this," the Kildare TD said.'
    )
    assert _speakers(text) == ["Ciaran Doyle"]


def test_epithet_is_none_when_an_unnamed_person_with_that_noun_came_before() -> None:
    text = (
        "Dr Amir Shah said he told the campaigner to go to the police. "
        '"It changed everything for my family," the campaigner wrote later.'
    )
    assert _speakers(text) == [None]


def test_epithet_is_none_when_someone_else_was_named_after_the_speaker() -> None:
    text = (
        "Ciaran Doyle said the rules were weak. Mary Byrne agreed with the plan. "
        '"The Commission has the power to do this," the Kildare TD said.'
    )
    assert _speakers(text) == [None]


def test_pronoun_after_a_title_that_opens_the_paragraph() -> None:
    # "The judge" names the one judge of the article; the quote before was someone else's
    text = (
        "U.S. District Judge Ana Ortiz wrote that the claims could proceed.\n\n"
        '"This is the first court to say it out loud," said Carla Mendes, a lawyer for the women.\n\n'
        'The judge was unpersuaded by the company. A search engine, she noted, "does not write the letter."'
    )
    assert _speakers(text) == ["Carla Mendes", "Ana Ortiz"]


def test_title_lead_of_the_wrong_gender_gives_no_speaker() -> None:
    text = (
        "Judge Peter Hall refused the motion on Friday.\n\n"
        'The judge was unpersuaded. A search engine, she noted, "does not write the letter."'
    )
    assert _speakers(text) == [None]


def test_a_persons_rep_is_credited_to_the_person_with_the_role_saying_so() -> None:
    text = (
        "Dana Holt accused her former label of blocking the show. "
        '"The label is trying to deflect from the real issue," Holt\'s rep told reporters.'
    )
    quotes = extract_quotes(split_document(text))
    assert [(q.speaker, q.speaker_role) for q in quotes] == [("Dana Holt", "via a rep")]


def test_unlisted_organisation_named_by_its_apposition() -> None:
    text = (
        "Open Future Alliance, a lobby group whose members include Google, said in written testimony that the bill "
        'would "expose every developer to unlimited litigation".'
    )
    assert _speakers(text) == ["Open Future Alliance"]


def test_unlisted_name_with_a_person_like_apposition_is_not_an_organisation() -> None:
    text = 'Jordan Avery, a former engineer, said the bill would "expose every developer to unlimited litigation".'
    assert _speakers(text) == ["Jordan Avery"]


def test_plural_they_for_an_unlisted_record_label() -> None:
    text = 'Harbour Records have denied the claims. "We have always paid every artist on time," they said.'
    assert _speakers(text) == ["Harbour Records"]


def test_long_reported_clause_naming_no_one_keeps_its_speaker() -> None:
    text = (
        "A Paris lawyer specialising in media law, speaking on condition of anonymity, said that the offences cited, "
        "which include complicity in distributing abuse images and running an illegal online platform as part of an "
        'organised gang, would be "very difficult to prove against a company\'s leadership".'
    )
    assert _speakers(text) == ["a Paris lawyer"]


def test_long_reported_clause_that_names_someone_else_gives_no_speaker() -> None:
    text = (
        "Ms Reeve said that the offences cited, which the complaint filed by Jordan Avery lists as complicity in "
        "distributing abuse images and running an illegal online platform as part of an organised gang, would be "
        '"very difficult to prove against a company\'s leadership".'
    )
    assert _speakers(text) == [None]


def test_woman_talked_about_in_reported_speech_is_no_rival_for_she() -> None:
    text = (
        "Sonia Petrov, the defendant's lawyer, told reporters that her client never meant to harm Laura Diaz.\n\n"
        '"He is passionate about his beliefs and his right to express them," she said in an email.'
    )
    assert _speakers(text) == ["Sonia Petrov"]


def test_woman_named_as_a_second_subject_stays_a_rival_for_she() -> None:
    text = (
        "Sonia Petrov, the defendant's lawyer, spoke to reporters. Laura Diaz said the case was weak.\n\n"
        '"He is passionate about his beliefs and his right to express them," she said in an email.'
    )
    assert _speakers(text) == [None]


def test_rank_word_before_one_word_is_no_title_so_the_company_still_speaks() -> None:
    text = '"We take the safety of every driver extremely seriously," General Motors said.'
    assert _speakers(text) == ["General Motors"]


def test_quote_after_reported_speech_in_the_same_paragraph_keeps_the_speaker() -> None:
    text = 'Ofcom said its investigation was continuing. "We will not hesitate to act where the law is broken."'
    assert _speakers(text) == ["Ofcom"]


def test_quote_after_a_sentence_without_speech_is_not_given_its_subject() -> None:
    text = 'Ofcom opened its investigation in January. "We will not hesitate to act where the law is broken."'
    assert _speakers(text) == [None]


def test_quote_after_reported_speech_naming_someone_else_is_not_continued() -> None:
    text = (
        "Ofcom said it had received a letter from Kerry McCarthy on Monday. "
        '"Please act before another woman is harmed by this tool."'
    )
    assert _speakers(text) == [None]


def test_name_used_as_a_modifier_is_no_rival_for_an_epithet() -> None:
    text = (
        'Elon Musk accused ministers of "looking for any excuse for censorship", as officials in the Trump '
        "administration warned Britain against blocking X.\n\n"
        'On Friday, the billionaire claimed that ministers "want to shut down the only place where people speak".'
    )
    assert _speakers(text) == ["Elon Musk", "Elon Musk"]


def test_person_named_in_the_paragraph_before_is_a_rival_for_an_epithet() -> None:
    text = (
        'Elon Musk accused ministers of "looking for any excuse for censorship", and Donald Trump agreed.\n\n'
        'On Friday, the billionaire claimed that ministers "want to shut down the only place where people speak".'
    )
    assert _speakers(text) == ["Elon Musk", None]


def test_time_phrase_before_the_subject_without_a_comma() -> None:
    text = (
        'Elon Musk accused ministers of "looking for any excuse for censorship".\n\n'
        'On Friday the billionaire claimed that ministers "want to shut down the only place where people speak".'
    )
    assert _speakers(text) == ["Elon Musk", "Elon Musk"]


def test_owners_words_introduced_by_a_colon() -> None:
    text = (
        "Henna Virkkunen told MEPs the Commission would act.\n\n"
        "16:20 — That is it from Strasbourg. Virkkunen's closing line: "
        '"Europe\'s rules apply to everyone who wants to do business here."'
    )
    assert _speakers(text) == ["Henna Virkkunen"]


def test_unknown_owner_of_words_gives_no_speaker() -> None:
    text = "The chair's final words: \"Europe's rules apply to everyone who wants to do business here.\""
    assert _speakers(text) == [None]


# -- session 3: turn-taking, cataphora, role descriptions and other general mechanisms ------------------------------


def test_bare_question_after_a_reply_is_the_questioners_turn() -> None:
    text = (
        'Liberal senator Sarah Henderson pressed the commissioner. "Are you satisfied the notices were lawful?" '
        "Senator Henderson asked.\n\n"
        '"I am, senator," Ms Inman Grant replied. "Each one was reviewed by our legal team."\n\n'
        '"Then why did the last case against X end up being withdrawn?"\n\n'
        '"That case was about a very different set of facts, and I would encourage you to read the judgment."'
    )
    assert _speakers(text) == ["Sarah Henderson", "Inman Grant", "Sarah Henderson", "Inman Grant"]


def test_bare_question_after_a_reply_with_no_question_before_is_nobodys() -> None:
    text = (
        "Sen. Richard Blumenthal asked Daniel Ortiz how many reports the company had received.\n\n"
        '"I do not have that number with me today," Ortiz replied.\n\n'
        '"Is that because you do not have it, or because you will not give it?"'
    )
    assert _speakers(text) == ["Daniel Ortiz", None]


def test_attribution_split_off_after_a_question_mark() -> None:
    text = (
        'Daniel Ortiz, an xAI executive, testified on Thursday. "I do not have that number with me," Ortiz said.\n\n'
        "\"You don't have it, or you don't want to give it?\" Blumenthal shot back.\n\n"
        "Sen. Richard Blumenthal, D-Conn., had asked the question twice."
    )
    assert _speakers(text)[-1] == "Richard Blumenthal"


def test_one_of_a_group_and_her_husband_are_nobody() -> None:
    text = (
        "More than 40 women have joined the complaint.\n\n"
        "One of them, a teacher in her forties from the Midlands, told me she had not told anyone at school. "
        '"I am terrified that one of them will find it," she said.\n\n'
        'Her husband was angrier. "They built the thing, and now it is our problem," he said.'
    )
    assert _speakers(text) == [None, None]


def test_frame_verb_before_a_possessive_object_keeps_its_subject() -> None:
    text = (
        "Nigel Farage, the Reform UK leader, went further.\n\n"
        'The Reform UK leader called the Government\'s threat "an attack on free speech" and said he would not stop.'
    )
    assert _speakers(text) == ["Nigel Farage"]


def test_tory_leader_is_the_conservative_leader() -> None:
    text = (
        "Conservative leader Kemi Badenoch said a ban would be wrong. Ed Davey disagreed.\n\n"
        'The Tory leader told the Sunday programme: "You do not shut down a platform used by millions of people."'
    )
    assert _speakers(text) == ["Kemi Badenoch"]


def test_speaker_named_in_the_sentence_after_the_quote() -> None:
    text = (
        '"If we back down on this one, we might as well close the enforcement unit."\n\n'
        "That was the blunt assessment of one senior Commission official last week, as the probe widened.\n\n"
        '"We are enforcing a law that applies to everybody who operates in the single market."\n\n'
        "So said Henna Virkkunen, the Commission's tech chief, in an interview on Thursday."
    )
    assert _speakers(text) == ["a senior Commission official", "Henna Virkkunen"]


def test_the_mp_is_the_anonymous_mp_introduced_as_another() -> None:
    text = (
        "Dawn Butler wrote to colleagues. Another Labour MP, who asked not to be named, said the issue was divisive. "
        '"People feel strongly about it on both sides," the MP said.'
    )
    assert _speakers(text) == ["a Labour MP"]


def test_reported_speech_then_quote_with_a_named_apposition() -> None:
    text = (
        "Brazil's National Data Protection Authority (ANPD) ordered X to stop on Thursday.\n\n"
        "Waldemar Gonçalves, the ANPD's president, said in a statement that the measure was preventive. "
        '"We cannot wait for the end of an investigation while the harm continues."'
    )
    assert _speakers(text) == ["Waldemar Gonçalves"]


def test_verb_first_title_then_a_name_the_index_lacks() -> None:
    text = (
        "Officials said no injuries were reported. "
        '"We expect the company to take full responsibility," said the islands\' governor, Dileeni Daniel-Selvaratnam.'
    )
    assert _speakers(text) == ["Dileeni Daniel-Selvaratnam"]


def test_according_to_source_is_the_pronouns_antecedent() -> None:
    text = (
        'Justice Minister Ricardo Lewandowski said Brazil would "enforce its laws against any company, however large".'
        "\n\n"
        "Civil society groups said it came late. According to Bia Barbosa, a coordinator of the Coalizão Direitos "
        'na Rede, women first reported the problem in early January. "The tools to act existed from day one," she said.'
    )
    assert _speakers(text) == ["Ricardo Lewandowski", "Bia Barbosa"]


def test_pronoun_for_the_one_person_opening_the_paragraph() -> None:
    text = (
        "Fianna Fáil TD Malcolm Byrne said Irish law had not kept pace.\n\n"
        "Sinn Féin's spokesperson on media, Pa Daly, was more critical of the regulator. "
        '"People want to know why not a single penalty has been imposed," he said.'
    )
    assert _speakers(text) == ["Pa Daly"]


def test_written_statement_of_the_company_in_view() -> None:
    text = (
        "Dick Clark Productions said it had no comment. Big Machine Label Group rejected the claims.\n\n"
        "The company flat-out denied the allegations in a statement shared to its website. "
        '"At no point did we say Taylor could not perform on the AMAs," the statement said.'
    )
    assert _speakers(text) == ["Big Machine Label Group"]


def test_someone_unnamed_is_no_speaker_in_view() -> None:
    text = (
        "When Hana Tipene saw the picture, she thought at first it was a joke. Someone had taken a photo of her "
        "and asked Grok to change it.\n\n"
        '"I just felt sick," she says.\n\n'
        "Ms Tipene, 23, reported the image to X."
    )
    assert _speakers(text) == ["Hana Tipene"]


def test_the_person_is_the_person_close_to_someone() -> None:
    text = (
        "A person close to Musk said the billionaire was unconcerned. "
        '"He has said many times that he will not be blackmailed by advertisers," the person said.'
    )
    assert _speakers(text) == ["a person close to Musk"]


def test_the_official_keeps_a_long_description() -> None:
    text = (
        "An official at the Ministry of Internal Affairs and Communications said the ministry had contacted X. "
        '"We conveyed our concerns directly and requested an explanation," the official said.'
    )
    assert _speakers(text) == ["an official at the Ministry of Internal Affairs and Communications"]


def test_another_womans_her_is_no_gender_for_the_coach() -> None:
    text = (
        "Maya Lindqvist has withdrawn from the X Games after a crash.\n\n"
        "Her coach, Tomas Berg, said the injury was not expected to end her season. "
        '"She will be back for the world championships, I have no doubt," he said.'
    )
    assert _speakers(text) == ["Tomas Berg"]


def test_a_passive_participle_is_no_second_speech_verb() -> None:
    text = (
        'Mark Carney said Canada was "not there yet" on a ban.\n\n'
        "Pressed on timing, he said he expected the legislation promised by his government to be tabled "
        '"in the coming weeks".'
    )
    assert _speakers(text)[-1] == "Mark Carney"


def test_a_title_word_is_no_part_of_the_name() -> None:
    text = 'Headteacher Mark Trevithick told the paper: "Our priority is the wellbeing of the young people involved."'
    assert _speakers(text) == ["Mark Trevithick"]


def test_a_judged_subject_before_a_colon_speaks() -> None:
    text = (
        '"The law talks about content that users upload," says one senior official. Another official is more '
        'sanguine: "The risk-assessment duties are broad enough."'
    )
    assert _speakers(text) == ["a senior official", "an official"]


def test_a_message_judged_before_a_colon_is_nobody() -> None:
    text = 'Ofcom published its update on Monday. The message was clear: "platforms must act now or face fines".'
    assert _speakers(text) == [None]


def test_an_anonymous_description_stops_before_a_place() -> None:
    text = (
        "A lobbyist for a technology trade association in Washington says the administration is hostile. "
        '"Nobody in this town wants to be seen doing it," he says.'
    )
    assert _speakers(text) == ["a lobbyist for a technology trade association"]


def test_a_spokesperson_for_an_unnamed_office_is_nobody() -> None:
    text = (
        "The government of the Turks and Caicos Islands said it had been in contact with U.S. authorities. "
        '"We expect to be fully consulted before any future flight," a spokesperson for the premier\'s office said.'
    )
    assert _speakers(text) == [None]


def test_two_titles_joined_by_and_name_one_person() -> None:
    text = (
        '"We have found the next best thing: water in vapour form," lead researcher and NASA planetary scientist '
        "Lucas Paganini said in a statement."
    )
    assert _speakers(text) == ["Lucas Paganini"]


def test_a_plural_group_and_a_person_speak_jointly() -> None:
    text = '"We want the road reopened before winter," residents and councillor Jane Doe said on Monday.'
    assert _speakers(text) == [None]


def test_a_noun_after_a_determiner_is_no_speech_verb() -> None:
    text = (
        "Saeb Erekat, the chief negotiator, spoke in Ramallah.\n\n"
        "Erekat said it was only the latest move by the US to try to force the Palestinians to capitulate and give "
        "up their claims to an independent state.\n\n"
        '"They wanted us on our knees and they used every trick to put pressure on us."'
    )
    assert _speakers(text) == ["Saeb Erekat"]


def test_a_quote_running_into_its_own_clause_then_said_x() -> None:
    text = (
        '"The president wants the option of having a bigger deal. Bigger than just the little deal" announced in '
        "October, said Derek Scissors, a China scholar with the American Enterprise Institute."
    )
    assert _speakers(text) == ["Derek Scissors"]


def test_nested_question_then_the_attribution_as_its_own_sentence() -> None:
    text = (
        "State Department official David Holmes told investigators he recalled the call vividly.\n\n"
        "\u201cI then heard President Trump ask, quote, \u2018So he\u2019s going to do the investigation?\u2019\u201d "
        "Holmes testified."
    )
    assert _speakers(text) == ["David Holmes"]


def test_described_speaker_keeps_the_focus_over_an_object_of_her_speech() -> None:
    text = (
        "Liz Kendall has refused to rule out blocking X.\n\n"
        "Speaking on the Today programme, the technology secretary said she had spoken to Ofcom's chief executive, "
        "Melanie Dawes, over the weekend.\n\n"
        'Asked by presenter Nick Robinson whether she was comfortable with that, she replied: "I am comfortable with '
        'a government enforcing the law."\n\n'
        "Robinson pressed her on whether ministers were reacting to headlines. "
        '"With respect, Nick, this isn\'t a headline," she said.'
    )
    assert _speakers(text) == ["Liz Kendall", "Liz Kendall"]


def test_a_participle_opening_a_sentence_is_no_unknown_speaker() -> None:
    text = (
        "Justice M Nagaprasanna reserved his order.\n\n"
        "Appearing for X, senior advocate K G Raghavan submitted that the company had removed the content and that "
        'the orders threatened to chill lawful expression. "My client has complied with every order," he said.'
    )
    assert _speakers(text) == ["K G Raghavan"]


def test_an_age_epithet_is_the_one_person_just_named() -> None:
    text = (
        "When Hannah Okoye opened X on the morning of 2 January, the first thing she saw was herself. Somebody had "
        "taken a photo from her graduation and asked Grok to alter it.\n\n"
        '"I kept refreshing, hoping it would stop," the 26-year-old nurse from Leeds says.'
    )
    assert _speakers(text) == ["Hannah Okoye"]


def test_an_age_epithet_for_someone_introduced_unnamed_is_nobody() -> None:
    text = (
        "Hannah Okoye runs a support group. A 26-year-old nurse from Leeds joined it in January.\n\n"
        '"I kept refreshing, hoping it would stop," the 26-year-old nurse says.'
    )
    assert _speakers(text) == [None]


def test_a_pronoun_after_a_sentence_about_someone_unknown_is_nobody() -> None:
    text = (
        'Henna Virkkunen said the Commission was "using every instrument the law gives us".\n\n'
        'Oskarine Brevdal was unimpressed. "Ready is not enough. Women have been waiting since December," she said.'
    )
    assert _speakers(text) == ["Henna Virkkunen", None]


def test_a_party_member_and_a_plural_title_name_people() -> None:
    text = (
        "The letter, from Senators Amy Klobuchar, Democrat of Minnesota, and Marsha Blackburn, asks for answers.\n\n"
        'Ms. Klobuchar said: "If people inside the company saw this coming, the public deserves to know."\n\n'
        'German Social Democrat Birgit Sippel was unimpressed. "Ready is not enough for us," she said.'
    )
    assert _speakers(text) == ["Amy Klobuchar", "Birgit Sippel"]


def test_a_named_spokesperson_is_the_speaker_not_whom_she_speaks_for() -> None:
    text = (
        "A spokeswoman for Ms. Blackburn said the senator expected a full response. "
        '"Senator Blackburn has been clear that Big Tech will not be allowed to do this," the spokeswoman, Lauren '
        "Lee, said."
    )
    assert _speakers(text) == ["Lauren Lee"]


def test_a_common_noun_before_a_given_name_is_no_part_of_the_name() -> None:
    text = 'Patient Jim Kessell, 74, said he was seen within days. "I was in and out in twenty minutes," he said.'
    assert _speakers(text) == ["Jim Kessell"]


def test_an_epithet_after_the_same_title_before_the_name() -> None:
    text = (
        "Fianna Fáil TD Malcolm Byrne welcomed the meeting but said words were not enough. "
        '"We have had enough meetings. What we need is enforcement," the Wexford TD said.'
    )
    assert _speakers(text) == ["Malcolm Byrne"]


# -- session 3, round 2: groups of sources, national bodies, a name-only attribution paragraph -------------------


def test_one_of_a_group_of_unnamed_sources_is_that_source_in_the_singular() -> None:
    text = (
        "Three consumer groups have frozen campaigns on the platform, two media buyers said. "
        '"Nobody wants their brand next to that story," said one, who asked not to be named.\n\n'
        "Sources close to the regulator said the second inquiry followed the first. "
        'One said Ofcom had been "surprised by how easy it was" to find the images.\n\n'
        'Senior officials said the plan had stalled. "There is no money left for this at all," one said.'
    )
    assert _speakers(text) == ["a media buyer", "a source close to the regulator", "a senior official"]


def test_one_with_no_group_of_sources_in_view_is_no_speaker() -> None:
    text = 'Elon Musk has two brothers.\n\n"I would never sell the company to anyone at all," one said.'
    assert _speakers(text) == [None]


def test_a_countrys_ministry_or_military_is_named_by_its_adjective() -> None:
    text = (
        "Two soldiers died in a crash in Afghanistan, the US military said in a statement on Wednesday.\n\n"
        '"The cause of the crash is under investigation, but enemy fire is not suspected," the statement said.\n\n'
        'The French foreign ministry said it "regrets any decision likely to encourage settlement building".'
    )
    assert _speakers(text) == ["US military", "French foreign ministry"]


def test_a_country_adjective_before_another_noun_is_no_national_body() -> None:
    text = 'The French president\'s office was silent. "We will say nothing more on this," the French team said.'
    assert _speakers(text) == [None]


def test_a_paragraph_naming_only_the_speaker_attributes_the_quote_before_it() -> None:
    text = (
        "China has not cut its tariffs.\n\n"
        '"Without rolling back some of the tariffs, what is the incentive to implement this deal?"\n\n'
        "He Jianxiong, a former director for China at the International Monetary Fund, said at an event in "
        "Washington."
    )
    assert _speakers(text) == ["He Jianxiong"]


def test_a_following_paragraph_with_reported_speech_attributes_nothing() -> None:
    text = (
        "China has not cut its tariffs.\n\n"
        '"Without rolling back some of the tariffs, what is the incentive to implement this deal?"\n\n'
        "Jane Marsh, a trade analyst, said the talks would resume in March."
    )
    assert _speakers(text) == [None]


def test_an_unknown_one_word_name_issuing_a_statement_is_an_organisation() -> None:
    text = (
        "Jose Mourinho has agreed a deal to become Tottenham's manager.\n\n"
        'Tottenham said in a statement: "Jose is one of the most accomplished managers in the game."'
    )
    assert _speakers(text) == ["Tottenham"]


def test_a_one_word_statement_issuer_the_article_names_in_full_is_no_organisation() -> None:
    text = (
        "Coach (Frank) Vogel was pleased with the win.\n\n"
        'Vogel said in a statement: "He is just playing terrific basketball right now."'
    )
    assert _speakers(text) == [None]


def test_an_anonymous_description_keeps_a_noun_after_a_possessive() -> None:
    text = (
        "xAI did not respond. A person familiar with the company's thinking said its leaders believed the coverage "
        'was "wildly out of proportion" to the images.'
    )
    assert _speakers(text) == ["a person familiar with the company's thinking"]


def test_a_name_described_as_a_newspaper_or_mouthpiece_is_an_organisation() -> None:
    text = (
        "On Monday, the People's Daily, the mouthpiece of the Communist party, warned that there is "
        '"absolutely no room for compromise".'
    )
    assert _speakers(text) == ["People's Daily"]


def test_a_fronted_origin_completes_an_anonymous_description() -> None:
    text = (
        "15:33 — From the Patriots for Europe group, an MEP accuses the Commission of using the scandal "
        '"to settle political scores with Elon Musk".\n\n'
        'From the start, a senior official said it was "never going to work out well".'
    )
    assert _speakers(text) == ["an MEP from the Patriots for Europe group", "a senior official"]


def test_the_subject_of_a_framing_verb_in_a_free_relative_is_the_speaker() -> None:
    text = (
        "James Van Der Beek has been eliminated.\n\n"
        "Van Der Beek was voted off in what host Tom Bergeron described as the "
        '"hardest verdict of the season so far."'
    )
    assert _speakers(text) == ["Tom Bergeron"]


def test_a_parent_body_in_apposition_leaves_the_subject_in_focus_for_a_spokesperson() -> None:
    text = (
        "Customs and Border Protection, part of Homeland Security, did not accept the offer. A spokesperson who did "
        "not wish to be named said the agency had never given vaccines.\n\n"
        '"Operating a vaccine program is not feasible for us," the spokesperson said.'
    )
    assert _speakers(text) == ["Customs and Border Protection"]


def test_two_organisations_listed_as_subjects_leave_a_spokesperson_unresolved() -> None:
    text = (
        "Customs and Border Protection, Homeland Security and the FBI did not accept the offer.\n\n"
        '"Operating a vaccine program is not feasible for us," a spokesperson said.'
    )
    assert _speakers(text) == [None]


def test_reported_after_a_quote_attributes_it() -> None:
    text = (
        "Penelope Muse Abernathy studied the chain's papers.\n\n"
        '"Newsrooms are often half the size within a matter of months," Abernathy reported.'
    )
    assert _speakers(text) == ["Penelope Muse Abernathy"]


def test_a_survey_by_a_person_is_that_persons_words() -> None:
    text = (
        "According to a 2018 survey by Penelope Muse Abernathy of the University of North Carolina, the firm tends "
        'to "consolidate copy editing and page design" at one centre.'
    )
    assert _speakers(text) == ["Penelope Muse Abernathy"]


def test_a_citys_prosecutors_office_is_named_by_its_place_and_referred_back_to() -> None:
    text = (
        "PARIS - The Paris prosecutor's office said on Wednesday it had widened a criminal investigation into X.\n\n"
        '"The facts reported to us have been added to the ongoing investigation," the prosecutor\'s office said.\n\n'
        '"We will review the case in due course," the Manhattan district attorney\'s office said.'
    )
    assert _speakers(text) == ["Paris prosecutor's office", "Manhattan district attorney's office"]


def test_the_prosecutors_office_with_two_offices_named_is_no_speaker() -> None:
    text = (
        "The Paris prosecutor's office and the Lyon prosecutor's office both opened inquiries.\n\n"
        '"The facts reported to us have been added to the ongoing investigation," the prosecutor\'s office said.'
    )
    assert _speakers(text) == [None]


def test_the_subject_of_the_sentence_just_before_outranks_people_named_earlier() -> None:
    text = (
        "Zach Parise scored twice as the Wild beat the Sabres.\n\n"
        "Barely a week ago, Parise, 35, had scored just once in ten games. Wild defenseman Ryan Suter, who joked "
        "about Parise's habit of changing sticks, could see the frustration on his friend's face.\n\n"
        '"He\'s used to scoring goals, getting points," he said.'
    )
    assert _speakers(text) == ["Ryan Suter"]


def test_an_earlier_rival_who_spoke_still_blocks_the_pronoun() -> None:
    text = (
        "Zach Parise scored twice as the Wild beat the Sabres.\n\n"
        "Parise told reporters he had been frustrated for weeks. Wild defenseman Ryan Suter could see it on his "
        "friend's face.\n\n"
        '"He\'s used to scoring goals, getting points," he said.'
    )
    assert _speakers(text) == [None]


def test_an_age_epithet_with_one_person_in_view_and_no_quote_before_is_that_person() -> None:
    text = (
        "Former X Factor finalist Danny Marsh will return to the stage next month.\n\n"
        '"I needed to step away and remember why I started singing," the 31-year-old said.'
    )
    assert _speakers(text) == ["Danny Marsh"]


def test_an_age_epithet_with_two_people_in_view_is_no_speaker() -> None:
    text = (
        "Danny Marsh and Leo Hart will return to the stage next month.\n\n"
        '"I needed to step away and remember why I started singing," the 31-year-old said.'
    )
    assert _speakers(text) == [None]


def test_the_prosecutors_office_refers_back_to_the_public_prosecutors_office() -> None:
    text = (
        "The Berlin public prosecutor's office has opened a preliminary investigation, a spokesperson said.\n\n"
        '"We are examining whether offences have been committed here," the prosecutor\'s office said.'
    )
    assert _speakers(text) == ["Berlin public prosecutor's office"]


def test_the_subject_of_a_with_clause_speaks_the_quote_after_it() -> None:
    text = (
        "Prime Minister's Questions was dominated by the Grok affair, with Kemi Badenoch accusing the government "
        'of being "asleep at the wheel" and Sir Keir Starmer insisting ministers had acted.\n\n'
        "Senators pressed an executive on Thursday, with one lawmaker accusing the company of treating child safety "
        'as "a public relations problem."'
    )
    assert _speakers(text) == ["Kemi Badenoch", "a lawmaker"]


def test_a_with_clause_of_two_people_names_no_speaker() -> None:
    text = 'Kemi Badenoch met Keir Starmer. The debate ended with the two of them arguing about "who had done more".'
    assert _speakers(text) == [None]


def test_a_brand_with_an_inner_capital_named_twice_is_an_organisation_for_its_spokesperson() -> None:
    text = (
        "The questions include whether WeWork founder Adam Neumann engaged in self-dealing.\n\n"
        "WeWork is headquartered in New York City. A company spokesperson said in an email that "
        '"we have received an inquiry and are cooperating in the matter."'
    )
    assert _speakers(text) == ["WeWork"]


def test_a_name_prefix_with_an_inner_capital_is_no_brand() -> None:
    text = (
        "DeSantis signed the bill on Monday. DeSantis is expected to campaign on it.\n\n"
        '"We have received an inquiry and are cooperating in the matter," a company spokesperson said.'
    )
    assert _speakers(text) == [None]


def test_title_before_a_council_member_and_a_chief_censor() -> None:
    text = (
        '"We cannot keep delaying this project," said council member Dale Whitcomb.\n\n'
        'Chief Censor Amira Haddad said the ruling should "settle the question for every platform".'
    )
    assert _speakers(text) == ["Dale Whitcomb", "Amira Haddad"]


def test_pronoun_inside_an_anonymous_description_is_resolved_or_nothing() -> None:
    text = (
        "The Home Secretary, Sarah Nair, is said to favour the plan. A source close to her said she was firm. "
        '"She will not back down on this one," the source said.'
    )
    assert _speakers(text) == ["a source close to Sarah Nair"]
    unclear = 'Two ministers met. A source close to her said: "Nothing has been decided about the plan yet."'
    assert _speakers(unclear) == [None]


def test_the_ally_refers_back_to_one_ally_of_someone() -> None:
    text = (
        "Privately, one ally of the chancellor concedes that the Treasury has doubts.\n\n"
        '"She wants this settled before the budget," the ally said.'
    )
    assert _speakers(text) == ["an ally of the chancellor"]


def test_spokesperson_for_an_unnamed_office_holder_is_the_holder_or_nothing() -> None:
    named = (
        "Oregon's governor, Tina Kotek, backed the plan last year. A spokesperson for the governor said she "
        'remained "fully committed to the project".'
    )
    assert _speakers(named) == ["Tina Kotek"]
    unnamed = 'A spokesperson for the mayor said he remained "fully committed to the project".'
    assert _speakers(unnamed) == [None]


def test_self_described_account_is_no_certain_speaker() -> None:
    text = (
        "A post on X by an account describing itself as the platform's Africa policy team said: "
        '"We have removed the content listed in the notice."'
    )
    assert _speakers(text) == [None]


def test_parent_known_through_a_child_is_nobody_certain() -> None:
    text = (
        "One father whose son attends the academy told the paper that the school had not replied. "
        '"We wrote three times and heard nothing back," he said.'
    )
    assert _speakers(text) == [None]


def test_one_of_a_group_named_in_apposition() -> None:
    text = (
        "Nine women were targeted. One of them, Green councillor Maeve Doyle, said she found out from a friend.\n\n"
        '"Nobody warned me that this could happen," she said.'
    )
    assert _speakers(text) == ["Maeve Doyle"]


def test_relative_clause_subject_speaks() -> None:
    text = (
        'The debate heard from the minister Tomas Rainer, who said member states "will not be intimidated by it".\n\n'
        'Elon Musk, who has called the law "an attack on free speech itself", did not comment.'
    )
    assert _speakers(text) == ["Tomas Rainer", "Elon Musk"]


def test_us_senator_with_party_district_after_the_name() -> None:
    text = '"We wrote this bill for one reason only," said its author, Sen. Dana Whitfield, DFL-Duluth.'
    assert _speakers(text) == ["Dana Whitfield"]


def test_pronoun_closing_a_quote_that_runs_over_paragraphs() -> None:
    text = (
        "Justice Marie-Claude Roy, writing for the court, rejected the appeal.\n\n"
        '"A public photograph is still personal information under the Act.\n\n'
        '"Nor can a company disclaim what its own tool was built to do," she wrote.'
    )
    assert _speakers(text) == ["Marie-Claude Roy"]


def test_verb_in_a_conditional_clause_does_not_take_the_quote() -> None:
    text = (
        "The first minister, Ann Gray, faced questions. The first minister replied that the law would pass before "
        "summer if parliament agreed to the timetable.\n\n"
        '"I want to be absolutely clear with the chamber about this."'
    )
    assert _speakers(text) == ["Ann Gray"]


def test_it_after_a_fronted_place_and_a_live_blog_time_stamp() -> None:
    text = (
        '12:30 A State Department spokesperson said the move would "harm American companies abroad".\n\n'
        '13:05 In London, Ofcom has put out a short statement. It says it "notes the decision with interest".'
    )
    assert _speakers(text) == ["State Department", "Ofcom"]


def test_owned_words_label_with_a_place_and_a_time_stamp() -> None:
    text = (
        "11:02 Henna Virkkunen has announced the fine.\n\n"
        '11:05 Virkkunen\'s first words in the briefing room: "This product was designed without any care."'
    )
    assert _speakers(text) == ["Henna Virkkunen"]


def test_an_organisations_team_named_again_without_its_owner() -> None:
    text = (
        "X will add age checks, the company's Trust team said in a post on Friday.\n\n"
        '"We listened to parents and to regulators about this," the Trust team wrote.'
    )
    assert _speakers(text) == ["X"]


def test_the_group_after_a_described_one_word_group() -> None:
    text = (
        "Campaign group FairNet urged ministers to act faster.\n\n"
        '"A ruling after two years is not a deterrent for anyone," the group said.'
    )
    assert _speakers(text) == ["FairNet"]


def test_the_ministers_of_a_joint_letter_are_a_group() -> None:
    text = (
        "Two ministers, Anna Price and Tom Hale, wrote to the firms. In the letter, the ministers said the firms had "
        '"a duty to stop profiting from these tools".'
    )
    assert _speakers(text) == [None]


def test_lower_case_commons_committee_is_the_committee() -> None:
    text = 'In its report, the Commons home affairs committee said the police had been "far too slow to act".'
    assert _speakers(text) == ["Home Affairs Committee"]


def test_unnamed_executive_in_the_lede_is_the_person_named_next() -> None:
    text = (
        'A senior X executive has admitted to MPs that the filters "should have been much stronger".\n\n'
        "Dana Cole, X's head of policy for Europe, gave evidence on Tuesday alongside Elon Musk's lawyer."
    )
    assert _speakers(text) == ["Dana Cole"]
    unknown = 'A senior X executive has admitted to MPs that the filters "should have been much stronger".'
    assert _speakers(unknown) == ["a senior X executive"]


def test_weak_verb_then_a_pronoun_clause_without_that() -> None:
    text = (
        "The Information Regulator, which enforces the privacy law, confirmed it had received two complaints "
        'and was "assessing whether to open an investigation".'
    )
    assert _speakers(text) == ["Information Regulator"]


def test_put_it_to_introduces_the_interviewers_question() -> None:
    text = (
        "The minister, Rhona Bell, defended the plan. The presenter Ian Marsh put it to the minister that the "
        'regulator had been scrapped. "Is this not what happens when you scrap the one body meant to act?"'
    )
    assert _speakers(text) == ["Ian Marsh"]


def test_unnamed_office_holder_of_an_organisation_speaks_for_it() -> None:
    text = (
        'Musk reacted angrily. X\'s head of global affairs said the firm would "appeal this decision in court".\n\n'
        "Ofcom's chief executive, Melanie Dawes, spoke later. Ofcom's chief executive said the company was "
        '"not above the law in any way".'
    )
    assert _speakers(text) == ["X", "Melanie Dawes"]


def test_weak_verb_without_speech_leaves_the_earlier_speech_verb() -> None:
    text = (
        "Marco Conti, the undersecretary for digital policy, wrote on X that he had asked the cyber agency to "
        'assess "the risks for children online".'
    )
    assert _speakers(text) == ["Marco Conti"]
    other = 'Ofcom said a user had asked Grok to put her in "a very small bikini top".'
    assert _speakers(other) == [None]


def test_expected_to_say_is_the_subjects_speech() -> None:
    text = 'Rosa Lind, the home secretary, is expected to say: "For too long the firms have hidden behind users."'
    assert _speakers(text) == ["Rosa Lind"]


def test_the_person_refers_back_to_an_unnamed_source() -> None:
    text = (
        "A source close to the regulator said fines were possible but gave no figure.\n\n"
        '"Nobody is pretending this is a small matter for them," the person said.'
    )
    assert _speakers(text) == ["a source close to the regulator"]


def test_bare_role_apposition_makes_an_unknown_name_a_speaker() -> None:
    text = (
        "Ofcom said it was engaging with X. Its director, Ruth Kane, told MPs the firm had replied.\n\n"
        "Orla Brannigan, policy coordinator at the Safe Online Alliance, said the inquiry was overdue. "
        '"For the women affected, every single month matters," she said.'
    )
    assert _speakers(text) == ["Orla Brannigan"]


def test_nationality_epithet_is_the_person_in_focus() -> None:
    text = (
        "Reilly, her coach, was pleased.\n\n"
        'Anna Lindqvist took silver and was gracious. "Mia rode better than anyone today," the Swede said.'
    )
    assert _speakers(text) == ["Anna Lindqvist"]


def test_legal_representative_in_a_country_speaks_for_the_company() -> None:
    text = (
        "In a statement, X's legal representative in Brazil said the company \"complies with Brazilian law in "
        'full" and would cooperate.'
    )
    assert _speakers(text) == ["X"]


def test_relative_clause_after_a_name_completing_another_noun_is_unsure() -> None:
    text = 'Campaigners praised the mother of Molly Russell, who said the law was "long overdue for every family".'
    assert _speakers(text) == [None]


def test_the_executive_refers_back_to_an_unnamed_office_holder() -> None:
    text = (
        "X's head of global affairs said the company would appeal. "
        '"This decision is an attack on free expression and we will fight it," the executive wrote on X.'
    )
    assert _speakers(text) == ["X"]


def test_the_statement_read_names_its_author() -> None:
    text = (
        'Ofcom issued a statement on Monday. "We have opened an investigation into the platform today," '
        "the statement read."
    )
    assert _speakers(text) == ["Ofcom"]
