"""Load the hand-annotated evaluation set: articles/<slug>.txt (header + body) and annotations/<slug>.json."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

EVAL_DIR = Path(__file__).resolve().parent
ARTICLES_DIR = EVAL_DIR / "articles"
ANNOTATIONS_DIR = EVAL_DIR / "annotations"
# written after the extractors were tuned on the main set and kept out of the gate: a check on overfitting
HOLDOUT_DIR = EVAL_DIR / "holdout"

STATUSES = ("taken", "announced", "planned", "threatened", "called_for", "refused")


@dataclass(frozen=True, slots=True)
class GoldQuote:
    text: str
    speaker: str | None
    speaker_role: str | None
    partial: bool


@dataclass(frozen=True, slots=True)
class GoldAction:
    actor: str
    status: str
    when: str | None
    instrument: str | None
    evidence: str


@dataclass(frozen=True, slots=True)
class Article:
    """One evaluation article: parsed header, body text and its gold annotation."""

    slug: str
    title: str
    published: str | None
    source: str | None
    kind: str  # "on_topic" | "decoy"
    body: str
    relevant: bool
    quotes: list[GoldQuote]
    actions: list[GoldAction]


def parse_article_text(raw: str) -> tuple[dict[str, str], str]:
    """Split an article file into its `Key: value` header lines and the body after the first blank line."""
    header_part, _, body = raw.replace("\r\n", "\n").partition("\n\n")
    headers: dict[str, str] = {}
    for line in header_part.splitlines():
        key, sep, value = line.partition(":")
        if sep:
            headers[key.strip().lower()] = value.strip()
    return headers, body.strip("\n")


def _gold_quote(data: dict[str, Any]) -> GoldQuote:
    return GoldQuote(
        text=data["text"],
        speaker=data.get("speaker"),
        speaker_role=data.get("speaker_role"),
        partial=bool(data.get("partial", False)),
    )


def _gold_action(data: dict[str, Any]) -> GoldAction:
    return GoldAction(
        actor=data["actor"],
        status=data["status"],
        when=data.get("when"),
        instrument=data.get("instrument"),
        evidence=data["evidence"],
    )


def load_article(slug: str, *, holdout: bool | str = False) -> Article:
    """Read one article and its annotation by slug (from the holdout set when asked)."""
    articles, annotations = _dirs(holdout)
    headers, body = parse_article_text((articles / f"{slug}.txt").read_text(encoding="utf-8"))
    gold = json.loads((annotations / f"{slug}.json").read_text(encoding="utf-8"))
    return Article(
        slug=slug,
        title=headers.get("title", ""),
        published=headers.get("published"),
        source=headers.get("source"),
        kind=headers.get("kind", "on_topic"),
        body=body,
        relevant=bool(gold["relevant"]),
        quotes=[_gold_quote(q) for q in gold.get("quotes", [])],
        actions=[_gold_action(a) for a in gold.get("actions", [])],
    )


def _dirs(holdout: bool | str) -> tuple[Path, Path]:
    """The main set, or a held-out set: True means `holdout/`, a string names the folder (e.g. "holdout2")."""
    if holdout:
        base = EVAL_DIR / holdout if isinstance(holdout, str) else HOLDOUT_DIR
        return base / "articles", base / "annotations"
    return ARTICLES_DIR, ANNOTATIONS_DIR


def slugs(*, holdout: bool | str = False) -> list[str]:
    """Slugs of every article that has an annotation, sorted."""
    articles, annotations = _dirs(holdout)
    return sorted(p.stem for p in articles.glob("*.txt") if (annotations / f"{p.stem}.json").exists())


def load_all(*, holdout: bool | str = False) -> list[Article]:
    """The whole evaluation set (or the holdout set) in slug order."""
    return [load_article(s, holdout=holdout) for s in slugs(holdout=holdout)]
