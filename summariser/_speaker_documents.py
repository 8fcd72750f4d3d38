"""A document as the speaker: '"…," the notice says', '"…," the findings say', '"…," the judgment reads'.

The words are its author's: the body or person the article tied to that document in the sentences before ("Ofcom
has sent X a provisional notice", "its preliminary findings", "a judgment written by Justice Anjali Mehra"). No
author the text makes certain, no speaker.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Protocol

from summariser._lazy_re import lazy_re

if TYPE_CHECKING:
    from summariser._names import Mention
    from summariser._speaker_patterns import Attribution
    from summariser._text import Document, Sentence


class SpeakerResolver(Protocol):
    """What the document rules read of the resolver (`_speakers.SpeakerResolver` and its mixins)."""

    doc: Document
    masked: list[str]
    outside: dict[int, list[tuple[int, Mention]]]

    def _leading_subject(self, para: int, start: int) -> str | None: ...

    def _subject_before(self, para: int, start: int, verb: int) -> Attribution | None: ...

    def _speech_subject(self, idx: int) -> tuple[tuple[int, int], str] | None: ...


_NOUNS = (
    "findings|finding|report|ruling|judgment|judgement|order|decision|filing|complaint|complaints|notice|reply|"
    "document|submission|lawsuit|motion|brief|assessment|review|guidance|determination|opinion|letter|response|"
    "report's|letters|notices|filings"
)
# "the notice", "the provisional notice", "the 68-page judgment", "the complaints"
THE_DOCUMENT = lazy_re(rf"^[Tt]he\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{_NOUNS}|statement)$")
# a body named in a noun compound before the document: "the eSafety statement", "the Ofcom notice"
ORG_DOCUMENT = lazy_re(rf"^[Tt]he\s+(?P<org>[A-Za-z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,3}})\s+(?:{_NOUNS}|statement)$")
# the author right after the document: "a statement it published last week", "the letter that they sent"
_ISSUED_AFTER = lazy_re(
    r"\s+(?:that\s+|which\s+)?(?:it|they|he|she)\s+(?:had\s+|has\s+)?(?:published|issued|released|sent|put\s+out)\b"
)
# how a sentence ties a document to its author: "written by Justice Anjali Mehra", "a letter from the IWF"
_BY = lazy_re(
    r"\s*,?\s+(?:(?:written|prepared|drafted|signed|sent|issued|filed|lodged|published|delivered)\s+)?(?:by|from)\s+"
)
# a verb whose subject issues the document: "Ofcom has sent X a provisional notice", "published its findings"
_ISSUES = lazy_re(
    r"\b(?:sent|issued|published|released|filed|lodged|delivered|handed\s+down|served|wrote|submitted|made\s+public|"
    r"adopted|gave|has\s+given)\b",
    re.IGNORECASE,
)
_IN_A = lazy_re(r"\b[Ii]n\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}$")
_ANY_DOCUMENT = lazy_re(rf"\b(?:{_NOUNS})\b", re.IGNORECASE)
_POSSESSIVE = lazy_re(r"(?:['’]s|\b(?:its|his|her|their))\s+(?:[\w-]+\s+){0,3}$")


def document_author(res: SpeakerResolver, noun: str, sent: Sentence, start: int) -> str | None:
    """The author of "the NOUN" at `start` of `sent`: the body or person the sentences before tie that document to."""
    stem = noun.lower().rstrip("s").replace("judgement", "judgment").replace("report'", "report")
    # "the document": whichever document the sentences before spoke of
    word = _ANY_DOCUMENT.compiled if stem == "document" else re.compile(rf"\b{re.escape(stem)}s?\b", re.IGNORECASE)
    for idx in range(sent.index, max(-1, sent.index - 4), -1):
        prev = res.doc.sentences[idx]
        if prev.paragraph < sent.paragraph - 2:
            break
        text = res.masked[prev.paragraph]
        end = prev.start + len(prev.text) if idx < sent.index else start
        hits = list(word.finditer(text, prev.start, end))
        if not hits:
            continue
        hit = hits[-1]
        by = _BY.match(text, hit.end())
        if by is not None:  # "a 68-page judgment written by Justice Anjali Mehra": the one named after "by"
            who = _named_at(res, idx, by.end())
            if who is not None:
                return who
        if idx < sent.index and _ISSUED_AFTER.match(text, hit.end()):
            # "Coimisiún na Meán pointed to a statement it published last week": the subject issued it
            return _subject(res, prev, hit.start())
        owner = _POSSESSIVE.search(text, max(prev.start, hit.start() - 60), hit.start())
        if owner is not None and owner.group().startswith(("'", "’")):  # "Ofcom's provisional notice": Ofcom
            who = _named_ending(res, idx, owner.start())
            if who is not None:
                return who
        if _IN_A.search(text, max(prev.start, hit.start() - 30), hit.start()) and idx < sent.index:
            # "In a written reply …, Minister of State Jitin Prasada said …": the one who spoke through it
            spoke = res._speech_subject(idx)
            if spoke is not None and spoke[1]:
                return spoke[1]
        issued = _ISSUES.search(text, prev.start, hit.start())
        if (issued is None and owner is None) or idx == sent.index:
            return None
        # "The European Commission published its preliminary findings …": the subject issued it
        return _subject(res, prev, issued.start() if issued is not None else hit.start())
    if stem in _COURT_PAPERS:
        # "The FTC asked a federal judge on Monday to order … / '…,' the filing reads": the party that went to court
        for idx in range(sent.index - 1, max(-1, sent.index - 3), -1):
            prev = res.doc.sentences[idx]
            text = res.masked[prev.paragraph]
            went = _TO_COURT.search(text, prev.start, prev.start + len(prev.text))
            if prev.paragraph >= sent.paragraph - 1 and went is not None:
                return _subject(res, prev, went.start())
    return None


_JOINT = lazy_re(r"\b(?:joint|jointly|together|both)\b|\s(?:and|&)\s+(?:the\s+)?[A-Z]")
_COURT_PAPERS = frozenset({"filing", "motion", "brief", "submission", "lawsuit"})
_TO_COURT = lazy_re(
    r"\b(?:asked|petitioned|urged)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}(?:judge|court)\b|\b(?:sued|went\s+to\s+court)\b"
)


def _subject(res: SpeakerResolver, sent: Sentence, verb: int) -> str | None:
    """The subject of the verb at paragraph offset `verb` in `sent`, when a person or organisation is certain."""
    text = res.masked[sent.paragraph]
    if _JOINT.search(text, sent.start, sent.start + len(sent.text)):
        return None  # "Ofcom and the ICO issued a joint statement": neither alone wrote it
    subject = res._leading_subject(sent.paragraph, sent.start)
    if subject is not None:
        return subject
    found = res._subject_before(sent.paragraph, sent.start, verb)
    if found is None or found.speaker is None or found.how in ("several", "unknown", "anonymous"):
        # "Asked for comment, Coimisiún na Meán pointed to a statement …": the one body or person named before it
        longest: dict[int, Mention] = {}  # (the longest mention at each place: "Coimisiún na Meán", not "Coimisiún")
        for at, m in res.outside.get(sent.index, ()):
            if at < verb and (at not in longest or m.end - m.start > longest[at].end - longest[at].start):
                longest[at] = m
        named = {m.canonical for m in longest.values()}
        return next(iter(named)) if len(named) == 1 else None
    return found.speaker


def _named_ending(res: SpeakerResolver, idx: int, pos: int) -> str | None:
    """The person or organisation whose mention ends at paragraph offset `pos` of sentence `idx`."""
    for at, m in res.outside.get(idx, ()):
        if at + (m.end - m.start) == pos:
            return m.canonical
    return None


def _named_at(res: SpeakerResolver, idx: int, pos: int) -> str | None:
    """The person or organisation whose mention opens at (or one title word after) paragraph offset `pos`."""
    for at, m in res.outside.get(idx, ()):
        if pos <= at <= pos + 12:
            return m.canonical
    return None
