"""What one mention is doing in its sentence, for the antecedent search of `_antecedents.AntecedentMixin`: asking or
addressed ("Asked by senator Jane Doe"), owning ("Ellie's experience"), an agent ("Pressed by the chair, X"), or
subordinate (an object, or inside what someone else said).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summariser import _speaker_patterns as P
from summariser._lazy_re import first_chars, lazy_re
from summariser._names import Mention
from summariser._text import Document, Sentence

_BY = lazy_re(r"\bby\b", first=first_chars("b"))


class MentionRoleMixin:
    """Predicates on a mention at (sentence, paragraph offset); needs `SpeakerResolver`'s state."""

    doc: Document
    masked: list[str]
    outside: dict[int, list[tuple[int, Mention]]]
    _addressees: dict[tuple[int, int], bool]

    if TYPE_CHECKING:  # provided by SpeakerResolver, SubjectMixin and DescribedMixin

        def sentence_of(self, para: int, offset: int) -> Sentence: ...

        def _speech_subject(self, idx: int) -> tuple[tuple[int, int], str] | None: ...

        def _mention_end(self, key: tuple[int, int]) -> tuple[int, int] | None: ...

    def _addressee(self, sentence: int, pos: int) -> bool:
        """True for a mention that asked or was answered ("Asked by senator Jane Doe", "in reply to Ms X")."""
        known = self._addressees.get((sentence, pos))
        if known is not None:
            return known  # pronouns ask about the same few mentions again and again
        sent = self.doc.sentences[sentence]
        text = self.masked[sent.paragraph]
        lo = max(sent.start, pos - 120)
        found = P.ADDRESSEE_BEFORE.search(text, lo, pos) is not None or (
            text[pos - 2 : pos].rstrip().endswith(",") and P.ADDRESSEE_APPOSED.search(text, lo, pos) is not None
        )
        self._addressees[(sentence, pos)] = found
        return found

    def _reported_object(self, key: tuple[int, int], found: str) -> bool:
        """True when the mention at `key` sits inside what `found` said in that sentence: "Zoghlin told The Hill
        that her client did not intend to harm Omar" — Omar is talked about, not a rival antecedent."""
        subject = self._speech_subject(key[0])
        if subject is None or subject[1] != found or not self._subordinate(key):
            return False
        # an object ("harm to Omar", "meant to harm Ms Diaz"), never the reported clause's own subject ("said Dawes
        # had her backing", "told MPs that Dawes …"), which may be the one who goes on speaking
        sent = self.doc.sentences[key[0]]
        before = self.masked[sent.paragraph][sent.start : key[1]].split()
        # (an apposition to an object counts too: "spoken to Ofcom's chief executive, Melanie Dawes")
        last = before[-1].lower().rstrip(",") if before else ""
        return last.isalpha() and last not in ("that", "and", "but", "or") and not P.SAY_RE().fullmatch(last)

    def _asker(self, key: tuple[int, int]) -> bool:
        """True when the mention at (sentence, paragraph offset) is the subject of "asked the minister" and the like."""
        para = self.doc.sentences[key[0]].paragraph
        for pos, m in self.outside.get(key[0], ()):
            if pos == key[1]:
                return P.ASKED_OBJECT.match(self.masked[para], pos + m.end - m.start) is not None
        return False

    def _subordinate(self, key: tuple[int, int]) -> bool:
        """True for a mention that cannot be the sentence's subject: inside reported speech ("told reporters that …
        by Baroness Kidron") or a plain object ("thanked Hegseth"); not an agent or a co-subject ("joined by X")."""
        sent = self.doc.sentences[key[0]]
        text = self.masked[sent.paragraph]
        before = text[sent.start : key[1]]
        if P.REPORTED_THAT().search(before):
            return True
        last = before.rstrip().rsplit(None, 1)[-1].lower() if before.strip() else ""
        return last not in ("by", "and", "with", "&", ",") and not before.rstrip().endswith(",")

    def _agentive(self, para: int, pos: int, *, strict: bool = False) -> bool:
        """True for a mention inside an opening "Pressed by the chair, X, …" clause (or after "by" unless strict)."""
        sent = self.sentence_of(para, pos)
        before = self.masked[para][sent.start : pos]
        if P.PASSIVE_OPENER.match(before):
            return True
        return not strict and _BY.search(before) is not None

    def _in_para(self, sentence: int, para: int) -> bool:
        return self.doc.sentences[sentence].paragraph == para

    def _possessor(self, key: tuple[int, int]) -> bool:
        """True when the mention at (sentence, paragraph offset) is followed by 's ("Ellie's experience")."""
        found = self._mention_end(key)
        if found is None:
            return False
        para, end = found
        after = self.masked[para][end : end + 2]
        return after[:1] in ("'", "’") and after[1:2] in ("s", " ", "")
