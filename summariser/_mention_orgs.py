"""Find the lexicon's organisations in a sentence ("European Commission", "Ofcom", "X" but not "Malcolm X").

Split from `_mentions`: the alias trie, its rare-word variants and the per-sentence scan that records each match.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from summariser._lazy_re import lazy_re
from summariser._namelex import (
    HONORIFICS,
    ORG_CANON,
    ORG_KINDS,
)
from summariser._people import (
    NO_KINDS,
    Scan,
    Short,
    make_mention,
)
from summariser._text import alternation

# The alternation of every alias is tried at every letter an alias starts with, and a few lower-case aliases
# ("eSafety", "ministers", "xAI") start with common letters: a sentence that holds none of them is scanned without
# them. Left out only where they cannot match, so the matches are those of the whole alternation (the trie is built
# in sorted order, whatever the subset).
_RARE_ALIASES = [a for a in ORG_CANON if a[:1].islower() and not a.startswith("the ")]
_RARE_WORDS = tuple(a for a in _RARE_ALIASES if not any(b != a and b in a for b in _RARE_ALIASES))
_COMMON_ALIASES = [a for a in ORG_CANON if a not in _RARE_ALIASES]


@cache
def _org_pattern(present: frozenset[str]) -> re.Pattern[str]:
    """The organisation alternation for a sentence holding the rare words `present` (and no other)."""
    rare = [a for a in _RARE_ALIASES if all(w in present for w in _RARE_WORDS if w in a)]
    return re.compile(alternation([*_COMMON_ALIASES, *rare]) + r"(?![\w-])")


_X_BEFORE = frozenset({"Malcolm", "Generation", "Gen", "Planet", "Brand", "Project"})
_X_AFTER = lazy_re(r"\s+(?:Factor|Files|Men|Games|Prize|Ray)\b|-ray")


def _find_orgs(
    text: str, sentence: int, scan: Scan, org_iter: Callable[[str], Iterator[re.Match[str]]]
) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in org_iter(text):
        a, b = m.span()
        if a and (text[a - 1].isalnum() or text[a - 1] in "_-"):
            continue
        alias = m.group()
        if alias == "X":
            before = _word_before(text, a).rstrip(".")
            if before in HONORIFICS:  # "Ms X", an anonymised claimant
                short = Short(sentence, a - len(before) - 1, b, f"{before} X", before, "X")
                scan.shorts.append((short, None))
                continue
            if _X_AFTER.match(text, b) or before in _X_BEFORE:
                continue
        entry = _ORG_ENTRIES[alias]
        if entry is None:
            continue  # "the government" is too generic to name one organisation on its own
        if alias[:4] == "the " and text[b : b + 1] == " " and text[b + 1 : b + 2].isupper():
            continue  # "the media regulator Arcom": a descriptor of the body named next, not an alias of another
        canonical, kinds = entry
        if canonical not in scan.orgs:
            scan.orgs[canonical] = kinds
        scan.raw.append(make_mention(alias, canonical, "org", sentence, a, b))
        spans.append((a, b))
    return spans


def _word_before(text: str, at: int) -> str:
    """`text[:at].rstrip().rsplit(" ", 1)[-1]` without copying the text before `at` (a long sentence names X often)."""
    end = at
    while end and text[end - 1].isspace():
        end -= 1
    return text[text.rfind(" ", 0, end) + 1 : end]


# alias -> (canonical, kinds), or None for a generic lower-case alias that names no one organisation on its own;
# worked out once here instead of for each of the ~20 organisation mentions of an article
_ORG_ENTRIES: dict[str, tuple[str, frozenset[str]] | None] = {
    alias: None
    if (alias.islower() or alias.startswith("the ")) and len(alias.split()) < 3 and alias != "ministers"
    else (canonical, ORG_KINDS.get(canonical, NO_KINDS))
    for alias, canonical in ORG_CANON.items()
}
