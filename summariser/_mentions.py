"""Find people and organisations in sentences: lexicon organisations, capitalised name runs, titles and roles.

Used by `_names.build_name_index`; everything here is a single pass of precompiled regexes per sentence.
"""

from __future__ import annotations

from bisect import bisect_right
from operator import attrgetter

from summariser import _name_evidence as E
from summariser._doc_orgs import (
    add_org,
    learn_camel_orgs,
    learn_descriptor_kinds,
    learn_house_committees,
    learn_statement_orgs,
)
from summariser._given_forms import merge_given_forms
from summariser._givennames import gender_of_first_name
from summariser._lexicon import PLACES
from summariser._mention_classify import _classify, _classify_single
from summariser._mention_orgs import _RARE_WORDS, _find_orgs, _org_pattern
from summariser._name_genders import genders_from_pronouns
from summariser._name_tokens import GLUE as _GLUE
from summariser._name_tokens import RUN_RE as _RUN_RE
from summariser._name_tokens import TOKEN_RE as _TOKEN_RE
from summariser._namelex import (
    CAP_STOP,
    FEMALE_HONORIFICS,
    MALE_HONORIFICS,
    ORG_KINDS,
)
from summariser._people import (
    Mention,
    Person,
    RawMention,
    Scan,
    Tok,
    find_acronyms,
    known_roles,
    merge_compound_surnames,
    resolve_shorts,
    verify_unlisted,
)
from summariser._text import Document

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


PLACE_SET = frozenset(PLACES)
_NO_ENDS: list[int] = []
_BY_POSITION = attrgetter("sentence", "start")


def find_mentions(doc: Document) -> tuple[dict[str, Person], dict[str, frozenset[str]], list[RawMention]]:
    """People (canonical -> Person, first-mention order), organisations (canonical -> kinds) and all mentions."""
    scan = Scan()
    # bound once: this loop visits ~90 capitalised runs per article, most of them one word
    cap_stop, speech_verb, token_at, run_iter = CAP_STOP, E.SPEECH_VERB.match, _TOKEN_RE.match, _RUN_RE.finditer
    rare = [w for w in _RARE_WORDS if w in doc.text]  # most articles hold none: one pattern for every sentence
    org_iter = without = _org_pattern(frozenset()).finditer
    # one rare word (most articles that hold any): the two patterns picked by one substring test per sentence
    single = rare[0] if len(rare) == 1 else None
    with_single = _org_pattern(frozenset(rare)).finditer if single is not None else without
    for sent in doc.sentences:
        text = sent.text
        index = sent.index
        if single is not None:
            org_iter = with_single if single in text else without
        elif rare:
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
            if clear and word.endswith(" UK") and _uk_body(word):
                add_org(text, index, a, end, scan)  # "Lupus UK", "Cancer Research UK": a British charity or arm
                continue
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
            if not (a and (text[a - 1].isalnum() or text[a - 1] in "’'-_")):
                first, _, rest = word.partition(" ")
                if len(first) > 1 and first.isascii() and first.isalpha() and first[1:].islower():
                    # a plain word opens the run: the name token `_segments` would find there is that word
                    b = a + len(first)
                    if not clear:
                        if org_spans[i][0] == b + 1 and org_spans[i][1] == end:
                            # "The European Commission": one word, then an organisation to the run's end; the
                            # word is all `_segments` would leave
                            _classify_single(text, index, first, a, b, scan)
                            continue
                    elif first in cap_stop and rest.count(" ") == 1:
                        second, _, last = rest.partition(" ")
                        if (
                            len(second) > 1
                            and second not in cap_stop
                            and second.isascii()
                            and second.isalpha()
                            and second[0].isupper()  # not a particle the run took in ("When the Commission")
                            and second[1:].islower()
                            and len(last) > 1
                            and last.isascii()
                            and last.isalpha()
                            and last[0].isupper()
                            and last[1:].islower()
                        ):
                            # "The Technology Secretary": `_classify` would drop the stop word and judge the two
                            # plain words that follow as it judges them alone (`_segments` would find the three)
                            c = b + 1 + len(second)
                            _classify(text, index, [(second, b + 1, c), (last, c + 1, end)], scan)
                            continue
            for seg in _segments(text, a, end, org_spans, org_ends):
                if len(seg) == 1:
                    _classify_single(text, index, *seg[0], scan)
                else:
                    _classify(text, index, seg, scan)
    verify_unlisted(scan)
    merge_given_forms(scan)  # "Josh Apte" and "Joshua Apte": one person before "Apte" alone is resolved
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


def _uk_body(run: str) -> bool:
    """True for two to four title-case words before "UK" that are no place, stop word or glue ("Lupus UK")."""
    words = run.split()[:-1]
    return 1 <= len(words) <= 3 and all(
        w[:1].isupper() and w[1:].isalpha() and w[1:].islower() and w not in CAP_STOP and w not in PLACE_SET
        for w in words
    )


# initials of places and bodies ("U.S. Senator Jane Doe"): never a person's initials, and the scan splits them
_PLACE_INITIALS = frozenset({"U.S.", "U.K.", "U.N.", "E.U.", "D.C."})


def _glued_initial(text: str, a: int) -> bool:
    """True when the initial at `a` follows another with no space ("K.G. Raghavan"), unless a place's ("U.S.")."""
    return text[a - 1] == "." and text[a - 2 : a + 2] not in _PLACE_INITIALS


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
        if (
            in_org
            or not (
                prev_end < 0
                or (a == prev_end + 1 and text[prev_end] == " ")
                or _GLUE.fullmatch(text, prev_end, a)
                # "K.G. Raghavan", "C.M. Poonacha": initials written together are one name's, not a break
                or (a == prev_end and b == a + 2 and text[a - 3 : a - 2] in ("", " ", ".") and _glued_initial(text, a))
            )
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
