"""Which organisation is in focus: "it said", "a spokesperson said", "the company said" after an organisation.

An organisation resolves only when one is in view (the last sentences, the last speaker, the sentence's subject).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summariser import _description_patterns as D
from summariser import _speaker_patterns as P
from summariser._lazy_re import first_chars, lazy_re
from summariser._names import Mention, NameIndex
from summariser._speaker_patterns import Said
from summariser._text import Document, Sentence


class OrgFocusMixin:
    """Organisation antecedents for `SpeakerResolver` (through `AntecedentMixin`); needs the resolver's state."""

    doc: Document
    index: NameIndex
    masked: list[str]
    outside: dict[int, list[tuple[int, Mention]]]
    history: list[Said]

    if TYPE_CHECKING:  # provided by SpeakerResolver and its other mixins

        def sentence_of(self, para: int, offset: int) -> Sentence: ...

        def _recent(self, para: int, offset: int, kind: str) -> list[tuple[tuple[int, int], str]]: ...

        def _addressee(self, sentence: int, pos: int) -> bool: ...

        def _leading_subject(self, para: int, start: int) -> str | None: ...

    def _org_pronoun(self, para: int, offset: int) -> str | None:
        recent = self._recent(para, offset, "org")
        distinct = list(dict.fromkeys(c for _, c in recent))
        if distinct and self._document_in_view(para, offset):
            return None  # "… sent a message read aloud at the wake. '…,' it said": the message, not a body
        if len(distinct) == 1:
            return distinct[0]
        if not distinct:
            return None
        last = next((h.speaker for h in reversed(self.history) if h.kind == "org"), None)
        if last is not None and last == recent[-1][1]:
            return last
        lead = self._sentence_subject_org(para, offset)
        here = self.sentence_of(para, offset).index
        if (
            lead is not None
            and last is not None
            and last != lead
            and last in distinct
            and here > 0
            and self.doc.sentences[here - 1].paragraph != para  # (in one paragraph the subject carries on)
            and not self._spoke_in(lead, here - 1)
        ):
            return None  # "'…,' X said. / Ofcom is examining the changes. / '…,' it said": X or Ofcom
        return lead

    def _document_in_view(self, para: int, offset: int) -> bool:
        """True when the sentence before (or this one, before `offset`) speaks of a written thing that "it" can be
        and names no organisation, nor has one speaking there."""
        here = self.sentence_of(para, offset)
        text = here.text[: max(0, offset - here.start)]
        idxs = [here.index]
        prev = self.doc.sentences[here.index - 1] if here.index > 0 else None
        if prev is not None and (prev.paragraph == para or not text.strip()):
            text = prev.text + " " + text
            idxs.append(prev.index)
        if D.WRITTEN_THING.search(text) is None:
            return False
        for idx in idxs:
            if any(m.kind == "org" for _, m in self.outside.get(idx, ())):
                return False
            if any(h.kind == "org" and h.sentence == idx for h in self.history):
                return False
        return True

    def _spokes_org(self, para: int, offset: int, *, kind_named: bool = False) -> str | None:
        """The organisation a bare "a spokesperson" speaks for: the one in focus in the sentences just before it,
        in this paragraph or the one before; None when two are in view or a name the index lacks opens a sentence.
        With `kind_named` ("the company's account said"), one that did not answer us may still have spoken."""
        sent = self.sentence_of(para, offset)
        for idx in range(sent.index, -1, -1):
            prev = self.doc.sentences[idx]
            if prev.paragraph < para - 1:
                return None  # a stale organisation from paragraphs ago is not the one in focus
            orgs = [
                m.canonical
                for pos, m in self.outside.get(idx, ())
                if m.kind == "org"
                and (idx < sent.index or pos < offset)
                and not self._addressee(idx, pos)
                and not _venue(self.masked[prev.paragraph], pos)
            ]
            orgs += [h.speaker for h in self.history if h.kind == "org" and h.sentence == idx]
            if idx < sent.index and orgs and not kind_named and _NO_COMMENT.search(prev.text):
                return None  # "X did not respond to a request for comment. '…,' a spokesperson said": not X's
            distinct = list(dict.fromkeys(orgs))
            if len(distinct) == 1:
                return distinct[0]
            if distinct:  # the sentence's own subject is in focus, unless it shares the subject with another
                lead = self._leading_subject(prev.paragraph, prev.start)
                ends = [p + m.end - m.start for p, m in self.outside.get(idx, ()) if m.canonical == lead]
                joint = bool(ends) and P.JOINT_AFTER.match(self.masked[prev.paragraph], ends[0]) is not None
                return lead if lead in distinct and not joint else None
            unknown = P.UNKNOWN_SUBJECT.match(self.masked[prev.paragraph], prev.start) if idx < sent.index else None
            if unknown is not None:
                # "Royal Mail said it was disappointed …": an organisation the index does not know, unless the
                # subject is someone the index knows (then whose spokesperson is not certain)
                a, b = unknown.span("subject")
                if any(a <= pos < b for pos, _ in self.outside.get(idx, ())):
                    return None
                return D.unlisted_org(unknown.group("subject"))
            body = _DESCRIBED_BODY.match(prev.text) if idx < sent.index and not self.outside.get(idx) else None
            if body is not None:
                # "The bank said it was disappointed. '…,' a spokeswoman said": the body described, when it names
                # nothing the index knows (a description the article ties to a name is resolved above)
                return "t" + body.group("body")[1:]  # "the bank", as a description is written mid-sentence
        return None

    def _spoke_in(self, org: str, idx: int) -> bool:
        """True when `org` spoke in sentence `idx`: a quote of theirs ends there or it is the speech verb's subject."""
        if any(h.sentence == idx and h.speaker == org for h in self.history):
            return True
        sent = self.doc.sentences[idx]
        text = self.masked[sent.paragraph]
        verb = P.PRE_VERB_RE().search(text, sent.start, sent.start + len(sent.text))
        if verb is None or verb.group("part"):
            return False
        return any(m.canonical == org for pos, m in self.outside.get(idx, ()) if pos < verb.start())

    def _sentence_subject_org(self, para: int, offset: int) -> str | None:
        # "Ofcom opened an investigation into X. It said …": the organisation that opens the previous sentence
        sent = self.sentence_of(para, offset)
        if sent.index == 0:
            return None
        prev = self.doc.sentences[sent.index - 1]
        fronted = _FRONTED.match(prev.text)  # "13:05 In London, Ofcom has put out a statement. It says …"
        at = fronted.end() if fronted else 0
        lead = [m for pos, m in self.outside.get(prev.index, ()) if at <= m.start <= at + 4]
        if len(lead) == 1 and lead[0].kind == "org":
            if P.JOINT_AFTER.match(prev.text, lead[0].end) is not None:
                return None  # "Meta and X were both fined. '…,' it said": either of them
            if (
                prev.text[lead[0].end : lead[0].end + 2] in ("'s", "’s")
                and len(self._recent(para, offset, "org")) > 1
                and not self._spoke_in(lead[0].canonical, prev.index)
            ):
                # "Ofcom said it would act. / X's share price fell. / '…,' it said": the sentence is about something
                # of X's, and another organisation is in view ("X's safety account said …" is X speaking)
                return None
            others = {m.canonical for _, m in self.outside.get(prev.index, ()) if m.kind == "org"} - {lead[0].canonical}
            opens = not self.doc.paragraphs[para][sent.start : offset].strip()  # "It has since said …" opens it
            if others and not opens and not self._spoke_in(lead[0].canonical, prev.index):
                # "Ofcom opened an investigation into X. '…,' it said": the regulator or the company (a pronoun
                # opening the next sentence carries its subject on: "Ofcom opened … into X. It has since said …")
                return None
            return lead[0].canonical
        described = D.LEADING_KIND.match(prev.text)  # "The regulator says the breach was serious. It says …"
        if described is None:
            return None
        found = self.index.resolve(described.group(1), sentence=prev.index, before=described.end(1))
        return found if found is not None and self.index.is_org(found) else None


