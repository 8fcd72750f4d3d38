"""Extraction quality on the shared article-extraction-benchmark corpus (181 real pages with ground truth).

The metric is the benchmark's own (see its README, re-implemented in bench/summariser_bench.py); trafilatura alone
scores 0.96 there and the summariser's extraction must not fall below it (0.9696 since session 2: the floor only
rises; speed work must keep the text identical). Runs on every page (~5 s on one core).
"""

from __future__ import annotations

import pytest

from bench.summariser_bench import CORPUS, corpus_f1, load_corpus, page_precision_recall
from summariser._html import extract_article

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(
        not (CORPUS / "ground-truth.json").is_file(),
        reason=f"article-extraction-benchmark corpus not found at {CORPUS} (checkout outside the workspace)",
    ),
]


def test_metric_matches_the_benchmark_definition() -> None:
    assert page_precision_recall("one two three four five", "one two three four five") == (1.0, 1.0)
    precision, recall = page_precision_recall("a b c d e f", "a b c d x y")
    assert precision == pytest.approx(1 / 3) and recall == pytest.approx(1 / 3)
    assert page_precision_recall("a b c d", "") == (0.0, 0.0)
    assert corpus_f1([("a b c d", "a b c d"), ("a b c d", "")]) == (0.5, 0.5, 0.5)


def test_extraction_f1_on_the_whole_corpus_stays_at_its_floor() -> None:
    pages = load_corpus()
    assert len(pages) == 181
    precision, recall, f1 = corpus_f1((p.truth, extract_article(p.html, url=p.url).text) for p in pages)
    assert f1 >= 0.9695, f"F1 {f1:.4f} (P {precision:.4f}, R {recall:.4f})"
    assert precision >= 0.96 and recall >= 0.977
