"""Quotation-mark spans of one paragraph: double marks (straight or curly) and British single marks, apostrophes not.

The mark-by-mark walks below define the spans; the common cases (curly pairs, straight marks only, apostrophes that
cannot open a span) are found by one regex scan each, which gives the walks' result without a Python loop per mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["QuoteSpan", "find_quote_spans"]


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


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


# A frozen dataclass's __init__ sets each field through object.__setattr__; the slot descriptors set them directly,
# at half the cost. The object is the same (no __post_init__ to skip) and stays frozen.
_NEW = object.__new__
_SET_START, _SET_END, _SET_CLOSED, _SET_SINGLE = (
    QuoteSpan.__dict__[name].__set__ for name in ("start", "end", "closed", "single")
)


_DOUBLE_MARKS = '"“”„«»'
_SINGLE_MARKS = "'‘’‚"
_DOUBLE = re.compile(f"[{_DOUBLE_MARKS}]")
_CURLY_PAIR = re.compile("“[^“”]*”")
# Straight marks only, as `_double_marks` pairs them: an opening mark is not a stray closer (space or end before it,
# or no space, punctuation or end after it); the span closes at the first later mark with no space or tab before it
# or a space, tab or end after it; with none, it runs to the paragraph end (group 1 unset)
_STRAIGHT_PAIR = re.compile(r'"(?:(?<!\S.)|(?![\s,.;:!?]|\Z))(?:(?:[^"]++|(?<=[ \t])"(?=[^ \t]))*+(")|.*)', re.DOTALL)
_SINGLE = re.compile(f"[{_SINGLE_MARKS}]")
# a single mark that may open a span (`_single_spans`' first test, elisions aside): none means no span
_SINGLE_OPENER = re.compile(r"['‘‚](?<![^ \t(\[{—–\-/:;\"“].)(?=[^\W_]|[\"“])")
# '90s, rock 'n' roll, 'tis, 'em: apostrophes that sit where an opening mark could
_ELISION = re.compile(r"(?:n['’]\s|\d0s\b|\d0['’]s|tis\b|twas\b|em\b|cause\b|til\b)", re.IGNORECASE)
_OPEN_PREV = frozenset(' \t([{—–-/:;"“')
_CLOSE_NEXT = frozenset(' \t,.;:!?)]}—–-"”')
_FOLLOW_WORD = re.compile(r"[a-z]+")
_FUNCTION_WORDS = _word_set(
    "and or but to as when that which while with for in on at by after before because so if than"
)
_SPEECH_AFTER = re.compile(
    r"\s+(?:he|she|they|it|said|says|added|adds|told|wrote|according|insisted|warned|argued)\b", re.IGNORECASE
)


def find_quote_spans(para: str) -> list[QuoteSpan]:
    """Outer quotation spans of one paragraph in order: double marks (straight or curly) or British single marks."""
    if (
        '"' not in para
        and "'" not in para
        and "“" not in para
        and "”" not in para
        and "‘" not in para
        and "„" not in para
        and "«" not in para
        and "»" not in para
        and "‚" not in para
    ):
        return []  # no mark that opens or closes a span (’ alone never does): the tests below, without two calls
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
    if "“" not in para and "”" not in para and "„" not in para and "«" not in para and "»" not in para:
        if '"' not in para:
            return []  # substring tests are far cheaper than a regex scan
        spans: list[QuoteSpan] = []
        for m in _STRAIGHT_PAIR.finditer(para):
            span: QuoteSpan = _NEW(QuoteSpan)  # through the slot setters, inline: a call per span costs more
            start, end = m.span()
            _SET_START(span, start)
            _SET_END(span, end)
            _SET_CLOSED(span, m.group(1) is not None)
            _SET_SINGLE(span, False)
            spans.append(span)
        return spans
    if '"' not in para and "„" not in para and "«" not in para and "»" not in para:
        # curly marks only (most copy): when every “ is closed by the next ” the spans are those pairs, which is
        # what the mark-by-mark walk below finds, in one C scan
        pairs: list[QuoteSpan] = []
        for m in _CURLY_PAIR.finditer(para):
            span = _NEW(QuoteSpan)  # built through the slot setters (as above)
            start, end = m.span()
            _SET_START(span, start)
            _SET_END(span, end)
            _SET_CLOSED(span, True)
            _SET_SINGLE(span, False)
            pairs.append(span)
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
    if not _may_open_single(para):
        return []  # no mark can open a span: the walk would find none
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


def _may_open_single(para: str) -> bool:
    """`_SINGLE_OPENER.search(para) is not None`, mark by mark: most paragraphs hold an apostrophe ("Australia's"),
    and `re` scanning a paragraph for one costs ~90 instructions a character, `str.find` a fraction of one."""
    for mark in "'‘‚":
        i = para.find(mark)
        while i >= 0:
            nxt = para[i + 1 : i + 2]
            # a letter or digit (`[^\W_]`) or a double mark after it, and the start or an opening character before
            if (nxt.isalnum() or nxt == '"' or nxt == "“") and (i == 0 or para[i - 1] in _OPEN_PREV):
                return True
            i = para.find(mark, i + 1)
    return False


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
