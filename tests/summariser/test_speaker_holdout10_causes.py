"""Speaker causes found by reading holdout10's errors, each tested on our own sentences (other names, other topics,
the same construction), with traps where the speaker must stay None or be someone else.

Causes: initials written together ("K.G.") split so a later "Mr." found half a name; a live-blog entry opening on its
own time stamp did not start a new context; a name with an unknown given name after "<Country>'s <title>," not kept;
a legislator's party and state in brackets opened a clause; "Jan" taken for a man; the Italian particle "delli";
"the person said" cut to "a person"; a nationality before a title as an epithet; "one of them said" after an
unnamed group; "the minister" before the article names a second one; an "according to" aside; "X, for its part,"
read as a list; "said by email"; a described body before a speech participle; "the account wrote"; court verbs
("submitted that", "holding that"). Then holdout8's and the real pages' remainder: a second quote of a long "submitted
evidence saying" clause; broadcast script cues ("[SOT — NAME, TITLE]"); an object of the sentence the speaker opens
taken for a rival "he"; the second half of a split quote; "the production company" among several companies.
"""

from __future__ import annotations

import pytest

from summariser._quotes import extract_quotes
from summariser._text import split_document
from tests.summariser.speaker_cases import Case, speaker_tests

Q = '"We will not sign off on a scheme that leaves tenants paying for the repairs,"'

