"""Precompiled patterns for finding actors in a sentence: lexicon organisations, generic organisation names,
governments, groups, places, people missed by the names module, and references ("the regulator", "she").
"""

from __future__ import annotations

import re
import string
from functools import lru_cache
from typing import Literal, NamedTuple

from summariser._lazy_re import first_chars, lazy_re
from summariser._lexicon import ORGANISATIONS, PLACES
from summariser._lexicon.actors import (
    COMPANY_REFS,
    COUNTRY_CUES,
    COURT_REFS,
    GOVERNMENTS,
    GROUPS,
    MORE_ORGANISATIONS,
    REGULATOR_REFS,
    US_STATES,
)
from summariser._trie import trie_pattern, word_regex, words


def _alias_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for source in (ORGANISATIONS, MORE_ORGANISATIONS):
        for canonical, aliases in source.items():
            for name in (canonical, *aliases):
                if name in ("the government", "ministers", "the commission"):
                    continue  # resolved through the article, not the lexicon
                table.setdefault(name, canonical)
                if name[:1].islower():
                    table.setdefault(name[:1].upper() + name[1:], canonical)
    return table


_ALIASES = _alias_table()
# the canonical names the lexicon knows bodies by
LEXICON_NAMES = frozenset(_ALIASES.values())
_PLACES = frozenset(PLACES) | frozenset(US_STATES)
_B = r"(?<![\w'’-])"
_E = r"(?![\w-]|['’]\w\w)"
_ORG_RE = word_regex(_ALIASES, boundary=r"[\w-]|['’]\w\w")
_X_BEFORE = lazy_re(r"(?:Malcolm|Generation|Gen|Planet|Project|Brand|Mr|Mrs|Ms|Miss|Dr|Factor|Person|Child|Mx)\s+$")
_X_AFTER = lazy_re(r"^(?:-ray|\s+(?:Factor|Files|Men|Games|Prize|Ray)\b|-\w)")

