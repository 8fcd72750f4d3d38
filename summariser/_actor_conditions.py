"""An "it" that opens the main clause after an if-clause is the if-clause's subject: "If Ofcom finds that xAI has
breached the act, it could fine the company" — Ofcom fines, not xAI (the nearest body before "it")."""

from __future__ import annotations

from summariser._actor_patterns import ActorSpan

_OPENERS = ("If ", "Unless ", "Once ", "When ")
_BODY_REFS = frozenset(("regulator", "commission", "gov", "company", "court", "dept"))


def conditional_subject(text: str, pronoun: int, spans: list[ActorSpan]) -> ActorSpan | None:
    """The body that opens the if-clause of `text` when the pronoun at `pronoun` opens its main clause, else None."""
    if not text.startswith(_OPENERS) or not text.endswith(", ", 0, pronoun):
        return None
    comma = text.find(",")
    if comma != pronoun - 2:
        return None  # "If Ofcom, which …, finds": only the first comma closes the if-clause
    opener = len(text.split(None, 1)[0]) + 1
    first = spans[0] if spans else None
    if first is None or first.start not in (opener, opener + 4):
        return None
    if first.kind not in ("org", "gov") and not (first.kind == "ref" and first.ref in _BODY_REFS):
        return None  # "If Ms Dawes decides …, it": no body opens the if-clause
    return first if first.start == opener or text[opener : opener + 4] in ("the ", "The ") else None
