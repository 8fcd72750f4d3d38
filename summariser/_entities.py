"""People, organisations, laws and places named in the article: canonical forms, first-mention order, no duplicates.

People and organisations come from the shared `NameIndex`; laws and places from the lexicons in `_lexicon`, plus
capitalised "… Act"/"… Bill" titles the lexicon does not list yet.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from summariser._lexicon import LAWS, PLACES
from summariser._model import Entities, new_entities
from summariser._names import NameIndex, build_name_index
from summariser._text import Document, alternation, lazy_pattern

__all__ = ["extract_entities"]

_LAW_CANON: dict[str, str] = {alias: name for name, aliases in LAWS.items() for alias in (name, *aliases)}
# an unlisted statute: "the Protection of Children Act 1978", "the Kids Online Safety Act"
# (one to seven capitalised words, the first unrolled: opening on a capital instead of \b lets `re` skip ahead
# to capitals; the look-behind is that \b)
_OTHER_LAW = (
    r"[A-Z](?<!\w[A-Z])[\w’'()-]*SPACE+(?:(?:of|for|and|the|on)SPACE+)*"
    r"(?:[A-Z][\w’'()-]*SPACE+(?:(?:of|for|and|the|on)SPACE+)*){0,6}(?:Act|Bill)(?:SPACE+(?:19|20)\d\d)?\b"
)
# words spaced within a line: the paragraphs joined by newlines give the same matches as one at a time
_OTHER_LAW_RE = re.compile(_OTHER_LAW.replace("SPACE", r"[^\S\n]"))
_OTHER_LAW_ANY_SPACE = re.compile(_OTHER_LAW.replace("SPACE", r"\s"))  # a hand-built paragraph holding a newline
# laws and places in one scan (a place never shares a name with a law)
_LEXICON_RE = lazy_pattern(alternation([*_LAW_CANON, *PLACES]) + r"(?![\w-])")
_LEADING = re.compile(r"^(?:The|A|An|Under|Its|This|That)\s+")


def extract_entities(doc: Document, *, index: NameIndex | None = None) -> Entities:
    """Named entities grouped by kind, first-mention order, canonical forms."""
    index = index or build_name_index(doc)
    paragraphs = doc.paragraphs
    text = "\n".join(paragraphs)
    # one scan of the whole article instead of one per paragraph: no match crosses a line end (no lexicon entry
    # holds one, and the unlisted-law pattern spaces words by [^\S\n]), so the matches are the same
    by_line = text.count("\n") == len(paragraphs) - 1  # else a hand-built paragraph holds a newline
    laws: dict[str, None] = {}
    places: dict[str, None] = {}
    organisations = index.organisations()  # a fresh list: the summary keeps it
    orgs = set(organisations)
    if by_line:
        found = _laws_and_places(text, paragraphs, orgs, places, _OTHER_LAW_RE)
    else:
        found = [law for p in paragraphs for law in _laws_and_places(p, [p], orgs, places, _OTHER_LAW_ANY_SPACE)]
    for law in found:
        laws.setdefault(law, None)
    return new_entities(index.people(), organisations, list(laws), list(places))


def _laws_and_places(
    text: str, lines: list[str], orgs: set[str], places: dict[str, None], other_law: re.Pattern[str]
) -> list[str]:
    """The laws named in `text` (its `lines` joined by newlines) in order; places are added as they are met."""
    found: list[tuple[int, str]] = []
    covered: list[tuple[int, int]] = []
    for m in _LEXICON_RE().finditer(text):
        start = m.start()
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-"):
            continue  # starts inside a word: "UKIP" is not "UK", "non-EU" is not "EU"
        word = m.group()
        law = _LAW_CANON.get(word)
        if law is not None:
            found.append((start, law))
            covered.append(m.span())
        elif word not in orgs:
            places.setdefault(word, None)
    if "Act" in text or "Bill" in text:
        starts = [x for x, _ in covered]  # in order: finditer's matches do not overlap
        start = 0
        for line in lines:  # only the lines that name one: the pattern is slow to fail at every capital
            end = start + len(line)
            if "Act" in line or "Bill" in line:
                # the lexicon matches of this line only, as when each paragraph was scanned alone
                lo, hi = bisect_left(starts, start), bisect_left(starts, end)
                for m in other_law.finditer(text, start, end):
                    a, b = m.span()
                    # overlaps a lexicon match: the one starting at or before it (spans are in order and disjoint)
                    # ends after its start, or the next one starts before its end; a bisect, not a walk over all
                    i = bisect_right(starts, a, lo, hi)
                    if (i > lo and a < covered[i - 1][1]) or (i < hi and starts[i] < b):
                        continue
                    found.append((a, _LEADING.sub("", m.group())))
            start = end + 1
    return [law for _, law in sorted(found)]
