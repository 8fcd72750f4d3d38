"""Verbs joined in one sentence (session 4, for recall on unseen copy): a bare "and" or a list shares the first
verb's subject ("fined X … and ordered it to …"), a gerund after "by"/"after" shares its clause's subject, a
quotation may open or close on a verb, and a counterfactual ("would have banned") is no act.

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


def test_a_quotation_closing_on_the_verb_keeps_its_object() -> None:
    found = _actions('Meta has said it will "vigorously contest" the findings in court.')
    assert [(a.actor, a.status, a.action) for a in found] == [
        ("Meta", "announced", 'will "vigorously contest" the findings in court')
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The European Commission opened proceedings against X in January, weeks after fining it €120m.",
            [("European Commission", "taken"), ("European Commission", "taken")],
        ),
        ("Senator Ruth Cole reacted to the ruling by calling for a federal ban.", [("Ruth Cole", "called_for")]),
        # "took action … by removing it": the same act told twice
        ("X said it took action against the accounts by removing them.", [("X", "taken")]),
    ],
)
def test_a_gerund_after_by_or_after_shares_the_subject(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name after the first verb is its object, not the subject of the second
        (
            "The Korea Communications Commission fined Kakao's AI unit Kanana 2 billion won and ordered it to "
            "delete the images.",
            [("Korea Communications Commission", "taken"), ("Korea Communications Commission", "taken")],
        ),
        # a quotation opening on the second verb
        ('Meta said it had removed the pages and had "geoblocked" the tool in Spain.', [("Meta", "taken")] * 2),
        # a list of acts
        (
            "Meta said it had removed the pages, blocked the accounts, and closed the groups.",
            [("Meta", "taken")] * 3,
        ),
        # another subject's clause in between: not shared
        (
            "Ofcom said it was assessing the case, while the Commission has described the images as illegal and "
            "ordered X to keep its records.",
            [("Ofcom", "taken"), ("European Commission", "taken")],
        ),
    ],
)
def test_verbs_joined_by_and_share_the_first_subject(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


def test_voting_down_refuses_and_a_counterfactual_is_no_act() -> None:
    text = "Labour had voted down a Conservative amendment that would have banned nudification apps."
    assert _pairs(text) == [("Labour", "refused")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Tuesday the Senate adopted a non-binding resolution calling on the government to act.",
            [("US Senate", "taken"), ("US Senate", "called_for")],
        ),
        # a motion still to be tabled makes no call yet
        ("Plaid Cymru said it would table a motion next week calling on ministers to leave X.", None),
    ],
)
def test_a_document_calling_for_something_is_its_movers_call(text: str, expected: list[tuple[str, str]] | None) -> None:
    pairs = _pairs(text)
    if expected is None:
        assert all(status != "called_for" for _, status in pairs)
    else:
        assert pairs == expected


def test_a_document_as_subject_calls_for_its_authors() -> None:
    assert _pairs("The Ohio suit asks a judge to order xAI to disable the tool.") == [("Ohio", "called_for")]
    text = "Refuge and Women's Aid have written to the home secretary.\n\nThe letter calls on the government to act."
    assert ("Women's Aid", "called_for") in _pairs(text) or ("Refuge", "called_for") in _pairs(text)
