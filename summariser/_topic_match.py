"""Keyword matching for topics over word tokens: a few set intersections per sentence, no big regex alternations.

Text is tokenised as `_text.fold_bytes` does (UTF-8 bytes, punctuation as spaces): the split is C all the way, and
a set intersection with the keywords' first words finds the few places worth a closer look. A keyword token with a
capital letter must match exactly (or in all capitals, for shouting headlines); a lower-case one matches any case.
An ambiguous subject ("X") counts only when the sentence shows it is the platform (see `_topic_ambiguous`) or,
failing that, when the document names the subject elsewhere.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from summariser._topic import Topic
from summariser._topic_ambiguous import AmbiguousSubjects
from summariser._topic_terms import (
    HYPHENATED,
    NO_HITS,
    Term,
    Tokens,
    Unit,
    UnitHits,
    first_match,
    first_position,
    inflections,
    is_maths,
    positions,
)

__all__ = ["NO_HITS", "TopicMatcher", "Unit", "UnitHits", "matcher_for"]

# roles of a word found that is not a plain concern (see `TopicMatcher._simple`)
_SUBJECT = object()
_PHRASE = object()


class TopicMatcher:
    """Compiled keyword index for one Topic."""

    def __init__(self, topic: Topic) -> None:
        # lower-case first token -> terms starting with it, longest first
        self._index: dict[bytes, list[Term]] = {}
        self._topic = topic
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
                self._add(Term.build(word, kind, weight))
        for kind, words, weight in groups:
            for word in words:
                if kind == "concern" and len(word.split()) == 1 and word.islower():
                    for form in inflections(word):
                        self._add(Term.build(form, kind, weight), canonical=word)
        for terms in self._index.values():
            terms.sort(key=lambda t: -len(t.checks))  # longest phrase first
        # phrases are looked up by their first two words, single words by themselves: one dict lookup each
        self._phrases: dict[tuple[bytes, bytes], list[Term]] = {}
        self._exact: dict[bytes, Term] = {}  # "Grok" and "GROK"
        self._any: dict[bytes, Term] = {}  # "law", in any case
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
        # single-word subjects as written ("Grok", "GROK") and the capitalised first words of phrases ("Online")
        self._subject_exact = frozenset(f for f, t in self._exact.items() if t.kind == "subject")
        self._phrase_any = frozenset(t.checks[0][0] for t in phrases if t.checks[0][1] is None)
        self._phrase_exact = frozenset(
            form for t in phrases if (e := t.checks[0][1]) is not None for form in (e, e.upper())
        )
        self._strong_keys = self._strong_any | frozenset(f for f, t in plain_exact.items() if t.weight >= 1.0)
        # what `_simple` does with a word found that is not a plain concern: a subject, the first word of a phrase,
        # or the first word of a phrase that is a concern on its own too (the term)
        self._roles_any: dict[bytes, object] = {k: _PHRASE for k in self._phrase_any}
        self._roles_exact: dict[bytes, object] = {f: _PHRASE for f in self._phrase_exact}
        for k in self._phrase_any:
            term = self._any.get(k)
            if term is not None and term.kind == "concern":
                self._roles_any[k] = term
        for f in self._phrase_exact:
            term = self._exact.get(f)
            if term is not None and term.kind == "concern":
                self._roles_exact[f] = term
        self._roles_exact.update(dict.fromkeys(self._subject_exact, _SUBJECT))
        # the plain keyword tokens' canonical names, looked up once per topic instead of per sentence
        self._canonical = {k: self._canonical_of(k) for k in self._plain | self._plain_exact}
        # a bare ambiguous subject: its exclusions, context and neighbours
        self._amb = AmbiguousSubjects(self._topic, self._index, self._phrases)

    def _add(self, term: Term | None, *, canonical: str | None = None) -> None:
        if term is None:
            return
        bucket = self._index.setdefault(term.checks[0][0], [])
        if canonical is not None:  # an inflection: only when no keyword is spelt so already
            if any(t.checks == term.checks and t.kind == term.kind for t in bucket):
                return
            term = Term(canonical, term.kind, term.weight, term.checks)
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
        # concerns and nothing else: they are counted by set operations in C. Subjects and phrases' first words take
        # `_simple`, and `_quick` when a phrase does follow; a bare ambiguous subject takes `_with_ambiguous`, which
        # weighs context and exclusions.
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
                # positional (subjects, concern, strong, weak, terms, pending, subject_at, keys): keywords cost
                # three times as much here, on the commonest path
                hits.append(UnitHits(0, concern, n_strong > 0, n_strong < len(keys), [], 0, [], keys))
            elif ambiguous.isdisjoint(found_exact):
                hits.append(self._unit_hits(found_any, found_exact, unit))
            else:
                hits.append(self._with_ambiguous(found_any, found_exact, unit))
        return hits

    def _unit_hits(self, found_any: frozenset[bytes], found_exact: frozenset[bytes], unit: Unit) -> UnitHits:
        """Subjects and concerns of one unit (a bare ambiguous subject is judged by the caller)."""
        words, lows, text = unit
        out = self._simple(found_any, found_exact, words, lows)
        if out is None:
            return self._quick(self._firsts.intersection(lows), words, lows, text)
        if "-" in text:
            out = UnitHits() if out is NO_HITS else out
            self._match_parts(words, out, set(out.terms))
        return out if out.terms or out.keys else NO_HITS

    def _simple(
        self, found_any: frozenset[bytes], found_exact: frozenset[bytes], words: Tokens, lows: Tokens
    ) -> UnitHits | None:
        """Hits of a unit whose keywords are single words, subjects ("Grok") or the first words of phrases that do
        not follow ("online" without "safety"); None when it needs `_quick`. The sets found hold a few words: a
        Python loop over them costs less than the set operations that would sort them."""
        plain: list[bytes] = []
        subjects: list[bytes] = []
        alone: list[Term] = []  # a phrase's first word that is a keyword on its own too ("eSafety")
        # the words found in any case, then those found as written (two loops, not a loop over pairs of sets)
        plain_set, roles = self._plain, self._roles_any
        for k in found_any:
            if k in plain_set:
                plain.append(k)
                continue
            role = roles.get(k)
            if role is None:
                return None  # a keyword of another kind
            if role is _SUBJECT:
                subjects.append(k)
                continue
            if self._phrase_follows(k.lower(), lows):
                return None
            if isinstance(role, Term):
                alone.append(role)
        plain_set, roles = self._plain_exact, self._roles_exact
        for k in found_exact:
            if k in plain_set:
                plain.append(k)
                continue
            role = roles.get(k)
            if role is None:
                return None
            if role is _SUBJECT:
                subjects.append(k)
                continue
            if self._phrase_follows(k.lower(), lows):
                return None
            if isinstance(role, Term):
                alone.append(role)
        if not plain and not subjects and not alone:
            return NO_HITS
        out = UnitHits()
        if plain:
            keys = frozenset(plain)
            n_strong = len(keys & self._strong_keys)
            out.keys = keys
            out.concern = 1.0 if n_strong else min(1.0, 0.5 * len(keys))
            out.strong, out.weak = n_strong > 0, n_strong < len(keys)
        seen: set[str] = set()
        for form in sorted(subjects, key=words.index) if len(subjects) > 1 else subjects:
            self._note_subject(self._exact[form].canonical, words.index(form), out, seen)
        for term in alone:
            self._note_concern(term, out)
        return out

    def _phrase_follows(self, key: bytes, lows: Tokens) -> bool:
        """Does a phrase that starts with `key` (lower case) go on with its second word somewhere in the unit?"""
        at = -1
        for _ in range(lows.count(key)):
            at = lows.index(key, at + 1)
            if at + 1 < len(lows) and (key, lows[at + 1]) in self._phrases:
                return True
        return False

    def canonical(self, keys: frozenset[bytes]) -> list[str]:
        """Canonical names of plain keyword tokens, sorted (a set's order depends on the hash seed)."""
        return list(dict.fromkeys(self.canonical_names(keys)))

    def canonical_names(self, keys: frozenset[bytes]) -> list[str]:
        """`canonical` with repeats kept (the caller removes them): one dict lookup per token."""
        names = self._canonical
        return [names.get(k) or self._canonical_of(k) for k in sorted(keys)]

    def _canonical_of(self, key: bytes) -> str:
        return (self._any.get(key) or self._exact[key]).canonical

    def _quick(self, keys: frozenset[bytes], words: Tokens, lows: Tokens, text: str) -> UnitHits:
        """Hits of a unit without an ambiguous subject: phrases first, then the single words they did not use."""
        found: list[tuple[int, Term]] = []
        if not keys.isdisjoint(self._phrase_lows):
            used: list[bytes] = []
            starts = keys & self._phrase_lows
            phrases = self._phrases
            # one walk over the words, not a count and an index per first word: the phrases come out in text order,
            # which the sort below gives them anyway (no two start at one word)
            for at in range(len(lows) - 1):  # a phrase needs the word after its first
                key = lows[at]
                if key in starts:
                    bucket = phrases.get((key, lows[at + 1]))
                    term = first_match(bucket, words, lows, at) if bucket else None
                    if term is not None:
                        found.append((at, term))
                        used += [low for low, _ in term.checks]
            # the phrases used their words: a word they used every time is not counted again ("prime minister")
            if len(used) > 16:  # counted once per word: a long unit may repeat a phrase hundreds of times
                uses = Counter(used)
                keys = keys - {low for low, n in uses.items() if lows.count(low) <= n}
            else:
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
        for at, term in sorted(found, key=first_position) if len(found) > 1 else found:
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

    def _single_term(self, key: bytes, words: Tokens) -> Term | None:
        term = self._exact_by_low.get(key)
        if term is not None:
            exact = term.checks[0][1]
            if exact in words or (exact is not None and exact.upper() in words):
                return term
        return self._any.get(key)

    def _with_ambiguous(self, found_any: frozenset[bytes], found_exact: frozenset[bytes], unit: Unit) -> UnitHits:
        """Hits of a unit naming a bare ambiguous subject ("X"): the platform when context or a neighbour says so."""
        words, lows, text = unit
        out = self._unit_hits(found_any, found_exact, unit)
        live = [
            i for i in positions(self._ambiguous.intersection(words), words) if not self._amb.covered(words, lows, i)
        ]
        if not live or is_maths(text):
            return out
        if out is NO_HITS:
            out = UnitHits()
        name = words[live[0]].decode()
        if out.subjects or self._amb.has_context(words, lows) or any(self._amb.firm(lows, i) for i in live):
            self._note_subject(name, live[0], out, set(out.terms))
        else:
            out.pending = 1
            out.subject_at.append((live[0], self._ambiguous_name))
        return out

    def _match_parts(self, words: Tokens, out: UnitHits, seen: set[str]) -> None:
        # "Grok-generated", "Ofcom-led": the parts count, but never an ambiguous letter ("X-ray")
        for token in HYPHENATED.findall(b" ".join(words)):
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
    def _note_concern(term: Term, out: UnitHits) -> None:
        if term.canonical not in out.terms:
            out.concern = min(1.0, out.concern + term.weight)
        out.strong |= term.weight >= 1.0
        out.weak |= term.weight < 1.0
        out.terms.append(term.canonical)


@lru_cache(maxsize=32)
def matcher_for(topic: Topic) -> TopicMatcher:
    """The compiled matcher for a topic (cached: topics are frozen and few)."""
    return TopicMatcher(topic)
