"""The people and organisations one scan of an article collects, and the passes that finish them.

`_mentions.find_mentions` fills a `Scan` sentence by sentence; the passes here then resolve short references ("Ms
Kendall", "Sir Keir"), verify names with no other evidence, merge compound surnames, find acronyms and genders.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Literal

from summariser._givennames import gender_of_first_name, pronoun_gender, surname_gender
from summariser._lazy_re import lazy_re
from summariser._name_tokens import NAME_PARTICLES
from summariser._namelex import (
    FAMOUS_KNIGHTS,
    FAMOUS_SURNAMES,
    FEMALE_HONORIFICS,
    KNOWN_ROLES,
    MALE_HONORIFICS,
    ORG_CANON,
)
from summariser._org_initials import initial_aliases
from summariser._roles import role_around
from summariser._text import Document, word_set

# (after the name in its own language too: "the Dutch Data Protection Authority (Autoriteit Persoonsgegevens, AP)")
ACRONYM_AFTER = lazy_re(r"\s*\((?:[A-ZÀ-Þ][^(),;:]{2,60},\s+)?([A-Z][A-Za-z]{1,7})\)")
ACRONYM_APPOSED = lazy_re(r"\(([A-Z][A-Z]{1,7})\),\s+(?:the\s+)?$")


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
_NEW = object.__new__
_SET = tuple(Mention.__dict__[name].__set__ for name in ("text", "canonical", "kind", "sentence", "start", "end"))


def make_mention(
    text: str, canonical: str, kind: Literal["person", "org"], sentence: int, start: int, end: int
) -> Mention:
    """A `Mention` built through its slots: the same object as `Mention(...)` at half the cost of a frozen
    dataclass's `__init__` (a scan makes dozens per article)."""
    mention: Mention = _NEW(Mention)
    set_text, set_canonical, set_kind, set_sentence, set_start, set_end = _SET
    set_text(mention, text)
    set_canonical(mention, canonical)
    set_kind(mention, kind)
    set_sentence(mention, sentence)
    set_start(mention, start)
    set_end(mention, end)
    return mention


@dataclass(slots=True)
class Short:
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


Tok = tuple[str, int, int]
NO_KINDS: frozenset[str] = frozenset()


@dataclass(slots=True)
class Scan:
    """Accumulated state while scanning one document."""

    people: dict[str, Person] = field(default_factory=dict)
    orgs: dict[str, frozenset[str]] = field(default_factory=dict)
    raw: list[RawMention] = field(default_factory=list)
    shorts: list[tuple[Short, str | None]] = field(default_factory=list)
    unverified: list[tuple[int, int, int, str, str | None]] = field(default_factory=list)
    # the people added by `add_person`, by (first, last) and by each tail of their name after a space ("Inman
    # Grant", "Grant"), in the order they were added: lookups during the scan, not a walk over every person
    pairs: dict[tuple[str, str], dict[str, None]] = field(default_factory=dict)
    tails: dict[str, dict[str, None]] = field(default_factory=dict)
    # (sentence, start) of a name later in a list after a plural title -> that title ("Senators A, B and C")
    list_roles: dict[tuple[int, int], str] = field(default_factory=dict)
    # people first named as someone's relative ("Her daughter, Lucía Quiroga"): a shared bare surname is not theirs
    kin: set[str] = field(default_factory=set)


def find_person(people: dict[str, Person], first: str, last: str) -> Person | None:
    for p in people.values():
        if p.last == last and p.first == first:
            return p
    return None


NAME_SUFFIXES = word_set("Jr Sr II III IV")
# surname particles: lower case inside a name ("Brooke van Velden"), capitalised when they open a sentence
PARTICLES = frozenset(NAME_PARTICLES)
CONNECTED = lazy_re(r" and | & |,")


# Malaysian and Bruneian honours written before a name ("Datuk Fahmi Fadzil", "Tan Sri Muhyiddin Yassin"): no part
# of the name the article goes on to use ("Fahmi said")
_HONOURS = lazy_re(
    r"^(?:(?:Datuk|Dato'?|Datin|Tan|Puan)\s+Seri|Dato'?\s+Sri|Tan\s+Sri|Puan\s+Sri|Datuk|Dato'?|Datin|Tun)\s+"
)