CASES: list[Case] = [
    # -- initials written together ----------------------------------------------------------------------------------
    (
        "glued_initials_are_one_name",
        "Appearing for the port authority, senior counsel R.K. Menon told the tribunal the levy was lawful.\n\n"
        '"The harbour cannot be run on goodwill and a collection tin," Mr. Menon argued.',
        ["R.K. Menon"],
    ),
    (
        "trap_country_initials_are_no_given_name",
        "U.S. Senator Dana Fellowes said on Tuesday that the levy was "
        '"a tax on every family that ships a parcel", and vowed to block it.',
        ["Dana Fellowes"],
    ),
    # -- a live-blog entry opening on its stamp -----------------------------------------------------------------------
    (
        "stamped_entry_opens_a_new_context",
        '10.05pm - We are pausing here. To recap: the port is shut, and Maersk says it is "rerouting ships" '
        "tonight.\n\n"
        "9.40pm - Over to Lagos, where Transport Minister Bayo Adeyemi has just briefed reporters after a cabinet "
        "meeting.\n\n"
        'He said the ban would stay "until every operator has shown us a safety plan we can check".',
        ["Bayo Adeyemi"],
    ),
    (
        "trap_no_pronoun_reaches_into_the_previous_entry",
        "9.40pm - Transport Minister Bayo Adeyemi has briefed reporters in Lagos after a cabinet meeting.\n\n"
        "9.10pm - Over to the port, where queues of lorries now stretch for miles.\n\n"
        'He said the ban would stay "until every operator has shown us a safety plan we can check".',
        [None],
    ),
    # -- a name after a possessive title clause ----------------------------------------------------------------------
    (
        "name_after_a_countrys_title_is_a_person",
        "In Nairobi, Kenya's Cabinet Secretary for Roads and Transport, Wanjiru Kamau-Odede, has told senators that "
        'the toll will stay until the operator provides "a concrete plan and a timeline".\n\n'
        '"Motorists have paid for this road twice already and they will not pay a third time," she said.',
        ["Wanjiru Kamau-Odede", "Wanjiru Kamau-Odede"],
    ),
    # -- a legislator's party and state after the name -------------------------------------------------------------
    (
        "party_state_tag_before_an_apposition",
        "Rep. Dana L. Whitcombe (D-Ore.), the committee's ranking member, said the rule had been "
        '"written by the industry for the industry" and should be withdrawn.',
        ["Dana L. Whitcombe"],
    ),
    (
        "senate_tag_then_said_in_a_statement",
        "Sen. Mark Ellery (R-Idaho), its Senate sponsor, said in a statement that the agency "
        '"already has every power it needs" and should use them.',
        ["Mark Ellery"],
    ),
    (
        "british_party_tag",
        "Ruth Okafor (Lab), who chairs the group, said the scheme was "
        '"a bureaucratic maze designed to make people give up" and asked for a review.',
        ["Ruth Okafor"],
    ),
    # -- "Jan" is worn by women and men ----------------------------------------------------------------------------
    (
        "jan_is_no_mans_name_by_itself",
        "Rep. Jan Holloway (Ore.), the panel's top Republican, pressed the agency on its backlog.\n\n"
        "Holloway was not satisfied. She said the agency had ignored the committee for a year.\n\n" + Q + " she said.",
        ["Jan Holloway"],
    ),
    # -- the Italian particle "delli" ----------------------------------------------------------------------------------
    (
        "delli_is_a_name_particle",
        "The tenants' union said the fund had come too late.\n\n"
        + Q
        + " said Lucia delli Carri, the union's housing officer.",
        ["Lucia delli Carri"],
    ),
    # -- "the person said" keeps the whole description -----------------------------------------------------------
    (
        "the_person_keeps_familiar_with",
        "One person familiar with the negotiations said two councils were likely to walk away.\n\n"
        '"Nobody at the table believes the county can pay what it has promised," the person said.',
        ["a person familiar with the negotiations"],
    ),
    # -- a nationality before a title as an epithet -------------------------------------------------------------------
    (
        "nationality_epithet_for_the_last_speaker",
        '"The port is not a piggy bank for the ministry," Lars Öberg, the harbour board\'s chairman, told reporters.'
        "\n\n"
        'The Swedish executive said the levy was "based on the books, not on politics", and left without questions.',
        ["Lars Öberg", "Lars Öberg"],
    ),
    (
        "trap_nationality_epithet_with_another_person_in_view",
        '"The port is not a piggy bank for the ministry," Lars Öberg told reporters after meeting Pierre Lamy.\n\n'
        'The French minister said the levy was "based on the books, not on politics", and left without questions.',
        ["Lars Öberg", None],
    ),
    # -- "one of them said" ----------------------------------------------------------------------------------------
    (
        "one_of_them_after_an_unnamed_group",
        "Two council officials said the depot would close in May. "
        '"That part is settled, but the jobs question is not," one of them said.',
        ["a council official"],
    ),
    (
        "trap_one_of_named_people",
        "Jane Smith and Tom Brown said they were worried about the depot. "
        '"That part is settled, but the jobs question is not," one of them said.',
        [None],
    ),
    # -- "the minister" before a second minister is named ------------------------------------------------------------
    (
        "the_minister_before_a_later_minister",
        "Housing Minister Tom Reid has said a new approach is coming. A spokesperson for the minister told me this "
        'week that the bill would be tabled "when it is ready and not before".\n\n'
        "Justice Minister Ana Castillo has promised a separate offence for landlords.",
        ["Tom Reid"],
    ),
    (
        "trap_two_ministers_named_before",
        "Housing Minister Tom Reid and Justice Minister Ana Castillo met on Monday. A spokesperson for the minister "
        'told me that the bill would be tabled "when it is ready and not before".',
        [None],
    ),
    # -- an "according to" aside ----------------------------------------------------------------------------------
    (
        "according_to_aside_keeps_the_speech_verbs_subject",
        'Meta, for its part, says it has changed its ranking system and "acts quickly" on abuse. It told the '
        "ombudsman, according to a letter seen by this newspaper, that its practices were "
        '"entirely consistent with Irish law".',
        ["Meta"],
    ),
    (
        "trap_according_to_a_document_alone",
        'Rents rose by a fifth last year, according to a council report that called the rise "the steepest '
        'anyone on the committee can remember".',
        [None],
    ),
    # -- said by email -------------------------------------------------------------------------------------------
    (
        "said_by_email",
        "After the hearing, an Ofcom spokesperson said by email that the regulator "
        '"will use every power Parliament has given it" and would publish its findings.',
        ["Ofcom"],
    ),
    # -- a described body before a speech participle -----------------------------------------------------------------
    (
        "described_body_before_a_participle",
        "The Lyon prosecutor's office confirmed the arrests in a short statement on Tuesday, noting that the "
        'suspects had been "known to investigators for several months".',
        ["Lyon prosecutor's office"],
    ),
    # -- the account -----------------------------------------------------------------------------------------------
    (
        "the_account_is_its_owner",
        "Asked for comment, TikTok referred to a post on its Public Policy account from March in which it called "
        'the inquiry "a fishing expedition".\n\n'
        '"We will defend our users against this kind of overreach in every court," the account wrote at the time.',
        ["TikTok"],
    ),
    (
        "trap_the_account_of_an_unclear_owner",
        "Ofcom wrote to TikTok about a post on its Public Policy account.\n\n"
        '"We will defend our users against this kind of overreach in every court," the account wrote.',
        [None],
    ),
    # -- court verbs -------------------------------------------------------------------------------------------------
    (
        "counsel_submitted_that",
        "Appearing for the company, senior advocate P.S. Narayan submitted that the rules had become "
        '"a second licensing regime run from a web portal" and asked the court to strike them down.',
        ["P.S. Narayan"],
    ),
    (
        "judge_holding_that",
        "In March, Justice A. Rao had dismissed the company's petition challenging the use of the 2021 rules and a "
        "state portal to send takedown notices, holding that the platform "
        '"cannot be left to police itself on matters of public order".',
        ["A. Rao"],
    ),
    # -- holdout8 remainder and real pages ----------------------------------------------------------------------------
    (
        "second_quote_of_a_long_evidence_clause",
        "The Care Quality Commission, which inspects hospitals across England, submitted written evidence saying its "
        'review of the trust was "progressing" and that it expected to publish a first report on the wards '
        '"well before the end of the summer".',
        ["Care Quality Commission"],
    ),
    (
        "broadcast_script_cue",
        "[REPORTER — VO]\nState Senator Maria Delgado of Tucson wants a vote before the summer recess.\n\n"
        "[SOT — SEN. MARIA DELGADO, D-TUCSON]\n"
        '"If the water board will not act, the legislature will, and we will do it this session."',
        ["Maria Delgado"],
    ),
    (
        "trap_cue_for_someone_the_article_never_names",
        "[REPORTER — VO]\nThe board met on Tuesday.\n\n[SOT — RESIDENT, PUBLIC COMMENT]\n"
        '"If the water board will not act, the legislature will, and we will do it this session."',
        [None],
    ),
    (
        "object_of_the_focus_sentence_is_no_rival",
        "Tavish Okoro, who represents Michael Grant, said his client would plead not guilty.\n\n"
        "Okoro declined to address whether Grant slept on duty that night. "
        '"When all the evidence is heard about how short-staffed the unit was," he said, '
        '"you may see this very differently."',
        ["Tavish Okoro", "Tavish Okoro"],
    ),
    (
        "trap_split_quote_after_an_unclear_he",
        "Tom Reid and Sam Hill left the meeting early. "
        '"When all the evidence is heard about how short-staffed the unit was," he said, '
        '"you may see this very differently."',
        [None, None],
    ),
    (
        "described_company_named_by_its_modifier",
        "Harbour Records issued a statement on Monday about the dispute.\n\n"
        "Shortly after news broke that the two companies had reached a deal, Northgate Productions denied it had "
        "agreed anything with the label.\n\n"
        '"No agreement has been reached and nothing will be signed this week," the production company said.',
        ["Northgate Productions"],
    ),
    (
        "trap_bare_company_with_two_in_view",
        "Harbour Records issued a statement on Monday about the dispute.\n\n"
        "Shortly after news broke that Harbour and Northgate Productions had reached a deal, the singer posted "
        "a video.\n\n"
        "The company denied the claims in a statement. "
        '"No agreement has been reached and nothing will be signed this week," the statement read.',
        [None],
    ),
    (
        "said_title_name_of_body",
        "Ice on the moon is thicker than anyone modelled. "
        '"Organic matter is very important for the chances of life under that crust," said planetary geologist '
        "Marisol Quenta of the Andean Space Institute in Lima.",
        ["Marisol Quenta"],
    ),
    (
        "long_apposition_after_the_name",
        "The model ran for eighteen months on the national supercomputer.\n\n"
        '"Experiments of this kind pay off when you get out more than you put in," Tavish Morrow, a postdoctoral '
        "fellow at the Institute for Climate Physics in Potsdam, Germany, and co-author of the study, said in a "
        "statement.",
        ["Tavish Morrow"],
    ),
    (
        "trap_long_apposition_naming_a_second_person",
        '"Experiments of this kind pay off when you get out more than you put in," Tavish Morrow, a postdoctoral '
        "fellow at the Institute for Climate Physics, Jane Holt, a professor at the Potsdam Institute, and their "
        "student, said.",
        [None],
    ),
    (
        "trap_long_clause_after_an_unnamed_subject",
        '"Experiments of this kind pay off when you get out more than you put in," one of the researchers at the '
        "Institute for Climate Physics in Potsdam, Germany, who asked not to be named because of the review, said.",
        [None],
    ),
    (
        "title_ending_on_its_owner_in_commas",
        "The minister pointed to the Privacy Commissioner of Ontario, Margaret Thorne, who opened an inquiry in "
        "March.\n\n"
        'A spokesperson for the privacy commissioner told reporters that the commissioner would "welcome any new '
        'powers the legislature sees fit to provide".',
        ["Margaret Thorne"],
    ),
    (
        "trap_title_of_the_client_in_commas",
        "Counsel for the Privacy Commissioner of Ontario, Margaret Thorne, told the court the order was lawful.\n\n"
        'A spokesperson for the privacy commissioner told reporters that the commissioner would "welcome any new '
        'powers the legislature sees fit to provide".',
        ["a spokesperson for the privacy commissioner"],  # not Margaret Thorne: she is counsel, not the commissioner
    ),
    (
        "party_member_epithet_after_a_nationality",
        "The Parliament's lead negotiator on the file, Ingrid Solberg, welcomed the fine but said it came late.\n\n"
        '"Six months is faster than before, and I welcome that, but the victims needed action in January," the '
        "Norwegian Social Democrat said.",
        ["Ingrid Solberg"],
    ),
    (
        "regulator_named_in_apposition_after_its_description",
        "MILAN - The region's data protection authority, the Tutore per la protezione dei dati personali, on "
        "Friday issued a formal warning to the app.\n\n"
        'In a note on its website, the Tutore said it had "opened an investigation and is ready to adopt urgent '
        'measures".',
        ["Tutore"],
    ),
    (
        "body_that_sent_us_a_statement",
        "15:34 The minister replies that the department is looking very carefully at the rules.\n\n"
        '16:02 Reaction from TikTok, which has sent us a statement: "TikTok has zero tolerance for unsafe drivers and '
        'will keep cooperating with the city."',
        ["TikTok"],
    ),
    (
        "trap_statement_sent_with_two_named",
        '16:02 Reaction from TikTok and Meta, which have sent us a statement: "We have zero tolerance for unsafe '
        'drivers and will keep cooperating with the city."',
        [None],
    ),
    (
        "turning_to_speak_by_addressing",
        "Transport Minister Bayo Adeyemi spoke for an hour on the new rules.\n\n"
        "Adeyemi ended the briefing by addressing the operators directly. "
        '"You are welcome in Lagos. Your buses are welcome in Lagos. But our rules apply to you."',
        ["Bayo Adeyemi"],
    ),
    (
        "trap_addressing_in_the_paragraph_before_with_a_rival",
        "Transport Minister Bayo Adeyemi and Governor Tunde Bakare spoke for an hour on the new rules.\n\n"
        "The briefing ended by addressing the operators directly. "
        '"You are welcome in Lagos. Your buses are welcome in Lagos. But our rules apply to you."',
        [None],
    ),
    (
        "claim_answered_by_a_quote_then_and_that",
        "Capt. Dana Whitlock, a spokesperson for the coalition, told reporters on Monday that the ministry's claim "
        '"is patently false," and that "the coalition is not stopping anyone from leaving the camp."',
        ["Dana Whitlock"],
    ),
    (
        "trap_claim_words_still_the_claimants",
        "Officials rejected the ministry's claim that the coalition was "
        '"stopping anyone from leaving the camp at night".',
        [None],
    ),
    (
        "age_epithet_keeps_the_person_in_view",
        "Priya Raman found out on a Friday. A neighbour sent her a screenshot with no message, and when she opened "
        "it she saw her own photograph, altered to show her almost naked.\n\n"
        "The 34-year-old nurse from Derby had never heard of the app. Within a week she had learned more about it "
        "than she ever wanted to.\n\n"
        '"I remember thinking, somebody will take this down by the morning," she says.',
        ["Priya Raman"],
    ),
    (
        "trap_a_new_woman_introduced_between",
        "Priya Raman found out on a Friday.\n\n"
        "A 34-year-old nurse from Derby had seen the same image spread through her own street.\n\n"
        '"I remember thinking, somebody will take this down by the morning," she says.',
        ["a 34-year-old nurse from Derby"],  # the woman just introduced, her description cut at its verb
    ),
    (
        "weak_verb_with_a_plain_object_reports_no_words",
        "The convener pressed the chief inspector on whether the company was cooperating.\n\n"
        "Chief Inspector Dana Whitlock said the company had answered most requests for data "
        '"within a reasonable time", but that some had taken weeks.',
        ["Dana Whitlock"],
    ),
    (
        "trap_inner_speech_verb_with_its_own_clause",
        "Chief Inspector Dana Whitlock said the company had answered that the requests were "
        '"being handled within a reasonable time".',
        [None],
    ),
    (
        "capitalised_descriptor_before_the_leading_name",
        "Her coach, Tom Reilly, said the jump had taken two seasons. "
        '"She fell on it more times than I can count," Reilly said.\n\n'
        "Defending champion Karin Nyberg, who took silver, was gracious in defeat. "
        '"Mia rode better than anyone today and she deserved it," the Swede said.',
        ["Tom Reilly", "Karin Nyberg"],
    ),
    (
        "headline_labelled_by_a_bodys_act",
        "Ofcom investigation: 'We will not hesitate to act on this'\n\n"
        "The UK's online safety regulator opened a formal investigation into the site on Monday.",
        ["Ofcom"],
    ),
    (
        "trap_headline_labelled_by_a_persons_act",
        "Reid inquiry: 'We will not hesitate to act on this'\n\n"
        "Tom Reid and Sam Hill opened a formal inquiry into the site on Monday.",
        [None],
    ),
]


