"""Build a regular expression from a word list as a prefix trie.

Python's `re` tries every branch of a flat alternation at every position; a trie shares prefixes, so a list of a few
hundred words scans a sentence some thirty times faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""


def trie_pattern(words: Iterable[str]) -> str:
    """A non-capturing pattern matching exactly the given words, longest alternative first where they share a prefix."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return _build(root) or "(?!)"


def _build(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    ends = _END in node
    branches = [re.escape(ch) + _build(child) for ch, child in sorted(node.items()) if ch != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        # the word may stop here; greedy "?" keeps the longer word when both match
        return f"(?:{body})?"
    return body


def word_regex(words: Iterable[str], *, ignore_case: bool = False, boundary: str = r"[\w'’-]") -> re.Pattern[str]:
    """Compile `words` to match where no `boundary` character follows; callers check the character before with
    `starts_word` (a leading look-behind would stop `re` from skipping ahead to possible first letters)."""
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(trie_pattern(words) + rf"(?!{boundary})", flags)


def starts_word(text: str, start: int) -> bool:
    """True when `start` is not inside a word (the character before is not a letter, digit, apostrophe or hyphen)."""
    if start == 0:
        return True
    ch = text[start - 1]
    return not (ch.isalnum() or ch in "_'’-")


def words(text: str) -> list[str]:
    """The whitespace-separated words of a lexicon string (keeps long word lists compact in the source)."""
    return text.split()
