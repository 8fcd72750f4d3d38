"""Quote extraction side by side on the annotated set (tests/eval): our summariser, baselines, published systems.

`python -m bench.quote_baselines [--textacy-python PATH]` prints one table:
- grokwatch: `summariser.summarise` (the system under test);
- naive regex: text between double quotation marks (straight or curly) of four or more words, no speaker — the floor;
- textacy `direct_quotations` (a published open extractor on PyPI) when it can run. It needs a spaCy Doc with
  part-of-speech tags and a dependency parse, and spaCy's English models are not on PyPI, so here it runs on a
  blank pipeline (tokenizer + sentencizer, no statistical model): its cue-verb test (`pos == VERB`) and speaker
  test (a subject dependency) can never pass, so it returns nothing. The row says so rather than hide it.
  `--textacy-python` runs it with another interpreter that has textacy installed (the project does not depend on it);
- published figures we cannot rerun: GenderGapTracker (quote P/R, speaker accuracy) and BBC Citron (source F1).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from tests.eval.corpus import Article, load_all
from tests.eval.scoring import EvalReport, evaluate

# Published results on their own (different) test sets, quoted from their papers/READMEs; not rerun here.
PUBLISHED = (
    ("GenderGapTracker (published, own set)", "0.85", "0.83", "0.87", "-", "Asr et al. 2021, English news"),
    ("BBC Citron (published, own set)", "-", "-", "-", "-", "source attribution F1 0.82"),
)

_DOUBLE = re.compile(r"[\"“”]([^\"“”]+)[\"“”]")


@dataclass
class _Quote:
    text: str
    speaker: str | None
    sentence: int = 0


@dataclass
class _Relevance:
    relevant: bool = False


@dataclass
class _Summary:
    """Just the fields the scorer reads."""

    quotes: list[_Quote]
    actions: list[Any] = field(default_factory=list)
    relevance: _Relevance = field(default_factory=_Relevance)


def naive_regex_quotes(body: str) -> list[_Quote]:
    """Every span between double quotation marks in a paragraph, four words or more, speaker unknown."""
    found = []
    for para in body.split("\n"):
        for match in _DOUBLE.finditer(para):
            text = match.group(1).strip()
            if len(text.split()) >= 4:
                found.append(_Quote(text, None))
    return found


# Run inside whichever interpreter has textacy: reads [[slug, body], ...] as JSON, prints {slug: [[text, speaker]]}.
_TEXTACY_SCRIPT = r"""
import json, sys
import spacy
from textacy.extract import triples
nlp = spacy.blank("en")
nlp.add_pipe("sentencizer")
out = {}
for slug, body in json.load(sys.stdin):
    try:
        found = [[t.content.text.strip('"“”'), " ".join(s.text for s in t.speaker)]
                 for t in triples.direct_quotations(nlp(body))]
    except ValueError as exc:   # textacy bails out on an odd number of quotation marks
        found = {"error": str(exc)[:80]}
    out[slug] = found
print(json.dumps(out))
"""


def textacy_quotes(articles: Sequence[Article], python: str) -> tuple[dict[str, list[_Quote]], str]:
    """Quotes per article from textacy in a subprocess; the note says how it ran or why it could not."""
    payload = json.dumps([[a.slug, a.body] for a in articles])
    try:
        proc = subprocess.run(
            [python, "-c", _TEXTACY_SCRIPT], input=payload, capture_output=True, text=True, timeout=600, check=False
        )
    except OSError as exc:
        return {}, f"could not start {python}: {exc}"
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["?"])[-1]
        return {}, f"did not run: {last[:90]}"
    raw: dict[str, Any] = json.loads(proc.stdout)
    bailed = sum(isinstance(v, dict) for v in raw.values())
    per_article = {slug: [_Quote(t, s or None) for t, s in v] if isinstance(v, list) else [] for slug, v in raw.items()}
    note = "blank spaCy pipeline (no POS/parse: no model on PyPI)"
    if bailed:
        note += f"; bailed out on {bailed} articles (odd quote marks)"
    return per_article, note


def _score(articles: Sequence[Article], quotes_of: Callable[[Article], list[_Quote]]) -> EvalReport:
    by_body = {a.body: a for a in articles}
    return evaluate(lambda body, **_: _Summary(quotes_of(by_body[body])), articles=articles)


def _row(name: str, report: EvalReport, note: str) -> tuple[str, str, str, str, str, str]:
    m = report.metrics
    found = sum(a.found_quotes for a in report.articles)
    return (
        name,
        f"{m['quote_precision']:.3f}" if found else "- (0 found)",
        f"{m['quote_recall']:.3f}",
        f"{m['speaker_accuracy']:.3f}" if found else "-",
        f"{m['top3_misattributions']:.0f}",
        note,
    )


# Held-out sets and what they are now (tests/eval/README.md): only a blind set measures generalisation.
HELD_OUT = (("holdout", "dev"), ("holdout2", "dev"), ("holdout3", "dev since session 2"), ("holdout4", "blind"))


def main(argv: list[str] | None = None) -> int:
    """Print the comparison table."""
    parser = argparse.ArgumentParser(prog="python -m bench.quote_baselines", description=__doc__)
    parser.add_argument("--textacy-python", default=sys.executable, help="interpreter that has textacy + spaCy")
    args = parser.parse_args(argv)
    articles = load_all()
    n_quotes = sum(len(a.quotes) for a in articles)
    rows = [_row("grokwatch summariser", evaluate(articles=articles), "speaker = canonical name")]
    rows.append(_row("naive regex (marks only)", _score(articles, lambda a: naive_regex_quotes(a.body)), "no speaker"))
    tx, note = textacy_quotes(articles, args.textacy_python)
    if tx:
        rows.append(_row("textacy direct_quotations", _score(articles, lambda a: tx.get(a.slug, [])), note))
    else:
        rows.append(("textacy direct_quotations", "-", "-", "-", "-", note))
    for name, role in HELD_OUT:
        holdout = load_all(holdout=name)
        if not holdout:
            continue
        note = f"{name} ({len(holdout)} articles, {role}, not gated)"
        rows.append(_row("grokwatch summariser", evaluate(articles=holdout), note))
        rows.append(_row("naive regex (marks only)", _score(holdout, lambda a: naive_regex_quotes(a.body)), note))
    rows.extend(PUBLISHED)
    print(f"Quote extraction on tests/eval: {len(articles)} articles, {n_quotes} gold quotes")
    head = ("system", "quote P", "quote R", "speaker", "top3 x", "note")
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head))]
    for r in [head, *rows]:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
    print("speaker = accuracy among matched quotes (null gold = null found counts as right);")
    print("top3 x = misattributed quotes among the first three returned per article (target 0).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
