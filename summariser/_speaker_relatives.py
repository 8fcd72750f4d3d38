"""The subject of a reporting verb across what comes between: a relative clause ("heard from minister Colm Doherty,
who said …"; across an apposition, "Also giving evidence was Oliver Griffiths, Ofcom's online safety director, who
warned that …"), and parenthetical clauses after the sentence's subject ("Sir Keir, speaking after talks in Paris,
where the issue dominated a working lunch, said …")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summariser import _speaker_masks as M
from summariser import _speaker_patterns as P
from summariser._lazy_re import first_chars, lazy_re
from summariser._names import Mention, NameIndex
from summariser._speaker_patterns import Attribution
from summariser._text import Sentence

_RELATIVE_TAIL = lazy_re(r",\s+(who|which)$")
# a name that completes another noun phrase ("the mother of X", "a lawyer for X", "X's"): not surely who relates
_OBJECT_BEFORE = lazy_re(r"\b(?:of|for|to|with|and|&)\s+$", first=first_chars("&afotw"))
# an apposition between the name and ", who": a description of them ("Ofcom's online safety director", "the Labour
# MP for Lowestoft"), with no clause of its own (no verb-like "who"/"which"/"that", no other comma or quotation)
# (or a US party and home-town tag: "Sen. Dale Ruckert, R-Cleveland, who …")
_APPOSITION = lazy_re(
    r",\s+(?:(?:the|a|an|its|his|her|their)\s+|[A-Z][\w’'.-]*['’]s?\s+)[^,;:()\"“”]{1,80}?$|"
    r",\s+[DRI]-[A-Z][\w.\u2024-]*(?:\s[A-Z][\w.\u2024-]*)?$"
)
# a weak speech verb's plain object, then a relative clause opened by its own pronoun: "announced a package of
# changes to the app that it", "… changes it" (the verb reports no clause; "it" is the sentence's subject)
_OBJECT_RELATIVE = lazy_re(
    r"\s+(?:a|an|the|its|his|her|their|new)\s+[a-z][^,;:]{0,80}?\s(?:(?:that|which)\s+)?(?:it|he|she|they)\s*$"
)
_CLAUSE_WORD = lazy_re(r"\b(?:who|which|that|whose|and|but|said|says|told)\b")
# what may open a parenthetical after the subject's comma: a participle, a relative, a preposition, an article or a
# possessive pronoun (never a capital, which may start another subject: "Keir Starmer, Emmanuel Macron and …")
_PARENTHETICAL = lazy_re(
    r",\s+(?:[a-z]+ing|[a-z]+ed|who|whose|which|where|when|while|after|before|despite|in|at|on|with|from|for|"
    r"during|like|as|the|a|an|his|her|its|their|himself|herself|itself|now|then|already|also|once|still|speaking)\b|"
    r",\s+[DRI]-[A-Z][\w.\u2024]*(?=,)"  # a US party and state tag: "Rep. Frank Pallone Jr., D-N.J., …"
)
_RELATIVE_OPEN = lazy_re(r",\s+(?:who|whose|which|where|when|while)\b")
_JOINED = lazy_re(r"\b(?:and|&)\s+(?:[A-Z]|his\b|her\b|the\b|their\b)", first=first_chars("&a"))
# a speech verb right after a relative pronoun (its clause, not the sentence's)
_RELATIVE_SAY = lazy_re(
    r"\b(?:who|which|whom)\s+(?:(?:had|has|have|also|once|then|later|\w+ly)\s+)*$", first=first_chars("w")
)
# "told MPs that", "said that": what opens a reported clause after its speech verb
_THAT = lazy_re(r"\s+(?:[A-Z][\w’'-]*\s+|the\s+\w+\s+|reporters\s+|MPs\s+|peers\s+|him\s+|her\s+|them\s+)?that\b")
# a group or a message that may own the words in a view sentence: "For Ms Dawes, the critics' verdict was '…'"
_OTHER_VOICE = lazy_re(
    r"\b(?:critics|campaigners|opponents|supporters|users|parents|people|MPs|officials|experts|lawyers|victims|"
    r"colleagues|rivals|allies|message|verdict|words|slogan|motto|headline|title|banner|placard|caption)\b"
)
_SPEECH_INSIDE = lazy_re(r"\b(?:said|says|told|tells|added|wrote|according to)\b")


class RelativeSubjectMixin:
    """`_relative_antecedent` for `SpeakerResolver`; needs the resolver's state."""

    index: NameIndex
    masked: list[str]
    outside: dict[int, list[tuple[int, Mention]]]

    if TYPE_CHECKING:  # provided by SpeakerResolver and its other mixins

        def sentence_of(self, para: int, offset: int) -> Sentence: ...

        def interpret(self, para: int, start: int, end: int) -> Attribution | None: ...

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
        if text[after : after + 1] in (".", M.ABBREVIATION_DOT):
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

    def _reported_clause_subject(self, para: int, start: int, end: int) -> Attribution | None:
        """ "Jess Phillips said a teenager had told her …": a verb inside reported speech has the reported clause's
        subject ("a teenager"), never the sentence's: the speaker again when it is their pronoun, else an uncertain
        attribution (words reported second-hand). Not for a speech verb inside a relative clause ("X, who said …,
        told")."""
        text = self.masked[para]
        if text.count(" ", start, end) < 2:
            return None  # "Ofcom", "Ms Dawes": no room for a speech verb and a subject after it
        say = None
        for m in P.SAY_RE().finditer(text, start, end):
            say = m
        if say is None or say.group().lower() == "according to":
            return None
        if P.DETERMINER_BEFORE.search(text, max(start, say.start() - 12), say.start()):
            return None  # "their claims", "the comments": a noun
        if _RELATIVE_SAY.search(text, start, say.start()) or "," in text[say.end() : end]:
            return None  # "Sarah Olney, who told reporters …, said": the relative clause's own verb
        if "    " in text[say.end() : end]:
            return None  # a quotation between ('… sent "a clear signal." She said'): a sentence of its own
        if say.group() in P.WEAK_VERBS and _OBJECT_RELATIVE.match(text, say.end(), end):
            # "xAI announced changes that it said would …": a plain object, the relative's pronoun its subject's
            pronoun = text[:end].rstrip().rsplit(None, 1)[-1]
            lead = self._object_relative_subject(para, start, say.start(), end, pronoun)
            if lead is not None:
                return lead
        sub = _THAT.match(text, say.end(), end)
        sub_start = sub.end() if sub else say.end()
        if not text[sub_start:end].strip():
            return None
        found = self.interpret(para, sub_start, end)
        if found is not None and found.how == "pronoun" and found.speaker is not None:
            return found  # "Kendall said she had told MPs that …": the speaker again
        # someone else's words reported second-hand ("said Elon Musk had told him …"): not certain whose
        return Attribution(None, None, "reported")

    def _object_relative_subject(self, para: int, start: int, verb: int, end: int, pronoun: str) -> Attribution | None:
        """The subject opening the sentence, when the pronoun of a relative clause on the object of its (only, weak)
        speech verb fits it: "xAI announced changes that it said …"; else None."""
        sent = self.sentence_of(para, start)
        if P.SAY_RE().search(self.masked[para], sent.start, verb) is not None:
            return None  # "Ofcom said xAI announced changes that it said …": whose "it" is not certain
        lead = self._leading_subject(para, sent.start)
        if lead is None:
            return None
        if any(m.canonical != lead and pos < end for pos, m in self.outside.get(sent.index, ())):
            return None  # "Ofcom announced fines for Meta that it said …": "it" may be Meta
        low = pronoun.lower()
        if low == "it":
            fits = self.index.is_org(lead)
        elif low in P.PRONOUN_GENDER:
            fits = self.index.is_person(lead) and self.index.gender_of(lead) in (P.PRONOUN_GENDER[low], None)
        else:
            fits = False
        return Attribution(lead, self.index.role_of(lead), "relative") if fits else None

    def _view_holder(self, para: int, start: int, pre: str) -> Attribution | None:
        """ "For Baroness Kidron, who led the campaign, the response was '…'": the person named right after an
        opening "For" and closed by a comma holds the view quoted, when no speech verb, no one else and no group or
        message gives another source (a body's "view" is often a phrase of the law: "For Ofcom, the question is
        whether … 'a suitable … assessment'")."""
        if P.SAY_RE().search(pre) or _OTHER_VOICE.search(pre):
            return None
        lead = start + len(pre) - len(pre.lstrip()) + 4
        mentions = self.outside.get(self.sentence_of(para, start).index, ())
        for pos, m in mentions:
            end = pos + m.end - m.start
            if pos == lead and m.kind == "person" and self.masked[para][end : end + 1] == ",":
                if any(p > end and p < start + len(pre) for p, _ in mentions):
                    return None  # "For Ms Kidron, Ofcom's answer was '…'": another may own the words
                return Attribution(m.canonical, self.index.role_of(m.canonical), "view")
        return None