_ORG_HEADS = (
    "Commission|Committee|Court|Ministry|Department|Authority|Agency|Office|Council|Parliament|Senate|Assembly"
    "|Foundation|Trust|Institute|Regulator|Tribunal|Police|Board|Bureau|Coalition|Alliance|Watchdog|Cabinet"
    "|Commissioner|Centre|Center|Society|Association|Federation|Network|Project|Campaign|Lab|Inc|Ltd|Corp"
    "|Organisation|Organization|Fund|Forum|Party|Service|Secretariat|Directorate|Inspectorate|Ombudsman|Supervisor"
    "|Judgeship"
)
_NOT_NAME = (
    r"(?!(?:The|A|An|On|In|At|By|For|Last|This|That|But|And|Its|His|Her|Their|When|After|Before|While|As|If|Monday"
    r"|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Earlier|Later|Meanwhile|Separately|However)\b)"
)
_CAP = _NOT_NAME + r"[A-Z][\w'’&.-]*"
# these patterns open with a look-behind; `first` names the letters their matches start with, so `re` can skip to them
_CAPITAL_OR_THE = first_chars(string.ascii_uppercase + "t")
# "the Ankara 7th Criminal Judgeship of Peace": an ordinal inside a name
_CAP_OR_ORDINAL = _NOT_NAME + r"[A-Z0-9][\w'’&.-]*"
_GENERIC_ORG = lazy_re(
    rf"{_B}(?:[Tt]he\s+)?{_CAP}\s+(?:(?:of|for|and|on|&)\s+(?:the\s+)?)?"
    rf"(?:{_CAP_OR_ORDINAL}\s+(?:(?:of|for|and|on|&)\s+(?:the\s+)?)?){{0,5}}?(?:{_ORG_HEADS})\b"
    rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?{_CAP}(?:\s+(?:(?:and|&|of)\s+)?{_CAP}){{0,4}})?",
    first=_CAPITAL_OR_THE,
)
# "National Police" + " Agency": the lazy pattern stops at the first head; a head that follows at once goes on
HEAD_GOES_ON = lazy_re(
    rf"\s+(?:{_CAP}\s+)?(?:Agency|Authority|Board|Bureau|Commission|Committee|Council|Office|Service)\b"
)
_HEAD_FIRST_ORG = lazy_re(
    rf"{_B}(?:[Tt]he\s+)?(?:Ministry|Department|Office|Commission|Committee|Council|Authority|Agency|Court|Bureau)"
    rf"\s+(?:of|for|on)\s+(?:the\s+)?{_CAP}(?:,?\s+(?:(?:and|of|for|the|&)\s+)*{_CAP}){{0,5}}",
    first=_CAPITAL_OR_THE,
)
_COUNTRY_ORG = lazy_re(
    rf"{_B}(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?|UK|US)['’]s\s+(?P<body>(?:[a-z-]+\s+){{0,3}}"
    r"(?:ministry|regulator|watchdog|authority|agency|commission|parliament|courts?|government|police|cabinet))\b"
    r"(?!\s+[A-Z])",
    first=first_chars(string.ascii_uppercase),
)
_GOV_RE = lazy_re(
    rf"{_B}(?:[Tt]he\s+)?(?P<adj>{'|'.join(sorted(map(re.escape, GOVERNMENTS), key=len, reverse=True))})"
    # "French regulators": unnamed agencies of a country act for it (README convention)
    r"\s+(?:[Gg]overnment|administration|authorities|regulators)\b",
    first=first_chars(string.ascii_uppercase + "t" + "".join(name[0] for name in GOVERNMENTS)),
)
# "On Tuesday MPs voted": a day or a month before a group is no part of its name (`_actor_spans` drops it)
DATE_WORDS = frozenset(
    words(
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
        "August September October November December"
    )
)
_GROUP_RE = lazy_re(
    rf"{_B}(?:(?:(?-i:(?!The\b|A\b|An\b|Some\b|Many\b|Several\b|Other\b)[A-Z][a-z]+|EU|US|UK)|cross-party|senior|leading"
    r"|individual|consumer|opposition|state)\s+)?"
    rf"(?P<g>{trie_pattern(GROUPS)}){_E}",
    re.IGNORECASE,
)
_HEAD_RE = word_regex(_ORG_HEADS.split("|"), boundary=r"[\w]")
_BARE_GROUPS_NOT_ACTORS = frozenset(
    [
        *words("MPs MEPs peers senators lawmakers legislators backbenchers Democrats Republicans parties"),
        "attorneys general",
    ]
)
_GROUP_HINTS = tuple({g.split()[-1].lower() for g in GROUPS})
# the last words of the groups (`_GROUP_RE`) in one pattern: is any of them in the lower-cased sentence at all?
_GROUP_HINT = lazy_re("|".join(map(re.escape, sorted(_GROUP_HINTS))))
_GROUP_HINT_WORDS = frozenset(_GROUP_HINTS)


def _may_name_a_group(text: str, words: set[str] | None) -> bool:
    """May `_GROUP_RE` match: does the lower-cased sentence hold a group's last word (`_GROUP_HINT`)? In printable
    ASCII a match's last word is one of the sentence's words (a space or a mark splitting the words stands before
    and after it), so the word set answers as the substring scan would wherever the pattern matches."""
    if words is not None and text.isascii() and text.isprintable():
        return not _GROUP_HINT_WORDS.isdisjoint(words)
    return _GROUP_HINT.search(text.lower()) is not None


