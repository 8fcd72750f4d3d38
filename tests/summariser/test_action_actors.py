"""Who acts when the sentence does not name the actor: quoted first persons, contractions, descriptions ("the
alliance", "the judge"), a speaker's organisation, counted groups of members.

Sentences are written for these tests in the style of UK, EU, US and Australian news copy.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import pytest

from summariser._actions import extract_actions
from summariser._text import split_document
from tests.summariser.action_helpers import actors_in, pair_set

PUBLISHED = datetime(2026, 3, 4, 9, 30, tzinfo=UTC)
_pairs = partial(pair_set, published=PUBLISHED)
_actors = partial(actors_in, published=PUBLISHED)


# -- first person inside a quotation ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The eSafety Commissioner has been examining Grok for weeks. "
            '"We\'ve issued X with a formal notice under the Online Safety Act," Julie Inman Grant told reporters.',
            ("eSafety Commissioner", "taken"),
        ),
        (
            '"I have asked X to explain, in writing, what it has done to stop this," said Patrick Byrne, the '
            "communications minister.",
            ("Patrick Byrne", "called_for"),
        ),
        (
            'Ofcom has opened an investigation into X. "Then we\'ll fine them," Melanie Dawes said.',
            ("Ofcom", "announced"),
        ),
    ],
)
def test_quoted_first_person_and_contractions_are_the_speaker(text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text)


def test_an_anonymous_speakers_i_is_nobody() -> None:
    text = '"I have asked the company to explain itself," a partner at a large law firm said.'
    assert not _actors(text)


def test_a_spokespersons_we_is_the_body_the_article_ties_them_to() -> None:
    text = (
        "Ofcom has proposed a fine against X. Ofcom's director of enforcement, Suzanne Carter, spoke to reporters. "
        '"We will consider the representations carefully," she said.'
    )
    assert ("Ofcom", "planned") in _pairs(text)
    assert "Suzanne Carter" not in _actors(text)


def test_a_spokesperson_for_a_department_speaks_for_it() -> None:
    text = 'Jane Doe, a spokesperson for the Home Office, said: "We will publish new guidance for forces shortly."'
    assert ("Home Office", "announced") in _pairs(text)


def test_a_shadow_ministers_we_is_not_the_government() -> None:
    text = 'Julia Lopez, the shadow technology secretary, said: "We have called for this ban since January."'
    assert "UK government" not in _actors(text)


# -- descriptions resolved to the body the article named --------------------------------------------------------


def test_the_alliance_is_the_alliance_named_before() -> None:
    text = (
        "The Image Safety Alliance, which brings together 14 charities, tested the chatbot with 600 prompts. "
        "The alliance said it would publish the results in September."
    )
    assert ("Image Safety Alliance", "announced") in _pairs(text)


def test_the_board_is_nobody_when_two_boards_were_named() -> None:
    text = (
        "The Film Classification Board and the Press Standards Board met on Monday. "
        "The board said it would publish new rules in June."
    )
    assert not {"Film Classification Board", "Press Standards Board"} & _actors(text)


def test_the_judge_is_the_one_court_the_article_names() -> None:
    text = (
        "A High Court judge has ordered X to remove sexually explicit images of a presenter. "
        "The claimant cannot be named. "
        "Her barrister said the company had ignored four requests. "
        "Counsel for X said the images had been removed. "
        "The judge also directed the company to preserve all data relating to the accounts."
    )
    pairs = _pairs(text)
    assert sum(1 for actor, status in pairs if actor == "High Court" and status == "taken") >= 1
    assert len([a for a in extract_actions(split_document(text)) if a.sentence == 4 and a.actor == "High Court"]) == 1


def test_the_court_is_nobody_when_the_article_names_another_court() -> None:
    text = (
        "The Federal Court of Appeal dismissed X's appeal on Wednesday. "
        "Lawyers for both sides made submissions. "
        "One said the ruling was narrow. "
        "Another said little. "
        "The court ordered X to pay the commissioner's costs. "
        "The company said it could seek leave to appeal to the Supreme Court."
    )
    assert "Supreme Court" not in _actors(text)


def test_her_office_said_it_is_her() -> None:
    text = (
        "New York Attorney General Letitia James has pressed X for months. "
        "In a statement on Tuesday, her office said it had opened an inquiry into the chatbot."
    )
    assert ("Letitia James", "taken") in _pairs(text)


# -- groups and names -------------------------------------------------------------------------------------------


def test_counted_meps_are_a_group_and_the_plenary_is_the_parliament() -> None:
    assert ("MEPs", "called_for") in _pairs(
        "More than 50 MEPs from five political groups have written to the European Commission demanding that it "
        "suspend Grok."
    )
    assert ("European Parliament", "taken") in _pairs(
        "On Tuesday MEPs adopted a resolution calling on the Commission to act."
    )


def test_a_commons_select_committee_goes_by_its_own_name() -> None:
    text = (
        "In a report published on Thursday, the Commons Culture and Media Committee urges Ofcom to publish its "
        "provisional findings before July."
    )
    assert ("Culture and Media Committee", "called_for") in _pairs(text)


# -- "it" and the subject it picks up ---------------------------------------------------------------------------


def test_it_after_a_verbs_object_is_the_subject() -> None:
    text = (
        "The Federal Trade Commission put X on notice on Thursday that it would begin enforcing the removal rules "
        "next week."
    )
    assert ("Federal Trade Commission", "announced") in _pairs(text)
    assert "X" not in _actors(text)


def test_it_after_a_thing_is_nobody() -> None:
    text = (
        "The Ministry of Electronics and Information Technology issued a notice to X on Friday. "
        "The notice, sent to the company's compliance officer, said the platform had failed in its duties. "
        "It warned that non-compliance could lead to the loss of safe harbour protection."
    )
    assert "X" not in {a.actor for a in extract_actions(split_document(text)) if a.sentence == 2}


def test_it_is_the_country_that_opened_the_sentence_before() -> None:
    text = (
        "The Malaysian Communications and Multimedia Commission said it was still assessing X's response. "
        "Indonesia has used temporary blocks as leverage with technology companies before. "
        "In 2022 it blocked several gaming platforms until they registered."
    )
    assert ("Indonesia", "taken") in _pairs(text)


def test_a_speaker_with_a_relative_clause_urged() -> None:
    text = (
        "Chi Onwurah, who chairs the Commons science, innovation and technology committee, said the fine was "
        '"small change for a company of X\'s size" and urged Ofcom to use its full powers.'
    )
    assert ("Chi Onwurah", "called_for") in _pairs(text)
    assert "House of Commons" not in _actors(text)


# -- interviews -------------------------------------------------------------------------------------------------


_INTERVIEW = (
    "Oliver Grant runs Ofcom's online safety group, the part of the regulator investigating X.\n\n"
    "We spoke to him at the regulator's offices on Tuesday.\n\n"
    "Why has it taken so long?\n\n"
    "It hasn't. We opened the investigation in January and we have written to xAI as well.\n\n"
    "What happens next?\n\n"
    "We will publish a provisional decision in the spring.\n\n"
    "Do you read what Elon Musk says about you?\n\n"
    "No. I rang his office once and nobody answered."
)


def test_an_interviewees_we_is_their_organisation_in_the_answers_only() -> None:
    actions = extract_actions(split_document(_INTERVIEW), published=PUBLISHED)
    ofcom = {a.sentence for a in actions if a.actor == "Ofcom"}
    assert len(ofcom) >= 2  # "We opened …", "We will publish …"
    sentences = split_document(_INTERVIEW).sentences
    assert all(not sentences[k].text.startswith("We spoke") for k in ofcom)  # the journalists' "we" is nobody


def test_an_article_with_one_question_is_no_interview() -> None:
    text = (
        "Oliver Grant runs Ofcom's online safety group.\n\n"
        "Why has it taken so long?\n\n"
        "We opened the investigation in January, campaigners say."
    )
    assert "Ofcom" not in _actors(text)


def test_a_bare_spokespersons_we_is_the_body_the_sentence_before_named() -> None:
    text = (
        "Britain's Ofcom, which opened an investigation into X on Monday, said it welcomed the change. "
        '"This does not change the fact that we are investigating what went wrong," a spokesperson said.'
    )
    assert any(a.actor == "Ofcom" and a.sentence == 1 for a in extract_actions(split_document(text)))


def test_the_regulator_never_points_forward_to_a_body_named_only_later() -> None:
    text = (
        "The Dutch data protection authority is running a separate investigation into how Grok was trained. Its "
        "chair said the regulator expected to publish its findings before the summer.\n\n"
        "Brussels is also watching. The European Commission opened formal proceedings against X under the "
        "Digital Services Act in January."
    )
    pairs = _pairs(text)
    assert ("European Commission", "taken") in pairs  # its own act, named in its own sentence
    assert ("European Commission", "planned") not in pairs  # "the regulator" came before the Commission was named


# -- a subject with a bracketed acronym and a place tail ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The Federal Public Prosecutor's Office (MPF) in Rio de Janeiro opened a civil inquiry into the chatbot.",
            ("Federal Public Prosecutor's Office", "taken"),
        ),
        (
            "The Information Commissioner's Office (ICO) in Wilmslow has opened an investigation into X.",
            ("Information Commissioner's Office", "taken"),
        ),
        (
            # a prosecutor's "recommendation asking" X to act is a call (a prosecutor's letter is otherwise an act)
            "The Federal Public Prosecutor's Office (MPF) in Recife sent X a formal recommendation asking it to "
            "disable the feature within 72 hours.",
            ("Federal Public Prosecutor's Office", "called_for"),
        ),
    ],
)
def test_a_bracketed_acronym_and_place_tail_keep_the_subject(text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text)


# -- several actors in one subject: one action each ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Several states, including Oregon and Nevada, have opened their own inquiries into the chatbot.",
            {("Oregon", "taken"), ("Nevada", "taken")},
        ),
        (
            "Several regulators, including Arcom and the CNIL, have opened inquiries into the image tool.",
            {("Arcom", "taken"), ("CNIL", "taken")},
        ),
        (
            "Ofcom and the European Commission said they would examine the changes before the summer.",
            {("Ofcom", "planned"), ("European Commission", "planned")},
        ),
        (
            "Ofcom and the Information Commissioner's Office have written to the company asking for answers.",
            {("Ofcom", "called_for"), ("Information Commissioner's Office", "called_for")}
            | {("Ofcom", "taken"), ("Information Commissioner's Office", "taken")},
        ),
    ],
)
def test_each_listed_actor_acts(text: str, expected: set[tuple[str, str]]) -> None:
    found = _pairs(text)
    actors = {actor for actor, _ in found}
    assert {actor for actor, _ in expected} <= actors
    assert found <= expected


def test_a_list_inside_a_single_name_stays_one_actor() -> None:
    text = "The Department for Science, Innovation and Technology has written to the company."
    assert _actors(text) == {"Department for Science, Innovation and Technology"}


# -- calls whose object is a seat of government or "the" + an acronym; a body's regional branch --------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Advocacy group OpenMedia urged Ottawa to give the privacy watchdog the power to fine platforms.",
            ("OpenMedia", "called_for"),
        ),
        (
            "Refuge welcomed the arrests but urged the NCA to publish how many reports it had received.",
            ("Refuge", "called_for"),
        ),
        (
            "Rape Crisis Network Scotland said the government should go further and ban the apps outright.",
            ("Rape Crisis Network Scotland", "called_for"),
        ),
    ],
)
def test_calls_on_seats_acronyms_and_branches(text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text)


def test_a_us_state_called_a_state_acts() -> None:
    text = "Oregon state sued the chatbot's developer on Monday, and Washington state filed a similar suit."
    assert ("Oregon", "taken") in _pairs(text)
    assert ("Washington", "taken") in _pairs(text)
