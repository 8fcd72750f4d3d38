"""Keyword matching for topics over word tokens: one set intersection per sentence, no big regex alternations.

Text is tokenised as `_text.fold_bytes` does (UTF-8 bytes, punctuation as spaces): the split is C all the way, and
a set intersection with the keywords' first words finds the few places worth a closer look. A keyword token with a
capital letter must match exactly (or in all capitals, for shouting headlines); a lower-case one matches any case.
An ambiguous subject ("X") counts only when the sentence shows it is the platform (see `_firm_ambiguous`) or,
failing that, when the document names the subject elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from summariser._text import fold_bytes
from summariser._topic import Topic

Tokens = list[bytes]
# (case-kept tokens, lower-case tokens, original text) of one title or sentence
Unit = tuple[Tokens, Tokens, str]

# "Ofcom's" folds to b"Ofcom", b"s": a lone "s" is the possessive
_POSSESSIVE = frozenset({b"s"})
# an ambiguous letter in arithmetic ("X = 3", "2 × X") is a variable
_OPERATORS = "=<>+×*/^÷"
_MATHS = re.compile(r"(?<![\w-])[A-Z]\s*[=<>+×*/^÷]\s*[\w(]|[\w)]\s*[=<>+×*/^÷]\s*[A-Z](?![\w-])")


_HYPHENATED = re.compile(rb"[^ ]+-[^ ]*")


def _byte_words(text: str) -> frozenset[bytes]:
    return frozenset(w.encode() for w in text.split())


# the word before a bare "X" that makes it the platform: "on X", "fined X", "quit X"
_PRE_FIRM = _byte_words(
    """on onto via from off quit quits quitting leave leaves leaving left join joined joining ban bans banned banning
    block blocks blocked blocking fine fines fined fining sue sues sued suing investigate investigates investigated
    investigating into against urge urges urged warn warns warned summon summons summoned accuse accuses accused
    pressure pressures pressed press owns owned bought buy buying acquired renamed rebranded at to with by about over
    rival rivals"""
)
_PRE2_FIRM = _byte_words("owner boss chief head users takeover acquisition purchase ownership")
# the word after it: "X said", "X users", "X's", "X Corp"
_POST_FIRM = _byte_words(
    """said says has had have is was were will would could should must may might did does announced confirmed removed
    restricted changed updated told claimed argued denied insisted responded disputed appealed spokesperson spokesman
    spokeswoman users user accounts account posts post premium boss owner chief ceo executives executive platform app
    feed timeline safety communities corp holdings inc formerly ban bans banned fined faces faced failed refused
    agreed filed launched introduced limited blocked rules policies policy terms algorithm ads advertisers revenue
    verification itself"""
)
# enforcement words shortly after it: "Could X really be banned?"
_NEAR_AFTER = _byte_words("banned blocked fined sued investigated ordered summoned warned shut removed suspended")


@dataclass(slots=True)
class UnitHits:
    """What one title or sentence names: subject count, strongest concern weight, matched keywords in order."""

    subjects: int = 0
    concern: float = 0.0  # summed weights of distinct concern keywords, capped at 1
    strong: bool = False  # a full-weight concern (law, regulator, government)
    weak: bool = False  # a half-weight one (a harm, a reaction)
    terms: list[str] = field(default_factory=list)
    pending: int = 0  # ambiguous subjects with no context in this sentence
    # where the subjects stand (token index, canonical name): the decision checks how the platform is named
    subject_at: list[tuple[int, str]] = field(default_factory=list)
    keys: frozenset[bytes] = frozenset()  # plain concern words found, named in `terms` only on demand (`names`)

    def names(self, matcher: TopicMatcher) -> list[str]:
        """The keywords found, canonical, in a fixed order."""
        return self.terms + matcher.canonical(self.keys) if self.keys else self.terms


@dataclass(frozen=True, slots=True)
class _Term:
    canonical: str
    kind: str  # "subject", "concern", "context", "exclusion"
    weight: float
    # per token: (lower-case form, exact form or None when any case will do)
    checks: tuple[tuple[bytes, bytes | None], ...]

    @classmethod
    def build(cls, word: str, kind: str, weight: float) -> _Term | None:
        toks = fold_bytes(word).split()
        if len(toks) > 1 and toks[0].lower() in _STOP_FIRST:
            toks = toks[1:]  # "The X Factor" is found as "X Factor"; an index entry under "the" is costly
        if not toks:
            return None
        checks = tuple((t.lower(), None if _any_case(t) else t) for t in toks)
        return cls(word, kind, weight, checks)

    def matches(self, words: Tokens, lows: Tokens, i: int) -> bool:
        if i + len(self.checks) > len(words):
            return False
        for j, (lower, exact) in enumerate(self.checks, i):
            if exact is None:
                if lows[j] != lower:
                    return False
            elif words[j] != exact and words[j] != exact.upper():
                return False
        return True


_STOP_FIRST = frozenset({b"the", b"a", b"an"})


def _any_case(token: bytes) -> bool:
    return token.islower() or not any(c.isalpha() for c in token.decode())


def _inflections(word: str) -> list[str]:
    forms = [word + "s", word + "es", word + "ed", word + "d", word + "ing"]
    if word.endswith("e"):
        forms.append(word[:-1] + "ing")
    return forms


class TopicMatcher:
    """Compiled keyword index for one Topic."""

    def __init__(self, topic: Topic) -> None:
        # lower-case first token -> terms starting with it, longest first
        self._index: dict[bytes, list[_Term]] = {}
        self._ambiguous = frozenset(a.encode() for a in topic.ambiguous)
        self._ambiguous_name = min(topic.ambiguous) if topic.ambiguous else ""
        groups = [
            ("exclusion", topic.exclusions, 1.0),
            ("subject", [s for s in topic.subjects if s not in topic.ambiguous], 1.0),
            ("concern", topic.concerns, 1.0),
            ("concern", topic.weak_concerns, 0.5),
            ("context", topic.context, 1.0),
        ]
        for kind, words, weight in groups:
            for word in words:
                self._add(_Term.build(word, kind, weight))
        for kind, words, weight in groups:
            for word in words:
                if kind == "concern" and len(word.split()) == 1 and word.islower():
                    for form in _inflections(word):
                        self._add(_Term.build(form, kind, weight), canonical=word)
        for terms in self._index.values():
            terms.sort(key=lambda t: -len(t.checks))  # longest phrase first
        # phrases are looked up by their first two words, single words by themselves: one dict lookup each
        self._phrases: dict[tuple[bytes, bytes], list[_Term]] = {}
        self._exact: dict[bytes, _Term] = {}  # "Grok" and "GROK"
        self._any: dict[bytes, _Term] = {}  # "law", in any case
        for terms in self._index.values():
            for term in terms:
                (low, exact), *rest = term.checks
                if rest:
                    self._phrases.setdefault((low, rest[0][0]), []).append(term)
                elif exact is None:
                    self._any.setdefault(low, term)
                else:
                    self._exact.setdefault(exact, term)
                    self._exact.setdefault(exact.upper(), term)
        self._derive()

    def _derive(self) -> None:
        """The lookup sets the matching paths use, derived from the index."""
        # the words a subject or concern starts with; exclusions and context words only matter next to an
        # ambiguous subject, where `_covered` and `_has_context` look for them
        counted = {t.checks[0][0] for ts in self._index.values() for t in ts if t.kind in ("subject", "concern")}
        self._firsts = frozenset(counted) | frozenset(a.lower() for a in self._ambiguous)
        self._ambiguous_low = frozenset(a.lower() for a in self._ambiguous)
        # the first words of phrases that count without an ambiguous subject ("IT ministry", "Online Safety Act");
        # exclusions ("Mr X") and context phrases only matter where an ambiguous subject is, which takes the full path
        phrases = [t for ts in self._phrases.values() for t in ts if t.kind in ("subject", "concern")]
        self._phrase_lows = frozenset(t.checks[0][0] for t in phrases)
        self._exact_by_low = {term.checks[0][0]: term for term in self._exact.values()}
        self._exact_lows = frozenset(self._exact_by_low)
        concerns = [(low, t) for low, t in self._any.items() if t.kind == "concern" and low not in self._exact_lows]
        self._strong_any = frozenset(low for low, t in concerns if t.weight >= 1.0)
        # exclusions by (position of the ambiguous word in them, their first two words): "Malcolm X" is
        # (1, b"malcolm", b"x"); an exclusion is always a phrase ("Xbox" has no ambiguous word in it)
        self._exclusions: dict[tuple[int, bytes, bytes], list[_Term]] = {}
        for terms in self._index.values():
            for term in terms:
                for offset, (_, exact) in enumerate(term.checks):
                    if term.kind == "exclusion" and exact in self._ambiguous and len(term.checks) > 1:
                        key = (offset, term.checks[0][0], term.checks[1][0])
                        self._exclusions.setdefault(key, []).append(term)
        self._exclusion_offsets = sorted({offset for offset, _, _ in self._exclusions})
        contexts = [t for terms in self._index.values() for t in terms if t.kind in ("context", "subject")]
        self._context_any = frozenset(t.checks[0][0] for t in contexts if len(t.checks) == 1 and t.checks[0][1] is None)
        self._context_exact = frozenset(
            form for t in contexts if len(t.checks) == 1 and (e := t.checks[0][1]) for form in (e, e.upper())
        )
        self._context_phrase_lows = frozenset(t.checks[0][0] for t in contexts if len(t.checks) > 1)
        self._weak_any = frozenset(low for low, t in concerns if t.weight < 1.0)
        # words that are whole keywords on their own, in any case, and start no phrase: the quick path's words
        self._plain = (self._strong_any | self._weak_any) - self._phrase_lows - self._ambiguous_low
        # the same split for the words as written: capitalised first words, and the single-word concerns among them
        counted_terms = [t for ts in self._index.values() for t in ts if t.kind in ("subject", "concern")]
        self._any_firsts = frozenset(t.checks[0][0] for t in counted_terms if t.checks[0][1] is None)
        self._exact_firsts = frozenset(
            form for t in counted_terms if (e := t.checks[0][1]) is not None for form in (e, e.upper())
        ) | frozenset(self._ambiguous)
        plain_exact = {
            form: term
            for form, term in self._exact.items()
            if term.kind == "concern" and term.checks[0][0] not in self._phrase_lows
        }
        self._plain_exact = frozenset(plain_exact)
        self._strong_keys = self._strong_any | frozenset(f for f, t in plain_exact.items() if t.weight >= 1.0)

    def _add(self, term: _Term | None, *, canonical: str | None = None) -> None:
        if term is None:
            return
        bucket = self._index.setdefault(term.checks[0][0], [])
        if canonical is not None:  # an inflection: only when no keyword is spelt so already
            if any(t.checks == term.checks and t.kind == term.kind for t in bucket):
                return
            term = _Term(canonical, term.kind, term.weight, term.checks)
        bucket.append(term)

    def match_units(self, units: list[Unit]) -> list[UnitHits]:
        """Hits per unit; ambiguous subjects without local context count when another unit names the subject."""
        hits = self._match_all(units)
        if any(h.subjects for h in hits):
            for h in hits:
                if h.pending:
                    h.subjects += 1
                    if self._ambiguous_name not in h.terms:
                        h.terms.insert(0, self._ambiguous_name)
                    h.pending = 0
        return hits

    def _match_all(self, units: list[Unit]) -> list[UnitHits]:
        # Two set intersections per unit find the keywords present: lower-case keywords among the lower-case words,
        # capitalised ones ("Ofcom", "Act") among the words as written. Most sentences name a few single-word
        # concerns and nothing else: they are counted by set operations in C. Phrases, subjects and hyphenated words
        # take `_quick`; a bare ambiguous subject takes `_with_ambiguous`, which weighs context and exclusions.
        any_firsts, exact_firsts, ambiguous = self._any_firsts, self._exact_firsts, self._ambiguous
        plain_any, plain_exact, strong = self._plain, self._plain_exact, self._strong_keys
        hits: list[UnitHits] = []
        for unit in units:
            words, lows, text = unit
            found_any = any_firsts.intersection(lows)
            found_exact = exact_firsts.intersection(words)
            hyphen = "-" in text
            if not found_any and not found_exact and not hyphen:
                hits.append(NO_HITS)
            elif not hyphen and found_any <= plain_any and found_exact <= plain_exact:
                keys = found_any | found_exact
                n_strong = len(keys & strong)
                concern = 1.0 if n_strong else min(1.0, 0.5 * len(keys))
                hits.append(UnitHits(concern=concern, strong=n_strong > 0, weak=n_strong < len(keys), keys=keys))
            elif ambiguous.isdisjoint(found_exact):
                hits.append(self._quick(self._firsts.intersection(lows), words, lows, text))
            else:
                hits.append(self._with_ambiguous(self._firsts.intersection(lows), words, lows, text))
        return hits

    def canonical(self, keys: frozenset[bytes]) -> list[str]:
        """Canonical names of plain keyword tokens, sorted (a set's order depends on the hash seed)."""
        terms = self._any
        return list(dict.fromkeys((terms.get(k) or self._exact[k]).canonical for k in sorted(keys)))

    def _quick(self, keys: frozenset[bytes], words: Tokens, lows: Tokens, text: str) -> UnitHits:
        """Hits of a unit without an ambiguous subject: phrases first, then the single words they did not use."""
        found: list[tuple[int, _Term]] = []
        if not keys.isdisjoint(self._phrase_lows):
            used: list[bytes] = []
            for key in keys & self._phrase_lows:
                at = -1
                for _ in range(lows.count(key)):
                    at = lows.index(key, at + 1)
                    bucket = self._phrases.get((key, lows[at + 1])) if at + 1 < len(lows) else None
                    term = _first_match(bucket, words, lows, at) if bucket else None
                    if term is not None:
                        found.append((at, term))
                        used += [low for low, _ in term.checks]
            # the phrases used their words: a word they used every time is not counted again ("prime minister")
            keys = keys - {low for low in used if lows.count(low) <= used.count(low)}
        exact = keys & self._exact_lows  # "Grok", "Act", "EU": the case must be checked
        if exact:
            keys = keys - exact
            for key in exact:
                term = self._single_term(key, words)
                if term is not None and term.kind != "context":
                    found.append((lows.index(key), term))
        out = UnitHits()
        seen: set[str] = set()
        for at, term in sorted(found, key=_first) if len(found) > 1 else found:
            if term.kind == "subject":
                self._note_subject(term.canonical, at, out, seen)
            elif term.kind == "concern":
                self._note_concern(term, out)
        # the common case, lower-case single-word concerns, by set operations in C; named only on demand
        plain = keys & self._plain
        if plain:
            strong = len(plain & self._strong_any)
            out.concern = min(1.0, out.concern + (1.0 if strong else 0.5 * len(plain)))
            out.strong |= strong > 0
            out.weak |= strong < len(plain)
            out.keys = plain
        if "-" in text:
            self._match_parts(words, out, seen)
        return out if out.terms or out.keys else NO_HITS

    def _single_term(self, key: bytes, words: Tokens) -> _Term | None:
        term = self._exact_by_low.get(key)
        if term is not None:
            exact = term.checks[0][1]
            if exact in words or (exact is not None and exact.upper() in words):
                return term
        return self._any.get(key)

    def _with_ambiguous(self, keys: frozenset[bytes], words: Tokens, lows: Tokens, text: str) -> UnitHits:
        """Hits of a unit naming a bare ambiguous subject ("X"): the platform when context or a neighbour says so."""
        out = self._quick(keys, words, lows, text)
        live = [i for i, w in enumerate(words) if w in self._ambiguous and not self._covered(words, lows, i)]
        if not live or _is_maths(text):
            return out
        if out is NO_HITS:
            out = UnitHits()
        name = words[live[0]].decode()
        if out.subjects or self._has_context(words, lows) or any(_firm_ambiguous(lows, i) for i in live):
            self._note_subject(name, live[0], out, set(out.terms))
        else:
            out.pending = 1
            out.subject_at.append((live[0], self._ambiguous_name))
        return out

    def _covered(self, words: Tokens, lows: Tokens, i: int) -> bool:
        """Is the ambiguous token at i part of an exclusion ("Malcolm X", "X Factor") or a subject ("X Corp")?"""
        last = len(lows) - 1
        for offset in self._exclusion_offsets:
            start = i - offset
            bucket = self._exclusions.get((offset, lows[start], lows[start + 1])) if 0 <= start < last else None
            if bucket and any(t.matches(words, lows, start) for t in bucket):
                return True
        bucket = self._phrases.get((lows[i], lows[i + 1])) if i + 1 < len(lows) else None
        return bool(bucket) and any(t.kind == "subject" and t.matches(words, lows, i) for t in bucket or ())

    def _has_context(self, words: Tokens, lows: Tokens) -> bool:
        if not self._context_any.isdisjoint(lows) or not self._context_exact.isdisjoint(words):
            return True
        for key in self._context_phrase_lows.intersection(lows):
            at = lows.index(key)
            bucket = self._phrases.get((key, lows[at + 1])) if at + 1 < len(lows) else None
            if bucket and any(t.kind == "context" and t.matches(words, lows, at) for t in bucket):
                return True
        return False

    def _match_parts(self, words: Tokens, out: UnitHits, seen: set[str]) -> None:
        # "Grok-generated", "Ofcom-led": the parts count, but never an ambiguous letter ("X-ray")
        for token in _HYPHENATED.findall(b" ".join(words)):
            if token.lower() in self._index:
                continue
            at = words.index(token)
            for part in token.split(b"-"):
                for term in self._index.get(part.lower(), ()):
                    if len(term.checks) == 1 and term.matches([part], [part.lower()], 0):
                        if term.kind == "subject":
                            self._note_subject(term.canonical, at, out, seen)
                        elif term.kind == "concern":
                            self._note_concern(term, out)
                        break

    @staticmethod
    def _note_subject(name: str, at: int, out: UnitHits, seen: set[str]) -> None:
        if name not in seen:
            seen.add(name)
            out.subjects += 1
        out.terms.append(name)
        out.subject_at.append((at, name))

    @staticmethod
    def _note_concern(term: _Term, out: UnitHits) -> None:
        if term.canonical not in out.terms:
            out.concern = min(1.0, out.concern + term.weight)
        out.strong |= term.weight >= 1.0
        out.weak |= term.weight < 1.0
        out.terms.append(term.canonical)


def _first_match(bucket: list[_Term], words: Tokens, lows: Tokens, at: int) -> _Term | None:
    for term in bucket:
        if term.matches(words, lows, at):
            return term
    return None


def _first(item: tuple[int, _Term]) -> int:
    return item[0]


NO_HITS = UnitHits()  # shared and never changed: match_units only touches units with something pending


def _is_maths(text: str) -> bool:
    # an operator is needed for a match: a few substring tests skip the regex for nearly every sentence
    return any(op in text for op in _OPERATORS) and _MATHS.search(text) is not None


def _firm_ambiguous(lows: Tokens, i: int) -> bool:
    """Is the ambiguous token at i the platform, judging by its neighbours ("on X", "X's", "X said", "Musk's X")?"""
    nxt = lows[i + 1] if i + 1 < len(lows) else b""
    if nxt in _POSSESSIVE:
        return True
    prev = lows[i - 1] if i > 0 else b""
    prev2 = lows[i - 2] if i > 1 else b""
    if prev in _PRE_FIRM or prev in _POSSESSIVE or nxt in _POST_FIRM or (prev == b"of" and prev2 in _PRE2_FIRM):
        return True
    return not _NEAR_AFTER.isdisjoint(lows[i + 1 : i + 4])


@lru_cache(maxsize=32)
def matcher_for(topic: Topic) -> TopicMatcher:
    """The compiled matcher for a topic (cached: topics are frozen and few)."""
    return TopicMatcher(topic)
