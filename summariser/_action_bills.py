"""What a government's bill will do, told by the government: "Mehl said the draft would oblige platforms to keep
data", "According to the justice ministry, the new bill would allow courts to order deletions". The act is the
government's plan (status `planned`); told by anyone else (an opponent, the platform) nobody is credited.
"""

from __future__ import annotations

from summariser._action_passives import GOVERNMENT_NAMES, PassiveHits
from summariser._action_rules import Hit
from summariser._lazy_re import lazy_re

_BILL_WILL = lazy_re(
    r"\b(?:[Tt]he|[Tt]his)\s+(?:new\s+|draft\s+|proposed\s+)?(?:bill|draft|legislation|draft\s+law|law|amendments?)"
    r"\s+(?P<modal>would|will)\s+(?:also\s+|now\s+)?(?P<verb>create|give|allow|require|oblige|ban|make|force|impose|establish"
    r"|extend|criminali[sz]e|let|empower|introduce|set\s+up)\b"
)

# the article's own ministry as the source: "According to the justice ministry,", "the ministry said"
_MINISTRY_SAYS = lazy_re(
    r"\b(?:[Aa]ccording\s+to\s+the\s+(?:[a-z]+\s+){0,2}ministry\b|the\s+(?:[a-z]+\s+){0,2}ministry\s+said\b)"
)


def bill_hits(ctx: PassiveHits) -> list[Hit]:
    """The plans a government's spokesperson, minister or ministry reports its own bill will carry out."""
    text = ctx.text
    if "would" not in text and "will" not in text:
        return []
    hits: list[Hit] = []
    for m in _BILL_WILL.finditer(text):
        start = m.start("verb")
        if ctx._quoted(start):
            continue
        teller = ctx._speaker_before(m.start()) or ctx._according_to() or ctx._trailing_speaker(m.end())
        government = _government_of(ctx, teller)
        if government is None and teller is None and _MINISTRY_SAYS.search(text, 0, m.start()):
            government = ctx.finder.government_at(ctx.index, m.start())  # "According to the justice ministry, …"
        if government is not None:
            hits.append(Hit(government, "planned", "bill", m.start("modal"), m.end("verb"), m.end("verb"), "do"))
    return hits


def _government_of(ctx: PassiveHits, teller: str | None) -> str | None:
    """The government `teller` speaks for: itself when it is one, a minister's government, else None."""
    if teller is None:
        return None
    if teller in GOVERNMENT_NAMES:
        return teller
    return ctx.finder.ministers_government(teller)
