"""Paragraph and sentence segmentation, and the quotation-mark spans that sentence splitting must respect.

The spans are found by `_quote_spans` (`QuoteSpan` and `find_quote_spans` are re-exported here).

Paragraphs are separated by one or more newlines. Sentences end at `.`, `!`, `?` or `…` followed by space and a
capital, except after abbreviations (Mr., U.S., No. 10), initials (J. K. Rowling) and inside a closed quotation.

Shared per-document word tokens, computed once on first use and cached on the Document (stages after the split
may adopt them instead of tokenising sentences again):
- `Document.words()[i]`: the word tokens of sentence i as UTF-8 `bytes`, case kept; punctuation (ASCII, curly quotes,
  dashes, ellipsis, no-break spaces) separates tokens, hyphens stay inside them ("Grok-generated"), and an apostrophe
  splits a possessive off ("Ofcom's" -> b"Ofcom", b"s"). Bytes because folding and splitting bytes is C all the way:
  about 1 µs a sentence, several times cheaper than a regex over str.
- `Document.lower_words()[i]`: the same tokens in ASCII lower case.
- `Document.folded()[i]`: `fold_bytes` of sentence i (punctuation as spaces), for byte-level counts and scans.
- `fold_bytes(text)`: the folded bytes of any other string (a title), so `.split()` gives the same tokens.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from summariser._quote_spans import QuoteSpan, find_quote_spans

__all__ = [
    "Document",
    "QuoteSpan",
    "Sentence",
    "alternation",
    "find_quote_spans",
    "fold_bytes",
    "lazy_pattern",
    "split_document",
    "title_tokens",
    "word_set",
]


def lazy_pattern(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A regex compiled on first use: big alternations cost milliseconds each, which import time cannot afford."""
    return cache(lambda: re.compile(pattern, flags))


def has_word(text: str, word: str) -> bool:
    """True when `word` occurs in `text` as a whole word (no letter or digit either side)."""
    if not word:
        return False
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(word, at + 1)
    return False


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


# The last title tokenised, with its tokens: the poller asks relevance() and then summarise() for the same title
# object, and relevance, its keyword pre-test and key points each want the title's tokens. Keyed by identity (only
# that very string hits) and held here, so its id cannot be reused meanwhile.
_last_title: list[tuple[str, list[bytes], list[bytes]]] = []


def title_tokens(title: str) -> tuple[list[bytes], list[bytes]]:
    """`fold_bytes(title).split()` and its ASCII lower-case tokens, reused while the same title object comes back;
    shared lists: never change them."""
    last = _last_title[0] if _last_title else None  # one read: another thread may replace the entry
    if last is not None and last[0] is title:
        return last[1], last[2]
    folded = title.encode()  # `fold_bytes`, inlined
    if len(folded) != len(title):
        folded = _WIDE_PUNCT.sub(b" ", folded)
    folded = folded.translate(_PUNCT_TABLE)
    words, lows = folded.split(), folded.lower().split()
    _last_title[:] = [(title, words, lows)]
    return words, lows


