"""How important a story is, for the digest's order: what was done (enforcement outranks talk), how widely it was
covered, how much it is about the topic, and how recent it is within the window.

A story's action count alone is a poor signal: a verbose article, or one stray extraction, would outrank a
regulator's fine reported in one sentence. So each story counts its strongest action in full and each further one
at half the weight of the one before.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

STATUS_WEIGHT: Mapping[str, float] = {
    "taken": 3.0,
    "announced": 2.5,
    "planned": 2.0,
    "threatened": 1.5,
    "called_for": 1.0,
    "refused": 1.0,
}
# acts that change what a platform may do or what it owes: what policy readers look for first
_ENFORCEMENT = re.compile(
    r"\b(?:fine[ds]?|fining|penalt\w*|sanction\w*|investigat\w*|proceedings|probe|inquiry|ban(?:s|ned|ning)?|"
    r"block(?:s|ed|ing)?|order(?:s|ed)?|suspend\w*|charge[ds]?|arrest\w*|sue[ds]?|suing|lawsuit|injunction|"
    r"ruled|ruling|judgment|convict\w*|passed|enact\w*|designat\w*|notice|summon\w*|raid\w*|prosecut\w*)\b",
    re.IGNORECASE,
)
_ENFORCEMENT_BONUS = 1.5
_ACTIONS_COUNTED = 5
_PER_EXTRA_OUTLET = 2.5
_RELEVANCE_WEIGHT = 5.0


def action_weight(action: Mapping[str, Any]) -> float:
    """One action's weight: its status, plus a bonus when a done or announced act is enforcement."""
    status = str(action.get("status") or "")
    weight = STATUS_WEIGHT.get(status, 1.0)
    if status in ("taken", "announced") and _ENFORCEMENT.search(str(action.get("action") or "")):
        weight += _ENFORCEMENT_BONUS
    return weight


def actions_weight(actions: Sequence[Mapping[str, Any]]) -> float:
    """The strongest action in full, each further one at half the weight of the one before."""
    weights = sorted((action_weight(a) for a in actions), reverse=True)[:_ACTIONS_COUNTED]
    return sum(w * 0.5**rank for rank, w in enumerate(weights))


def importance(summary: Mapping[str, Any], *, outlets: int, recency: float) -> float:
    """Score for ranking: relevance, actions, coverage across outlets, and recency (0 = window start, 1 = end)."""
    relevance = float((summary.get("relevance") or {}).get("score") or 0.0)
    return (
        relevance * _RELEVANCE_WEIGHT
        + actions_weight(summary.get("actions") or [])
        + _PER_EXTRA_OUTLET * max(outlets - 1, 0)
        + min(max(recency, 0.0), 1.0)
    )
