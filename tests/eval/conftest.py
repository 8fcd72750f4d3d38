"""Fixtures shared by the real-page checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.eval.realpages import corpus_dir


@pytest.fixture
def real_corpus() -> Path:
    """The benchmark corpus folder; the test is skipped, saying where it looked, when a clone has no corpus."""
    corpus = corpus_dir()
    if not (corpus / "html").is_dir():
        pytest.skip(f"benchmark corpus not found at {corpus}")
    return corpus