test_speaker, test_each_mechanism_has_traps = speaker_tests(CASES, min_traps=6)


def test_sentence_opening_function_word_is_no_title() -> None:
    text = (
        "Neither Dana Whitlock nor Tom Brennan came to the hearing on Monday.\n\n"
        'Ms Whitlock later wrote on her own account that the inquiry was "becoming a very strange affair indeed".'
    )
    quotes = extract_quotes(split_document(text))
    assert [(q.speaker, q.speaker_role) for q in quotes] == [("Dana Whitlock", None)]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        pytest.param(
            "Kenya's Minister of Roads and Transport, Wanjiru Kamau-Odede, told senators the toll would stay until "
            'the operator provides "a concrete plan and a timeline".',
            "Kenya's minister of roads and transport",
            id="portfolio_with_and_after_a_possessive",
        ),
        pytest.param(
            "The exchanges grew noisy enough for the Speaker, Sir Lindsay Hoyle, to intervene. "
            '"Order! The public want to hear the answers, even if some members do not," he said.',
            "speaker",
            id="title_after_a_verbs_preposition",
        ),
    ],
)
def test_role_before_the_name_in_commas(text: str, role: str) -> None:
    assert [q.speaker_role for q in extract_quotes(split_document(text))] == [role]


def test_title_of_someone_the_name_is_close_to_is_not_theirs() -> None:
    text = 'An aide to the minister, Tom Reid, said the plan was "the best we could do in the time we had".'
    assert [q.speaker_role for q in extract_quotes(split_document(text))] == [None]
