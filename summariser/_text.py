"""Paragraph and sentence segmentation, and the quotation-mark spans that sentence splitting must respect.

Paragraphs are separated by one or more newlines. Sentences end at `.`, `!`, `?` or `…` followed by space and a
capital, except after abbreviations (Mr., U.S., No. 10), initials (J. K. Rowling) and inside a closed quotation.

Shared per-document word tokens, computed once on first use and cached on the Document (stages after the split
may adopt them instead of tokenising sentences again):
- `Document.words()[i]`: the word tokens of sentence i as UTF-8 `bytes`, case kept; punctuation (ASCII, curly quotes,
  dashes, ellipsis, no-break spaces) separates tokens, hyphens stay inside them ("Grok-generated"), and an apostrophe
  splits a possessive off ("Ofcom's" -> b"Ofcom", b"s"). Bytes because folding and splitting bytes is C all the way:
  about 1 µs a sentence, several times cheaper than a regex over str.
- `Document.lower_words()[i]`: the same tokens in ASCII lower case.
- `fold_bytes(text)`: the folded bytes of any other string (a title), so `.split()` gives the same tokens.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

__all__ = [
    "Document",
    "QuoteSpan",
    "Sentence",
    "alternation",
    "find_quote_spans",
    "fold_bytes",
    "lazy_pattern",
    "split_document",
    "word_set",
]


def lazy_pattern(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A regex compiled on first use: big alternations cost milliseconds each, which import time cannot afford."""
    return cache(lambda: re.compile(pattern, flags))


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of a lexicon string."""
    return frozenset(text.split())


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal strings as a prefix trie (fast in `re`): at each position it matches the longest
    word it can, as a flat longest-first alternation would, but tests each character once instead of once per word."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + (_trie(root) or "(?!)") + ")"


def _trie(node: dict[str, Any]) -> str:
    branches = [re.escape(ch) + _trie(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # a word may stop here: the greedy "?" tries the longer words first and backtracks to this one
    return f"(?:{body})?" if "" in node else body


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its index in the article, its paragraph, its text and its offset within the paragraph."""

    index: int
    paragraph: int
    text: str
    start: int = 0

    @property
    def end(self) -> int:
        """Offset just past the sentence within its paragraph."""
        return self.start + len(self.text)


# ASCII punctuation except the hyphen and underscore (word characters of compounds and handles)
_ASCII_PUNCT = b"!\"#$%&'()*+,./:;<=>?@[\\]^`{|}~"
_PUNCT_TABLE = bytes.maketrans(_ASCII_PUNCT, b" " * len(_ASCII_PUNCT))
# U+2000-U+203F (spaces, dashes, curly quotes, bullets, ellipsis) and no-break space, guillemets, middle dot in UTF-8
_WIDE_PUNCT = re.compile(rb"\xe2\x80[\x80-\xbf]|\xc2[\xa0\xab\xbb\xb7]")


def fold_bytes(text: str) -> bytes:
    """`text` as UTF-8 with punctuation turned into spaces (hyphens and case kept): `.split()` gives its word tokens."""
    raw = text.encode()
    if len(raw) != len(text):  # not ASCII: the multi-byte punctuation first
        raw = _WIDE_PUNCT.sub(b" ", raw)
    return raw.translate(_PUNCT_TABLE)


@dataclass(frozen=True, slots=True)
class Document:
    """A plain-text article: paragraphs, sentences and the quotation spans found in each paragraph."""

    text: str
    paragraphs: list[str]
    sentences: list[Sentence]
    spans: list[list[QuoteSpan]] = field(default_factory=list)
    # per-document results computed on first use (word tokens); not part of equality or repr
    _memo: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def words(self) -> list[list[bytes]]:
        """Word tokens of each sentence as UTF-8 bytes, case kept (see the module docstring); cached."""
        found: list[list[bytes]] | None = self._memo.get("words")
        if found is None:
            folded = self._memo["folded"] = [fold_bytes(s.text) for s in self.sentences]
            found = self._memo["words"] = [f.split() for f in folded]
        return found

    def lower_words(self) -> list[list[bytes]]:
        """`words()` in ASCII lower case; cached."""
        found: list[list[bytes]] | None = self._memo.get("lower_words")
        if found is None:
            if "folded" not in self._memo:
                self.words()
            found = self._memo["lower_words"] = [f.lower().split() for f in self._memo["folded"]]
        return found

    def sentence_at(self, paragraph: int, offset: int) -> Sentence | None:
        """The sentence of `paragraph` that contains character `offset` (offsets within the paragraph)."""
        best: Sentence | None = None
        for sent in self.sentences:
            if sent.paragraph == paragraph and sent.start <= offset:
                best = sent
            elif sent.paragraph > paragraph:
                break
        return best


