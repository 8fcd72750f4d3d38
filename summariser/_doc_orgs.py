"""Organisations learnt from the article itself: a one-word name the lexicon lacks that issues a statement.

"Tottenham said in a statement: '…'", "WeWork said in an email that …": a capitalised word opening a sentence as the
subject of a written statement is an organisation (people speak in statements too, but the article then names them
in full first; a word the article uses as the surname of a longer name, or a known given name, is left alone).
"""

from __future__ import annotations

import re

from summariser._givennames import gender_of_first_name
from summariser._lexicon import PLACES
from summariser._namelex import CAP_STOP, NON_PERSON, SUFFIX_KINDS
from summariser._people import Scan, Tok, make_mention
from summariser._text import Document

__all__ = ["add_org", "learn_camel_orgs", "learn_statement_orgs", "maybe_org", "owned_org_start"]

_PLACE_SET = frozenset(PLACES)
# capitalised words and a possessive right before an organisation's name: "Women's Aid", "Scottish Women's Aid"
_OWNER_BEFORE = re.compile(r"\b((?:[A-Z][A-Za-z]+\s)*?[A-Z][A-Za-z]+)['’]s\s+$")

# the sentence opens on one capitalised word (a brand may have inner capitals: "WeWork") that issues something written
_STATEMENT_SUBJECT = re.compile(
    r"(?P<name>[A-Z][a-z]+(?:[A-Z][a-z]+)?)\s+(?:said|says)\s+in\s+(?:a|an)\s+(?:\w+\s+)?"
    r"(?:statement|email|e-mail|post|news release|press release)\b"
)
# another capitalised word right before the name: the name is a surname ("Frank Vogel", "Coach (Frank) Vogel")
_AFTER_NAME = r"(?:[A-Z][\w’'-]+\)?|[A-Z]\.|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Prof|Gen|Col|Lt|Sgt|Capt)\.)\s+{name}\b"


def learn_statement_orgs(doc: Document, scan: Scan) -> None:
    """Add each unknown one-word statement issuer as an organisation, with a mention wherever the word stands alone."""
    known = {m.text for m in scan.raw}
    for sent in doc.sentences:
        m = _STATEMENT_SUBJECT.match(sent.text)
        if m is None:
            continue
        name = m.group("name")
        if (
            name in known
            or name in scan.orgs
            or name in CAP_STOP
            or name in NON_PERSON
            or gender_of_first_name(name) is not None
            or any(p.last == name or p.first == name for p in scan.people.values())
            or re.search(_AFTER_NAME.format(name=re.escape(name)), doc.text) is not None
        ):
            continue
        scan.orgs[name] = frozenset()
        known.add(name)
        word = re.compile(rf"(?<![\w’'-]){re.escape(name)}(?![\w-])")
        for other in doc.sentences:
            for w in word.finditer(other.text):
                scan.raw.append(make_mention(name, name, "org", other.index, w.start(), w.end()))


# a brand written with an inner capital ("WeWork", "PayPal"); the name prefixes of people ("McDonald", "DeSantis",
# "LeBron", "MacKenzie", "VanDyke") are not brands
_CAMEL = re.compile(r"(?<![\w’'-])(?!(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz)[A-Z])[A-Z][a-z]+[A-Z][a-z]+(?![\w-])")


def learn_camel_orgs(doc: Document, scan: Scan) -> None:
    """A brand with an inner capital named twice or more ("WeWork is based in New York … WeWork said") is an
    organisation when it is no part of a person's name and no given name."""
    counts: dict[str, int] = {}
    for m in _CAMEL.finditer(doc.text):
        counts[m.group()] = counts.get(m.group(), 0) + 1
    known = {m.text for m in scan.raw} | set(scan.orgs)
    for name, count in counts.items():
        if (
            count < 2
            or name in known
            or gender_of_first_name(name) is not None
            or any(name in (p.first, p.last) for p in scan.people.values())
        ):
            continue
        scan.orgs[name] = frozenset({"company"})
        word = re.compile(rf"(?<![\w’'-]){name}(?![\w-])")
        for sent in doc.sentences:
            for w in word.finditer(sent.text):
                scan.raw.append(make_mention(name, name, "org", sent.index, w.start(), w.end()))


def owned_org_start(text: str, start: int) -> int | None:
    """Where an organisation name starting at `start` really starts when a possessive owner is part of it
    ("Scottish Women's Aid"); None when no owner, or the owner is a place ("Brazil's Data Protection Authority")."""
    owner = _OWNER_BEFORE.search(text, max(0, start - 40), start)
    if owner is None:
        return None
    words = owner.group(1).split(" ")
    while words and words[0] in CAP_STOP:
        words = words[1:]
    if not words or words[-1] in _PLACE_SET:
        return None
    return owner.end(1) - len(" ".join(words))


def add_org(text: str, sentence: int, start: int, end: int, scan: Scan) -> None:
    """Record the organisation at [start, end) of a sentence (with its owner, without "The"), and its mention."""
    owned = owned_org_start(text, start)
    if owned is not None:
        start = owned
    name = text[start:end]
    if name.startswith("The "):
        name, start = name[4:], start + 4
    while len(name) > 3 and name[1] == "." and name[0].isupper() and name[2] in " ":
        name, start = name[3:], start + 3  # "S. Federal Aviation Administration", the tail of "U.S."
    last = name.rsplit(None, 1)[-1]
    scan.orgs.setdefault(name, SUFFIX_KINDS.get(last, frozenset()))
    scan.raw.append(make_mention(name, name, "org", sentence, start, end))


def maybe_org(text: str, sentence: int, toks: list[Tok], scan: Scan) -> None:
    """An organisation when the name ends on an organisation word ("Harbour Media Group"), else nothing."""
    if toks[-1][0].rstrip(".") not in SUFFIX_KINDS or len(toks) < 2:
        return
    add_org(text, sentence, toks[0][1], toks[-1][2], scan)
