"""Fixed phrases in one sentence: "comes into force", "all options on the table", "X must act", "asked whether the
government would ban …", "X could face fines". Action nouns ("Ofcom's investigation into X") are `_action_noun_hits`.

`PhraseHits` adds these to the verb analysis of `_action_clauses.SentenceContext`, which builds on it.
"""

from __future__ import annotations

import re

from summariser import _action_patterns as P
from summariser._action_noun_hits import NounHits
from summariser._action_noun_rules import document_orders, under_order_end
from summariser._action_rules import _PENALTY_WORDS, _SPEECH, Hit
from summariser._lazy_re import lazy_re
from summariser._lexicon.actors import COURTS, REGULATORS
from summariser._model import ActionStatus
from summariser._trie import words
from summariser._verb_objects import _VERB_OBJECT

_MUST_WORDS = frozenset(("must", "should", "ought"))
_MUST_TO_WORDS = frozenset(("needs", "needed", "has", "had"))
# the subject of a penalty that names no target: "The investigation could result in a fine", "Failure to comply
# could lead to civil lawsuits"
_CASE_THREAT = lazy_re(
    r"\b(?:(?:[Tt]he|[Tt]his|[Ii]ts)\s+(?:[\w-]+\s+)?(?:investigation|inquiry|probe|case|proceedings)"
    r"|(?:[Ff]ailure|[Ff]ailing|[Nn]on-compliance|[Rr]efusal)\b[^,;]{0,30})\s+$"
)
_OWNED_CASE = lazy_re(r"['’]s\s+(?:\w+\s+)?(?:investigation|inquiry|probe|case|proceedings)\s+$")


# words that end a subject which is never an actor; tested before finding the sentence's actors
_NO_ACTOR_BEFORE = lazy_re(
    r"\b(?:nobody|no one|that|which|who|you|I|we|We|this|there|everyone|anyone|someone|people|things?)\s*$"
)


# the subject of an opinion piece's own "X should …": a name opening the sentence ("And Ottawa should …")
_OPINION_SUBJECT = lazy_re(
    r"(?:(?:And|But|So|First|Second|Third|Finally|Instead),?\s+)?(?:the\s+|The\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+"
)


# finite verbs that show the words before a modal are a clause of their own, not its subject
_FINITE = lazy_re(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|did|does|showed|shows|meant|means|whether|if|asked|told|believed|thought|felt|knew)\b"
)
_BELIEF = lazy_re(r"\b(?:believed?|believes|thought|thinks|reali[sz]ed?|felt|feels|knew|knows|assumed|hoped)\b")
_RELATIVE_CLAUSE = lazy_re(r"\b(?:who|that|which)\s+(?:had|has|have|was|were|is|are)\b")
# what a reported "should"/"must" demands: a passive ("be banned") or an act ("lose access", "fund a service")
_DEMAND_VERBS = frozenset(words("lose face pay fund move report end abolish resign apologise apologize compensate"))
_BE_PARTICIPLE = lazy_re(r"\s+(?:\w+ly\s+)?(?:\w+(?:ed|en)|subject|held|made|put|brought|given|taken|shut|set)\b")


def _demands_act(text: str, m: re.Match[str]) -> bool:
    verb = m.group(0).rsplit(None, 1)[-1].strip("“\"‘'").lower()
    if verb == "be":
        return _BE_PARTICIPLE.match(text, m.end()) is not None
    entry = P.VERB_FORMS.get(verb)
    shape = "past" if " have " in m.group(0).lower() else "base"  # "should have used …"
    return verb in _DEMAND_VERBS or (entry is not None and entry[1] == shape and entry[2] in ("do", "call"))


# "In a report published on Thursday, …", "In its report tabled on Tuesday, …"
_REPORT_OUT = lazy_re(
    r"\b[Ii]n\s+(?:a|its|their|the)\s+(?:[\w-]+\s+){0,2}?report\s+(?:published|tabled|released|issued)\b"
)
# "could fine", "will ban": the "penalty" word is a verb after its modal, not a noun faced
_MODAL_VERB = lazy_re(r"(?i:could|may|might|would|will)\s+(?:now\s+|also\s+|still\s+)?(?i:fine|ban|block|sanction)$")
_BREACH_WORDS = frozenset(words("breached broken broke violated infringed"))
# "The regulator said on Thursday that X had breached its duties": a regulator's or court's finding is a decision
_FINDING = lazy_re(
    r"\b(?:said|says|concluded|ruled|decided|declared)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:X|xAI|the\s+(?:company"
    r"|platform|firm))\s+(?:had|has)\s+(?:\w+ly\s+)?(?:breached|broken|violated|infringed)\b"
)


