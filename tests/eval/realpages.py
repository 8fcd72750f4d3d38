"""Speaker attribution on real news pages: hashed gold quotes (real/gold.json), matching and counts.

The gold names, for quotes on pages of ../shared/corpus/article-extraction-benchmark, who said each one. It holds
no article text: a quote is a sample of sha1 hashes of its 4-word shingles (lower-cased `\\w+` tokens), so a quote
the summariser returns matches a gold quote when it contains enough of that sample. Speakers are compared with
`scoring.normalise_name`; `real_report.py` prints the counts and `test_real_pages.py` keeps wrong speakers under a
ceiling (real/ceilings.json, ceilings only fall).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.eval.scoring import TOP_N, normalise_name

REAL_DIR = Path(__file__).resolve().parent / "real"
GOLD_PATH = REAL_DIR / "gold.json"
CEILINGS_PATH = REAL_DIR / "ceilings.json"
# /work/main/tests/eval/realpages.py -> /work/shared/...; overridable for other checkouts
DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "article-extraction-benchmark"

SHINGLE = 4
# a found quote matches a gold quote when it holds at least this share of the gold's hash sample
MIN_SHARE = 0.2
_TOKEN = re.compile(r"\w+")
_HEX = re.compile(r"^[0-9a-f]{12}$")

VERDICTS = ("right", "null_where_known", "mangled", "wrong")


def corpus_dir() -> Path:
    """The benchmark corpus folder ($GROKWATCH_BENCHMARK_DIR or ../shared/corpus/article-extraction-benchmark)."""
    return Path(os.environ.get("GROKWATCH_BENCHMARK_DIR") or DEFAULT_CORPUS)


def _hash(words: Sequence[str]) -> str:
    return hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()[:12]


def shingle_hashes(text: str) -> set[str]:
    """Hashes of every 4-word shingle of the lower-cased word tokens (one hash for a shorter text)."""
    words = _TOKEN.findall(text.lower())
    if len(words) < SHINGLE:
        return {_hash(words)} if words else set()
    return {_hash(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def quote_hashes(text: str) -> list[str]:
    """The stored sample for a gold quote: its smallest shingle hashes, a third of them, between 8 and 24."""
    ordered = sorted(shingle_hashes(text))
    return ordered[: min(len(ordered), max(8, min(24, len(ordered) // 3)))]


@dataclass(frozen=True, slots=True)
class GoldQuote:
    hashes: frozenset[str]
    speaker: str | None  # None: the page does not make the speaker certain
    kind: str  # "quote" | "not_quote" (a title or slogan a system once returned)
    audit: str  # the 2026-11-22 audit's label for the system's answer then (C, N, n, W, M, X)


@dataclass(frozen=True, slots=True)
class GoldPage:
    key: str  # first 10 hex digits of the corpus page id
    url: str
    quotes: list[GoldQuote]


def load_gold(path: Path = GOLD_PATH) -> list[GoldPage]:
    """Every gold page, in key order."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        GoldPage(
            key=key,
            url=page["url"],
            quotes=[
                GoldQuote(frozenset(q["hashes"]), q["speaker"], q["kind"], q.get("audit", "")) for q in page["quotes"]
            ],
        )
        for key, page in sorted(data["pages"].items())
    ]


def match_quotes(gold: Sequence[GoldQuote], found_texts: Sequence[str]) -> dict[int, int]:
    """One-to-one pairs {found index: gold index}: largest share of the gold sample first, at least MIN_SHARE."""
    pairs = []
    for fi, text in enumerate(found_texts):
        hashes = shingle_hashes(text)
        for gi, gq in enumerate(gold):
            shared = len(hashes & gq.hashes)
            if shared and shared / len(gq.hashes) >= MIN_SHARE:
                pairs.append((-shared / len(gq.hashes), -shared, fi, gi))
    pairs.sort()
    used_f: dict[int, int] = {}
    used_g: set[int] = set()
    for _, _, fi, gi in pairs:
        if fi not in used_f and gi not in used_g:
            used_f[fi] = gi
            used_g.add(gi)
    return used_f


def _contains_words(outer: str, inner: str) -> bool:
    return f" {inner} " in f" {outer} "


def speaker_verdict(gold: str | None, found: str | None) -> str:
    """right | null_where_known | mangled (the right name inside a longer or shorter one) | wrong.

    A name where the gold is None counts as wrong: the page does not make the speaker certain, so it is a guess.
    """
    g, f = normalise_name(gold), normalise_name(found)
    if g == f:
        return "right"
    if f is None:
        return "null_where_known"
    if g is not None and (_contains_words(f, g) or _contains_words(g, f)):
        return "mangled"
    return "wrong"


@dataclass(slots=True)
class FoundQuote:
    text: str
    speaker: str | None
    gold: GoldQuote | None = None
    verdict: str | None = None  # None when unmatched or matched to a not_quote


@dataclass(slots=True)
class PageResult:
    key: str
    url: str
    gold_quotes: int = 0
    found: list[FoundQuote] = field(default_factory=list)
    error: str | None = None

    def count(self, verdict: str) -> int:
        return sum(q.verdict == verdict for q in self.found)

    @property
    def matched(self) -> int:
        return sum(q.verdict is not None for q in self.found)

    @property
    def non_quotes(self) -> int:
        return sum(q.gold is not None and q.gold.kind == "not_quote" for q in self.found)

    @property
    def unjudged(self) -> int:
        return sum(q.gold is None for q in self.found)

    @property
    def top3_wrong(self) -> int:
        return sum(q.verdict == "wrong" for q in self.found[:TOP_N])


