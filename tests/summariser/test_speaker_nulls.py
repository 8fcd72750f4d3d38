"""Speakers the copy makes clear that used to come out None (our own news copy): a unisex given name before "she",
a party's person ("Labour's X"), a person called by a given name, a "Minister for …", bodies the lexicon does not
know, and partial quotes in participle and relative clauses. Each mechanism has traps where the speaker stays None."""

from __future__ import annotations

import pytest

from summariser._quotes import extract_quotes
from summariser._text import split_document

Q = '"We have waited long enough for the platform to show it takes the safety of children seriously,"'

CASES: list[tuple[str, str, list[str | None]]] = [
    # -- a unisex given name says nothing about "he" or "she" ------------------------------------------------------
    (
        "unisex_name_then_she",
        "The tribunal rejected the appeal on Friday.\n\n"
        "Speaking on the steps of the court, Sam Whitcombe, chief executive of the charity Barnardo's, said the "
        "ruling was overdue.\n\n" + Q + " she said.",
        ["Sam Whitcombe"],
    ),
    (
        "trap_unisex_name_and_another_woman_she",
        "Alex Fenwick, a Labour councillor, and Priya Dhillon, a local headteacher, spoke at the meeting.\n\n"
        + Q
        + " she said.",
        [None],
    ),
    (
        "unisex_speaker_talks_about_a_man",
        "Jordan Pike, who sponsored the bill, said he would ask Speaker Tom Reeve to bring it to a vote. "
        + Q
        + " he said.",
        ["Jordan Pike"],
    ),
    (
        "trap_unisex_and_a_man_both_subjects",
        "Jordan Pike and Tom Reeve met the company's lawyers on Monday.\n\n" + Q + " he said.",
        [None],
    ),
    (
        "sentence_initial_epithet",
        "A grieving mother has launched a petition against the app.\n\n"
        "Lorna Baxter, 39, from Derby, says her daughter was targeted at school.\n\n"
        'The mother-of-three told the Mirror: "She has not slept properly for weeks and nobody will tell us anything."',
        ["Lorna Baxter"],
    ),
    (
        "trap_epithet_two_women_in_view",
        "Lorna Baxter and Gemma Hollis, both from Derby, launched the petition together in March.\n\n"
        'The mother-of-three told the Mirror: "She has not slept properly for weeks and nobody will tell us anything."',
        [None],
    ),
    # -- a party's person: "Plaid's Rhian Morgan, who …, slammed … / She told us: …" --------------------------------
    (
        "party_possessive_person_then_she",
        "Now a cross-party group of MPs has backed the campaign.\n\n"
        "The Greens' Carla Denholm, who has fought for a ban on so-called undressing apps, slammed the firm for "
        '"stalling" and demanded a deadline.\n\n'
        'She told reporters: "The regulator has every power it needs. I want to see it use them this month."',
        ["Carla Denholm"],
    ),
    (
        "trap_party_possessive_thing_then_she",
        "Labour's new policy on age checks was published on Monday, weeks after Harriet Osei and Mona Reyes "
        "wrote to ministers.\n\n" + Q + " she said.",
        [None],
    ),
    # -- a person called by a given name ---------------------------------------------------------------------------
    (
        "given_name_after_honour",
        "Access to the app will stay blocked until the company complies, says Digital Minister Datuk Zainal "
        "Rahman.\n\n"
        'Zainal said the regulator had met the company twice but was "not yet convinced that the safeguards '
        'will actually work".\n\n'
        '"We want to see the measures in place and tested before anything changes," he said.',
        ["Zainal Rahman", "Zainal Rahman"],
    ),
    (
        "given_name_tabloid_fumed",
        "Karen Pilbeam, 44, from Wigan, says her son was targeted by the fake pictures.\n\n"
        "The chatbot's owner posted a laughing emoji on Thursday.\n\n"
        'Karen fumed: "He thinks this is funny. It is not funny to my family and it never will be."',
        ["Karen Pilbeam"],
    ),
    (
        "trap_two_people_same_given_name",
        "Karen Pilbeam and Karen Oduya launched the petition together in March.\n\n"
        "The chatbot's owner posted a laughing emoji on Thursday.\n\n"
        'Karen fumed: "He thinks this is funny. It is not funny to my family and it never will be."',
        [None],
    ),
    # -- "Minister for …" is "the minister" ------------------------------------------------------------------------
    (
        "minister_for_portfolio",
        "Ciarán Mulvey, the Minister for Enterprise, Trade and Employment, told reporters the law would change.\n\n"
        '"We will give the watchdog every power it asks for," the minister said.',
        ["Ciarán Mulvey"],
    ),
    (
        "trap_two_ministers_for",
        "Ciarán Mulvey, the Minister for Enterprise, and Aoife Brennan, the Minister for Justice, met the company "
        "on Tuesday.\n\n" + Q + " the minister said.",
        [None],
    ),
    # -- bodies the lexicon does not know, by the shape of their names -----------------------------------------------
    (
        "org_by_head_word",
        "The regulator fined the broadband provider £3m on Monday.\n\n"
        "The Rural Broadband Operators' Association said its members had switched customers "
        '"smoothly, on time and without any fuss" '
        'and that the failures were "not representative of the wider market at all".',
        ["Rural Broadband Operators' Association", "Rural Broadband Operators' Association"],
    ),
    (
        "org_one_word_which_represents",
        "The House passed the bill on Wednesday.\n\n"
        "CodeCommons, which represents open-source developers including several universities, said it backed the "
        'bill but warned that the liability clause would "freeze university research in this country overnight".',
        ["CodeCommons"],
    ),
    (
        "org_party_with_political_colour",
        "The centre-left Civic Renewal Party, which backs age limits, accused the premier of "
        '"hiding behind a chatbot to avoid hard questions".',
        ["Civic Renewal Party"],
    ),
    (
        "trap_org_named_as_object",
        'Regulators accused the Digital Traders\' Association of "dragging its feet for the best part of a year".',
        [None],
    ),
    (
        "trap_one_word_without_description",
        'Brightmoor, where the plant was built, said it had been "left in the dark for months by everyone".',
        [None],
    ),
    (
        "trap_commissioner_then_she",
        'The Victims\' Commissioner for Wales has said she would "pull the plug on the app tomorrow" if she could.',
        [None],
    ),
    (
        "lede_title_named_next_paragraph",
        'The Victims\' Commissioner for Wales has said she would "pull the plug on the app tomorrow" if she '
        "could.\n\n"
        "Dame Helen Prowse made the comments on a radio phone-in on Tuesday, calling for a legal duty on developers.",
        ["Helen Prowse"],
    ),
    (
        "trap_lede_title_next_paragraph_other_gender",
        'The Victims\' Commissioner for Wales has said she would "pull the plug on the app tomorrow" if she '
        "could.\n\n"
        "Sir Martin Greaves said on Tuesday that the regulator should act faster.",
        [None],
    ),
    (
        "org_officer_unnamed",
        "The main opposition Social Democratic Alliance (SDA) condemned the ban on Wednesday.\n\n"
        + Q
        + " the SDA deputy chair said.",
        ["Social Democratic Alliance"],
    ),
    (
        "trap_org_officer_named_elsewhere",
        "The main opposition Social Democratic Alliance (SDA) condemned the ban. Its deputy chair, Mirela Kos, "
        "called it censorship.\n\nThe SDA leader was in Brussels.\n\n" + Q + " the SDA deputy chair said.",
        [None],
    ),
    (
        "its_spokeswoman_for_portfolio",
        "The centre-right Civic Renewal Party, which backs age limits, criticised the plan. Its spokeswoman for "
        "digital affairs said the party would not back \"a law that sends engineers to prison for other people's "
        'posts".',
        ["Civic Renewal Party"],
    ),
    (
        "national_arm_of_a_company",
        "TikTok did not respond to a request for comment sent to its US office. Meta Japan, the company's local "
        'arm, said in a statement that it "takes the concerns of Japanese families extremely seriously".',
        ["Meta Japan"],
    ),
    (
        "trap_company_and_place_as_object",
        'Regulators in Japan accused Meta of "ignoring the concerns of Japanese families for far too long".',
        [None],
    ),
    (
        "its_spokesperson_on_portfolio",
        "The Harbour Workers' Union opposed the bill on Monday. Its spokesperson on transport said the plan would "
        'leave ports "without a single inspector on the night shift".',
        ["Harbour Workers' Union"],
    ),
    (
        "trap_its_spokesperson_body_as_object",
        "Marion Keane criticised the Harbour Workers' Union on Monday. Its spokesperson on transport said the plan "
        'would leave ports "without a single inspector on the night shift".',
        [None],
    ),
    (
        "unlisted_party_spokesperson",
        "The government defended its record on Thursday.\n\n"
        'Volt Europa\'s digital spokesperson said ministers had been "asleep at the wheel for two years".',
        ["Volt Europa"],
    ),
    (
        "named_office_then_the_office",
        "The court issued the order at the request of the Izmir Chief Public Prosecutor's Office.\n\n"
        'The prosecutor\'s office said it had opened an inquiry into "the people responsible for the posts".',
        ["Izmir Chief Public Prosecutor's Office"],
    ),
    (
        "trap_two_named_offices",
        "The Izmir Chief Public Prosecutor's Office and the Bursa Chief Public Prosecutor's Office both opened "
        "files.\n\n"
        'The prosecutor\'s office said it had opened an inquiry into "the people responsible for the posts".',
        [None],
    ),
    (
        "the_group_after_unlisted_body",
        "Campaigners said the order did not go far enough. Instituto Vozes Livres called on the court to suspend the "
        "tool across the platform.\n\n" + Q + " the group said.",
        ["Instituto Vozes Livres"],
    ),
    (
        "the_groups_spokesperson_after_apposition",
        "Residents remain critical of the plant. Friends of Tidewater, a local group, said it had asked the agency "
        "for a fuller review.\n\n" + Q + " the group's spokesperson said.",
        ["Friends of Tidewater"],
    ),
    (
        "trap_the_centre_without_a_centre",
        "Friends of Tidewater, a local group, said it had asked the agency for a fuller review.\n\n"
        + Q
        + " the centre said.",
        [None],
    ),
    (
        "trap_the_group_too_far_back",
        "Friends of Tidewater, a local group, said it had asked the agency for a fuller review.\n\n"
        "The agency has not replied. Its board meets in May. The plant employs 400 people.\n\n"
        "Work began in 2021. Output doubled last year.\n\n" + Q + " the group said.",
        [None],
    ),
    # -- "the host" after "told host Jane Doe" ------------------------------------------------------------------------
    (
        "the_title_given_before_a_name",
        "In an interview on Radio Ulster on Monday, Niall Kerr told presenter Gareth Doyle the bill was almost ready."
        '\n\nDoyle pressed him on the delay.\n\n"Minister, other countries acted in days. What did you do?" the '
        "presenter asked.",
        ["Gareth Doyle"],
    ),
    (
        "trap_the_title_given_to_two",
        "Niall Kerr spoke to presenter Gareth Doyle on Monday and to presenter Sean Moran on Tuesday.\n\n"
        '"Minister, other countries acted in days. What did you do?" the presenter asked.',
        [None],
    ),
    # -- a live-blog entry's headline label after its time stamp -----------------------------------------------------
    (
        "liveblog_stamped_label",
        "Live: the Commission fines the platform\n\n"
        "11:05 - Lindqvist: 'Children come before clicks and always will'\n\n"
        "The commissioner Anna Lindqvist told reporters the decision had been unanimous.",
        ["Anna Lindqvist"],
    ),
    (
        "trap_liveblog_stamped_place_label",
        "Live: the Commission fines the platform\n\n"
        "11:05 - Strasbourg: 'Children come before clicks and always will'\n\n"
        "The commissioner Anna Lindqvist told reporters the decision had been unanimous.",
        [None],
    ),
    # -- partial quotes in participle and relative clauses -----------------------------------------------------------
    (
        "fronted_subject_asking",
        "From the opposition benches, Harriet Vane went further, asking whether the minister would "
        '"finally grow a backbone" and order the regulator to act.',
        ["Harriet Vane"],
    ),
    (
        "relative_that_he_said",
        "Speaking in Lisbon on Friday, the prime minister, Luis Costa, announced a set of rules that he said would "
        'make Portugal "the safest place in Europe to be online".',
        ["Luis Costa"],
    ),
    (
        "who_clause_subject",
        'The Liberal Democrats, who in March had accused the ministry of "sleepwalking into a disaster", took a '
        "different line.",
        ["Liberal Democrats"],
    ),
    (
        "clause_own_subject_saying",
        "Maeve Lynch, the Minister for Media, faced questions on Tuesday.\n\n"
        'The opposition spokesman said the government had been "far too slow to act on any of this" and urged '
        "the minister to set a "
        'deadline, something the minister ruled out, saying she would not "dictate to an independent body".',
        [None, "Maeve Lynch"],
    ),
    (
        "trap_clause_own_subject_unknown",
        'Maeve Lynch said the government had been "far too slow to act on any of this" and urged the board to '
        "set a deadline, something "
        'the chair ruled out, saying it would not "dictate to an independent body".',
        ["Maeve Lynch", None],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=n) for n, t, e in CASES])
def test_speaker(text: str, expected: list[str | None]) -> None:
    assert [q.speaker for q in extract_quotes(split_document(text))] == expected


def test_each_mechanism_has_traps() -> None:
    names = [name for name, _, _ in CASES]
    assert len(set(names)) == len(names)
    assert sum(name.startswith("trap_") for name in names) >= 9
