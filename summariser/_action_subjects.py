"""The sentence under analysis: who is the subject of a verb, resolved to a name.

`SentenceBase` builds on `_action_adjacency.AdjacentSubjects` (the sentence's facts and the actor right before a verb)
and resolves pronouns, conjoined verbs and relative clauses; `_action_clauses.SentenceContext` builds on it to find
the actions themselves.
"""

from __future__ import annotations

import re

from summariser._action_adjacency import _NAMED, AdjacentSubjects
from summariser._action_rules import (
    _AFTER_VERB,
    _CONJ,
    _RELATIVE,
    _SPEECH,
    _SPEECH_TAIL,
    AND_THAT_TAIL,
)
from summariser._actor_patterns import ActorSpan
from summariser._actor_spans import HELD as _HELD
from summariser._lazy_re import lazy_re
from summariser._subject_cues import (
    _AFTER_QUOTED,
    _BACKSHIFTED,
    _COMMUNICATIVE,
    _NOT_STATES,
    _OWN_AUX,
    _THAT_AFTER,
    _may_end_timing,
    _quoted_snippet,
    main_subject,
    person_before_bracket,
)

# "said in a statement on Wednesday that it had …": the speech verb's own "that it"
_THAT_IT = lazy_re(r"\s+(?:[^,.;“”\"]{0,60}?\s)?that\s+it\s")
# ", and that it had issued …": a second clause of the same report
_APPOSITIVE_TO = lazy_re(r",\s+(?:the|an?)\s+[^,;()]{1,80}?\b(?:by|of)\s+")
_AND_THAT_BEFORE = lazy_re(r"\band\s+that\s+$")
_AND_BEFORE = lazy_re(r"\s(?:and|or)\s+(?:the\s+)?$")
# "but a spokesman, Avi Small, said she …", "a spokeswoman for the regulator, Jane Roe, said it …": the name before
# the comma is the one who speaks for a principal (group "body": the principal named in the phrase)
_SPOKESPERSON_BEFORE = lazy_re(
    r"\b(?:spokes(?:man|woman|person)|press\s+secretary)(?:\s+for\s+(?P<body>[^,;“”\"]{2,60}))?,\s+$"
)


