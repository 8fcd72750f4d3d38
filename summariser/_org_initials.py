"""An organisation's acronym the article never spells out: "the Drug Enforcement Administration" named once, then
"the DEA says that …". The capitals of the full name's words are its acronym when exactly one organisation in the
article has those initials."""

from __future__ import annotations

from collections.abc import Container, Iterable

from summariser._text import has_word

# small words a name's acronym leaves out: "Federal Bureau of Investigation" -> FBI
_SKIP = frozenset({"of", "for", "and", "the", "on", "in", "&", "to"})
# three letters at least: two-letter initials ("EC", "UN") stand for too many things
_MIN_LETTERS = 3


def initial_aliases(text: str, orgs: Iterable[str], known: Container[str]) -> dict[str, str]:
    """{acronym: organisation} for each acronym in `text` made of the initials of one organisation of `orgs` (its
    full name: three or more capitalised words); acronyms `known` already stand for something are left alone."""
    candidates: dict[str, set[str]] = {}
    for name in orgs:
        if name.count(" ") < 2:
            continue
        acronym = ""
        for w in name.split():
            if w in _SKIP:
                continue
            if not (w[0].isupper() and w[0].isalpha()):
                break
            acronym += w[0]
        else:
            if len(acronym) >= _MIN_LETTERS and acronym not in known:
                candidates.setdefault(acronym, set()).add(name)
    # (a substring test and a look at both neighbours: a regex built per article would be compiled per article)
    return {
        acronym: next(iter(names))
        for acronym, names in candidates.items()
        if len(names) == 1 and has_word(text, acronym)
    }