@dataclass(slots=True)
class RealReport:
    pages: list[PageResult]

    def total(self, name: str) -> int:
        return sum(int(getattr(p, name)) for p in self.pages)

    @property
    def metrics(self) -> dict[str, float]:
        """Counts over all pages, plus speaker accuracy among matched quotes."""
        counts = {v: sum(p.count(v) for p in self.pages) for v in VERDICTS}
        matched = self.total("matched")
        return {
            "pages": float(len(self.pages)),
            "found_quotes": float(sum(len(p.found) for p in self.pages)),
            "gold_quotes": float(self.total("gold_quotes")),
            "matched_quotes": float(matched),
            "non_quotes_returned": float(self.total("non_quotes")),
            "unjudged_quotes": float(self.total("unjudged")),
            "speaker_right": float(counts["right"]),
            "speaker_accuracy": counts["right"] / matched if matched else 1.0,
            "null_where_known": float(counts["null_where_known"]),
            "mangled_names": float(counts["mangled"]),
            "wrong_speakers": float(counts["wrong"]),
            "top3_wrong_speakers": float(self.total("top3_wrong")),
        }

    @property
    def errors(self) -> list[tuple[str, str]]:
        return [(p.key, p.error) for p in self.pages if p.error]


def page_html(key: str, corpus: Path) -> str:
    """The page's HTML from the corpus (html/<id>.html.gz, id starting with key)."""
    matches = sorted((corpus / "html").glob(f"{key}*.html.gz"))
    if len(matches) != 1:
        raise FileNotFoundError(f"{key}: expected one page in {corpus / 'html'}, found {len(matches)}")
    return gzip.decompress(matches[0].read_bytes()).decode("utf-8", "replace")


def score_page(page: GoldPage, found: Sequence[Any]) -> PageResult:
    """Match a summary's quotes (objects with .text and .speaker) against one gold page."""
    result = PageResult(key=page.key, url=page.url, gold_quotes=sum(q.kind == "quote" for q in page.quotes))
    result.found = [FoundQuote(q.text, q.speaker) for q in found]
    for fi, gi in match_quotes(page.quotes, [q.text for q in found]).items():
        fq, gq = result.found[fi], page.quotes[gi]
        fq.gold = gq
        if gq.kind == "quote":
            fq.verdict = speaker_verdict(gq.speaker, fq.speaker)
    return result


def evaluate_real(
    summarise_fn: Callable[..., Any] | None = None,
    *,
    corpus: Path | None = None,
    pages: Sequence[GoldPage] | None = None,
) -> RealReport:
    """Run the summariser over every gold page and score its quotes; an exception is recorded, not raised."""
    from summariser import summarise

    fn = summarise_fn or summarise
    base = corpus or corpus_dir()
    results = []
    for page in pages if pages is not None else load_gold():
        try:
            summary = fn(page_html(page.key, base), url=page.url)
        except Exception as exc:  # one failing page must not hide the others; it counts as returning nothing
            failed = PageResult(key=page.key, url=page.url, error=repr(exc))
            failed.gold_quotes = sum(q.kind == "quote" for q in page.quotes)
            results.append(failed)
            continue
        results.append(score_page(page, list(summary.quotes)))
    return RealReport(results)


def load_ceilings(path: Path = CEILINGS_PATH) -> dict[str, float]:
    """The ceilings the test enforces (wrong_speakers, top3_wrong_speakers)."""
    data: dict[str, float] = json.loads(path.read_text(encoding="utf-8"))["ceilings"]
    return data


def lowered(metrics: dict[str, float], ceilings: dict[str, float]) -> dict[str, float]:
    """Ceilings moved down to the measured values; never up."""
    return {name: min(bound, metrics[name]) for name, bound in ceilings.items()}


def save_ceilings(ceilings: dict[str, float], path: Path = CEILINGS_PATH) -> None:
    """Write the ceilings file (keeps its `about` note)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    # counts are whole numbers; keep the file free of "0.0"
    data["ceilings"] = {name: int(v) if float(v).is_integer() else v for name, v in ceilings.items()}
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def add_gold_quote(key: str, text: str, speaker: str | None, *, kind: str = "quote", path: Path = GOLD_PATH) -> None:
    """Add one judged quote to the gold (stored as hashes only; the text itself is not written)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if key not in data["pages"]:
        raise KeyError(f"no gold page {key}")
    entry = {"hashes": quote_hashes(text), "speaker": speaker, "kind": kind, "audit": "added"}
    data["pages"][key]["quotes"].append(entry)
    write_gold(data, path)


def write_gold(data: dict[str, Any], path: Path = GOLD_PATH) -> None:
    """Write gold.json with one line per quote, so diffs stay readable."""
    lines = ["{", f' "about": {json.dumps(data["about"], ensure_ascii=False)},', ' "pages": {']
    keys = sorted(data["pages"])
    for i, key in enumerate(keys):
        page = data["pages"][key]
        lines.append(f'  "{key}": {{"url": {json.dumps(page["url"])}, "quotes": [')
        quotes = page["quotes"]
        lines.extend(
            "   " + json.dumps(q, ensure_ascii=False) + ("," if j < len(quotes) - 1 else "")
            for j, q in enumerate(quotes)
        )
        lines.append("  ]}" + ("," if i < len(keys) - 1 else ""))
    lines += [" }", "}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def is_hash(value: str) -> bool:
    """A stored shingle hash: 12 lower-case hex digits."""
    return bool(_HEX.match(value))
