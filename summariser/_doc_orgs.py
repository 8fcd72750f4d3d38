"""Organisations learnt from the article itself: a one-word name the lexicon lacks that issues a statement.

"Tottenham said in a statement: '…'", "WeWork said in an email that …": a capitalised word opening a sentence as the
subject of a written statement is an organisation (people speak in statements too, but the article then names them
in full first; a word the article uses as the surname of a longer name, or a known given name, is left alone).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summariser._givennames import gender_of_first_name
from summariser._lazy_re import first_chars, lazy_re
from summariser._lexicon import PLACES
from summariser._namelex import CAP_STOP, NON_PERSON, SUFFIX_KINDS
from summariser._people import Scan, Tok, make_mention
from summariser._text import Document, Sentence

__all__ = [
    "add_org",
    "learn_camel_orgs",
    "learn_descriptor_kinds",
    "learn_house_committees",
    "learn_statement_orgs",
    "maybe_org",
    "owned_org_start",
]

_PLACE_SET = frozenset(PLACES)
# capitalised words and a possessive right before an organisation's name: "Women's Aid", "Scottish Women's Aid"
_OWNER_BEFORE = lazy_re(
    r"\b((?:[A-Z][A-Za-z]+\s)*?[A-Z][A-Za-z]+)['’]s\s+$", first=first_chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
)

# the sentence opens on one capitalised word (a brand may have inner capitals: "WeWork"; or an acronym: "FIFA")
# that issues something written
_STATEMENT_SUBJECT = lazy_re(
    r"(?P<name>[A-Z][a-z]+(?:[A-Z][a-z]+)?|[A-Z]{2,6})\s+(?:said|says)\s+in\s+(?:a|an)\s+(?:\w+\s+)?"
    r"(?:statement|email|e-mail|post|news release|press release)\b",
    first=first_chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
)
# another capitalised word right before the name: the name is a surname ("Frank Vogel", "Coach (Frank) Vogel")
_AFTER_NAME = r"(?:[A-Z][\w’'-]+\)?|[A-Z]\.|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Prof|Gen|Col|Lt|Sgt|Capt)\.)\s+{name}\b"


def learn_statement_orgs(doc: Document, scan: Scan) -> None:
    """Add each unknown one-word statement issuer as an organisation, with a mention wherever the word stands alone."""
    known: set[str] | None = None  # built for the first issuer found: most articles have none
    for sent in doc.sentences:
        m = _STATEMENT_SUBJECT.match(sent.text)
        if m is None:
            continue
        name = m.group("name")
        if known is None:
            known = {m.text for m in scan.raw}
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
        _mention_everywhere(doc.sentences, scan, name)


# a brand written with an inner capital ("WeWork", "PayPal"); the name prefixes of people ("McDonald", "DeSantis",
# "LeBron", "MacKenzie", "VanDyke") are not brands
_CAMEL = lazy_re(
    r"(?<![\w’'-])(?!(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz)[A-Z])[A-Z][a-z]+[A-Z][a-z]+(?![\w-])",
    first=first_chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
)


# ASCII lower-case letters as "a", capitals as "A", anything else as a space: a text's letter shapes, one byte each
_LETTER_SHAPES = bytes(97 if 97 <= c <= 122 else 65 if 65 <= c <= 90 else 32 for c in range(256))


def _inner_capitals(text: str) -> list[int]:
    """Where `re.finditer("[a-z][A-Z][a-z]", text)` matches: a search of the text's letter shapes in C (the regex
    tries every lower-case letter, a tenth of a millisecond per article)."""
    # "replace" encodes each non-ASCII character as one "?", so offsets stay those of the text
    shapes = text.encode("ascii", "replace").translate(_LETTER_SHAPES)
    out: list[int] = []
    i = shapes.find(b"aAa")
    while i >= 0:
        out.append(i)
        i = shapes.find(b"aAa", i + 3)  # matches do not overlap, as finditer's
    return out


def learn_camel_orgs(doc: Document, scan: Scan) -> None:
    """A brand with an inner capital named twice or more ("WeWork is based in New York … WeWork said") is an
    organisation when it is no part of a person's name and no given name."""
    text = doc.text
    if _TLD.search(text) is not None:  # (one regex pass: six `in` tests cost ten times more)
        _learn_dotted(doc, scan)
    counts: dict[str, int] = {}
    last = -1
    # an inner capital is rare: find those, then test the word around each, not every position
    for a in _inner_capitals(text):
        while a > 0 and text[a - 1].isalpha():
            a -= 1
        if a == last:
            continue
        last = a
        m = _CAMEL.match(text, a)
        if m is not None:
            counts[m.group()] = counts.get(m.group(), 0) + 1
    if not any(count >= 2 for count in counts.values()):
        return
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
        _mention_everywhere(doc.sentences, scan, name)


