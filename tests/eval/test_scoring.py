"""The scorer itself, on tiny synthetic gold and found data (so a broken scorer cannot pass the gate)."""

from __future__ import annotations

from dataclasses import dataclass, field

from tests.eval.corpus import Article, GoldAction, GoldQuote
from tests.eval.floors import failures, raised
from tests.eval.scoring import evaluate, match_quotes, normalise_name, normalise_text, quote_score

BODY = (
    "Ofcom opened an investigation into X on Monday.\n\n"
    '"This is a disgrace and it must stop now," Keir Starmer said.\n\n'
    "X said it would appeal the decision."
)


@dataclass
class FQuote:
    text: str
    speaker: str | None


@dataclass
class FAction:
    actor: str
    status: str
    sentence: int
    when: str | None = None


@dataclass
class FRelevance:
    relevant: bool


@dataclass
class FSummary:
    quotes: list[FQuote] = field(default_factory=list)
    actions: list[FAction] = field(default_factory=list)
    relevance: FRelevance = field(default_factory=lambda: FRelevance(True))


def _article(kind: str = "on_topic") -> Article:
    return Article(
        slug="synthetic",
        title="t",
        published="2026-01-12T09:00:00+00:00",
        source="s",
        kind=kind,
        body=BODY,
        relevant=kind == "on_topic",
        quotes=[GoldQuote("This is a disgrace and it must stop now,", "Keir Starmer", "prime minister", False)],
        actions=[
            GoldAction("Ofcom", "taken", "2026-01-12", "Online Safety Act", "opened an investigation into X"),
            GoldAction("X", "planned", None, None, "it would appeal the decision"),
        ],
    )


def _run(summary: FSummary, kind: str = "on_topic") -> dict[str, float]:
    return evaluate(lambda *a, **k: summary, articles=[_article(kind)]).metrics


def test_normalisation_ignores_marks_case_and_punctuation() -> None:
    assert normalise_text("“It’s ‘over’,” he said.") == "it's over he said"
    assert normalise_name("The European Commission") == normalise_name("european commission")
    assert normalise_name(None) is None
    assert normalise_name("Mrs Justice Ellenbogen") == normalise_name("Justice Ellenbogen")
    assert normalise_name("Lady Kidron") == normalise_name("Baroness Kidron")
    assert normalise_name("Ms X") != normalise_name("X")


def test_normalise_name_ignores_middle_initials_and_suffixes() -> None:
    assert normalise_name("Andrew N. Ferguson") == normalise_name("Andrew Ferguson")
    assert normalise_name("Gus M. Bilirakis") == "gus bilirakis"
    assert normalise_name("Frank Pallone Jr.") == normalise_name("Frank Pallone")
    assert normalise_name("K G Raghavan") == normalise_name("K. G. Raghavan") == "k raghavan"
    assert normalise_name("Ms X") == "ms x"
    assert normalise_name("Andrew Ferguson") != normalise_name("Andrew Fergusson")


def test_quote_score_containment_and_overlap() -> None:
    assert quote_score("a b c d e", "B C D") == 1.0
    assert quote_score("one two three four five", "one two three four six") == 0.8
    assert quote_score("one two three four five", "one two six seven eight") < 0.8
    assert quote_score("", "anything at all") == 0.0


def test_quotes_match_one_to_one() -> None:
    gold = [GoldQuote("one two three four", None, None, False)]
    found = [FQuote("one two three four", None), FQuote("One, two, three, four!", None)]
    assert match_quotes(gold, found) == {0: 0}


def test_perfect_summary_scores_one() -> None:
    summary = FSummary(
        quotes=[FQuote("This is a disgrace and it must stop now", "Keir Starmer")],
        actions=[FAction("Ofcom", "taken", 0, "2026-01-12"), FAction("X", "planned", 2)],
    )
    m = _run(summary)
    assert m["quote_precision"] == m["quote_recall"] == m["speaker_accuracy"] == 1.0
    assert m["action_precision"] == m["action_recall"] == m["when_accuracy"] == 1.0
    assert m["top3_misattributions"] == 0.0
    assert m["relevance_accuracy"] == 1.0


