"""Find people and organisations in sentences: lexicon organisations, capitalised name runs, titles and roles.

Used by `_names.build_name_index`; everything here is a single pass of precompiled regexes per sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Literal

from summariser._givennames import gender_of_first_name
from summariser._lexicon import PLACES
from summariser._namelex import (
    CAP_STOP,
    FAMOUS_KNIGHTS,
    FAMOUS_SURNAMES,
    FEMALE_HONORIFICS,
    HONORIFICS,
    KNOWN_ROLES,
    MALE_HONORIFICS,
    NON_PERSON,
    ORG_CANON,
    ORG_KINDS,
    SUFFIX_KINDS,
)
from summariser._roles import ROLE_FULL, ROLE_WORDS, role_around, role_text
from summariser._text import Document, alternation, lazy_pattern, word_set

__all__ = [
    "FEMALE_HONORIFICS",
    "MALE_HONORIFICS",
    "ORG_KINDS",
    "Mention",
    "Person",
    "RawMention",
    "find_mentions",
    "gender_of_first_name",
]

_ORG_RE = lazy_pattern(alternation(ORG_CANON) + r"(?![\w-])")
_X_BEFORE = frozenset({"Malcolm", "Generation", "Gen", "Planet", "Brand", "Project"})
_X_AFTER = re.compile(r"\s+(?:Factor|Files|Men|Games|Prize|Ray)\b|-ray")

_UP, _LOW = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
_TOKEN = (
    rf"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Prof|St)\.|[{_UP}]\.|"
    rf"[A-Z]{{2,5}}(?=\s+[{_UP}][{_LOW}])|(?:Mc|Mac|O['’]|D['’]|Di['’])?[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)?(?:-[{_UP}]?[{_LOW}]+)*)"
)
_RUN_RE = re.compile(
    rf"[{_UP}][\w’'.&-]*(?:\s+(?:(?:de|da|di|do|das|dos|della|van|von|der|den|ter|du|le|la|bin|ibn|ap|ab|del|of|for|and|&|the)\s+)*"
    rf"[{_UP}][\w’'.&-]*)*"
)
_GLUE = re.compile(
    r"\s+(?:(?:de|da|di|do|das|dos|della|van|von|der|den|ter|du|le|la|bin|ibn|ap|ab|del|of|for|and|&|the)\s+)*"
)
_PARTICLE = re.compile(r" (?:de|da|di|do|das|dos|della|van|von|der|den|ter|du|le|la|bin|ibn|ap|ab|del) ")
_CONNECTOR = re.compile(r"\s+(of|for|and|&)\s+(?:the\s+)?$")
_PEERAGE = frozenset({"Baroness", "Lord", "Lady", "Baron", "Viscount", "Earl"})
# every alternative opens on a capital: the look-ahead lets `re` reject other positions before trying them all
_TOKEN_RE = re.compile(rf"(?=[{_UP}]){_TOKEN}")

_SPEECH_NEXT = re.compile(
    r",?\s+(?:said|says|told|added|adds|wrote|writes|posted|warned|argued|insisted)\b|,\s+(?:a|an|the|one|who|whose|\d+)\b"
)
_OWNER_BEFORE = re.compile(r"\b([A-Z][A-Za-z]+)['’]s\s+$")
PLACE_SET = frozenset(PLACES)
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]{1,7})\)")
_AGE_AFTER = re.compile(r",\s+\d{1,2},")
_PLACE_PREP = re.compile(r"\b(?:for|in|at|from|near|of)\s+$")
_SPEECH_VERB = re.compile(r"\s+(?:said|says|told|added|wrote|insisted|warned)\b")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|according to|added|adds|wrote|writes|asked|asks)\s+$")


@dataclass(slots=True)
class Person:
    """A person named in the article; `roles` in the article's own words, gender "m"/"f"/None."""

    canonical: str
    first: str
    last: str
    gender: str | None = None
    roles: list[str] = field(default_factory=list)
    position: tuple[int, int] = (0, 0)


@dataclass(frozen=True, slots=True)
class Mention:
    """One naming of a person or organisation; offsets are within the sentence text."""

    text: str
    canonical: str
    kind: Literal["person", "org"]
    sentence: int
    start: int
    end: int