def add_person(scan: Scan, name: str, honorific: str | None) -> Person:
    honour = _HONOURS.match(name) if name[:1] in "DTP" else None
    canonical = name[honour.end() :] if honour and " " in name[honour.end() :] else name
    parts = canonical.split()
    last = parts[-2] if len(parts) > 2 and parts[-1].rstrip(".") in NAME_SUFFIXES else parts[-1]
    person = Person(canonical, parts[0], last, pronoun_gender(parts[0]) or surname_gender(last))
    scan.people[canonical] = person
    scan.pairs.setdefault((parts[0], last), {})[canonical] = None
    if canonical != name:  # the honoured form again finds the same person ("Datuk", "Fadzil")
        scan.pairs.setdefault((name.split()[0], last), {})[canonical] = None
    i = name.find(" ")
    while i >= 0:
        scan.tails.setdefault(name[i + 1 :], {})[canonical] = None
        i = name.find(" ", i + 1)
    return person


def find_added(scan: Scan, first: str, last: str, name: str) -> Person | None:
    """The first person added with this first and last name, else the one person whose name ends in `name` ("Ms
    Inman Grant" after "Julie Inman Grant"); through the scan's indexes, exact while only `add_person` adds people
    (the name scan, before `resolve_shorts`)."""
    names = scan.pairs.get((first, last))
    if names:
        return scan.people[next(iter(names))]
    names = scan.tails.get(name)
    if not names and first.lower() in PARTICLES:
        # "Van Velden rejected that" opening a sentence: the particle of "Brooke van Velden", capitalised
        names = scan.tails.get(first.lower() + name[len(first) :])
    return scan.people[next(iter(names))] if names and len(names) == 1 else None


def tie(person: Person, honorific: str | None, role: str | None) -> None:
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
ORG_TAILS = word_set(
    "Co Corp Inc Ltd Capital Fund Bureau Hospital Directorate Systems Statehouse Tribune Courant Post-Gazette War "
    "Area Brotherhood Psychiatry Health Medicine Journal Review Times Post Herald Gazette Pavilion Amphitheatre "
    "Arena Stadium Institute Council Committee Authority Agency Group Trust Foundation Partners Holdings Media "
    "Composite Index Democrats Republicans Democrat Republican Taliban Porto Olympics Games Cup Championship "
    "Championships Awards Festival Prize League Series Tour Open Marathon Grand Prix Expo Summit"
)
# first words that describe rather than name: "Muslim Brotherhood", "Afghan Taliban", "American Farm Bureau"
DEMONYMS = word_set(
    "Muslim Christian Jewish Hindu Sikh Afghan American British English Scottish Welsh Irish Australian Canadian "
    "French German Chinese Russian Indian Pakistani Iranian Israeli Palestinian Ukrainian European African Asian "
    "Arab Mexican Japanese Korean Brazilian Inner Danish Dutch Swedish Norwegian Finnish Polish Spanish Italian"
)
PARTY_NOUNS = word_set("Democrat Republican Conservative Tory Socialist Liberal")
PARTY_NAMES = word_set("Green Labour Reform")  # also surnames: cut only before a known given name
# sentence-initial words glued to a name: "Like Instagram head …", "Follow Newsbeat", "Getting Disney to …"
GLUE_FIRST = word_set("Like Follow Welcome Getting Questioning Neither Formerly Unlike Meet Thanks Dear")


def not_a_name(first: str, last: str) -> bool:
    """An organisation tail, a demonym or a glued sentence-initial word, with no known given name in front."""
    return (last in ORG_TAILS or first in DEMONYMS or first in GLUE_FIRST) and not gender_of_first_name(first)


def verify_unlisted(scan: Scan) -> None:
    # a two-word name with no title or known given name counts once the article calls them "Mr/Ms <surname>":
    # the witness is the surname alone ("Harbour voters" does not make "Harbour Brotherhood" a person)
    # (and a first word used alone more often than the surname names a brand or a body: "Dräger … Dräger Infinity")
    if not scan.unverified:
        return  # (most feed items: no set of bare words to build)
    surnames = {short.token for short, _ in scan.shorts}
    for sentence, start, end, name, role in scan.unverified:
        parts = name.split()
        if parts[-1] not in surnames or not_a_name(parts[0], parts[-1]):
            continue
        if parts[0] in surnames and _used_alone_more(scan, parts[0], parts[-1]):
            continue
        person = find_person(scan.people, parts[0], parts[-1]) or add_person(scan, name, None)
        tie(person, None, role)
        scan.raw.append(make_mention(name, person.canonical, "person", sentence, start, end))