# never end a sentence: titles before names, "No. 10", "St. Louis"
_NEVER_FINAL = word_set(
    "mr mrs ms messrs dr prof sen rep gov gen lt col sgt capt cmdr adm rev hon st mt ft no nos vs v fig pp vol "
    "approx dept est jr sr"
)
# may end a sentence, so split only when a typical sentence opener follows
_MAYBE_FINAL = word_set(
    "inc ltd co corp plc llc etc al jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m u.s u.k e.u u.n d.c"
)
_STARTERS = word_set(
    "The He She It They We I You But And In On At A An This That These Those Its His Her Their Our Your However "
    "Meanwhile Earlier Later Last Now Then There Some Many Most One Two Three After Before When While If As For "
    "Since Under Asked Speaking According Ofcom Mr Mrs Ms Dr Sir Dame Lord Lady"
)
_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9]|[\"“‘'][a-z])")
_NEXT_WORD = re.compile(r"[\"“‘'(\[]?(\w[\w’'-]*)")
# "Is this right?" Mr Musk asked. -- the attribution after a closing mark stays with its quote
_ATTRIBUTION_AFTER = lazy_pattern(
    r"(?:[\w’'.,-]+\s+){0,4}?(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|tweeted|posted|insisted|"
    r"replied|warned|warns|explained|continued|argued|claimed)\b"
)
_CLOSERS = "\"”’'"


def split_document(text: str) -> Document:
    """Split text into paragraphs (blank or single newlines) and sentences, indexed in article order."""
    # lines, stripped, blank ones dropped: the same pieces as splitting at whitespace runs that hold a newline
    paragraphs = [p for p in (line.strip() for line in text.replace("\r", "\n").split("\n")) if p]
    sentences: list[Sentence] = []
    spans: list[list[QuoteSpan]] = []
    for pi, para in enumerate(paragraphs):
        para_spans = find_quote_spans(para)
        spans.append(para_spans)
        for start, chunk in _split_paragraph(para, para_spans):
            sentences.append(Sentence(len(sentences), pi, chunk, start))
    return Document(text=text, paragraphs=paragraphs, sentences=sentences, spans=spans)


def _split_paragraph(para: str, spans: list[QuoteSpan]) -> list[tuple[int, str]]:
    # a boundary needs end punctuation with a space after it, so not as the last character: a one-sentence
    # paragraph without inner punctuation (most quotes and short paragraphs) skips the regex
    last = len(para) - 1
    find = para.find
    if find(".", 0, last) < 0 and find("?", 0, last) < 0 and find("!", 0, last) < 0 and find("…", 0, last) < 0:
        tail = para.rstrip()
        return [(0, tail)] if tail else []
    protected = [(s.start, s.end) for s in spans if s.closed]
    starts = [a for a, _ in protected]
    pieces: list[tuple[int, str]] = []
    begin = 0
    for m in _BOUNDARY.finditer(para):
        cut = m.end()
        i = bisect_left(starts, cut) - 1  # the closed span starting before the cut, if any
        if (i >= 0 and cut < protected[i][1]) or not _is_boundary(para, m):
            continue
        chunk = para[begin:cut].rstrip()
        if chunk:
            pieces.append((begin, chunk))
        begin = cut
    tail = para[begin:].rstrip()
    if tail:
        pieces.append((begin, tail))
    return pieces


