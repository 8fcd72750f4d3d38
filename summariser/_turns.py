"""Turn-taking in an exchange of quotes: who speaks a bare quote paragraph after a question or a reply.

In a run like `"Are you satisfied …?" Senator Henderson asked.` / `"I am," Ms Inman Grant replied.` / `"Then why …?"`
the bare third quote is the questioner's turn, not more of the answer. `Turns` remembers, per paragraph, the last
attributed quote's speaker and whether it was a question, and says when a bare quote must not simply carry on the
speaker before it.
"""

from __future__ import annotations

from dataclasses import dataclass

from summariser._lazy_re import first_chars, lazy_re

# a verb that makes a paragraph an answer to someone: the next question is not the answerer's
_REPLY = lazy_re(
    r"\b(?:replied|replies|responded|responds|answered|answers|retorted|shot back|fired back|countered|interjected)\b",
    first=first_chars("acfirs"),
)


@dataclass(frozen=True, slots=True)
class Turn:
    speaker: str | None
    question: bool  # the paragraph's last quote ends on "?"


class Turns:
    """The last quote of each paragraph, for bare quote paragraphs in a question-and-answer exchange."""

    def __init__(self, masked: list[str]) -> None:
        self._masked = masked  # the paragraphs with quotations blanked: what is left is the attribution
        self._by_para: dict[int, Turn] = {}

    def record(self, para: int, speaker: str | None, text: str) -> None:
        """Note the last quote of paragraph `para`: its speaker and its words."""
        self._by_para[para] = Turn(speaker, text.rstrip(" ,.’'\"”").endswith("?"))

    def _reply(self, para: int) -> bool:
        return _REPLY.search(self._masked[para]) is not None

    def in_exchange(self, para: int, text: str) -> tuple[bool, str | None]:
        """(True, who) when the bare quote opening paragraph `para` takes a turn in an exchange: `who` is the
        speaker two paragraphs up when the turns alternate, else None; (False, None) when it is no exchange."""
        before = self._by_para.get(para - 1)
        if before is None or before.speaker is None:
            return False, None
        earlier = self._by_para.get(para - 2)
        question = text.rstrip(" ,.’'\"”").endswith("?")
        if before.question and not question and earlier is not None and self._reply(para - 2):
            # an answer to the question just asked, in a run that began with an answer: the answerer again
            return True, earlier.speaker if earlier.speaker not in (None, before.speaker) else None
        if question and self._reply(para - 1):
            # a new question after an answer: the one who asked the question that was answered
            asked = earlier is not None and earlier.question and earlier.speaker != before.speaker
            return True, earlier.speaker if asked and earlier is not None else None
        return False, None
