"""An organisation's acronym the article never spells out: "the Drug Enforcement Administration" named once, then
"the DEA says that …". The capitals of the full name's words are its acronym when exactly one organisation in the
article has those initials."""

from __future__ import annotations

from collections.abc import Container, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (_people imports this module)
    from summariser._people import Mention

# small words a name's acronym leaves out: "Federal Bureau of Investigation" -> FBI
_SKIP = frozenset({"of", "for", "and", "the", "on", "in", "&", "to"})
# three letters at least: two-letter initials ("EC", "UN") stand for too many things
_MIN_LETTERS = 3


def initial_aliases(text: str, mentions: Iterable[Mention], known: Container[str]) -> dict[str, str]:
    """{acronym: organisation} for each acronym in `text` made of the initials of one organisation named in full
    (three or more capitalised words); acronyms `known` already stand for something are left alone."""
    candidates: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind != "org" or m.canonical != m.text or m.text.count(" ") < 2:
            continue
        words = [w for w in m.text.split() if w not in _SKIP]
        if not all(w[:1].isupper() and w[:1].isalpha() for w in words):
            continue
        acronym = "".join(w[0] for w in words)
        if len(acronym) >= _MIN_LETTERS and acronym not in known:
            candidates.setdefault(acronym, set()).add(m.canonical)
    # (a substring test and a look at both neighbours: a regex built per article would be compiled per article)
    return {
        acronym: next(iter(names))
        for acronym, names in candidates.items()
        if len(names) == 1 and _standalone(text, acronym)
    }


def _standalone(text: str, word: str) -> bool:
    """True when `word` occurs in `text` as a whole word."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(word, end)
    return False