@dataclass(frozen=True, slots=True)
class Document:
    """A plain-text article: paragraphs, sentences and the quotation spans found in each paragraph."""

    text: str
    paragraphs: list[str]
    sentences: list[Sentence]
    spans: list[list[QuoteSpan]] = field(default_factory=list)
    # per-document results computed on first use (word tokens); not part of equality or repr
    _memo: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def folded(self) -> list[bytes]:
        """`fold_bytes` of each sentence (its `.split()` is `words()`); cached."""
        return self.tokens()[0]

    def words(self) -> list[list[bytes]]:
        """Word tokens of each sentence as UTF-8 bytes, case kept (see the module docstring); cached."""
        return self.tokens()[1]

    def lower_words(self) -> list[list[bytes]]:
        """`words()` in ASCII lower case; cached."""
        return self.tokens()[2]

    def tokens(self) -> tuple[list[bytes], list[list[bytes]], list[list[bytes]]]:
        """`folded()`, `words()` and `lower_words()` at once (every caller wants two or three of them); cached."""
        found: tuple[list[bytes], list[list[bytes]], list[list[bytes]]] | None = self._memo.get("tokens")
        if found is None:
            folded: list[bytes] = []
            words: list[list[bytes]] = []
            lows: list[list[bytes]] = []
            # one loop, `fold_bytes` inlined: per sentence, not once for the whole text (most sentences are ASCII,
            # which encodes as a copy)
            for sentence in self.sentences:
                text = sentence.text
                raw = text.encode()
                if len(raw) != len(text):
                    raw = _WIDE_PUNCT.sub(b" ", raw)
                raw = raw.translate(_PUNCT_TABLE)
                folded.append(raw)
                words.append(raw.split())
                lows.append(raw.lower().split())
            found = self._memo["tokens"] = (folded, words, lows)
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
    "approx dept est jr sr bzw vgl ggf evtl inkl"
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
# end punctuation (the first mark, then any closing marks) and the space before a capital, digit or opening mark;
# a lone first class, not `[.!?…]+`, lets `re` skip to candidate characters instead of trying every position
# capitals beyond ASCII start sentences too ("Élisabeth Borne said", "Łukasz Nowak said"): Latin, Greek and Cyrillic
UPPER_LETTERS = "".join(
    c for r in ((0xC0, 0x250), (0x370, 0x400), (0x400, 0x530)) for c in map(chr, range(*r)) if c.isupper()
)
# Korean has no capitals but spaces after its full stops: a Hangul syllable after ". " opens a sentence
_HANGUL = "\uac00-\ud7a3"
# a match starts only at the first mark of a run and its quantifiers never give back: a run of 2,000 "?" in
# mis-decoded text is one linear scan, not one scan per mark (quadratic); the pattern opens on the mark itself (the
# look-behind that it is the first comes after it), so `re` skips from mark to mark instead of trying every position
_BOUNDARY = re.compile(
    rf"([.!?…])(?<![.!?…][.!?…])[.!?…]*+([\"”’')\]]*+)\s+(?=[\"“‘'(\[]?[A-Z0-9{UPPER_LETTERS}{_HANGUL}]|[\"“‘'][a-z]"
    # a brand written in lower camel case opens a sentence too ("xAI did not respond.", "eSafety said", "techUK")
    r"|[a-z]{1,4}[A-Z])"
)
_NEXT_WORD = re.compile(r"[\"“‘'(\[]?(\w[\w’'-]*)")
# "Is this right?" Mr Musk asked. -- the attribution after a closing mark stays with its quote
_ATTRIBUTION_AFTER = lazy_pattern(
    r"(?:[\w’'.,-]+\s+){0,4}?(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|tweeted|posted|insisted|"
    r"replied|warned|warns|explained|continued|argued|claimed)\b"
)
_CLOSERS = "\"”’'"
# A frozen dataclass's __init__ sets each field through object.__setattr__; the slot descriptors set them directly,
# at half the cost per sentence. The object is the same (no __post_init__ to skip) and stays frozen.
_NEW = object.__new__
_SET_INDEX, _SET_PARAGRAPH, _SET_TEXT, _SET_START = (
    Sentence.__dict__[name].__set__ for name in ("index", "paragraph", "text", "start")
)


_DOCUMENT_SETTERS = tuple(
    Document.__dict__[name].__set__ for name in ("text", "paragraphs", "sentences", "spans", "_memo")
)


def _document(text: str, paragraphs: list[str], sentences: list[Sentence], spans: list[list[QuoteSpan]]) -> Document:
    """`Document(text, paragraphs, sentences, spans)`, built faster (see above)."""
    document: Document = _NEW(Document)
    set_text, set_paragraphs, set_sentences, set_spans, set_memo = _DOCUMENT_SETTERS
    set_text(document, text)
    set_paragraphs(document, paragraphs)
    set_sentences(document, sentences)
    set_spans(document, spans)
    set_memo(document, {})
    return document


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """`text` with lone surrogates (undecodable bytes let through upstream) as U+FFFD: UTF-8 can encode the result,
    and every offset stays where it was."""
    if text.isascii():
        return text
    # UTF-8 refuses exactly the surrogate code points: encoding is a C loop ten times cheaper than a regex search
    try:
        text.encode()
    except UnicodeEncodeError:
        return _LONE_SURROGATE.sub("\ufffd", text)
    return text


def split_document(text: str) -> Document:
    """Split text into paragraphs (blank or single newlines) and sentences, indexed in article order."""
    if not text.isascii():
        text = without_surrogates(text)
    # lines, stripped, blank ones dropped: the same pieces as splitting at whitespace runs that hold a newline
    if "\n" in text or "\r" in text:
        paragraphs = [p for p in (line.strip() for line in text.replace("\r", "\n").split("\n")) if p]
        spans = [find_quote_spans(para) for para in paragraphs]
    else:  # one line (most feed items): no generator and no comprehension
        para = text.strip()
        paragraphs = [para] if para else []
        spans = [find_quote_spans(para)] if para else []
    sentences: list[Sentence] = []
    append = sentences.append
    new, set_index, set_paragraph, set_text, set_start = _NEW, _SET_INDEX, _SET_PARAGRAPH, _SET_TEXT, _SET_START
    for pi, para in enumerate(paragraphs):
        # a boundary needs end punctuation with a space after it, so not as the last character: a one-sentence
        # paragraph without inner punctuation (most quotes and short paragraphs) skips the regex
        last = len(para) - 1
        find = para.find
        if find(".", 0, last) < 0 and find("?", 0, last) < 0 and find("!", 0, last) < 0 and find("…", 0, last) < 0:
            pieces = [(0, para)]  # stripped and not empty: the whole paragraph
        else:
            pieces = _split_paragraph(para, spans[pi])
        for start, chunk in pieces:
            # the Sentence built through its slot setters (see above), here: a call per sentence costs more
            sentence: Sentence = new(Sentence)
            set_index(sentence, len(sentences))
            set_paragraph(sentence, pi)
            set_text(sentence, chunk)
            set_start(sentence, start)
            append(sentence)
    return _document(text, paragraphs, sentences, spans)


