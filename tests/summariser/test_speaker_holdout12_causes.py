"""Speaker causes found by reading holdout12's errors, each tested on our own sentences (other names, other topics,
the same construction), with traps where the speaker must stay None.

Causes: one member of a crowd whose post or complaint is quoted ("one customer wrote on a forum") given as a source;
a party's initials owning a name ("The SNP's Callum Brodie") not making a person nor the sentence's subject, so "he"
went to an earlier speaker; a pronoun opening a later clause ("…, though she conceded …") not read as the sentence's
subject; the clause after ", but" ("…, but his office said") read with its "but"; "quoted a senior nurse saying";
"It has since said …" opening the sentence after "<Org> opened an inquiry into <Org>"; "the post said" after "<Org>'s
account has posted a reply"; "put it bluntly:"; an acronym after the body's name in its own language ("(Native Name,
GBA)"); a US party and home-town tag before ", who said"; a speech participle eleven to twenty words before the quote;
the first half of a title joined by "and" before a titled name. Then the same kind of causes on the other dev sets: "the
party's policy chief" after the party opens the sentence before; "one told …" of a bare plural group; "Britain's
Ofcom" opening a sentence; "Plaid Cymru's health spokesperson, <Name>,"; "Musk's posts describing …"; "For <Name>, …"
as the one in view; and, found through the oracle, one unknown word speaking ("Jackson said") blocks an earlier person.
"""

from __future__ import annotations

import pytest

from summariser._names import build_name_index
from summariser._text import split_document
from tests.summariser.speaker_cases import Case, speaker_tests

