"""Organisations one sentence names by what it says of them: "advocacy group OpenMedia", "Netsafe, the agency that
…", "Malaysia's communications regulator", "Glitch's founder"; `_actor_spans.find_spans` adds them to its spans.
"""

from __future__ import annotations

import string

from summariser._actor_patterns import (
    _ALIASES,
    _PLACES,
    ActorSpan,
)
from summariser._lazy_re import first_chars, lazy_re
from summariser._lexicon.actors import GOVERNMENTS

# "Advocacy group OpenMedia urged …", "the trade body techUK warned …": a body named right after what it is
_DESCRIBED_BODY = lazy_re(
    r"(?<![\w'’-])(?i:advocacy|campaign|pressure|lobby|rights|industry|trade|consumer|research|civil liberties)"
    r"\s+(?:group|body|organi[sz]ation|association)\s+(?P<name>(?:[A-Z]|[a-z]+[A-Z])[\w'’&.-]*"
    r"(?:\s+(?:for\s+|of\s+|&\s+)?[A-Z][\w'’&.-]*){0,4})",
    first=first_chars("acplrit", ignore_case=True),  # the first letters of the kinds, either case
)
_NOT_BODY_NAMES = frozenset(("The", "A", "An", "In", "On", "At", "On", "Last", "This", "But", "And"))


_DEFINED_BODY = lazy_re(
    r"(?<![\w'’-])(?P<name>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}),\s+(?:the|an?)\s+(?:(?!of\b)[a-z-]+\s+){0,3}?"
    r"(?:agency|regulator|watchdog|charity|organi[sz]ation|body|foundation|authority|coalition|campaign group)"
    r"(?=\s+(?:that|which|who|responsible|founded|set|based|funded|backed|representing)\b)",
    first=first_chars(string.ascii_uppercase),  # a name opens every match
)


def _may_define_a_body(text: str) -> bool:
    """Cheap test before the scan: ", the" or ", a" and one of the nouns (substring tests, no pattern)."""
    return (", the " in text or ", a" in text) and any(noun in text for noun in _BODY_NOUNS)


_BODY_NOUNS = ("agency", "regulator", "watchdog", "charity", "organi", "body", "foundation", "authority", "coalition")


def _may_name_a_body(text: str) -> bool:
    """Cheap test before the scan (substring tests are far cheaper than a regular expression search)."""
    return "group " in text or "body " in text or "organi" in text or "association " in text


# a country's own regulator or ministry acts for the country ("Malaysia's communications regulator said …" is Malaysia,
# as readers and annotators name it); its parliament, courts and police stay themselves
_STATE_BODIES = ("regulator", "watchdog", "ministry", "authority", "agency", "commission", "cabinet")


_UK_BODIES = (
    ("media", "Ofcom"),
    ("communications", "Ofcom"),
    ("online safety", "Ofcom"),
    ("broadcasting", "Ofcom"),
    ("data", "Information Commissioner's Office"),
    ("privacy", "Information Commissioner's Office"),
    ("competition", "Competition and Markets Authority"),
)


def _two_named(found: list[ActorSpan], start: int, end: int) -> bool:
    """Do lexicon organisations open and close the phrase from `start` to `end` ("Ofcom and the ICO")?"""
    return any(s.kind == "org" and s.start == start for s in found) and any(
        s.kind == "org" and s.end == end and s.start > start for s in found
    )


def _country_body(country: str, body: str) -> str:
    if body == "government":
        return GOVERNMENTS.get(country, country)
    government = GOVERNMENTS.get(country)
    if government == "UK government":  # Britain's regulators have names the article means
        return next((name for key, name in _UK_BODIES if key in body), f"{country}'s {body}")
    if body.endswith(_STATE_BODIES) and (government is not None or country in _PLACES):
        return government or country
    return f"{country}'s {body}"


# "Glitch's founder", "Acme Corp's chief executive": whoever has a founder or a spokesperson is an organisation
_ROLE_OWNER = lazy_re(
    r"[A-Z](?<![\w'’-].)[\w&-]*(?:\s[A-Z][\w&-]*){0,3}['’]s\s+(?:co-)?(?:founder|chief executive|director|chair"
    r"|chairman|chairwoman|spokesperson|spokesman|spokeswoman|president|head|general counsel)\b"
)


def _owners_of_roles(text: str, found: list[ActorSpan]) -> list[ActorSpan]:
    """Organisations known only as the owner of a role, where nothing else claims the words."""
    out: list[ActorSpan] = []
    for m in _ROLE_OWNER.finditer(text):
        end = text.find("'s", m.start(), m.end())
        end = text.find("’s", m.start(), m.end()) if end < 0 else end
        start = m.start()
        if any(s.start < end and start < s.end for s in found):
            continue  # a person ("Elon Musk's lawyers"), a place or a known body
        name = text[start:end]
        if name in _PLACES or name.split()[0] in ("The", "A", "An", "Its", "His", "Her", "Their"):
            continue
        out.append(ActorSpan(start, end, name, name, "org"))
    return out


def _lexicon_name(name: str) -> str:
    """An organisation the names module found, under the lexicon's canonical name when the lexicon knows it ("The
    Defense Department" -> "Pentagon"), so one body is one actor whichever module named it."""
    bare = name[4:] if name[:4] in ("the ", "The ") else name
    return _ALIASES.get(bare) or _ALIASES.get(name) or name
