"""Fixed phrases and action nouns in one sentence: "comes into force", "all options on the table", "X must act",
"asked whether the government would ban …", "X could face fines", "Ofcom's investigation into X".

`PhraseHits` adds these to the verb analysis of `_action_clauses.SentenceContext`, which builds on it.
"""

from __future__ import annotations

import re

from summariser import _action_patterns as P
from summariser._action_rules import _DECISION_TO, _NOUN_WORDS, _PENALTY_WORDS, _VERB_OBJECT, Hit, _phrase
from summariser._action_subjects import SentenceBase

_MUST_WORDS = frozenset(("must", "should", "ought"))
_MUST_TO_WORDS = frozenset(("needs", "needed", "has", "had"))
_OWNED_CASE = re.compile(r"['’]s\s+(?:\w+\s+)?(?:investigation|inquiry|probe|case|proceedings)\s+$")


# words that end a subject which is never an actor; tested before finding the sentence's actors
_NO_ACTOR_BEFORE = re.compile(
    r"\b(?:nobody|no one|that|which|who|you|I|we|We|this|there|everyone|anyone|someone|people|things?)\s*$"
)


class PhraseHits(SentenceBase):
    """Phrase and noun actions of one sentence; `hits()` in the subclass calls these after the verbs."""

    def _phrase_hits(self) -> None:
        text, words = self.text, self.words
        in_force = not words.isdisjoint(("force", "effect"))
        changes = [*P.IN_FORCE.finditer(text)] if in_force else []
        if "become" in words:  # "… will become a criminal offence this week, the technology secretary has told MPs"
            changes += P.BECOME_OFFENCE.finditer(text)
        for m in changes:
            if self._quoted(m.start()) or m.group(0).lower().startswith(("came", "took")):
                continue
            speaker = self._speaker_before(m.start()) or self._trailing_speaker(m.end())
            if speaker is not None:
                self._found.append(Hit(speaker, "announced", "force", m.start(), m.end(), m.start()))
                continue
            owner = self._owner_in_sentence()
            if owner is not None:
                self._found.append(Hit(owner, "planned", "force", m.start(), m.end(), m.start()))
        options = not words.isdisjoint(("table", "option", "options", "rule", "ruled", "ruling"))
        for m in P.ALL_OPTIONS.finditer(text) if options else ():
            actor = self._speaker_before(m.start()) or self._quote_speaker(m.start())
            if actor is None:
                subject = self._adjacent_subject(m.start())
                actor = self._resolve(subject) if subject else None
            if actor is not None:
                self._found.append(Hit(actor, "threatened", "options", m.start(), m.end(), m.start(), "threaten"))
        # "needs", "has" … count only before "to" (a common word pair: test it before running the pattern)
        must = not words.isdisjoint(_MUST_WORDS) or ("to" in words and not words.isdisjoint(_MUST_TO_WORDS))
        for m in P.MUST.finditer(text) if must and not text.rstrip().endswith("?") else ():
            # "the regulator must act", said by someone: a call; quoted musings ("we should be careful") are not,
            # but a quoted "Ofcom must now follow through" names who must act: the speaker calls for it
            quoted = self._quoted(m.start())
            if not quoted and not self._speech_before(m.start()):
                continue  # cheap tests first: the subject needs the sentence's actors
            if _NO_ACTOR_BEFORE.search(self.text, max(0, m.start() - 20), self._skip_fillers(m.start())):
                continue  # "nobody should", "products that should": no actor can stand there
            subject = self._adjacent_subject(m.start())
            if subject is None or subject.kind == "pronoun" or (quoted and subject.kind in ("person", "place")):
                continue
            actor = self._quote_speaker(m.start()) if quoted else self._speaker_before(m.start())
            if actor is not None:
                target = self._resolve(subject)
                hit = Hit(actor, "called_for", "must", m.start(), m.end(), m.start(), "call", target=target)
                self._found.append(hit)
        if "whether" in words or "if" in words:
            self._asked_whether_hits()
        face = not words.isdisjoint(_PENALTY_WORDS)
        for m in P.FACE.finditer(text) if face else ():
            if self._quoted(m.start()):
                continue
            owned = _OWNED_CASE.search(text, max(0, m.start() - 60), m.start())
            owner_span = self._ends.get(owned.start()) if owned is not None else None
            if owner_span is not None:  # "Ofcom's investigation could lead to a fine": the investigator threatens
                actor = self._resolve(owner_span)
                if actor is not None:
                    self._found.append(Hit(actor, "threatened", "face", m.start(), m.end(), m.start()))
                continue
            actor = self._speaker_before(m.start()) or self._enforcer() or self.finder.main_regulator
            subject = self._adjacent_subject(m.start())
            target = self._resolve(subject) if subject else None
            if actor is not None and target is not None and actor != target:
                self._found.append(Hit(actor, "threatened", "face", m.start(), m.end(), m.start(), target=target))

    def _asked_whether_hits(self) -> None:
        """ "Jess Asato asked whether the government would ban nudification apps": the asker calls for the ban."""
        for m in P.ASKED_WHETHER.finditer(self.text):
            entry = P.VERB_FORMS.get(m.group("verb"))
            if entry is None or entry[1] != "base" or entry[2] != "do" or self._quoted(m.start()):
                continue
            rule = _VERB_OBJECT.get(entry[0])
            if rule is not None and not rule.search(self.text[m.end() :]):
                continue
            subject = self._adjacent_subject(m.start())
            actor = self._resolve(subject) if subject is not None and subject.kind != "place" else None
            if actor is not None:
                hit = Hit(actor, "called_for", "ask", m.start(), m.end("verb"), m.start(), "call")
                self._found.append(hit)

    def _noun_hits(self) -> None:
        text = self.text
        if self.words.isdisjoint(_NOUN_WORDS):
            return
        for m in P.POSSESSIVE_NOUN.finditer(text) if ("’s" in text or "'s" in text) else ():
            owner = self._ends.get(m.start())
            if owner is None or owner.kind == "pronoun" or self._quoted(m.start()):
                continue
            actor = self._resolve(owner)
            noun = m.group("noun").lower()
            if noun == "decision" and not _DECISION_TO.match(self.text, m.end("noun")):
                continue
            if actor is not None:
                self._add_noun(actor, noun, owner.start, m.end("noun"))
        for by in P.NOUN_BY_ANY.finditer(text) if "by" in self.words else ():
            span = next((sp for sp in self.spans if sp.start == by.end()), None)
            if span is None or self._quoted(by.start()):
                continue
            actor = self._resolve(span)
            if actor is not None:
                self._add_noun(actor, by.group("noun").lower(), by.start(), span.end)

    def _add_noun(self, actor: str, noun: str, start: int, end: int) -> None:
        status, verb = P.NOUN_ACTIONS[noun]
        rest = _phrase(self.text, end)
        phrase = f"{verb} {noun if verb in ('launched', 'opened') else ''}".strip()
        phrase = (
            f"{verb}{rest}" if verb.startswith(("called", "demanded", "threatened", "refused", "plans")) else phrase
        )
        phrase = f"{verb}{rest}" if noun in ("decision", "order", "proposals") else f"{phrase}{rest}".strip()
        hit = Hit(actor, status, noun, start, end, end, noun=True, phrase=phrase.strip())  # type: ignore[arg-type]
        self._found.append(hit)
