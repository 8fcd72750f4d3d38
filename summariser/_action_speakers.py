"""Who else a sentence names for its actions: a closing attribution (", the minister has announced."), the speaker
of a quotation, a passive's "by" agent, the owner or enforcer of a law; and whether a clause is reported speech.
(The subject of the last speech verb, "Kendall said (that) …", is `SentenceBase._speaker_before`.)
"""

from __future__ import annotations

from summariser import _action_patterns as P
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
from summariser._subject_cues import _CUE_BEFORE_QUOTE, _REPORTED_OPENERS, _only_adverb, _quoted_snippet


class SpeakerParts(SentenceBase):
    """Speakers, agents and owners of one sentence; `_action_build.ActionParts` builds on it."""

    def _quote_opens_at(self, pos: int) -> bool:
        """Does a quotation open right at `pos` (said it had “removed the content …”): reported speech around it."""
        if not any(a <= pos < b and _only_adverb(self.text[a:pos].strip(" “‘\"'")) for a, b in self.quotes):
            return False  # had “formally requested …”: an adverb may open the quotation before the verb
        # "had “removed …”", "“will enforce …”" report acts; "ministers “want to shut down …”" is a critic's claim
        word = (
            self.text[pos : pos + 20].split(None, 1)[0].lower().rstrip("”’\"',.;:") if self.text[pos:].strip() else ""
        )
        form = P.VERB_FORMS.get(word)
        if word in _REPORTED_OPENERS or (form is not None and form[1] == "past"):
            return True
        # "would not hesitate to “use every legal instrument”": the cue stands outside the quotation
        before = self.text[max(0, pos - 12) : pos].rstrip(" “‘\"'").rsplit(None, 1)
        return bool(before) and before[-1].lower() in _CUE_BEFORE_QUOTE

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
            if subject is not None and self._quoted(subject.start):
                subject = None  # '"Ofcom should fine the company," said Jane Smith': the company is quoted, not her
            if subject is None:
                after = self.text[m.end() : m.end() + 60]
                nxt = next((s for s in self.spans if s.start > m.end() and s.start - m.end() < 3), None)
                subject = nxt if nxt is not None and after.strip() else None
            if subject is not None and subject.ref in ("he", "she"):
                # "…," she said: the quotes module follows the pronoun back to the right person
                known = self.finder.quote_speaker(self.index, _quoted_snippet(self.text, pos), we=False)
                return known if known is not None else self._resolve(subject)
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
