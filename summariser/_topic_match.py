"""Keyword matching for topics over word tokens: one dictionary lookup per token, no big regex alternations.

Keywords are tokenised like the text. A keyword token with a capital letter must match exactly (or in all capitals,
for shouting headlines); a lower-case one matches any case. An ambiguous subject ("X") counts only when the sentence
shows it is the platform (see `_firm_ambiguous`) or, failing that, when the document names the subject elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from summariser._topic import Topic

_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*")
_POSSESSIVE = ("'s", "’s")
# an ambiguous letter in arithmetic ("X = 3", "2 × X") is a variable
_MATHS = re.compile(r"(?<![\w-])[A-Z]\s*[=<>+×*/^÷]\s*[\w(]|[\w)]\s*[=<>+×*/^÷]\s*[A-Z](?![\w-])")

# the word before a bare "X" that makes it the platform: "on X", "fined X", "quit X"
_PRE_FIRM = frozenset(
    """on onto via from off quit quits quitting leave leaves leaving left join joined joining ban bans banned banning
    block blocks blocked blocking fine fines fined fining sue sues sued suing investigate investigates investigated
    investigating into against urge urges urged warn warns warned summon summons summoned accuse accuses accused
    pressure pressures pressed press owns owned bought buy buying acquired renamed rebranded at to with by about over
    rival rivals""".split()
)
_PRE2_FIRM = frozenset({"owner", "boss", "chief", "head", "users", "takeover", "acquisition", "purchase", "ownership"})
# the word after it: "X said", "X users", "X's", "X Corp"
_POST_FIRM = frozenset(
    """said says has had have is was were will would could should must may might did does announced confirmed removed
    restricted changed updated told claimed argued denied insisted responded disputed appealed spokesperson spokesman
    spokeswoman users user accounts account posts post premium boss owner chief ceo executives executive platform app
    feed timeline safety communities corp holdings inc formerly ban bans banned fined faces faced failed refused
    agreed filed launched introduced limited blocked rules policies policy terms algorithm ads advertisers revenue
    verification itself""".split()
)
# enforcement words shortly after it: "Could X really be banned?"
_NEAR_AFTER = frozenset("banned blocked fined sued investigated ordered summoned warned shut removed suspended".split())


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


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _token_matches(pattern: str, token: str) -> bool:
    if pattern.islower() or not any(c.isalpha() for c in pattern):
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
                self._add(_Term(tuple(_tokens(word)), word, kind, weight))
        for kind, words, weight in groups:
            for word in words:
                toks = _tokens(word)
                if kind == "concern" and len(toks) == 1 and word.islower():
                    for form in _inflections(word):
                        self._add(_Term((form,), word, kind, weight), only_if_new=True)
        for terms in self._index.values():
            terms.sort(key=lambda t: -len(t.tokens))  # longest phrase first

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
        toks = _tokens(text)
        bases = [t[:-2] if t.endswith(_POSSESSIVE) else t for t in toks]
        out = UnitHits()
        excluded: set[int] = set()
        seen_subjects: set[str] = set()
        context = False
        ambiguous_at: list[int] = []
        i = 0
        while i < len(toks):
            term = self._lookup(bases, toks, i)
            if term is None:
                if bases[i] in self._ambiguous:
                    ambiguous_at.append(i)
                elif "-" in bases[i]:
                    self._match_parts(bases[i], out, seen_subjects)
                i += 1
                continue
            span = len(term.tokens)
            if term.kind == "exclusion":
                excluded.update(range(i, i + span))
            elif term.kind == "context":
                context = True
            elif term.kind == "subject":
                context = True
                self._note_subject(term.canonical, out, seen_subjects)
            else:
                self._note_concern(term, out)
            i += span
        live = [i for i in ambiguous_at if i not in excluded]
        if live and not (self._ambiguous & {"X"} and _MATHS.search(text)):
            firm = context or any(self._firm_ambiguous(toks, bases, i) for i in live)
            if firm:
                self._note_subject(bases[live[0]], out, seen_subjects)
            else:
                out.pending = 1
        return out

    def _lookup(self, bases: list[str], toks: list[str], i: int) -> _Term | None:
        for term in self._index.get(bases[i].lower(), ()):
            n = len(term.tokens)
            if i + n > len(toks):
                continue
            # the last keyword token may carry a possessive ("Ofcom's"); inner ones are compared as written
            words = [*toks[i : i + n - 1], bases[i + n - 1]]
            if all(_token_matches(p, w) for p, w in zip(term.tokens, words, strict=True)):
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

    @staticmethod
    def _firm_ambiguous(toks: list[str], bases: list[str], i: int) -> bool:
        if toks[i] != bases[i]:
            return True  # possessive: "X's decision"
        prev = bases[i - 1].lower() if i > 0 else ""
        prev2 = bases[i - 2].lower() if i > 1 else ""
        nxt = bases[i + 1].lower() if i + 1 < len(bases) else ""
        if prev in _PRE_FIRM or nxt in _POST_FIRM or (prev == "of" and prev2 in _PRE2_FIRM):
            return True
        return any(b.lower() in _NEAR_AFTER for b in bases[i + 1 : i + 4])


@lru_cache(maxsize=32)
def matcher_for(topic: Topic) -> TopicMatcher:
    """The compiled matcher for a topic (cached: topics are frozen and few)."""
    return TopicMatcher(topic)