_OFFICE_ORG = lazy_re(
    r"(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+)?(?:(?:public|state|chief|federal)\s+){0,2}prosecutor['’]s\s+office|"
    r"(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+)?(?:public\s+|state\s+|federal\s+)?prosecutors(?=\s+(?:said|have|has|had|opened))"
)
# the look-behind goes after the first letter: a pattern that opens with a character class lets `re` skip ahead to
# the next capital instead of trying every position (about twice as fast on news text)
_ACRONYM_RE = lazy_re(r"[A-Z](?<![\w'’-].)[A-Z&]{2,5}(?![\w'’-]|['’][a-z]{2})")
# "Yuko Kobayashi" when the names module missed them: a known given name and one or two capitalised words
_NAME_RE = lazy_re(r"(?P<first>[A-Z](?<![\w'’-].)[a-z]+)(?:\s+[A-Z][a-z'’]+(?:-[A-Z][a-z]+)?){1,2}(?![\w-])")
# "lawmaker Yuko Kobayashi": a capitalised name right after a role word is a person even if the names module missed it
_ROLE_WORDS = words(
    "lawmaker legislator MP MEP MSP TD senator Senator minister Minister secretary Secretary leader chair chairman "
    "chairwoman director spokesperson spokeswoman spokesman commissioner Commissioner official activist founder "
    "MLA councillor Councillor congressman congresswoman Congressman Congresswoman assemblyman assemblywoman "
    "governor Governor mayor Mayor Rep. Sen. Representative member"
)
# "education spokesperson, Sioned Pritchard MS, asked": a name set off by commas after a role (closed by a comma or
# a post-nominal title, so "the minister, Ofcom and X" names nobody)
_APPOSED_NAME = r"[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){1,2}(?:,|\s+(?:MS|MP|MSP|MEP|TD|MLA)\b)"
# a trie opening the pattern lets `re` skip to possible first letters; callers check the word start (`\b` before)
_ROLE_NAME = lazy_re(
    rf"{trie_pattern(_ROLE_WORDS)}(?:\s+|,\s+(?={_APPOSED_NAME}))(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){{1,2}})(?![\w-])"
)
_PLACE_RE = word_regex(sorted(_PLACES), boundary=r"[\w-]|['’]\w\w")


def _refs(phrases: tuple[str, ...]) -> str:
    return "|".join(re.escape(p[4:]) if p.startswith("the ") else re.escape(p) for p in phrases)


_REF_RE = lazy_re(
    rf"{_B}(?:(?:[Tt]he\s+|(?=(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:\S+\s+(?:minister|secretary)|party)\b)(?:[Hh]is|[Hh]er|[Tt]heir)\s+)"
    rf"(?:(?P<company>{_refs(COMPANY_REFS)})|(?P<regulator>{_refs(REGULATOR_REFS)})"
    rf"|(?P<court>(?:same\s+|(?:three|five|seven|nine|\d+)-judge\s+(?=court\b)|full\s+(?=court\b))?(?:{_refs(COURT_REFS)}))|(?P<gov>(?:(?:[Ff]ederal|[Nn]ational|[Cc]entral|[Cc]oalition)\s+)?(?:[Gg]overnment|administration|executive))|(?P<dept>(?:(?:[a-z]++|IT)\s+){{0,2}}(?:ministry|department))"
    r"|(?P<commission>commission)|(?P<committee>(?:sub)?committee)"
    r"|(?P<charity>foundation|charity|campaign group|group|organisation|party)"
    r"|(?P<head>alliance|coalition|board|council|network|institute|trust|society|association|federation|bureau"
    r"|authority|centre|center|forum|inspectorate|ombudsman|body)"
    r"|(?P<role>(?:(?:[a-z-]++(?:['’]s)?|IT)\s+){0,2}"
    r"(?:minister|secretary|commissioner|president|chancellor|senator|attorney general|chief executive|regulator's"
    r" chief executive|spokesperson|spokesman|spokeswoman)(?:\s+for\s+England|\s+for\s+[A-Z][a-z]+)?))"
    r"|(?P<ministers>[Mm]inisters)"
    r"|(?P<pronoun>[Ii]t|[Tt]hey|[Hh]e|[Ss]he|[Ww]e|I|[Oo]ur\s+offices?|(?:[Hh]is|[Hh]er|[Mm]y)\s+(?:office|department|ministry|officials))"
    r"|(?P<held>(?:[Hh]is|[Hh]er)\s+(?:organi[sz]ation|charity|company|firm|agency))"
    r"|(?P<country_role>(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)['’]s\s+(?P<role_words>(?:[a-z-]++\s+){0,2}"
    r"(?:commissioner|minister|secretary|attorney general|prime minister|president|chancellor|premier))))"
    r"(?![\w-]|['’](?!(?:ve|re|ll)\b)\w\w)"  # "we've", "they're", "we'll" end a pronoun; "X's" ends nothing here
)
# (`[a-z]++` and `[a-z-]++` are possessive: a word must end at a space there, so giving letters back never helps, and
# not trying costs a third less at each "the")
# the word-start test inside the pattern: these short words occur inside many others ("other", "edit", "rethink")
_REF_START_WORDS = words(
    "the The it It they They he He she She we We I our Our his His her Her my My ministers Ministers their Their"
)
# the look-behind goes after each first letter (as in `_ACRONYM_RE`): `re` can then skip to possible first letters
_REF_START = lazy_re(
    "(?:"
    + "|".join(
        re.escape(first) + r"(?<![\w'’-].)" + trie_pattern([w[1:] for w in _REF_START_WORDS if w[0] == first])
        for first in sorted({w[0] for w in _REF_START_WORDS})
    )
    + r")(?![\w-])"
)
_POSSESSOR = lazy_re(r"[A-Z](?<![\w'’-].)[a-z]+(?:\s[A-Z][a-z]+)?['’]s\s")
_PRONOUN_WINDOW = 3
_NAMED_ROLE = lazy_re(r"(?:commissioner|attorney general|prime minister|president)$")
_GOVERNMENT_ROLE = lazy_re(r"\b(?:minister|secretary|spokes(?:person|man|woman))\b", re.IGNORECASE)


