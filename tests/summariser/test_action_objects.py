"""Verbs, objects and frames added in session 4 for recall on unseen copy: a plain future announces, a case named
by its owner's pronoun, public bodies' letters, arrests told by the force, verbs of testimony, help and litigation,
manifesto promises, possessive decisions, gapped relative clauses and "should have" calls.

Sentences are written for these tests in the style of British, Irish, Korean and US news copy.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import pytest

from tests.summariser.action_helpers import actions_in, pairs_in

PUBLISHED = datetime(2026, 3, 5, 9, 0, tzinfo=UTC)
_pairs = partial(pairs_in, published=PUBLISHED)
_actions = partial(actions_in, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plain future with a named subject announces the move, whoever the actor is
        ("Leeds City Council will stop posting on X from the end of the month.", [("Leeds City Council", "announced")]),
        (
            "The Home Office will table amendments to the Crime and Policing Bill next week.",
            [("Home Office", "announced")],
        ),
        # weighing and dates in the diary stay plans
        ("Ofcom will examine whether the company met its duties.", [("Ofcom", "planned")]),
        (
            "The technology secretary, Liz Kendall, will make a Commons statement on Tuesday.",
            [("Liz Kendall", "planned")],
        ),
    ],
)
def test_plain_future_announces(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ofcom said its investigation was progressing as fast as the law allowed.", [("Ofcom", "taken")]),
        (
            'A spokesperson for Ofcom said: "We welcome the change. Our investigation into X remains open."',
            [("Ofcom", "taken")],
        ),
        ("The regulator is reviewing the changes as part of its inquiry, which remains open.", [("Ofcom", "taken")]),
        # the case as object or background of another clause is not news of its own
        ("Ofcom said it would finish its investigation by the summer.", []),
    ],
)
def test_case_named_by_its_owners_pronoun(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs("Ofcom, the UK regulator, opened an investigation into X last month.\n\n" + text)[1:] == expected


def test_a_public_board_writing_to_the_company_acts() -> None:
    text = "The Gambling Standards Board has written to xAI asking it to explain how its filters work."
    assert _pairs(text) == [("Gambling Standards Board", "taken")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four men have been arrested over fake images of local councillors, Greater Manchester Police has said.",
            [("Greater Manchester Police", "taken")],
        ),
        ("West Midlands Police said a 34-year-old man had been charged with making the images.", None),
        # told by someone who is not the force: nobody to credit
        ("Two men have been arrested over the images, the council leader said.", []),
    ],
)
def test_an_arrest_told_by_the_force_is_its_own(text: str, expected: list[tuple[str, str]] | None) -> None:
    pairs = _pairs(text)
    if expected is None:
        assert ("West Midlands Police", "taken") in pairs
    else:
        assert pairs == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Electronic Frontier Foundation testified against the bill.",
            [("Electronic Frontier Foundation", "taken")],
        ),
        ("The Classification Office said it had classified the images as objectionable.", None),
        # a manifesto promise is announced, not a threat
        ("Reform UK has said it would repeal the Online Safety Act if it came to power.", [("Reform UK", "announced")]),
        ("Reform UK has said it would repeal the Online Safety Act if Ofcom fined X.", [("Reform UK", "threatened")]),
    ],
)
def test_verbs_and_conditions_added_for_unseen_copy(text: str, expected: list[tuple[str, str]] | None) -> None:
    pairs = _pairs(text)
    if expected is None:
        assert ("Classification Office", "taken") in pairs
    else:
        assert pairs == expected


def test_a_case_named_only_as_a_setting_is_no_action() -> None:
    text = "Meta has declined invitations to give evidence to the Home Affairs Committee's inquiry into fraud."
    assert ("Home Affairs Committee", "taken") not in _pairs(text)
    assert ("Home Affairs Committee", "taken") in _pairs(
        "The Home Affairs Committee's inquiry into fraud is continuing."
    )


def test_a_listed_firm_whose_name_ends_like_an_event_acts() -> None:
    text = "Leigh Day expects to send a letter before claim to the company's lawyers by the end of the month."
    assert _pairs(text) == [("Leigh Day", "planned")]


@pytest.mark.parametrize(
    "text",
    [
        "Denmark's decision on Friday to block the app drew praise.",
        "Denmark's main investigation, opened in March, continues.",
    ],
)
def test_possessive_decisions_and_cases(text: str) -> None:
    assert ("Denmark", "taken") in _pairs(text) or ("Danish government", "taken") in _pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"If the company ignores the order, we will act accordingly," the FCC said.',
            [("Federal Communications Commission", "threatened")],
        ),
        ("The Garante is helping the Commission with the case.", [("Garante", "taken")]),
        ("She said she had helped her family move house.", []),
        ("Campaigners say Ofcom should have used its powers straight away.", [("campaigners", "called_for")]),
        ("Ofcom said the company should have been more careful.", []),
        (
            "Platforms must remove the images under the Take It Down Act, which the Federal Trade Commission will "
            "enforce.",
            [("Federal Trade Commission", "announced")],
        ),
    ],
)
def test_constructions_without_a_plain_object(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


def test_a_report_published_is_an_act_of_the_body_that_speaks() -> None:
    text = "In a report published on Thursday, the Home Affairs Committee says the police response was too slow."
    assert ("Home Affairs Committee", "taken") in _pairs(text)
    assert _pairs("In a report published on Thursday, researchers say the tools are unsafe.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a warning frame waives the verb's object rule and makes the move a threat
        ("Ofcom said it would not hesitate to go to court.", [("Ofcom", "threatened")]),
        ("The Garante said it was prepared to take additional measures.", [("Garante", "threatened")]),
        # a change of the law the government is ready for is a plan, not a threat against anyone
        ("The government said it was prepared to increase the maximum penalties.", None),
        ("MeitY warned that X could lose its safe harbour protection.", None),
    ],
)
def test_warning_frames(text: str, expected: list[tuple[str, str]] | None) -> None:
    pairs = _pairs(text)
    if expected is not None:
        assert pairs == expected
    elif "penalties" in text:
        assert all(status != "threatened" for _, status in pairs)
    else:
        assert [status for _, status in pairs] == ["threatened"]


def test_a_modal_penalty_verb_is_read_once() -> None:
    text = "Ms Dawes said that if X was found to have broken the law, Ofcom could fine it up to £18m."
    assert _pairs(text) == [("Ofcom", "threatened")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('She said: "If this plan is not credible, we will consider every measure the law provides."', "threatened"),
        ("Ms Dawes said Ofcom would review the legislation if it passed both houses.", "planned"),
    ],
)
def test_weighing_measures_under_a_condition_threatens(text: str, expected: str) -> None:
    statuses = [a.status for a in _actions("Ofcom's chief executive, Melanie Dawes, spoke on Monday. " + text)]
    assert expected in statuses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meta has made clear that it will challenge any penalty in the courts.", [("Meta", "threatened")]),
        ("Meta has said it will challenge the decision in the courts.", [("Meta", "announced")]),
    ],
)
def test_litigation_against_any_penalty_is_a_threat(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


def test_later_agentless_arrests_belong_to_the_force_of_the_story() -> None:
    text = (
        "Two men have been arrested over fake images of councillors, Greater Manchester Police has said.\n\n"
        "Devices were seized from both addresses on Tuesday.\n\n"
        "A spokesperson for the council said two staff had been referred to the council's own inquiry."
    )
    found = [(a.actor, a.status, a.sentence) for a in _actions(text)]
    assert ("Greater Manchester Police", "taken", 1) in found
    assert all(sentence != 2 for _, _, sentence in found)  # told by the council, not the force


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The FTC began enforcing the Take It Down Act last year.", [("Federal Trade Commission", "taken")]),
        ("She started writing about it on Instagram after the images appeared.", []),
    ],
)
def test_starting_needs_an_act_of_enforcement(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs("Dr Ama Hughes, a campaigner, spoke to us. " + text)[:1] == expected


def test_rejecting_a_claim_is_no_refusal() -> None:
    assert _pairs("Asked about the criticism, Ofcom rejected that.") == []
    assert _pairs("Ofcom rejected the request for an extension.") == [("Ofcom", "refused")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ofcom said X had ignored four takedown requests.", [("X", "refused")]),
        ("X opposed the disclosure order at the hearing.", [("X", "refused")]),
        ("The minister said ministers would not pre-empt Ofcom's investigation.", [("UK government", "refused")]),
        ("Downing Street says the government will keep its accounts on X for now.", [("UK government", "refused")]),
        ('The prime minister said the government would keep its accounts "under review".', []),
        ("The Conservatives have spent the week demanding that ministers explain the policy.", None),
    ],
)
def test_refusals_and_calls_kept_up(text: str, expected: list[tuple[str, str]] | None) -> None:
    pairs = _pairs(text)
    if expected is None:
        assert pairs == [("Conservatives", "called_for")]
    else:
        assert pairs == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ofcom moved too slowly and should be given the power to suspend a service, the Home Affairs Committee "
            "has concluded.",
            [("Home Affairs Committee", "called_for")],
        ),
        ("Mr Wisniewski argues that governments should require safety testing.", [("Mr Wisniewski", "called_for")]),
    ],
)
def test_calls_told_after_the_fact_or_argued(text: str, expected: list[tuple[str, str]]) -> None:
    assert [pair for pair in _pairs(text) if pair[1] == "called_for"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The committee took evidence from Ofcom's chief executive in March.", "taken"),
        ("Senator Mark Hendricks said he would offer amendments on the Senate floor.", "announced"),
        ("X instead submitted a four-page written statement.", "taken"),
    ],
)
def test_more_objects_of_common_verbs(text: str, expected: str) -> None:
    statuses = [a.status for a in _actions("The Home Affairs Committee met X's owner. " + text)[1:]]
    assert statuses[:1] == [expected]


def test_a_country_that_will_use_its_law_and_a_hope() -> None:
    assert _pairs("New Zealand will use its censorship law against the images.") == [("New Zealand", "announced")]
    assert _pairs("Niamh Smyth said she hoped to bring the bill to Cabinet before Easter.") == [
        ("Niamh Smyth", "planned")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry is drafting rules that would require AI tools to block such images.",
        "The ministry was working on changes to the Communications Act.",
        "Mr Godfrey is due to return to the committee in April.",
    ],
)
def test_plans_in_the_making(text: str) -> None:
    statuses = [
        a.status for a in _actions("MeitY issued a notice to X on Friday, and Mr Godfrey of Ofcom spoke. " + text)
    ]
    assert "planned" in statuses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Home Office will make nudification apps illegal through the Crime and Policing Bill.", "announced"),
        ("Tabata Amaral said she would present a bill making it a crime.", "announced"),
        ("The Science, Innovation and Technology Committee will be writing to both companies.", "announced"),
        ("Reform UK said it will vote against the resolution.", "announced"),
    ],
)
def test_firm_futures_announce(text: str, expected: str) -> None:
    assert [status for _, status in _pairs(text)][:1] == [expected]


def test_monitoring_compliance_is_announced() -> None:
    text = "The Electronic Frontier Foundation said it would monitor takedowns for abuse."
    assert _pairs(text) == [("Electronic Frontier Foundation", "announced")]
    assert _pairs("Ofcom said it had monitored the situation.") == []


def test_a_ministers_letter_asks_and_a_regulators_letter_acts() -> None:
    minister = "Justice Minister Naomi Long said she had written to the Technology Secretary asking for a UK-wide ban."
    assert ("Naomi Long", "called_for") in _pairs(minister)
    board = "The Gambling Standards Board has written to xAI asking it to explain its filters."
    assert _pairs(board) == [("Gambling Standards Board", "taken")]


def test_an_act_named_as_coming_from_someone() -> None:
    text = "It took a change in the law and threats from Keir Starmer before the feature was switched off."
    found = [(a.actor, a.status, a.action) for a in _actions(text)]
    assert ("Keir Starmer", "threatened", "threats from Keir Starmer") in found


def test_an_order_on_pain_of_fines_also_threatens() -> None:
    text = "The Garante ordered X to suspend the tool within 72 hours, on pain of daily fines."
    assert _pairs(text) == [("Garante", "taken"), ("Garante", "threatened")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Arizona has also begun an inquiry.", [("Arizona", "taken")]),
        ("The FTC said it had set up a dedicated team to handle complaints.", [("Federal Trade Commission", "taken")]),
        ('Ofcom said it would not hesitate to "use every legal instrument" against X.', [("Ofcom", "threatened")]),
    ],
)
def test_states_set_up_and_quoted_warnings(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


def test_fixing_them_after_admitting_mistakes() -> None:
    text = 'A Meta spokesperson said: "We have made mistakes, and we have fixed them."'
    assert ("Meta", "taken") in _pairs(text)
