"""Score the summariser against the hand-annotated set: quotes, speakers, actions, `when`, relevance.

Matching rules (tests/eval/README.md explains them):
- quote: normalised text (marks, case, punctuation, whitespace) where one contains the other at word boundaries,
  or multiset token overlap / longer length >= 0.8; one-to-one, best score first.
- speaker: normalised name equality among matched quotes (gold None and found None agree).
- top-3 misattribution: among the first three quotes returned per article, a matched quote whose found speaker is
  not None and differs from the gold speaker (a gold None counts as a difference).
- action: same normalised actor AND same status AND the found action's sentence contains the gold evidence or
  vice versa. Actions are scored on on-topic articles only; quotes on every article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from tests.eval.corpus import Article, GoldAction, GoldQuote, load_all

OVERLAP_THRESHOLD = 0.8
TOP_N = 3

_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'", "′": "'"})
_LONE_APOSTROPHE = re.compile(r"(?<![0-9a-z])'|'(?![0-9a-z])")
_NON_WORD = re.compile(r"[^\w\s']")
_SPACE = re.compile(r"\s+")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
# courtesy titles dropped before comparing names ("Mrs Justice Ellenbogen" = "Justice Ellenbogen", "Lady Kidron" =
# "Baroness Kidron"), but never when that leaves a bare letter ("Ms X" is a pseudonym, not the company X)
_TITLE = re.compile(r"^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lady|lord|baroness|baron|viscount)\s+(?=\S\S)")
# US copy gives middle initials and generational suffixes ("Andrew N. Ferguson", "Frank Pallone Jr.") that the
# same person's later mentions and most systems drop; a lone letter between first and last name and a trailing
# jr/sr/ii/iii are ignored on both sides ("K G Raghavan" still keeps its first initial)
_MIDDLE_INITIAL = re.compile(r"(?<=\S) [a-z](?= \S)")
_SUFFIX = re.compile(r"(?<=\S) (?:jr|sr|ii|iii)$")


def normalise_text(text: str) -> str:
    """Lower-case text with quotation marks, punctuation and runs of whitespace removed (apostrophes in words kept)."""
    text = text.translate(_MARKS).lower().replace('"', " ")
    text = _LONE_APOSTROPHE.sub(" ", text)
    text = _NON_WORD.sub(" ", text)
    return _SPACE.sub(" ", text).strip()


def normalise_name(name: str | None) -> str | None:
    """Compare speakers/actors case-insensitively, ignoring punctuation, a leading article, courtesy title, middle
    initials and a Jr./Sr. suffix."""
    if name is None:
        return None
    norm = _TITLE.sub("", _LEADING_ARTICLE.sub("", normalise_text(name)))
    norm = _SUFFIX.sub("", norm)
    while (shorter := _MIDDLE_INITIAL.sub("", norm, count=1)) != norm:
        norm = shorter
    return norm or None


def quote_score(gold: str, found: str) -> float:
    """1.0 when one normalised text contains the other, else token overlap over the longer; 0.0 for empty text."""
    g, f = normalise_text(gold), normalise_text(found)
    if not g or not f:
        return 0.0
    if f" {g} " in f" {f} " or f" {f} " in f" {g} ":
        return 1.0
    gt, ft = g.split(), f.split()
    common = sum((Counter(gt) & Counter(ft)).values())
    return common / max(len(gt), len(ft))


def match_quotes(gold: Sequence[GoldQuote], found: Sequence[Any]) -> dict[int, int]:
    """One-to-one pairs {found index: gold index}, highest score first, only pairs at or above the threshold."""
    pairs = []
    for fi, fq in enumerate(found):
        for gi, gq in enumerate(gold):
            score = quote_score(gq.text, fq.text)
            if score >= OVERLAP_THRESHOLD:
                pairs.append((-score, fi, gi))
    pairs.sort()
    used_f: dict[int, int] = {}
    used_g: set[int] = set()
    for _, fi, gi in pairs:
        if fi not in used_f and gi not in used_g:
            used_f[fi] = gi
            used_g.add(gi)
    return used_f


def _contains_either(a: str, b: str) -> bool:
    na, nb = normalise_text(a), normalise_text(b)
    return bool(na and nb) and (na in nb or nb in na)


def action_matches(gold: GoldAction, found: Any, sentence_text: str) -> bool:
    """Actor and status equal, and the found action's sentence and the gold evidence contain one another."""
    return (
        normalise_name(gold.actor) == normalise_name(found.actor)
        and gold.status == found.status
        and _contains_either(sentence_text, gold.evidence)
    )