def _used_alone_more(scan: Scan, first: str, last: str) -> bool:
    """True when `first` stands alone more often (twice at least) than `last` in the article's bare words."""
    counts = Counter(short.token for short, _ in scan.shorts if short.token in (first, last))
    return counts[first] > max(1, counts[last])


_PLAIN_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof"})


def resolve_shorts(scan: Scan) -> None:
    # people by first and by last name, in article order; rebuilt only when a short adds someone (people added for
    # earlier shorts count for later ones; the loop only ever adds new keys, so the count says when)
    size = -1
    by_first: dict[str, list[Person]] = {}
    by_last: dict[str, list[Person]] = {}
    unknown: list[tuple[Short, str | None]] = []  # bare words that named no one when they were read
    for short, role in scan.shorts:
        if len(scan.people) != size:
            size, by_first, by_last = len(scan.people), {}, {}
            for p in scan.people.values():
                by_first.setdefault(p.first, []).append(p)
                by_last.setdefault(p.last, []).append(p)
        hits = by_first.get(short.token, []) if short.honorific in ("Sir", "Dame") else []
        if short.honorific and " " in short.honorific:  # "Mrs Justice Ellenbogen" is known by the whole title
            hits = []
        hits = hits or by_last.get(short.token, [])
        if not hits and not short.honorific:  # "Fahmi told reporters": some people go by their given name
            hits = [p for p in by_first.get(short.token, ()) if p.first != p.last]
        elif not hits:  # "Ms Kim" for "Kim Min-ji", "Mr Xi" for "Xi Jinping": the family name comes first
            hits = [p for p in by_first.get(short.token, ()) if _family_first(p.last) or p.first in _CHINESE_FAMILY]
        if len(hits) > 1 and scan.kin:
            hits = _without_kin(hits, short.honorific, scan.kin)
        if len(hits) > 1 or (
            not hits and not short.honorific and not short.aged and short.token not in FAMOUS_SURNAMES
        ):
            if not hits:
                unknown.append((short, role))
            continue
        if hits:
            person = hits[0]
        elif short.honorific == "Sir" and short.token in FAMOUS_KNIGHTS:
            full = FAMOUS_KNIGHTS[short.token]  # "Sir Keir" in an article that never says "Keir Starmer"
            person = scan.people.get(full) or add_person(scan, full, None)
        elif short.token in FAMOUS_SURNAMES and short.honorific in (None, "Mr", "Ms", "Mrs", "Sir", "President"):
            full = FAMOUS_SURNAMES[short.token]  # "Mr Musk" in an article that never says "Elon Musk"
            person = scan.people.get(full) or add_person(scan, full, None)
        elif short.aged:
            person = scan.people.get(short.token) or Person(short.token, short.token, short.token)
            person.gender = person.gender or pronoun_gender(short.token)
            scan.people[short.token] = person
        elif short.honorific in _PLAIN_TITLES and gender_of_first_name(short.token) and not short.suffix:
            continue  # "Dr. Mike" in a heading: a title before a given name names nobody certain
        else:
            name = f"{short.honorific} {short.token}{short.suffix}"
            person = scan.people.get(name) or Person(name, "", short.token)
            scan.people[name] = person
        if role is None and short.role_span is not None:
            role = role_around(short.context, *short.role_span)
        tie(person, short.honorific, role)
        scan.raw.append(make_mention(short.text, person.canonical, "person", short.sentence, short.start, short.end))
    for short, role in unknown:  # "pressing Andrew" read before "Andrew said" made him a person known by one name
        single = scan.people.get(short.token)
        if single is not None and single.first == single.last == short.token:
            tie(single, None, role)
            scan.raw.append(make_mention(short.text, short.token, "person", short.sentence, short.start, short.end))


def _without_kin(hits: list[Person], honorific: str | None, kin: set[str]) -> list[Person]:
    """The one bearer of a shared surname not introduced as a relative, when the honorific (if any) fits them."""
    others = [p for p in hits if p.canonical not in kin]
    if len(others) != 1 or honorific not in (None, "Mr", "Ms", "Mrs", "Miss", "Dr"):
        return hits
    gender = others[0].gender
    if (honorific in ("Ms", "Mrs", "Miss") and gender != "f") or (honorific == "Mr" and gender != "m"):
        return hits
    return others