def _venue(text: str, pos: int) -> bool:
    """True for a platform named as where words appeared ("On X this afternoon, the company's account said"): the
    place of the post, not the body in focus."""
    return text[max(0, pos - 3) : pos] in ("on ", "On ")


# a sentence saying an organisation did not answer at all (one that "declined to comment on" a point may still speak
# through a spokesperson about another)
_NO_COMMENT = lazy_re(
    r"\b(?:did\s+not|didn['’]t|has\s+not|hasn['’]t|had\s+not|could\s+not|would\s+not)\s+(?:yet\s+|immediately\s+)?"
    r"(?:respond|reply|return|be\s+reached)\b",
    first=first_chars("cdhw"),
)

# a sentence opening on a body described, not named, as the subject of a speech verb: "The bank said …", "The exam
# board said …" (never "the company"/"the regulator", which stand for a body named elsewhere)
_DESCRIBED_BODY = lazy_re(
    r"\s*(?P<body>[Tt]he\s+(?:[a-z]+\s+)?(?:bank|channel|broadcaster|board|council|charity|school|university|"
    r"hospital|club|airline|retailer|insurer|union|trust|publisher|newspaper|association|federation|league|"
    r"airport|operator|developer|manufacturer|carmaker|landlord|studio|label|network|museum|festival))\s+"
    r"(?:has\s+|had\s+|also\s+)?(?:said|says|told|added|insisted|confirmed|stated)\b"
)

# a live-blog time stamp and a short fronted place or time phrase before a sentence's subject
_FRONTED = lazy_re(r"(?:\d{1,2}[:.]\d{2}\s+)?(?:(?:In|At|On|From|Earlier|Later|Meanwhile)\b[^,.;:]{0,30},\s*)?")