# the scan builds the index's own mentions: one object per mention, not a raw one and a copy
RawMention = Mention


@dataclass(slots=True)
class _Short:
    sentence: int
    start: int
    end: int
    text: str
    honorific: str | None
    token: str
    suffix: str = ""
    aged: bool = False  # "Ellie, 20, from Norwich": a person known by one name
    # where to look for a role, worked out only for the few shorts that resolve to a person (role_around is pure)
    context: str = ""
    role_span: tuple[int, int] | None = None


_Tok = tuple[str, int, int]
_NO_KINDS: frozenset[str] = frozenset()
# the look-ahead (h or s, in any case) lets `re` skip other positions before trying \b and the words
_PRONOUN_RE = re.compile(r"(?=[hs])\b(?:(he|his|him)|(she|her|hers))\b", re.IGNORECASE)


@dataclass(slots=True)
class _Scan:
    """Accumulated state while scanning one document."""

    people: dict[str, Person] = field(default_factory=dict)
    orgs: dict[str, frozenset[str]] = field(default_factory=dict)
    raw: list[RawMention] = field(default_factory=list)
    shorts: list[tuple[_Short, str | None]] = field(default_factory=list)
    unverified: list[tuple[int, int, int, str, str | None]] = field(default_factory=list)


def find_mentions(doc: Document) -> tuple[dict[str, Person], dict[str, frozenset[str]], list[RawMention]]:
    """People (canonical -> Person, first-mention order), organisations (canonical -> kinds) and all mentions."""
    scan = _Scan()
    for sent in doc.sentences:
        text = sent.text
        org_spans = _find_orgs(text, sent.index, scan)
        for run in _RUN_RE.finditer(text):
            word = run.group()
            if word in CAP_STOP and not _SPEECH_VERB.match(text, run.end()):
                continue  # the common case: one capitalised function word opening a sentence
            if " " not in word:  # a single word: no need to split the run
                a = run.start()
                tok = _TOKEN_RE.match(text, a)
                if tok is None or (a and (text[a - 1].isalnum() or text[a - 1] in "’'-_")):
                    continue
                if not org_spans or not any(x < tok.end() and a < y for x, y in org_spans):
                    _classify(text, sent.index, [(tok.group(), a, tok.end())], scan)
                continue
            for seg in _segments(text, run.start(), run.end(), org_spans):
                _classify(text, sent.index, seg, scan)
    _verify_unlisted(scan)
    _resolve_shorts(scan)
    _find_acronyms(doc, scan)
    _known_roles(scan)
    _merge_compound_surnames(scan)
    scan.raw.sort(key=lambda m: (m.sentence, m.start))
    first_seen: dict[str, tuple[int, int]] = {}
    for m in scan.raw:
        first_seen.setdefault(m.canonical, (m.sentence, m.start))
    _genders_from_pronouns(doc, scan)
    people = dict(sorted(scan.people.items(), key=lambda kv: first_seen.get(kv[0], (1 << 30, 0))))
    orgs = dict(sorted(scan.orgs.items(), key=lambda kv: first_seen.get(kv[0], (1 << 30, 0))))
    return people, orgs, scan.raw


def _merge_compound_surnames(scan: _Scan) -> None:
    # "Ms Inman Grant" named before "Julie Inman Grant": a compound surname is the same person, not a new one
    merged: dict[str, str] = {}
    for short in scan.people.values():
        if " " not in short.canonical or gender_of_first_name(short.first):
            continue
        longer = [p for p in scan.people.values() if p.canonical.endswith(" " + short.canonical)]
        if len(longer) == 1:
            merged[short.canonical] = longer[0].canonical
    for old, new in merged.items():
        gone, kept = scan.people.pop(old), scan.people[new]
        kept.gender = kept.gender or gone.gender
        kept.roles += [r for r in gone.roles if r not in kept.roles]
    if merged:
        scan.raw = [replace(m, canonical=merged.get(m.canonical, m.canonical)) for m in scan.raw]


