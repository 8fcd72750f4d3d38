"""Print the evaluation table: `python -m tests.eval.report [--article SLUG]` (also `make eval`)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from tests.eval.corpus import load_all, load_article, slugs
from tests.eval.floors import LOWER_IS_BETTER, load_floors, raised, save_floors
from tests.eval.scoring import ArticleScore, EvalReport, evaluate, normalise_name


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def render_overall(report: EvalReport, floors: dict[str, Any]) -> str:
    """The metrics table: value, floor (or ceiling), target and the gap still to close."""
    bounds = {**floors.get("floors", {}), **floors.get("ceilings", {})}
    targets = floors.get("targets", {})
    rows = [f"{'metric':<22} {'value':>7} {'floor':>7} {'target':>7} {'gap':>7}"]
    for name, value in report.metrics.items():
        target = targets.get(name)
        gap = None
        if target is not None:
            gap = max(0.0, value - target) if name in LOWER_IS_BETTER else max(0.0, target - value)
        mark = "" if gap in (None, 0.0) else "  <- below target"
        rows.append(f"{name:<22} {_fmt(value):>7} {_fmt(bounds.get(name)):>7} {_fmt(target):>7} {_fmt(gap):>7}{mark}")
    return "\n".join(rows)


def render_articles(report: EvalReport) -> str:
    """One line per article: quotes gold/found/matched/speaker-ok, actions gold/found/matched, relevance."""
    w = max([len("article"), *(len(a.slug) for a in report.articles)])
    head = f"{'article':<{w}} {'kind':<8} {'q gold':>6} {'found':>5} {'match':>5} {'spk':>4} {'top3x':>5}"
    head += f" {'a gold':>6} {'found':>5} {'match':>5} {'rel':>4}"
    rows = [head]
    for a in report.articles:
        rel = "ok" if a.relevance_ok else "BAD"
        line = f"{a.slug:<{w}} {a.kind:<8} {a.gold_quotes:>6} {a.found_quotes:>5} {a.matched_quotes:>5}"
        line += f" {a.speaker_correct:>4} {a.top3_misattributed:>5} {a.gold_actions:>6} {a.found_actions:>5}"
        line += f" {a.matched_actions:>5} {rel:>4}"
        if a.error:
            line += f"  ERROR {a.error}"
        rows.append(line)
    return "\n".join(rows)


def render_article_diff(score: ArticleScore, *, holdout: bool | str = False) -> str:
    """Expected vs found quotes and actions for one article."""
    article = load_article(score.slug, holdout=holdout)
    out = [f"# {article.slug} ({article.kind}) — {article.title}"]
    out.append(f"relevance: gold {article.relevant}, found {score.relevant_found}")
    if score.error:
        out.append(f"ERROR: {score.error}")
        return "\n".join(out)
    found_q = list(score.summary.quotes)
    by_gold = {gi: fi for fi, gi in score.quote_pairs.items()}
    out.append("\n## quotes (gold)")
    for gi, gq in enumerate(article.quotes):
        fi = by_gold.get(gi)
        if fi is None:
            out.append(f"  MISSED  [{gq.speaker}] “{gq.text}”")
            continue
        fq = found_q[fi]
        ok = "ok " if normalise_name(gq.speaker) == normalise_name(fq.speaker) else "SPK"
        out.append(f"  {ok}     [{gq.speaker}] found as [{fq.speaker}] #{fi} “{gq.text[:90]}”")
    extra = [fq for fi, fq in enumerate(found_q) if fi not in score.quote_pairs]
    out.append("\n## quotes found but not in gold")
    out.extend(f"  EXTRA   [{fq.speaker}] s{fq.sentence} “{fq.text}”" for fq in extra)
    if article.kind == "on_topic":
        found_a = list(score.summary.actions)
        a_by_gold = {gi: fi for fi, gi in score.action_pairs.items()}
        out.append("\n## actions (gold)")
        for gi, ga in enumerate(article.actions):
            fi = a_by_gold.get(gi)
            tag = "ok    " if fi is not None else "MISSED"
            when = f" found when={found_a[fi].when!r}" if fi is not None else ""
            out.append(f"  {tag} {ga.actor} / {ga.status} / when={ga.when!r}{when} :: {ga.evidence}")
        out.append("\n## actions found but not in gold")
        for fi, fa in enumerate(found_a):
            if fi not in score.action_pairs:
                out.append(f"  EXTRA  {fa.actor} / {fa.status} / s{fa.sentence} :: {fa.action}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Entry point for `python -m tests.eval.report`."""
    parser = argparse.ArgumentParser(prog="python -m tests.eval.report", description=__doc__)
    parser.add_argument("--article", metavar="SLUG", help="show expected vs found for one article")
    parser.add_argument("--quiet", action="store_true", help="overall table only")
    parser.add_argument(
        "--holdout",
        nargs="?",
        const="holdout",
        default=False,
        metavar="SET",
        help="score a held-out set instead (not gated; default holdout, or e.g. holdout2)",
    )
    parser.add_argument("--raise-floors", action="store_true", help="raise floors.json to the measured values")
    args = parser.parse_args(argv)
    if args.article:
        if args.article not in slugs(holdout=args.holdout):
            print(f"no such article: {args.article}", file=sys.stderr)
            return 2
        report = evaluate(articles=[load_article(args.article, holdout=args.holdout)])
        print(render_article_diff(report.articles[0], holdout=args.holdout))
        return 0
    report = evaluate(articles=load_all(holdout=args.holdout))
    if not args.quiet:
        print(render_articles(report))
        print()
    n_on = sum(a.kind == "on_topic" for a in report.articles)
    print(f"{len(report.articles)} articles ({n_on} on-topic, {len(report.articles) - n_on} decoys)")
    print(render_overall(report, load_floors()))
    if args.raise_floors and not args.holdout:
        if report.errors:
            print("not raising floors: the summariser failed on some articles", file=sys.stderr)
            return 1
        save_floors(raised(report.metrics, load_floors()))
        print("floors.json updated")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
