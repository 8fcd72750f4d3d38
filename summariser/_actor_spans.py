"""Finding who can act in one sentence: lexicon organisations, governments, named people, groups, places and
references ("it", "the regulator"), as `ActorSpan`s; `_actors.ActorFinder` caches them and resolves references.
"""

from __future__ import annotations

import re
from typing import Protocol

from summariser._actor_bodies import (
    _country_body,
    _lexicon_name,
    _owners_of_roles,
    _two_named,
)
from summariser._actor_branches import with_branch
from summariser._actor_gates import may_have_head, may_name_given, may_name_place, may_name_role, org_scan, plain_words
from summariser._actor_leads import described_and_lead_spans
from summariser._actor_patterns import (
    _ACRONYM_RE,
    _ALIASES,
    _BARE_GROUPS_NOT_ACTORS,
    _COUNTRY_ORG,
    _GENERIC_ORG,
    _GOV_RE,
    _GROUP_RE,
    _HEAD_FIRST_ORG,
    _NAME_RE,
    _OFFICE_ORG,
    _PLACE_RE,
    _PLACES,
    _POSSESSOR,
    _REF_RE,
    _REF_START,
    _ROLE_NAME,
    _X_AFTER,
    _X_BEFORE,
    DATE_WORDS,
    HEAD_GOES_ON,
    ActorSpan,
    Kind,
    _clean_person,
    _drop_overlaps,
    _may_name_a_group,
)
from summariser._actor_shapes import shape_spans
from summariser._actor_span_edits import _holders_dept, _person_of, _unpossessed, _verb_trimmed, _with_circuit
from summariser._givennames import gender_of_first_name
from summariser._lazy_re import lazy_re
from summariser._lexicon.actors import GOVERNMENTS, GROUPS, LOWER_CASE_BODIES, NON_ACTOR_ACRONYMS
from summariser._trie import starts_word

# `ActorSpan(...)` through the named tuple's own `__new__` costs a Python frame per span; the spans built per
# sentence (a few dozen) are made directly, all six fields given
_new = tuple.__new__
# references the names module may tie to the seed lexicon's "UK government" whatever country the article is about
GENERIC_GOV = frozenset(("ministers", "the ministers", "the government", "government", "the administration"))


