"""Find people and organisations in sentences: lexicon organisations, capitalised name runs, titles and roles.

Used by `_names.build_name_index`; everything here is a single pass of precompiled regexes per sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from functools import cache
from operator import attrgetter

from summariser import _name_evidence as E
from summariser._doc_orgs import (
    add_org,
    learn_camel_orgs,
    learn_descriptor_kinds,
    learn_house_committees,
    learn_statement_orgs,
    maybe_org,
    owned_org_start,
)
from summariser._givennames import gender_of_first_name
from summariser._lazy_re import lazy_re
from summariser._lexicon import PLACES
from summariser._name_groups import drop_affiliation, has_role_word, org_tail, split_connected, split_role_object
from summariser._name_titles import unknown_title
from summariser._name_tokens import GLUE as _GLUE
from summariser._name_tokens import PARTICLE as _PARTICLE
from summariser._name_tokens import RUN_RE as _RUN_RE
from summariser._name_tokens import TOKEN_RE as _TOKEN_RE
from summariser._namelex import (
    CAP_STOP,
    FEMALE_HONORIFICS,
    HONORIFICS,
    MALE_HONORIFICS,
    NON_PERSON,
    ORG_CANON,
    ORG_KINDS,
    SUFFIX_KINDS,
)
from summariser._people import (
    CONNECTED,
    GLUE_FIRST,
    NAME_SUFFIXES,
    NO_KINDS,
    PARTY_NOUNS,
    Mention,
    Person,
    RawMention,
    Scan,
    Short,
    Tok,
    add_person,
    find_acronyms,
    find_added,
    genders_from_pronouns,
    known_roles,
    make_mention,
    merge_compound_surnames,
    not_a_name,
    note_listed_roles,
    resolve_shorts,
    tie,
    verify_unlisted,
)
from summariser._roles import ROLE_WORDS, is_role_phrase, role_around, role_text
from summariser._text import Document, alternation, lazy_pattern

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
# The alternation is tried at every letter an alias starts with, and a few lower-case aliases ("eSafety", "ministers",
# "xAI") start with common letters: a sentence that holds none of them is scanned without them. Left out only where
# they cannot match, so the matches are those of `_ORG_RE` (the trie is built in sorted order, whatever the subset).
_RARE_ALIASES = [a for a in ORG_CANON if a[:1].islower() and not a.startswith("the ")]
_RARE_WORDS = tuple(a for a in _RARE_ALIASES if not any(b != a and b in a for b in _RARE_ALIASES))
_COMMON_ALIASES = [a for a in ORG_CANON if a not in _RARE_ALIASES]


@cache
def _org_pattern(present: frozenset[str]) -> re.Pattern[str]:
    """The organisation alternation for a sentence holding the rare words `present` (and no other)."""
    rare = [a for a in _RARE_ALIASES if all(w in present for w in _RARE_WORDS if w in a)]
    return re.compile(alternation([*_COMMON_ALIASES, *rare]) + r"(?![\w-])")


_X_BEFORE = frozenset({"Malcolm", "Generation", "Gen", "Planet", "Brand", "Project"})
_X_AFTER = lazy_re(r"\s+(?:Factor|Files|Men|Games|Prize|Ray)\b|-ray")

_PEERAGE = frozenset({"Baroness", "Lord", "Lady", "Baron", "Viscount", "Earl"})

PLACE_SET = frozenset(PLACES)
_NO_ENDS: list[int] = []
_BY_POSITION = attrgetter("sentence", "start")


def find_mentions(doc: Document) -> tuple[dict[str, Person], dict[str, frozenset[str]], list[RawMention]]:
    """People (canonical -> Person, first-mention order), organisations (canonical -> kinds) and all mentions."""
    scan = Scan()
    # bound once: this loop visits ~90 capitalised runs per article, most of them one word
    cap_stop, speech_verb, token_at, run_iter = CAP_STOP, E.SPEECH_VERB.match, _TOKEN_RE.match, _RUN_RE.finditer
    rare = [w for w in _RARE_WORDS if w in doc.text]  # most articles hold none: one pattern for every sentence
    org_iter = _org_pattern(frozenset()).finditer
    for sent in doc.sentences:
        text = sent.text
        index = sent.index
        if rare:
            org_iter = _org_pattern(frozenset(w for w in rare if w in text)).finditer
        org_spans = _find_orgs(text, index, scan, org_iter)
        # the organisations' ends, in order (finditer's matches do not overlap): a bisect finds the one organisation
        # a token could overlap, so a sentence naming hundreds of them stays linear
        org_ends = [y for _, y in org_spans] if org_spans else _NO_ENDS
        n_orgs = len(org_ends)
        for run in run_iter(text):
            word = run.group()
            if word in cap_stop and not speech_verb(text, run.end()):
                continue  # the common case: one capitalised function word opening a sentence
            a = run.start()
            if " " not in word:  # a single word: no need to split the run
                if a and (text[a - 1].isalnum() or text[a - 1] in "’'-_"):
                    continue  # "eSafety", "Musk's" tail: no name token starts inside a word
                if word.isascii() and word.isalpha() and word[1:].islower():
                    b = a + len(word)  # "Grok", "Sunday": the token regex would match the whole word
                else:
                    tok = token_at(text, a)
                    if tok is None:
                        continue
                    b = tok.end()
                    word = tok.group()
                if n_orgs:
                    i = bisect_right(org_ends, a)  # the first organisation ending after the token starts
                    if i < n_orgs and org_spans[i][0] < b:
                        continue
                _classify_single(text, index, word, a, b, scan)
                continue
            end = run.end()
            clear = True  # no organisation overlaps the run
            if n_orgs:
                i = bisect_right(org_ends, a)
                if i < n_orgs and org_spans[i][0] <= a and end <= org_spans[i][1]:
                    continue  # the whole run is an organisation: "European Commission"
                clear = i >= n_orgs or org_spans[i][0] >= end
            if clear and word.count(" ") == 1 and not (a and (text[a - 1].isalnum() or text[a - 1] in "’'-_")):
                first, _, last = word.partition(" ")
                if (
                    first.isascii()
                    and first.isalpha()
                    and first[1:].islower()
                    and last.isascii()
                    and last.isalpha()
                    and last[1:].islower()
                ):
                    # two plain words ("Elon Musk", most runs): the two tokens `_segments` would find, without the
                    # token regex
                    b = a + len(first)
                    _classify(text, index, [(first, a, b), (last, b + 1, end)], scan)
                    continue
            for seg in _segments(text, a, end, org_spans, org_ends):
                if len(seg) == 1:
                    _classify_single(text, index, *seg[0], scan)
                else:
                    _classify(text, index, seg, scan)
    verify_unlisted(scan)
    resolve_shorts(scan)
    find_acronyms(doc, scan)
    known_roles(scan)
    merge_compound_surnames(scan)
    learn_statement_orgs(doc, scan)
    learn_camel_orgs(doc, scan)
    learn_descriptor_kinds(doc, scan)
    learn_house_committees(doc, scan)
    scan.raw.sort(key=_BY_POSITION)
    first_seen: dict[str, tuple[int, int]] = {}
    for m in scan.raw:
        first_seen.setdefault(m.canonical, (m.sentence, m.start))
    genders_from_pronouns(doc, scan)
    people = dict(sorted(scan.people.items(), key=lambda kv: first_seen.get(kv[0], (1 << 30, 0))))
    orgs = dict(sorted(scan.orgs.items(), key=lambda kv: first_seen.get(kv[0], (1 << 30, 0))))
    return people, orgs, scan.raw


def _find_orgs(
    text: str, sentence: int, scan: Scan, org_iter: Callable[[str], Iterator[re.Match[str]]]
) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in org_iter(text):
        a, b = m.span()
        if a and (text[a - 1].isalnum() or text[a - 1] in "_-"):
            continue
        alias = m.group()
        if alias == "X":
            before = _word_before(text, a).rstrip(".")
            if before in HONORIFICS:  # "Ms X", an anonymised claimant
                short = Short(sentence, a - len(before) - 1, b, f"{before} X", before, "X")
                scan.shorts.append((short, None))
                continue
            if _X_AFTER.match(text, b) or before in _X_BEFORE:
                continue
        entry = _ORG_ENTRIES[alias]
        if entry is None:
            continue  # "the government" is too generic to name one organisation on its own
        canonical, kinds = entry
        if canonical not in scan.orgs:
            scan.orgs[canonical] = kinds
        scan.raw.append(make_mention(alias, canonical, "org", sentence, a, b))
        spans.append((a, b))
    return spans


def _word_before(text: str, at: int) -> str:
    """`text[:at].rstrip().rsplit(" ", 1)[-1]` without copying the text before `at` (a long sentence names X often)."""
    end = at
    while end and text[end - 1].isspace():
        end -= 1
    return text[text.rfind(" ", 0, end) + 1 : end]


# alias -> (canonical, kinds), or None for a generic lower-case alias that names no one organisation on its own;
# worked out once here instead of for each of the ~20 organisation mentions of an article
_ORG_ENTRIES: dict[str, tuple[str, frozenset[str]] | None] = {
    alias: None
    if (alias.islower() or alias.startswith("the ")) and len(alias.split()) < 3 and alias != "ministers"
    else (canonical, ORG_KINDS.get(canonical, NO_KINDS))
    for alias, canonical in ORG_CANON.items()
}


def _segments(
    text: str, start: int, end: int, org_spans: list[tuple[int, int]], org_ends: list[int]
) -> list[list[Tok]]:
    """Name-token groups of one capitalised run, split at organisations, possessives and odd punctuation."""
    segments: list[list[Tok]] = []
    current: list[Tok] = []
    prev_end = -1
    n_orgs = len(org_ends)
    for t in _TOKEN_RE.finditer(text, start, end):
        a, b = t.span()
        if a and (text[a - 1].isalnum() or text[a - 1] in "’'-_"):
            prev_end = -1
            continue  # "eSafety", "Musk's" tail, "U.S.-based": not a name token
        in_org = False
        if n_orgs:
            i = bisect_right(org_ends, a)  # the only organisation that can overlap the token (see find_mentions)
            in_org = i < n_orgs and org_spans[i][0] < b
        if in_org or not (
            prev_end < 0 or (a == prev_end + 1 and text[prev_end] == " ") or _GLUE.fullmatch(text, prev_end, a)
        ):
            if current:
                segments.append(current)
            current = []
        if not in_org:
            current.append((t.group(), a, b))
        prev_end = b
    if current:
        segments.append(current)
    return segments


def _classify_single(text: str, sentence: int, word: str, a: int, b: int, scan: Scan) -> None:
    """`_classify` of one name token (most capitalised runs), without its list and group machinery."""
    if word in CAP_STOP:
        if E.SPEECH_VERB.match(text, b):  # "Sunday said": a surname that is also a day or month, speaking
            scan.shorts.append((Short(sentence, a, b, word, None, word), None))
        return
    if word in SUFFIX_KINDS and owned_org_start(text, a) is not None:
        add_org(text, sentence, a, b, scan)  # "Scottish Women's Aid": the owner's words and the ending
        return
    if word in NON_PERSON or word.endswith("."):
        return  # no person, and one word is never an organisation of its own here
    # "Ellie, 20, from Norwich" or "Maya said": a known given name speaking is a person known by one name
    aged = bool(E.AGE_AFTER.match(text, b)) or (
        gender_of_first_name(word) is not None and E.SPEECH_VERB.match(text, b) is not None
    )
    scan.shorts.append((Short(sentence, a, b, word, None, word, "", aged, text, (a, b)), None))


def _classify(text: str, sentence: int, toks: list[Tok], scan: Scan, *, strict: bool = False) -> None:
    if len(toks) == 2:
        # most runs are a plain given name and surname ("Elon Musk"): no stop word, title or honorific in front and
        # one space between, so none of the steps below changes them; straight to the person
        word, a, b = toks[0]
        if (
            toks[1][1] == b + 1
            and word not in CAP_STOP
            and word.lower() not in ROLE_WORDS
            and word.rstrip(".") not in HONORIFICS
            and not word.endswith(("-old", "-olds"))
            and (not scan.list_roles or (sentence, a) not in scan.list_roles)
        ):
            _classify_person(text, sentence, a, toks, "", None, scan, strict=strict)
            return
    if len(toks) == 1 and toks[0][0] in CAP_STOP and E.SPEECH_VERB.match(text, toks[0][2]):
        # "Sunday said": a surname that is also a day or month, as the subject of a speech verb
        scan.shorts.append((Short(sentence, toks[0][1], toks[0][2], toks[0][0], None, toks[0][0]), None))
        return
    if not (len(toks) == 2 and toks[0][0] == "He" and E.SURNAME_HE.match(text, toks[1][2])):
        # "Sixteen-year-old Mia Takahashi": an age compound describes the person, it is no part of the name
        while toks and (toks[0][0] in CAP_STOP or toks[0][0].endswith(("-old", "-olds"))):
            toks = toks[1:]
    if not toks:
        return
    pre_role: str | None = scan.list_roles.get((sentence, toks[0][1])) if scan.list_roles else None
    plural: str | None = None
    if len(toks) > 2 and toks[0][0].endswith("s") and toks[0][0][:-1].lower() in ROLE_WORDS:
        # "Senators Amy Klobuchar, …, and Marsha Blackburn": a plural title before a list of names, each of them
        pre_role, toks = role_text(toks[0][0][:-1]), toks[1:]
        plural = pre_role
        note_listed_roles(text, sentence, toks[-1][2], pre_role, scan)
    if len(toks) > 2:
        kept = drop_affiliation(toks)
        if len(kept) < len(toks) and toks[len(toks) - len(kept) - 1][0] in PARTY_NOUNS:
            # "German Social Democrat Birgit Sippel": a party member, so a person, though the given name is unknown
            pre_role = pre_role or text[toks[0][1] : toks[len(toks) - len(kept) - 1][2]]
        toks = kept
    if len(toks) > 2:  # "special envoy to Ukraine Kurt Volker": the place ends the title, not the name
        toks, object_role = split_role_object(text, toks)
        pre_role = object_role or pre_role
    if len(toks) > 2:  # "Brazilian Supreme Court Justice Alexandre de Moraes": the court is no part of the name
        cut = next((i for i in range(len(toks) - 2, 0, -1) if toks[i][0].rstrip(".") in HONORIFICS), 0)
        if cut and is_role_phrase(text[toks[0][1] : toks[cut][2]]):
            cut = 0  # "Minister of Justice Ricardo Lewandowski": the title word ends a title, it is no honorific
        # "Ask Dr. Mike": a word before a courtesy title that is no given name and no title is no part of the name
        stray = (
            cut == 1
            and toks[1][0].rstrip(".") in _COURTESY | _PEERAGE  # "Crossbencher Baroness Kidron"
            and toks[0][0].rstrip(".") not in HONORIFICS
            and toks[0][0].lower() not in ROLE_WORDS
            and not gender_of_first_name(toks[0][0])
        )
        if cut and (stray or any(t[0] in NON_PERSON for t in toks[:cut])):
            _classify(text, sentence, toks[:cut], scan, strict=True)
            toks = toks[cut:]
    seg_start = toks[0][1]
    role: str | None = None
    # the longest title that still leaves a full name, else one that leaves a surname ("Prime Minister Starmer")
    if len(toks) > 1 and has_role_word(toks):
        for k in [*range(len(toks) - 2, 0, -1), len(toks) - 1]:
            prefix = text[toks[0][1] : toks[k][1]].strip()
            if k == len(toks) - 1 and (toks[k][0] in SUFFIX_KINDS or prefix.lower() in _RANKS):
                continue  # "General Court", "General Motors": an institution, not a title and a surname
            if k > 0 and is_role_phrase(prefix):
                role, toks = role_text(prefix), toks[k:]
                break
        else:  # "Indiana State Teachers Association President Keith Gambill": a title word, then a given name
            cut = next(
                (
                    i
                    for i in range(len(toks) - 3, 0, -1)
                    if toks[i][0].lower() in ROLE_WORDS and gender_of_first_name(toks[i + 1][0])
                ),
                0,
            )
            if cut and not CONNECTED.search(text, toks[0][1], toks[cut][1]):  # "X and Energy Secretary Y": two
                role, toks = role_text(text[toks[0][1] : toks[cut][2]]), toks[cut + 1 :]
    role = role or pre_role
    if role is None and len(toks) == 3 and unknown_title(text, toks):
        role, toks = role_text(toks[0][0]), toks[1:]  # "Tánaiste Simon Harris": a title the lexicon lacks
    honorific = ""
    while len(toks) > 1 and toks[0][0].rstrip(".") in HONORIFICS:
        honorific = f"{honorific} {toks[0][0].rstrip('.')}".strip()
        toks = toks[1:]
    groups = split_connected(text, toks)
    if len(groups) == 1:
        _classify_person(text, sentence, seg_start, toks, honorific, role, scan, strict=strict)
        return
    org_from = org_tail(groups)
    if org_from is not None:
        org_toks = [t for _, g in groups[org_from:] for t in g]
        add_org(text, sentence, org_toks[0][1], org_toks[-1][2], scan)
        groups = groups[:org_from]
    if honorific in _PEERAGE and len(groups) >= 2 and groups[1][0] == "of" and len(groups[0][1]) == 1:
        # "Baroness Lloyd of Effra": a peer is known by the whole title
        end = groups[1][1][-1][2]
        suffix = text[groups[0][1][0][2] : end]
        short = Short(sentence, seg_start, end, text[seg_start:end], honorific, groups[0][1][0][0], suffix)
        if role is None:  # "the technology minister Baroness Lloyd of Effra": the title before the peer
            short.context, short.role_span = text, (seg_start, end)
        scan.shorts.append((short, role))
        groups = groups[2:]
        honorific, role = "", None
    for i, (_, group) in enumerate(groups):
        if i == 0:
            _classify_person(text, sentence, seg_start, group, honorific, role, scan, strict=strict)
        else:  # "Communication and Digital Affairs Minister Meutya Hafid": each part may carry its own title
            if plural is not None:  # "Senators Maria Cantwell and Ted Cruz": the plural title is each one's
                scan.list_roles[(sentence, group[0][1])] = plural
            _classify(text, sentence, group, scan, strict=True)  # "Customs and Border Protection" is no person


# military ranks: a title only before a full name ("General Mark Milley"), never before one word ("General Motors")
_RANKS = frozenset({"general", "gen", "captain", "commander", "colonel", "col", "admiral", "lieutenant", "brigadier"})
_COURTESY = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame"})


def _classify_person(
    text: str,
    sentence: int,
    seg_start: int,
    toks: list[Tok],
    honorific: str,
    role: str | None,
    scan: Scan,
    *,
    strict: bool = False,
) -> None:
    # a word that is no name part, or initials only ("U.S."): no person (loops, not generators: called per name)
    initials = True
    not_person = False
    for i, t in enumerate(toks):
        if t[0] in NON_PERSON and not (i == 0 and t[0] == "Bill" and len(toks) > 1):
            not_person = True  # "Bill" names a law ("the Online Safety Bill") but opens a name ("Bill Lee")
            break
        if initials and not t[0].endswith("."):
            initials = False
    not_person = not_person or initials
    if not_person:
        maybe_org(text, sentence, toks, scan)
        return
    start, end = toks[0][1], toks[-1][2]
    if len(toks) == 1:
        short = Short(sentence, seg_start, end, text[seg_start:end], honorific or None, toks[0][0])
        # "Ellie, 20, from Norwich" or "Maya said": a known given name speaking is a person known by one name
        short.aged = not honorific and (
            bool(E.AGE_AFTER.match(text, end))
            or (gender_of_first_name(toks[0][0]) is not None and E.SPEECH_VERB.match(text, end) is not None)
        )
        if role is None:
            short.context, short.role_span = text, (seg_start, end)
        scan.shorts.append((short, role))
        return
    role = role or role_around(text, seg_start, end)
    name = text[start:end]
    if not (honorific or role or gender_of_first_name(toks[0][0])) and E.PLACE_PREP.search(
        text, max(0, seg_start - 12), seg_start
    ):
        return  # "the MP for Norwich North"
    first, last = toks[0][0], toks[-1][0]
    if last.rstrip(".") in NAME_SUFFIXES and len(toks) > 2:
        last = toks[-2][0]  # "James P. Kennedy Jr.": the surname is Kennedy
    if not honorific and not_a_name(first, last):
        if first not in GLUE_FIRST:
            maybe_org(text, sentence, toks, scan)  # "the journal Lung Health", "the Harbour Brotherhood"
        return
    existing = find_added(scan, first, last, name)
    if existing is None:
        evidence = (
            honorific
            or role
            or gender_of_first_name(first)
            or _PARTICLE.search(name)  # "Ruud van Nistelrooy", "Rhun ap Iorwerth": only people's names have these
            or (not strict and E.SPEECH_NEXT.match(text, end))
            or (not strict and E.ROLE_APPOSED_SPEAKS.match(text, end))
            or (not strict and E.OF_BODY_SPEAKS.match(text, end))
            or (not strict and E.SPEECH_BEFORE.search(text, max(0, seg_start - 25), seg_start))
        )
        if not evidence:
            scan.unverified.append((sentence, seg_start, end, name, role))
            return
        existing = add_person(scan, name, honorific or None)
    tie(existing, honorific or None, role)
    scan.raw.append(make_mention(text[seg_start:end], existing.canonical, "person", sentence, seg_start, end))
