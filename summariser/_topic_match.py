"""Keyword matching for topics over word tokens: one dictionary lookup per token, no big regex alternations.

Keywords are tokenised like the text. A keyword token with a capital letter must match exactly (or in all capitals,
for shouting headlines); a lower-case one matches any case. An ambiguous subject ("X") counts only when the sentence
shows it is the platform (see `_firm_ambiguous`) or, failing that, when the document names the subject elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from summariser._text import word_set
from summariser._topic import Topic

# words (keeping "X-ray", "x.com" and "AT&T" whole) and the possessive "'s" as a token of its own
_TOKEN = re.compile(r"\w+(?:[-.&]\w+)*|['’]s\b")
_POSSESSIVE = frozenset({"'s", "’s"})
# an ambiguous letter in arithmetic ("X = 3", "2 × X") is a variable
_OPERATORS = "=<>+×*/^÷"
_MATHS = re.compile(r"(?<![\w-])[A-Z]\s*[=<>+×*/^÷]\s*[\w(]|[\w)]\s*[=<>+×*/^÷]\s*[A-Z](?![\w-])")

# the word before a bare "X" that makes it the platform: "on X", "fined X", "quit X"
_PRE_FIRM = word_set(
    """on onto via from off quit quits quitting leave leaves leaving left join joined joining ban bans banned banning
    block blocks blocked blocking fine fines fined fining sue sues sued suing investigate investigates investigated
    investigating into against urge urges urged warn warns warned summon summons summoned accuse accuses accused
    pressure pressures pressed press owns owned bought buy buying acquired renamed rebranded at to with by about over
    rival rivals"""
)
_PRE2_FIRM = frozenset({"owner", "boss", "chief", "head", "users", "takeover", "acquisition", "purchase", "ownership"})
# the word after it: "X said", "X users", "X's", "X Corp"
_POST_FIRM = word_set(
    """said says has had have is was were will would could should must may might did does announced confirmed removed
    restricted changed updated told claimed argued denied insisted responded disputed appealed spokesperson spokesman
    spokeswoman users user accounts account posts post premium boss owner chief ceo executives executive platform app
    feed timeline safety communities corp holdings inc formerly ban bans banned fined faces faced failed refused
    agreed filed launched introduced limited blocked rules policies policy terms algorithm ads advertisers revenue
    verification itself"""
)
# enforcement words shortly after it: "Could X really be banned?"
_NEAR_AFTER = word_set("banned blocked fined sued investigated ordered summoned warned shut removed suspended")


@dataclass(slots=True)
class UnitHits:
    """What one title or sentence names: subject count, strongest concern weight, matched keywords in order."""

    subjects: int = 0
    concern: float = 0.0  # summed weights of distinct concern keywords, capped at 1
    strong: bool = False  # a full-weight concern (law, regulator, government)
    weak: bool = False  # a half-weight one (a harm, a reaction)
    terms: list[str] = field(default_factory=list)
    pending: int = 0  # ambiguous subjects with no context in this sentence


@dataclass(frozen=True, slots=True)
class _Term:
    tokens: tuple[str, ...]  # as written in the keyword
    canonical: str
    kind: str  # "subject", "concern", "context", "exclusion"
    weight: float = 1.0
    # per token: (lower-case form, exact form or None when any case will do)
    checks: tuple[tuple[str, str | None], ...] = ()

    @classmethod
    def build(cls, tokens: tuple[str, ...], canonical: str, kind: str, weight: float) -> _Term:
        checks = tuple((t.lower(), None if _any_case(t) else t) for t in tokens)
        return cls(tokens, canonical, kind, weight, checks)

    def matches(self, toks: tuple[str, ...], lows: tuple[str, ...], i: int) -> bool:
        if i + len(self.checks) > len(toks):
            return False
        for j, (lower, exact) in enumerate(self.checks, i):
            if exact is None:
                if lows[j] != lower:
                    return False
            elif toks[j] != exact and toks[j] != exact.upper():
                return False
        return True


_STOP_FIRST = frozenset({"the", "a", "an"})


def _any_case(token: str) -> bool:
    return token.islower() or not any(c.isalpha() for c in token)


@lru_cache(maxsize=4096)
def word_tokens(text: str) -> tuple[str, ...]:
    """Word tokens of a sentence, cached: key points and relevance read the same sentences one after the other."""
    return tuple(_TOKEN.findall(text))


@lru_cache(maxsize=4096)
def lower_tokens(text: str) -> tuple[str, ...]:
    """`word_tokens` lower-cased, cached alike."""
    return tuple(map(str.lower, word_tokens(text)))


def _token_matches(pattern: str, token: str) -> bool:
    if _any_case(pattern):
        return token.lower() == pattern.lower()
    return token == pattern or token == pattern.upper()


def _inflections(word: str) -> list[str]:
    forms = [word + "s", word + "es", word + "ed", word + "d", word + "ing"]
    if word.endswith("e"):
        forms.append(word[:-1] + "ing")
    return forms


class TopicMatcher:
    """Compiled keyword index for one Topic."""

    def __init__(self, topic: Topic) -> None:
        self._index: dict[str, list[_Term]] = {}
        self._ambiguous = frozenset(topic.ambiguous)
        groups = [
            ("exclusion", topic.exclusions, 1.0),
            ("subject", [s for s in topic.subjects if s not in self._ambiguous], 1.0),
            ("concern", topic.concerns, 1.0),
            ("concern", topic.weak_concerns, 0.5),
            ("context", topic.context, 1.0),
        ]
        for kind, words, weight in groups:
            for word in words:
                toks = word_tokens(word)
                if len(toks) > 1 and toks[0].lower() in _STOP_FIRST:
                    toks = toks[1:]  # "The X Factor" is found as "X Factor"; an index entry under "the" is costly
                self._add(_Term.build(toks, word, kind, weight))
        for kind, words, weight in groups:
            for word in words:
                if kind == "concern" and len(word_tokens(word)) == 1 and word.islower():
                    for form in _inflections(word):
                        self._add(_Term.build((form,), word, kind, weight), only_if_new=True)
        for terms in self._index.values():
            terms.sort(key=lambda t: -len(t.tokens))  # longest phrase first
        # phrases are looked up by their first two words, single words by themselves: one dict lookup each
        self._phrases: dict[tuple[str, str], list[_Term]] = {}
        self._singles: dict[str, list[_Term]] = {}
        for terms in self._index.values():
            for term in terms:
                if len(term.tokens) > 1:
                    self._phrases.setdefault((term.checks[0][0], term.checks[1][0]), []).append(term)
                else:
                    self._singles.setdefault(term.checks[0][0], []).append(term)
        self._firsts = frozenset(key for key, _ in self._phrases) | frozenset(self._singles)

    def _add(self, term: _Term, *, only_if_new: bool = False) -> None:
        if not term.tokens:
            return
        bucket = self._index.setdefault(term.tokens[0].lower(), [])
        if only_if_new and any(t.tokens == term.tokens and t.kind == term.kind for t in bucket):
            return
        bucket.append(term)

    def match_units(self, units: list[str]) -> list[UnitHits]:
        """Hits per unit; ambiguous subjects without local context count when another unit names the subject."""
        hits = [self._match(text) for text in units]
        if any(h.subjects for h in hits):
            for h in hits:
                if h.pending:
                    h.subjects += 1
                    if self._ambiguous_name not in h.terms:
                        h.terms.insert(0, self._ambiguous_name)
                    h.pending = 0
        return hits

    @property
    def _ambiguous_name(self) -> str:
        return min(self._ambiguous) if self._ambiguous else ""

    def _match(self, text: str) -> UnitHits:
        toks = word_tokens(text)
        lows = lower_tokens(text)
        out = UnitHits()
        phrases, singles = self._phrases, self._singles
        excluded: set[int] = set()
        seen_subjects: set[str] = set()
        context = False
        ambiguous_at: list[int] = []
        n = len(toks)
        firsts, ambiguous = self._firsts, self._ambiguous
        # the few tokens a keyword can start at (most words start none); tokens a phrase consumed are skipped
        if firsts.isdisjoint(lows) and ambiguous.isdisjoint(toks) and "-" not in text:
            starts: list[int] = []  # set tests in C: many sentences name no keyword at all
        else:
            starts = [i for i, low in enumerate(lows) if low in firsts or toks[i] in ambiguous or "-" in toks[i]]
        resume = 0
        for i in starts:
            if i < resume:
                continue
            tok = toks[i]
            term = None
            if i + 1 < n and (bucket := phrases.get((lows[i], lows[i + 1]))):
                term = self._lookup(bucket, toks, lows, i)
            if term is None and (bucket := singles.get(lows[i])):
                term = self._lookup(bucket, toks, lows, i)
            if term is None:
                if tok in self._ambiguous:
                    ambiguous_at.append(i)
                elif "-" in tok:
                    self._match_parts(tok, out, seen_subjects)
                continue
            span = len(term.tokens)
            resume = i + span
            if term.kind == "exclusion":
                excluded.update(range(i, i + span))
            elif term.kind == "context":
                context = True
            elif term.kind == "subject":
                context = True
                self._note_subject(term.canonical, out, seen_subjects)
            else:
                self._note_concern(term, out)
        live = [i for i in ambiguous_at if i not in excluded]
        if live and not (self._ambiguous & {"X"} and _is_maths(text)):
            firm = context or any(_firm_ambiguous(toks, i) for i in live)
            if firm:
                self._note_subject(toks[live[0]], out, seen_subjects)
            else:
                out.pending = 1
        return out

    @staticmethod
    def _lookup(bucket: list[_Term], toks: tuple[str, ...], lows: tuple[str, ...], i: int) -> _Term | None:
        for term in bucket:
            if term.matches(toks, lows, i):
                return term
        return None

    def _match_parts(self, token: str, out: UnitHits, seen: set[str]) -> None:
        # "Grok-generated", "Ofcom-led": the parts count, but never an ambiguous letter ("X-ray")
        for part in token.split("-"):
            for term in self._index.get(part.lower(), ()):
                if len(term.tokens) == 1 and _token_matches(term.tokens[0], part):
                    if term.kind == "subject":
                        self._note_subject(term.canonical, out, seen)
                    elif term.kind == "concern":
                        self._note_concern(term, out)
                    break

    @staticmethod
    def _note_subject(name: str, out: UnitHits, seen: set[str]) -> None:
        if name not in seen:
            seen.add(name)
            out.subjects += 1
        out.terms.append(name)

    @staticmethod
    def _note_concern(term: _Term, out: UnitHits) -> None:
        if term.canonical not in out.terms:
            out.concern = min(1.0, out.concern + term.weight)
        out.strong |= term.weight >= 1.0
        out.weak |= term.weight < 1.0
        out.terms.append(term.canonical)


def _is_maths(text: str) -> bool:
    # an operator is needed for a match: a few substring tests skip the regex for nearly every sentence
    return any(op in text for op in _OPERATORS) and _MATHS.search(text) is not None


def _firm_ambiguous(toks: tuple[str, ...], i: int) -> bool:
    """Is the ambiguous token at i the platform, judging by its neighbours ("on X", "X's", "X said", "Musk's X")?"""
    nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
    if nxt in _POSSESSIVE:
        return True
    prev = toks[i - 1].lower() if i > 0 else ""
    prev2 = toks[i - 2].lower() if i > 1 else ""
    if prev in _PRE_FIRM or prev in _POSSESSIVE or nxt in _POST_FIRM or (prev == "of" and prev2 in _PRE2_FIRM):
        return True
    return any(t.lower() in _NEAR_AFTER for t in toks[i + 1 : i + 4])


@lru_cache(maxsize=32)
def matcher_for(topic: Topic) -> TopicMatcher:
    """The compiled matcher for a topic (cached: topics are frozen and few)."""
    return TopicMatcher(topic)