# the commonest Chinese family names: "Mr Xi" is Xi Jinping, "Ms Wang" is Wang Yi (only after a courtesy title)
_CHINESE_FAMILY = word_set(
    "Xi Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang "
    "Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Tsai "
    "Lai Qin Fu Bai Cui Kong Mao Qiu Hou Shi Xiong Jin Gu Wan Duan Lei Qian Tan Yin Hao Kang"
)


def _family_first(given: str) -> bool:
    """True for a hyphenated romanised Korean given name ending a name ("Min-ji", "Kyung-hee", "Jae-hoon")."""
    head, dash, tail = given.partition("-")
    return bool(dash) and tail.islower() and head[:1].isupper() and head[1:].islower() and len(head) <= 5


def merge_compound_surnames(scan: Scan) -> None:
    # "Ms Inman Grant" named before "Julie Inman Grant": a compound surname is the same person, not a new one
    if len(scan.people) < 2:
        return  # no one else whose name could end in theirs
    merged: dict[str, str] = {}
    for short in scan.people.values():
        if " " not in short.canonical or gender_of_first_name(short.first):
            continue
        longer = [p for p in scan.people.values() if p.canonical.endswith(" " + short.canonical)]
        if len(longer) == 1:
            merged[short.canonical] = longer[0].canonical
    merge_people(scan, merged)


def merge_people(scan: Scan, merged: dict[str, str]) -> None:
    """Fold each person `old` of {old: new} into `new`: gender and roles kept, every mention renamed."""
    for old, new in merged.items():
        gone, kept = scan.people.pop(old), scan.people[new]
        kept.gender = kept.gender or gone.gender
        kept.roles += [r for r in gone.roles if r not in kept.roles]
    if merged:
        scan.raw = [replace(m, canonical=merged.get(m.canonical, m.canonical)) for m in scan.raw]


def find_acronyms(doc: Document, scan: Scan) -> None:
    # "the Malaysian Communications and Multimedia Commission (MCMC)" -> later "the MCMC"
    aliases: dict[str, str] = {}
    for m in scan.raw:
        if m.kind == "org" and m.canonical == m.text and " " in m.text:
            after = ACRONYM_AFTER.match(doc.sentences[m.sentence].text, m.end)
            if after and after.group(1) not in ORG_CANON:
                aliases[after.group(1)] = m.canonical
            elif m.start > 6:
                # "Integritetsskyddsmyndigheten (IMY), the Swedish Authority for Privacy Protection": a name the index
                # does not know, its acronym, then the organisation it is in English
                text = doc.sentences[m.sentence].text
                before = ACRONYM_APPOSED.search(text, max(0, m.start - 20), m.start)
                if before and before.group(1) not in ORG_CANON:
                    aliases.setdefault(before.group(1), m.canonical)
    for acronym, org in initial_aliases(doc.text, scan.orgs, ORG_CANON).items():
        aliases.setdefault(acronym, org)  # "the Drug Enforcement Administration" … "the DEA says"
    if not aliases:
        return
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(a) for a in aliases) + r")\b")
    for sent in doc.sentences:
        for am in pattern.finditer(sent.text):
            scan.raw.append(make_mention(am.group(), aliases[am.group()], "org", sent.index, am.start(), am.end()))


def known_roles(scan: Scan) -> None:
    # office holders named in the article get their well-known office when the article gives none
    taken = {role for p in scan.people.values() for role in p.roles}
    for person in scan.people.values():
        for role in KNOWN_ROLES.get(person.canonical, ()):
            if role not in taken and not person.roles:
                person.roles.append(role)


# the next name of a list: ", Amy Klobuchar", " and Ted Cruz", ", and Marsha Blackburn"
_LISTED_NAME = lazy_re(r"(?:,\s+(?:and\s+)?|\s+and\s+)([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})(?=[\s,.;:]|$)")


def note_listed_roles(text: str, sentence: int, pos: int, role: str, scan: Scan) -> None:
    """After "Senators Maria Cantwell" at `pos`: the names listed next ("and Ted Cruz") hold the same title."""
    for _ in range(8):
        nxt = _LISTED_NAME.match(text, pos)
        if nxt is None:
            return
        scan.list_roles[(sentence, nxt.start(1))] = role
        pos = nxt.end()
