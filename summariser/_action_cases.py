"""An investigation named with the participle that started it: "follows an investigation opened in February", "a DSA
investigation that began in December 2023", "an inquiry first launched last year". The opening is an act of whoever
runs the article's case (`ActorFinder.case_owner`), the body an earlier sentence credited with the investigation.
"""

from __future__ import annotations

import re

from summariser._action_rules import Hit
from summariser._lazy_re import lazy_re

_CASE_OPENED = lazy_re(
    r"\b(?:investigation|inquiry|probe|proceedings)\s+(?:(?:that|which)\s+)?(?:(?:was|were|had\s+been)\s+)?"
    r"(?:first\s+)?(?P<verb>opened|launched|began|begun|started)\b"
    # a time must follow: "the investigation opened in February"; "the investigation opened the door" is no such act
    r"(?=\s+(?:in|on|last|earlier|this|at\s+the\s+request)\b)",
    re.IGNORECASE,
)

_CASE_WORDS = ("nvestigation", "nquiry", "robe", "roceedings")  # the cheap test: most sentences name no case


def case_opened_hits(text: str, owner: str | None, quoted: list[tuple[int, int]]) -> list[Hit]:
    """The openings of the article's investigation that `text` names by a participle, credited to `owner`; none
    when the article has credited no one with its investigation, or inside a quotation."""
    if owner is None or not any(word in text for word in _CASE_WORDS):
        return []
    hits: list[Hit] = []
    for m in _CASE_OPENED.finditer(text):
        start = m.start("verb")
        if any(a <= start < b for a, b in quoted):
            continue
        hits.append(Hit(owner, "taken", "open", start, m.end("verb"), m.end("verb"), "do"))
    return hits
