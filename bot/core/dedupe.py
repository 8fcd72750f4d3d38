"""Pure dedupe keys: a stable story id, a title key, and a near-duplicate test for syndicated copies.

A story is new once, across all feeds: by guid, by canonical URL, and by near-identical title + lede. The store
persists these keys; nothing here does I/O.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from typing import Protocol

from bot.core.urls import canonical_url, host_of

# Title-token Jaccard at or above this is the same headline (reordered, re-punctuated, a word swapped).
TITLE_SIMILARITY = 0.8
# With moderately similar titles, ledes sharing this much of their word 3-shingles are the same story.
LEDE_SIMILARITY = 0.6
TITLE_SIMILARITY_WITH_LEDE = 0.5
# Ledes this similar are one syndicated story even under a rewritten headline (agency copy).
LEDE_ONLY_SIMILARITY = 0.85
_MIN_LEDE_TOKENS = 12
_MIN_TITLE_TOKENS = 4
_MIN_TITLE_OVERLAP = 0.2

_STOPWORDS = frozenset(
    {"a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "but", "with", "as", "at", "by", "is", "are"}
    | {"was", "were", "be", "been", "from", "over", "after", "into", "its", "it", "this", "that", "says", "say"}
    | {"said", "new"}
)
_APOSTROPHES = re.compile(r"['’‘`´]")
_NON_WORD = re.compile(r"[^\w]+")
_ID_LEN = 16


def _digest(text: str, length: int = _ID_LEN) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


# An entry's title is normalised twice (title key, fingerprint) and a feed's publisher once per entry: remembered.
@functools.lru_cache(maxsize=8192)
def normalise_text(text: str) -> str:
    """Casefolded, accent-free, punctuation-free words separated by single spaces."""
    folded = text.casefold()
    if folded.isascii():  # most headlines: the two substitutions below as one byte-table pass (C, no dict lookups)
        return " ".join(folded.encode("ascii").translate(_ASCII_FOLD, b"'`").decode("ascii").split())
    decomposed = unicodedata.normalize("NFKD", folded)
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", _APOSTROPHES.sub("", folded)).split())


def normalised_words(text: str) -> list[str]:
    """`normalise_text(text).split()`, uncached and without joining the words first (for text seen once)."""
    folded = text.casefold()
    if folded.isascii():
        return folded.encode("ascii").translate(_ASCII_FOLD, b"'`").decode("ascii").split()
    decomposed = unicodedata.normalize("NFKD", folded)
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", _APOSTROPHES.sub("", folded)).split()


# ASCII apostrophes dropped (translate's delete argument), every other ASCII non-word character a space (_APOSTROPHES,
# then _NON_WORD). str.translate with a dict looked up (and missed) each distinct letter, ~5x slower than bytes.
_ASCII_FOLD = bytes(c if chr(c).isalnum() or chr(c) == "_" else 0x20 for c in range(256))


class EntryLike(Protocol):
    """What identity reads of a parsed entry: a FeedEntry, or the parse worker's EntryFields (the same fields)."""

    @property
    def feed(self) -> str: ...
    @property
    def guid(self) -> str | None: ...
    @property
    def url(self) -> str | None: ...
    @property
    def canonical_url(self) -> str | None: ...
    @property
    def title(self) -> str: ...
    @property
    def lede(self) -> str: ...
    @property
    def publisher(self) -> str | None: ...


def story_id(entry: EntryLike) -> str:
    """Stable id: from the guid if any, else the canonical URL, else title + publisher (16 hex chars)."""
    if entry.guid:
        guid = entry.guid.strip()
        if guid.lower().startswith(("http://", "https://")):
            # a permalink guid and the same article's link must give one id
            return _digest("url:" + canonical_url(guid))
        if guid.lower().startswith(("tag:", "urn:")):
            return _digest("guid:" + guid)
        # opaque guids ("4956764") are only unique within one publisher
        scope = host_of(entry.url) or entry.feed
        return _digest(f"guid:{scope}:{guid}")
    if entry.canonical_url:
        return _digest("url:" + entry.canonical_url)
    return _digest("title:" + title_key(entry.title, entry.publisher))


def title_key(title: str, publisher: str | None) -> str:
    """Key for "same headline from the same publisher" (Google News items whose links are redirects)."""
    return _digest(f"{normalise_text(publisher or '')}|{normalise_text(title)}", 32)


def title_tokens(title: str) -> frozenset[str]:
    """Significant words of a headline (normalised, stopwords dropped)."""
    return frozenset(normalise_text(title).split()) - _STOPWORDS


def _shingles(text: str, size: int = 3) -> frozenset[tuple[str, ...]]:
    words = normalise_text(text).split()
    if len(words) < size:
        return frozenset({tuple(words)}) if words else frozenset()
    # every run of `size` consecutive words, built by zip in C (a generator of slices was most of a near-duplicate test)
    return frozenset(zip(*(words[i:] for i in range(size)), strict=False))


def jaccard(a: Iterable[object], b: Iterable[object]) -> float:
    """|A ∩ B| / |A ∪ B| (0.0 for two empty sets)."""
    # sets are used as they are (no copies, no union built): |A ∪ B| = |A| + |B| - |A ∩ B|
    sa = a if isinstance(a, (set, frozenset)) else set(a)
    sb = b if isinstance(b, (set, frozenset)) else set(b)
    common = len(sa & sb)
    union = len(sa) + len(sb) - common
    return common / union if union else 0.0


def content_fingerprint(title: str, lede: str = "") -> str:
    """Exact-match key that survives word order, case, punctuation and stopword changes in the headline.

    `lede` is accepted for symmetry with `is_near_duplicate` but ignored: ledes are often truncated differently
    by each outlet, so only the fuzzy test below uses them.
    """
    del lede
    return _digest(" ".join(sorted(title_tokens(title))), 32)


def is_near_duplicate(a_title: str, a_lede: str, b_title: str, b_lede: str) -> bool:
    """True when two items are the same story: near-identical headlines, or similar headlines and ledes."""
    ta, tb = title_tokens(a_title), title_tokens(b_title)
    if min(len(ta), len(tb)) < _MIN_TITLE_TOKENS:
        # "Grok fined" vs "Grok banned": too short for overlap to mean anything; require equal headlines
        if ta and ta == tb:
            return True
    elif jaccard(ta, tb) >= TITLE_SIMILARITY:
        return True
    la, lb = _shingles(a_lede), _shingles(b_lede)
    if min(len(la), len(lb)) + 2 < _MIN_LEDE_TOKENS:
        return False
    lede_sim = jaccard(la, lb)
    title_sim = jaccard(ta, tb)
    if lede_sim >= LEDE_ONLY_SIMILARITY and (
        title_sim >= _MIN_TITLE_OVERLAP or (_lede_speaks_of(ta, a_lede) and _lede_speaks_of(tb, b_lede))
    ):
        # the headline check keeps a feed's boilerplate description from merging unrelated items
        return True
    return lede_sim >= LEDE_SIMILARITY and title_sim >= TITLE_SIMILARITY_WITH_LEDE


def _lede_speaks_of(title: frozenset[str], lede: str) -> bool:
    # a lede that repeats at least two headline words is about that headline, not site boilerplate
    return len(title & set(normalise_text(lede).split())) >= 2