def _find_acronyms(doc: Document, scan: _Scan) -> None:
    # "the Malaysian Communications and Multimedia Commission (MCMC)" -> later "the MCMC"
    aliases: dict[str, str] = {}
    for m in scan.raw:
        if m.kind == "org" and m.canonical == m.text and " " in m.text:
            after = _ACRONYM_AFTER.match(doc.sentences[m.sentence].text, m.end)
            if after and after.group(1) not in ORG_CANON:
                aliases[after.group(1)] = m.canonical
    if not aliases:
        return
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(a) for a in aliases) + r")\b")
    for sent in doc.sentences:
        for am in pattern.finditer(sent.text):
            scan.raw.append(RawMention(am.group(), aliases[am.group()], "org", sent.index, am.start(), am.end()))


def _known_roles(scan: _Scan) -> None:
    # office holders named in the article get their well-known office when the article gives none
    taken = {role for p in scan.people.values() for role in p.roles}
    for person in scan.people.values():
        for role in KNOWN_ROLES.get(person.canonical, ()):
            if role not in taken and not person.roles:
                person.roles.append(role)


def _find_orgs(text: str, sentence: int, scan: _Scan) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in _ORG_RE().finditer(text):
        alias = m.group()
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-"):
            continue
        if alias == "X":
            before = text[: m.start()].rstrip().rsplit(" ", 1)[-1].rstrip(".")
            if before in HONORIFICS:  # "Ms X", an anonymised claimant
                short = _Short(sentence, m.start() - len(before) - 1, m.end(), f"{before} X", before, "X")
                scan.shorts.append((short, None))
                continue
            if _X_AFTER.match(text, m.end()) or before in _X_BEFORE:
                continue
        if (alias.islower() or alias.startswith("the ")) and len(alias.split()) < 3 and alias != "ministers":
            continue  # "the government" is too generic to name one organisation on its own
        canonical = ORG_CANON[alias]
        scan.orgs.setdefault(canonical, ORG_KINDS.get(canonical, _NO_KINDS))
        scan.raw.append(RawMention(alias, canonical, "org", sentence, m.start(), m.end()))
        spans.append((m.start(), m.end()))
    return spans


def _segments(text: str, start: int, end: int, org_spans: list[tuple[int, int]]) -> list[list[_Tok]]:
    """Name-token groups of one capitalised run, split at organisations, possessives and odd punctuation."""
    segments: list[list[_Tok]] = [[]]
    prev_end = -1
    for t in _TOKEN_RE.finditer(text, start, end):
        a, b = t.span()
        if a and (text[a - 1].isalnum() or text[a - 1] in "’'-_"):
            prev_end = -1
            continue  # "eSafety", "Musk's" tail, "U.S.-based": not a name token
        in_org = bool(org_spans) and any(x < b and a < y for x, y in org_spans)
        if in_org or (prev_end >= 0 and not _GLUE.fullmatch(text, prev_end, a)):
            segments.append([])
        if not in_org:
            segments[-1].append((t.group(), a, b))
        prev_end = b
    return [s for s in segments if s]


