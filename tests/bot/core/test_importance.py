"""The digest's order: enforcement outranks talk, coverage counts, a pile of minor actions does not win."""

from __future__ import annotations

from datetime import timedelta

from bot.core.digests import build_digest, digest_to_markdown
from bot.core.importance import action_weight, actions_weight, importance
from tests.bot.core.fakes_d1 import T0, story

START, END = T0 - timedelta(hours=24), T0


def test_enforcement_taken_outweighs_the_same_status_without_it() -> None:
    fine = {"action": "fined the platform £12m", "status": "taken"}
    letter = {"action": "wrote to the platform's owner", "status": "taken"}
    assert action_weight(fine) > action_weight(letter)
    # a threatened fine is a threat, not enforcement done
    assert action_weight({"action": "could fine the platform", "status": "threatened"}) < action_weight(letter)


def test_each_further_action_counts_half_the_one_before() -> None:
    one = [{"action": "opened a formal investigation", "status": "taken"}]
    many = [{"action": f"said something {n}", "status": "called_for"} for n in range(5)]
    assert actions_weight(one) > actions_weight(many)
    assert actions_weight(one + many) > actions_weight(one)


def test_a_regulators_investigation_covered_twice_beats_a_verbose_story() -> None:
    verbose = story(
        "verbose",
        "Watchdog asks platforms about AI images",
        score=0.8,
        published=END - timedelta(hours=2),
        actions=[
            {"actor": "eSafety", "action": "wrote to X asking about safeguards", "status": "taken"},
            {"actor": "eSafety", "action": "is assessing the complaints", "status": "taken"},
            {"actor": "eSafety", "action": "will use its full range of tools", "status": "threatened"},
            {"actor": "eSafety", "action": "codes take effect in March", "status": "announced"},
        ],
    )
    probe = story(
        "probe",
        "Commission opens DSA proceedings against X over Grok",
        score=0.8,
        published=END - timedelta(hours=6),
        actions=[{"actor": "European Commission", "action": "opened formal proceedings", "status": "taken"}],
        also=("Europe Desk",),
    )
    d = build_digest([verbose, probe], window_start=START, window_end=END)
    assert [i.story_id for i in d.items] == ["probe", "verbose"]


def test_importance_rises_with_outlets_relevance_and_recency() -> None:
    base = {"relevance": {"score": 0.5}, "actions": []}
    assert importance(base, outlets=2, recency=0.0) > importance(base, outlets=1, recency=0.0)
    assert importance({**base, "relevance": {"score": 0.9}}, outlets=1, recency=0.0) > importance(
        base, outlets=1, recency=0.0
    )
    assert importance(base, outlets=1, recency=0.9) > importance(base, outlets=1, recency=0.1)


def test_a_window_inside_one_minute_names_the_time_once() -> None:
    d = build_digest(
        [story("a", "Ofcom writes to X")],
        window_start=END + timedelta(seconds=10),
        window_end=END + timedelta(seconds=13),
    )
    head = digest_to_markdown(d).splitlines()[0]
    assert head.count("UTC") == 1
    assert "first seen" in head
