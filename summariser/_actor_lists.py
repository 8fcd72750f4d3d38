"""Several actors in one subject: "Ofcom and the ICO said they would …" is an action of each listed body."""

from __future__ import annotations

from summariser._action_rules import _SPEECH_TAIL
from summariser._action_subjects import SentenceBase
from summariser._actor_patterns import ActorSpan
from summariser._clause_cues import _LIST_AND


def they_also(ctx: SentenceBase, they: ActorSpan, actor: str) -> list[str]:
    """ "Ofcom and the ICO said they would …": the speakers listed before the one "they" resolved to (`actor`)."""
    speech = _SPEECH_TAIL.search(ctx.text, max(0, they.start - 70), they.start)
    last = ctx._adjacent_subject(speech.start()) if speech is not None else None
    first = ctx._conjoined_before(last) if last is not None and last.kind == "org" else None
    if first is None or last is None or not _LIST_AND.search(ctx.text, first.end, last.start):
        return []  # "The Garante, Italy's privacy watchdog, said they …": an appositive, not a list
    others: list[str] = []
    while first is not None and first.kind == "org":
        other = ctx._resolve(first)
        if other is not None and other != actor:
            others.append(other)
        first = ctx._conjoined_before(first)
    return others