def _classify(text: str, sentence: int, toks: list[_Tok], scan: _Scan, *, strict: bool = False) -> None:
    if len(toks) == 1 and toks[0][0] in CAP_STOP and _SPEECH_VERB.match(text, toks[0][2]):
        # "Sunday said": a surname that is also a day or month, as the subject of a speech verb
        scan.shorts.append((_Short(sentence, toks[0][1], toks[0][2], toks[0][0], None, toks[0][0]), None))
        return
    while toks and toks[0][0] in CAP_STOP:
        toks = toks[1:]
    if not toks:
        return
    if len(toks) > 2:  # "Brazilian Supreme Court Justice Alexandre de Moraes": the court is no part of the name
        cut = next((i for i in range(len(toks) - 2, 0, -1) if toks[i][0].rstrip(".") in HONORIFICS), 0)
        if cut and any(t[0] in NON_PERSON for t in toks[:cut]):
            _classify(text, sentence, toks[:cut], scan, strict=True)
            toks = toks[cut:]
    seg_start = toks[0][1]
    role: str | None = None
    # the longest title that still leaves a full name, else one that leaves a surname ("Prime Minister Starmer")
    if len(toks) > 1 and any(t[0].lower() in ROLE_WORDS for t in toks[:-1]):
        for k in [*range(len(toks) - 2, 0, -1), len(toks) - 1]:
            prefix = text[toks[0][1] : toks[k][1]].strip()
            if k > 0 and ROLE_FULL().fullmatch(prefix):
                role, toks = role_text(prefix), toks[k:]
                break
    honorific = ""
    while len(toks) > 1 and toks[0][0].rstrip(".") in HONORIFICS:
        honorific = f"{honorific} {toks[0][0].rstrip('.')}".strip()
        toks = toks[1:]
    groups = _split_connected(text, toks)
    if len(groups) == 1:
        _classify_person(text, sentence, seg_start, toks, honorific, role, scan, strict=strict)
        return
    org_from = _org_tail(groups)
    if org_from is not None:
        org_toks = [t for _, g in groups[org_from:] for t in g]
        _add_org(text, sentence, org_toks[0][1], org_toks[-1][2], scan)
        groups = groups[:org_from]
    if honorific in _PEERAGE and len(groups) >= 2 and groups[1][0] == "of" and len(groups[0][1]) == 1:
        # "Baroness Lloyd of Effra": a peer is known by the whole title
        end = groups[1][1][-1][2]
        suffix = text[groups[0][1][0][2] : end]
        short = _Short(sentence, seg_start, end, text[seg_start:end], honorific, groups[0][1][0][0], suffix)
        scan.shorts.append((short, role))
        groups = groups[2:]
        honorific, role = "", None
    for i, (_, group) in enumerate(groups):
        if i == 0:
            _classify_person(text, sentence, seg_start, group, honorific, role, scan, strict=strict)
        else:  # "Communication and Digital Affairs Minister Meutya Hafid": each part may carry its own title
            _classify(text, sentence, group, scan, strict=True)  # "Customs and Border Protection" is no person


def _split_connected(text: str, toks: list[_Tok]) -> list[tuple[str, list[_Tok]]]:
    groups: list[tuple[str, list[_Tok]]] = [("", [toks[0]])]
    for prev, tok in pairwise(toks):
        m = _CONNECTOR.search(text, prev[2], tok[1])
        if m:
            groups.append((m.group(1), [tok]))
        else:
            groups[-1][1].append(tok)
    return groups


def _org_tail(groups: list[tuple[str, list[_Tok]]]) -> int | None:
    """Index of the group where an organisation name starts ("Malaysian Communications and Multimedia Commission")."""
    if groups[-1][1][-1][0] in SUFFIX_KINDS:
        idx = len(groups) - 1
        while idx > 0 and not gender_of_first_name(groups[idx - 1][1][0][0]):
            if groups[idx][0] in ("of", "for") and groups[idx - 1][1][-1][0] not in SUFFIX_KINDS:
                break
            idx -= 1
        return idx
    for i, (_, group) in enumerate(groups[:-1]):
        if group[-1][0] in SUFFIX_KINDS and groups[i + 1][0] in ("of", "for"):
            return i
    return None


def _add_org(text: str, sentence: int, start: int, end: int, scan: _Scan) -> None:
    owner = _OWNER_BEFORE.search(text, max(0, start - 30), start)
    if owner and owner.group(1) not in PLACE_SET:  # "Women's Aid Organisation", but "Brazil's" is no part of a name
        start = owner.start()
    name = text[start:end]
    if name.startswith("The "):
        name, start = name[4:], start + 4
    last = name.rsplit(None, 1)[-1]
    scan.orgs.setdefault(name, SUFFIX_KINDS.get(last, frozenset()))
    scan.raw.append(RawMention(name, name, "org", sentence, start, end))