# body heads that keep their kind before "of" (a law's "Protection of …" is no regulator)
_OF_HEADS = frozenset(("Party", "Ministry", "Department", "Office", "Agency", "Authority", "Commission", "Council"))
_TLD = lazy_re(r"\.(?:AI|ai|com|io|org|net)\b")
# a brand written as a web address ("Character.AI", "Booking.com"): always a company or a site, never a person
_DOTTED = lazy_re(
    r"(?<![\w’'.@/-])[A-Z][A-Za-z]+\.(?:AI|ai|com|io|org|net)(?![\w.-]*[\w/])",
    first=first_chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
)


def _learn_dotted(doc: Document, scan: Scan) -> None:
    """Make each address-shaped brand the index does not know an organisation, with its mentions."""
    known = {m.text for m in scan.raw} | set(scan.orgs)
    for name in dict.fromkeys(m.group() for m in _DOTTED.finditer(doc.text)):
        if name in known:
            continue
        scan.orgs[name] = frozenset({"company"})
        _mention_everywhere(doc.sentences, scan, name, before=r"(?<![\w’'.@/-])")  # not inside an address


def _mention_everywhere(sentences: Sequence[Sentence], scan: Scan, name: str, *, before: str = r"(?<![\w’'-])") -> None:
    """Record each standalone use of `name` in the article as a mention of that organisation."""
    word = re.compile(rf"{before}{re.escape(name)}(?![\w-])")
    for sent in sentences:
        if name in sent.text:  # a substring test first: most sentences do not hold the name
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


def _known_body(name: str, scan: Scan) -> bool:
    """True when `name` is an organisation the scan already holds, or the start of one's name ("Big Machine")."""
    if " " not in name or name.startswith("The "):
        return name in scan.orgs
    return name in scan.orgs or any(org.startswith(name + " ") for org in scan.orgs)


def add_org(text: str, sentence: int, start: int, end: int, scan: Scan) -> None:
    """Record the organisation at [start, end) of a sentence (with its owner, without "The"), and its mention."""
    both = text.find(" and the ", start, end)
    if both > 0 and any(w in SUFFIX_KINDS for w in text[start:both].split()):
        # "the Centre for Digital Rights and the Centre for Media Freedom": two bodies, not one
        add_org(text, sentence, start, both, scan)
        add_org(text, sentence, both + 9, end, scan)
        return
    both = text.find(" and ", start, end)
    if both > 0 and _known_body(text[start:both], scan) and text[start:end].rsplit(None, 1)[-1] in SUFFIX_KINDS:
        # "Big Machine and Dick Clark Productions" after "Big Machine Records": a body named before, and a body
        left = text[start:both]
        add_org(text, sentence, start, both, scan)
        if not scan.orgs.get(left):  # "Big Machine" is what "Big Machine Records" is: a company
            fuller = next((org for org in scan.orgs if org.startswith(left + " ") and scan.orgs[org]), None)
            if fuller is not None:
                scan.orgs[left] = scan.orgs[fuller]
        add_org(text, sentence, both + 5, end, scan)
        return
    owned = owned_org_start(text, start)
    if owned is not None:
        start = owned
    name = text[start:end]
    if name.startswith("The "):
        name, start = name[4:], start + 4
    based = name.find("-based ")
    if 0 < based < 30:  # "Kuala Lumpur-based Centre for Independent Journalism": where it is based is no part of it
        name, start = name[based + 7 :], start + based + 7
    while len(name) > 3 and name[1] == "." and name[0].isupper() and name[2] in " ":
        name, start = name[3:], start + 3  # "S. Federal Aviation Administration", the tail of "U.S."
    last = name.rsplit(None, 1)[-1]
    if " and " in name and last in _LISTED_BODIES:
        listed = _LIST_BEFORE.search(text, max(0, start - 60), start)
        if listed is not None:  # "the Science, Innovation and Technology Committee": the list is the name's
            name, start = text[listed.start() : end], listed.start()
    canonical = _legal_alias(name, last, scan.orgs)
    if name.startswith(("Commons ", "Lords ")) and last == "Committee" and name.count(" ") > 1:
        # "the Commons Women and Equalities Committee": the house is no part of the committee's name
        canonical = name[name.index(" ") + 1 :]
    kinds = SUFFIX_KINDS.get(last)
    if kinds is None and " of " in name:  # "Democratic Party of Japan", "Ministry of Health": the head before "of"
        head = name.split(" of ", 1)[0].rsplit(None, 1)[-1]
        kinds = SUFFIX_KINDS.get(head) if head in _OF_HEADS else None
    scan.orgs.setdefault(canonical, kinds or frozenset())
    scan.raw.append(make_mention(name, canonical, "org", sentence, start, end))


