"""Whether a person a pronoun could mean is anchored in view as someone who acts or speaks, not only talked about:
"Ofcom wrote to Linda Yaccarino and Nick Pickles. / '…,' he said" leaves Pickles an object of a list (None), while
"Melanie Dawes wrote to Elon Musk … / '…,' he said" makes Musk the one addressed, who answers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summariser import _speaker_patterns as P
from summariser._lazy_re import first_chars, lazy_re
from summariser._names import Mention, NameIndex
from summariser._text import Document

# the one written to or asked, right before their name: "wrote to Elon Musk", "asked Liz Kendall"
_ADDRESSED = lazy_re(
    r"\b(?:wrote\s+to|written\s+to|writing\s+to|asked|pressed|questioned|challenged|quizzed|interviewed|"
    r"put\s+it\s+to)\s+$",
    first=first_chars("acipqw"),
)
# a short fronted predicate, a copula and the name: "First to rise was", "Among the critics is", "Next came"
_FRONTED = lazy_re(
    r"(?!(?:He|She|They|It|I|We|You)\b)[A-Z][\w-]*"
    r"(?:\s+(?!(?:said|says|told|tells|thinks|thought|believes|believed|claimed|claims|added)\b)[\w-]+){0,4}"
    r"\s+(?:was|is|came|comes)\s+(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady)\.?\s+)?",
    first=first_chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
)
# a verb right after a name (not a relative, conjunction or preposition): "Mr Musk thanked investors"
_VERB_NEXT = lazy_re(
    r"\s+(?!(?:that|who|which|and|or|but|of|on|in|at|for|to|with|from|about|over|after|before|as|whose|when)\b)"
    r"[a-z]+(?:ed|s)\b"
)
_SHE_SUBJECT = lazy_re(r"\b[Ss]he\b", first=first_chars("Ss"))
_HE_SUBJECT = lazy_re(r"\b[Hh]e\b", first=first_chars("Hh"))
_LIST_NEXT = lazy_re(r"\s*(?:,|and\b|&)")
# a verb (or preposition) that takes the next name as its object: "wrote to", "met", "urged", "criticised"
_OBJECT_BEFORE = lazy_re(
    r"\b(?:to|with|met|meets|urged|urges|asked|asks|criticised|criticized|thanked|praised|accused|called\s+on|"
    r"wrote\s+to|written\s+to|writing\s+to|told|tells|against|about|for|of|on)\s+(?:[\w'’.-]+\s+){0,6}$"
)


class AnchorMixin:
    """`_anchored` for `SpeakerResolver`'s pronoun resolution; needs the resolver's state."""

    doc: Document
    index: NameIndex
    masked: list[str]
    outside: dict[int, list[tuple[int, Mention]]]

    if TYPE_CHECKING:  # provided by SpeakerResolver and its other mixins

        def _leading_person(self, idx: int) -> tuple[tuple[int, int], str] | None: ...

        def _speech_subject(self, idx: int) -> tuple[tuple[int, int], str] | None: ...

        def _mention_end(self, key: tuple[int, int]) -> tuple[int, int] | None: ...

    def _anchored(self, who: str, recent: list[tuple[tuple[int, int], str]], gender: str, at: tuple[int, int]) -> bool:
        """True when some mention of `who` in view is a subject: they spoke (a quote or a speech verb), open a
        sentence, or are its agent ("drafted by Baroness Kidron"), or the one a person of the other gender wrote
        to or asked (who answers); False when they are only ever an object, a list item after a verb or someone
        inside another's reported speech ("said Ed Davey had told her")."""
        for key, c in recent:
            if c != who:
                continue
            if key[1] < 0:
                return True
            lead = self._leading_person(key[0])
            speech = self._speech_subject(key[0])
            if (lead is not None and lead[1] == who) or (speech is not None and speech[1] == who):
                return True
            sent = self.doc.sentences[key[0]]
            before = self.masked[sent.paragraph][sent.start : key[1]].split()
            if not before or before[-1].lower() in ("by", "from"):
                return True  # opens its sentence, or the agent of a passive
            text = self.masked[sent.paragraph]
            if before[-1].endswith(",") and _VERB_NEXT.match(text, key[1] + len(self._mention_text(key))):
                return True  # "Speaking on stage after the vote, Mr Musk thanked investors": the clause's subject
            if _FRONTED.fullmatch(text, sent.start, key[1]):
                return True  # "First to rise was Dame Jo Platt": the subject, after its fronted verb
            if self._pronoun_since(key, gender, at):
                return True  # "… thought of Elise Matthesen. How would she feel …?": she is in focus since
            subject = speech or lead
            if (
                subject is not None
                and self.index.is_person(subject[1])
                and self.index.gender_of(subject[1]) not in (gender, None)
                and _ADDRESSED.search(self.masked[sent.paragraph], sent.start, key[1]) is not None
                and not self._listed(key)
            ):
                return True  # "Melanie Dawes wrote to Elon Musk. … '…,' he said": the one addressed answers
            if (
                speech is None
                and not P.SPOKE_RE().search(text, sent.start, key[1])
                and _OBJECT_BEFORE.search(text, sent.start, key[1]) is None
            ):
                return True  # no verb taking it as an object: a subject the patterns did not read
        return False

    def _mention_text(self, key: tuple[int, int]) -> str:
        return next((m.text for pos, m in self.outside.get(key[0], ()) if pos == key[1]), "")

    def _pronoun_since(self, key: tuple[int, int], gender: str, at: tuple[int, int]) -> bool:
        """True when "she" (or "he") of `gender` is a subject between the mention at `key` and `at`."""
        pattern = _SHE_SUBJECT if gender == "f" else _HE_SUBJECT
        para = self.doc.sentences[key[0]].paragraph
        for p in range(para, at[0] + 1):
            lo = key[1] if p == para else 0
            hi = at[1] if p == at[0] else len(self.masked[p])
            if pattern.search(self.masked[p], lo, hi):
                return True
        return False

    def _listed(self, key: tuple[int, int]) -> bool:
        """True for a mention in a list of names ("Linda Yaccarino and Nick Pickles", "Ian Russell, Andy Burrows")."""
        found = self._mention_end(key)
        if found is None:
            return False
        para, end = found
        text = self.masked[para]
        before = text[max(0, key[1] - 6) : key[1]]
        return before.rstrip().endswith(",") or before.endswith(" and ") or _LIST_NEXT.match(text, end) is not None

    def _lead_end(self, focus: tuple[tuple[int, int], str]) -> int:
        """The end (paragraph offset) of the focus mention that opens its sentence."""
        found = self._mention_end(focus[0])
        return found[1] if found is not None else 0
