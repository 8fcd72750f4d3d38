"""Speaker causes found by reading holdout8's errors, each tested on our own sentences (other names, other topics,
the same construction), with traps where the speaker must stay None or be someone else.

Causes: a relative sharing the subject's surname; titles read as part of a name (devolved-parliament members,
British police ranks, legislators' titles in other languages); a quote that is the predicate of a possessed noun
('that Smith's complaint "was …"'); "and added" after a reported clause; a platform named as where words appeared
("On X, the company's account said"); a pronoun after a sentence opening on a title nobody is named as holding.
"""

from __future__ import annotations

from tests.summariser.speaker_cases import Case, speaker_tests

Q = '"We will keep pressing until the platform takes the safety of children seriously,"'
P = '"has been far too slow to act on any of the warnings"'

CASES: list[Case] = [
    # -- a relative introduced by a kinship noun shares the subject's surname ---------------------------------------
    (
        "bare_surname_is_the_subject_not_the_son",
        "Eduardo Ferraz, the Brazilian campaigner who challenged Meta in court, died on Tuesday in Recife. He was "
        "68. His son, Tiago Ferraz, said the cause was a stroke.\n\n"
        "For years Ferraz ran a small legal clinic. He did not own a smartphone. " + Q + " he told a radio station.",
        ["Eduardo Ferraz"],
    ),
    (
        "bare_surname_after_widow",
        "Helen Marsh, the headteacher who led the campaign against phone use in schools, has died aged 59. Her "
        "husband, Colin Marsh, said she had been ill for a year.\n\n"
        "Marsh wrote to every MP in 2024. " + Q + " she wrote in that letter.",
        ["Helen Marsh"],
    ),
    (
        "trap_two_relatives_share_the_surname",
        "Her sister, Joanna Pryce, and her brother, Daniel Pryce, spoke at the inquest.\n\n"
        "Pryce said the family had no warning. " + Q + " Pryce said.",
        [None],
    ),
    (
        "trap_two_unrelated_bearers_of_a_surname",
        "Laura Finch, a Labour MP, and Robert Finch, a Conservative peer, both spoke in the debate.\n\n"
        + Q
        + " Finch said.",
        [None],
    ),
    # -- titles before a name that are no part of it -------------------------------------------------------------
    (
        "foreign_legislator_title",
        "The motion was drafted by the Greens. Its sponsor, Senadora Ana Beatriz Lima, said in a statement that "
        "the ministry " + P + ".",
        ["Ana Beatriz Lima"],
    ),
    (
        "devolved_member_party_title",
        "Plaid Cymru MS Rhian Pugh asked about enforcement. Labour MSP Callum Dewar said the Scottish ministers "
        + P
        + ".",
        ["Callum Dewar"],
    ),
    (
        "police_rank_abbreviated_after_full_title",
        "Detective Chief Superintendent Marcus Obi said 14 people had been arrested.\n\n"
        "Det Supt Obi said the force " + P + ".",
        ["Marcus Obi"],
    ),
    (
        "police_rank_acc_then_added",
        "Assistant Chief Constable Priya Nair told the committee that officers had made nine arrests. ACC Nair said "
        'the platform had handed over data "within a matter of days", but added: "There are cases where we waited '
        'a month for a single account."',
        ["Priya Nair", "Priya Nair"],
    ),
    (
        "trap_rank_before_a_surname_two_share",
        "Chief Inspector Tom Hale and Chief Inspector Sarah Hale both gave evidence.\n\n"
        "Ch Insp Hale said the force " + P + ".",
        [None],
    ),
    # -- a quote that is the predicate of "X's complaint" is not X's words --------------------------------------------
    (
        "possessed_noun_then_predicate_quote",
        "Karen Doyle complained to the ombudsman in May. The ombudsman opened a review. Its chair, Martin Hobbs, said "
        'on Friday that Doyle\'s complaint "was the one that forced the whole sector to look again".',
        ["Martin Hobbs"],
    ),
    (
        "claim_with_its_own_words_stays_the_claimant",
        "Karen Doyle wrote to the ombudsman in May. The minister rejected Doyle's claim that the review was "
        '"a whitewash from start to finish".',
        ["Karen Doyle"],
    ),
    (
        "trap_predicate_quote_without_a_sayer",
        "Karen Doyle wrote to the ombudsman in May. Doyle's complaint \"was the one that forced the whole sector to "
        'look again".',
        [None],
    ),
    # -- a platform named as the place of a post is not the company in focus ------------------------------------------
    (
        "on_platform_then_the_company_account",
        "Regulators in Dublin wrote to Anthropic last week. Anthropic did not answer our questions.\n\n"
        'On X this morning, the company\'s policy account said its models "already refuse requests of that kind".',
        ["Anthropic"],
    ),
    (
        "trap_on_platform_and_two_companies_before",
        "Regulators wrote to Meta and to Google last week.\n\n"
        'On X this morning, the company\'s policy account said its models "already refuse requests of that kind".',
        [None],
    ),
    # -- a pronoun after a sentence opening on a title nobody is named as holding ------------------------------------
    (
        "unnamed_title_holder_then_he",
        "Councillor Owen Price did not respond to a request for comment.\n\n"
        "The Conservative MP for Stroud, who raised the case in Parliament, welcomed the ruling. " + Q + " he said.",
        [None],
    ),
    (
        "named_title_holder_then_he",
        "Owen Price, the Conservative MP for Stroud, raised the case in Parliament.\n\n"
        "The MP welcomed the ruling on Monday. " + Q + " he said.",
        ["Owen Price"],
    ),
    (
        "trap_regulator_opening_then_she",
        "Nadia Rahim, a lawyer for the families, spoke after the hearing. The regulator said it would appeal. "
        + Q
        + " she said.",
        ["Nadia Rahim"],
    ),
    # -- which government "a government spokesperson" speaks for -----------------------------------------------------
    (
        "devolved_government_in_view",
        "The Welsh Government has kept its accounts on the platform.\n\n"
        'A government spokesperson said ministers "keep the use of every social network under review".',
        ["Welsh government"],
    ),
    (
        "no_other_government_is_the_uk",
        "MPs debated the bill on Tuesday.\n\n"
        'A government spokesperson said ministers "keep the use of every social network under review".',
        ["UK government"],
    ),
    (
        "trap_two_governments_in_view",
        "The Welsh Government wrote to the UK government on Monday.\n\n"
        'A government spokesperson said ministers "keep the use of every social network under review".',
        [None],
    ),
    (
        "trap_a_country_government_in_view",
        "The French government summoned the platform's managers.\n\n"
        'A government spokesperson said ministers "keep the use of every social network under review".',
        [None],
    ),
    # -- "a spokesperson for the charity" after a body nothing gave a kind to ----------------------------------------
    (
        "kindless_body_then_spokesperson_for_the_charity",
        "Asthma Relief UK said the findings were welcome. "
        '"Any step towards better treatment matters to our members," a spokesperson for the charity said.',
        ["Asthma Relief UK"],
    ),
    (
        "trap_unknown_subject_may_be_a_person",
        "Kowalczyk signed the order on Monday. "
        '"Any step towards better treatment matters to our members," a spokesperson for the company said.',
        [None],
    ),
    (
        "trap_kind_given_and_it_does_not_fit",
        "Ofcom said the findings were welcome. "
        '"Any step towards better treatment matters to our members," a spokesperson for the charity said.',
        [None],
    ),
    (
        "trap_body_named_as_a_university",
        "University of Leeds said the findings were welcome. "
        '"Any step towards better treatment matters to our members," a spokesperson for the charity said.',
        [None],
    ),
    # -- an acronym issuing a statement, then "the statement said" ---------------------------------------------------
    (
        "acronym_issues_a_statement",
        'UEFA said in a statement that its monitoring team had "flagged and reported" the accounts. '
        '"UEFA condemns any abuse directed at players or their families," the statement said.',
        ["UEFA"],
    ),
    (
        "trap_acronym_only_reads_a_statement",
        "The club read out a letter on Sunday. "
        '"We condemn any abuse directed at players or their families," the statement said.',
        [None],
    ),
    # -- "the office" for a body named "… Office" ------------------------------------------------------------------
    (
        "the_office_for_a_named_office",
        "On 3 May the Data Protection Office said it had opened proceedings against the platform. In a statement, "
        'the office said it was "examining whether there was any legal basis at all" for the processing.',
        ["Data Protection Office"],
    ),
    (
        "trap_two_offices_in_view",
        "The Home Office and the Cabinet Office both declined to comment on Monday. Later the office said it was "
        '"examining whether there was any legal basis at all" for the processing.',
        [None],
    ),
    # -- "issued a statement calling on …": the issuer's own document; a title's clause before a name in commas -------
    (
        "issued_statement_calling_on",
        "Separately, the Council of Europe commissioner for human rights, Tomasz Wierzbicki, issued a statement in "
        'Strasbourg calling on governments to "hold the owners of these tools to account, not only their users".',
        ["Tomasz Wierzbicki"],
    ),
    (
        "submitted_evidence_saying",
        "Ofcom, which enforces the Online Safety Act, submitted written evidence saying its inquiry was "
        '"moving faster than any before it" and that it expected a decision "before the end of the year".',
        ["Ofcom", "Ofcom"],
    ),
    (
        "trap_document_of_another_saying",
        "Ofcom, which enforces the Online Safety Act, published a letter from the campaigners saying the inquiry was "
        '"moving far too slowly for the victims".',
        [None],
    ),
    (
        "trap_titled_clause_without_commas_around_a_name",
        "The chair of the committee met Harbour Vale staff on Monday and said they had been "
        '"moving far too slowly for the victims".',
        [None],
    ),
    # -- an emphatic reflexive after the name; a title before a name with an unknown given name -----------------------
    (
        "reflexive_after_the_name",
        "The law was named after the activist Xochitl Ibarra Ruiz.\n\n"
        "Xochitl Ibarra Ruiz herself said she was not surprised. "
        '"We warned the platforms years ago that the next wave would be artificial," she told reporters by phone.',
        ["Xochitl Ibarra Ruiz"],
    ),
    (
        "trap_reflexive_of_someone_else",
        "The committee asked Xochitl Ibarra Ruiz to give evidence. The minister herself said the hearing was "
        '"a chance to hear from the people who warned us years ago".',
        [None],
    ),
    # -- "X said he …": the pronoun right after the name's own speech verb tells the name's gender --------------------
    (
        "said_he_after_another_man",
        "Coach Ruben Ortega, speaking before training, said he had told players to ignore the posts. But captain "
        "Tadeo Quispe said he backed the legal action. "
        '"My family is here and nobody should have to see those images of them," he said.',
        ["Tadeo Quispe"],
    ),
    (
        "trap_said_she_about_another_woman",
        "Coach Ruben Ortega said the team would not comment. But captain Tadeo Quispe said she, the federation's "
        "lawyer, would speak for them. "
        '"My family is here and nobody should have to see those images of them," he said.',
        [None],
    ),
    # -- a title opening the paragraph before a quote paragraph, across a numbered sub-heading ------------------------
    (
        "title_in_paragraph_before_the_quote",
        "Information Commissioner Mairead Quigley gave evidence for two hours on Tuesday.\n\n"
        "2. The guidance is late\n\n"
        "The commissioner revealed that her office had rejected a first industry draft in June.\n\n" + Q + " she said.",
        ["Mairead Quigley"],
    ),
    (
        "trap_title_holder_of_the_other_gender",
        "Information Commissioner Declan Quigley gave evidence for two hours on Tuesday.\n\n"
        "2. The guidance is late\n\n"
        "The commissioner revealed that his office had rejected a first industry draft in June.\n\n" + Q + " she said.",
        [None],
    ),
    # -- foreign bodies: an acronym between a native name and an English one; a regulator described, then named ------
    (
        "acronym_between_native_and_english_name",
        "The report coincided with a statement from Tietosuojavaltuutettu (TSV), the Finnish Data Protection "
        "Ombudsman Office, which said it had widened its inquiry. "
        '"We have received complaints from women who found altered images of themselves," TSV said.',
        ["Finnish Data Protection Ombudsman Office"],
    ),
    (
        "described_regulator_then_its_name",
        "In Denmark, the data protection authority Datatilsynet said last week that it was "
        '"following the Irish and Swedish cases very closely".',
        ["Datatilsynet"],
    ),
    (
        "lexicon_descriptor_before_another_name",
        'In France, the media regulator Arcom said on Monday that it was "following the Irish cases very closely".',
        ["Arcom"],
    ),
    (
        "trap_descriptor_without_a_kind_word_before",
        "In Denmark, the famous authority Datatilsynet-Nord was mentioned. Officials said it was "
        '"following the Irish and Swedish cases very closely".',
        [None],
    ),
    # -- a body's acronym in brackets, then a relative clause, before the verb ---------------------------------------
    (
        "acronym_in_brackets_then_relative_clause",
        "The government has three months to respond. A spokesperson for the Federal Office of Transport (FOT), "
        'which is drafting the bill, said the consultation had drawn "more than two hundred responses" so far.',
        ["Federal Office of Transport"],
    ),
    (
        "trap_bracketed_acronym_of_another_body",
        "A lawyer for Harriet Vale, who sued the Federal Office of Transport (FOT), which is drafting the bill, said "
        'the consultation had drawn "more than two hundred responses" so far.',
        [None],
    ),
    # -- a bare quote after a sentence in which someone only reacts ---------------------------------------------------
    (
        "gesture_then_bare_quote_same_paragraph",
        "Dara Whelan scored the winning goal in 1998. Asked what she made of seeing it again on her phone, Whelan "
        'laughed. "It looks better in slow motion. Everything does."',
        ["Dara Whelan"],
    ),
    (
        "gesture_then_bare_quote_next_paragraph",
        "Mara Dunn was asked about the size of the fine. She shrugged.\n\n"
        '"It is a rounding error for a company of that size, and they know it."',
        ["Mara Dunn"],
    ),
    (
        "trap_gesture_in_a_relative_clause_with_two_people",
        'Tom Reid spoke to Ana Lopez, who smiled. "It is a rounding error for a company of that size, and they know '
        'it."',
        [None],
    ),
    # -- "replied to a question from Y that …": the one replying speaks ----------------------------------------------
    (
        "replied_to_a_question_from_someone_that",
        "Priya Raman, the housing minister, replied to a question from the Conservative MP Giles Fennimore that the "
        'government "will bring forward the measure at the earliest opportunity".',
        ["Priya Raman"],
    ),
    (
        "trap_responded_to_criticism_that",
        "Priya Raman responded to criticism from the Conservative MP Giles Fennimore that the government "
        '"will never bring forward the measure at all".',
        [None],
    ),
    # -- a quote closing its sentence before a brand that opens on a lower-case letter --------------------------------
    (
        "quote_closes_before_lower_case_brand",
        "Julia Benning, the commissioner, gave evidence on Tuesday.\n\n"
        '"We do not accept that," Ms Benning said. "If it lives inside the app, it is the app." eBay has written back '
        "rejecting that position, and the commissioner said she had not ruled out court action.",
        ["Julia Benning", "Julia Benning"],
    ),
    (
        "trap_lower_case_word_goes_on_the_sentence",
        "Julia Benning and Tom Vale gave evidence on Tuesday.\n\n"
        '"If it lives inside the app, it is the app." officials said on Tuesday, and the committee agreed.',
        [None],
    ),
    # -- a body named in apposition after a clause describing it is no person; British plural "they" for it ------------
    (
        "body_apposed_after_describing_clause",
        "The label that owns most of his recordings, Harbour Sound, says he may play the old songs.\n\n"
        "Harbour Sound have twice denied doing anything wrong.\n\n"
        '"At no point did we say he could not perform those songs on television," they said in a statement.',
        ["Harbour Sound"],
    ),
    (
        "trap_person_apposed_after_a_person_noun",
        "The lawyer who represents the family, Harbour Sound, says he will appeal.\n\n"
        '"At no point did we say he could not perform those songs on television," they said in a statement.',
        [None],
    ),
    # -- "the minister" is never the prime or first minister -----------------------------------------------------------
    (
        "the_minister_with_a_prime_minister_named",
        "Keir Starmer, the prime minister, spoke on Monday. Nia Griffith, the safeguarding minister, met campaigners "
        "later. Griffith remembers the meeting.\n\n"
        '"One woman said something that has stayed with me ever since," the minister told the Guardian.',
        ["Nia Griffith"],
    ),
    (
        "trap_two_ministers_named",
        "Nia Griffith, the safeguarding minister, and Tom Byrne, the policing minister, met campaigners on Monday.\n\n"
        '"One woman said something that has stayed with me ever since," the minister told the Guardian.',
        [None],
    ),
    # -- "the centre said" for a body named "Centre for …" (a place-based prefix is no part of the name) --------------
    (
        "the_centre_for_a_place_based_centre",
        "The Lagos-based Centre for Digital Rights urged the government to publish the notices.\n\n"
        '"Blocking a service is a serious act that affects millions of users," the centre said in a statement.',
        ["Centre for Digital Rights"],
    ),
    (
        "trap_two_centres_in_view",
        "The Centre for Digital Rights and the Centre for Media Freedom both wrote to the minister.\n\n"
        '"Blocking a service is a serious act that affects millions of users," the centre said in a statement.',
        [None],
    ),
    (
        "office_holder_of_a_body_named_after_the_title",
        "The Women's Law Centre, a Durban advocacy group, welcomed the notice. "
        '"Takedowns alone mean the girls are violated again every time," said the centre\'s director, Nomvula '
        "Dlamini.",
        ["Nomvula Dlamini"],
    ),
    # -- a person known by one name under a pseudonym -----------------------------------------------------------------
    (
        "pseudonym_one_name",
        "For Ruth, not her real name, the process has felt slow.\n\n"
        '"I reported it to the platform three times and nothing happened for eleven days," Ruth said.',
        ["Ruth"],
    ),
    (
        "kindless_body_in_focus_over_a_charity_paragraphs_back",
        "The study was funded by the Wellcome Trust.\n\n"
        "For patients, the findings are a long way off. Eczema Action UK said the research was welcome. "
        '"Any step towards better treatment matters to our members," a spokesperson for the charity said.',
        ["Eczema Action UK"],
    ),
    (
        "trap_kindless_body_and_a_charity_in_one_paragraph",
        "The Wellcome Trust funded the study. Eczema Action UK said the research was welcome. "
        '"Any step towards better treatment matters to our members," a spokesperson for the charity said.',
        [None],
    ),
    # -- a country as the speaker: its government, where the sets name one ---------------------------------------------
    (
        "country_urges",
        'Protests continued overnight. The UK has urged an "end to the violence and for all sides to talk".',
        ["UK government"],
    ),
    (
        "trap_nationality_adjective_is_no_speaker",
        'Protests continued overnight. The Welsh have urged an "end to the violence and for all sides to talk".',
        [None],
    ),
    (
        "trap_title_holder_asked_the_question_answered_next",
        "Keir Starmer faced questions at Holyrood-style hustings; Russell Findlay, the Conservative leader, was first "
        "on his feet.\n\n"
        "The Conservative leader opened by asking why the new offence had only come into force this week.\n\n"
        '"I will not take lectures from a party that took fourteen years to pass a law," he said, to cheers.',
        [None],
    ),
    # -- "His office said": the person, through their office ----------------------------------------------------------
    (
        "his_office_said",
        "Attorney General Dana Whitfield sent the company a demand on Wednesday. Whitfield did not rule out a "
        "lawsuit.\n\n"
        'Her office said in a written statement that it "will pursue every remedy available under state law".',
        ["Dana Whitfield"],
    ),
    (
        "trap_his_office_with_two_men_in_view",
        "Attorney General Tom Whitfield met Senator Paul Okoro on Wednesday.\n\n"
        'His office said in a written statement that it "will pursue every remedy available under state law".',
        [None],
    ),
]


test_speaker, test_each_mechanism_has_traps = speaker_tests(CASES, min_traps=6)
