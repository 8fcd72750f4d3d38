"""The gold set itself: well-formed, every quote and evidence string really is in its article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.eval.corpus import EVAL_DIR, HOLDOUT_DIR, STATUSES, load_article, parse_article_text, slugs
from tests.eval.scoring import normalise_text

SLUGS = slugs()
HOLDOUT = slugs(holdout=True)
# later held-out and dev sets (holdout2, holdout3, dev5, adev1, probe1, ...): not gated, only checked for well-formed
# gold here; every `holdout<N>/`, `dev<N>/`, `adev<N>/`, `rdev<N>/` and `probe<N>/` folder is picked up without
# editing this file
EXTRA_HOLDOUT_DIRS = sorted(
    p
    for pattern in ("holdout[0-9]*", "dev[0-9]*", "adev[0-9]*", "rdev[0-9]*", "probe[0-9]*")
    for p in EVAL_DIR.glob(pattern)
    if (p / "articles").is_dir()
)
EXTRA_HOLDOUT = [(d, p.stem) for d in EXTRA_HOLDOUT_DIRS for p in sorted((d / "articles").glob("*.txt"))]


def test_extra_holdout_sets_are_found() -> None:
    names = {d.name for d in EXTRA_HOLDOUT_DIRS}
    assert {"holdout2", "holdout3"} <= names


@pytest.mark.parametrize(
    "base",
    [EVAL_DIR, HOLDOUT_DIR, *EXTRA_HOLDOUT_DIRS],
    ids=["main", "holdout", *(d.name for d in EXTRA_HOLDOUT_DIRS)],
)
def test_every_article_has_an_annotation_and_vice_versa(base: Path) -> None:
    articles = {p.stem for p in (base / "articles").glob("*.txt")}
    annotations = {p.stem for p in (base / "annotations").glob("*.json")}
    assert articles
    assert articles == annotations


def test_set_is_big_enough() -> None:
    kinds = [load_article(s).kind for s in SLUGS]
    assert kinds.count("on_topic") >= 44
    assert kinds.count("decoy") >= 12


@pytest.mark.parametrize(("slug", "holdout"), [(s, False) for s in SLUGS] + [(s, True) for s in HOLDOUT])
def test_article_is_well_formed(slug: str, holdout: bool) -> None:
    base = HOLDOUT_DIR if holdout else EVAL_DIR
    raw = (base / "articles" / f"{slug}.txt").read_text(encoding="utf-8")
    headers, body = parse_article_text(raw)
    assert {"title", "published", "source", "kind"} <= headers.keys()
    assert headers["kind"] in ("on_topic", "decoy")
    words = len(body.split())
    assert 280 <= words <= 950, f"{slug}: {words} words"
    gold = json.loads((base / "annotations" / f"{slug}.json").read_text(encoding="utf-8"))
    assert gold["relevant"] is (headers["kind"] == "on_topic")


@pytest.mark.parametrize(("slug", "holdout"), [(s, False) for s in SLUGS] + [(s, True) for s in HOLDOUT])
def test_gold_strings_come_from_the_article(slug: str, holdout: bool) -> None:
    article = load_article(slug, holdout=holdout)
    body = normalise_text(article.body)
    for quote in article.quotes:
        assert len(normalise_text(quote.text).split()) >= 4, quote.text
        assert normalise_text(quote.text) in body, f"quote not in article: {quote.text!r}"
        assert quote.speaker is None or quote.speaker.strip() == quote.speaker
    for action in article.actions:
        assert action.status in STATUSES, action
        assert action.evidence in article.body, f"evidence not verbatim: {action.evidence!r}"
        # evidence identifies one sentence, so it never spans paragraphs
        assert "\n" not in action.evidence


@pytest.mark.parametrize(("base", "slug"), EXTRA_HOLDOUT, ids=[f"{d.name}/{s}" for d, s in EXTRA_HOLDOUT])
def test_extra_holdout_gold_is_well_formed(base: Path, slug: str) -> None:
    headers, body = parse_article_text((base / "articles" / f"{slug}.txt").read_text(encoding="utf-8"))
    assert {"title", "published", "source", "kind"} <= headers.keys()
    assert headers["kind"] in ("on_topic", "decoy")
    # blind sets are whole articles; dev sets may be short exercises aimed at one construction
    assert (280 if base.name.startswith("holdout") else 60) <= len(body.split()) <= 950, slug
    gold = json.loads((base / "annotations" / f"{slug}.json").read_text(encoding="utf-8"))
    assert gold["relevant"] is (headers["kind"] == "on_topic")
    normalised = normalise_text(body)
    for quote in gold["quotes"]:
        assert len(normalise_text(quote["text"]).split()) >= 4, quote["text"]
        assert normalise_text(quote["text"]) in normalised, f"quote not in article: {quote['text']!r}"
        assert quote["speaker"] is None or quote["speaker"].strip() == quote["speaker"]
    for action in gold["actions"]:
        assert action["status"] in STATUSES, action
        assert action["evidence"] in body and "\n" not in action["evidence"], action["evidence"]


def test_blind_holdout_is_big_enough() -> None:
    kinds = [
        parse_article_text(p.read_text(encoding="utf-8"))[0]["kind"]
        for p in (EVAL_DIR / "holdout3" / "articles").glob("*.txt")
    ]
    assert kinds.count("on_topic") >= 24
    assert kinds.count("decoy") >= 6
