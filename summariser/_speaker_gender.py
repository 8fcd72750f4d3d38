"""The gender a sentence gives its own subject through a pronoun: "Blackburn told Blumenthal that she was not
convinced. He said …" — the "he" is not Blackburn, whose given name the lexicon may not know."""

from __future__ import annotations

from summariser._lazy_re import first_chars, lazy_re
from summariser._names import NameIndex
from summariser._text import Document

# a subject pronoun of each gender ("… that she was not convinced")
_SUBJECT_PRONOUN = {
    "f": lazy_re(r"\b[Ss]he\b", first=first_chars("Ss")),
    "m": lazy_re(r"\b[Hh]e\b", first=first_chars("Hh")),
}


def gendered_by_own_pronoun(
    doc: Document,
    masked: list[str],
    index: NameIndex,
    focus: tuple[tuple[int, int], str],
    gender: str,
    recent: list[tuple[tuple[int, int], str]],
) -> str | None:
    """Whom a `gender` pronoun means when the focus (of unknown gender) has a sentence whose only subject pronoun is
    of the other gender: the one person of `gender` named in that sentence, else "" (no one certain); None when that
    sentence gives no such evidence (also when a person known to be of the other gender is in view)."""
    other = "f" if gender == "m" else "m"
    sent = doc.sentences[focus[0][0]]
    text = masked[sent.paragraph][sent.start : sent.start + len(sent.text)]
    if not _SUBJECT_PRONOUN[other].search(text) or _SUBJECT_PRONOUN[gender].search(text):
        return None
    if any(index.gender_of(c) == other for _, c in recent):
        return None  # "wrote to Liz Kendall asking what she would do": "she" is that woman, no word on the focus
    fits = {c for k, c in recent if k[0] == focus[0][0] and index.gender_of(c) == gender}
    return next(iter(fits)) if len(fits) == 1 else ""