def test_wrong_speaker_is_a_top3_misattribution_but_none_is_not() -> None:
    wrong = _run(FSummary(quotes=[FQuote("this is a disgrace and it must stop now", "Elon Musk")]))
    assert wrong["speaker_accuracy"] == 0.0
    assert wrong["top3_misattributions"] == 1.0
    unsure = _run(FSummary(quotes=[FQuote("this is a disgrace and it must stop now", None)]))
    assert unsure["speaker_accuracy"] == 0.0
    assert unsure["top3_misattributions"] == 0.0


def test_extra_quote_lowers_precision_and_missing_lowers_recall() -> None:
    m = _run(FSummary(quotes=[FQuote("words nobody ever said here", "Ofcom")]))
    assert m["quote_precision"] == 0.0
    assert m["quote_recall"] == 0.0


def test_action_needs_actor_status_and_sentence() -> None:
    wrong_status = _run(FSummary(actions=[FAction("Ofcom", "announced", 0)]))
    assert wrong_status["action_recall"] == 0.0
    wrong_sentence = _run(FSummary(actions=[FAction("Ofcom", "taken", 2)]))
    assert wrong_sentence["action_precision"] == 0.0
    ok = _run(FSummary(actions=[FAction("the Ofcom", "taken", 0, None)]))
    assert ok["action_recall"] == 0.5
    assert ok["when_accuracy"] == 0.0


def test_decoy_actions_are_not_scored_but_relevance_is() -> None:
    m = _run(FSummary(actions=[FAction("Ofcom", "taken", 0)], relevance=FRelevance(True)), kind="decoy")
    assert m["action_precision"] == 1.0
    assert m["relevance_accuracy"] == 0.0


def test_crashing_summariser_counts_as_empty() -> None:
    def boom(*args: object, **kwargs: object) -> FSummary:
        raise RuntimeError("boom")

    report = evaluate(boom, articles=[_article()])
    assert report.errors and report.errors[0][0] == "synthetic"
    assert report.metrics["quote_recall"] == 0.0


def test_floor_failures_name_metric_value_and_floor() -> None:
    metrics = {"quote_precision": 0.5, "top3_misattributions": 2.0}
    lines = failures(metrics, {"floors": {"quote_precision": 0.9}, "ceilings": {"top3_misattributions": 0}})
    assert len(lines) == 2
    assert "quote_precision = 0.5000" in lines[0] and "0.9" in lines[0]
    assert failures(metrics, {"floors": {"quote_precision": 0.5}}) == []


def test_report_table_shows_floor_target_and_gap() -> None:
    from tests.eval.report import render_overall

    report = evaluate(lambda *a, **k: FSummary(), articles=[_article()])
    floors = {"floors": {"quote_recall": 0.0}, "ceilings": {}, "targets": {"quote_recall": 0.9}}
    line = next(row for row in render_overall(report, floors).splitlines() if row.startswith("quote_recall"))
    assert "0.000" in line and "0.900" in line and "below target" in line


def test_raising_floors_rounds_down_and_never_lowers() -> None:
    floors: dict[str, dict[str, float]] = {
        "floors": {"quote_recall": 0.9, "quote_precision": 0.5},
        "ceilings": {"top3_misattributions": 3},
    }
    metrics = {"quote_recall": 0.8, "quote_precision": 0.9876, "top3_misattributions": 1.0}
    out = raised(metrics, floors)
    assert out["floors"] == {"quote_recall": 0.9, "quote_precision": 0.98}
    assert out["ceilings"] == {"top3_misattributions": 1}
    assert floors["floors"]["quote_precision"] == 0.5  # input untouched
