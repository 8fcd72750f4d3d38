"""Who else a sentence names for its actions: a closing attribution (", the minister has announced."), the speaker
of a quotation, a passive's "by" agent, the owner or enforcer of a law; and whether a clause is reported speech.
(The subject of the last speech verb, "Kendall said (that) …", is `SentenceBase._speaker_before`.)
"""

from __future__ import annotations

from summariser._action_rules import (
    _BY,
    _LAW_ALIASES,
    _SPEECH,
    _TRAILING_ATTRIBUTION,
    _possessive_follows,
    law_names,
)
from summariser._action_subjects import SentenceBase
from summariser._actor_patterns import ActorSpan
from summariser._lexicon.actors import LAW_ENFORCERS


class SpeakerParts(SentenceBase):
    """Speakers, agents and owners of one sentence; `_action_build.ActionParts` builds on it."""

    def _reported(self, pos: int) -> bool:
        """Is `pos` inside reported speech: a speech verb at most thirty words before it ("said it would …") or an
        attribution closing the sentence (", he said.")?"""
        for m in reversed(self._speech_verbs):
            if m.end() <= pos:
                return self.text.count(" ", m.end(), pos) <= 31
        return _TRAILING_ATTRIBUTION.search(self.text, pos) is not None

    def _trailing_speaker(self, pos: int) -> str | None:
        """The speaker of an attribution closing the sentence after `pos` (", the justice minister has announced.")."""
        m = _TRAILING_ATTRIBUTION.search(self.text, pos)
        if m is None or self._quoted(m.start()):
            return None
        span = next((s for s in self.spans if s.start >= m.start() and s.kind in ("person", "org", "ref")), None)
        return self._resolve(span) if span is not None else None

    def _quote_speaker(self, pos: int) -> str | None:
        """Inside a quotation: the actor named with a speech verb outside the quote in this sentence."""
        if not self._quoted(pos):
            return None
        for m in _SPEECH.finditer(self.text):
            if self._quoted(m.start()):
                continue
            subject = self._adjacent_subject(m.start())
            if subject is None:
                after = self.text[m.end() : m.end() + 60]
                nxt = next((s for s in self.spans if s.start > m.end() and s.start - m.end() < 3), None)
                subject = nxt if nxt is not None and after.strip() else None
            if subject is not None:
                return self._resolve(subject)
        return None

    def _agent_after(self, end: int) -> ActorSpan | None:
        for span in self.spans:
            if span.start > end and _BY.match(self.text[end : span.start]):
                return span
            if span.start > end + 80:
                break
        return None

    def _owner_in_sentence(self) -> str | None:
        for span in self.spans:
            if span.kind in ("gov", "org") and _possessive_follows(self.text, span.end):
                return self._resolve(span)
        for span in self.spans:
            if span.kind == "gov" or span.ref == "gov":
                return self._resolve(span)
        return None

    def _enforcer(self) -> str | None:
        for _, name in law_names(self.text):
            law = _LAW_ALIASES.get(name)
            if law in LAW_ENFORCERS:
                return LAW_ENFORCERS[law]
        return None
