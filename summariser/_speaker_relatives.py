"""The subject of a reporting verb across what comes between: a relative clause ("heard from minister Colm Doherty,
who said …"; across an apposition, "Also giving evidence was Oliver Griffiths, Ofcom's online safety director, who
warned that …"), and parenthetical clauses after the sentence's subject ("Sir Keir, speaking after talks in Paris,
where the issue dominated a working lunch, said …")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summariser import _speaker_patterns as P
from summariser._lazy_re import lazy_re
from summariser._names import Mention, NameIndex
from summariser._speaker_patterns import Attribution
from summariser._text import Sentence

_RELATIVE_TAIL = lazy_re(r",\s+(who|which)$")
# a name that completes another noun phrase ("the mother of X", "a lawyer for X", "X's"): not surely who relates
_OBJECT_BEFORE = lazy_re(r"\b(?:of|for|to|with|and|&)\s+$")
# an apposition between the name and ", who": a description of them ("Ofcom's online safety director", "the Labour
# MP for Lowestoft"), with no clause of its own (no verb-like "who"/"which"/"that", no other comma or quotation)
_APPOSITION = lazy_re(r",\s+(?:(?:the|a|an|its|his|her|their)\s+|[A-Z][\w’'.-]*['’]s?\s+)[^,;:()\"“”]{1,80}?$")
_CLAUSE_WORD = lazy_re(r"\b(?:who|which|that|whose|and|but|said|says|told)\b")
# what may open a parenthetical after the subject's comma: a participle, a relative, a preposition, an article or a
# possessive pronoun (never a capital, which may start another subject: "Keir Starmer, Emmanuel Macron and …")
_PARENTHETICAL = lazy_re(
    r",\s+(?:[a-z]+ing|[a-z]+ed|who|whose|which|where|when|while|after|before|despite|in|at|on|with|from|for|"
    r"during|like|as|the|a|an|his|her|its|their|himself|herself|itself|now|then|already|also|once|still|speaking)\b|"
    r",\s+[DRI]-[A-Z][\w.\u2024]*(?=,)"  # a US party and state tag: "Rep. Frank Pallone Jr., D-N.J., …"
)
_RELATIVE_OPEN = lazy_re(r",\s+(?:who|whose|which|where|when|while)\b")
_JOINED = lazy_re(r"\b(?:and|&)\s+(?:[A-Z]|his\b|her\b|the\b|their\b)")
_SPEECH_INSIDE = lazy_re(r"\b(?:said|says|told|tells|added|wrote|according to)\b")


class RelativeSubjectMixin:
    """`_relative_antecedent` for `SpeakerResolver`; needs the resolver's state."""

    index: NameIndex
    masked: list[str]
    outside: dict[int, list[tuple[int, Mention]]]

    if TYPE_CHECKING:  # provided by SpeakerResolver and its other mixins

        def sentence_of(self, para: int, offset: int) -> Sentence: ...

        def _leading_subject(self, para: int, start: int) -> str | None: ...

    def _relative_antecedent(self, para: int, start: int, head: str) -> Attribution | None:
        """ "heard from minister Colm Doherty, who said …", "Elon Musk, who has called …": the relative clause's
        subject is the name that closes right before ", who" (an organisation before ", which"), or before an
        apposition that describes them and closes there ("Oliver Griffiths, Ofcom's director, who warned …")."""
        rel = _RELATIVE_TAIL.search(head)
        if rel is None:
            return None
        comma = start + rel.start()
        wants_person = rel.group(1) == "who"
        text = self.masked[para]
        mentions = self.outside.get(self.sentence_of(para, start).index, ())
        for pos, m in mentions:
            if pos + (m.end - m.start) == comma and (m.kind == "person") == wants_person:
                if _OBJECT_BEFORE.search(text, max(0, pos - 8), pos):
                    return None  # "the mother of Molly Russell, who said": the relative may be the mother's
                return Attribution(m.canonical, self.index.role_of(m.canonical), "relative")
        if not wants_person:
            return None
        # the last person named before ", who", when an apposition about them closes right there
        before = [(pos, m) for pos, m in mentions if pos + (m.end - m.start) < comma]
        people = [(pos, m) for pos, m in before if m.kind == "person"]
        if not people:
            return None
        pos, m = people[-1]
        end = pos + (m.end - m.start)
        appos = _APPOSITION.match(text, end, comma)
        if appos is None or _CLAUSE_WORD.search(text, end, comma):
            return None
        if any(p > end and mm.kind == "person" for p, mm in before):
            return None  # "Ian Russell, father of Molly Russell, who …": the relative may be either
        if _OBJECT_BEFORE.search(text, max(0, pos - 8), pos):
            return None
        return Attribution(m.canonical, self.index.role_of(m.canonical), "relative")

    def _parenthetical_lead(self, para: int, start: int, end: int) -> Attribution | None:
        """ "Sir Keir, speaking after talks in Paris, where the issue dominated a working lunch, said": the person who
        opens the sentence, when a comma right after them opens a parenthetical that runs to the verb (at `end`,
        after its closing comma) and names no other person and reports no speech of its own."""
        lead = self._leading_subject(para, start)
        if lead is None or not self.index.is_person(lead):
            return None
        text = self.masked[para]
        sent = self.sentence_of(para, start)
        mentions = self.outside.get(sent.index, ())
        first = next(((pos, m) for pos, m in mentions if m.canonical == lead), None)
        if first is None:
            return None
        after = first[0] + (first[1].end - first[1].start)
        if text[after : after + 1] in (".", P.ABBREVIATION_DOT):
            after += 1  # "Frank Pallone Jr., …": the suffix's full stop
        if after >= end or not _PARENTHETICAL.match(text, after, end) or not text[:end].rstrip().endswith(","):
            return None
        if _JOINED.search(text, after, end):
            return None  # "Keir Starmer, Emmanuel Macron and Friedrich Merz said": a joint subject, maybe
        if any(after < pos < end and m.kind == "person" and m.canonical != lead for pos, m in mentions) and (
            _RELATIVE_OPEN.match(text, after, end)
        ):
            return None  # "Sir Keir, who met Emmanuel Macron, …": people in a clause of its own (a participle's or
            # a preposition's object, "speaking after talks with Emmanuel Macron", is not a subject)
        if _SPEECH_INSIDE.search(text, after, end):
            return None  # "Sir Keir, who told MPs that …, said": a clause with speech of its own
        return Attribution(lead, self.index.role_of(lead), "parenthetical")
