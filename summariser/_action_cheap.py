"""The cheap tests a sentence's verbs pass before the actor search: could an actor stand right before the verb
("Ofcom", "the regulator", "the Oireachtas committee on artificial intelligence"), and does one follow it ("urged
the PSNI to …")? Split from `_action_clauses`, whose `SentenceContext` builds on `CheapTests`.
"""

from __future__ import annotations

from summariser._action_joins import JoinedHits
from summariser._clause_cues import _OBJECT_OPENERS, _OBJECT_START, _SEATS, _SUBJECT_TAIL_WORDS
from summariser._lazy_re import lazy_re

# bodies addressed in the plural, which no actor span covers: "urged other countries to …", "asked prosecutors to
# consider …", "calls on governments to …", "urged the justices to take the case", "I urge MLAs of every party to …"
_PLURAL_ADDRESSEES = lazy_re(
    r"\s+(?:on\s+|upon\s+)?(?:(?:the|other|all|fellow|national|member|its|their)\s+)*(?:regulators|authorities"
    r"|prosecutors|justices|judges|governments|countries|(?:member\s+)?states|MLAs|MSPs|MPs|MEPs"
    r"|TDs|members|councils|legislatures|parliaments|police\s+forces|agencies|watchdogs)\b"
)


class CheapTests(JoinedHits):
    """Tests on the words around a verb that spare most verbs the actor search."""

    def _could_have_subject(self, pos: int) -> bool:
        """Could an actor end just before `pos` (after auxiliaries and adverbs), or a clause be shared with one?"""
        pos = self._skip_fillers(pos)
        tail = self.text[max(0, pos - 40) : pos].rstrip()
        if not tail:
            return False
        if tail[-1] in ",)–—":
            return True
        word = tail.rsplit(None, 1)[-1].strip("\"“”‘'’")
        if not word:
            return True
        if word[0].isupper() or word[1:3] != word[1:3].lower():  # "Ofcom", and "eSafety", "xAI"
            return True
        if word.lower() in _SUBJECT_TAIL_WORDS or word.endswith(("'s", "’s")):
            return True
        # "the Oireachtas committee on artificial intelligence wrote": a name ending in a lower-case remit
        return "ommittee on " in self.text and len(tail) + max(0, pos - 40) in self._ends

    def _plural_object(self, end: int) -> bool:
        """Do bodies named in the plural follow the verb ending at `end` ("urged other countries to …")?"""
        return _PLURAL_ADDRESSEES.match(self.text, end) is not None

    def _actor_object(self, end: int) -> bool:
        """Does an actor (or "officials") follow the verb ending at `end`, possibly after "on"?"""
        m = _OBJECT_START.match(self.text, end)
        if m is None:
            return False
        if m.group("officials"):
            return True
        pos = m.end()
        word = self.text[pos : pos + 30].split(None, 1)[:1]
        if not word or (word[0].islower() and word[0].strip(',.;:!?"“”‘’()') not in _OBJECT_OPENERS):
            return False  # "asked reporters …", "expect the facts …" cost no actor search: no actor starts so
        if word[0].rstrip(",.;:") in _SEATS:
            return True  # "urged Ottawa to …": a seat of government stands for it
        at = pos + 4 if word[0] in ("the", "The") else pos  # "urged the PSNI to …"
        return any(
            (s.start in (pos, at) and s.kind != "pronoun") or (s.start == pos and s.ref in ("it", "they"))
            for s in self.spans
        )
