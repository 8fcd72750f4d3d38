"""A body's case running in a relative clause: "Ofcom, which has been investigating X since January", "the European
Commission, which is running its own case against X", "the ANPD, which is examining whether …". Annotators count
the running investigation as the body's act (taken); the clause's own verb is not in the lexicon's tenses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summariser._action_rules import Hit
from summariser._lazy_re import lazy_re
from summariser._lexicon.actors import COMPANIES

if TYPE_CHECKING:
    from summariser._action_passives import PassiveHits

_ONGOING = lazy_re(
    r",\s+(?P<which>which|who)\s+(?:has\s+been|have\s+been|had\s+been|is|are|was|were)\s+(?:also\s+|already\s+)?"
    r"(?P<verb>investigating|examining|probing|looking\s+into|running\s+(?:its|their)\s+own\s+"
    r"(?:investigation|inquiry|case|probe)|running\s+an?\s+(?:investigation|inquiry|case|probe))\b"
)
_BODY_KINDS = ("org", "gov")


def ongoing_case_hits(ctx: PassiveHits) -> list[Hit]:
    """The running cases of the bodies a relative clause of `ctx`'s sentence describes, outside quotations."""
    text = ctx.text
    if "which" not in ctx.words and "who" not in ctx.words:
        return []
    hits: list[Hit] = []
    for m in _ONGOING.finditer(text):
        if ctx._quoted(m.start("which")):
            continue
        before = text[: m.start()].rstrip()
        if before.endswith(")"):  # "the Paris prosecutor's office (PNF), which …"
            before = before[: before.rfind("(")].rstrip()
        span = next((s for s in ctx.spans if s.end == len(before) and s.kind in _BODY_KINDS), None)
        actor = ctx.finder.resolve(span, ctx.index) if span is not None else None
        if actor is not None and actor not in COMPANIES:  # "X, which is examining its own tools": no case of a body
            hits.append(Hit(actor, "taken", "investigate", m.start("verb"), m.end("verb"), m.end("verb"), "do"))
    return hits