class PhraseHits(NounHits):
    """Phrase and noun actions of one sentence; `hits()` in the subclass calls these after the verbs."""

    author: str | None = None  # the author of the last document the article reported (set by the caller)

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
        if must and not text.rstrip().endswith("?"):
            self._must_hits()
        if "whether" in words or "if" in words:
            self._asked_whether_hits()
        if not words.isdisjoint(_BREACH_WORDS):
            self._finding_hits()
        if "report" in words:
            self._report_hits()
        face = not words.isdisjoint(_PENALTY_WORDS)
        for m in P.FACE.finditer(text) if face else ():
            if self._quoted(m.start()) or (
                _MODAL_VERB.match(m.group(0)) and any(h.verb_end == m.end() for h in self._found) and self._named(m)
            ):
                continue  # "Ofcom could fine it": a verb after a modal, which the verb analysis has read
            owned = _OWNED_CASE.search(text, max(0, m.start() - 60), m.start())
            owner_span = self._ends.get(owned.start()) if owned is not None else None
            if owner_span is not None:  # "Ofcom's investigation could lead to a fine": the investigator threatens
                actor = self._resolve(owner_span)
                if actor is not None:
                    self._found.append(Hit(actor, "threatened", "face", m.start(), m.end(), m.start()))
                continue
            if m.group(0)[:3].lower() == "on " and self._found:  # "ordered X to suspend …, on pain of daily fines"
                self._found.append(Hit(self._found[-1].actor, "threatened", "face", m.start(), m.end(), m.start()))
                continue
            actor = self._speaker_before(m.start()) or self._enforcer() or self.finder.main_regulator
            subject = self._adjacent_subject(m.start())
            target = self._resolve(subject) if subject else None
            if subject is None and m.group(0)[:3].lower() == "or ":  # "giving the company 24 hours to … or face fines"
                told = [s for s in self.spans if s.end <= m.start() and s.kind in ("org", "ref")]
                target = self._resolve(told[-1]) if told else None
                if self._found:  # "The board has issued X with a notice, giving it 48 hours … or face a referral"
                    actor = self._found[-1].actor
            if subject is None and _CASE_THREAT.search(text, max(0, m.start() - 40), m.start()):
                actor = self._trailing_speaker(m.end()) or actor  # "The investigation could result in a fine"
                if actor is not None:
                    self._found.append(Hit(actor, "threatened", "face", m.start(), m.end(), m.start()))
                continue
            if actor is not None and target is not None and actor != target:
                self._found.append(Hit(actor, "threatened", "face", m.start(), m.end(), m.start(), target=target))

    def _named(self, m: re.Match[str]) -> bool:
        """Is the subject before the modal a name (not a pronoun the verb analysis may have misread)?"""
        subject = self._adjacent_subject(m.start())
        return subject is not None and subject.kind != "pronoun"

    def _must_hits(self) -> None:
        """ "the regulator must act", said by someone: a call; quoted musings ("we should be careful") are not, but a
        quoted "Ofcom must now follow through" names who must act. Reported speech may name no actor at all: "said
        AI tools should be subject to safety testing", "said any platform … should lose access" are calls too."""
        for m in P.MUST.finditer(self.text):
            quoted = self._quoted(m.start())
            if not quoted and self._ordered_must(m):
                continue
            closing = None if quoted or self._speech_before(m.start()) else self._trailing_speaker(m.end())
            opinion = None
            if not quoted and not self._speech_before(m.start()) and closing is None:
                opinion = self.finder.opinion_author  # an op-ed's "Ottawa should legislate anyway": its writer's call
                if opinion is None:
                    continue  # cheap tests first: the subject needs the sentence's actors
            if _NO_ACTOR_BEFORE.search(self.text, max(0, m.start() - 20), self._skip_fillers(m.start())):
                continue  # "nobody should", "products that should": no actor can stand there
            subject = self._adjacent_subject(m.start())
            if opinion is not None and subject is None:
                # "Parliament should give …", "Ottawa should bring back …": a body or a capital opens the sentence
                if _demands_act(self.text, m) and _OPINION_SUBJECT.fullmatch(self.text, 0, m.start()):
                    self._found.append(Hit(opinion, "called_for", "must", m.start(), m.end(), m.start(), "call"))
                continue
            if (
                subject is None
                and not quoted
                and _demands_act(self.text, m)
                and (closing is not None or self._reported_clause(m.start()))
            ):  # "… and should be given the power to suspend a service, a committee of MPs has concluded"
                actor = closing or self._speaker_before(m.start())
                if actor is not None:
                    self._found.append(Hit(actor, "called_for", "must", m.start(), m.end(), m.start(), "call"))
                continue
            if subject is None or subject.kind == "pronoun" or (quoted and subject.kind in ("person", "place")):
                continue
            if not quoted and _BELIEF.search(self.text, max(0, m.start() - 60), m.start()):
                continue  # "believed Ukraine needed to investigate": what someone thinks, not a call
            if opinion is not None and (
                subject.kind not in ("org", "gov", "place", "ref") or not _demands_act(self.text, m)
            ):
                continue  # the writer calls on a body or a country to act, not on a person or a musing
            actor = (
                self._quote_speaker(m.start()) if quoted else (closing or self._speaker_before(m.start()) or opinion)
            )
            if actor is not None:
                target = self._resolve(subject)
                status: ActionStatus = "called_for"
                if not quoted and document_orders(self.text, subject.start):
                    status = "taken"  # "The notice says X must …": a regulator's or court's order, not a plea
                hit = Hit(actor, status, "must", m.start(), m.end(), m.start(), "call", target=target)
                self._found.append(hit)

    def _ordered_must(self, m: re.Match[str]) -> bool:
        """ "Under the notice, the platform must take the images down …": the order of whoever issued it (the
        sentence's regulator, else the article's), taken. True when a hit was added."""
        under = under_order_end(self.text)
        if under is None or m.start() - under > 40:
            return False
        subject = self._adjacent_subject(m.start())
        actor = self.author or self._enforcer() or self.finder.main_regulator
        if subject is None or actor is None:
            return False
        target = self._resolve(subject)
        if target == actor:
            return False
        self._found.append(Hit(actor, "taken", "must", m.start(), m.end(), m.start(), "call", target=target))
        return True

    def _reported_clause(self, pos: int) -> bool:
        """Is the text from the last speech verb to `pos` one plain clause subject ("said (that) any platform that
        …")? A comma or another finite verb between them means the modal belongs to something else."""
        last = None
        for verb in self._speech_verbs:
            if verb.end() > pos:
                break
            last = verb
        if last is None:
            return False
        between = _RELATIVE_CLAUSE.sub(" ", self.text[last.end() : pos])  # "anyone who had been targeted"
        return len(between) <= 90 and not any(c in between for c in ',;:“”"') and not _FINITE.search(between)

    def _report_hits(self) -> None:
        """ "In a report published on Thursday, the committee says …": publishing the report is an act of the body
        that the main clause names."""
        m = _REPORT_OUT.search(self.text)
        if m is None or self._quoted(m.start()):
            return
        comma = self.text.find(",", m.end(), m.end() + 60)
        if comma < 0:
            return
        verb = _SPEECH.search(self.text, comma, comma + 120)  # "…, the Commons science committee said …"
        if verb is None:
            return
        heads = [sp for sp in self.spans if comma < sp.start and sp.end <= verb.start()]
        span = heads[-1] if heads else None  # the subject's head stands right before its verb
        if (
            span is None
            or span.kind not in ("org", "ref", "gov", "group")
            or self.text[span.end : verb.start()].strip()
        ):
            return
        actor = self._resolve(span)
        if actor is not None:
            self._found.append(Hit(actor, "taken", "report", m.start(), m.end(), m.end()))

    def _finding_hits(self) -> None:
        """ "Ofcom said on Thursday that X had breached its duties": a regulator's or court's finding, taken."""
        for m in _FINDING.finditer(self.text):
            if self._quoted(m.start()):
                continue
            actor = self._speaker_before(m.start() + len(m.group(0).split(None, 1)[0]))
            if actor is not None and (actor in REGULATORS or actor in COURTS or "Court" in actor):
                self._found.append(Hit(actor, "taken", "find", m.start(), m.end(), m.start()))

    def _asked_whether_hits(self) -> None:
        """ "Jess Asato asked whether the government would ban nudification apps": the asker calls for the ban."""
        for m in P.ASKED_WHETHER.finditer(self.text):
            entry = P.VERB_FORMS.get(m.group("verb"))
            if entry is None or entry[1] != "base" or entry[2] != "do" or self._quoted(m.start()):
                continue
            if P.PASSIVE_AUX.search(self.text, max(0, m.start() - 40), m.start()):
                continue  # "Kendall was asked whether she would back a ban": the one asked calls for nothing
            rule = _VERB_OBJECT.get(entry[0])
            if rule is not None and not rule.match(self.text[m.end() :]):  # anchored: see `object_fits`
                continue
            subject = self._adjacent_subject(m.start())
            actor = self._resolve(subject) if subject is not None and subject.kind != "place" else None
            if actor is not None:
                hit = Hit(actor, "called_for", "ask", m.start(), m.end("verb"), m.start(), "call")
                self._found.append(hit)
