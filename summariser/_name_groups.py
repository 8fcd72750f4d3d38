"""How the name tokens of one capitalised run group: titles, affiliations and connectors between names.

Pure helpers of `_mention_classify._classify` over `Tok` lists ("Danish Social Democrat Christel Schaldemose",
"Communication and Digital Affairs Minister Meutya Hafid"); no scan state.
"""

from __future__ import annotations

import re
from itertools import pairwise

from summariser._givennames import gender_of_first_name
from summariser._lexicon import PLACES
from summariser._namelex import SUFFIX_KINDS
from summariser._people import DEMONYMS, PARTY_NAMES, PARTY_NOUNS, Tok
from summariser._roles import ROLE_WORDS, role_text
from summariser._text import word_set

_CONNECTOR = re.compile(r"\s+(of|for|and|&)\s+(?:the\s+)?$")
_PLACE_SET = frozenset(PLACES)


def has_role_word(toks: list[Tok]) -> bool:
    """True when a token before the last is a title word ("Secretary", "chief"): only then can a title lead."""
    for t in toks[:-1]:  # noqa: SIM110 - a loop, not any() over a generator: asked for every multi-word name
        if t[0].lower() in ROLE_WORDS:
            return True
    return False


_DESCRIBER = re.compile(r"[A-Z][a-z]+-[a-z]+s?")
# a common noun for a person before a given name opens a sentence, not a name: "Patient Jim Kessell, 74, said"
_PERSON_NOUNS = word_set(
    "patient resident nurse pensioner student pupil teacher mother father parent grandmother grandfather victim "
    "survivor campaigner activist driver shopper voter owner worker volunteer widow widower teenager"
)


def drop_affiliation(toks: list[Tok]) -> list[Tok]:
    """'Danish Social Democrat Christel Schaldemose', 'Republican Phil Bryant', 'American Kevin King': a party or
    nationality before a two-word name is no part of it."""
    if toks[-1][0] in SUFFIX_KINDS:
        return toks  # "Liberal Democratic Party", "Social Democratic Union": a body's own name, kept whole
    cut = next(
        (
            i
            for i in range(len(toks) - 3, -1, -1)
            if toks[i][0] in PARTY_NOUNS or (toks[i][0] in PARTY_NAMES and gender_of_first_name(toks[i + 1][0]))
        ),
        -1,
    )
    if cut >= 0 and toks[cut + 1][0].lower() not in ROLE_WORDS:  # "Conservative MP Jane Doe": a title, kept whole
        return toks[cut + 1 :]
    if gender_of_first_name(toks[1][0]) and (
        toks[0][0] in DEMONYMS
        or toks[0][0] in _PLACE_SET
        or _DESCRIBER.fullmatch(toks[0][0])
        or (toks[0][0].lower() in _PERSON_NOUNS and not gender_of_first_name(toks[0][0]))
    ):
        return toks[1:]  # "American Kevin King", "Singer-guitarists Tom Johnston", "envoy to Ukraine Kurt Volker"
    return toks


def split_connected(text: str, toks: list[Tok]) -> list[tuple[str, list[Tok]]]:
    if all(b[1] - a[2] == 1 for a, b in pairwise(toks)):
        return [("", toks)]  # one-character gaps (most names): no room for " and ", " of the "
    groups: list[tuple[str, list[Tok]]] = [("", [toks[0]])]
    for prev, tok in pairwise(toks):
        m = _CONNECTOR.search(text, prev[2], tok[1])
        if m:
            groups.append((m.group(1), [tok]))
        else:
            groups[-1][1].append(tok)
    return groups


def org_tail(groups: list[tuple[str, list[Tok]]]) -> int | None:
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


_ROLE_PREP_BEFORE = re.compile(
    r"(?<![\w’'])((?:[a-z-]+\s+){0,3}?(?:envoy|ambassador|minister|secretary|commissioner|representative|adviser|advisor|"
    r"spokesman|spokeswoman|spokesperson|director|president|chairman|chairwoman|chair|head|chief)\s+"
    r"(?:to|for|of)\s+(?:the\s+)?)$"
)


def split_role_object(text: str, toks: list[Tok]) -> tuple[list[Tok], str | None]:
    """ "envoy to Ukraine Kurt Volker": after a lower-case title ending in to/for/of, one capitalised word before a
    known given name (or a place before any name: "ambassador to Britain Liu Xiaming") completes the title; the rest
    is the name."""
    # one word, then a known given name and one or two more: "Center for Environmental Politics" stays whole
    named = gender_of_first_name(toks[1][0]) or (toks[0][0] in _PLACE_SET and len(toks) == 3)
    if len(toks) > 4 or not named or text[toks[0][2] : toks[1][1]] != " ":
        return toks, None
    before = _ROLE_PREP_BEFORE.search(text, max(0, toks[0][1] - 60), toks[0][1])
    if before is None:
        return toks, None
    return toks[1:], f"{role_text(text[before.start(1) : toks[0][1]].strip())} {toks[0][0]}"
