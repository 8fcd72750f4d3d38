"""A bare ambiguous subject ("X"): the exclusions it may stand in ("Malcolm X"), the context that makes it the
platform ("Grok", "users" in the sentence) and the neighbours that do ("on X", "X said", "Japan urges X to ...").

The neighbour words are the built-in ones of `_topic_terms` plus the topic's own interventions ("urges", "summons")
before it and responses ("agrees", "appeals") after it, so a headline with no other context still names the platform
when a government acts on it or it answers one.
"""

from __future__ import annotations

from summariser._topic import Topic
from summariser._topic_terms import Term, Tokens, firm_ambiguous, word_forms


class AmbiguousSubjects:
    """Compiled exclusions, context and neighbour words for a topic's ambiguous subjects."""

    def __init__(self, topic: Topic, index: dict[bytes, list[Term]], phrases: dict[tuple[bytes, bytes], list[Term]]):
        ambiguous = frozenset(a.encode() for a in topic.ambiguous)
        self._phrases = phrases
        # exclusions by (position of the ambiguous word in them, their first two words): "Malcolm X" is
        # (1, b"malcolm", b"x"); an exclusion is always a phrase ("Xbox" has no ambiguous word in it)
        self._exclusions: dict[tuple[int, bytes, bytes], list[Term]] = {}
        for terms in index.values():
            for term in terms:
                for offset, (_, exact) in enumerate(term.checks):
                    if term.kind == "exclusion" and exact in ambiguous and len(term.checks) > 1:
                        key = (offset, term.checks[0][0], term.checks[1][0])
                        self._exclusions.setdefault(key, []).append(term)
        self._exclusion_offsets = sorted({offset for offset, _, _ in self._exclusions})
        # the first two words of every exclusion: one of them stands right after the ambiguous word or within the
        # `_reach` words before it whenever an exclusion covers it, so most places need no lookup per offset
        self._near = frozenset(w for _, first, second in self._exclusions for w in (first, second))
        self._reach = max(self._exclusion_offsets, default=0)
        contexts = [t for terms in index.values() for t in terms if t.kind in ("context", "subject")]
        self._context_any = frozenset(t.checks[0][0] for t in contexts if len(t.checks) == 1 and t.checks[0][1] is None)
        self._context_exact = frozenset(
            form for t in contexts if len(t.checks) == 1 and (e := t.checks[0][1]) for form in (e, e.upper())
        )
        self._context_phrase_lows = frozenset(t.checks[0][0] for t in contexts if len(t.checks) > 1)
        self._before = word_forms(topic.interventions)  # "urges X", "summoned X"
        self._after = word_forms(topic.responses)  # "X agrees", "X appealed"

    def may_cover(self, lows: Tokens, i: int) -> bool:
        """False when `covered(…, i)` is sure to be: no exclusion's first words near the token at i and no phrase
        going on from it (most places; one pair lookup and a set test instead of the method's steps)."""
        reach = self._reach
        if i + 1 < len(lows):
            nxt = lows[i + 1]
            if nxt in self._near or (lows[i], nxt) in self._phrases:
                return True
        return not self._near.isdisjoint(lows[i - reach if i > reach else 0 : i])

    def covered(self, words: Tokens, lows: Tokens, i: int) -> bool:
        """Is the ambiguous token at i part of an exclusion ("Malcolm X", "X Factor") or a subject ("X Corp")?"""
        last = len(lows) - 1
        near = self._near
        # an exclusion's first words around it, or none covers it (most places: no lookup per offset)
        reach = self._reach
        if (i < last and lows[i + 1] in near) or not near.isdisjoint(lows[i - reach if i > reach else 0 : i]):
            for offset in self._exclusion_offsets:
                start = i - offset
                bucket = self._exclusions.get((offset, lows[start], lows[start + 1])) if 0 <= start < last else None
                if bucket and any(t.matches(words, lows, start) for t in bucket):
                    return True
        bucket = self._phrases.get((lows[i], lows[i + 1])) if i + 1 < len(lows) else None
        return bool(bucket) and any(t.kind == "subject" and t.matches(words, lows, i) for t in bucket or ())

    def has_context(self, words: Tokens, lows: Tokens) -> bool:
        """Does the unit name something that makes a bare ambiguous subject the platform ("users", "Grok")?"""
        if not self._context_any.isdisjoint(lows) or not self._context_exact.isdisjoint(words):
            return True
        for key in self._context_phrase_lows.intersection(lows):
            at = lows.index(key)
            bucket = self._phrases.get((key, lows[at + 1])) if at + 1 < len(lows) else None
            if bucket and any(t.kind == "context" and t.matches(words, lows, at) for t in bucket):
                return True
        return False

    def firm(self, lows: Tokens, i: int) -> bool:
        """Do the neighbours of the ambiguous token at i make it the platform?"""
        if firm_ambiguous(lows, i):
            return True
        prev = lows[i - 1] if i > 0 else b""
        nxt = lows[i + 1] if i + 1 < len(lows) else b""
        return prev in self._before or nxt in self._after