CASES: list[Case] = [
    # -- one member of a crowd, a post or complaint quoted ----------------------------------------------------------
    (
        "trap_crowd_post_has_no_speaker",
        'Customers complained about the new fees for weeks. "I paid for a year up front and now they want more money '
        'for the same thing," one longtime customer wrote on a forum.',
        [None],
    ),
    (
        "crowd_member_who_spoke_to_us_is_a_source",
        '"I paid for a year up front and now they want more money for the same thing," a longtime customer told '
        "the paper.",
        ["a longtime customer"],
    ),
    # -- a party's initials owning a name --------------------------------------------------------------------------
    (
        "initials_owner_makes_the_subject",
        'Fiona Grant, the convener, said her committee would "look again at the whole scheme." '
        "The SNP's Callum Brodie accused ministers of hiding the costs. \"Every month it gets dearer and nobody will "
        'say by how much," he said.',
        ["Fiona Grant", "Callum Brodie"],
    ),
    (
        "trap_initials_owner_of_a_thing_is_no_person",
        'Tom Riley, the chair, said the review would "take as long as it takes." '
        'The FCA\'s Consumer Duty Review will report in June. "We will not be rushing this at all," he said.',
        ["Tom Riley", "Tom Riley"],
    ),
    # -- a pronoun opening a later clause of the sentence ------------------------------------------------------------
    (
        "concessive_pronoun_is_the_subject",
        "Its chair, councillor Mairead Quinn, said the council would write to the operator, though she conceded "
        'the odds of a reply were "somewhere close to nil at best."',
        ["Mairead Quinn"],
    ),
    (
        "trap_concessive_pronoun_with_two_women_named",
        "Ruth Kelly told Anna Pryce the plan would fail, though she conceded the figures were "
        '"better than anyone had expected."',
        [None],
    ),
    # -- ", but his office said" ------------------------------------------------------------------------------------
    (
        "but_clause_office_is_the_person",
        "Transport Secretary Daniel Ashworth was not at the launch, but his office said in a statement that the "
        'department would publish the figures "before the end of the month."',
        ["Daniel Ashworth"],
    ),
    (
        "trap_but_clause_office_of_two_men",
        "Daniel Ashworth and Peter Lyle were not at the launch, but his office said the department would publish "
        'the figures "before the end of the month."',
        [None],
    ),
    # -- "quoted X saying" ------------------------------------------------------------------------------------------
    (
        "quoted_description_saying",
        'The inspection report quoted a senior nurse saying the ward was "running on goodwill alone" most nights.',
        ["a senior nurse"],
    ),
    (
        "trap_quoted_someone_vague_is_not_the_subject",
        'Ellen Park said the report quoted someone saying the ward was "running on goodwill alone" most nights.',
        [None],
    ),
    # -- "It has since said …" after "<Org> opened an inquiry into <Org>" -------------------------------------------
    (
        "opening_it_carries_the_subject_on",
        "The Financial Conduct Authority opened an inquiry into Meta in May. It has since said only that it is "
        '"gathering evidence as a matter of urgency."',
        ["Financial Conduct Authority"],
    ),
    (
        "trap_it_after_a_quote_stays_ambiguous",
        "The Financial Conduct Authority opened an inquiry into Meta in May. "
        '"We are gathering evidence as a matter of urgency," it said.',
        [None],
    ),
    # -- "the post said" after "<Org>'s account has posted" ---------------------------------------------------------
    (
        "post_said_after_account_posted",
        "Meta's policy account has posted a reply on Monday evening. "
        '"These claims are false and we will be taking legal advice about them," the post said.',
        ["Meta"],
    ),
    (
        "trap_post_said_without_an_author",
        "Someone has posted a reply on Monday evening. "
        '"These claims are false and we will be taking legal advice about them," the post said.',
        [None],
    ),
    # -- "put it bluntly:" ------------------------------------------------------------------------------------------
    (
        "put_it_bluntly_introduces_speech",
        'One Treasury official put it bluntly: "Paying a third of the bill buys you a third of the say."',
        ["a Treasury official"],
    ),
    # -- an acronym after the body's name in its own language -------------------------------------------------------
    (
        "native_name_then_acronym",
        "The Belgian Data Protection Authority (Gegevensbeschermingsautoriteit, GBA) opened a case in March. "
        'Closing the file on Friday, the GBA said it had received "more complaints than in any year before."',
        ["Belgian Data Protection Authority"],
    ),
    # -- "the party's policy chief" after a sentence the party opens ------------------------------------------------
    (
        "party_officer_after_the_party_opens",
        'The Scottish Green Party tabled an amendment on Tuesday. "Ministers have had two years to fix this and they '
        "have done nothing,\" the party's health spokesperson said.",
        ["Scottish Green Party"],
    ),
    (
        "trap_party_officer_after_two_parties",
        'The Scottish Green Party and the Labour Party tabled an amendment on Tuesday. "Ministers have had two years '
        "to fix this and they have done nothing,\" the party's health spokesperson said.",
        [None],
    ),
    # -- "one told …" after a quotation, one of a bare plural group opening the sentence before ------------------------
    (
        "one_after_quote_of_bare_plural_group",
        'Councillors have made their view plain. "If the depot has to close, we will close it," one told the '
        "local paper last week.",
        ["a councillor"],
    ),
    (
        "trap_one_of_a_possessed_group_stays_unnamed",
        'Her councillors have made their view plain. "If the depot has to close, we will close it," one told the '
        "local paper last week.",
        [None],
    ),
    (
        "trap_one_of_them_after_a_group_that_did_not_speak",
        'Some councillors have asked for the figures, according to the minutes. "Nobody is leaving, but everybody is '
        'worried about it," one of them said.',
        [None],
    ),
    # -- a place's possessive before the body opening the sentence -------------------------------------------------
    (
        "place_possessive_before_the_body",
        "Britain's Ofcom, which opened an investigation into Meta in March, said it welcomed the change. "
        '"This does not change the fact that we are still investigating," a spokesperson said.',
        ["Ofcom"],
    ),
    # -- a party of several words owning a title before a name in commas ---------------------------------------------
    (
        "multiword_party_title_in_commas",
        "Plaid Cymru's health spokesperson, Elin Rhys-Tudur, urged the minister to act. "
        '"Every week we wait, more families are being let down," she said.',
        ["Elin Rhys-Tudur"],
    ),
    # -- "Musk's posts describing X as '…'": the posts' owner ------------------------------------------------------
    (
        "posts_of_their_owner",
        "The chair does not hide her frustration with Elon Musk. Asked about Musk's posts describing the board as "
        '"a club for censors in nice suits", she smiled.',
        ["Elon Musk"],
    ),
    (
        "trap_reply_to_posts_is_the_replier",
        'Liz Kendall replied to Elon Musk\'s posts, saying the law was "not up for negotiation with anyone".',
        ["Liz Kendall"],
    ),
    # -- "For Maya, not her real name, …": the view holder is in view for "she" ------------------------------------
    (
        "view_holder_is_in_view",
        "A council spokesperson said the service was under review. For Maya, not her real name, the wait has felt "
        "endless. The 31-year-old from Derby first asked for help in March. "
        '"I called them every week and nobody ever rang me back," she told the paper.',
        ["Maya"],
    ),
    (
        "trap_view_holder_of_the_other_gender",
        "A council spokesperson said the service was under review. For Tom Hale, the wait has felt endless. "
        '"I called them every week and nobody ever rang me back," she told the paper.',
        [None],
    ),
    (
        "trap_unknown_surname_speaks_after_the_focus",
        "Elon Musk did not comment on the suit. On X, he wrote that he would appeal any ruling.\n\n"
        "In a joint interview, Jackson said the number of signatures showed the issue crossed party lines. "
        '"There is nothing partisan about a machine that undresses children," he said.',
        [None],
    ),
    # -- a US party and home-town tag before ", who said" ------------------------------------------------------------
    (
        "party_town_tag_before_who",
        "The only vote against came from Rep. Jolene Marsh, D-Eugene, who said she backed the aim but feared the "
        'measure "hands the state a job it cannot do."',
        ["Jolene Marsh"],
    ),
    # -- a speech participle up to twenty words before the quote ------------------------------------------------------
    (
        "participle_with_a_longer_clause",
        "Health and Social Care Minister Kofi Mensah welcomed the ruling, saying the ministry would work with the "
        'regulator and the two medical colleges "to make sure patients are never put at risk again."',
        ["Kofi Mensah"],
    ),
    (
        "trap_participle_with_another_speech_verb_between",
        "Kofi Mensah welcomed the ruling, saying the regulator had told the two medical colleges to act quickly "
        'and the colleges had replied "that they would do so."',
        [None],
    ),
    # -- "a woman from Leeds": the sets leave an unnamed member of the public without a speaker --------------------
    (
        "trap_woman_from_place_stays_unnamed",
        "A woman from Leeds whose car was clamped said she had lost faith in the council. "
        '"I paid the fine and they still took the car away," she said.',
        [None],
    ),
]


test_speaker, test_each_mechanism_has_traps = speaker_tests(CASES, min_traps=8)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        pytest.param(
            "The SNP's Callum Brodie accused ministers of hiding the costs.", ["Callum Brodie"], id="party_initials"
        ),
        pytest.param(
            '"Ice like this tells us how the shelf behaved," said glaciologist Maren Holt of NASA\'s Jet Propulsion '
            "Laboratory in California.",
            ["Maren Holt"],
            id="trap_a_body_after_initials_is_no_person",
        ),
        pytest.param(
            "Fans said they would boycott ITV's Morning Live on Friday.",
            [],
            id="trap_a_show_after_initials_is_no_person",
        ),
        pytest.param(
            "The work began within ESA's Basic Activities, then moved to a larger programme.",
            [],
            id="trap_a_programme_after_initials_and_a_comma_is_no_person",
        ),
    ],
)
def test_initials_owner_evidence(text: str, people: list[str]) -> None:
    assert build_name_index(split_document(text)).people() == people
