"""One sentence's actions: candidate verbs, phrases and nouns, each tied to its subject, status and object.

`SentenceContext.hits()` returns the actions of one sentence; `to_action` fills in the phrase, target, timing and
instrument. Subjects are found by adjacency: the actor that stands right before the verb (or its auxiliaries,
adverbs, timing phrase or parenthetical), which keeps objects of prepositions and adjectival participles out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from summariser import _action_patterns as P
from summariser._actors import ActorFinder, ActorSpan, after_preposition
from summariser._lexicon import LAWS
from summariser._lexicon.actors import LAW_ENFORCERS
from summariser._model import Action, ActionStatus
from summariser._text import Document, Sentence
from summariser._timing import TimingPhrase, find_timings
from summariser._trie import starts_word

_CLASS_STATUS: dict[str, ActionStatus] = {
    "do": "taken",
    "announce": "announced",
    "plan": "planned",
    "threaten": "threatened",
    "call": "called_for",
    "refuse": "refused",
}
# words that may stand between a subject and its verb
_FILLER = re.compile(
    r"(?:\b(?:has|have|had|is|are|was|were|been|being|could|may|might|will|would|shall|should|must|can|also|now"
    r"|then|already|still|previously|since|recently|later"
    r"|earlier|again|first|jointly|separately|subsequently|swiftly|finally|officially|today|yesterday|itself|both"
    r"|themselves|last\s+(?:week|month|year|night)|this\s+(?:week|month|year)|just|\w+ly)|,|[–—])\s*$",
    re.IGNORECASE,
)
_CONJ = re.compile(r"(?:,\s*|\b)(?:and|but|or|then)\s*$")
_RELATIVE = re.compile(r",?\s*\b(?:which|that)\s*$")  # "who" clauses are background on a person
_SPEECH = re.compile(
    r"\b(?:said|says|told|tells|confirmed|confirms|announced|announces|added|adds|stated|insisted|argued|warned"
    r"|warns|wrote|writes|posted|explained|claimed|signalled|indicated|revealed|suggested|promised|pledged)\b"
)
# a speech verb followed, within a few words, by the pronoun being resolved: "said on Friday (that) it …"
_SPEECH_TAIL = re.compile(
    r"\b(?:said|says|told|confirmed|announced|added|stated|insisted|argued|warned|wrote|posted|explained|claimed"
    r"|signalled|indicated|revealed|acknowledged|admitted)\b(?:\s+[^\s,;]+){0,5}?(?:,\s*)?(?:\s+that)?\s*$"
)
_OFFICE = re.compile(r"['’]s\s+(?:own\s+)?office$")
_VERBISH = re.compile(r"\b(?:said|says|is|are|was|were|has|have|had|will|would)\b|\w+ed\b")
_AFTER_VERB = re.compile(r"\b\w+(?:ed|en)\s+(?:the\s+)?$")
_AND_BEFORE = re.compile(r"(?:\s+and|,)\s+$")
_QUESTION = re.compile(
    r"\b(?:whether|asked\s+if|asked\s+why|asking\s+whether|if|unless|why|how)\s+(?:\S+\s+){0,4}$", re.I
)
_BY = re.compile(r"^[^,;:]{0,60}?\bby\s+$")
_WORD_BEFORE = re.compile(r"([\w'’-]+)\s*$")
_FOLLOW_TO = re.compile(r"^\s+to\s+\w")
_ASK_OBJECT_OFFICIALS = re.compile(r"^\s+(?:officials|civil servants|the department|its officials|staff)\b")
_VERB_OBJECT: dict[str, re.Pattern[str]] = {
    "call": re.compile(r"^\s+(?:for|on|upon)\b|^\s+(?:\w+\s+){1,6}?to\s+\w", re.I),
    "push": re.compile(r"^\s+(?:for|ahead)\b|^\s+(?:\w+\s+){1,4}?to\s+\w", re.I),
    "press": re.compile(r"^\s+(?:for|ahead)\b|^\s+(?:\w+\s+){1,4}?(?:to|over|on)\s+\w", re.I),
    "write": re.compile(r"^\s+to\b", re.I),
    "make": re.compile(
        r"^\s+[“\"‘']?(?:urgent\s+|formal\s+)?(?:contact|it\s+(?:a|an)\b|\w+\s+illegal|a\s+(?:statement|decision|ruling|"
        r"referral|complaint)|an\s+order|changes|representations)",
        re.I,
    ),
    "take": re.compile(
        r"^\s+(?:(?:urgent|swift|immediate|formal|legal|enforcement|further|tough)\s+)*(?:action|steps|measures|"
        r"down|the\s+decision|a\s+decision|\w+\s+to\s+court)",
        re.I,
    ),
    "hold": re.compile(r"^\s+(?:urgent\s+)?(?:talks|a\s+(?:hearing|meeting|session|vote)|an\s+inquiry)", re.I),
    "turn": re.compile(r"^\s+off\b|^\s+\w+(?:\s+\w+)?\s+off\b", re.I),
    "switch": re.compile(r"^\s+off\b|^\s+\w+(?:\s+\w+)?\s+off\b", re.I),
    "roll": re.compile(r"^\s+out\b|^\s+back\b", re.I),
    "hand": re.compile(r"^\s+down\b", re.I),
    "carry": re.compile(r"^\s+out\b", re.I),
    "hit": re.compile(
        r"^\s+(?:\S+\s+){1,3}?with\s+(?:an?\s+)?(?:\S+\s+)?(?:fines?|penalt|ban|sanction|order|notice)", re.I
    ),
    "use": re.compile(
        r"^\s+(?:the|its|their|our|every|all|new|existing|emergency)\s+(?:\S+\s+){0,5}?(?:powers?|tools?|Bill|Act|law|"
        r"legislation|rules|measures|options|levers?)\b"
    ),
    "stop": re.compile(r"^\s+(?:posting|using|accepting|advertising|the|its|X|Grok)\b", re.I),
    "report": re.compile(r"^\s+(?:\S+\s+){1,4}?to\s+(?:the\s+)?(?:police|prosecutors|Ofcom|the\s+regulator)\b", re.I),
    "find": re.compile(r"^\s+that\s+(?:\S+\s+){1,8}?(?:breach|fail|violat|broke|infring)", re.I),
    "expect": re.compile(r"^\s+(?!to\b)(?:\S+\s+){1,4}?to\s+\w", re.I),
    "decide": re.compile(r"^(?!\s+(?:that|not)\b)", re.I),
    "conduct": re.compile(
        r"^\s+(?:an?|its|the)\s+(?:\w+\s+){0,2}(?:investigation|inquiry|review|assessment|probe)", re.I
    ),
    "draft": re.compile(r"^\s+(?:an?|the|new)\s+(?:\w+\s+)?(?:bill|law|legislation|amendment|rules|guidance)", re.I),
    "pause": re.compile(r"^\s+(?:the|its|a|an|X|Grok)\b", re.I),
    "halt": re.compile(r"^\s+(?:the|its|a|an|X|Grok)\b", re.I),
    "pull": re.compile(r"^\s+(?:the|its|X|Grok|out|back)\b", re.I),
    "issue": re.compile(r"^(?!\s+(?:a|an)\s+(?:statement|response|apology)\b)", re.I),
    "rule": re.compile(r"^\s+(?:that|out|against|in\s+favour|on)\b", re.I),
    "want": re.compile(r"^\s+(?!to\b)(?:\S+\s+){1,5}?to\s+\w", re.I),
    "ask": re.compile(r"^\s+(?!why|whether|if|how|what|when|who|Grok|the chatbot|it\b)(?:\S+\s+){1,6}?to\s+\w"),
    "send": re.compile(
        r"^\s+(?:\S+\s+){0,4}?(?:letters?|notices?|requests?|demands?|warnings?|questions|summons|subpoenas?|"
        r"cease-and-desist|formal|legal)\b",
        re.I,
    ),
    "warn": re.compile(
        r"^\s+(?:\S+\s+){0,14}?(?:could|would|may|might|will|faces?|risks?|of\s+(?:\w+\s+)?(?:fines|action|"
        r"consequences|sanctions|penalties|enforcement))\b|^\s+(?:X|xAI|the\s+company|the\s+platform|platforms|"
        r"companies|firms|Musk)\b",
        re.I,
    ),
    "urge": re.compile(r"^\s+\S", re.I),
    "start": re.compile(r"^\s+(?:an?\s+|formal\s+|legal\s+|\w+ing\b)", re.I),
    "begin": re.compile(r"^\s+(?:an?\s+|formal\s+|legal\s+|\w+ing\b)", re.I),
    "meet": re.compile(r"^\s+(?:with\s+)?(?:X|xAI|representatives|executives|officials|Musk)\b", re.I),
    "act": re.compile(r"^(?!\s+(?:as|like)\b)", re.I),
    "close": re.compile(r"^\s+(?:the|a|its|X|loopholes?|gaps?)\b", re.I),
    "open": re.compile(r"^(?!\s+(?:to|up)\b)", re.I),
}
_LAW_ALIASES = {alias: canon for canon, aliases in LAWS.items() for alias in (canon, *aliases)}
_LAW_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(a) for a in sorted(_LAW_ALIASES, key=len, reverse=True))
    + r"|(?:[A-Z][\w()'’-]*\s+(?:(?:and|of|for)\s+)?){1,6}(?:Act|Bill|Regulation|Directive|Code)(?:\s+\d{4})?)(?![\w-])"
)
_GROK = re.compile(r"\bGrok\b")
_MAX_WORDS = 14


@dataclass(slots=True)
class Hit:
    """One action found in a sentence, before it becomes an Action."""

    actor: str
    status: ActionStatus
    key: str  # the verb base or noun: one action per (actor, key) per sentence
    start: int  # where the action phrase starts
    verb_end: int  # where the verb (or noun) ends: objects are looked for after it
    anchor: int  # where timing is measured from
    cls: str = "do"
    target: str | None = None
    noun: bool = False
    phrase: str | None = None


def quote_ranges(doc: Document, sent: Sentence) -> list[tuple[int, int]]:
    """Quoted stretches of `sent` as offsets within the sentence text."""
    if sent.paragraph >= len(doc.spans):
        return []
    out: list[tuple[int, int]] = []
    base = sent.start
    for span in doc.spans[sent.paragraph]:
        a, b = span.start - base, span.end - base
        if b > 0 and a < len(sent.text):
            out.append((max(0, a), min(len(sent.text), b)))
    return out


class SentenceContext:
    """Everything needed to find the actions of one sentence; built only for sentences that pass the pre-filter."""

    def __init__(
        self,
        text: str,
        index: int,
        finder: ActorFinder,
        published: datetime | None,
        quotes: list[tuple[int, int]],
        words: set[str],
    ) -> None:
        self.text = text
        self.index = index
        self.finder = finder
        self.published = published
        self.quotes = quotes
        self.words = words
        self._spans: list[ActorSpan] | None = None
        self._speech_: list[re.Match[str]] | None = None
        self._ends_: dict[int, ActorSpan] = {}
        self._timings: list[TimingPhrase] | None = None
        self._timing_ends_: dict[int, TimingPhrase] | None = None
        self._parens_: dict[int, int] | None = None
        self._found: list[Hit] = []

    # computed on first use: most candidate sentences never need them
    @property
    def spans(self) -> list[ActorSpan]:
        if self._spans is None:
            self._spans = self.finder.spans(self.index)
            self._ends_ = {s.end: s for s in self._spans}
        return self._spans

    @property
    def _ends(self) -> dict[int, ActorSpan]:
        if self._spans is None:
            _ = self.spans
        return self._ends_

    @property
    def timings(self) -> list[TimingPhrase]:
        if self._timings is None:
            self._timings = find_timings(self.text)
        return self._timings

    @property
    def _timing_ends(self) -> dict[int, TimingPhrase]:
        if self._timing_ends_ is None:
            self._timing_ends_ = {t.end: t for t in self.timings}
        return self._timing_ends_

    @property
    def _parens(self) -> dict[int, int]:
        if self._parens_ is None:
            self._parens_ = {m.end(): m.start() for m in P.PARENTHETICAL.finditer(self.text)}
        return self._parens_

    # -- finding --------------------------------------------------------------------------------------------------

    def hits(self) -> list[Hit]:
        """The sentence's actions in text order, one per (actor, verb)."""
        for m in P.TRIGGER.finditer(self.text):
            if not starts_word(self.text, m.start()):
                continue
            hit = self._verb_hit(m)
            if hit is not None:
                self._found.append(hit)
        self._phrase_hits()
        self._noun_hits()
        options = [h for h in self._found if h.key == "options"]
        if options:  # "refused to rule out": the threat, not a refusal
            self._found = [h for h in self._found if h.key == "options" or not _inside(h, options)]
        return _merge(sorted(self._found, key=lambda h: h.anchor))

    def _quoted(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.quotes)

    def _verb_hit(self, m: re.Match[str]) -> Hit | None:
        base, form, cls = P.VERB_FORMS[m.group(0).lower()]
        text, start, end = self.text, m.start(), m.end()
        after = text[end:]
        rule = _VERB_OBJECT.get(base)
        if rule is not None and not rule.search(after):
            return None
        if cls in ("refuse", "call") and P.NON_ACTION_OBJECTS.match(after):
            return None
        if base == "rule" and after.lstrip().lower().startswith("out"):
            cls = "refuse"
        left = text[:start]
        if form == "base":
            return self._modal_hit(base, cls, start, end, left)
        if _adjectival(left) or P.NEGATED.search(left, max(0, start - 40)):
            return None
        if form == "s" and cls in ("do", "plan"):
            return None  # "X removes illegal content": habitual present, not news
        if form == "past" and base in _SAME_PAST and P.modal_cue(text, start):
            return self._modal_hit(base, cls, start, end, left)
        if form in ("past", "s"):
            aux = P.PASSIVE_AUX.search(left, max(0, start - 40)) if form == "past" else None
            if aux is not None:
                return None if self._quoted(start) else self._passive_hit(base, start, end, aux.start())
            status = _CLASS_STATUS[cls]
            if cls == "announce" and P.LAUNCH_NOUN.match(after):
                status = "taken"
            return self._active_hit(base, cls, status, start, start, end)
        if P.PROGRESSIVE.search(left, max(0, start - 40)):
            aux_start = P.PROGRESSIVE.search(left, max(0, start - 40))
            status = _CLASS_STATUS[cls]
            return self._active_hit(base, cls, status, start, aux_start.start() if aux_start else start, end)
        if cls != "do" and left.rstrip().endswith(","):  # ", urging the regulator to …": the main subject acts
            subject = self._main_subject(start)
            actor = self._resolve(subject) if subject else None
            if actor is not None:
                return Hit(actor, _CLASS_STATUS[cls], base, start, end, start, cls)
        return None

    def _modal_hit(self, base: str, cls: str, start: int, end: int, left: str) -> Hit | None:
        found = P.modal_cue(self.text, start)
        if found is None:
            return None
        group, cue_start = found
        cue_word = self.text[cue_start:start].split()[0].lower()
        if group == "neg":
            status: ActionStatus = "refused"
        elif group == "thr":
            status = "threatened" if cls in ("do", "threaten") else _CLASS_STATUS[cls]
            if cue_word in ("could", "may", "might") and base not in _PUNITIVE:
                status = "planned"
        elif group == "ref":
            status = "refused"
        elif group == "ann":
            status = "announced"
        elif group == "act":
            status = "taken"
        else:
            status = "planned"
            if cls in ("threaten", "call", "refuse"):
                status = _CLASS_STATUS[cls]
            if cls not in ("threaten", "refuse") and base not in _PROCEDURAL and self._reported(cue_start):
                status = "announced"  # "said it would …" — but "said it would examine" is still only a plan
        return self._active_hit(base, cls, status, cue_start, cue_start, end)

    def _active_hit(
        self, base: str, cls: str, status: ActionStatus, phrase_start: int, subj_end: int, end: int
    ) -> Hit | None:
        subject = self._adjacent_subject(subj_end)
        if self._quoted(phrase_start) and (subject is None or subject.ref != "we"):
            return None  # inside a quotation only "we will …" by the speaker's organisation counts
        if subject is not None and subject.kind == "place" and base not in _PLACE_VERBS:
            return None  # "the US is investigating": a country acts through its institutions, name them
        actor = self._resolve(subject) if subject else self._inherited(subj_end)
        if actor is None:
            return None
        if base == "ask" and status == "called_for" and _is_authority(actor, self.text[end:]):
            status = "taken"  # a minister "asking" officials is directing them
        first = self._conjoined_before(subject) if subject is not None else None
        while first is not None and first.kind == subject.kind:  # type: ignore[union-attr]
            other = self._resolve(first)
            if other is not None and other != actor:
                self._found.append(Hit(other, status, base, phrase_start, end, end, cls))
            first = self._conjoined_before(first)
        return Hit(actor, status, base, phrase_start, end, end, cls)

    def _passive_hit(self, base: str, start: int, end: int, aux_start: int) -> Hit | None:
        left = self.text[:aux_start] + " " * (start - aux_start)
        status: ActionStatus = "taken"
        if P.FUTURE_PASSIVE.search(self.text, max(0, start - 30), start):
            status = "planned"
        elif P.THREAT_PASSIVE.search(self.text, max(0, start - 30), start):
            status = "threatened"
        agent = self._agent_after(end)
        subject = self._adjacent_subject(len(left.rstrip()))
        target = self._resolve(subject) if subject else None
        if agent is not None:
            actor = self._resolve(agent)
            if actor is None:
                return None
            return Hit(actor, status, base, start, end, end, "do", target=target)
        if status == "planned":  # "Ministers say it will be brought into force this week"
            speaker = self._speaker_before(aux_start)
            if speaker is not None:
                return Hit(speaker, "announced", base, aux_start, end, end, "do")
        if status == "threatened" and base in _PUNITIVE and target is not None:  # "X could be fined up to 10%"
            enforcer = self._enforcer() or self.finder.main_regulator
            if enforcer is not None and enforcer != target:
                return Hit(enforcer, "threatened", base, aux_start, end, end, "do", target=target)
        return None

    def _phrase_hits(self) -> None:
        text, words = self.text, self.words
        in_force = not words.isdisjoint(("force", "effect"))
        for m in P.IN_FORCE.finditer(text) if in_force else ():
            if self._quoted(m.start()) or m.group(0).lower().startswith(("came", "took")):
                continue
            speaker = self._speaker_before(m.start())
            if speaker is not None:
                self._found.append(Hit(speaker, "announced", "force", m.start(), m.end(), m.start()))
                continue
            owner = self._owner_in_sentence()
            if owner is not None:
                self._found.append(Hit(owner, "planned", "force", m.start(), m.end(), m.start()))
        options = not words.isdisjoint(("table", "option", "options", "rule"))
        for m in P.ALL_OPTIONS.finditer(text) if options else ():
            actor = self._speaker_before(m.start()) or self._quote_speaker(m.start())
            if actor is None:
                subject = self._adjacent_subject(m.start())
                actor = self._resolve(subject) if subject else None
            if actor is not None:
                self._found.append(Hit(actor, "threatened", "options", m.start(), m.end(), m.start(), "threaten"))
        must = not words.isdisjoint(("must", "should", "needs", "needed", "ought", "has", "had"))
        for m in P.MUST.finditer(text) if must else ():
            if self._adjacent_subject(m.start()) is None or text.rstrip().endswith("?"):
                continue
            if self._quoted(m.start()):
                quote = self.text[max(0, m.start() - 20) : m.start() + 10].split(" ", 1)[-1]
                actor = self.finder.quote_speaker(self.index, quote, we=False)
            else:
                actor = self._speaker_before(m.start())
            if actor is not None:
                self._found.append(Hit(actor, "called_for", "must", m.start(), m.end(), m.start(), "call"))
        face = not words.isdisjoint(_PENALTY_WORDS)
        for m in P.FACE.finditer(text) if face else ():
            if self._quoted(m.start()):
                continue
            actor = self._speaker_before(m.start()) or self._enforcer() or self.finder.main_regulator
            subject = self._adjacent_subject(m.start())
            target = self._resolve(subject) if subject else None
            if actor is not None and target is not None and actor != target:
                self._found.append(Hit(actor, "threatened", "face", m.start(), m.end(), m.start(), target=target))

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
        for span in self.spans if "by" in self.words else ():
            m = P.NOUN_BY.search(text, max(0, span.start - 60), span.start)
            if m is None or self._quoted(m.start()):
                continue
            actor = self._resolve(span)
            if actor is not None:
                self._add_noun(actor, m.group("noun").lower(), m.start(), span.end)

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

    # -- subjects -------------------------------------------------------------------------------------------------

    def _resolve(self, span: ActorSpan) -> str | None:
        """Canonical actor for a span; a pronoun after a speech verb is that verb's subject ("Ofcom said it had")."""
        if span.kind != "pronoun":
            return self.finder.resolve(span, self.index)
        if span.ref == "we":
            if not self._quoted(span.start):
                return None
            return self.finder.quote_speaker(self.index, self.text[span.start : span.start + 30].rsplit(" ", 1)[0])
        person = span.ref in ("he", "she")
        speech = _SPEECH_TAIL.search(self.text, max(0, span.start - 70), span.start)
        candidates = [speech] if speech is not None else []
        candidates += reversed([m for m in self._speech_verbs if m.end() <= span.start])
        for verb in candidates[:2]:
            subject = self._adjacent_subject(verb.start())
            if subject is None or subject.kind == "pronoun":
                continue
            name = self.finder.resolve(subject, self.index)
            if name is None or self.finder.is_person(name, subject) != person:
                continue
            between = [s for s in self.spans if subject.end <= s.start < span.start and s.kind != "place"]
            if verb is speech or not any(self.finder.is_person(None, s) == person for s in between):
                return name
        return self.finder.resolve(span, self.index)

    def _adjacent_subject(self, pos: int) -> ActorSpan | None:
        """The actor ending right before `pos`, skipping auxiliaries, adverbs, timing phrases and parentheticals."""
        text = self.text
        hopped = False
        for _ in range(12):
            while pos > 0 and text[pos - 1].isspace():
                pos -= 1
            office = _OFFICE.search(text, max(0, pos - 16), pos)
            if office is not None:  # "Bonta's office sent …": the office acts for its holder
                span = self._ends.get(office.start())
                return span if span is not None and span.kind == "person" else None
            span = self._ends.get(pos)
            if span is not None:
                return span if self._is_subject(span) else None
            if pos in self._timing_ends:
                pos = self._timing_ends[pos].start
                continue
            if pos in self._parens:
                pos = self._parens[pos]
                continue
            if text[pos - 1 : pos] == "," and not hopped:  # "Lord Clement-Jones, for the Liberal Democrats, called"
                prev = text.rfind(",", max(0, pos - 90), pos - 1)
                if prev > 0 and prev in self._ends and not _VERBISH.search(text, prev, pos):
                    hopped = True
                    pos = prev
                    continue
            m = _FILLER.search(text, max(0, pos - 30), pos)
            if m is None or m.start() == pos:
                return None
            pos = m.start()
        return None

    def _is_subject(self, span: ActorSpan) -> bool:
        """Not a possessor, not the object of a preposition (also through "and"), not inside a question."""
        text = self.text
        if _possessive_follows(text, span.end) or after_preposition(text, span.start):
            return False
        if _QUESTION.search(text, max(0, span.start - 40), span.start):
            return False
        first = self._conjoined_before(span)
        return first is None or not after_preposition(text, first.start)

    def _conjoined_before(self, span: ActorSpan) -> ActorSpan | None:
        """In "Indonesia and Malaysia", the span before "and" (or a list comma) of `span`, else None."""
        m = _AND_BEFORE.search(self.text, max(0, span.start - 8), span.start)
        if m is None:
            return None
        return self._ends.get(m.start())

    def _inherited(self, pos: int) -> str | None:
        """Conjoined verb ("opened an inquiry and fined X") or relative clause ("Ofcom, which opened …")."""
        left = self.text[:pos]
        rel = _RELATIVE.search(left)
        if rel is not None:
            subject = self._adjacent_subject(rel.start())
            return self._resolve(subject) if subject else None
        if not _CONJ.search(left):
            return None
        if self._found:
            return self._found[-1].actor
        for span in reversed(self.spans):  # the nearest earlier subject: not an object, possessor or place
            if span.end > pos or span.kind == "place" or not self._is_subject(span):
                continue
            if _AFTER_VERB.search(self.text, max(0, span.start - 20), span.start):
                continue
            return self._resolve(span)
        return None

    def _main_subject(self, before: int) -> ActorSpan | None:
        for span in self.spans:
            if span.start >= before:
                break
            if (
                span.kind != "place"
                and not after_preposition(self.text, span.start)
                and not _possessive_follows(self.text, span.end)
            ):
                return span
        return None

    def _reported(self, pos: int) -> bool:
        """Is `pos` inside reported speech: a speech verb at most thirty words before it ("said it would …")?"""
        for m in reversed(self._speech_verbs):
            if m.end() <= pos:
                return self.text.count(" ", m.end(), pos) <= 31
        return False

    @property
    def _speech_verbs(self) -> list[re.Match[str]]:
        if self._speech_ is None:
            self._speech_ = [m for m in _SPEECH.finditer(self.text) if not self._quoted(m.start())]
        return self._speech_

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
        return self._resolve(subject) if subject else None

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
        for m in _LAW_RE.finditer(self.text):
            law = _LAW_ALIASES.get(m.group(0))
            if law in LAW_ENFORCERS:
                return LAW_ENFORCERS[law]
        return None

    # -- building the Action --------------------------------------------------------------------------------------

    def to_action(self, hit: Hit) -> Action:
        """Fill in the phrase, target, timing and instrument of a hit."""
        phrase = hit.phrase or (self.text[hit.start : hit.verb_end] + _phrase(self.text, hit.verb_end))
        phrase_end = hit.start + len(phrase)
        target = hit.target or self._target(hit.verb_end, phrase_end, hit.actor)
        future = hit.status in ("planned", "announced", "threatened")
        when = self._when(hit, phrase_end, future)
        return Action(
            actor=hit.actor,
            action=" ".join(phrase.split()),
            target=target,
            status=hit.status,
            when=when,
            instrument=self._instrument(hit.anchor),
            sentence=self.index,
        )

    def _target(self, start: int, end: int, actor: str) -> str | None:
        for span in self.spans:
            if start <= span.start < end and span.kind not in ("place",):
                name = self._resolve(span)
                if name is not None and name != actor:
                    return name
        return "Grok" if _GROK.search(self.text, start, end) else None

    def _when(self, hit: Hit, phrase_end: int, future: bool) -> str | None:
        best: tuple[int, TimingPhrase] | None = None
        for t in self.timings:
            if t.start > phrase_end + 40:
                continue
            dist = abs(t.start - hit.anchor) if t.start >= hit.anchor else hit.anchor - t.end
            if best is None or dist < best[0]:
                best = (dist, t)
        if best is None:
            return None
        resolved = find_timings(best[1].text, published=self.published, future=future)
        return resolved[0].value if resolved else best[1].value

    def _instrument(self, anchor: int) -> str | None:
        best: tuple[int, str] | None = None
        for m in _LAW_RE.finditer(self.text):
            name = m.group(0)
            canonical = _LAW_ALIASES.get(name) or (name[4:] if name.startswith(("the ", "The ")) else name)
            dist = abs(m.start() - anchor)
            if best is None or dist < best[0]:
                best = (dist, canonical)
        return best[1] if best else None


