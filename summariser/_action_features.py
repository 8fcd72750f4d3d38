"""The platform's own change to a feature, told in an agentless passive: "Grok's image generation has been restricted to
paid subscribers since January", "Grok's image editing feature had been disabled in India". Annotators credit the
platform (X, or xAI when xAI is the one reporting it); a negation or a condition ("until the feature is withdrawn")
is no act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summariser._action_rules import Hit
from summariser._lazy_re import lazy_re
from summariser._lexicon.actors import COMPANIES

if TYPE_CHECKING:
    from summariser._action_passives import PassiveHits

_FEATURE_CHANGED = lazy_re(
    r"\b(?:(?:Grok['’]s|its|the\s+chatbot['’]s)\s+(?:[\w-]+\s+){0,3}?(?:feature|features|tool|tools|editing|generation"
    r"|function|functions|mode)|the\s+(?:image\s+)?(?:feature|tool))\b(?:\s+of\s+real\s+people)?\s+(?:had|has|have)\s+(?:already\s+|since\s+)?been\s+"
    r"(?P<mark>[“\"])?(?:\w+ly\s+)?(?P<verb>restricted|disabled|geoblocked|geo-blocked|limited|switched\s+off|turned\s+off|paused)\b"
)
_PLATFORMS = frozenset(("X", "xAI"))
_COMPANY_TOLD = lazy_re(r"\b(xAI|X)(?:['’]s)?\s+(?:spokes(?:person|man|woman)\s+)?(?:said|says|told|added)\b")
# "until Grok's feature is withdrawn", "if the tools have been disabled": a condition, not a report
_CONDITION_BEFORE = lazy_re(r"\b(?:until|unless|if|whether|once)\s+$")


def feature_hits(ctx: PassiveHits) -> list[Hit]:
    """The platform's own restriction of a Grok feature that `ctx`'s sentence reports, outside quotations."""
    text = ctx.text
    if "been" not in ctx.words:
        return []
    hits: list[Hit] = []
    for m in _FEATURE_CHANGED.finditer(text):
        # had “geoblocked where …”: a quotation that opens on the verb is the company's word for its own act
        quoted = m.group("mark") is None and ctx._quoted(m.start("verb"))
        if quoted or _CONDITION_BEFORE.search(text, max(0, m.start() - 10), m.start()):
            continue
        teller = ctx._speaker_before(m.start()) or ""
        # the company that reports it ("an xAI spokesperson said"), else the platform
        actor = next((word for word in teller.split() if word in COMPANIES and word in _PLATFORMS), None)
        if actor is None:  # "an xAI spokesperson said …, adding that …": the company named with the speech verb
            told = [t.group(1) for t in _COMPANY_TOLD.finditer(text, 0, m.start())]
            actor = told[-1] if told else "X"
        hits.append(Hit(actor, "taken", "restrict", m.start(), m.end("verb"), m.end("verb"), "do"))
    return hits
