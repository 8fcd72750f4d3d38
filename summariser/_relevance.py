"""Topic relevance (placeholder keyword sets; replaced by the full scorer)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summariser._model import Relevance
from summariser._text import Document


@dataclass(frozen=True, slots=True)
class Topic:
    """A topic as keyword sets: a story is relevant when it is about a subject and about a concern."""

    name: str
    subjects: tuple[str, ...]
    concerns: tuple[str, ...]
    exclusions: tuple[str, ...] = field(default=())


DEFAULT_TOPIC = Topic(
    name="X/Grok regulation",
    subjects=("Grok", "xAI", "X platform", "Twitter"),
    concerns=("Ofcom", "regulator", "investigation", "Online Safety Act", "Digital Services Act", "law", "fine"),
)


def score_relevance(doc: Document, *, title: str | None, topic: Topic) -> Relevance:
    """Score how far the article is about the topic's subject and concern."""
    text = f"{title or ''}\n{doc.text}"
    subj = [k for k in topic.subjects if re.search(rf"\b{re.escape(k)}\b", text)]
    conc = [k for k in topic.concerns if re.search(rf"\b{re.escape(k)}\b", text, re.I)]
    score = min(1.0, 0.5 * bool(subj) + 0.5 * bool(conc))
    return Relevance(score=score, relevant=bool(subj and conc), matched=subj + conc)
