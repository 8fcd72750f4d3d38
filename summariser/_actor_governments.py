"""Which country's government "the government" means at one point of an article: the country of the speaker or
subject in focus when their role names one ("Norway's digital affairs minister, Ingrid Solberg, … Solberg added that
the government was considering …"), else the country the article names most, a tie broken by the nearest mention.
"""

from __future__ import annotations

from collections.abc import Callable

from summariser._actor_patterns import ActorSpan, _after_preposition
from summariser._actor_spans import IndexLike
from summariser._lazy_re import lazy_re
from summariser._lexicon.actors import COUNTRY_CUES, GOVERNMENTS
from summariser._trie import trie_pattern

# a country, or its adjective, as a role or a description may name it -> its government's canonical name
NATIONS: dict[str, str] = {
    **{gov: gov for gov in GOVERNMENTS.values() if not gov.endswith("government")},
    **GOVERNMENTS,
    "the Netherlands": "Netherlands",
    "Scotland": "Scottish government",
    "Wales": "Welsh government",
}
_NATION_RE = lazy_re(r"(?<![\w-])(?:" + trie_pattern(NATIONS) + r")(?![\w-])")
# "Norway's digital affairs minister, " / "Norwegian minister " right before a person's first naming
_ROLE_BEFORE = lazy_re(
    r"(?<![\w-])(?P<nation>" + trie_pattern(NATIONS) + r")(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,4}?"
    r"(?:minister|secretary|spokes(?:person|man|woman)|premier|chancellor)\s*,?\s*$"
)
# ", the South African communications minister," right after it
_ROLE_AFTER = lazy_re(
    r",\s+(?:the\s+|a\s+)?(?P<nation>" + trie_pattern(NATIONS) + r")(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,4}?"
    r"(?:minister|secretary|spokes(?:person|man|woman)|premier|chancellor)\b"
)
_CUE_GOVERNMENT: dict[str, str] = {cue: gov for gov, cues in COUNTRY_CUES.items() for cue in cues}
_CUE_RE = lazy_re(r"(?<![\w-])(?:" + trie_pattern(_CUE_GOVERNMENT) + r")(?![\w-])")
# sentences searched for a person's first naming, and back for the nearest country mention
_FIRST_MENTIONS = 60
NEAREST_WINDOW = 4


def nation_in(text: str) -> str | None:
    """The government of the one country `text` (a role, "South African communications minister") names, else None."""
    found = {NATIONS[m.group(0)] for m in _NATION_RE.finditer(text)}
    return found.pop() if len(found) == 1 else None


def person_nation(person: str, index: IndexLike, sentences: int, text_of: Callable[[int], str]) -> str | None:
    """The government `person` serves when the article says so: their role names a country, or their first naming is
    framed by one ("Norway's digital affairs minister, Ingrid Solberg"); None otherwise."""
    role = index.role_of(person)
    if role:
        found = nation_in(role)
        if found is not None:
            return found
    for j in range(min(sentences, _FIRST_MENTIONS)):
        for mention in index.mentions_in(j):
            if mention.kind != "person" or person not in (mention.canonical, mention.text):
                continue
            text = text_of(j)  # only the first naming describes them
            m = _ROLE_BEFORE.search(text, max(0, mention.start - 80), mention.start)
            m = m or _ROLE_AFTER.match(text, mention.end)
            return NATIONS[m.group("nation")] if m is not None else None
    return None


def span_nation(span: ActorSpan) -> str | None:
    """The government a span itself stands for or is described by ("France's digital affairs minister" -> France)."""
    if span.ref.startswith("role:"):
        return NATIONS.get(span.ref[5:])
    if span.kind == "gov":
        return span.canonical
    return None


def nearest_cue(texts: list[str], before: int, accept: Callable[[str], bool]) -> str | None:
    """The government of the country mentioned last before offset `before` of the last of `texts` (the sentences
    leading up to it, oldest first), among those `accept` allows; None if none is."""
    for k in range(len(texts) - 1, -1, -1):
        text = texts[k] if k < len(texts) - 1 else texts[k][:before]
        for m in reversed(list(_CUE_RE.finditer(text))):
            gov = _CUE_GOVERNMENT[m.group(0)]
            if accept(gov):
                return gov
    return None


def subject_nations(
    spans: list[ActorSpan], text: str, before: int, person_of: Callable[[ActorSpan], str | None]
) -> set[str]:
    """The governments the subjects before `before` in one sentence serve (a speaker's role, a country's minister)."""
    found: set[str] = set()
    for span in spans:
        if span.end > before:
            break
        if _after_preposition(text, span.start) or text.startswith(("'s", "’s"), span.end):
            continue
        nation = span_nation(span)
        if nation is None and span.kind in ("person", "pronoun"):
            nation = person_of(span)
        if nation is not None:
            found.add(nation)
    return found
