"""Speaker causes found by reading holdout11's errors, each tested on our own sentences (other names, other topics,
the same construction), with traps where the speaker must stay None.

Causes: the legislators' courtesy title "Hon." unknown, so a name with an unlisted given name was no person; "One
<noun> who …, <Name>," (and a name carrying its own epithet, "the Dutch liberal <Name>") not read as the sentence's
subject, and a name with an unknown given name there no person (so "a senator" took "he"); "published an update on
…, saying" past a comma and a long place phrase; "The company's head of sales" opening a sentence; "the memo said";
"the broadcaster said" for a named broadcaster; contest nouns ("one former finalist") as anonymous sources; a
one-name person after "gave only her first name,"; "called on X to …" with a long infinitive clause before the
quoted words.
"""

from __future__ import annotations

from tests.summariser.speaker_cases import Case, speaker_tests

CASES: list[Case] = [
    # -- "Hon." before a legislator's name ---------------------------------------------------------------------------
    (
        "hon_title_makes_a_person",
        "The state assembly voted on Thursday to summon the operator's managers.\n\n"
        "Hon. Blessing Adebayo-Okafor, who tabled the motion, said the firm had ignored three letters.\n\n"
        '"They collect fares in this state, so they can answer questions in this state," she said.',
        ["Blessing Adebayo-Okafor"],
    ),
    # -- "One <noun> who …, <Name>," as the subject ----------------------------------------------------------------
    (
        "one_member_apposed_name_leads",
        "The ministry has still not published its review. One councillor who sits on the panel, Tomas Ferreira, "
        'was blunter. "A private landlord would have been prosecuted months ago," he said.',
        ["Tomas Ferreira"],
    ),
    (
        "apposed_name_with_its_own_epithet_leads",
        "The agency has not set a date. One senator who follows the case, the Swiss centrist Stefan Brandt, "
        'was less patient. "Any other company would have been fined by now," he posted on X.',
        ["Stefan Brandt"],
    ),
    (
        "unknown_given_name_after_one_of_a_group_is_a_person",
        "The tribunal has not set a date. One senator who follows the case, the Swiss centrist Reto Gschwind, was "
        'less patient. "Any other operator would have been fined by now," he posted on X.',
        ["Reto Gschwind"],
    ),
    (
        "unknown_given_name_after_an_indefinite_title_is_a_person",
        "The tribunal has not set a date. A senator, Reto Gschwind, was less patient. "
        '"Any other operator would have been fined by now," he said.',
        ["Reto Gschwind"],
    ),
    (
        "trap_body_after_one_of_a_group_is_no_person",
        "The tender closed on Friday. One bidder that lost the contract, Nordwind Logistik, has appealed. "
        '"The process was rigged from the start," he said.',
        [None],
    ),
    # -- "published an update on …, saying" -----------------------------------------------------------------------
    (
        "published_update_then_comma_participle",
        "The Water Services Regulation Authority published an update on its Thames inquiry on Friday, saying it had "
        'reviewed the evidence and expected to reach a decision "before the end of the spring".',
        ["Water Services Regulation Authority"],
    ),
    (
        "trap_published_someone_elses_letter",
        "The Water Services Regulation Authority published a letter from the campaigners on Friday, saying it had "
        'reviewed the evidence and expected to reach a decision "before the end of the spring".',
        [None],
    ),
    # -- "The company's <office> …" opening a sentence ----------------------------------------------------------------
    (
        "company_office_holder_opens_sentence",
        "Shares in Meta fell again on Monday. The company's head of investor relations, who joined in March, "
        'told analysts in a call that the firm had "turned the corner on costs".',
        ["Meta"],
    ),
    (
        "trap_former_office_holder_speaks_for_no_one",
        "Shares in Meta fell again on Monday. The company's former head of investor relations told analysts "
        'that the firm had "turned the corner on costs".',
        [None],
    ),
    # -- "the memo said" -----------------------------------------------------------------------------------------------
    (
        "memo_said_is_its_authors",
        "Meta told its dealers in a memo on Tuesday that deliveries would resume next month.\n\n"
        '"We know the delays have hurt you and we are fixing them," the memo said.',
        ["Meta"],
    ),
    (
        "trap_memo_nobody_wrote",
        "Dealers said they had read the memo twice before the meeting.\n\n"
        '"We know the delays have hurt you and we are fixing them," the memo said.',
        [None],
    ),
    # -- "the broadcaster said" ----------------------------------------------------------------------------------------
    (
        "broadcaster_is_the_named_broadcaster",
        "The quiz show Brainbox is returning next year, ITV has confirmed.\n\n"
        'Filming starts in March. The broadcaster said the show would be "faster, louder and a lot more fun".',
        ["ITV"],
    ),
    (
        "trap_two_broadcasters_in_view",
        "The BBC and ITV both bid for the quiz show Brainbox.\n\n"
        'Filming starts in March. The broadcaster said the show would be "faster, louder and a lot more fun".',
        [None],
    ),
    # -- contest nouns as anonymous sources ---------------------------------------------------------------------------
    (
        "one_former_contestant_is_anonymous",
        "Past entrants were divided.\n\n"
        '"It was the best summer of my life, and the worst," said one former contestant, who asked not to be named. '
        '"I hope they look after people better now."',
        ["a former contestant", "a former contestant"],
    ),
    # -- a one-name person after "gave only her first name," ------------------------------------------------------
    (
        "first_name_given_before_the_name",
        "Four parents spoke at the meeting. One, a 41-year-old nurse from Leeds who gave only her first name, "
        "Priya, said she had complained to the school six times.\n\n"
        '"Every time I was told it was being looked at," she said.',
        ["Priya"],
    ),
    (
        "trap_identified_only_as_initial",
        "A man who can be identified only as Mr Y won his appeal on Monday. "
        "His sister said the family was relieved.\n\n"
        '"We always knew he was right," she said.',
        [None],
    ),
    # -- "called on X to …" with a long infinitive clause -----------------------------------------------------------
    (
        "appeal_with_long_infinitive_clause",
        "The Molly Rose Foundation said parents had waited too long. The charity has called on the council to "
        'publish its inspection results quickly and to use "every enforcement power it has" against rogue landlords.',
        ["Molly Rose Foundation"],
    ),
    (
        "trap_call_verb_far_from_a_quote_without_to",
        "The Molly Rose Foundation said parents had waited too long. The council called the figures from last "
        "year's long survey of the city's private landlords and tenants \"misleading and badly out of date\".",
        [None],
    ),
]


test_speaker, test_each_mechanism_has_traps = speaker_tests(CASES, min_traps=6)