def match_actions(gold: Sequence[GoldAction], found: Sequence[Any], sentences: Sequence[str]) -> dict[int, int]:
    """One-to-one pairs {found index: gold index}, greedily in article order."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for fi, fa in enumerate(found):
        text = sentences[fa.sentence] if 0 <= fa.sentence < len(sentences) else ""
        for gi, ga in enumerate(gold):
            if gi not in used and action_matches(ga, fa, text):
                pairs[fi] = gi
                used.add(gi)
                break
    return pairs


def _same_when(gold: str | None, found: str | None) -> bool:
    g = gold.strip().lower() if gold else None
    f = found.strip().lower() if found else None
    return g == f


@dataclass(slots=True)
class ArticleScore:
    """Counts for one article (the report prints these; the overall numbers are sums over articles)."""

    slug: str
    kind: str
    gold_quotes: int = 0
    found_quotes: int = 0
    matched_quotes: int = 0
    speaker_correct: int = 0
    top3_misattributed: int = 0
    gold_actions: int = 0
    found_actions: int = 0
    matched_actions: int = 0
    when_correct: int = 0
    relevant_gold: bool = False
    relevant_found: bool | None = None
    error: str | None = None
    quote_pairs: dict[int, int] = field(default_factory=dict)
    action_pairs: dict[int, int] = field(default_factory=dict)
    summary: Any = None

    @property
    def relevance_ok(self) -> bool:
        return self.relevant_found == self.relevant_gold


def _ratio(num: int, den: int) -> float:
    # an empty denominator means nothing could go wrong
    return num / den if den else 1.0


@dataclass(slots=True)
class EvalReport:
    """Per-article scores and the overall (micro-averaged) metrics the gate checks."""

    articles: list[ArticleScore]

    def _sum(self, name: str) -> int:
        return sum(int(getattr(a, name)) for a in self.articles)

    @property
    def metrics(self) -> dict[str, float]:
        """quote_precision/recall, speaker_accuracy, top3_misattributions, action_precision/recall, ..."""
        return {
            "quote_precision": _ratio(self._sum("matched_quotes"), self._sum("found_quotes")),
            "quote_recall": _ratio(self._sum("matched_quotes"), self._sum("gold_quotes")),
            "speaker_accuracy": _ratio(self._sum("speaker_correct"), self._sum("matched_quotes")),
            "top3_misattributions": float(self._sum("top3_misattributed")),
            "action_precision": _ratio(self._sum("matched_actions"), self._sum("found_actions")),
            "action_recall": _ratio(self._sum("matched_actions"), self._sum("gold_actions")),
            "when_accuracy": _ratio(self._sum("when_correct"), self._sum("matched_actions")),
            "relevance_accuracy": _ratio(sum(a.relevance_ok for a in self.articles), len(self.articles)),
        }

    @property
    def errors(self) -> list[tuple[str, str]]:
        return [(a.slug, a.error) for a in self.articles if a.error]


def score_article(article: Article, summary: Any, sentences: Sequence[str]) -> ArticleScore:
    """Compare one Summary (or any object with quotes/actions/relevance) with the gold annotation."""
    score = ArticleScore(slug=article.slug, kind=article.kind, relevant_gold=article.relevant, summary=summary)
    score.relevant_found = bool(summary.relevance.relevant)
    found_q = list(summary.quotes)
    score.gold_quotes, score.found_quotes = len(article.quotes), len(found_q)
    score.quote_pairs = match_quotes(article.quotes, found_q)
    score.matched_quotes = len(score.quote_pairs)
    for fi, gi in score.quote_pairs.items():
        gold_speaker = normalise_name(article.quotes[gi].speaker)
        found_speaker = normalise_name(found_q[fi].speaker)
        if gold_speaker == found_speaker:
            score.speaker_correct += 1
        elif fi < TOP_N and found_speaker is not None:
            score.top3_misattributed += 1
    if article.kind == "on_topic":
        found_a = list(summary.actions)
        score.gold_actions, score.found_actions = len(article.actions), len(found_a)
        score.action_pairs = match_actions(article.actions, found_a, sentences)
        score.matched_actions = len(score.action_pairs)
        score.when_correct = sum(
            _same_when(article.actions[gi].when, found_a[fi].when) for fi, gi in score.action_pairs.items()
        )
    return score


def evaluate(
    summarise_fn: Callable[..., Any] | None = None,
    *,
    articles: Sequence[Article] | None = None,
) -> EvalReport:
    """Run the summariser over every article and score it; an exception is recorded on the article, not raised."""
    from summariser import summarise
    from summariser._text import split_document

    fn = summarise_fn or summarise
    results: list[ArticleScore] = []
    for article in articles if articles is not None else load_all():
        sentences = [s.text for s in split_document(article.body).sentences]
        try:
            summary = fn(article.body, title=article.title, published=article.published)
        except Exception as exc:  # one crashing article must not hide the others' scores; it counts as empty
            failed = ArticleScore(slug=article.slug, kind=article.kind, relevant_gold=article.relevant, error=repr(exc))
            failed.gold_quotes = len(article.quotes)
            failed.gold_actions = len(article.actions) if article.kind == "on_topic" else 0
            results.append(failed)
            continue
        results.append(score_article(article, summary, sentences))
    return EvalReport(results)
