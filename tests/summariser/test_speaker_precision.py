"""Speaker precision: pronouns, "it"/"they" and bare quote paragraphs where more than one candidate is in view (our own
news copy). A pronoun names someone only when one person (or body) of its kind is in view since the last speaker;
otherwise the speaker is None. Each case gives the exact speakers: a wrong name is the failure these cases guard."""

from __future__ import annotations

import pytest

from summariser._quotes import extract_quotes
from summariser._text import split_document

Q = '"We will keep pressing until the company gives families a straight answer about what happened,"'
Q2 = '"Nobody in this building thinks the current rules are anywhere near good enough for children,"'

CASES: list[tuple[str, str, list[str | None]]] = [
    # -- two people of the same gender in view -------------------------------------------------------------------
    (
        "trap_two_men_subject_and_object_he",
        "Peter Kyle met Elon Musk in London on Tuesday to discuss the new safety duties.\n\n" + Q + " he said.",
        [None],
    ),
    (
        "trap_two_men_list_he",
        "Ofcom has written to Nick Pickles and Elon Musk asking for details of the chatbot's safeguards.\n\n"
        + Q
        + " he said.",
        [None],
    ),
    (
        "trap_object_man_only_he",
        "Ofcom wrote to Linda Yaccarino and Nick Pickles on Monday, asking how the tool had been tested.\n\n"
        + Q
        + " he said.",
        [None],
    ),
    (
        "trap_two_women_named_she",
        "Melanie Dawes and Lucy Powell both appeared before the committee on Wednesday morning.\n\n" + Q + " she said.",
        [None],
    ),
    (
        "trap_two_women_apposition_she",
        "The complaint was drafted by Baroness Kidron, the crossbench peer, with the help of Imran Ahmed's "
        "researcher, Callum Hood, and the lawyer Tamsin Allen.\n\n" + Q + " she said.",
        [None],
    ),
    (
        "she_second_woman_accusing_last",
        "Liz Kendall, the technology secretary, set out the timetable in the Commons.\n\n"
        "Her shadow, Julia Lopez, accused the government of dragging its feet for months.\n\n" + Q + " she said.",
        ["Julia Lopez"],
    ),
    (
        "she_other_woman_writing_after_speaker",
        'Melanie Dawes said the regulator was "looking very closely" at the chatbot.\n\n'
        "Separately, the Conservative MP Caroline Dinenage wrote to the chief executive of X demanding answers.\n\n"
        + Q
        + " she said.",
        ["Caroline Dinenage"],
    ),
    (
        "trap_he_two_men_three_paragraphs_back",
        'Elon Musk said on Sunday that the investigation was "an attack on free speech".\n\n'
        "The chancellor, Rachel Reeves, declined to comment on the row.\n\n"
        "Campaigners have urged Keir Starmer to leave the platform.\n\n" + Q + " he said.",
        ["Elon Musk", None],
    ),
    (
        "trap_he_man_inside_previous_quote",
        'Liz Kendall said: "I have spoken to Peter Kyle and we agree this cannot wait."\n\n'
        "The statement came hours after the regulator opened its inquiry.\n\n" + Q + " he said.",
        ["Liz Kendall", None],
    ),
    (
        "trap_he_speaker_inside_reported_clause",
        "Sarah Olney said Ed Davey had told her the party would force a vote on the issue next week.\n\n"
        + Q
        + " he said.",
        [None],
    ),
    (
        "trap_she_reported_clause_two_women",
        "Liz Kendall said Melanie Dawes had assured her that the inquiry would be quick.\n\n" + Q + " she said.",
        [None],
    ),
    # -- a woman and a man: the pronoun decides -----------------------------------------------------------------
    (
        "she_woman_and_man_previous_paragraph",
        "Melanie Dawes met Elon Musk's lawyers in London on Tuesday.\n\n" + Q + " she said.",
        ["Melanie Dawes"],
    ),
    (
        "he_man_and_woman_same_paragraph",
        'Peter Kyle, who met Melanie Dawes on Monday, said the law was clear. "We expect every platform to '
        'follow it, whoever owns it and wherever they are based," he said.',
        ["Peter Kyle"],
    ),
    (
        "she_speaker_then_man_in_background",
        'Liz Kendall said the government would "not stand by" while the platform stalled.\n\n' + Q2 + " she said.",
        ["Liz Kendall"],
    ),
    (
        "he_single_man_previous_paragraph",
        "Ed Davey, the Liberal Democrat leader, said the government had been far too slow to act.\n\n"
        + Q
        + " he said.",
        ["Ed Davey"],
    ),
    (
        "she_same_paragraph_only_person",
        "Caroline Dinenage chairs the culture committee. " + Q + " she said.",
        ["Caroline Dinenage"],
    ),
    # -- "it" and "they" ---------------------------------------------------------------------------------------
    (
        "trap_it_regulator_and_company",
        "Ofcom has opened a formal investigation into X over the chatbot's image tool.\n\n" + Q + " it said.",
        [None],
    ),
    (
        "trap_it_company_and_regulator_list",
        "The European Commission sent a request for information to Meta on Friday.\n\n" + Q + " it said.",
        [None],
    ),
    (
        "it_single_company",
        "Meta said on Thursday that it had removed the accounts within hours.\n\n" + Q + " it said.",
        ["Meta"],
    ),
    (
        "trap_they_group_and_body",
        "The Molly Rose Foundation met Ofcom on Thursday to discuss the draft codes.\n\n" + Q + " they said.",
        [None],
    ),
    (
        "trap_they_two_bodies",
        "The NSPCC and Barnardo's have both criticised the timetable set by the Home Office.\n\n" + Q + " they said.",
        [None],
    ),
    # -- "the company", "the minister" with rivals ---------------------------------------------------------------
    (
        "trap_the_company_two_companies",
        "Meta and TikTok were both named in the report published by the regulator on Monday.\n\n"
        + Q
        + " the company said.",
        [None],
    ),
    (
        "trap_the_minister_two_ministers",
        "Jess Phillips, the safeguarding minister, and Alex Davies-Jones, the victims minister, visited the "
        "school on Friday.\n\n" + Q + " the minister said.",
        [None],
    ),
    # -- bare quote paragraphs -----------------------------------------------------------------------------------
    (
        "bare_quote_after_second_speaker_is_theirs",
        'Melanie Dawes said the regulator would "act quickly".\n\n'
        'Imran Ahmed, of the Center for Countering Digital Hate, said Ofcom had "been warned for months".\n\n'
        + Q[:-2]
        + '."',
        ["Imran Ahmed", "Imran Ahmed"],
    ),
    (
        "trap_bare_quote_after_paragraph_naming_another",
        "Melanie Dawes said the regulator had written to the company on Monday.\n\n"
        "Ian Russell, whose daughter Molly died in 2017, has campaigned for tougher rules.\n\n" + Q[:-2] + '."',
        [None],
    ),
    (
        "trap_bare_quote_after_reported_then_object",
        "Peter Kyle said he had asked Ofcom to report back by the end of the month.\n\n"
        "He also met Ian Russell and Andy Burrows, the foundation's chief executive.\n\n" + Q[:-2] + '."',
        [None],
    ),
    (
        "trap_bare_quote_after_two_speakers_same_paragraph",
        "Lucy Powell said the government would act, while Julia Lopez said it had already waited too long.\n\n"
        + Q[:-2]
        + '."',
        [None],
    ),
    # -- interviews ----------------------------------------------------------------------------------------------
    (
        "trap_interview_question_then_she_two_women",
        "Laura Kuenssberg asked Liz Kendall on Sunday whether the law would ever be enforced.\n\n" + Q + " she said.",
        [None],
    ),
    (
        "interview_question_man_to_woman_she",
        "Nick Robinson asked Liz Kendall on Today whether the law would ever be enforced.\n\n" + Q + " she said.",
        ["Liz Kendall"],
    ),
    (
        "trap_interview_he_asker_and_answerer_men",
        "Nick Robinson put it to Peter Kyle that ministers had ignored the warnings.\n\n" + Q + " he said.",
        [None],
    ),
    # -- live blogs, subheadings ---------------------------------------------------------------------------------
    (
        "trap_live_blog_new_entry_he",
        "14.02 GMT\n\n"
        'Peter Kyle said the platform had "crossed a line that no platform should ever cross".\n\n'
        "14.35 GMT\n\n"
        "The home affairs committee will hold an evidence session next week.\n\n" + Q + " he said.",
        ["Peter Kyle", None],
    ),
    (
        "trap_live_blog_stamp_then_bare_quote",
        'Melanie Dawes told MPs the regulator would "not hesitate for a moment" to fine the company.\n\n'
        "Updated at 15.10 BST\n\n" + Q[:-2] + '."',
        ["Melanie Dawes", None],
    ),
    (
        "trap_subheading_then_he",
        'Ed Davey said the government was "asleep at the wheel".\n\n'
        "What happens next\n\n"
        "Ofcom has six months to complete the investigation.\n\n" + Q + " he said.",
        ["Ed Davey", None],
    ),
    (
        "trap_subheading_then_bare_quote",
        'Ed Davey said the government was "asleep at the wheel".\n\nPressure from parents\n\n' + Q[:-2] + '."',
        ["Ed Davey", None],
    ),
    # -- a person introduced after the last speaker --------------------------------------------------------------
    (
        "man_introduced_after_speaker_is_he",
        'Peter Kyle said the new offence would be "on the statute book by summer".\n\n'
        "Campaigners were sceptical. Andy Burrows, who runs the Molly Rose Foundation, pointed to years of "
        "delays.\n\n" + Q + " he said.",
        ["Peter Kyle", "Andy Burrows"],
    ),
    (
        "woman_described_after_speaker_is_she",
        'Jess Phillips said victims had been "let down for far too long".\n\n'
        "One mother, whose daughter was targeted at school, described months of abuse.\n\n" + Q + " she said.",
        ["Jess Phillips", "a mother"],
    ),
    (
        "he_after_speaker_with_woman_introduced",
        'Peter Kyle said the new offence would be "on the statute book by summer".\n\n'
        "Lucy Powell, the Commons leader, confirmed the bill would be brought forward.\n\n" + Q + " he said.",
        ["Peter Kyle", "Peter Kyle"],
    ),
    # -- the speaker right before wins when no one else is in view --------------------------------------------
    (
        "she_after_own_quote_paragraph",
        'Melanie Dawes said the regulator was "looking very closely at what" the chatbot did.\n\n' + Q2 + " she added.",
        ["Melanie Dawes", "Melanie Dawes"],
    ),
    (
        "he_after_own_speech_and_background",
        "Ed Davey said ministers had been warned repeatedly.\n\n"
        "The Liberal Democrats have tabled an amendment to the crime bill.\n\n" + Q + " he said.",
        ["Ed Davey"],
    ),
    (
        "it_company_statement_after_company",
        "X did not respond to questions about the tool on Monday evening.\n\n" + Q + " it said in a statement.",
        ["X"],
    ),
    # -- more rivals --------------------------------------------------------------------------------------------
    (
        "trap_he_possessive_and_subject",
        "Keir Starmer's spokesman said Downing Street was working with Ofcom, and Nigel Farage said the "
        "row showed the law had gone too far.\n\n" + Q + " he said.",
        [None],
    ),
    (
        "she_subject_criticised_object_woman",
        "Kemi Badenoch criticised Bridget Phillipson over the delay in a speech on Monday.\n\n" + Q + " she said.",
        ["Kemi Badenoch"],
    ),
    (
        "he_judge_told_the_defendant",
        "Judge Richard Marks told the defendant, Hugo Nelson, that the images had caused lasting harm.\n\n"
        + Q
        + " he said.",
        ["Richard Marks"],
    ),
    (
        "trap_he_two_men_then_background",
        "Peter Kyle and Ed Davey clashed over the timetable during the debate.\n\n"
        "The bill returns to the Lords next month.\n\n" + Q + " he said.",
        [None],
    ),
    (
        "trap_he_after_two_men_in_earlier_paragraphs",
        'Peter Kyle said the law was "clear and it will be enforced".\n\n'
        'Nigel Farage called the inquiry "absurd".\n\n'
        "The row has split the government's own backbenches.\n\n" + Q + " he said.",
        ["Peter Kyle", None],
    ),
    (
        "she_other_woman_spoke_last",
        'Melanie Dawes said: "We will act."\n\n'
        "Lucy Powell told the Commons the regulator had the government's full support.\n\n" + Q + " she said.",
        ["Lucy Powell"],
    ),
    (
        "she_last_speaker_same_paragraph_with_quote",
        "Lucy Powell told the Commons the regulator had the government's full support. " + Q + " she said.",
        ["Lucy Powell"],
    ),
    (
        "trap_they_parents_and_school",
        "Parents at Hartley Academy met the headteacher and the trust on Tuesday evening.\n\n" + Q + " they said.",
        [None],
    ),
    (
        "trap_it_two_regulators",
        "Ofcom and the Information Commissioner's Office are both examining the chatbot.\n\n" + Q + " it said.",
        [None],
    ),
    (
        "trap_he_list_of_three_men",
        "The letter was signed by Ian Russell, Andy Burrows and Imran Ahmed.\n\n" + Q + " he said.",
        [None],
    ),
    (
        "trap_she_apposed_woman_after_speaker",
        'Liz Kendall said the tool was "disgusting and completely unacceptable".\n\n'
        "The announcement was welcomed by the children's commissioner, Rachel de Souza.\n\n" + Q + " she said.",
        ["Liz Kendall", None],
    ),
    (
        "trap_bare_quote_after_woman_then_man_background",
        "Melanie Dawes said the regulator had opened an investigation.\n\n"
        "Elon Musk bought the platform for $44bn in 2022.\n\n" + Q[:-2] + '."',
        [None],
    ),
    (
        "he_single_man_two_paragraphs_nobody_else",
        "Ian Russell set up the foundation after his daughter's death in 2017.\n\n"
        "He has spent seven years campaigning for tougher rules.\n\n" + Q + " he said.",
        ["Ian Russell"],
    ),
    (
        "trap_he_man_only_inside_previous_quote",
        '"I spoke to Nick Pickles this morning and he knows exactly what we expect," said Melanie Dawes.\n\n'
        + Q
        + " he said.",
        ["Melanie Dawes", None],
    ),
    (
        "trap_he_man_only_in_reported_clause_of_a_woman",
        "Melanie Dawes told MPs that Nick Pickles had promised changes to the tool within a fortnight.\n\n"
        + Q
        + " he said.",
        [None],
    ),
    (
        "trap_he_three_paragraphs_with_two_men_between",
        "Peter Kyle said the government would publish its plans in the spring.\n\n"
        "Ian Russell has called for a dedicated regulator for children's safety.\n\n"
        "Andy Burrows, of the Molly Rose Foundation, has made the same case.\n\n"
        "The consultation closes in March.\n\n" + Q + " he said.",
        [None],
    ),
    (
        "trap_he_two_men_in_appositions",
        "Meta's president of global affairs, Nick Clegg, met the Irish regulator's John Evans in Dublin.\n\n"
        + Q
        + " he said.",
        [None],
    ),
    (
        "trap_they_campaigners_and_department",
        "Campaigners met officials from the Department for Education on Wednesday afternoon.\n\n" + Q + " they said.",
        [None],
    ),
    (
        "trap_bare_quote_after_two_bodies_speaking",
        "Ofcom said the platform had failed its duties, while X argued that the tool had been fixed.\n\n"
        + Q[:-2]
        + '."',
        [None],
    ),
    (
        "trap_live_blog_stamp_she",
        "16:45\n\n"
        "Liz Kendall has told the Commons the government will act within weeks.\n\n"
        "17:20\n\n"
        "Labour backbenchers are pressing for a vote before the recess.\n\n" + Q + " she said.",
        [None],
    ),
    (
        "trap_subheading_then_she",
        "Lucy Powell said the bill would return to the Commons before Easter.\n\n"
        "The row over age checks\n\n"
        "Age verification has been mandatory for adult sites since July.\n\n" + Q + " she said.",
        [None],
    ),
    (
        "he_addressee_of_a_woman_answers",
        "Melanie Dawes wrote to Nick Pickles on Monday asking how the tool had been tested.\n\n" + Q + " he said.",
        ["Nick Pickles"],
    ),
    (
        "trap_we_is_never_named",
        "Ian Russell met the technology secretary on Tuesday.\n\n" + Q + " we were told.",
        [None],
    ),
    (
        "he_subject_after_an_opening_participle_clause",
        "Shareholders approved a pay package for Elon Musk worth up to $1tn over the next decade.\n\n"
        "Speaking on stage after the result was announced, Mr Musk thanked investors. " + Q + " he said.",
        ["Elon Musk"],
    ),
    (
        "she_object_then_carried_by_her_pronoun",
        "When the deal was finally struck, I thought at once of Rachel Okafor. How would she feel about it all, "
        "after years of fighting the estate?\n\n" + Q + " she replied in an email.",
        ["Rachel Okafor"],
    ),
    (
        "he_interviewed_by_a_woman_answers",
        "In 2019, Hannah Price interviewed Tom Ellery for a festival programme.\n\n" + Q + " he said.",
        ["Tom Ellery"],
    ),
    (
        "trap_it_after_company_quote_then_regulator_background",
        '"We have fixed the tool and we will keep improving it," X said in a statement.\n\n'
        "Ofcom is examining the changes.\n\n" + Q + " it said.",
        ["X", None],
    ),
    (
        "it_after_company_quote_then_regulator_spoke",
        '"We have fixed the tool and we will keep improving it," X said in a statement.\n\n'
        "Ofcom said it would examine the changes.\n\n" + Q + " it said.",
        ["X", "Ofcom"],
    ),
    (
        "trap_subheading_right_before_he",
        'Peter Kyle said: "We will legislate before the summer recess, whatever it takes."\n\n'
        "Ofcom's response\n\n" + Q + " he said.",
        ["Peter Kyle", None],
    ),
    (
        "live_blog_heading_names_the_body",
        "10:05 Ofcom statement\n\n" + Q + " it said.",
        ["Ofcom"],
    ),
    (
        "the_spokeswoman_named_with_her_body",
        "Jane Smith, a spokeswoman for Ofcom, said the inquiry would take months.\n\n" + Q + " the spokeswoman added.",
        ["Jane Smith"],
    ),
    (
        "trap_the_spokesperson_after_another_body_spoke",
        "Commission spokesperson Thomas Regnier said Brussels had been in close contact with X.\n\n"
        'An X spokesperson said the company had acted. "We continue to engage constructively with the '
        'Commission on every point raised," the spokesperson said.',
        ["X"],
    ),
    (
        "the_mother_named_in_apposition",
        "A mother of two, Sarah Jones, said the school had ignored her complaints for months.\n\n"
        + Q
        + " the mother said.",
        ["Sarah Jones"],
    ),
    (
        "she_anonymous_mother_after_named_head",
        "Karen Walsh, the headteacher, said the school had followed its policy.\n\n"
        "One mother, who asked not to be named, described months of abuse.\n\n" + Q + " she said.",
        ["a mother"],
    ),
    (
        "trap_he_man_only_as_a_possessor",
        "Peter Kyle's department has promised a consultation on the new offence.\n\n" + Q + " he said.",
        [None],
    ),
    (
        "trap_the_commissioner_two_commissioners",
        "The EU commissioner Henna Virkkunen met the Irish media commissioner, John Evans, in Brussels.\n\n"
        + Q
        + " the commissioner said.",
        [None],
    ),
    (
        "trap_the_senator_two_senators",
        "Senator Maria Cantwell and Senator Ted Cruz both questioned the chief executive.\n\n"
        + Q
        + " the senator said.",
        [None],
    ),
    (
        "the_commissioner_one_commissioner",
        "The EU commissioner Henna Virkkunen met Irish officials in Brussels on Thursday.\n\n"
        + Q
        + " the commissioner said.",
        ["Henna Virkkunen"],
    ),
    (
        "trap_it_after_a_possessive_of_another_body",
        "Ofcom said it would act within weeks.\n\n"
        "X's share price fell sharply after the announcement.\n\n" + Q + " it said.",
        [None],
    ),
    (
        "it_after_the_body_s_own_account_spoke",
        "Ofcom said it had contacted X.\n\n"
        "X's safety account said over the weekend that it removes illegal content. " + Q + " it said.",
        ["X"],
    ),
    (
        "trap_bridge_over_a_man_as_agent",
        "Ed Davey said the government had been far too slow to act.\n\n"
        "The amendment is backed by Tim Farron and several Labour MPs.\n\n" + Q + " he said.",
        [None],
    ),
    (
        "bridge_over_a_woman_as_agent",
        "Ed Davey said the government had been far too slow to act.\n\n"
        "The amendment is backed by Sarah Olney and several Labour MPs.\n\n" + Q + " he said.",
        ["Ed Davey"],
    ),
    (
        "trap_bridge_over_a_man_as_possessor",
        "Ed Davey said the government had been far too slow to act.\n\n"
        "Keir Starmer's officials say a vote is unlikely before Easter.\n\n" + Q + " he said.",
        [None],
    ),
    (
        "trap_she_woman_only_inside_a_man_s_quote",
        'Peter Kyle said: "I spoke to Melanie Dawes this morning and she agrees with every word."\n\n'
        + Q
        + " she said.",
        ["Peter Kyle", None],
    ),
    (
        "trap_bare_quote_after_another_man_described",
        'Peter Kyle said: "We will legislate before the summer recess, whatever it takes."\n\n'
        "Nigel Farage has long opposed the bill.\n\n" + Q[:-2] + '."',
        ["Peter Kyle", None],
    ),
    (
        "trap_bare_quote_after_another_man_accusing_the_speaker",
        'Peter Kyle said: "We will legislate before the summer recess, whatever it takes."\n\n'
        "Nigel Farage accused Peter Kyle of censorship.\n\n" + Q[:-2] + '."',
        ["Peter Kyle", None],
    ),
    (
        "trap_same_paragraph_two_men_meeting",
        "Peter Kyle met Nigel Farage in Westminster on Tuesday. " + Q + " he said.",
        [None],
    ),
    (
        "same_paragraph_subject_thanked_object",
        "Peter Kyle thanked Nigel Farage for his support on Tuesday. " + Q + " he said.",
        ["Peter Kyle"],
    ),
    (
        "trap_interview_answer_is_not_the_asker",
        'Laura Kuenssberg asked: "Will this law ever actually be enforced against the biggest platforms?"\n\n'
        '"It will be enforced, and sooner than people think it will be," she said.',
        ["Laura Kuenssberg", None],
    ),
    (
        "trap_interview_answer_after_same_gender_asker",
        "Nick Robinson put the question to Peter Kyle directly. "
        '"Will this law ever actually be enforced against the biggest platforms?" he asked.\n\n'
        '"It will be enforced, and sooner than people think it will be," he said.',
        ["Nick Robinson", None],
    ),
    (
        "rhetorical_question_then_same_speaker_in_paragraph",
        '"Why should families wait any longer for a law that protects their children?" Ian Russell asked. '
        '"We have waited long enough and the evidence is overwhelming," he said.',
        ["Ian Russell", "Ian Russell"],
    ),
    (
        "trap_reported_question_then_reply_in_same_paragraph",
        "The commissioner, Dame Rachel Lowe, said she would write to ministers this week.\n\n"
        "Hannah Price put to her that the company had already restricted the feature. "
        '"They have restricted it now, but they should never have launched it," she replied.',
        [None],
    ),
    (
        "trap_reported_question_then_reply_next_paragraph",
        "Tom Reid, the presenter, asked the minister whether the deadline would slip.\n\n"
        '"The deadline will not move by a single day, whatever the company says," he replied.',
        [None],
    ),
    (
        "trap_counsel_for_the_regulator_is_not_the_regulator",
        "Counsel for the regulator, Aoife Brennan SC, told the court her client expected a reply within weeks.\n\n"
        "After the hearing, the Media Commission said it welcomed the ruling.\n\n"
        '"We will now move ahead with our supervision of the platform," the regulator said.',
        ["Media Commission"],  # the body that just spoke, never its counsel
    ),
    (
        "trap_relative_clause_names_a_committee_not_the_speaker",
        "The measure cleared the Senate Commerce Committee on Tuesday.\n\n"
        "Sen. Dana Morrow, R-Plattsburgh, who voted against the measure in committee, said she feared it would "
        '"open the door to endless lawsuits against software makers".',
        ["Dana Morrow"],
    ),
    (
        "trap_it_is_the_message_not_a_body_named_before",
        "Lucía Ferrer studied law at the University of Valencia and later taught there.\n\n"
        "Her client, who has never been named, sent a message that was read aloud at the funeral. "
        '"She believed in me when nobody else would, and she never stopped," it said.',
        [None],
    ),
    (
        "it_after_a_body_issued_a_statement_is_the_body",
        "The European Commission said in a statement on Tuesday that it had widened the inquiry. "
        '"No evidence relevant to our investigation must be lost," it said.',
        ["European Commission"],
    ),
    (
        "trap_a_step_the_minister_is_no_description",
        "Claire Morel, the minister for digital affairs, has led the government's response.\n\n"
        "Opposition deputies have tabled a motion calling on the government to suspend the platform, a step the "
        'minister has rejected. "Switching off a platform is what authoritarian states do; we apply the law," she '
        "told a radio station.",
        [None],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[c[0] for c in CASES])
def test_speaker(text: str, expected: list[str | None]) -> None:
    assert [q.speaker for q in extract_quotes(split_document(text))] == expected


def test_the_cases_are_mostly_traps() -> None:
    names = [name for name, _, _ in CASES]
    assert len(CASES) >= 50 and len(set(names)) == len(names)
    assert sum(name.startswith("trap_") for name in names) >= 35
