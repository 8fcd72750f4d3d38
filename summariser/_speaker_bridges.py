"""A pronoun across one background paragraph: "Ed Davey said the government had been too slow. / The Liberal
Democrats have tabled an amendment. / '…,' he said." — the person whose speech or description came just before is
still the one in view when the paragraph between names, quotes and introduces nobody else."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summariser import _description_patterns as D
from summariser import _speaker_patterns as P
from summariser._lazy_re import lazy_re
from summariser._names import Mention, NameIndex
from summariser._roles import ROLE_WORDS
from summariser._speaker_patterns import Said
from summariser._text import Document, Sentence

_LEAD_PRONOUN = lazy_re(r"\s*(He|She)\s+(?:has\s+|had\s+|have\s+)?(?:been|was|is|were|got)\b")
# "… by Elon Musk", the agent right before the mention (a few words of the passive's tail between at most)
_BY_AGENT = lazy_re(r"\bby\s+(?:[\w’'-]+\s+){0,3}$")
_HE = lazy_re(r"\b(?:[Hh]e|him|[Hh]is|[Hh]imself)\b")
_SHE = lazy_re(r"\b(?:[Ss]he|[Hh]er|[Hh]erself)\b")
# a definite description opening a sentence ("The 29-year-old primary school teacher …"): the one named before
_DEFINITE_LEAD = lazy_re(r"\s*[Tt]he\s+(?P<noun>(?:[\w’'-]+\s+){0,4}[\w’'-]+)")


class BridgeMixin:
    """`_bridged` for `SpeakerResolver`'s pronoun resolution; needs the resolver's state."""

    doc: Document
    index: NameIndex
    masked: list[str]
    outside: dict[int, list[tuple[int, Mention]]]
    history: list[Said]
    by_para: list[list[Sentence]]

    if TYPE_CHECKING:  # provided by SpeakerResolver and its other mixins

        def sentence_of(self, para: int, offset: int) -> Sentence: ...

        def _speech_subject(self, idx: int) -> tuple[tuple[int, int], str] | None: ...

        def _leading_person(self, idx: int) -> tuple[tuple[int, int], str] | None: ...

        def _leading_unnamed(self, idx: int) -> tuple[tuple[int, int], str] | None: ...

        def _introduced_in(self, idx: int) -> list[tuple[int, str | None]]: ...

        def _recent(self, para: int, offset: int, kind: str) -> list[tuple[tuple[int, int], str]]: ...

    def _bridged(self, found: str, since: int, para: int, offset: int, pronoun: str) -> bool:
        """True when `found` spoke or opened the paragraph two before `para` (its last sentence about them) and the
        one paragraph between names no other person, holds no quotation, opens on no one unnamed or unknown and
        uses no pronoun of the other gender: "he"/"she" still means `found`."""
        between = para - 1
        if between < 1 or self.doc.sentences[since].paragraph != para - 2 or self.doc.spans[between]:
            return False
        if not self._about(found, since):
            return False
        gender = P.PRONOUN_GENDER[pronoun]
        if any(
            c != found and self.index.gender_of(c) in (gender, None) for _, c in self._recent(para, offset, "person")
        ):
            return False  # "Maria Silva … / Ana Costa …": another who fits is still in view
        other = _HE if gender == "f" else _SHE
        for sent in self.by_para[between]:
            text = self.masked[between]
            end = sent.start + len(sent.text)
            if any(m.kind == "person" and m.canonical != found for _, m in self.outside.get(sent.index, ())):
                return False
            if other.search(text, sent.start, end) or self._leading_unnamed(sent.index):
                return False
            if any(g in (gender, None) for _, g in self._introduced_in(sent.index)):
                return False  # "a 15-year-old girl who …": someone new who could be meant
            unknown = P.UNKNOWN_SUBJECT.match(text, sent.start, end)
            if unknown is not None and not any(
                unknown.start("subject") <= pos < unknown.end("subject") for pos, _ in self.outside.get(sent.index, ())
            ):
                return False  # "Tom Hale said …": someone the index does not know
            lead = _DEFINITE_LEAD.match(text, sent.start, end)
            if lead is not None and _person_noun(lead.group("noun")):
                who = self.index.resolve(lead.group().strip(), sentence=sent.index, before=lead.end() - sent.start)
                if who != found:
                    return False  # "The opposition leader opened by asking …": someone else, unnamed
            verb = P.PRE_VERB_RE().search(text, sent.start, end)
            if verb is not None and verb.group("say"):
                head = text[sent.start : verb.start()].strip(" ,")
                if (
                    head
                    and not P.TAIL_PRONOUN.search(head)
                    and not any(
                        m.canonical == found and pos < verb.start() for pos, m in self.outside.get(sent.index, ())
                    )
                ):
                    return False  # "Ofcom said …", "A spokesman said …": someone else spoke in between
        return True

    def _agent_of_pronoun(self, key: tuple[int, int], gender: str) -> bool:
        """True for a mention after "by" in a sentence that opens on "he"/"she" of `gender`: "He has been called a
        censor by Elon Musk" keeps the pronoun's person in view; Musk only acted on them."""
        sentence, pos = key
        if pos < 0:
            return False
        sent = self.doc.sentences[sentence]
        text = self.masked[sent.paragraph]
        lead = _LEAD_PRONOUN.match(text, sent.start, pos)
        if lead is None or P.PRONOUN_GENDER[lead.group(1).lower()] != gender:
            return False
        return _BY_AGENT.search(text, lead.end(), pos) is not None and not P.SPOKE_RE().search(text, lead.end(), pos)

    def _about(self, found: str, since: int) -> bool:
        """True when sentence `since` is about `found`: they spoke there (a quote or a speech verb) or open it."""
        if any(h.sentence == since and h.speaker == found for h in self.history):
            return True
        subject = self._speech_subject(since) or self._leading_person(since)
        return subject is not None and subject[1] == found


def _person_noun(noun: str) -> bool:
    """True when the words opening a noun phrase describe a person: a title ("opposition leader"), a relative, an
    occupation, an age."""
    for word in noun.lower().split():
        if word in P.PREPOSITIONS:
            return False  # "The amendment to the bill …": what follows is another noun phrase
        if word in ROLE_WORDS or word in D.PERSON_NOUNS or word in D.NOUN_GENDER or word.endswith("year-old"):
            return True
    return False