Kind = Literal["org", "person", "gov", "place", "group", "ref", "pronoun"]


class ActorSpan(NamedTuple):
    """A possible actor in a sentence; `canonical` is None for references ("it", "the regulator") until resolved.

    A named tuple rather than a frozen dataclass: every candidate sentence builds its spans afresh, and a frozen
    dataclass's `__init__` (one `object.__setattr__` per field) cost about three times as much.
    """

    start: int
    end: int
    text: str
    canonical: str | None
    kind: Kind
    ref: str = ""  # for kind "ref"/"pronoun": company|regulator|court|gov|role|it|they|he|she


_COLLECTIVE_OF = lazy_re(r"\b(?:coalition|group|alliance|number|network|consortium|dozens|hundreds)\s+$")
_PREP_BEFORE = lazy_re(
    r"(?:\b(?:to|into|against|on|of|with|from|at|for|by|about|over|towards|under|than|like|including|via|upon|in|"
    r"between|among|amid|despite|whether)\s+)(?:(?:the|a|an|its|their)\s+|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+)?$"
)  # "employees at Elon Musk's xAI": a possessor between the preposition and the span


_CAMPAIGN_WORDS = ("Foundation", "Trust", "Charity", "Society", "Coalition", "Campaign", "Aid", "Network", "Centre")


def _is_campaign_org(span: ActorSpan) -> bool:
    name = span.canonical or ""
    return span.kind == "org" and (name.endswith(_CAMPAIGN_WORDS) or name in ("NSPCC", "Refuge", "Glitch"))


_TITLE_TOKENS = frozenset(
    words(
        "MSP MP MEP TD MLA AM Senator Sen. Rep. Minister Secretary Commissioner Green Labour Ambassador Judge Justice "
        "Governor Gov. President Deputy Director Attorney General Chief Prosecutor Mayor Councillor "
        "Chairperson Chairman Chairwoman Chair"
    )
)


# "Johnny Ryan of the Irish Council for Civil Liberties": the person, not the body they belong to
_OF_BODY = lazy_re(r"\s+of\s+(?:the\s+)?[A-Z]")
# "Baroness Owen of Alderley Edge": a peer's title names a place with "of" and keeps it
PEER_TITLES = frozenset(words("Baroness Baron Lord Lady Earl Countess Duke Duchess Viscount Viscountess Marquess"))


