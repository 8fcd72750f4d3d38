"""Speaker attribution on real pages: the hashed gold, the matcher, and the wrong-speaker ceiling."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.eval.realpages import (
    GOLD_PATH,
    GoldPage,
    GoldQuote,
    add_gold_quote,
    evaluate_real,
    is_hash,
    load_ceilings,
    load_gold,
    lowered,
    match_quotes,
    quote_hashes,
    score_page,
    shingle_hashes,
    speaker_verdict,
)


@dataclass
class FQuote:
    text: str
    speaker: str | None


def _gold(text: str, speaker: str | None, kind: str = "quote") -> GoldQuote:
    return GoldQuote(frozenset(quote_hashes(text)), speaker, kind, "")


LONG = (
    "The harbour board will publish its review of the ferry timetable before the summer and will consult every "
    "island council on the changes it proposes to make"
)


def test_hashes_ignore_case_punctuation_and_marks() -> None:
    assert shingle_hashes("“We will act, now,” she said") == shingle_hashes("we WILL act now she said")
    assert len(shingle_hashes("one two three four five")) == 2
    assert len(shingle_hashes("too short")) == 1
    assert shingle_hashes("") == set()


def test_stored_sample_is_small_deterministic_and_a_subset() -> None:
    sample = quote_hashes(LONG)
    assert sample == quote_hashes(LONG.upper())
    assert set(sample) <= shingle_hashes(LONG)
    assert 8 <= len(sample) < len(shingle_hashes(LONG))
    assert all(is_hash(h) for h in sample)


def test_found_quote_matches_whole_or_truncated_gold_but_not_another_quote() -> None:
    gold = [_gold(LONG, "Ann Lee"), _gold("Nobody here wants the ferry to stop running in winter", "Bo Ray")]
    found = [
        FQuote("Nobody here wants the ferry to stop running", None),
        FQuote(LONG[: len(LONG) * 2 // 3], "Ann Lee"),
        FQuote("A completely different sentence about the weather today", None),
    ]
    assert match_quotes(gold, [f.text for f in found]) == {0: 1, 1: 0}


def test_speaker_verdicts() -> None:
    assert speaker_verdict("Andrew N. Ferguson", "Mr. Andrew Ferguson") == "right"
    assert speaker_verdict(None, None) == "right"
    assert speaker_verdict("Kurt Volker", None) == "null_where_known"
    assert speaker_verdict("Kurt Volker", "Ukraine Kurt Volker") == "mangled"
    assert speaker_verdict("Adam Mosseri", "Like Instagram") == "wrong"
    # the page does not make the speaker certain, so any name is a guess
    assert speaker_verdict(None, "Lung Health") == "wrong"


def test_score_page_counts_top3_wrong_and_non_quotes() -> None:
    page = GoldPage(
        "0000000000",
        "https://example.org/a",
        [_gold(LONG, "Ann Lee"), _gold("Meth. We are on it", None, kind="not_quote")],
    )
    result = score_page(page, [FQuote(LONG, "Bo Ray"), FQuote("Meth. We are on it.", None), FQuote("x y z w", None)])
    assert (result.count("wrong"), result.top3_wrong, result.non_quotes, result.unjudged) == (1, 1, 1, 1)


def test_added_quote_is_stored_as_hashes_only(tmp_path: Path) -> None:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"about": "x", "pages": {"0123456789": {"url": "https://e.org/", "quotes": []}}}))
    add_gold_quote("0123456789", LONG, "Ann Lee", path=path)
    stored = path.read_text(encoding="utf-8")
    assert "ferry" not in stored and "Ann Lee" in stored
    [page] = load_gold(path)
    assert match_quotes(page.quotes, [LONG]) == {0: 0}


def test_ceilings_only_fall() -> None:
    assert lowered({"wrong_speakers": 3.0}, {"wrong_speakers": 5.0}) == {"wrong_speakers": 3.0}
    assert lowered({"wrong_speakers": 7.0}, {"wrong_speakers": 5.0}) == {"wrong_speakers": 5.0}


def test_gold_holds_hashes_and_names_but_no_article_text() -> None:
    raw = json.loads(GOLD_PATH.read_text(encoding="utf-8"))
    pages = load_gold()
    assert len(pages) >= 60
    assert sum(len(p.quotes) for p in pages) >= 400
    for key, page in raw["pages"].items():
        assert is_hash(key[:10] + "00") and len(key) == 10
        for quote in page["quotes"]:
            assert set(quote) == {"hashes", "speaker", "kind", "audit"}
            assert quote["hashes"] and all(is_hash(h) for h in quote["hashes"])
            assert quote["kind"] in ("quote", "not_quote")
            assert quote["speaker"] is None or (quote["speaker"].strip() == quote["speaker"] and quote["speaker"])
            assert quote["kind"] == "quote" or quote["speaker"] is None


@pytest.mark.corpus
def test_wrong_speakers_on_real_pages_stay_under_the_ceiling(real_corpus: Path) -> None:
    report = evaluate_real(corpus=real_corpus)
    assert report.errors == []
    metrics, ceilings = report.metrics, load_ceilings()
    # the gold still recognises what the summariser returns (a span change would silently shrink the check)
    assert metrics["matched_quotes"] >= 0.9 * metrics["gold_quotes"]
    for name, ceiling in ceilings.items():
        assert metrics[name] <= ceiling, f"{name} = {metrics[name]:.0f} > ceiling {ceiling:.0f}"
