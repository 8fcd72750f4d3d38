"""Speaker constructions added in session 4, round 2: each with sentences of our own, right name or None."""

from __future__ import annotations

from summariser._names import build_name_index
from summariser._quotes import extract_quotes
from summariser._text import split_document


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(split_document(text))]


def _roles(text: str) -> list[str | None]:
    return [q.speaker_role for q in extract_quotes(split_document(text))]


def test_an_indefinite_description_never_resolves_to_a_named_body() -> None:
    text = (
        "X said it would appeal against the ruling.\n\n"
        'One media company\'s legal team told clients in a memo that X posed "a serious and growing legal risk".'
    )
    assert _speakers(text) == [None]
    doc = split_document(text)
    index = build_name_index(doc)
    assert index.resolve("a company", sentence=1) is None
    assert index.resolve("another platform", sentence=1) is None
    assert index.resolve("the platform", sentence=1) == "X"


def test_a_woman_introduced_without_a_name_blocks_she() -> None:
    text = (
        "The charity has written to the Home Secretary, Shabana Mahmood, about the figures.\n\n"
        "Its report quotes a 14-year-old girl who called the helpline in May. "
        '"I did not want to go back to school after that," she told a volunteer.'
    )
    assert _speakers(text) == [None]


def test_a_man_introduced_without_a_name_does_not_block_she() -> None:
    text = (
        "The charity has written to the Home Secretary, Shabana Mahmood, about the figures.\n\n"
        'Ms Mahmood met a father from Leeds on Monday. "We will act on this within weeks," she said.'
    )
    assert _speakers(text) == ["Shabana Mahmood"]


def test_a_title_before_a_peer_is_their_role_and_the_title_alone_finds_them() -> None:
    text = (
        "Replying for the government, the security minister Baroness Hart of Seaford said the bill was close.\n\n"
        "The minister said officials were still drafting the clause.\n\n"
        '"We will bring our own wording back at third reading," she said.'
    )
    assert _speakers(text) == ["Baroness Hart of Seaford"]
    assert _roles(text) == ["security minister"]


def test_a_paragraph_that_goes_on_about_her_by_pronoun_keeps_her_in_view() -> None:
    text = (
        '"We spent six years on one protein," Dr Nadia Rahman said.\n\n'
        "She is wary of the talk about chatbots in the laboratory. Asked whether software would replace her "
        "team, she shrugged.\n\n"
        '"A model is a guess, and a guess still has to be checked at the bench," she said.'
    )
    assert _speakers(text) == ["Nadia Rahman", "Nadia Rahman"]


def test_a_paragraph_about_someone_else_between_still_loses_her() -> None:
    text = (
        '"We spent six years on one protein," Dr Nadia Rahman said.\n\n'
        "Her colleague Dr Priya Shah is more cautious about the claims.\n\n"
        '"A model is a guess, and a guess still has to be checked at the bench," she said.'
    )
    assert _speakers(text) == ["Nadia Rahman", None]


def test_an_anonymous_description_keeps_its_place_after_said() -> None:
    text = (
        '"Nobody wants their brand on that feed this month," said a senior planner at a Manchester agency, '
        "who asked not to be named."
    )
    assert _speakers(text) == ["a senior planner at a Manchester agency"]


def test_a_long_title_and_affiliation_after_said_still_names_the_speaker() -> None:
    text = (
        "Lecturers said the case would test the new regime.\n\n"
        '"The order is aimed at what the platform does for users here, which is sound," said Associate Professor '
        "Ming Wei Lim of the National University of Singapore's law faculty."
    )
    assert _speakers(text) == ["Ming Wei Lim"]


def test_its_office_holder_speaks_for_the_organisation_that_opens_the_sentence_before() -> None:
    text = (
        'Campaign group Open Rights Group welcomed the ruling but called blocking "a blunt tool". '
        '"What we need is one rule for the whole of Europe, not a patchwork," said its director.'
    )
    assert _speakers(text)[-1] == "Open Rights Group"


def test_its_office_holder_after_an_unnamed_body_is_none() -> None:
    text = (
        'Ofcom said it was "minded to" impose a sanction.\n\n'
        "The channel said it was disappointed. "
        '"Our viewers know exactly what they are getting from us every night," its chief executive said.'
    )
    assert _speakers(text)[-1] is None


def test_a_quote_followed_by_and_said_belongs_to_the_sentence_subject() -> None:
    text = (
        "Mr Ted Cruz chaired the hearing. Mr Cruz called the Commission's inquiry into the platform "
        '"censorship with a foreign postmark," and said the committee would return to it in June.'
    )
    assert _speakers(text) == ["Ted Cruz"]


def test_one_of_a_group_that_opens_the_sentence_before() -> None:
    text = (
        "Several Conservative peers voted with the government. "
        'One, speaking after the division, said: "The whips had the numbers and they knew it all along."'
    )
    assert _speakers(text) == ["a Conservative peer"]


