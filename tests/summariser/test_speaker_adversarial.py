"""Adversarial paragraphs (our own) where a naive resolver names the wrong person: each must give the right speaker
or None. A wrong name is worse than none, so most of these guard against an over-eager mechanism."""

from __future__ import annotations

import pytest

from summariser._quotes import extract_quotes
from summariser._text import split_document

CASES: list[tuple[str, str, list[str | None]]] = [
    (
        "two_women_before_she",
        "Liz Kendall met Melanie Dawes at the department on Monday.\n\n"
        '"We agreed a timetable for the next steps on enforcement," she said.',
        [None],
    ),
    (
        "a_woman_and_a_man_before_she",
        "Liz Kendall met Peter Kyle at the department on Monday.\n\n"
        '"We agreed a timetable for the next steps on enforcement," she said.',
        ["Liz Kendall"],
    ),
    (
        "a_quote_inside_a_quote",
        "Liz Kendall told MPs about her call with Elon Musk.\n\n"
        "Ms Kendall said: \"When he told me 'we will have it fixed by Friday', I took him at his word.\"",
        ["Liz Kendall"],
    ),
    (
        "a_child_quoted_inside_a_parent_quote",
        "\"My daughter came home and said, 'Mum, everyone at school has seen it,'\" said Ellen Roome, who "
        "campaigns for bereaved parents.",
        ["Ellen Roome"],
    ),
    (
        "a_name_inside_a_long_quote_before_the_speaker",
        "\"We met Ofcom and X on Tuesday, and Elon Musk's team promised changes that we have not yet seen in "
        'practice," said Jess Phillips, the safeguarding minister.',
        ["Jess Phillips"],
    ),
    (
        "a_persons_lawyer_is_not_the_person",
        'Elon Musk said on Monday: "This case is an attack on free speech."\n\n'
        'Mr Musk\'s lawyer told the court: "My client has complied with every lawful order."',
        ["Elon Musk", None],
    ),
    (
        "a_named_lawyer_is_the_lawyer",
        'Elon Musk said on Monday: "This case is an attack on free speech."\n\n'
        'Alex Spiro, Mr Musk\'s lawyer, told the court: "My client has complied with every lawful order."',
        ["Elon Musk", "Alex Spiro"],
    ),
    (
        "a_spokesperson_for_the_company_after_a_regulator_is_named",
        "The European Commission opened formal proceedings against X on Monday.\n\n"
        'A spokesperson for the company said: "We will cooperate with the Commission at every stage."',
        ["X"],
    ),
    (
        "critics_say",
        "Liz Kendall defended the bill in the Commons on Tuesday.\n\n"
        'Critics say it is "a sticking plaster on a very deep wound".',
        [None],
    ),
    (
        "campaigners_said_after_a_named_minister",
        'Jess Phillips said the law was "the toughest in the world".\n\n'
        'Campaigners said the changes were "too little and far too late for the victims".',
        ["Jess Phillips", None],
    ),
    (
        "a_letter_signed_by_a_group",
        'Peter Kyle said he had received the letter. The letter, signed by 40 MPs, says the platform "has '
        'failed women and girls for far too long".',
        [None],
    ),
    (
        "guidance_of_a_named_body",
        'In its guidance, Ofcom said platforms must "act swiftly to remove illegal intimate images".',
        ["Ofcom"],
    ),
    (
        "a_post_from_an_account_claiming_to_be_someone",
        "Elon Musk has not commented.\n\n"
        'A post from an account describing itself as X\'s safety team said: "We have fixed this issue for everyone."',
        [None],
    ),
    (
        "a_post_by_a_named_person",
        "Elon Musk has attacked the regulator before.\n\n"
        'Mr Musk posted on X: "They want any excuse for censorship in this country."',
        ["Elon Musk"],
    ),
    (
        "live_blog_with_several_speakers",
        "14:02 Kendall opens the debate\n\n"
        'Liz Kendall told MPs: "We will bring the ban into force within weeks."\n\n'
        "14:15 Badenoch responds\n\n"
        "Kemi Badenoch said the government had been too slow. "
        '"They have dithered for months while women suffered," she said.\n\n'
        "14:30 Downing Street\n\n"
        '"We are looking at every option available to us," a No 10 spokesperson said.',
        ["Liz Kendall", "Kemi Badenoch", "Downing Street"],
    ),
    (
        "she_after_a_new_woman_opens_the_paragraph",
        'Liz Kendall said: "The regulator has our full backing in this."\n\n'
        "Melanie Dawes, Ofcom's chief executive, has previously warned about delays.\n\n"
        '"We cannot wait for the platform for ever," she said.',
        ["Liz Kendall", "Melanie Dawes"],
    ),
    (
        "the_company_with_two_companies_in_view",
        "Meta and X were both summoned to the committee.\n\n"
        '"We take this matter extremely seriously," the company said.',
        [None],
    ),
    (
        "an_asker_is_not_the_answerer",
        "Asked by Jess Phillips whether the ban would work, Peter Kyle said: "
        '"It will work if the regulator enforces it properly."',
        ["Peter Kyle"],
    ),
    (
        "words_reported_by_someone_else",
        'Peter Kyle said Elon Musk had told him the feature was "already switched off for everyone".',
        [None],
    ),
    (
        "campaigners_say_present_tense",
        'Campaigners say the changes are "too little, too late for the victims".',
        [None],
    ),
    (
        "a_relative_speaking",
        "Sophie Jones, 16, was targeted in January.\n\n"
        'Her mother said: "She has not left the house for weeks since it happened."',
        [None],
    ),
    (
        "a_spokesperson_for_a_person",
        'A spokesperson for Kemi Badenoch said: "The government has been asleep at the wheel."',
        ["Kemi Badenoch"],
    ),
    (
        "two_people_sharing_a_surname",
        "Tom Reid and Sarah Reid run the charity together.\n\n"
        '"We never expected the helpline to be this busy," Reid said.',
        [None],
    ),
    (
        "a_title_nobody_holds",
        "Labour MP Sarah Owen asked whether X would be banned.\n\n"
        '"Nothing is off the table at this stage," the prime minister replied.',
        [None],
    ),
    (
        "a_quote_called_by_someone_reading_out_a_post",
        'Mr Ted Cruz read out a post by Elon Musk calling the law "a disgrace to a free country," and said the '
        "committee would act.",
        [None],
    ),
    (
        "he_after_a_man_introduced_without_a_name",
        'Keir Starmer said: "This is disgusting and it must stop."\n\n'
        "The report quotes a 16-year-old boy from Leeds. "
        '"I did not want to go to school any more," he told researchers.',
        ["Keir Starmer", None],
    ),
    (
        "former_head_of_org",
        "X has been fined by the regulator.\n\nX's former head of trust and safety said: \"The team was cut to "
        'the bone in 2023."',
        [None],
    ),
    (
        "former_chief_of_regulator",
        "Ofcom opened an investigation in January.\n\nOfcom's former chief executive said: \"The regulator was "
        'never given the staff it needed."',
        [None],
    ),
    (
        "company_chief_named",
        "X said it had fixed the tool.\n\nThe company's chief executive, Linda Yaccarino, said: \"We moved "
        'faster than anyone else."',
        ["Linda Yaccarino"],
    ),
    (
        "spokes_for_platform_two_platforms",
        'Meta and X were both asked about the images.\n\nA spokesperson for the platform said: "We remove such '
        'content as soon as we find it."',
        [None],
    ),
    (
        "the_regulator_two_regulators",
        'Ofcom and the eSafety Commissioner have both written to X.\n\n"We expect a full answer within days," '
        "the regulator said.",
        [None],
    ),
    (
        "mothers_words",
        "Elon Musk did not comment.\n\nMusk's mother said: \"He has always done things his own way, ever since "
        'he was a boy."',
        [None],
    ),
    (
        "persons_spokesperson",
        "Liz Kendall will speak on Monday.\n\nMs Kendall's spokesperson said: \"The secretary of state has "
        'been clear about this."',
        ["Liz Kendall"],
    ),
    (
        "source_close_to_her_two_women",
        'Liz Kendall and Melanie Dawes met on Monday.\n\nA source close to her said: "The meeting was frank '
        'and at times difficult."',
        [None],
    ),
    (
        "he_after_woman_quote_man_object",
        'Melanie Dawes wrote to Elon Musk on Friday. "We expect answers by the end of the month," she '
        'wrote.\n\n"We have answered every question put to us," he said.',
        ["Melanie Dawes", "Elon Musk"],
    ),
    (
        "quoted_subheading",
        'Liz Kendall met campaigners on Monday.\n\n"Nothing is off the table"\n\nThe government is considering '
        "further steps.",
        [None],
    ),
    (
        "said_org_person",
        '"We will publish our findings in the spring after we have heard from X," said Ofcom\'s director of '
        "online safety, Oliver Griffiths.",
        ["Oliver Griffiths"],
    ),
    (
        "two_ministers_the_minister",
        "Jess Phillips, the safeguarding minister, and Lord Hanson, the policing minister, visited the "
        'school.\n\n"This is a national scandal and we will end it," the minister said.',
        [None],
    ),
    (
        "former_pm_only",
        'Rishi Sunak, the former prime minister, spoke at the event.\n\n"This is the gravest threat to '
        'children in a generation," the prime minister said.',
        [None],
    ),
    (
        "his_spokesman_two_men",
        'Keir Starmer and Elon Musk traded barbs on Monday.\n\nHis spokesman said: "The prime minister will '
        'not be lectured on free speech."',
        [None],
    ),
    (
        "spokes_after_no_response",
        "Ofcom has opened an investigation into the platform.\n\nX did not respond to a request for comment. "
        '"We are monitoring the situation closely," a spokesperson said.',
        [None],
    ),
    (
        "musks_xai",
        'Elon Musk\'s xAI said in a statement that it had "fixed the problem for every user worldwide".',
        ["xAI"],
    ),
    (
        "persons_deputy",
        "Melanie Dawes gave evidence on Tuesday.\n\nMs Dawes's deputy said: \"We will not hesitate to act if "
        'the evidence supports it."',
        [None],
    ),
    (
        "her_lawyer_named",
        'Ashley St Clair has sued xAI.\n\nHer lawyer, Carrie Goldberg, said: "This company built a machine to '
        'humiliate women."',
        ["Carrie Goldberg"],
    ),
    (
        "surname_after_relative",
        'Carrie Goldberg represents Ashley St Clair.\n\n"They knew and did nothing at all," Goldberg, who has '
        "sued several platforms, said.",
        ["Carrie Goldberg"],
    ),
    (
        "one_of_group_not_speaking",
        'Several Labour MPs walked out of the chamber. The minister, Jess Phillips, stayed. One said: "We have '
        'had enough of waiting for this."',
        [None],
    ),
    (
        "victim_she_minister_before",
        'Jess Phillips met survivors on Monday. One woman told her the images had ruined her life.\n\n"I '
        'cannot walk down the street without thinking about it," she said.',
        [None],
    ),
    (
        "he_after_boy_named_sentence",
        "Keir Starmer said the law would change. A 15-year-old boy, who asked not to be named, was among those "
        'targeted.\n\n"I had no idea who had made them," he said.',
        [None],
    ),
    (
        "the_platform_x_and_regulator",
        'Ofcom wrote to X on Monday.\n\n"We take our obligations seriously and will respond in full," the '
        "platform said.",
        ["X"],
    ),
    (
        "a_post_quoted_by_a_reader_is_the_posters",
        'At the hearing, Senator Maria Cantwell read from an X post in which Elon Musk called the bill "a '
        'censorship regime with a nice name".',
        ["Elon Musk"],
    ),
    (
        "asked_by_reporter",
        'Asked by the BBC whether X would be banned, Liz Kendall said: "Nothing is off the table at all."',
        ["Liz Kendall"],
    ),
    (
        "critics_of_named",
        'Critics of Elon Musk said the change was "too little and far too late for victims".',
        [None],
    ),
    (
        "told_by_someone",
        'Ms Phillips said she had been told by Elon Musk that the tool was "already switched off for everyone".',
        [None],
    ),
    (
        "told_the_bbc",
        'Liz Kendall told the BBC: "We will not stand by while women are abused online."',
        ["Liz Kendall"],
    ),
    (
        "post_on_x",
        'Liz Kendall said in a post on X: "We will not stand by while women are abused online."',
        ["Liz Kendall"],
    ),
    (
        "wrote_on_x_then_x",
        'Elon Musk wrote on X: "The UK government wants any excuse for censorship."\n\nX later said in a '
        'statement: "We have restricted image editing to paying users."',
        ["Elon Musk", "X"],
    ),
    (
        "interview_with_times",
        'In an interview with The Times, Elon Musk said: "They are trying to shut down free speech."',
        ["Elon Musk"],
    ),
    (
        "statement_on_website",
        'A statement on X\'s website said: "We have zero tolerance for child sexual exploitation."',
        ["X"],
    ),
    (
        "committee_report_said",
        'The Science, Innovation and Technology Committee said in its report that the regulator had been "far '
        'too slow to act on clear evidence".',
        ["Science, Innovation and Technology Committee"],
    ),
    (
        "the_mps_said",
        'The MPs said in their report that the regulator had been "far too slow to act on clear evidence".',
        [None],
    ),
    (
        "pm_spokesman",
        "Keir Starmer has condemned the images.\n\nSpeaking to reporters, Sir Keir's spokesman said: \"The "
        'prime minister has been very clear."',
        ["Keir Starmer"],
    ),
    (
        "sources_close_plural",
        'Sources close to Elon Musk said he was "furious about the whole affair".',
        [None],
    ),
    (
        "reuters_reported",
        'X is preparing an appeal, Reuters reported, citing two people who said the company was "ready to '
        'fight this all the way".',
        [None],
    ),
    (
        "grok_replied_user",
        'Users asked the chatbot to apologise. "I deeply regret the harm caused by my outputs," one post '
        "attributed to Grok read.",
        [None],
    ),
    (
        "she_object_then_he",
        'Peter Kyle met Melanie Dawes on Monday. "We have to move faster," he said.',
        ["Peter Kyle"],
    ),
    (
        "he_two_men_subject_first",
        'Peter Kyle criticised Elon Musk on Monday.\n\n"This cannot go on," he said.',
        ["Peter Kyle"],
    ),
    (
        "quote_then_named_other_para",
        '"This is a disgrace and it has to stop now," she said.\n\nLiz Kendall is the technology secretary.',
        [None],
    ),
    (
        "musk_asked_kendall",
        'Asked about Elon Musk\'s remarks, Liz Kendall said: "He does not get to decide what British law is."',
        ["Liz Kendall"],
    ),
    (
        "x_user_posted",
        'One X user, who posted the altered images, wrote: "It is just a joke and nobody is really hurt."',
        ["an X user"],
    ),
    (
        "judge_said_unnamed_judge",
        'Carrie Goldberg argued for the claimant.\n\n"The claim raises serious questions of law," the judge said.',
        [None],
    ),
    (
        "the_prime_minister_named_before",
        'Keir Starmer, the prime minister, visited Leeds on Monday.\n\n"We will act," the prime minister said. '
        '"And we will act within weeks, not months."',
        ["Keir Starmer"],
    ),
    (
        "ofcom_chief_named_before_the_chief",
        "Ofcom's chief executive, Melanie Dawes, gave evidence.\n\n\"We are moving as fast as the law allows "
        "us to,\" Ofcom's chief executive said.",
        ["Melanie Dawes"],
    ),
    (
        "a_spokesperson_for_ofcom_and_x_named",
        'Ofcom said X had until Friday to respond. A spokesperson for Ofcom said: "We expect a full response by then."',
        ["Ofcom"],
    ),
    (
        "lawyers_for_x",
        'X has challenged the notice in court.\n\nLawyers for X said in a filing that the notice was "unlawful '
        'and far too broad".',
        ["X"],
    ),
    (
        "a_lawyer_for_person",
        'Ashley St Clair has sued xAI.\n\nA lawyer for Ms St Clair said: "Our client has been humiliated by '
        'this product."',
        [None],
    ),
    (
        "quote_in_caption_like",
        'Elon Musk. Photograph: Reuters\n\n"They want any excuse for censorship," Mr Musk wrote.',
        ["Elon Musk"],
    ),
    (
        "q_and_a_reporter",
        'Reporter Tom Jones asked the minister about the delay. "We are moving as fast as we can," the '
        "minister replied.",
        [None],
    ),
    (
        "her_then_she_with_two_women_in_para",
        'Jess Phillips said she had spoken to Melanie Dawes about the delay. "We agreed it cannot go on," she said.',
        ["Jess Phillips"],
    ),
    (
        "holder_named_elsewhere",
        "Jo Lee, the head of safety at Meta, spoke first.\n\nX's head of safety said: \"We have fixed the tool "
        'for every user."',
        [None],
    ),
    (
        "two_senators_the_senator",
        'Senators Maria Cantwell and Ted Cruz questioned the witnesses.\n\n"You have had months to fix this," '
        "the senator said.",
        [None],
    ),
    (
        "both_declined_spokesperson",
        'Ofcom and X both declined to comment on the report. "We do not comment on leaks," a spokesperson said.',
        [None],
    ),
    (
        "liveblog_heading_then_it",
        '12:45 Ofcom statement\n\n"We are investigating this as a matter of urgency," it said.',
        ["Ofcom"],
    ),
    (
        "spokes_for_pm_untied",
        'Keir Starmer visited Leeds on Monday.\n\nA spokesperson for the prime minister said: "He has been '
        'very clear about this."',
        ["Keir Starmer"],
    ),
    (
        "spokes_for_pm_tied",
        "The prime minister, Keir Starmer, visited Leeds on Monday.\n\nA spokesperson for the prime minister "
        'said: "He has been very clear about this."',
        ["Keir Starmer"],
    ),
    (
        "he_after_spokesperson_with_man_object",
        'A No 10 spokesperson said the prime minister had spoken to Elon Musk. "The law must be followed by '
        'everyone," he said.',
        [None],
    ),
    (
        "the_bbcs_reporter",
        '"Ministers are losing patience with the regulator," said the BBC\'s Laura Kuenssberg.',
        ["Laura Kuenssberg"],
    ),
    (
        "russell_father",
        'Molly Russell\'s father, Ian Russell, who chairs the Molly Rose Foundation, said: "Ofcom must act now."',
        ["Ian Russell"],
    ),
    (
        "both_bodies",
        'Both Ofcom and the Information Commissioner\'s Office said they were "looking closely at the matter".',
        [None],
    ),
    (
        "the_law_says",
        'The Online Safety Act says platforms must take "proportionate measures to prevent users encountering" '
        "illegal content.",
        [None],
    ),
    (
        "her_office_said",
        'Liz Kendall and Melanie Dawes met on Monday.\n\nHer office said: "The meeting was constructive and useful."',
        [None],
    ),
    (
        "one_woman",
        'Keir Starmer met victims on Monday. One woman said: "I felt violated and nobody would help me."',
        [None],
    ),
    (
        "it_after_person_and_org",
        'Elon Musk\'s company X was fined on Monday.\n\n"We will appeal against this decision," it said.',
        ["X"],
    ),
    (
        "said_ofcom_which",
        '"We will act on this within weeks," said Ofcom, which opened its investigation in January.',
        ["Ofcom"],
    ),
    (
        "their_spokesperson_two",
        'Meta and X were both fined.\n\n"We will appeal against this decision," their spokesperson said.',
        [None],
    ),
    (
        "a_source_at_ofcom",
        '"Nobody here expected it to take this long," a source at Ofcom said.',
        ["a source at Ofcom"],
    ),
    (
        "the_source_later",
        'A source at Ofcom said the report was late.\n\n"Nobody here expected it to take this long," the source said.',
        ["a source at Ofcom"],
    ),
    (
        "the_source_two_sources",
        'A source at Ofcom said the report was late. A government source disagreed.\n\n"Nobody here expected '
        'it to take this long," the source said.',
        [None],
    ),
    (
        "the_official_after_minister",
        'Liz Kendall met an Ofcom official on Monday.\n\n"We have the powers we need," the official said.',
        ["an Ofcom official"],
    ),
    (
        "court_judge_named_then_counsel",
        "Mrs Justice Collins heard the case on Tuesday. Jonathan Hall KC, for X, told the court the notice was "
        '"unlawful from start to finish".\n\n"That is a bold submission," the judge said.',
        ["Jonathan Hall", "Mrs Justice Collins"],
    ),
    (
        "counsel_for_person",
        'Ashley St Clair is suing xAI.\n\nCounsel for Ms St Clair, Sarah Vine KC, told the court: "My client '
        'has suffered real and lasting harm."',
        ["Sarah Vine"],
    ),
    (
        "oped_author_byline",
        'I have spent twenty years working on online harms. "Move fast and break things" was never a safety policy.',
        [None],
    ),
    (
        "grok_output",
        "When a user asked Grok to apologise, the chatbot replied: \"I'm sorry for any harm my images caused "
        'to anyone."',
        [None],
    ),
    (
        "message_seen_by",
        'In a message seen by the BBC, an X engineer told colleagues that the filter was "switched off for the '
        'launch week".',
        ["an X engineer"],
    ),
    (
        "bill_states",
        'The bill states that a provider commits an offence if it "supplies a tool designed to create intimate '
        'images".',
        [None],
    ),
    (
        "tweet_from_account",
        'Elon Musk did not respond.\n\nAn account called Grok Updates posted: "Image editing is back for '
        'everyone who pays."',
        [None],
    ),
    (
        "minister_then_x_statement",
        'Liz Kendall said the platform had to act.\n\nIn a statement, X said: "We have already acted on every '
        'report we received."',
        ["X"],
    ),
    (
        "pronoun_he_after_wire_officials",
        "Thierry Breton, a former commissioner, and Commission spokesman Thomas Regnier both commented on "
        'Monday. "The law applies to everyone," he said.',
        [None],
    ),
    (
        "the_spokesman_named_before",
        'Commission spokesman Thomas Regnier spoke in Brussels.\n\n"We are in contact with X," the spokesman said.',
        ["Thomas Regnier"],
    ),
    (
        "interview_question_then_answer_quotes",
        'Asked whether he would resign, Mr Musk said nothing.\n\nHis lawyer, Alex Spiro, replied: "My client '
        'has nothing to resign from."',
        ["Alex Spiro"],
    ),
    (
        "two_orgs_statement_subject",
        'Ofcom and the ICO issued a joint statement. "We are working together on this," the statement said.',
        [None],
    ),
    (
        "the_department_two_departments",
        'The Home Office and the Department for Education both wrote to schools.\n\n"Schools must report every '
        'incident," the department said.',
        [None],
    ),
    (
        "he_after_president",
        'President Donald Trump spoke to Keir Starmer by phone.\n\n"We had a very good conversation about many '
        'things," he said.',
        [None],
    ),
    (
        "speaker_after_quote_other_name_in_between",
        '"Ofcom has the powers and X knows it," said Peter Kyle, who appointed Melanie Dawes\'s deputy last year.',
        ["Peter Kyle"],
    ),
    (
        "quote_with_by_name_in_relative",
        '"This is a test case for the whole of Europe," said Anna Cavazzini, a German MEP who was elected in 2019.',
        ["Anna Cavazzini"],
    ),
    (
        "a_statement_read_two_bodies",
        'Ofcom wrote to X on Friday.\n\n"We expect full compliance by the end of the month," the letter read.',
        ["Ofcom"],
    ),
    (
        "bare_quote_after_new_person_named",
        'Liz Kendall said: "We will act within weeks."\n\nThe Conservative shadow minister Julia Lopez '
        'disagreed.\n\n"The government has had months and done nothing at all."',
        ["Liz Kendall", "Julia Lopez"],
    ),
    (
        "bare_quote_next_para_after_quote",
        '"We will act within weeks," Liz Kendall said.\n\n"The regulator has our full support in this work."',
        ["Liz Kendall", "Liz Kendall"],
    ),
    (
        "bare_quote_after_reported_other",
        '"We will act within weeks," Liz Kendall said.\n\nOfcom said its investigation was continuing.\n\n"We '
        'are gathering evidence from a range of sources."',
        ["Liz Kendall", "Ofcom"],
    ),
    (
        "reported_then_quote_with_letter",
        'Ofcom said it had received a letter from Kemi Badenoch. "The regulator has been asleep at the wheel '
        'for months."',
        [None],
    ),
    (
        "reported_then_quote_same_para",
        'Ofcom said its investigation was continuing. "We are gathering evidence from a range of sources."',
        ["Ofcom"],
    ),
    (
        "quote_para_then_said_alone_other",
        '"We have never seen anything like it in twenty years of work."\n\nJess Phillips, the safeguarding '
        "minister, said at an event in Leeds.",
        ["Jess Phillips"],
    ),
    (
        "quote_para_then_para_about_other",
        '"We have never seen anything like it in twenty years of work."\n\nJess Phillips, the safeguarding '
        "minister, visited Leeds on Monday.",
        [None],
    ),
    (
        "colon_then_quote_next_para_other_speaker",
        'Liz Kendall told MPs:\n\n"We will act within weeks."\n\nKemi Badenoch replied:\n\n"You have said that '
        'before and nothing has happened."',
        ["Liz Kendall", "Kemi Badenoch"],
    ),
    (
        "exchange_question_answer",
        'Jess Phillips was asked about the delay.\n\n"Why has it taken so long to act on this?"\n\n"Because '
        'the law did not allow us to move faster."',
        [None, None],
    ),
    (
        "quote_then_according_to_other",
        '"The platform has been warned repeatedly and did nothing," according to a report by the Center for '
        "Countering Digital Hate.",
        ["Center for Countering Digital Hate"],
    ),
    (
        "cataphoric_so_said",
        '"Nobody is above the law in Europe."\n\nSo said Henna Virkkunen, the commissioner, on Monday.',
        ["Henna Virkkunen"],
    ),
    (
        "continued_across_intervening_named_para",
        '"We will act within weeks," Liz Kendall said.\n\nMelanie Dawes has led Ofcom since 2020.\n\n"The '
        'regulator has our full support in this work."',
        ["Liz Kendall", None],
    ),
    (
        "two_quotes_second_attributed_other",
        '"We will act within weeks," Liz Kendall said. "It is far too late for that," Kemi Badenoch replied.',
        ["Liz Kendall", "Kemi Badenoch"],
    ),
    (
        "quote_followed_by_she_then_named",
        '"It is far too late for that," she said, as Kemi Badenoch looked on.',
        [None],
    ),
    (
        "pronoun_then_adds",
        'Kemi Badenoch attacked the government. She added: "They have done nothing for months while women suffered."',
        ["Kemi Badenoch"],
    ),
    (
        "said_x_told_y",
        '"This is not acceptable and has to stop," Peter Kyle told Elon Musk in a letter.',
        ["Peter Kyle"],
    ),
    (
        "y_was_told",
        '"This is not acceptable and has to stop," Elon Musk was told by Peter Kyle in a letter.',
        ["Peter Kyle"],
    ),
    (
        "liveblog_stamp_new_speaker_pronoun",
        '13:05 Kendall statement\n\nLiz Kendall said: "We will bring the ban forward to February."\n\n13:20 '
        'Lopez responds\n\nJulia Lopez, the shadow technology secretary, said the plan came too late.\n\n"She '
        'has had months to do this and has done nothing," she said.',
        ["Liz Kendall", "Julia Lopez"],
    ),
    (
        "liveblog_stamp_bare_quote_next_entry",
        '13:05 Kendall statement\n\nLiz Kendall said: "We will bring the ban forward to February."\n\n13:20\n\n'
        '"This is a welcome step but it is not enough on its own."',
        ["Liz Kendall", None],
    ),
    (
        "interview_turns",
        'Kendall was interviewed on the Today programme by Nick Robinson.\n\n"Will you ban X if it does not '
        'comply with the law?" he asked.\n\n"Nothing is off the table, and I mean nothing," she replied.',
        ["Nick Robinson", None],
    ),
    (
        "oped_first_person_quote_of_other",
        'I asked a minister last week whether the law would change. "If the law needs to change, we will '
        'change it," the minister told me.',
        ["a minister"],
    ),
    (
        "quote_of_a_crowd",
        'Protesters outside the building chanted "Ban Grok now, ban it today" as ministers arrived.',
        [None],
    ),
    (
        "sign_text",
        'One placard read "My body is not your training data".',
        [None],
    ),
    (
        "she_subject_of_reported_then_other_woman_object",
        'Liz Kendall said Melanie Dawes had her full confidence. "She is doing a difficult job extremely '
        'well," she said.',
        ["Liz Kendall"],
    ),
    (
        "musk_reply_to_kendall",
        'Liz Kendall said the platform had to act. Elon Musk replied within the hour. "They want any excuse '
        'for censorship," he wrote.',
        ["Elon Musk"],
    ),
    (
        "pronoun_it_after_x_and_ofcom_subject",
        'Ofcom said it had opened an investigation into X. "We will not hesitate to act if we find breaches," it said.',
        ["Ofcom"],
    ),
    (
        "the_company_after_ofcom_wrote_to_x",
        'Ofcom wrote to X on Monday. "We take our obligations extremely seriously," the company said.',
        ["X"],
    ),
    (
        "headline_colon_quote",
        'Kendall: "We will not stand by while women are abused"',
        [None],
    ),
    (
        "irish_minister",
        "Ireland's media minister Patrick O'Donovan said: \"We will not allow this to continue on our watch,\"",
        ["Patrick O'Donovan"],
    ),
    (
        "eu_tech_chief",
        'EU tech chief Henna Virkkunen said: "We will not allow this to continue on our watch," ',
        ["Henna Virkkunen"],
    ),
    (
        "x_owner",
        'X owner Elon Musk wrote: "We will not allow this to continue on our watch," ',
        ["Elon Musk"],
    ),
    (
        "indian_it_minister",
        'Indian IT minister Ashwini Vaishnaw told reporters: "We will not allow this to continue on our watch," ',
        ["Ashwini Vaishnaw"],
    ),
    (
        "malaysia_minister",
        'Malaysia\'s communications minister Fahmi Fadzil said: "We will not allow this to continue on our watch," ',
        ["Fahmi Fadzil"],
    ),
    (
        "french_minister",
        'French digital minister Clara Chappaz said: "We will not allow this to continue on our watch," ',
        ["Clara Chappaz"],
    ),
    (
        "esafety",
        'Australian eSafety Commissioner Julie Inman Grant said: "We will not allow this to continue on our watch," ',
        ["Julie Inman Grant"],
    ),
    (
        "governor",
        'California Governor Gavin Newsom said: "We will not allow this to continue on our watch," ',
        ["Gavin Newsom"],
    ),
    (
        "us_sen_party",
        'Sen. Ted Cruz, R-Texas, said: "We will not allow this to continue on our watch," ',
        ["Ted Cruz"],
    ),
    (
        "rep_aoc",
        '"We will not allow this to continue on our watch," said Rep. Alexandria Ocasio-Cortez, D-N.Y.',
        ["Alexandria Ocasio-Cortez"],
    ),
    (
        "ofcom_person",
        '"We will not allow this to continue on our watch," said Ofcom\'s Oliver Griffiths.',
        ["Oliver Griffiths"],
    ),
    (
        "said_brazil_lula",
        '"We will not allow this to continue on our watch," said Brazilian President Luiz Inácio Lula da Silva.',
        ["Luiz Inácio Lula da Silva"],
    ),
    (
        "said_ukraine_envoy",
        '"We will not allow this to continue on our watch," said special envoy to Ukraine Kurt Volker.',
        ["Kurt Volker"],
    ),
    (
        "said_dr_title",
        '"We will not allow this to continue on our watch," said Dr Amara Okafor, a lecturer in law at King\'s '
        "College London.",
        ["Amara Okafor"],
    ),
    (
        "said_prof_of",
        '"We will not allow this to continue on our watch," said Professor Lorna Woods of the University of Essex.',
        ["Lorna Woods"],
    ),
    (
        "said_name_comma_age",
        '"We will not allow this to continue on our watch," said Ellie Reid, 19, a student from Leeds.',
        ["Ellie Reid"],
    ),
    (
        "korean_name",
        '"We will not allow this to continue on our watch," said Kim Min-ji, a researcher at KAIST.',
        ["Kim Min-ji"],
    ),
    (
        "lady_peer_pronoun",
        'Baroness Owen of Alderley Edge tabled the amendment. She said: "We will not allow this to continue on '
        'our watch," ',
        ["Baroness Owen of Alderley Edge"],
    ),
    (
        "mp_for_constituency",
        'Jess Asato, the Labour MP for Lowestoft, said: "We will not allow this to continue on our watch," ',
        ["Jess Asato"],
    ),
    (
        "the_government_foreign",
        'The French government has asked Paris prosecutors to look at Grok.\n\n"We are looking very closely at '
        'what happened here," the government said.',
        [None],
    ),
    (
        "the_government_uk_default",
        'Liz Kendall, the technology secretary, has written to Ofcom.\n\n"We are looking very closely at what '
        'happened here," the government said.',
        ["UK government"],
    ),
    (
        "the_watchdog_two",
        "Ofcom and the Information Commissioner's Office are both examining the images.\n\n\"We are looking "
        'very closely at what happened here," the watchdog said.',
        [None],
    ),
    (
        "the_commission_after_ofcom",
        'Ofcom has opened an investigation. The European Commission has also sent questions to X.\n\n"We are '
        'looking very closely at what happened here," the Commission said.',
        ["European Commission"],
    ),
    (
        "the_company_object_is_x_subject_meta",
        'Meta criticised X on Monday.\n\n"We are looking very closely at what happened here," the company said.',
        [None],
    ),
    (
        "the_platform_only_x",
        'Ofcom has written to X about the images.\n\n"We are looking very closely at what happened here," the '
        "platform said.",
        ["X"],
    ),
    (
        "the_regulator_after_ofcom_and_person",
        "Melanie Dawes, Ofcom's chief executive, gave evidence.\n\n\"We are looking very closely at what "
        'happened here," the regulator said.',
        ["Ofcom"],
    ),
    (
        "the_agency_nca",
        'The National Crime Agency has opened an inquiry into the images.\n\n"We are looking very closely at '
        'what happened here," the agency said.',
        ["National Crime Agency"],
    ),
    (
        "it_said_after_person",
        'Elon Musk said X had fixed the problem.\n\n"We are looking very closely at what happened here," it said.',
        ["X"],
    ),
    (
        "runon_she_at_end_two_women",
        'Liz Kendall met Melanie Dawes on Monday.\n\n"We agreed on a timetable for the next stage of the '
        'work.\n\n"It will not be easy, but it has to be done," she said.',
        [None],
    ),
    (
        "runon_named_at_start",
        'Liz Kendall told MPs:\n\n"We agreed on a timetable for the next stage of the work.\n\n"It will not be '
        'easy, but it has to be done."',
        ["Liz Kendall"],
    ),
    (
        "nested_attributed_inner",
        "Jess Phillips said: \"When Elon Musk told the committee 'we fixed it in hours', nobody in the room "
        'believed him."',
        ["Jess Phillips"],
    ),
    (
        "inner_quote_only_is_other",
        "Jess Phillips recalled Elon Musk telling the committee that 'we fixed the problem within hours of "
        "hearing about it'.",
        ["Elon Musk"],
    ),
    (
        "quoted_post_inside_report",
        'Ofcom\'s report quotes a post from the Grok account: "We have restricted this feature for every user."',
        [None],
    ),
    (
        "a_participle_after_the_named_object_modifies_the_subject",
        'Liz Kendall attacked Elon Musk saying the platform was "a disgrace to every decent person".',
        ["Liz Kendall"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[c[0] for c in CASES])
def test_adversarial_paragraph(text: str, expected: list[str | None]) -> None:
    assert [q.speaker for q in extract_quotes(split_document(text))] == expected
