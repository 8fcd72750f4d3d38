"""The quality gate: the summariser on the annotated set must stay at or above the floors in floors.json."""

from __future__ import annotations

import pytest

from tests.eval.floors import failures as floor_failures
from tests.eval.floors import load_floors
from tests.eval.scoring import EvalReport, evaluate


@pytest.fixture(scope="module")
def report() -> EvalReport:
    return evaluate()


def test_summariser_never_crashes_on_the_set(report: EvalReport) -> None:
    assert report.errors == []


def test_metrics_hold_their_floors(report: EvalReport) -> None:
    problems = floor_failures(report.metrics, load_floors())
    assert not problems, "below the floors in tests/eval/floors.json:\n" + "\n".join(problems)


def test_floors_never_exceed_targets() -> None:
    # a floor above its target means someone typed a wrong number; targets are the goals
    data = load_floors()
    for name, floor in data["floors"].items():
        assert floor <= data["targets"][name], name
    for name, ceiling in data["ceilings"].items():
        assert ceiling >= data["targets"][name], name