def _is_boundary(para: str, m: re.Match[str]) -> bool:
    punct = m.group()
    if (
        punct.rstrip()[-1] in _CLOSERS
        and punct.lstrip(".!?…")[:1] in _CLOSERS
        and _ATTRIBUTION_AFTER().match(para, m.end())
    ):
        return False
    if not punct.startswith("."):
        return True
    space = max(para.rfind(" ", 0, m.start()), para.rfind("\n", 0, m.start()))
    word = para[space + 1 : m.start()].lstrip("(\"“‘'")
    if not word:
        return True
    low = word.lower()
    if low not in _NEVER_FINAL and low not in _MAYBE_FINAL and len(word) > 4:
        return True  # an ordinary word ends the sentence: no need to look at the next one
    nxt = _NEXT_WORD.match(para, m.end())
    next_word = nxt.group(1) if nxt else ""
    if low in _NEVER_FINAL:
        # "No. 10" and "Mr. Musk" never end a sentence; "the answer was no." does
        return low == "no" and not next_word[:1].isdigit() and word != "No"
    if low in _MAYBE_FINAL or (len(word) <= 4 and "." in word and word.replace(".", "").isalpha()):
        return next_word in _STARTERS
    if len(word) == 1 and word.isupper():
        # "J. K. Rowling" is an initial; "posted on X. Ofcom said" ends a sentence (X is the platform)
        return word == "X" or next_word in _STARTERS
    return True


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Outer quotation marks in one paragraph: `start` is the opening mark, `end` is just past the closing mark."""

    start: int
    end: int
    closed: bool
    single: bool = False

    @property
    def inner(self) -> tuple[int, int]:
        """Offsets of the quoted words, marks excluded."""
        return self.start + 1, (self.end - 1 if self.closed else self.end)


_DOUBLE_MARKS = '"“”„«»'
_SINGLE_MARKS = "'‘’‚"
_DOUBLE = re.compile(f"[{_DOUBLE_MARKS}]")
_CURLY_PAIR = re.compile("“[^“”]*”")
_SINGLE = re.compile(f"[{_SINGLE_MARKS}]")
# '90s, rock 'n' roll, 'tis, 'em: apostrophes that sit where an opening mark could
_ELISION = re.compile(r"(?:n['’]\s|\d0s\b|\d0['’]s|tis\b|twas\b|em\b|cause\b|til\b)", re.IGNORECASE)
_OPEN_PREV = frozenset(' \t([{—–-/:;"“')
_CLOSE_NEXT = frozenset(' \t,.;:!?)]}—–-"”')
_FOLLOW_WORD = re.compile(r"[a-z]+")
_FUNCTION_WORDS = word_set(
    "and or but to as when that which while with for in on at by after before because so if than"
)
_SPEECH_AFTER = re.compile(
    r"\s+(?:he|she|they|it|said|says|added|adds|told|wrote|according|insisted|warned|argued)\b", re.IGNORECASE
)


def find_quote_spans(para: str) -> list[QuoteSpan]:
    """Outer quotation spans of one paragraph in order: double marks (straight or curly) or British single marks."""
    doubles = _double_spans(para)
    singles = _single_spans(para)
    if not singles:
        return doubles
    if not doubles:
        return singles
    # whichever style is outer wins; a span inside (or crossing) a span of the other style is nested
    keep_d = [d for d in doubles if not any(s.start < d.start < s.end for s in singles)]
    keep_s = [s for s in singles if not any(d.start < s.start < d.end or s.start < d.start < s.end for d in keep_d)]
    return sorted(keep_d + keep_s, key=lambda s: s.start)


def _double_spans(para: str) -> list[QuoteSpan]:
    if '"' not in para and "“" not in para and "”" not in para and "„" not in para and "«" not in para:
        return [] if "»" not in para else _double_marks(para)  # substring tests are far cheaper than a regex scan
    if '"' not in para and "„" not in para and "«" not in para and "»" not in para:
        # curly marks only (most copy): when every “ is closed by the next ” the spans are those pairs, which is
        # what the mark-by-mark walk below finds, in one C scan
        pairs = [QuoteSpan(m.start(), m.end(), True) for m in _CURLY_PAIR.finditer(para)]
        if para.count("“") == len(pairs) == para.count("”"):
            return pairs
    return _double_marks(para)


def _double_marks(para: str) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    open_at, depth = -1, 0
    for m in _DOUBLE.finditer(para):
        i, c = m.start(), m.group()
        prev = para[i - 1] if i else " "
        nxt = para[i + 1] if i + 1 < len(para) else " "
        if open_at < 0:
            if c in "”»" or (c == '"' and (nxt.isspace() or nxt in ",.;:!?") and not prev.isspace()):
                continue  # a stray closing mark
            open_at, depth = i, 1
        elif c in "“„«":
            depth += 1
        elif c in "”»" or prev not in " \t" or nxt in " \t":
            depth -= 1
            if depth <= 0 or c == '"':
                spans.append(QuoteSpan(open_at, i + 1, True))
                open_at, depth = -1, 0
    if open_at >= 0:
        spans.append(QuoteSpan(open_at, len(para), False))
    return spans


def _single_spans(para: str) -> list[QuoteSpan]:
    if "'" not in para and "‘" not in para and "‚" not in para:
        return []  # ’ never opens a span: curly apostrophes ("Ofcom’s") alone make none
    spans: list[QuoteSpan] = []
    open_at = -1
    for m in _SINGLE.finditer(para):
        i, c = m.start(), m.group()
        prev = para[i - 1] if i else " "
        nxt = para[i + 1] if i + 1 < len(para) else " "
        if open_at < 0:
            if c != "’" and prev in _OPEN_PREV and (nxt.isalnum() or nxt in '"“') and not _ELISION.match(para, i + 1):
                open_at = i
        elif _closes_single(para, i, prev, nxt):
            spans.append(QuoteSpan(open_at, i + 1, True, single=True))
            open_at = -1
    if open_at == 0:  # an unclosed single mark only counts where a run-on quote paragraph opens
        spans.append(QuoteSpan(0, len(para), False, single=True))
    return spans


def _closes_single(para: str, i: int, prev: str, nxt: str) -> bool:
    if prev.isspace() or para[i] == "‘" or (nxt not in _CLOSE_NEXT and not nxt.isspace() and i + 1 < len(para)):
        return False
    if para[i - 2 : i] in ("'n", "’n"):  # rock 'n' roll
        return False
    if prev in "sS" and nxt == " " and para[i + 2 : i + 3].islower():
        # "the regulators' powers": a plural possessive, unless speech or a function word follows
        # ('…images' and that …, '…regulators' she said)
        follow = _FOLLOW_WORD.match(para, i + 2)
        return bool(_SPEECH_AFTER.match(para, i + 1)) or (follow is not None and follow.group() in _FUNCTION_WORDS)
    return True
