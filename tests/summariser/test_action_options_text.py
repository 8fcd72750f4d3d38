"""An "all options are on the table" action reads as something the actor said, not as the actor's own verb."""

from __future__ import annotations

import pytest

from summariser import summarise


@pytest.mark.parametrize(
    ("text", "actor", "action"),
    [
        (
            'Keir Starmer has said "all options are on the table" in the government\'s response to X over Grok.',
            "Keir Starmer",
            'said "all options are on the table" in the government\'s response to X over Grok',
        ),
        (
            '"All options are on the table," the technology secretary, Liz Kendall, said of X on Monday.',
            "Liz Kendall",
            "said all options are on the table",
        ),
    ],
)
def test_a_clause_about_options_is_shown_with_the_verb_of_saying(text: str, actor: str, action: str) -> None:
    found = [(a.actor, a.action, a.status) for a in summarise(text, title="Grok row").actions]
    assert (actor, action, "threatened") in found


def test_a_refusal_to_rule_out_keeps_its_own_verb() -> None:
    text = "Liz Kendall refused to rule out blocking X in the UK over the Grok images."
    actions = [a.action for a in summarise(text, title="Grok row").actions if a.actor == "Liz Kendall"]
    assert actions and all(not a.startswith("said ") for a in actions)
    assert any(a.startswith("refused to rule out") for a in actions)