_DECISION_TO = re.compile(
    r"\s+to\s+(?:bring|ban|block|restrict|open|launch|fine|introduce|legislate|criminalise|outlaw|remove|suspend)\b"
)
_PENALTY_WORDS = frozenset(
    [
        "fine",
        "fines",
        "penalty",
        "penalties",
        "sanction",
        "sanctions",
        "ban",
        "bans",
        "prosecution",
        "charges",
        "suspension",
        "enforcement",
        "legal",
        "block",
        "being",
    ]
)
_NOUN_WORDS = frozenset(w for noun in P.NOUN_ACTIONS for w in noun.split())
_PROCEDURAL = frozenset(
    [
        "examine",
        "consider",
        "assess",
        "review",
        "investigate",
        "look",
        "study",
        "decide",
        "monitor",
        "evaluate",
        "carry",
        "probe",
        "conclude",
    ]
)
_SAME_PAST = frozenset(("hit", "shut", "put"))
_PLACE_VERBS = frozenset(("ban", "block", "restrict", "suspend", "geoblock", "geo-block", "order", "summon", "limit"))
_PUNITIVE = frozenset(
    [
        "fine",
        "ban",
        "block",
        "restrict",
        "suspend",
        "sanction",
        "penalise",
        "penalize",
        "prosecute",
        "sue",
        "charge",
        "bar",
        "prohibit",
        "outlaw",
        "geoblock",
        "geo-block",
        "impose",
        "levy",
        "force",
        "compel",
        "enforce",
        "take",
        "act",
        "intervene",
        "close",
        "shut",
        "remove",
        "order",
    ]
)
_PHRASE_STOP = re.compile(P.PHRASE_END.pattern, re.IGNORECASE)