# bodies whose names may hold a list of subjects, and the list's first items before the name found
_LISTED_BODIES = frozenset({"Committee", "Department", "Ministry", "Commission", "Council", "Board", "Authority"})
_LIST_BEFORE = lazy_re(r"\b(?:[A-Z][a-z]+,\s+)+$", first=first_chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))

_LEGAL_FORMS = ("Ltd", "Limited", "plc", "PLC", "Inc", "LLC", "Corp", "GmbH")


def _legal_alias(name: str, last: str, orgs: dict[str, frozenset[str]]) -> str:
    """ "Velvet Media Ltd" then "Velvet Media" (or the other way round): one company, named as first given."""
    if name in orgs:
        return name
    if last.rstrip(".") in _LEGAL_FORMS:
        base = name[: -len(last)].rstrip()
        return base if base in orgs else name
    for form in _LEGAL_FORMS:
        if f"{name} {form}" in orgs:
            return f"{name} {form}"
    return name


def maybe_org(text: str, sentence: int, toks: list[Tok], scan: Scan) -> None:
    """An organisation when the name ends on an organisation word ("Harbour Media Group"), else nothing."""
    if toks[-1][0].rstrip(".") not in SUFFIX_KINDS or len(toks) < 2:
        return
    add_org(text, sentence, toks[0][1], toks[-1][2], scan)


# what a descriptor says an organisation is: "advocacy group OpenMedia", "NetChoice, a trade group whose …"
_DESCRIPTOR_KINDS: dict[str, frozenset[str]] = {
    "group": frozenset({"campaign"}),
    "charity": frozenset({"charity"}),
    "regulator": frozenset({"regulator"}),
    "watchdog": frozenset({"regulator"}),
    "company": frozenset({"company"}),
    "firm": frozenset({"company"}),
    "start-up": frozenset({"company"}),
    "startup": frozenset({"company"}),
    "union": frozenset({"union"}),
}
_DESCRIPTOR_AFTER = lazy_re(
    r",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(group|charity|regulator|watchdog|company|firm|start-?up|union)\b(?![’'])"
)


# "advocacy group OpenMedia", "the trade body techUK": a described group's name, which may be a one-word brand; the
# pattern opens on the noun (a literal first letter lets `re` skip most positions), the modifier is checked after
# (a possessive inside the name keeps it whole: "rights group Women's Aid Organisation" is no group "Women")
_DESCRIBED_NAME = lazy_re(r"(?:[A-Z]|[a-z]+[A-Z])[\w-]*(?:['’]s(?=\s+[A-Z]))?(?:\s+[A-Z][\w-]*){0,3}")
_GROUP_NOUNS = ("group ", "body ", "organisation ", "organization ")
# "the data protection authority Datatilsynet", "the media regulator Arcom": a regulator described, then its name
_REGULATOR_NOUNS = ("authority ", "regulator ", "watchdog ")
# ... or named in apposition: "Italy's data protection authority, the Garante per la protezione dei dati personali,"
_REGULATOR_APPOSED = ("authority, the ", "regulator, the ", "watchdog, the ")
_REGULATED_BY = lazy_re(
    r"(?i:protection|privacy|media|communications|competition|telecoms?|broadcasting|safety|consumer|financial|data|"
    r"markets|gambling|energy|aviation)\s+$",
    first=first_chars("abcdefgmpst", ignore_case=True),
)
_DESCRIBED_BY = lazy_re(
    r"(?i:advocacy|campaign|campaigning|pressure|lobby|trade|rights|privacy|consumer|industry)\s+$",
    first=first_chars("acilprt", ignore_case=True),
)


