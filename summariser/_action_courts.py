"""Acts only a court does with words that are opinion from anyone else: "The court rejected that argument" is a
ruling against a party, "The minister rejected that argument" a disagreement (`_action_patterns.NON_ACTION_OBJECTS`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from summariser._actor_patterns import ActorSpan
from summariser._lazy_re import lazy_re

# what a court rejects when it rules against a party: "rejected that argument", "dismissed X's claims"
_ARGUMENT = lazy_re(
    r"^\s+(?:that|this|those|these|the|its|their|his|her|\w+['’]s?)\s+(?:\w+\s+)?(?:arguments?|claims?|submissions?"
    r"|contentions?|challenge|appeal)\b",
    re.I,
)


def court_rejects(base: str, after: str, subject: Callable[[], ActorSpan | None]) -> bool:
    """Is "rejected|dismissed" + `after` a court's refusal of a party's case? `subject` gives the verb's subject
    (called only when the words fit, it costs a walk back through the sentence)."""
    if base not in ("reject", "dismiss") or not _ARGUMENT.match(after):
        return False
    span = subject()
    # the court itself, not "the judge" (whose rejection the annotators read as the judge's reasoning)
    return span is not None and "court" in span.text.lower() and (span.ref == "court" or span.kind == "org")
