"""Joint subjects: a sentence whose subject is two people ("Thierry Breton, a former commissioner, and Commission
spokesman Thomas Regnier both commented") puts neither of them alone in focus for a later "he" or "she"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summariser import _speaker_patterns as P
from summariser._speaker_patterns import Attribution
from summariser._subjects import SubjectMixin
from summariser._text import Document


class JointSubjectMixin(SubjectMixin):
    """Overrides the sentence-subject lookups of `SubjectMixin` so that a joint subject is no one's focus."""

    doc: Document
    masked: list[str]
    _joints: dict[int, bool]

    if TYPE_CHECKING:  # provided by SpeakerResolver

        def _subject_before(self, para: int, start: int, verb: int) -> Attribution | None: ...

    def _speech_subject(self, idx: int) -> tuple[tuple[int, int], str] | None:
        if idx in self._subjects:
            return self._subjects[idx]
        found = super()._speech_subject(idx)
        if found is not None and found[1] and self._joint_subject(idx):
            found = self._subjects[idx] = None
        return found

    def _find_leading_person(self, idx: int) -> tuple[tuple[int, int], str] | None:
        found = super()._find_leading_person(idx)
        return None if found is not None and found[0][1] >= 0 and self._joint_subject(idx) else found

    def _joint_subject(self, idx: int) -> bool:
        """True when the subject of the sentence's first speech or framing verb names several ("X and Y said")."""
        known = self._joints.get(idx)
        if known is not None:
            return known
        sent = self.doc.sentences[idx]
        text = self.masked[sent.paragraph]
        end = sent.start + len(sent.text)
        joint = False
        if " and " in text[sent.start : end] or "&" in text[sent.start : end]:  # cheap test first: most have none
            vm = P.PRE_VERB_RE().search(text, sent.start, end)
            if vm is not None and not vm.group("part"):
                att = self._subject_before(sent.paragraph, sent.start, vm.start())
                joint = att is not None and att.how == "several"
        self._joints[idx] = joint
        return joint