@lru_cache(maxsize=4096)  # names repeat through an article and across a feed
def _clean_person(name: str) -> str:
    """ "Scottish Green MSP Maggie Chapman" -> "Maggie Chapman": titles the names module left on a canonical name;
    "Rep. Kim Nam-hee of the Democratic Party" -> "Kim Nam-hee": the affiliation after "of" is no part of it."""
    if (
        " of " in name
        and (of := _OF_BODY.search(name)) is not None
        and " " in name[: of.start()].strip()
        and name.split(None, 1)[0] not in PEER_TITLES
    ):
        name = name[: of.start()]
    tokens = name.split()
    # a short all-capitals token is a title or a position too ("Browns DL Sheldon Richardson")
    cut = max(
        # ("D. John Sauer": an initial with its full stop is part of the name)
        (
            k
            for k, tok in enumerate(tokens)
            if tok in _TITLE_TOKENS or (tok.isupper() and 2 <= len(tok) <= 4 and not tok.endswith("."))
        ),
        default=-1,
    )
    return " ".join(tokens[cut + 1 :]) if 0 <= cut < len(tokens) - 2 else name


def _is_department(span: ActorSpan) -> bool:
    name = span.canonical or ""
    return span.kind == "org" and (
        "Ministry" in name or "Department" in name or name.endswith(("ministry", "department"))
    )


def _after_preposition(text: str, start: int) -> bool:
    """True when the words before `start` make the span the object of a preposition ("into X", "with the firm");
    "a coalition of consumer groups" still has the groups acting."""
    m = _PREP_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    return not (m.group(0).startswith("of") and _COLLECTIVE_OF.search(text, max(0, m.start() - 30), m.start()))


def after_preposition(text: str, start: int) -> bool:
    """Public wrapper for the actions module: is the span at `start` governed by a preposition?"""
    return _after_preposition(text, start)


def _drop_overlaps(spans: list[ActorSpan]) -> list[ActorSpan]:
    if len(spans) < 2:
        return spans
    spans.sort(key=lambda s: (s.start, -(s.end - s.start), _KIND_RANK[s.kind]))
    out: list[ActorSpan] = []
    for span in spans:
        if out and span.start < out[-1].end:
            continue
        out.append(span)
    return out


# on equal spans the lexicon's organisation beats a person run, which beats a bare place
_KIND_RANK: dict[str, int] = {"gov": 0, "org": 1, "person": 2, "group": 3, "ref": 4, "pronoun": 5, "place": 6}


_CUES = sorted({cue for cues in COUNTRY_CUES.values() for cue in cues}, key=len, reverse=True)
_CUE_RE = lazy_re(trie_pattern(_CUES))  # a trie: the flat alternation cost a third of a millisecond a call
# the cues that open with a capital, in a trie of their own: a text that holds none of the others anywhere (even
# inside a word) gets the same matches from it (at each position only the branch of its first character can match),
# and `re` skips from capital to capital instead of trying every "e" for "eSafety"
_UPPER_CUE_RE = lazy_re(trie_pattern([cue for cue in _CUES if cue[:1].isupper()]))
_OTHER_CUES = tuple(cue for cue in _CUES if not cue[:1].isupper())
# a cue inside a longer one ("Australia" in "Australian") is counted with it, as `str.count` per cue would
_CUE_INSIDE = {
    long: [(short, long.count(short)) for short in _CUES if short != long and short in long] for long in _CUES
}


def country_cue_counts(text: str) -> dict[str, int]:
    """How often each government's cues occur in `text` (substring counts): one scan instead of one per cue."""
    counts: dict[str, int] = {}
    scan = _UPPER_CUE_RE
    for cue in _OTHER_CUES:
        if cue in text:
            scan = _CUE_RE
            break
    for m in scan.finditer(text):
        cue = m.group(0)
        counts[cue] = counts.get(cue, 0) + 1
        for short, n in _CUE_INSIDE[cue]:
            counts[short] = counts.get(short, 0) + n
    scores = dict.fromkeys(COUNTRY_CUES, 0)  # every government, in the lexicon's order (ties go to the first)
    for cue, n in counts.items():  # the few cues found, not every government's every cue
        for gov in _CUE_GOVERNMENTS[cue]:
            scores[gov] += n
    return scores


# each cue -> the governments whose cue lists hold it (once per listing: a cue listed twice counts twice)
_CUE_GOVERNMENTS: dict[str, list[str]] = {cue: [] for cue in _CUES}
for _gov, _cues in COUNTRY_CUES.items():
    for _cue in _cues:
        _CUE_GOVERNMENTS[_cue].append(_gov)