def _phrase(text: str, end: int) -> str:
    """The words after a verb up to the clause end, at most a dozen."""
    stop = _PHRASE_STOP.search(text, end)
    rest = text[end : stop.start() if stop else len(text)]
    words = rest.split()
    return (" " + " ".join(words[:_MAX_WORDS])) if words else ""


def _inside(hit: Hit, spans: list[Hit]) -> bool:
    return any(o.start <= hit.verb_end and hit.start <= o.verb_end for o in spans)


def _adjectival(left: str) -> bool:
    m = _WORD_BEFORE.search(left[-30:])
    return m is not None and m.group(1).lower() in P.ADJECTIVAL_BEFORE


def _possessive_follows(text: str, end: int) -> bool:
    return text.startswith(("'s", "’s", "' ", "’ "), end)


def _is_authority(actor: str, after: str) -> bool:
    # ministers asking their own officials are acting; anyone asking someone else is calling for something
    return bool(_ASK_OBJECT_OFFICIALS.match(after))


def _merge(hits: list[Hit]) -> list[Hit]:
    """One action per (actor, verb); a speech verb followed by what it reports ("confirmed it had opened") keeps
    the reported action; a cue verb and its complement ("threatened to ban") stay one action."""
    out: list[Hit] = []
    seen: set[tuple[str, str]] = set()
    for hit in hits:
        if (hit.actor, hit.key) in seen:
            continue
        prev = out[-1] if out else None
        if prev is not None and prev.actor == hit.actor and hit.start >= prev.start and hit.start - prev.verb_end <= 40:
            if prev.cls == "announce" and hit.status == "taken":
                out[-1] = hit
                seen.add((hit.actor, hit.key))
                continue
            gap = hit.start - prev.verb_end
            if (prev.cls != "do" and hit.status == prev.status) or gap <= 4:
                continue  # "threatened to ban", "refused to remove": one action
        seen.add((hit.actor, hit.key))
        out.append(hit)
    return out
