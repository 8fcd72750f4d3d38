"""Who "we" is in a quotation the quotes module leaves without a speaker because a body, not a person, says it:
'"We will now proceed with our supervision of X," the regulator said.' The body's reference is resolved as any
other subject ("the regulator" just named, "the council" by the head of its name).
"""

from __future__ import annotations

from collections.abc import Callable

from summariser._actor_patterns import ActorSpan
from summariser._lazy_re import lazy_re

# a body closing the quotation as the speaker: ', the regulator said.', '” the council added'
_BODY_SAID = lazy_re(
    r"[,”\"’]\s*[”\"’]?\s*(?P<who>the\s+(?:regulator|watchdog|council|authority|commission|agency|ministry|committee"
    r"|board|department|government|inspectorate|office))\s+(?:said|says|added|warned|stated|told)\b"
)


def saying_body(
    text: str, i: int, spans: list[ActorSpan], resolve: Callable[[ActorSpan, int], str | None]
) -> str | None:
    """The body sentence `i` (text `text`) names as the speaker of its quotation, resolved; None when a person or
    nobody is named so."""
    m = _BODY_SAID.search(text)
    if m is None:
        return None
    span = next((s for s in spans if s.start == m.start("who") and s.kind in ("ref", "org", "gov")), None)
    return resolve(span, i) if span is not None else None
