"""Key-point selection (placeholder: the lede sentences)."""

from __future__ import annotations

from summariser._text import Document


def select_key_points(doc: Document, *, title: str | None = None) -> list[str]:
    """Three to five sentences that carry the news, in article order, no boilerplate."""
    return [s.text for s in doc.sentences[:3]]