class MentionLike(Protocol):
    @property
    def canonical(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...


class QuoteLike(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def speaker(self) -> str | None: ...
    @property
    def sentence(self) -> int: ...


class IndexLike(Protocol):
    def mentions_in(self, sentence: int) -> list[MentionLike]: ...  # pragma: no cover - protocol
    def resolve(self, phrase: str, *, sentence: int) -> str | None: ...  # pragma: no cover - protocol
    def role_of(self, canonical: str) -> str | None: ...  # pragma: no cover - protocol
    def is_person(self, canonical: str) -> bool: ...  # pragma: no cover - protocol


def find_spans(
    text: str,
    i: int,
    index: IndexLike | None,
    apposed: list[ActorSpan] | None = None,
    words: set[str] | None = None,
) -> list[ActorSpan]:
    """Every possible actor in sentence `i` (text `text`), in text order, overlaps removed (longest wins);
    `apposed`: the sentence's `_actor_shapes.apposed_spans`, `words`: its lower-cased words (`_actions._word_set`),
    when the caller has them."""
    found: list[ActorSpan] = []
    possessive = "’s " in text or "'s " in text
    plain = plain_words(text, words)  # the word set when it can rule scans out (`_actor_gates`)
    for m in org_scan(text).finditer(text):
        name = m.group(0)
        if not starts_word(text, m.start()):
            continue
        if name == "X" and (_X_BEFORE.search(text, 0, m.start()) or _X_AFTER.match(text[m.end() :])):
            continue
        if name == "MEPs" and _COUNTED.search(text, max(0, m.start() - 30), m.start()):
            continue  # "More than 50 MEPs have written": a group of members (below), not the Parliament voting
        found.append(_new(ActorSpan, (m.start(), m.end(), name, _ALIASES[name], "org", "")))
    for name, canonical in LOWER_CASE_BODIES.items():
        at = text.find(name)
        if at >= 0 and starts_word(text, at) and not text[at + len(name) : at + len(name) + 1].isalnum():
            found.append(_new(ActorSpan, (at, at + len(name), name, canonical, "org", "")))
    for m in (
        _GOV_RE.finditer(text)
        if ("overnment" in text or "dministration" in text or "authorities" in text or "egulators" in text)
        else ()
    ):
        found.append(ActorSpan(m.start(), m.end(), m.group(0), GOVERNMENTS[m.group("adj")], "gov"))
    for m in _COUNTRY_ORG.finditer(text) if possessive else ():
        body = m.group("body")
        country = m.group("country")
        canonical = _country_body(country, body)
        # "Sweden's privacy regulator": the country unless the article names its regulator of that kind (`resolve`)
        ref = "cbody:" + body if body.endswith(_STATE_BODY_NOUNS) else ""
        found.append(ActorSpan(m.start(), m.end(), m.group(0), canonical, "org", ref))
    for m in _GOVERNMENTS_BODY.finditer(text) if "government's " in text or "government’s " in text else ():
        # "the government's cybercrime agency": the article's government unless it names that agency (`resolve`)
        found.append(ActorSpan(m.start(), m.end(), m.group(0), None, "ref", "gbody:" + m.group("body")))
    heads = may_have_head(text, plain)
    for m in _HEAD_FIRST_ORG.finditer(text) if heads else ():
        name, end = m.group(0), m.end()
        if name.endswith(".") and not name.endswith(_ABBREVIATED):  # "… Digital Affairs.": the sentence's full stop
            name, end = name[:-1], end - 1
        found.append(ActorSpan(m.start(), end, name, name[4:] if name[:4] in ("the ", "The ") else name, "org"))
    for m in _GENERIC_ORG.finditer(text) if heads else ():
        name = m.group(0)
        if _AGENT_PREFIX.match(name) or _NAME_GOES_ON.match(text, m.end()):
            continue  # "Lawyers for X Corp": the client is the organisation; "Commissioner's Office": a longer name
        if " and " in name and _two_named(found, m.start() + _BOTH_LEAD * name.startswith("Both "), m.end()):
            continue  # "Ofcom and the European Commission": two bodies the lexicon knows, each acting
        if " of " in name and (person := _person_of(name, _index_person_at(index, i, m.start()))) is not None:
            # "Johnny Ryan of the Irish Council for Civil Liberties": the person acts; the body is theirs
            found.append(ActorSpan(m.start(), m.start() + len(person), person, _clean_person(person), "person"))
            continue
        end = m.end()
        more = HEAD_GOES_ON.match(text, end)
        if more is not None:  # "National Police Agency": one name, not "National Police" and a stray word
            end = more.end()
            name = text[m.start() : end]
        if name.endswith(".") and not name.endswith(_ABBREVIATED):  # the sentence's full stop, not the name's
            name, end = name[:-1], end - 1
        canonical = name[4:] if name[:4] in ("the ", "The ") else name
        # "the Defense Department" is the lexicon's Pentagon; "Senate's Environment … Committee" is the committee
        canonical = _ALIASES.get(canonical) or _OWNER_PREFIX.sub("", canonical)
        if (
            ("' " in canonical or "’ " in canonical)
            and (owner := _PLACE_OWNER.match(canonical))
            and owner.group(1) in _PLACES
        ):
            canonical = canonical[owner.end() :]  # "the Philippines' National Telecommunications Commission"
        found.append(ActorSpan(m.start(), end, name, canonical, "org"))
    if index is not None:
        for mention in index.mentions_in(i):
            kind: Kind = "person" if mention.kind == "person" else "org"
            canonical = _clean_person(mention.canonical) if kind == "person" else _lexicon_name(mention.canonical)
            end, name = mention.end, mention.text
            if name.lower() in GENERIC_GOV:
                continue  # "ministers", "the government": the article's own government (see `government`)
            if name == "MEPs" and _COUNTED.search(text, max(0, mention.start - 30), mention.start):
                continue  # counted members act as a group (see the lexicon loop above)
            if name.endswith(("'s", "’s")):  # keep the possessive outside the span: "Elon Musk's Grok"
                end, name, canonical = end - 2, name[:-2], canonical.removesuffix("'s").removesuffix("’s")
            if kind == "org" and " " in name:
                end, name, canonical = _verb_trimmed(end, name, canonical)
                if "s " in canonical and (owner := _PLACE_OWNER.match(canonical)) and owner.group(1) in _PLACES:
                    canonical = canonical[owner.end() :]  # "South Korea's Personal Information Protection Commission"
            found.append(_new(ActorSpan, (mention.start, end, name, canonical, kind, "")))
    for m in _ACRONYM_RE.finditer(text):
        word = m.group(0)
        if word in NON_ACTOR_ACRONYMS or word in _PLACES or word.title() in _PLACES:
            continue
        if (
            _DATELINE.match(text, 0, m.end())
            or _CAPS_RUN.match(text, m.end())
            or _CAPS_BEFORE.search(text, 0, m.start())
        ):
            continue  # a dateline ("PARIS, Jan 7 (Reuters) -") or a capitalised place ("in KUALA LUMPUR, Malaysia")
        found.append(ActorSpan(m.start(), m.end(), word, word, "org"))
    for m in _OFFICE_ORG.finditer(text) if "rosecutor" in text else ():
        name = m.group(0)
        bare = name[4:] if name[:4] in ("the ", "The ") else name
        if name.lower() in ("prosecutors", "the prosecutors") or (bare[:1].islower() and name[:1] in "Tt"):
            # "the prosecutors said", "the prosecutor's office said": the office the article named, resolved later
            found.append(ActorSpan(m.start(), m.end(), name, None, "ref", "prosecutors"))
            continue
        found.append(ActorSpan(m.start(), m.end(), name, name[4:] if name[:4] in ("the ", "The ") else name, "org"))
    # both patterns need a capitalised word and another capital after it ("Yuko Kobayashi"): most sentences have none
    two_capitals = _TWO_CAPITALS.search(text) is not None
    for m in _ROLE_NAME.finditer(text) if two_capitals and may_name_role(text, plain) else ():
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
            continue  # the role word must start a word (the pattern has no leading \b: see _actor_patterns)
        name, end = _unpossessed(m.group("name"), m.end("name"))
        found.append(ActorSpan(m.start("name"), end, name, name, "person"))
    for m in _NAME_RE.finditer(text) if two_capitals and may_name_given(plain) else ():
        if gender_of_first_name(m.group("first")) is not None:
            name, end = _unpossessed(m.group(0), m.end())
            found.append(_new(ActorSpan, (m.start(), end, name, name, "person", "")))
    for m in _GROUP_RE.finditer(text) if _may_name_a_group(text, words) else ():
        # annotators name a group with its modifier: "Labour backbenchers", "opposition lawmakers"
        phrase, start = m.group(0), m.start()
        if phrase.split(None, 1)[0] in DATE_WORDS:  # "On Tuesday MEPs adopted …": the date is no modifier
            phrase, start = m.group("g"), m.start("g")
        if (
            m.group("g") == phrase
            and (phrase in _BARE_GROUPS_NOT_ACTORS or phrase.lower() in _BARE_GROUPS_LOWER)
            and not _COUNTED.search(text, max(0, start - 30), start)
            and not _SIDES_AFTER.match(text, m.end())
        ):
            continue  # plain "MPs", "senators": too vague to be an actor ("more than 50 MEPs" is a body that acts)
        # a common modifier is lower-cased ("Cross-party MPs" -> "cross-party MPs"); a name keeps its capital
        first = phrase.split(None, 1)[0]
        lower = first.lower()
        common = lower in _GROUP_MODIFIERS or (first[1:].islower() and lower in _GROUP_WORDS)
        canonical = phrase[:1].lower() + phrase[1:] if common else phrase
        if canonical == "attorneys general":
            canonical = "state attorneys general"  # the plural office is the US states' ("37 attorneys general")
        found.append(ActorSpan(start, m.end(), phrase, canonical, "group"))
    places = False
    for m in _PLACE_RE.finditer(text) if may_name_place(plain) else ():
        if not starts_word(text, m.start()):
            continue
        places = True
        a, b = m.start(), m.end()
        if any(s.start < b and a < s.end and s.start > a for s in found if s.kind == "person"):
            continue  # "New Mexico Attorney General Raúl Torrez" (a mention that starts inside the place): the person
        found.append(_new(ActorSpan, (a, b, m.group(0), m.group(0), "place", "")))
    for m in _refs(text, possessive):
        # the alternatives are exclusive and "country_role" closes after its inner groups: the last group names it
        ref = m.lastgroup or "pronoun"
        kind2: Kind = "pronoun" if ref == "pronoun" else "ref"
        word = m.group("pronoun").lower() if ref == "pronoun" else ("gov" if ref == "ministers" else ref)
        if word.endswith(HELD):  # "her office", "his department": the holder's
            word = {"his": "he", "her": "she", "our": "we", "my": "we"}[word.split()[0]]
        elif word == "i":  # the first person, as "we": a quotation's speaker (the span's text tells them apart)
            word = "we"
        if ref == "held":  # "his organization": the organisation the article ties that person to
            word = "held:" + ("he" if m.group(0)[:2].lower() == "hi" else "she")
        if ref == "country_role":
            phrase = f"the {m.group('role_words')}"
            found.append(ActorSpan(m.start(), m.end(), phrase, None, "ref", f"role:{m.group('place')}"))
            continue
        found.append(_new(ActorSpan, (m.start(), m.end(), m.group(0), None, kind2, word)))
    found += described_and_lead_spans(text)
    if possessive:
        found += _owners_of_roles(text, found)
        for m in _THE_COUNTRYS.finditer(text) if "country" in text else ():  # resolved to the country just named
            found.append(ActorSpan(m.start(), m.end(), m.group(0), None, "ref", "country"))
    for m in _COMMITTEE_ON.finditer(text) if "ommittee on " in text else ():
        found.append(ActorSpan(m.start(), m.end(), m.group(0), m.group("name"), "org"))
    # bodies the lexicon lacks, named beside what they are (`_actor_shapes`): first, so they win a tie with the
    # country span "Germany's network regulator" that the description also is
    found = shape_spans(text, apposed) + found
    # "Keir Starmer's office said the government": a speaker and what was said, never one actor (spans are short:
    # scanning the few with three words or more costs less than scanning the sentence)
    if any(span.text.count(" ") > 1 and _SPEECH_INSIDE.search(span.text) for span in found):
        found = [span for span in found if _SPEECH_INSIDE.search(span.text) is None]
    if " Circuit" in text:  # "the U.S. Court of Appeals for the Eighth Circuit": one court, not the appeals courts
        found = [_with_circuit(span, text) for span in found]
    found = _drop_overlaps(found)
    if "s ministry" in text or "s department" in text:
        found = [_holders_dept(span) for span in found]
    return with_branch(found, text) if places else found  # `with_branch` only ever changes a place's span


def _index_person_at(index: IndexLike | None, i: int, start: int) -> int | None:
    """How long the person the names module found starting at `start` in sentence `i` is ("Tan Heang-Lee"), if any."""
    if index is None:
        return None
    return next((mn.end - start for mn in index.mentions_in(i) if mn.kind == "person" and mn.start == start), None)


# what a country's body is called when it may be named in apposition or elsewhere in the article
_STATE_BODY_NOUNS = ("regulator", "watchdog", "authority", "agency", "commission", "court")
_GOVERNMENTS_BODY = lazy_re(
    r"(?<![\w'’-])[Tt]he\s+government['’]s\s+(?P<body>(?:[a-z-]+\s+){1,3}?(?:regulator|watchdog|authority|agency))\b"
)
# a place that owns a proper name: "South Korea's Personal Information Protection Commission" is the commission
# "South Korea's …", "the Philippines' …" (a plural name takes a bare apostrophe)
_PLACE_OWNER = lazy_re(r"([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:['’]s|(?<=s)['’])\s+(?=[A-Z])")
_OWNER_PREFIX = lazy_re(r"^(?:Senate|House|Parliament|Congress|Assembly|Council|Commission)['’]s\s+(?=[A-Z])")


# what a person's possessive makes theirs: "her office said it …", "his department was drafting …"
HELD = ("office", "offices", "department", "ministry", "officials")


# "the Oireachtas committee on artificial intelligence": a committee the article names by its remit in lower case
_COMMITTEE_ON = lazy_re(
    r"(?<![\w'’-])(?:[Tt]he\s+)?(?P<name>(?:[A-Z][\w'’-]*\s+){1,3}(?:joint\s+|select\s+|standing\s+)?(?:sub)?committee"
    r"\s+on\s+(?:[a-z][\w-]*\s+){0,5}?[a-z][\w-]*)(?=\s*[,.;:]|\s+(?:said|says|has|have|had|will|would|is|was|wrote"
    r"|voted|called|urged|asked)\b)"
)


def _refs(text: str, possessive: bool) -> list[re.Match[str]]:
    """`_REF_RE` tried only where a reference can start ("the", a pronoun, "ministers", "Canada's"): one anchored
    match per candidate is far cheaper than scanning every position of the sentence."""
    starts = [m.start() for m in _REF_START.finditer(text)]
    if possessive:
        starts += [m.start() for m in _POSSESSOR.finditer(text)]
        starts.sort()  # the scans' own results are already in text order
    found: list[re.Match[str]] = []
    end = -1
    for pos in starts:
        if pos < end:
            continue
        m = _REF_RE.match(text, pos)
        if m is not None:
            found.append(m)
            end = m.end()
    return found


_TWO_CAPITALS = lazy_re(r"[A-Z][a-z]+\s+[A-Z]")
# a counted group acts as one ("More than 50 MEPs have written", "35 attorneys general signed")
_COUNTED = lazy_re(
    r"(?:\b(?:[Mm]ore\s+than|[Oo]ver|[Aa]t\s+least|[Nn]early|[Aa]lmost|[Ss]ome|[Aa]bout)\s+)?"
    r"\b(?:\d+\s+(?:other\s+)?|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens\s+of|hundreds\s+of)(?:-[a-z]+)?\s+)$"
)  # "38 MEPs", "Thirty-one MEPs", "dozens of MPs" ("Warren and two other senators" are Warren's companions)


# "Senators from both parties pressed …", "MPs from all sides": a group the sentence specifies
_SIDES_AFTER = lazy_re(
    r"\s+(?:from|across|on)\s+(?:both|all|several|many|\d+|two|three|four|five|six|the\s+\w+\s+and)\b"
)
_BARE_GROUPS_LOWER = frozenset(g.lower() for g in _BARE_GROUPS_NOT_ACTORS if g[:1].islower())
_GROUP_MODIFIERS = frozenset(
    ("cross-party", "senior", "leading", "individual", "consumer", "opposition", "state", "campaign", "child", "online")
)
_THE_COUNTRYS = lazy_re(
    r"\b[Tt]he country['’]s\s+(?:[a-z-]+\s+){0,3}"
    r"(?:regulator|ministry|watchdog|authority|agency|commission|government)\b"
)
_GROUP_WORDS = frozenset(w for group in GROUPS for w in group.split() if w.islower())
_NAME_GOES_ON = lazy_re(r"['’]s\s+(?:Office|Department|Council|Commission|Committee|Service|Foundation)\b")
# a speech verb inside a capitalised run ends one actor and starts the reported clause
_SPEECH_INSIDE = lazy_re(
    r"\s(?:said|says|told|tells|added|adds|announced|announces|confirmed|confirms|warned|warns|stated|states|"
    r"wrote|writes|claimed|claims|argued|argues|insisted|insists)\s"
)

_AGENT_PREFIX = lazy_re(
    r"(?:[Tt]he\s+)?(?:Lawyers|Counsel|Attorneys|Officers|Officials|Investigators|Staff|Representatives|Members)\s+"
    r"(?:for|of|from|at)\s+"
)
# name endings whose full stop belongs to the name
_ABBREVIATED = (" Corp.", " Inc.", " Co.", " Ltd.", " Bros.", " St.")
# "Both Ofcom and the European Commission have …": the two bodies the lexicon knows, not one name opening on "Both"
_BOTH_LEAD = len("Both ")
_CAPS_RUN = lazy_re(r" [A-Z]{3,}\b")
_CAPS_BEFORE = lazy_re(r"\b[A-Z]{3,} $")
_DATELINE = lazy_re(r"[A-Z .'’-]+$")
