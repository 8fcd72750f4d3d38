"""Regulatory and political actions (placeholder)."""

from __future__ import annotations

from datetime import datetime

from summariser._model import Action
from summariser._text import Document


def extract_actions(doc: Document, *, published: datetime | None = None) -> list[Action]:
    """Actions taken, announced, planned, threatened, called for or refused, in article order."""
    return []
