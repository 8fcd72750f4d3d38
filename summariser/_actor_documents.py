"""Documents that act in news copy: "The notice, issued last week, gave X 24 hours …", "The direction requires X to …"
— the body that issued the document acts (the one a sentence just before has issuing, sending or adopting it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from summariser._actor_patterns import ActorSpan, after_preposition
from summariser._lazy_re import lazy_re

# a document opening its sentence as the subject: "The notice", "The urgent measure", "The second notice"
DOCUMENT_SUBJECT = lazy_re(
    r"(?:The|This|Its)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>notice|direction|order|measure|decision|ruling|advisory|warning)"
    r"(?![\w-])"
)
# sentences back in which the document's issuing is looked for
_ISSUE_WINDOW = 3


@lru_cache(maxsize=32)
def _issued(noun: str) -> re.Pattern[str]:
    # "issued a second notice", "sent X a formal notice", "adopted an urgent measure": the issuing verb before the noun
    return re.compile(
        r"\b(?:issued|issues|sent|sends|served|adopted|published|handed|imposed|made|delivered)\b[^.;]{0,60}?\b"
        + noun
        + r"\b"
    )


def document_issuer(
    noun: str,
    i: int,
    spans_of: Callable[[int], list[ActorSpan]],
    text_of: Callable[[int], str],
    resolve: Callable[[ActorSpan, int], str | None],
) -> str | None:
    """The body that issued the `noun` ("notice") a sentence up to `_ISSUE_WINDOW` before sentence `i` describes
    being issued: the subject standing before the issuing verb. None when no sentence says who issued it."""
    for j in range(i - 1, max(-1, i - _ISSUE_WINDOW - 1), -1):
        text = text_of(j)
        m = _issued(noun).search(text) if noun in text else None
        if m is None:
            continue
        subject = None
        for span in spans_of(j):
            if span.end > m.start():
                break
            possessor = text.startswith(("'s", "’s"), span.end)
            if (
                span.kind in ("org", "gov", "person", "ref")
                and not possessor
                and not after_preposition(text, span.start)
            ):
                subject = subject or span  # the first actor of the clause that issued it
        return resolve(subject, j) if subject is not None and subject.kind != "pronoun" else None
    return None