def _classify_person(
    text: str,
    sentence: int,
    seg_start: int,
    toks: list[_Tok],
    honorific: str,
    role: str | None,
    scan: _Scan,
    *,
    strict: bool = False,
) -> None:
    if len(toks) == 1:  # the common case, without generators
        not_person = toks[0][0] in NON_PERSON or toks[0][0].endswith(".")
    else:
        not_person = any(t[0] in NON_PERSON for t in toks) or all(t[0].endswith(".") for t in toks)
    if not_person:
        _maybe_org(text, sentence, toks, scan)
        return
    start, end = toks[0][1], toks[-1][2]
    if len(toks) == 1:
        short = _Short(sentence, seg_start, end, text[seg_start:end], honorific or None, toks[0][0])
        short.aged = not honorific and bool(_AGE_AFTER.match(text, end))
        if role is None:
            short.context, short.role_span = text, (seg_start, end)
        scan.shorts.append((short, role))
        return
    role = role or role_around(text, seg_start, end)
    name = text[start:end]
    if not (honorific or role or gender_of_first_name(toks[0][0])) and _PLACE_PREP.search(text, 0, seg_start):
        return  # "the MP for Norwich North"
    first, last = toks[0][0], toks[-1][0]
    if not honorific and _not_a_name(first, last):
        if first not in _GLUE_FIRST:
            _maybe_org(text, sentence, toks, scan)  # "the journal Lung Health", "the Harbour Brotherhood"
        return
    existing = _find_person(scan.people, first, last) or _find_by_tail(scan.people, name)
    if existing is None:
        evidence = (
            honorific
            or role
            or gender_of_first_name(first)
            or _PARTICLE.search(name)  # "Ruud van Nistelrooy", "Rhun ap Iorwerth": only people's names have these
            or (not strict and _SPEECH_NEXT.match(text, end))
            or (not strict and _SPEECH_BEFORE.search(text, max(0, seg_start - 20), seg_start))
        )
        if not evidence:
            scan.unverified.append((sentence, seg_start, end, name, role))
            return
        existing = _add_person(scan, name, honorific or None)
    _tie(existing, honorific or None, role)
    scan.raw.append(RawMention(text[seg_start:end], existing.canonical, "person", sentence, seg_start, end))


def _maybe_org(text: str, sentence: int, toks: list[_Tok], scan: _Scan) -> None:
    if toks[-1][0].rstrip(".") not in SUFFIX_KINDS or len(toks) < 2:
        return
    _add_org(text, sentence, toks[0][1], toks[-1][2], scan)


def _find_person(people: dict[str, Person], first: str, last: str) -> Person | None:
    for p in people.values():
        if p.last == last and p.first == first:
            return p
    return None


def _find_by_tail(people: dict[str, Person], name: str) -> Person | None:
    # "Ms Inman Grant" after "Julie Inman Grant"
    hits = [p for p in people.values() if p.canonical.endswith(" " + name)]
    return hits[0] if len(hits) == 1 else None


def _add_person(scan: _Scan, name: str, honorific: str | None) -> Person:
    parts = name.split()
    person = Person(name, parts[0], parts[-1], gender_of_first_name(parts[0]))
    scan.people[name] = person
    return person


def _tie(person: Person, honorific: str | None, role: str | None) -> None:
    first = honorific.split()[0] if honorific else None
    if honorific and honorific.split()[-1] in ("Justice", "Judge") and "judge" not in person.roles:
        person.roles.append("judge")
    if first in MALE_HONORIFICS:
        person.gender = "m"
    elif first in FEMALE_HONORIFICS:
        person.gender = "f"
    if role and role not in person.roles:
        person.roles.append(role)


# last words that make a capitalised pair an organisation, place or event, never a person
_ORG_TAILS = word_set(
    "Co Corp Inc Ltd Capital Fund Bureau Hospital Directorate Systems Statehouse Tribune Courant Post-Gazette War "
    "Area Brotherhood Psychiatry Health Medicine Journal Review Times Post Herald Gazette Pavilion Amphitheatre "
    "Arena Stadium Institute Council Committee Authority Agency Group Trust Foundation Partners Holdings Media "
    "Composite Index Democrats Republicans Taliban Porto"
)
# first words that describe rather than name: "Muslim Brotherhood", "Afghan Taliban", "American Farm Bureau"
_DEMONYMS = word_set(
    "Muslim Christian Jewish Hindu Sikh Afghan American British English Scottish Welsh Irish Australian Canadian "
    "French German Chinese Russian Indian Pakistani Iranian Israeli Palestinian Ukrainian European African Asian "
    "Arab Mexican Japanese Korean Brazilian Inner"
)
# sentence-initial words glued to a name: "Like Instagram head …", "Follow Newsbeat", "Getting Disney to …"
_GLUE_FIRST = word_set("Like Follow Welcome Getting Questioning Neither Formerly Unlike Meet Thanks Dear")


