"""Names that run on past the span found: a body's regional branch ("Women's Aid Federation Northern Ireland") and a
US state called a state ("Washington state sued …")."""

from __future__ import annotations

from summariser._actor_patterns import ActorSpan
from summariser._lexicon.actors import US_STATES

# "Women's Aid Federation Northern Ireland": a body's regional branch is named by the place after its name
_BRANCH_HEADS = ("Federation", "Association", "Alliance", "Trust", "Foundation", "Society", "Network", "Coalition")
_STATE_NAMES = frozenset(US_STATES) | {"Washington", "New York"}


def with_branch(spans: list[ActorSpan], text: str) -> list[ActorSpan]:
    """Join an organisation and the place right after it into one name when the organisation's name says branch;
    take "state" into a US state's span ("Washington state": the state, not the capital)."""
    for k, span in enumerate(spans):
        if span.kind == "place" and span.canonical in _STATE_NAMES and text.startswith(" state", span.end):
            end = span.end + 6
            if end == len(text) or not text[end].isalnum():
                spans[k] = span._replace(end=end, text=text[span.start : end])
        if k + 1 == len(spans):
            break
        place = spans[k + 1]
        if (
            place.kind == "place"
            and span.kind == "org"
            and place.start == span.end + 1
            and text[span.end] == " "
            and span.text.endswith(_BRANCH_HEADS)
        ):
            name = f"{span.canonical} {place.text}"
            spans[k : k + 2] = [ActorSpan(span.start, place.end, text[span.start : place.end], name, "org")]
            return with_branch(spans, text)
    return spans
