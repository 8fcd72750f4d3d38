"""People, organisations, laws and places named in the article: canonical forms, first-mention order, no duplicates.

People and organisations come from the shared `NameIndex`; laws and places from the lexicons in `_lexicon`, plus
capitalised "… Act"/"… Bill" titles the lexicon does not list yet.
"""

from __future__ import annotations

import re

from summariser._lexicon import LAWS, PLACES
from summariser._model import Entities
from summariser._names import NameIndex, build_name_index
from summariser._text import Document, alternation, lazy_pattern

__all__ = ["extract_entities"]

_LAW_CANON: dict[str, str] = {alias: name for name, aliases in LAWS.items() for alias in (name, *aliases)}
# an unlisted statute: "the Protection of Children Act 1978", "the Kids Online Safety Act"
# (one to seven capitalised words, the first unrolled: opening on a capital instead of \b lets `re` skip ahead
# to capitals; the look-behind is that \b)
_OTHER_LAW_RE = re.compile(
    r"[A-Z](?<!\w[A-Z])[\w’'()-]*\s+(?:(?:of|for|and|the|on)\s+)*"
    r"(?:[A-Z][\w’'()-]*\s+(?:(?:of|for|and|the|on)\s+)*){0,6}(?:Act|Bill)(?:\s+(?:19|20)\d\d)?\b"
)
# laws and places in one scan (a place never shares a name with a law)
_LEXICON_RE = lazy_pattern(alternation([*_LAW_CANON, *PLACES]) + r"(?![\w-])")
_LEADING = re.compile(r"^(?:The|A|An|Under|Its|This|That)\s+")


def _glued(text: str, start: int) -> bool:
    """True when a match starts inside a word ("UKIP" is not "UK", "non-EU" is not "EU")."""
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-")


def extract_entities(doc: Document, *, index: NameIndex | None = None) -> Entities:
    """Named entities grouped by kind, first-mention order, canonical forms."""
    index = index or build_name_index(doc)
    laws: dict[str, None] = {}
    places: dict[str, None] = {}
    orgs = set(index.organisations())
    for para in doc.paragraphs:  # one scan per paragraph: fewer regex calls than per sentence
        found: list[tuple[int, str]] = []
        covered: list[tuple[int, int]] = []
        for m in _LEXICON_RE().finditer(para):
            if _glued(para, m.start()):
                continue
            word = m.group()
            if word in _LAW_CANON:
                found.append((m.start(), _LAW_CANON[word]))
                covered.append(m.span())
            elif word not in orgs:
                places.setdefault(word, None)
        if "Act" in para or "Bill" in para:
            for m in _OTHER_LAW_RE.finditer(para):
                if not any(x <= m.start() < y or m.start() <= x < m.end() for x, y in covered):
                    found.append((m.start(), _LEADING.sub("", m.group())))
        for _, law in sorted(found):
            laws.setdefault(law, None)
    return Entities(
        people=index.people(),
        organisations=index.organisations(),
        laws=list(laws),
        places=list(places),
    )