class SentenceBase(AdjacentSubjects):
    """Who a sentence's actors are: pronouns after speech verbs, conjoined verbs and relative clauses, resolved."""

    # -- subjects -------------------------------------------------------------------------------------------------

    def _resolve(self, span: ActorSpan) -> str | None:
        """Canonical actor for a span; a pronoun after a speech verb is that verb's subject ("Ofcom said it had")."""
        if span.kind != "pronoun":
            name = self.finder.resolve(span, self.index)
            if name is None and span.ref == "dept":  # "Minister X told Parliament that the department would …"
                name = self.finder.ministers_government(self._speaker_before(span.start))
            return name
        if span.ref == "we":
            # "we" is the speaker's organisation; "I" the speaker
            plural = span.text[:1] not in "IMm"  # "I", "my office": the speaker
            if not self._quoted(span.start):
                return self.finder.interview_speaker(self.index, plural=plural)  # an interview's answers
            return self.finder.quote_speaker(self.index, _quoted_snippet(self.text, span.start), we=plural)
        person = span.ref in ("he", "she")
        speech = _SPEECH_TAIL.search(self.text, max(0, span.start - 70), span.start)
        tail = AND_THAT_TAIL.search(self.text, max(0, span.start - 160), span.start) if speech is None else None
        if (
            tail is not None
            and span.ref == "it"
            and any(tail.end() > s.start > tail.start() and s.kind in _NAMED for s in self.spans)
        ):
            return None  # "Ofcom said X had failed and that it would …": the speaker or X, either; nobody is credited
        candidates = [speech] if speech is not None else []
        candidates += reversed([m for m in self._speech_verbs if m.end() <= span.start])
        for verb in candidates[:2]:
            subject = self._adjacent_subject(verb.start())
            if subject is None and verb is speech and not person:
                # "the Met, which confirmed it had …", "Ofcom said …, and warned that it could …": the speaker's "it"
                inherited = self._inherited(verb.start())
                if inherited is not None:
                    return inherited
            if subject is not None and subject.kind == "pronoun" and subject.text.endswith(_HELD) and not person:
                return self._resolve(subject)  # "her office said it supported the bill": the office is hers
            if subject is None or subject.kind == "pronoun":
                continue
            if span.ref == "they" and verb is speech and subject.kind == "person":
                # "Kim Min-ji and Park Jae-hoon said they would …": the named pair (the last one named here)
                pair = self._conjoined_before(subject)
                return self._resolve(subject) if pair is not None and pair.kind == "person" else None
            if subject.kind == "person" and self._speaks_for(subject):
                return self._principal(subject)  # "a spokesman, Avi Small, said she …": she is whom he speaks for
            name = self.finder.resolve(subject, self.index)
            if name is None and verb is speech and not person and subject.kind == "ref":
                return None  # "The campaign group Glitch said it would …": its "it", even if unnamed, is no one else
            if name is None or self.finder.is_person(name, subject) != person:
                continue
            if person and not self.finder.gender_fits(name, span.ref):
                continue  # "Chaturvedi wrote to Vaishnaw, in which she asked": she is not Vaishnaw
            between = [s for s in self.spans if subject.end <= s.start < span.start and s.kind != "place"]
            if verb is speech or not any(self.finder.is_person(None, s) == person for s in between):
                return name
            if (
                span.ref == "it"
                and _THAT_IT.match(self.text, verb.end()) is not None
                and _AND_THAT_BEFORE.search(self.text, max(0, span.start - 12), span.start) is not None
            ):
                return name  # "The ODPC said that it had opened …, and that it had issued …": the same "it" again
        if person and speech is not None and "spokes" in self.text:
            # "but a spokesman, Avi Small, said she would …": she is the principal (a person), never the spokesman
            named = next((s for s in reversed(self.spans) if s.end <= speech.start() and s.kind == "person"), None)
            if named is not None and self.text[named.end : speech.start()].strip() == "," and self._speaks_for(named):
                return self._principal(named, people=True)
        return self.finder.resolve(span, self.index)

    def _inherited(self, pos: int, *, place_ok: bool = False, who_ok: bool = False) -> str | None:
        """Conjoined verb ("opened an inquiry and fined X") or relative clause ("Ofcom, which opened …")."""
        pos = self._skip_fillers(pos)
        base = max(0, pos - 80)  # a window: a whole-sentence search per verb would be quadratic
        left = self.text[base:pos]
        rel = _RELATIVE.search(left)
        if rel is not None and not who_ok and "who" in rel.group(0):
            return None  # "Newsom, who signed the laws": background on a person ("who has called for" is kept)
        if rel is not None:  # "a matter for Ofcom, which has opened …": the antecedent acts, preposition or not
            start = base + rel.start()
            while start > 0 and self.text[start - 1].isspace():
                start -= 1
            antecedent = (
                self._ends.get(start)
                # "the All Women's Action Society (AWAM), which had called for …": the body in the bracket
                or (
                    self._ends.get(start - 1)
                    if self.text[start - 1 : start] == ")" and "which" in rel.group(0)
                    else None
                )
                or person_before_bracket(self.text, start, self.spans, self._is_subject)
            )
            if antecedent is not None and antecedent.kind == "person" and "which" in rel.group(0):
                antecedent = self._described_body(antecedent)  # "NOYB, the group founded by Max Schrems, which …"
            if antecedent is not None and antecedent.kind == "place":  # "Malaysia, which blocked Grok a day later"
                return antecedent.canonical if place_ok and antecedent.canonical not in _NOT_STATES else None
            return self._resolve(antecedent) if antecedent is not None else None
        timing = self._timing_before(pos)
        if timing is not None:  # "opened the proceedings on 26 January, and in December fined X"
            pos = self._skip_fillers(timing)
            left = self.text[base:pos]
        if not _CONJ.search(left):
            return None
        prev = self._found[-1] if self._found else None
        if prev is not None and prev.cls == "call" and _THAT_AFTER.match(self.text, prev.verb_end):
            return prev.actor  # "recommended that the regulator be given …, and urged …": the recommender urged
        if _COMMUNICATIVE.match(self.text, pos) and self._speech_before(pos):
            # "Onwurah, who chairs the Commons committee, said the fine was "small change" and urged …": whoever
            # is named inside the report or the relative clause, the speaker urged
            speaker = self._speaker_before(pos)
            if speaker is not None:
                return speaker
        floor = self._found[-1].verb_end if self._found else 0
        for span in reversed(self.spans):  # the nearest earlier subject: not an object, possessor or place
            if span.end > pos or span.start < floor or span.kind == "place" or not self._is_subject(span):
                continue
            if span.kind != "pronoun" and (
                _AFTER_VERB.search(self.text, max(0, span.start - 20), span.start)
                or _AFTER_QUOTED.search(self.text, max(0, span.start - 12), span.start)
                or self._joined_object(span)
            ):
                continue  # an object ("fined X and …", "“backs” the commissioner and …"), not "said it …"
            if span.kind == "person" and self._speaks_for(span):
                # "a spokesman, Avi Small, said the governor "…" and would review it": the principal acts
                return self._principal(span)
            if _SPEECH_TAIL.search(self.text, max(0, span.start - 40), span.start) and (
                _COMMUNICATIVE.match(self.text, pos) or _BACKSHIFTED.match(self.text, span.end, pos)
            ):  # "A said the party would support it but urged …", "A said X had failed and gave it 30 days": A acts
                return self._speaker_before(span.start)
            return self._resolve(span)
        if not self._found or _OWN_AUX.search(self.text, floor, pos):
            return None  # another clause ("…, and regulators elsewhere have opened … or demanded …") came between
        if _COMMUNICATIVE.match(self.text, pos) and self._speech_before(pos):
            return self._speaker_before(pos)  # "A said the party would back it but urged …": A urged
        return self._found[-1].actor

    def _joined_object(self, span: ActorSpan) -> bool:
        """Is `span` the second of two objects ("directed the Authority and the Office to …, but declined …")?"""
        and_at = _AND_BEFORE.search(self.text, max(0, span.start - 10), span.start)
        if and_at is None:
            return False
        first = self._ends.get(len(self.text[: and_at.start()].rstrip()))
        return first is not None and _AFTER_VERB.search(self.text, max(0, first.start - 20), first.start) is not None

    def _speaks_for(self, person: ActorSpan) -> bool:
        """Is `person` named in apposition to "a spokesman" ("a spokesman, Avi Small, said …")?"""
        text = self.text
        return (
            text.startswith(",", person.end)
            and ("spokes" in text or "press secretary" in text)
            and _SPOKESPERSON_BEFORE.search(text, max(0, person.start - 90), person.start) is not None
        )

    def _principal(self, spokesperson: ActorSpan, *, people: bool = False) -> str | None:
        """Whom `spokesperson` speaks for: the body in "a spokesman for BODY, NAME", else the nearest person or body
        named before the phrase in this sentence ("Gov. Kathy Hochul …, but a spokesman, …"), else nobody (no guess);
        `people`: a person only (for "she")."""
        m = _SPOKESPERSON_BEFORE.search(self.text, max(0, spokesperson.start - 90), spokesperson.start)
        if m is None:
            return None
        if m.group("body") is not None:
            if people:
                return None
            body = next((s for s in self.spans if m.start("body") <= s.start < m.end("body")), None)
            return self._resolve(body) if body is not None and body.kind in ("org", "gov") else None
        kinds = ("person",) if people else ("person", "org", "gov")
        for span in reversed(self.spans):
            if span.end <= m.start() and span.kind in kinds:
                return self._resolve(span)
        return None

    def _described_body(self, person: ActorSpan) -> ActorSpan | None:
        """ "which" never stands for a person: the body whose appositive ends on that person ("NOYB, the Vienna-based
        group founded by Max Schrems, which filed …"), else nobody."""
        body = next((s for s in reversed(self.spans) if s.end <= person.start and s.kind != "person"), None)
        if body is None or body.kind not in ("org", "gov"):
            return None
        return body if _APPOSITIVE_TO.fullmatch(self.text, body.end, person.start) else None

    def _timing_before(self, pos: int) -> int | None:
        """Where a timing phrase ending just before `pos` starts ("and in December | fined"), else None."""
        end = len(self.text[:pos].rstrip())
        phrase = self._timing_ends.get(end) if _may_end_timing(self.text, end) else None
        return phrase.start if phrase is not None else None

    def _main_subject(self, before: int) -> ActorSpan | None:
        return main_subject(self.spans, self.text, before)

    @property
    def _speech_verbs(self) -> list[re.Match[str]]:
        if self._speech_ is None:
            self._speech_ = [m for m in _SPEECH.finditer(self.text) if not self._quoted(m.start())]
        return self._speech_

    def _speech_before(self, pos: int) -> bool:
        """Does a speech verb (outside quotation marks) end before `pos`? (`_speaker_before` is None otherwise.)"""
        verbs = self._speech_verbs
        return bool(verbs) and verbs[0].end() <= pos

    def _speaker_before(self, pos: int) -> str | None:
        """ "Kendall said (that) …": the subject of the last speech verb before `pos`, resolved."""
        last = None
        for m in self._speech_verbs:
            if m.end() > pos:
                break
            last = m
        if last is None:
            return None
        subject = self._adjacent_subject(last.start())
        if subject is not None:
            return self._resolve(subject)
        return self._inherited(last.start())  # "Starmer called the images disgusting and said …"
