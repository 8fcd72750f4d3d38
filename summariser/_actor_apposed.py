"""What an article's appositives teach: "Netsafe, the agency that handles complaints …" makes a later "the agency"
Netsafe; "the Film and Publication Board, the country's content regulator, …" makes "the regulator" the board.
"""

from __future__ import annotations

from collections.abc import Callable

from summariser._actor_patterns import ActorSpan
from summariser._lazy_re import lazy_re

# ", the agency that …", ", the country's online safety regulator,": up to three words before the head noun
_DESCRIPTION = lazy_re(r",\s+(?:the|its|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?P<head>[a-z]+)\b")
# sentences back in which an appositive still defines a description
APPOSED_WINDOW = 5


def apposed_name(
    head: str,
    i: int,
    before: int,
    spans_of: Callable[[int], list[ActorSpan]],
    text_of: Callable[[int], str],
) -> str | None:
    """The organisation an appositive in sentence `i` (before offset `before`) or the `APPOSED_WINDOW` sentences
    before it describes with the noun `head` ("Netsafe, the agency …" for "agency"); the nearest one, or None when
    the nearest sentence that has one describes two different bodies so."""
    for j in range(i, max(-1, i - APPOSED_WINDOW - 1), -1):
        text = text_of(j)
        if head not in text:
            continue
        names: set[str] = set()
        ends = {s.end: s for s in spans_of(j) if s.kind == "org" and s.canonical is not None}
        for m in _DESCRIPTION.finditer(text, 0, before if j == i else len(text)):
            named = ends.get(m.start())
            if named is not None and m.group("head") == head:
                names.add(named.canonical)  # type: ignore[arg-type]
        if names:
            return names.pop() if len(names) == 1 else None
    return None