def learn_descriptor_kinds(doc: Document, scan: Scan) -> None:
    """An organisation the lexicon gives no kind gets the one its descriptor names ("advocacy group OpenMedia",
    "NetChoice, a trade group"), so "the group" can later point back to it; a described name nobody found yet
    ("advocacy group OpenMedia", named once) becomes an organisation."""
    sentences = doc.sentences
    text = doc.text
    known: set[str] | None = None
    # str.find: a regex scan of the whole text costs 30x more
    for noun, at in _found_at(text, _GROUP_NOUNS) + _regulator_nouns_at(text):
        described = _DESCRIBED_NAME.match(text, at + len(noun))
        regulator = noun in _REGULATOR_NOUNS or noun in _REGULATOR_APPOSED
        by = _REGULATED_BY if regulator else _DESCRIBED_BY
        if described is None or not by.search(text, max(0, at - 14), at):
            continue
        name = described.group()
        known = known if known is not None else {m.text for m in scan.raw}
        if name in known or name in scan.orgs or name in CAP_STOP or name.split()[0] in NON_PERSON:
            continue
        scan.orgs[name] = frozenset({"regulator"}) if regulator else frozenset({"campaign"})
        known.add(name)
        _mention_everywhere(sentences, scan, name)
    orgs = scan.orgs
    unknown = {name for name, kinds in orgs.items() if not kinds or kinds == _GUESSED}
    if not unknown:
        return  # every organisation's kind is known: most articles
    for m in scan.raw:
        if m.canonical not in unknown or m.kind != "org":
            continue
        said = sentences[m.sentence].text
        before = said[max(0, m.start - 12) : m.start].rstrip()
        last = before[before.rfind(" ") + 1 :]
        kinds = _DESCRIPTOR_KINDS.get(last) if before != said[max(0, m.start - 12) : m.start] else None
        if kinds is None and said.startswith(",", m.end):
            after = _DESCRIPTOR_AFTER.match(said, m.end)
            kinds = _DESCRIPTOR_KINDS[after.group(1).replace("startup", "start-up")] if after else None
        if kinds is not None:
            orgs[m.canonical] = kinds


_GUESSED = frozenset({"company"})  # the kind `learn_camel_orgs` guesses for a brand: a descriptor overrides it


def _regulator_nouns_at(text: str) -> list[tuple[str, int]]:
    """`_found_at(text, _REGULATOR_NOUNS + _REGULATOR_APPOSED)` with one scan per noun instead of two: every
    "authority, the " is an "authority" followed by ", the " (the same list, in the same order)."""
    plain: list[tuple[str, int]] = []
    apposed: list[tuple[str, int]] = []
    for noun, appos in zip(_REGULATOR_NOUNS, _REGULATOR_APPOSED, strict=True):
        stem = noun[:-1]
        after = len(stem)
        i = text.find(stem)
        while i >= 0:
            if text.startswith(" ", i + after):
                plain.append((noun, i))
            elif text.startswith(", the ", i + after):
                apposed.append((appos, i))
            i = text.find(stem, i + 1)
    return plain + apposed


def _found_at(text: str, words: tuple[str, ...]) -> list[tuple[str, int]]:
    """(word, offset) of every occurrence of each word in `text`."""
    out: list[tuple[str, int]] = []
    for word in words:
        i = text.find(word)
        while i >= 0:
            out.append((word, i))
            i = text.find(word, i + 1)
    return out


# "the Commons science, innovation and technology committee": a select committee written in lower case
_HOUSE_COMMITTEE = lazy_re(r"\b(?:Commons|Lords)\s+((?:[a-z]+,?\s+){1,6}?committee)\b", first=first_chars("CL"))
_SMALL = frozenset({"and", "of", "for", "the", "on"})


def learn_house_committees(doc: Document, scan: Scan) -> None:
    """A Commons or Lords committee named in lower case is that committee, named in title case without the house."""
    text = doc.text
    if "committee" not in text or ("Commons " not in text and "Lords " not in text):
        return
    for sent in doc.sentences:
        if "committee" not in sent.text:  # the pattern ends on the word: the regex only where it is
            continue
        for m in _HOUSE_COMMITTEE.finditer(sent.text):
            words = m.group(1).split(" ")
            name = " ".join(w if w in _SMALL else w[:1].upper() + w[1:] for w in words)
            scan.orgs.setdefault(name, frozenset({"committee"}))
            scan.raw.append(make_mention(m.group(), name, "org", sent.index, m.start(), m.end()))
