"""Pronouns beyond the ordinary window: across one background paragraph ("Ed Davey said the government had been too
slow. / The Liberal Democrats have tabled an amendment. / '…,' he said."), along a chain of sentences about one person
when no one else is in view, to the office holder a question was just put to ("He asked whether the commissioner had
… / '…,' she told him"), and past an agent who only acted on the person in view ("He has been called a censor by
Elon Musk")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summariser import _description_patterns as D
from summariser import _speaker_patterns as P
from summariser._lazy_re import first_chars, lazy_re
from summariser._names import Mention, NameIndex
from summariser._roles import ROLE_WORDS
from summariser._speaker_patterns import Said
from summariser._text import Document, Sentence

_LEAD_PRONOUN = lazy_re(r"\s*(He|She)\s+(?:has\s+|had\s+|have\s+)?(?:been|was|is|were|got)\b")
# "… by Elon Musk", the agent right before the mention (a few words of the passive's tail between at most)
_BY_AGENT = lazy_re(r"\bby\s+(?:[\w’'-]+\s+){0,3}$", first=first_chars("b"))
# a question put to an office holder: "asked whether the commissioner had …", "pressed the minister on …"
_ROLE = (
    r"the\s+(?:[\w-]+\s+){0,2}?(?:commissioner|minister|secretary|chair|chairman|chairwoman|director|regulator|"
    r"president|prime\s+minister|chief\s+executive|senator|attorney\s+general|governor|mayor|premier)"
)
# a question put to an office holder: "asked whether the commissioner had …", "asked the minister whether …" (not a
# request, "asked the minister to ensure …", after which the asker may go on)
_ASKED_ROLE = lazy_re(
    r"\b(?:asked|pressed|questioned|challenged|quizzed)\s+(?:(?:whether|if|why|how|what|when)\s+(?P<role>"
    + _ROLE
    + r")\b|(?P<object>"
    + _ROLE
    + r")\s+(?:whether|if|why|how|what|when|about|over|on)\b)",
    first=first_chars("acpq"),
)
_ASK_WORDS = ("asked", "pressed", "questioned", "challenged", "quizzed")
_ASKER_PRONOUN = lazy_re(r"\s*(He|She)\b")
# a transcript line of an interview: "Q: Why a warning and not a fine?", "A: Because …"
_TRANSCRIPT = lazy_re(r"(?:Q|A)[:.]\s", first=first_chars("QA"))
# the writer speaking: "We spoke in her Sydney office …", "I asked her whether …"
_WRITER = lazy_re(r"(?:We|I)\s", first=first_chars("WI"))
_SHE_SUBJECT = lazy_re(r"\b[Ss]he\b", first=first_chars("Ss"))
_HE_SUBJECT = lazy_re(r"\b[Hh]e\b", first=first_chars("Hh"))
_HE = lazy_re(r"\b(?:[Hh]e|him|[Hh]is|[Hh]imself)\b", first=first_chars("Hh"))
_SHE = lazy_re(r"\b(?:[Ss]he|[Hh]er|[Hh]erself)\b", first=first_chars("HShs"))
# a definite description opening a sentence ("The 29-year-old primary school teacher …"): the one named before
_AGE_EPITHET = lazy_re(r"\s*" + D.AGE_THE)
_DEFINITE_LEAD = lazy_re(r"\s*[Tt]he\s+(?P<noun>(?:[\w’'-]+\s+){0,4}[\w’'-]+)")
_INDEFINITE_LEAD = lazy_re(r"\s*(?:[A-Z][^,]{0,30},\s*)?(?:A|An|One|Another|Some|Two|Three|Several)\s")
# "Australia's eSafety commissioner had …": a possessive description opening a sentence
_POSSESSIVE_LEAD = lazy_re(r"\s*[A-Z][\w.-]*['’]s\s+(?P<noun>(?:[\w’'-]+\s+){0,3}[\w’'-]+)")


class BridgeMixin:
    """`_bridged` for `SpeakerResolver`'s pronoun resolution; needs the resolver's state."""

    doc: Document
    index: NameIndex
    masked: list[str]
    outside: dict[int, list[tuple[int, Mention]]]
    history: list[Said]
    by_para: list[list[Sentence]]
    view_start: list[int]

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
        gender = P.PRONOUN_GENDER[pronoun]
        before = between
        while before > 0 and _TRANSCRIPT.match(self.doc.paragraphs[before]):
            before -= 1  # a Q:/A: transcript block is the interviewee's own words: it moves no one else into view
        if before < between and self.doc.sentences[since].paragraph == before and since >= self.view_start[para]:
            return self._about(found, since) and not any(
                m.kind == "person" and m.canonical != found and self.index.gender_of(m.canonical) in (gender, None)
                for i in range(self.by_para[before + 1][0].index, self.by_para[para][0].index)
                for _, m in self.outside.get(i, ())
            )
        if between < 1 or self.doc.sentences[since].paragraph != para - 2:
            return False
        # (the relaxed readings below only for a quote that opens its paragraph: '"…," she said' with nothing before)
        spans = self.doc.spans[para]
        opens = self.sentence_of(para, offset) is self.by_para[para][0] and bool(spans) and spans[0].start == 0
        if self.doc.spans[between] and not (opens and self._others_quoted(between, gender)):
            return False
        if since < self.view_start[para]:
            return False  # a sub-heading or a live-blog stamp between: a new context
        if not self._about(found, since):
            return False
        opener = self._leading_person(since) if opens else None
        opened = opener[0] if opener is not None and opener[1] == found else None
        if any(
            c != found
            and self.index.gender_of(c) in (gender, None)
            # (not one the sentence about `found` opens over: "Keir Starmer told MPs he had raised it with Elon Musk")
            and not (opens and opened is not None and key[0] == since and key[1] > opened[1])
            for key, c in self._recent(para, offset, "person")
        ):
            return False  # "Maria Silva … / Ana Costa …": another who fits is still in view
        other = _HE if gender == "f" else _SHE
        other_g = "m" if gender == "f" else "f"
        for sent in self.by_para[between]:
            text = self.masked[between]
            end = sent.start + len(sent.text)
            named = [
                m.canonical for _, m in self.outside.get(sent.index, ()) if m.kind == "person" and m.canonical != found
            ]
            if any(self.index.gender_of(c) in (gender, None) for c in named):
                return False  # someone else the pronoun could mean (a person of the other gender cannot be)
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
            if lead is not None and _person_noun(lead.group("noun")) and not _AGE_EPITHET.match(text, sent.start):
                # (an age epithet introduces no one new: "The 29-year-old primary school teacher … had never heard")
                who = self.index.resolve(lead.group().strip(), sentence=sent.index, before=lead.end() - sent.start)
                if who != found:
                    return False  # "The opposition leader opened by asking …": someone else, unnamed
            verb = P.PRE_VERB_RE().search(text, sent.start, end)
            if verb is not None and verb.group().lower() == "according to" and not self._named_after(sent, verb.end()):
                verb = None  # "…, according to researchers": no one who could be meant spoke
            if verb is not None and verb.group("say"):
                head = text[sent.start : verb.start()].strip(" ,")
                if (
                    head
                    and not P.TAIL_PRONOUN.search(head)
                    and not any(
                        (m.canonical == found or (m.kind == "person" and self.index.gender_of(m.canonical) == other_g))
                        and pos < verb.start()
                        for pos, m in self.outside.get(sent.index, ())
                    )
                ):
                    return False  # "Ofcom said …", "A spokesman said …": someone else spoke in between
        return True

    def _others_quoted(self, para: int, gender: str) -> bool:
        """True when every quotation of four or more words in paragraph `para` was given to a person of the other
        gender (shorter ones are scare quotes): "Elon Musk called it 'an attack on …'" between "Dawes said" and
        "she said" puts no one new in view who could be "she"."""
        other_g = "m" if gender == "f" else "f"
        text = self.doc.paragraphs[para]
        for span in self.doc.spans[para]:
            if len(text[span.start : span.end].split()) < 4:
                continue
            sent = self.sentence_of(para, span.start)
            said = [h for h in self.history if h.sentence == sent.index]
            if not said or any(h.kind != "person" or self.index.gender_of(h.speaker) != other_g for h in said):
                return False
        return True

    def _named_after(self, sent: Sentence, pos: int) -> bool:
        """True when a person or organisation is named in `sent` after paragraph offset `pos`."""
        return any(at >= pos for at, _ in self.outside.get(sent.index, ()))

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

    def _question_put(self, para: int, offset: int) -> tuple[Sentence, re.Match[str]] | None:
        """The sentence just before (this paragraph or the one before) when it puts a question to an office holder
        ("He asked whether the commissioner had considered …"), with that match; else None."""
        sent = self.sentence_of(para, offset)
        if sent.index == 0:
            return None
        prev = self.doc.sentences[sent.index - 1]
        if prev.paragraph < para - 1 or not any(w in prev.text for w in _ASK_WORDS):
            return None  # (most sentences ask nothing: a substring test before the pattern)
        asked = _ASKED_ROLE.search(self.masked[prev.paragraph], prev.start, prev.start + len(prev.text))
        return (prev, asked) if asked is not None else None

    def _asked_role(self, pronoun: str, put: tuple[Sentence, re.Match[str]]) -> str | None:
        """ "Greens senator David Shoebridge … He asked whether the commissioner had considered … / '…,' she told
        him": the office holder the question was put to answers it, when the article ties the title to one person of
        the pronoun's gender and the one who asked is of the other gender (so "she" cannot be the asker)."""
        prev, asked = put
        text = self.masked[prev.paragraph]
        gender = P.PRONOUN_GENDER[pronoun]
        lead = _ASKER_PRONOUN.match(text[prev.start : asked.start()])
        asker_gender = (
            P.PRONOUN_GENDER[lead.group(1).lower()]
            if lead
            else next(
                (
                    self.index.gender_of(m.canonical)
                    for pos, m in self.outside.get(prev.index, ())
                    if m.kind == "person" and pos < asked.start()
                ),
                None,
            )
        )
        if asker_gender is None or asker_gender == gender:
            return None
        group = "role" if asked.group("role") else "object"
        who = self.index.resolve(asked.group(group), sentence=prev.index, before=asked.end(group) - prev.start)
        if who is None or not self.index.is_person(who) or self.index.gender_of(who) not in (gender, None):
            return None
        return who

    def _chained(self, pronoun: str, para: int, offset: int) -> str | None:
        """ "Julie Inman Grant was at home in Canberra … / Australia's eSafety commissioner had … She had seen … They
        came in hundreds. / '…,' she says": with no one at all in the pronoun window, the person named further back
        (at most two paragraphs) when every sentence since names, introduces and describes no one else, holds no
        quotation and uses no pronoun of the other gender."""
        gender = P.PRONOUN_GENDER[pronoun]
        other_g = "m" if gender == "f" else "f"
        if any(self.index.gender_of(c) != other_g for _, c in self._recent(para, offset, "person")):
            return None  # someone who could be meant is in view: the ordinary rules decide
        other = _HE if gender == "f" else _SHE
        sent = self.sentence_of(para, offset)
        leads: list[tuple[Sentence, re.Match[str]]] = []
        skipped: set[int] = set()  # transcript paragraphs passed over: the interviewee's answers, no one new
        for idx in range(sent.index - 1, max(-1, sent.index - 12, self.view_start[para] - 1), -1):
            prev = self.doc.sentences[idx]
            if prev.paragraph != para and _TRANSCRIPT.match(self.doc.paragraphs[prev.paragraph]):
                skipped.add(prev.paragraph)
                continue
            if prev.paragraph < para - 2 - len(skipped):
                return None
            text = self.masked[prev.paragraph]
            end = prev.start + len(prev.text)
            # (a person of the other gender cannot be meant: "she was asked about Elon Musk's posts")
            people = {
                m.canonical
                for _, m in self.outside.get(idx, ())
                if m.kind == "person" and self.index.gender_of(m.canonical) != other_g
            }
            if people:
                if len(people) > 1:
                    return None
                who = next(iter(people))
                if self.index.gender_of(who) not in (gender, None) or other.search(text, prev.start, end):
                    return None
                for lead_sent, desc in leads:  # every description since must be theirs
                    described = self.index.resolve(
                        desc.group().strip(), sentence=lead_sent.index, before=desc.end() - lead_sent.start
                    )
                    if described != who:
                        return None
                return who
            if any(span.start < end and span.end > prev.start for span in self.doc.spans[prev.paragraph]):
                return None  # a quotation in between: someone spoke
            if other.search(text, prev.start, end) or self._leading_unnamed(idx) or self._introduced_in(idx):
                return None
            if _INDEFINITE_LEAD.match(text, prev.start, end) or D.OTHER_PERSON().match(text, prev.start, end):
                return None  # "A colleague rang at midnight.": someone new may be meant
            unknown = P.UNKNOWN_SUBJECT.match(text, prev.start, end)
            if unknown is not None or (
                P.SPOKE_RE().search(text, prev.start, end)
                and not _WRITER.match(text, prev.start, end)
                # ("Speaking to reporters afterwards, she was asked …": the same "she" spoke)
                and not (_SHE_SUBJECT if gender == "f" else _HE_SUBJECT).search(text, prev.start, end)
            ):
                return None  # someone the index does not know, or speech with no one named (not the writer's own)
            lead = _DEFINITE_LEAD.match(text, prev.start, end) or _POSSESSIVE_LEAD.match(text, prev.start, end)
            if lead is not None and _person_noun(lead.group("noun")):
                leads.append((prev, lead))
        return None

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