def _split_paragraph(para: str, spans: list[QuoteSpan]) -> list[tuple[int, str]]:
    """(offset, text) of the sentences of one stripped paragraph (never holding a newline)."""
    pieces: list[tuple[int, str]] = []
    begin = 0
    # closed quotations, by start: a cut inside one is no boundary (bisect keeps many quotes linear)
    protected = [(s.start, s.end) for s in spans if s.closed] if spans else []
    starts = [a for a, _ in protected] if protected else protected
    for start, cut, first, closers in _boundaries(para):
        if starts:
            i = bisect_left(starts, cut) - 1  # the closed span starting before the cut, if any
            if i >= 0 and cut < protected[i][1]:
                continue
        if closers and closers[0] in _CLOSERS and closers[-1] in _CLOSERS and _ATTRIBUTION_AFTER().match(para, cut):
            continue
        if first == ".":
            # an ordinary word before the full stop ends the sentence (`_full_stop_ends`' first test, inlined)
            word = para[para.rfind(" ", 0, start) + 1 : start]
            ordinary = len(word) > 4 and (low := word.lower()) not in _NEVER_FINAL and low not in _MAYBE_FINAL
            if not (ordinary and word[0].isalnum()) and not _full_stop_ends(para, start, cut):
                continue
        pieces.append((begin, para[begin:cut].rstrip()))  # never empty: it holds the end punctuation
        begin = cut
    pieces.append((begin, para[begin:]))  # the paragraph is stripped and `cut` is followed by a word
    return pieces


# a boundary as `_BOUNDARY` finds it: (start, end, first mark, closing marks)
Boundary = tuple[int, int, str, str]


def _boundaries(para: str) -> list[Boundary]:
    """`_BOUNDARY.finditer(para)` as (start, end, group 1, group 2), tried only where it can match when full stops are
    the only end marks (most paragraphs): `re` scanning for a mark costs ~90 instructions a character, `str.find` a
    fraction of one."""
    if "?" in para or "!" in para or "…" in para:
        return [(m.start(), m.end(), m[1], m[2]) for m in _BOUNDARY.finditer(para)]
    found: list[Boundary] = []
    find = para.find
    at = find(".")
    while at >= 0:
        # the pattern opens on the mark and needs more marks, closing marks or a space after it: a letter or digit
        # right after ("U.S.", "3.5", "x.com") or the paragraph's end rules it out without trying
        after = para[at + 1 : at + 2]
        if after == " " and "A" <= para[at + 2 : at + 3] <= "Z" and (at == 0 or para[at - 1] != "."):
            # the commonest boundary, ". The": a lone full stop (the look-behind holds), no closing mark, one space,
            # a capital: what the pattern matches there, without trying it
            found.append((at, at + 2, ".", ""))
            at = find(".", at + 2)
            continue
        if after and not after.isalnum():
            # a match here is the one `finditer` finds: it would have tried every position before, where no mark is
            # (its look-behind sees the text before `at`, as when scanning)
            m = _BOUNDARY.match(para, at)
            if m is not None:
                found.append((at, m.end(), m[1], m[2]))
                at = find(".", m.end())
                continue
        at = find(".", at + 1)
    return found


def _full_stop_ends(para: str, start: int, cut: int) -> bool:
    """Does the full stop at `start` end a sentence, judging by the word before it (and the next, if need be)?"""
    word = para[para.rfind(" ", 0, start) + 1 : start].lstrip("(\"“‘'")
    if not word:
        return True
    low = word.lower()
    if low not in _NEVER_FINAL and low not in _MAYBE_FINAL and len(word) > 4:
        return True  # an ordinary word ends the sentence: no need to look at the next one
    if low in _NEVER_FINAL:
        # "No. 10" and "Mr. Musk" never end a sentence; "the answer was no." does
        return low == "no" and not _next_word(para, cut)[:1].isdigit() and word != "No"
    if low in _MAYBE_FINAL or (len(word) <= 4 and "." in word and word.replace(".", "").isalpha()):
        return _next_word(para, cut) in _STARTERS
    if len(word) == 1 and word.isupper():
        # "J. K. Rowling" is an initial; "posted on X. Ofcom said" ends a sentence (X is the platform)
        return word == "X" or _next_word(para, cut) in _STARTERS
    return True


def _next_word(para: str, at: int) -> str:
    nxt = _NEXT_WORD.match(para, at)
    return nxt.group(1) if nxt else ""