def _not_a_name(first: str, last: str) -> bool:
    """An organisation tail, a demonym or a glued sentence-initial word, with no known given name in front."""
    return (last in _ORG_TAILS or first in _DEMONYMS or first in _GLUE_FIRST) and not gender_of_first_name(first)


def _verify_unlisted(scan: _Scan) -> None:
    # a two-word name with no title or known given name counts once the article calls them "Mr/Ms <surname>":
    # the witness is the surname alone ("Harbour voters" does not make "Harbour Brotherhood" a person)
    surnames = {short.token for short, _ in scan.shorts}
    for sentence, start, end, name, role in scan.unverified:
        parts = name.split()
        if parts[-1] not in surnames or _not_a_name(parts[0], parts[-1]):
            continue
        person = _find_person(scan.people, parts[0], parts[-1]) or _add_person(scan, name, None)
        _tie(person, None, role)
        scan.raw.append(RawMention(name, person.canonical, "person", sentence, start, end))


def _resolve_shorts(scan: _Scan) -> None:
    for short, role in scan.shorts:
        pool = scan.people.values()  # a live view: people added for earlier shorts count for later ones
        hits = [p for p in pool if p.first == short.token] if short.honorific in ("Sir", "Dame") else []
        if short.honorific and " " in short.honorific:  # "Mrs Justice Ellenbogen" is known by the whole title
            hits = []
        hits = hits or [p for p in pool if p.last == short.token]
        if not hits and not short.honorific:  # "Fahmi told reporters": some people go by their given name
            hits = [p for p in pool if p.first == short.token and p.first != p.last]
        if len(hits) > 1 or (
            not hits and not short.honorific and not short.aged and short.token not in FAMOUS_SURNAMES
        ):
            continue
        if hits:
            person = hits[0]
        elif short.honorific == "Sir" and short.token in FAMOUS_KNIGHTS:
            full = FAMOUS_KNIGHTS[short.token]  # "Sir Keir" in an article that never says "Keir Starmer"
            person = scan.people.get(full) or _add_person(scan, full, None)
        elif short.token in FAMOUS_SURNAMES and short.honorific in (None, "Mr", "Ms", "Mrs", "Sir", "President"):
            full = FAMOUS_SURNAMES[short.token]  # "Mr Musk" in an article that never says "Elon Musk"
            person = scan.people.get(full) or _add_person(scan, full, None)
        elif short.aged:
            person = scan.people.get(short.token) or Person(short.token, short.token, short.token)
            person.gender = person.gender or gender_of_first_name(short.token)
            scan.people[short.token] = person
        else:
            name = f"{short.honorific} {short.token}{short.suffix}"
            person = scan.people.get(name) or Person(name, "", short.token)
            scan.people[name] = person
        if role is None and short.role_span is not None:
            role = role_around(short.context, *short.role_span)
        _tie(person, short.honorific, role)
        scan.raw.append(RawMention(short.text, person.canonical, "person", short.sentence, short.start, short.end))


def _genders_from_pronouns(doc: Document, scan: _Scan) -> None:
    # "Kendall said she would act": one person in the sentence and a gendered pronoun after them
    by_sentence: dict[int, list[RawMention]] = {}
    for m in scan.raw:
        if m.kind == "person":
            by_sentence.setdefault(m.sentence, []).append(m)
    votes: dict[str, set[str]] = {}
    for idx, ms in by_sentence.items():
        names = {m.canonical for m in ms}
        if len(names) != 1:
            continue
        text = doc.sentences[idx].text
        for pm in _PRONOUN_RE.finditer(text, ms[0].end):
            votes.setdefault(ms[0].canonical, set()).add("m" if pm.group(1) else "f")
    for name, genders in votes.items():
        person = scan.people.get(name)
        if person and person.gender is None and len(genders) == 1:
            person.gender = next(iter(genders))
