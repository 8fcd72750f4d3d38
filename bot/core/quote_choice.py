"""Which quotes a card shows when it has room for only a few: attributed, named, complete, longer quotes first.

A fragment such as "as soon as possible" or an unattributed line is still in the full summary (/story, /quotes),
but a card with room for three quotes should spend them on who said what.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

_GENERIC_SPEAKERS = ("a ", "an ", "the ", "one ", "some ")
_GENERIC_WORDS = ("spokesperson", "spokesman", "spokeswoman", "source", "official", "insider", "statement")


def is_named(speaker: str) -> bool:
    """A named person or body ("Melanie Dawes", "Ofcom"), not "a government source" or "a spokesperson"."""
    low = speaker.lower()
    if low.startswith(_GENERIC_SPEAKERS) or any(w in low for w in _GENERIC_WORDS):
        return False
    return any(ch.isupper() for ch in speaker)


def quote_strength(quote: Mapping[str, Any]) -> float:
    """Higher for an attributed, named, complete and longer quote; 0 for an empty one."""
    text = str(quote.get("text") or "").strip()
    if not text:
        return 0.0
    speaker = quote.get("speaker")
    strength = 0.0
    if speaker:
        strength += 4.0 + (2.0 if is_named(str(speaker)) else 0.0)
    if not quote.get("partial"):
        strength += 2.0
    return strength + min(len(text), 240) / 120


def top_quotes(quotes: Sequence[Mapping[str, Any]], n: int) -> list[Mapping[str, Any]]:
    """The `n` strongest non-empty quotes, shown in article order (ties go to the earlier quote)."""
    ranked = sorted(
        (i for i, q in enumerate(quotes) if str(q.get("text") or "").strip()),
        key=lambda i: (-quote_strength(quotes[i]), i),
    )
    return [quotes[i] for i in sorted(ranked[: max(n, 0)])]
