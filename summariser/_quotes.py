"""Direct quotations with speakers (placeholder)."""

from __future__ import annotations

from summariser._model import Quote
from summariser._text import Document


def extract_quotes(doc: Document) -> list[Quote]:
    """Every direct quotation of four or more words, with its resolved speaker or None."""
    return []
