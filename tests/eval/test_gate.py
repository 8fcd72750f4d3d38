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


def test_every_gated_metric_has_a_target() -> None:
    # the report shows the gap to the goals; a gated metric without a target would hide it
    data = load_floors()
    gated = set(data["floors"]) | set(data["ceilings"])
    assert gated <= set(data["targets"])
    assert all(0.0 <= v <= 1.0 for v in data["floors"].values())
