"""Keyword matching for topics over word tokens: a few set intersections per sentence, no big regex alternations.

Text is tokenised as `_text.fold_bytes` does (UTF-8 bytes, punctuation as spaces): the split is C all the way, and
a set intersection with the keywords' first words finds the few places worth a closer look. A keyword token with a
capital letter must match exactly (or in all capitals, for shouting headlines); a lower-case one matches any case.
An ambiguous subject ("X") counts only when the sentence shows it is the platform (see `_topic_ambiguous`) or,
failing that, when the document names the subject elsewhere.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import compress
from operator import itemgetter

from summariser._topic import Topic, per_topic
from summariser._topic_index import PHRASE, SUBJECT, TopicIndex
from summariser._topic_terms import NO_HITS, Term, Tokens, Unit, UnitHits, hyphenated, is_maths, positions

__all__ = ["NO_HITS", "TopicMatcher", "Unit", "UnitHits", "matcher_for"]

_SUBJECT, _PHRASE = SUBJECT, PHRASE  # roles of a word found that is not a plain concern (see `TopicIndex`)
_POSITION = itemgetter(0)  # of a (position, term) found


class TopicMatcher(TopicIndex):
    """Compiled keyword index for one Topic, and the matching of titles and sentences against it."""

    def match_units(self, units: list[Unit]) -> list[UnitHits]:
        """Hits per unit; ambiguous subjects without local context count when another unit names the subject."""
        hits = self._match_all(units)
        for h in hits:
            if h.subjects:
                break
        else:
            return hits
        for h in hits:  # the subject named somewhere: a bare ambiguous one counts everywhere
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
        append = hits.append
        for unit in units:
            words, lows, text = unit
            found_any = any_firsts.intersection(lows)
            found_exact = exact_firsts.intersection(words)
            # a hyphenated word counts only through a part that is a keyword ("Grok-generated"); most ("far-right",
            # "2-1") have none, and then the unit is judged as if it had no hyphen (`_match_parts` would add nothing)
            hyphen = "-" in text and self._parts_count(lows)
            if not found_any and not found_exact and not hyphen:
                append(NO_HITS)
            elif not hyphen and found_any <= plain_any and found_exact <= plain_exact:
                keys = found_any | found_exact
                n_strong = len(keys & strong)
                concern = 1.0 if n_strong or len(keys) > 1 else 0.5  # half a weak word, capped at 1
                # positional (subjects, concern, strong, weak, terms, pending, subject_at, keys): keywords cost
                # three times as much here, on the commonest path
                append(UnitHits(0, concern, n_strong > 0, n_strong < len(keys), [], 0, [], keys))
            elif ambiguous.isdisjoint(found_exact):
                # the commonest unit with keywords beyond plain concerns: `_simple`, else `_quick`
                out = self._simple(found_any, found_exact, words, lows)
                if out is None:
                    append(self._quick(self._firsts.intersection(lows), words, lows, hyphen))
                    continue
                if hyphen:
                    out = UnitHits() if out is NO_HITS else out
                    self._match_parts(words, out, set(out.terms))
                append(out if out.terms or out.keys else NO_HITS)
            else:
                append(self._with_ambiguous(found_any, found_exact, unit, hyphen))
        return hits

    def _simple(
        self, found_any: frozenset[bytes], found_exact: frozenset[bytes], words: Tokens, lows: Tokens
    ) -> UnitHits | None:
        """Hits of a unit whose keywords are single words, subjects ("Grok") or the first words of phrases that do
        not follow ("online" without "safety"); None when it needs `_quick`. The sets found hold a few words: a
        Python loop over them costs less than the set operations that would sort them."""
        plain: list[bytes] = []
        subjects: list[bytes] = []
        alone: list[Term] = []  # a phrase's first word that is a keyword on its own too ("eSafety")
        unfollowed = b""  # a first word found in any case whose phrases do not follow: "x" of "X", asked again below
        # the words found in any case, then those found as written (two loops, not a loop over pairs of sets)
        plain_set, roles, seconds_of = self._plain, self._roles_any, self._seconds
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
            # `_phrase_follows`, its first occurrence inlined (most words stand once: no call)
            at = lows.index(k)
            if (at + 1 < len(lows) and lows[at + 1] in seconds_of[k]) or (
                lows.count(k) > 1 and self._phrase_follows(k, lows)
            ):
                return None
            unfollowed = k
            if role is not _PHRASE:
                alone.append(role)  # type: ignore[arg-type]  # the roles are _SUBJECT, _PHRASE or a Term
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
            low = k.lower()
            if low != unfollowed:
                at = lows.index(low)
                if (at + 1 < len(lows) and lows[at + 1] in seconds_of[low]) or (
                    lows.count(low) > 1 and self._phrase_follows(low, lows)
                ):
                    return None
            if role is not _PHRASE:
                alone.append(role)  # type: ignore[arg-type]
        if not plain and not subjects and not alone:
            return NO_HITS
        # counted in locals and stored once, by position (subjects, concern, strong, weak, terms, pending,
        # subject_at, keys): attribute updates cost several times more
        n_subjects = 0
        concern = 0.0
        strong = weak = False
        keys: frozenset[bytes] = frozenset()
        if plain:
            keys = frozenset(plain)
            n_strong = len(keys & self._strong_keys)
            concern = 1.0 if n_strong else 0.5 * len(keys) if len(keys) < 2 else 1.0
            strong, weak = n_strong > 0, n_strong < len(keys)
        terms: list[str] = []
        subject_at: list[tuple[int, str]] = []
        if subjects:
            exact = self._exact
            if len(subjects) > 1:
                seen: set[str] = set()
                for form in sorted(subjects, key=words.index):
                    name = exact[form].canonical
                    if name not in seen:
                        seen.add(name)
                        n_subjects += 1
                    terms.append(name)
                    subject_at.append((words.index(form), name))
            else:
                name = exact[subjects[0]].canonical
                n_subjects = 1
                terms.append(name)
                subject_at.append((words.index(subjects[0]), name))
        for term in alone:
            name, weight = term.canonical, term.weight
            if name not in terms:
                concern = concern + weight if concern + weight < 1.0 else 1.0
            if weight >= 1.0:
                strong = True
            else:
                weak = True
            terms.append(name)
        return UnitHits(n_subjects, concern, strong, weak, terms, 0, subject_at, keys)

    def _phrase_follows(self, key: bytes, lows: Tokens) -> bool:
        """Does a phrase that starts with `key` (lower case) go on with its second word somewhere in the unit?"""
        seconds = self._seconds[key]
        last = len(lows) - 1
        at = lows.index(key)
        if at < last and lows[at + 1] in seconds:
            return True
        for _ in range(lows.count(key) - 1):
            at = lows.index(key, at + 1)
            if at < last and lows[at + 1] in seconds:
                return True
        return False

    def _quick(self, keys: frozenset[bytes], words: Tokens, lows: Tokens, hyphen: bool) -> UnitHits:
        """Hits of a unit without an ambiguous subject: phrases first, then the single words they did not use."""
        found: list[tuple[int, Term]] = []
        starts = keys & self._phrase_lows
        if starts:
            used: list[bytes] = []
            phrases = self._phrases
            # where the phrases' first words stand, in text order, which the sort below keeps (no two start at one
            # word); a phrase needs 2 words, so never the last. Most units hold one such word once: two list scans
            # in C find it, where the membership map below calls a method wrapper per word (~5 K instructions)
            last = len(lows) - 1
            if len(starts) == 1:
                (key,) = starts
                at = lows.index(key)
                ats: Iterable[int] = (
                    (() if at == last else (at,))
                    if lows.count(key) == 1
                    else compress(range(last), map(starts.__contains__, lows))
                )
            else:
                ats = compress(range(last), map(starts.__contains__, lows))
            for at in ats:
                bucket = phrases.get((lows[at], lows[at + 1]))
                if bucket:
                    for term in bucket:  # the longest that matches
                        if term.pair or term.matches(words, lows, at):
                            found.append((at, term))
                            used += term.lows
                            break
            # the phrases used their words: a word they used every time is not counted again ("prime minister")
            if used:
                if len(used) > 16:  # counted once per word: a long unit may repeat a phrase hundreds of times
                    uses = Counter(used)
                    keys = keys - {low for low, n in uses.items() if lows.count(low) <= n}
                else:  # only the words among the keys can go ("for" of "called for" is none)
                    gone: set[bytes] = set()
                    for low in keys.intersection(used):
                        if lows.count(low) <= used.count(low):
                            gone.add(low)
                    keys = keys - gone
        exact = keys & self._exact_lows  # "Grok", "Act", "EU": the case must be checked
        if exact:
            keys = keys - exact
            by_low, any_case = self._exact_by_low, self._any
            for key in exact:
                single: Term | None = by_low[key]
                form = by_low[key].checks[0][1]  # the spelling it needs, else any case will do if listed so
                if form not in words and (form is None or form.upper() not in words):
                    single = any_case.get(key)
                if single is not None and single.kind != "context":
                    found.append((lows.index(key), single))
        # counted in locals and stored once (see `_simple`)
        n_subjects = 0
        concern = 0.0
        strong = weak = False
        terms: list[str] = []
        subject_at: list[tuple[int, str]] = []
        seen: set[str] = set()
        for at, term in sorted(found, key=_POSITION) if len(found) > 1 else found:
            kind = term.kind
            if kind == "subject":
                name = term.canonical
                if name not in seen:
                    seen.add(name)
                    n_subjects += 1
                terms.append(name)
                subject_at.append((at, name))
            elif kind == "concern":
                name, weight = term.canonical, term.weight
                if name not in terms:
                    concern = concern + weight if concern + weight < 1.0 else 1.0
                if weight >= 1.0:
                    strong = True
                else:
                    weak = True
                terms.append(name)
        # the common case, lower-case single-word concerns, by set operations in C; named only on demand
        plain = keys & self._plain
        if plain:
            n_strong = len(plain & self._strong_any)
            concern += 1.0 if n_strong else 0.5 * len(plain)
            if concern > 1.0:
                concern = 1.0
            if n_strong:
                strong = True
            if n_strong < len(plain):
                weak = True
        else:
            plain = frozenset()
        out = UnitHits(n_subjects, concern, strong, weak, terms, 0, subject_at, plain)
        if hyphen:
            self._match_parts(words, out, seen)
        return out if terms or plain else NO_HITS

    def _with_ambiguous(
        self, found_any: frozenset[bytes], found_exact: frozenset[bytes], unit: Unit, hyphen: bool
    ) -> UnitHits:
        """Hits of a unit naming a bare ambiguous subject ("X"): the platform when context or a neighbour says so."""
        words, lows, text = unit
        out = self._simple(found_any, found_exact, words, lows)  # as `_match_all` does
        if out is None:
            out = self._quick(self._firsts.intersection(lows), words, lows, hyphen)
        else:
            if hyphen:
                out = UnitHits() if out is NO_HITS else out
                self._match_parts(words, out, set(out.terms))
            if not out.terms and not out.keys:
                out = NO_HITS
        amb = self._amb
        live: list[int] = []
        found = self._ambiguous & found_exact  # found_exact holds every ambiguous word
        if len(found) == 1 and words.count(next(iter(found))) == 1:
            # the commonest case: one ambiguous word, once (no `positions` call); `covered` asked only where an
            # exclusion's or subject phrase's word stands next to it (see `AmbiguousSubjects.may_cover`)
            at = words.index(next(iter(found)))
            if not (amb.may_cover(lows, at) and amb.covered(words, lows, at)):
                live.append(at)
        else:
            for i in positions(found, words):
                if not amb.covered(words, lows, i):
                    live.append(i)
        if not live or is_maths(text):
            return out
        if out is NO_HITS:
            out = UnitHits()
        at = live[0]
        if (
            out.subjects
            or amb.has_context(words, lows)
            or amb.firm(lows, at)
            or any(amb.firm(lows, i) for i in live[1:])
        ):
            name = words[at].decode()  # `_note_subject`, inlined
            if name not in out.terms:
                out.subjects += 1
            out.terms.append(name)
            out.subject_at.append((at, name))
        else:
            out.pending = 1
            out.subject_at.append((at, self._ambiguous_name))
        return out

    def _match_parts(self, words: Tokens, out: UnitHits, seen: set[str]) -> None:
        # "Grok-generated", "Ofcom-led": the parts count, but never an ambiguous letter ("X-ray")
        for token in hyphenated(b" ".join(words)):
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


@per_topic
def matcher_for(topic: Topic) -> TopicMatcher:
    """The compiled matcher for a topic (cached: topics are frozen and few)."""
    return TopicMatcher(topic)
