"""Speaker attribution on real news pages: `python -m tests.eval.real_report [--unjudged] [--lower-ceilings]`.

Runs `summariser.summarise` over the benchmark pages named in tests/eval/real/gold.json and prints, per page and
overall, quotes matched to the gold, speakers right, null where the page names the speaker, mangled names and wrong
speakers (each listed). Needs ../shared/corpus/article-extraction-benchmark; says so and exits 0 when it is absent.
"""

from __future__ import annotations

import argparse
import sys
from urllib.parse import urlsplit

from tests.eval.realpages import (
    RealReport,
    add_gold_quote,
    corpus_dir,
    evaluate_real,
    load_ceilings,
    lowered,
    save_ceilings,
)

_PREVIEW_WORDS = 8


def _preview(text: str) -> str:
    words = text.split()
    return " ".join(words[:_PREVIEW_WORDS]) + (" …" if len(words) > _PREVIEW_WORDS else "")


def _site(url: str) -> str:
    return urlsplit(url).netloc.removeprefix("www.")


def render_pages(report: RealReport) -> str:
    """One line per page: found, matched, right, null-where-known, mangled, wrong, top-3 wrong, unjudged."""
    head = f"{'page':<10} {'site':<24} {'found':>5} {'match':>5} {'right':>5} {'null':>5} {'mangl':>5}"
    head += f" {'wrong':>5} {'top3x':>5} {'unjdg':>5}"
    rows = [head]
    for p in report.pages:
        line = f"{p.key:<10} {_site(p.url)[:24]:<24} {len(p.found):>5} {p.matched:>5} {p.count('right'):>5}"
        line += f" {p.count('null_where_known'):>5} {p.count('mangled'):>5} {p.count('wrong'):>5}"
        line += f" {p.top3_wrong:>5} {p.unjudged:>5}"
        if p.error:
            line += f"  ERROR {p.error}"
        rows.append(line)
    return "\n".join(rows)


def render_overall(report: RealReport, ceilings: dict[str, float]) -> str:
    """The totals, with the ceilings the test enforces."""
    rows = [f"{'measure':<22} {'value':>7} {'ceiling':>8}"]
    for name, value in report.metrics.items():
        shown = f"{value:.3f}" if name == "speaker_accuracy" else f"{value:.0f}"
        bound = ceilings.get(name)
        rows.append(f"{name:<22} {shown:>7} {'' if bound is None else f'{bound:.0f}':>8}")
    return "\n".join(rows)


def render_listing(report: RealReport, verdict: str) -> str:
    """Every found quote with the given verdict: page, position, found speaker, gold speaker, first words."""
    rows = []
    for p in report.pages:
        for i, q in enumerate(p.found):
            if q.verdict == verdict and q.gold is not None:
                gold = q.gold.speaker or "(none: the page does not make it certain)"
                rows.append(f"  {p.key} #{i:<2} found {q.speaker!r:<30} gold {gold!r}  “{_preview(q.text)}”")
    return "\n".join(rows) or "  (none)"


def render_unjudged(report: RealReport) -> str:
    """Found quotes the gold does not know (new spans since the audit): judge them, then `--add-quote` them."""
    rows = [
        f"  {p.key} #{i:<2} [{q.speaker}] “{_preview(q.text)}”"
        for p in report.pages
        for i, q in enumerate(p.found)
        if q.gold is None
    ]
    return "\n".join(rows) or "  (none)"


def main(argv: list[str] | None = None) -> int:
    """Entry point for `python -m tests.eval.real_report`."""
    parser = argparse.ArgumentParser(prog="python -m tests.eval.real_report", description=__doc__)
    parser.add_argument("--quiet", action="store_true", help="totals and wrong speakers only")
    parser.add_argument("--unjudged", action="store_true", help="list found quotes the gold does not cover")
    parser.add_argument("--null", action="store_true", help="list quotes left without a speaker the page gives")
    parser.add_argument("--lower-ceilings", action="store_true", help="lower real/ceilings.json to the measured values")
    parser.add_argument(
        "--add-quote",
        nargs=3,
        metavar=("PAGE", "SPEAKER", "TEXT"),
        help="add a judged quote to gold.json (hashes only); SPEAKER '-' = the page does not make it certain",
    )
    args = parser.parse_args(argv)
    if args.add_quote:
        key, speaker, text = args.add_quote
        add_gold_quote(key, text, None if speaker == "-" else speaker)
        print(f"added to {key}: {speaker}")
        return 0
    corpus = corpus_dir()
    if not (corpus / "html").is_dir():
        print(f"skipped: benchmark corpus not found at {corpus} (set GROKWATCH_BENCHMARK_DIR)", file=sys.stderr)
        return 0
    report = evaluate_real(corpus=corpus)
    ceilings = load_ceilings()
    if not args.quiet:
        print(render_pages(report))
        print()
    print(render_overall(report, ceilings))
    print("\nWRONG speakers (page #position found gold):")
    print(render_listing(report, "wrong"))
    print("\nmangled names:")
    print(render_listing(report, "mangled"))
    if args.null:
        print("\nnull where the page names the speaker:")
        print(render_listing(report, "null_where_known"))
    if args.unjudged:
        print("\nunjudged (not in gold.json):")
        print(render_unjudged(report))
    if args.lower_ceilings:
        if report.errors:
            print("not lowering ceilings: the summariser failed on some pages", file=sys.stderr)
            return 1
        save_ceilings(lowered(report.metrics, ceilings))
        print("real/ceilings.json updated")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
