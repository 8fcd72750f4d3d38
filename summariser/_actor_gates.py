"""Exact shortcuts for the span scans of `_actor_spans.find_spans`: a scan whose every valid match needs a word the
sentence lacks is not run, and the lexicon scan skips the lower-case aliases a sentence cannot hold.

A sentence's word set (`_actions._word_set`) lists its runs of letters, digits and hyphens, lower-cased. Where the
sentence is printable ASCII without "_" (plus the curly quotes and dashes the word set splits at), those runs are
exactly what lies between the characters a trie scan's edges reject, so "no such word" means "no valid match".
"""

from __future__ import annotations

import re
import string

from summariser._actor_patterns import _ALIASES, _HEAD_RE, _ORG_HEADS, _ORG_RE, _PLACES, _ROLE_WORDS
from summariser._givennames import GIVEN_NAMES
from summariser._lazy_re import LazyRe, lazy_re
from summariser._trie import trie_pattern

# anything but printable ASCII other than "_", and the non-ASCII marks that split the caller's word set
_NOT_PLAIN = lazy_re("[^\x20-\x5e\x60-\x7e“”‘’—–…]")
_SPLIT = str.maketrans(dict.fromkeys(string.punctuation.replace("-", "") + "“”‘’—–…", " "))


def plain_words(text: str, words: set[str] | None) -> set[str] | None:
    """`words` when they are exactly the sentence's word runs (see the module docstring), else None."""
    if words is None or _NOT_PLAIN.search(text) is not None:
        return None
    return words


def _first_word(name: str) -> str:
    """The first entry `name` puts in a word set: "New Mexico" -> "new", "U.S. Senate" -> "u"."""
    return name.lower().translate(_SPLIT).split()[0]


_PLACE_FIRST = frozenset(_first_word(p) for p in _PLACES)
_ROLE_FIRST = frozenset(_first_word(w) for w in _ROLE_WORDS)
_HEAD_WORDS = frozenset(h.lower() for h in _ORG_HEADS.split("|"))
# given names with a gender: `_NAME_RE` keeps only a match whose first word is one
_GIVEN = frozenset(name for name, gender in GIVEN_NAMES.items() if gender)


def may_name_place(words: set[str] | None) -> bool:
    """Can `_PLACE_RE` find a place that starts a word? (`words`: from `plain_words`; None: maybe.)"""
    return words is None or not _PLACE_FIRST.isdisjoint(words)


def may_name_role(text: str, words: set[str] | None) -> bool:
    """Can `_ROLE_NAME` find a role word that starts a word ("minister Kim Jae-won")? Its caller lets a hyphen stand
    before the role ("ex-minister"), inside a word run, so sentences holding one keep the scan."""
    return words is None or "-" in text or not _ROLE_FIRST.isdisjoint(words)


def may_name_given(words: set[str] | None) -> bool:
    """Can `_NAME_RE` find a known given name followed by capitalised words?"""
    return words is None or not _GIVEN.isdisjoint(words)


def may_have_head(text: str, words: set[str] | None) -> bool:
    """Does `_HEAD_RE` find an organisation head ("Commission", "Office")? A hyphen can end a head ("Office-holder"
    is one word run but `\\b` splits it), so sentences holding one keep the scan."""
    if words is not None and "-" not in text and _HEAD_WORDS.isdisjoint(words):
        return False
    return _HEAD_RE.search(text) is not None


# the lexicon scan without its lower-case aliases ("the regulator", "xAI", "eSafety"): those start at a lower-case
# letter, so the two tries try the same branches at every capital; a sentence holding none of them anywhere (even
# inside a word: "breathe Garante" holds "the Garante", whose match hides "Garante") gets the same matches
_LOWER_ALIASES = [name for name in _ALIASES if not name[:1].isupper()]
# (`_ORG_RE` is `word_regex(_ALIASES, …)`: the same trie and edge, compiled on first use to keep import cheap)
_ORG_UPPER = lazy_re(trie_pattern([name for name in _ALIASES if name[:1].isupper()]) + r"(?![\w-]|['’]\w\w)")
_LOWER_THE = lazy_re("the (?:" + trie_pattern([n[4:] for n in _LOWER_ALIASES if n.startswith("the ")]) + ")")
_OTHER = [n for n in _LOWER_ALIASES if not n.startswith("the ")]
# the others as substrings, those holding a shorter one left out ("xAI Holdings" holds "xAI")
_LOWER_OTHER = tuple(n for n in _OTHER if not any(o != n and o in n for o in _OTHER))


def org_scan(text: str) -> re.Pattern[str] | LazyRe:
    """`_ORG_RE`, or the upper-case trie when `text` holds no lower-case alias (the same matches, fewer tries)."""
    if _LOWER_THE.search(text) is not None:
        return _ORG_RE
    for name in _LOWER_OTHER:
        if name in text:
            return _ORG_RE
    return _ORG_UPPER
