"""People, organisations, laws and places named in the article (placeholder)."""

from __future__ import annotations

from summariser._model import Entities
from summariser._text import Document


def extract_entities(doc: Document) -> Entities:
    """Named entities grouped by kind, first-mention order, canonical forms."""
    return Entities()