def test_a_role_holding_a_list_is_kept_whole() -> None:
    text = (
        '"We want answers from the platform this month," said Chi Onwurah, the chair of the science, innovation '
        "and technology committee.\n\n"
        '"We want answers from the platform this week," said Peter Kyle, the secretary of state for science, '
        "innovation and technology, who has written to Ofcom."
    )
    assert _roles(text) == [
        "chair of the science, innovation and technology committee",
        "secretary of state for science, innovation and technology",
    ]


def test_a_role_stops_at_who_and_said() -> None:
    text = (
        '"Nothing will change until the fines bite," said Jane Doe, the head of policy at Ofcom, who spoke in Leeds.'
        '\n\nTom Reid, a director of the Foxglove campaign group, said: "The regulator must use its powers now."'
    )
    assert _roles(text) == ["head of policy at Ofcom", "director of the Foxglove campaign group"]


def test_a_relative_clause_is_no_role() -> None:
    text = (
        "Linda Yaccarino, who left as X's chief executive last year, once told advertisers that the platform was "
        '"the safest it has ever been".'
    )
    assert _speakers(text) == ["Linda Yaccarino"]
    assert _roles(text) == [None]


def test_singular_they_after_one_named_speaker() -> None:
    text = (
        "Kym Reid, a spokesperson for the app, confirmed to reporters that the company notifies people who might "
        'benefit from a business account. "We use a model that predicts likely commercial intent," they said in an '
        "email."
    )
    assert _speakers(text) == ["Kym Reid"]


def test_they_after_a_group_or_a_joint_subject_is_none() -> None:
    assert _speakers(
        'Tom Reid met the protesters on Monday. "We are not going anywhere until this changes," they said.'
    ) == [None]
    assert _speakers(
        'Tom Reid and his colleagues said the plan was flawed. "We are not going anywhere until it changes," they said.'
    ) == [None]
    assert _speakers(
        'Tom Reid, who represents the families, said the plan was flawed. "We are not going anywhere until it '
        'changes," they said.'
    ) == [None]


def test_a_woman_inside_her_own_reported_speech_does_not_block_she() -> None:
    text = (
        "Shabana Mahmood visited the helpline on Monday.\n\n"
        'Ms Mahmood said a mother had written to her about her daughter. "We are taking every letter like that '
        'seriously," she said.'
    )
    assert _speakers(text) == ["Shabana Mahmood"]


def test_its_office_holder_with_another_body_in_view_is_none() -> None:
    text = (
        'Ofcom fined the charity on Monday. "We will appeal against this decision at the first opportunity," '
        "said its director."
    )
    assert _speakers(text) == [None]


def test_a_teacher_introduced_after_the_named_woman_blocks_she() -> None:
    text = (
        "Liz Kendall spoke at the conference on Monday. She later met a teacher from Leeds. "
        '"The children are frightened and nobody is helping them," she said.'
    )
    assert _speakers(text) == [None]


def test_a_named_woman_who_presses_her_leaves_two_women_in_view() -> None:
    text = (
        'eSafety Commissioner Julie Inman Grant said: "We have been patient, but patience is not a strategy."\n\n'
        "Liberal senator Sarah Henderson pressed her on the cost of the litigation. She said the regulator had spent "
        'more than $1 million. "That is money that could have gone to helping victims," she said.'
    )
    assert _speakers(text) == ["Julie Inman Grant", None]


def test_her_inside_a_relative_clause_is_the_subject_again() -> None:
    text = (
        "Her MP, Alice Brown, has written to the minister.\n\n"
        'Ms Brown said the case was typical of the constituents who had contacted her. "They did everything right '
        'and were let down," she said.'
    )
    assert _speakers(text) == ["Alice Brown"]


def test_a_name_inside_the_speaker_phrase_as_an_object_is_not_the_speaker() -> None:
    intro = "Ashley St Clair and Elon Musk were both named in the filing.\n\n"
    quote = '"We will keep fighting this in every court we can find," said '
    for phrase in (
        "the founder of a charity that has long criticised Elon Musk",
        "the man suing Elon Musk",
        "a lawyer representing Ashley St Clair",
        "critics of Elon Musk",
    ):
        assert _speakers(intro + quote + phrase + ".") == [None], phrase


def test_a_title_before_the_name_in_the_speaker_phrase_still_names_them() -> None:
    text = (
        "Jane Reid and Elon Musk were both named in the filing.\n\n"
        '"We will keep fighting this in every court we can find," said the acting chair Jane Reid.'
    )
    assert _speakers(text) == ["Jane Reid"]


def test_a_bare_quote_after_reported_speech_naming_someone_else_is_none() -> None:
    text = (
        "Liz Kendall said Melanie Dawes had written to her on Friday.\n\n"
        '"The regulator will not be rushed into a decision by anyone."'
    )
    assert _speakers(text) == [None]
    text = 'Liz Kendall said the regulator would not be rushed.\n\n"We will not be rushed into a decision by anyone."'
    assert _speakers(text) == ["Liz Kendall"]
