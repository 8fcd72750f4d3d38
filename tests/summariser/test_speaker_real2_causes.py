"""Speaker causes found by the blind audit of 56 real news pages (session 7, /work/notes/real-audit2.md), each tested
on our own invented sentences (other names, other topics, the same construction), with traps where the speaker must
stay as it is.

Wrong speakers: a question with no attribution of its own given to the one who replies after it (the next quote's
"responded X", or the next sentence's "X responded that …"); "she said" resolved to a woman the quote itself names
in full. Mangled: a joint subject ("Ford and Fry replied") cut to its resolved half. Nulls: a fake person from a
sentence-opening gerund or preposition ("Hosting Cook") or a short given name ("Josh Apte" beside "Joshua Apte")
making a surname ambiguous; "said planetary geologist X of …"; "X, a fellow at …, has written"; "As X put it";
"she said" after "…, said X, an economist."; and a bare quote carried on past an unread attribution that names
someone else.
"""

from __future__ import annotations

from tests.summariser.speaker_cases import Case, speaker_tests

CASES: list[Case] = [
    # -- a question is not the words of the one who answers it -------------------------------------------------------
    (
        "question_before_a_reply_quote_is_the_askers",
        "Congressman Dan Whitfield opened the hearing by reading out the contractors' forecast. "
        '"They tell me they can build two boosters a year from 2027," he said. "Is that realistic in your view?" '
        '"That depends on how much the contractors are willing to spend," responded agency administrator Mark Ellison.',
        ["Dan Whitfield", "Dan Whitfield", "Mark Ellison"],
    ),
    (
        "question_before_a_reported_reply_is_not_the_repliers",
        "Agency administrator Mark Ellison appeared before the committee on Tuesday.\n\n"
        "Congressman Dan Whitfield returned to the subject later in the session. "
        '"Which private rockets could carry the lander to orbit before the end of the decade?" '
        "Ellison responded that the heavy booster was the only option today.",
        [None],
    ),
    (
        "trap_a_question_shot_back_is_the_shooters",
        "Senator Ruth Calloway questioned the chief executive, Mark Ellison, for an hour. "
        '"Why should anyone believe your figures this time?" Calloway shot back at one point.',
        ["Ruth Calloway"],
    ),
    (
        "trap_a_question_asked_that_morning_keeps_its_asker",
        "Mark Ellison met the farmers' union in Cork. "
        '"Who will pay for the new drains on the upland farms?" Ellison said that morning.',
        ["Mark Ellison"],
    ),
    (
        "trap_split_quote_keeps_its_attribution",
        'Senator Ruth Calloway was blunt. "We were promised a plan," Calloway said, "and we got a brochure."',
        ["Ruth Calloway", "Ruth Calloway"],
    ),
    # -- a speaker does not talk about herself by full name ------------------------------------------------------------
    (
        "she_is_not_the_woman_the_quote_names_in_full",
        "The singer Laura Denning spent two years learning the fiddle for her new album.\n\n"
        "Laura Denning later bought a farmhouse outside Asheville to write the songs.\n\n"
        "Tom Denning still smiles when he remembers her practising scales in the kitchen at midnight. "
        '"It would have been easy for Laura Denning to hire a session player and take the credit, but she refused '
        'to do that," she said. "She put in the hours, and I admire that a great deal."',
        [None, None],
    ),
    (
        "trap_she_still_resolves_when_the_quote_names_someone_else",
        "Laura Denning spent two years learning the fiddle for her new album.\n\n"
        '"It would have been easy to let Tom Denning play every solo on the record, but I wanted to earn it," '
        "she said.",
        ["Laura Denning"],
    ),
    (
        "trap_a_body_may_name_itself_in_its_statement",
        "The Northfield Police Service said officers had arrested a man in connection with the fraud.\n\n"
        'It said: "The Northfield Police Service would ask anyone who lost money in the scheme to come forward."',
        ["Northfield Police Service"],
    ),
    # -- a joint subject is no one's alone -----------------------------------------------------------------------------
    (
        "joint_subject_with_an_unresolved_first_name_is_several",
        "The novelist Peter Marsh died in 2009. His friends said his sister, Joan Hale, had let his books fall out of "
        "print.\n\n"
        "I wrote to the family about the unpublished manuscripts. Kowalczyk and Hale replied that I was pressing them "
        'with "rumours from people who never met him and who have no standing in the matter."',
        [None],
    ),
    (
        "trap_titled_minister_after_a_portfolio_with_and",
        '"Selling images of people without their consent is a crime and will be treated as one," Internal Affairs '
        "and Communications Minister Haruto Sato told a news conference on Friday.",
        ["Haruto Sato"],
    ),
    # -- a clause-opening word is no given name; a short given name is the same person --------------------------------
    (
        "gerund_opening_a_sentence_makes_no_person",
        "Apple's chief executive, Tim Cook, spoke at the developer summit in Austin on Tuesday.\n\n"
        'Inviting Cook to the stage "was a coup for a small conference," the organiser said.\n\n'
        '"Your data should never be the price you pay for a free app," Cook told the audience.',
        [None, "Tim Cook"],
    ),
    (
        "preposition_opening_a_sentence_makes_no_person",
        "The transport minister, Neha Kapoor, visited the depot on Monday.\n\n"
        "Within Kapoor's own department, the plan had critics.\n\n"
        '"We will have electric buses on every route in the city by 2030," Kapoor said.',
        ["Neha Kapoor"],
    ),
    (
        "short_given_name_in_a_post_signature_is_the_same_person",
        "Air quality researcher Joshua Ferrante of the University of Leeds has studied the smog for a decade.\n\n"
        '"The levels we measured last winter were off the charts for any city," Ferrante said.\n\n'
        "The fires are burning again, he wrote on social media. — Josh Ferrante (@jferrante) November 4, 2019\n\n"
        '"Every state around the capital has to stop the burning at the same time," Ferrante said.',
        ["Joshua Ferrante", "Joshua Ferrante"],
    ),
    (
        "trap_three_bearers_of_a_surname_stay_ambiguous",
        "Joshua Ferrante and his cousin Maria Ferrante run the clinic; Josh Ferrante, his son, keeps the books.\n\n"
        '"We have never turned a single patient away from this door," Ferrante said.',
        [None],
    ),
    (
        "trap_two_bearers_named_together_are_two_people",
        "Chris Ward and Christine Ward signed the letter to the council on Monday.\n\n"
        '"We will not move out of this house for anyone, whatever the council decides," Ward said.',
        [None],
    ),
    # -- attributions the patterns did not read ------------------------------------------------------------------------
    (
        "occupation_before_an_unknown_given_name",
        '"The crust is thinner than anyone expected, and that changes where we look," said planetary geologist '
        "Ilse Brandvold of the agency's laboratory in Pasadena.",
        ["Ilse Brandvold"],
    ),
    (
        "has_written_after_the_quote",
        '"The duty is paid at the border by the importer, not by the factory abroad," Howard Pell, a senior fellow '
        "at the Tax Research Center, has written.",
        ["Howard Pell"],
    ),
    (
        "as_name_put_it",
        "Howard Pell has studied tariffs for thirty years.\n\n"
        'As Pell put it, "a tariff is a tax on your own shoppers, whatever the label on the box says."',
        ["Howard Pell"],
    ),
    (
        "she_after_an_inverted_said_with_apposition",
        "Furniture makers have felt the duties too, said Mary E. Lindqvist, an economist at Syracuse University. "
        '"About a third of the parts come from suppliers overseas," she said.',
        ["Mary E. Lindqvist"],
    ),
    (
        "bare_quote_with_an_unread_attribution_naming_someone_else",
        '"Nobody had measured the heat from the pole so precisely before," said marine biologist Tomas Hale.\n\n'
        '"The economy would shrink if the levy passed, and exporters would pay first," Howard Pell, a senior fellow '
        "at the Tax Research Center, has long held.",
        ["Tomas Hale", None],
    ),
    (
        "trap_bare_quote_goes_on_when_the_next_sentence_names_others",
        "Erik Lund, the digital minister, said a new taskforce risked duplicating work.\n\n"
        '"I understand the frustration, but we should be careful," Mr Lund said. "The Commission has the strongest '
        'tools, and our job is to make sure it uses them." He said Sweden had raised the matter with the Commission.',
        ["Erik Lund", "Erik Lund"],
    ),
    (
        "acronym_of_an_organisation_named_in_full",
        "The figures come from a report published in March by the Maritime Safety Administration.\n\n"
        'Even so, the MSA says that the northern strait "remains the busiest route for smuggled fuel in the region".',
        ["Maritime Safety Administration"],
    ),
    (
        "trap_acronym_shared_by_two_organisations_stays_unknown",
        "The Maritime Safety Administration and the Marine Standards Agency published reports in March.\n\n"
        'Even so, the MSA says that the northern strait "remains the busiest route for smuggled fuel in the region".',
        [None],
    ),
    (
        "title_case_headline_with_and_is_no_person",
        "Related: Nadia Rahman And Striking Nurses Clash Outside Stadium\n\n"
        '"We will stand here every day until the ministry agrees to talk to us," Rahman said.',
        ["Nadia Rahman"],
    ),
    (
        "brand_line_is_no_person",
        "Corvane, a maker of hospital equipment, will link its Corvane Halo monitors to the new pager system. "
        "Corvane said the rollout starts in May, and Corvane engineers will train the nurses.\n\n"
        "The older Halo units are not included.\n\n"
        'Dana Whitlock, Senior Vice President of Sales for Corvane, Inc., says: "Alarm fatigue is the biggest '
        'complaint we hear from nurses on every single ward."',
        ["Dana Whitlock"],
    ),
    (
        "quote_going_on_to_name_him_in_full_undoes_his_he",
        "The band closed its tour in Leeds on Friday, and the former singer Daniel Marsh joined them for one song.\n\n"
        "After the last chorus, the drummer introduced Marsh's set. "
        '"You may know him from his solo records these days," he said. '
        '"But you may remember him from this band first of all, ladies and gentlemen: Mr. Daniel Marsh."',
        [None, None],
    ),
    (
        "person_known_by_one_name_counts_before_the_name_speaks",
        "In an interview about his friendship with the disgraced banker Conrad Hale, the presenter Sarah Pike "
        "pressed Tobias about the night in question.\n\n"
        "Tobias does not remember the party, but he definitely remembers the restaurant. "
        '"Going to a restaurant on a Tuesday night is an unusual thing for me to do," he said.\n\n'
        '"There was nothing to see, absolutely nothing at all," Tobias said.',
        ["Tobias", "Tobias"],
    ),
    (
        "two_surnames_joined_by_and_before_a_particle_are_no_one_name",
        "Okafor and van Dijk mapped the cells in 2016. "
        '"Even the textbooks had no idea what these cells were doing in the gut," he said.',
        [None],
    ),
    (
        "present_tense_speech_verb_in_a_feature",
        "This network, says Priya Raman, an immunologist at the University of Leeds, steers the body's answer to "
        "danger. Work on the gut's rarest cells could show how organs cooperate. She calls the prospects "
        '"thrilling," but cautions that "we are still at the very start of understanding what these cells do."',
        ["Priya Raman"],
    ),
    (
        "bemoans_that_with_a_partial_quote",
        "The novelist Ruth Abara has written nine books. Abara still bemoans that her first novel "
        '"was sold as a beach read when it should have been sold as a thriller."',
        ["Ruth Abara"],
    ),
    (
        "dated_study_by_an_organisation",
        "A June 2021 study by the Institute for Fiscal Studies, a London-based think tank, concluded that, using "
        'standard methods, "the full cost of the levy falls on households and small firms."',
        ["Institute for Fiscal Studies"],
    ),
    (
        "person_who_goes_by_a_first_name_only",
        "Tobin — who only goes by his first name on the forum — retired at 41 after saving for a decade. "
        '"So much of a good retirement comes down to habits you build in your twenties," he wrote.',
        ["Tobin"],
    ),
    (
        "trap_a_first_name_aside_about_someone_else_names_no_one",
        "The forum's founder, who only goes by a nickname, posts every night. "
        '"So much of a good retirement comes down to habits you build in your twenties," he wrote.',
        [None],
    ),
    (
        "she_is_not_the_one_found_through_he_before",
        "Laura Denning had surgery in the spring, and afterwards heard music all day.\n\n"
        "Denning's son, the director Charlie Ward, also remembers it as a hard time. "
        '"If your mum comes home and says her head is full of songs, you worry a bit," he said. "Suddenly she was '
        'talking about obscure bands and picking up a fiddle every evening," Ward laughed. "When I say it out loud '
        'it sounds mad."\n\n'
        "Despite the few roles for women her age, the actress was not looking for a new career. "
        '"I had always liked music, but I had never been obsessed with it," she said.',
        ["Charlie Ward", "Charlie Ward", "Charlie Ward", None],
    ),
    (
        "title_words_before_a_name_with_a_long_apposition",
        '"Carbon, nitrogen and phosphorus were all there in the plume, and in the amounts life would need," study '
        "lead author Lena Ortiz, a planetary scientist at the Goddard Space Flight Center in Greenbelt, Maryland, "
        "and at American University in Washington, D.C., said in a statement.",
        ["Lena Ortiz"],
    ),
    (
        "trap_lawyers_for_a_name_are_not_that_person",
        '"Our client has never seen the documents the prosecution relies on, not once in two years," lawyers for '
        "Lena Ortiz, a planetary scientist at the Goddard Space Flight Center in Greenbelt, Maryland, and at "
        "American University in Washington, D.C., said in a statement.",
        [None],
    ),
]


test_speaker, test_each_mechanism_has_traps = speaker_tests(CASES, min_traps=5)
