"""The actions stage run on a test's own sentences: the few helpers every action test file shares."""

from __future__ import annotations

from datetime import datetime

from summariser._actions import extract_actions
from summariser._model import Action
from summariser._text import split_document


def actions_in(text: str, published: datetime) -> list[Action]:
    """The actions the stage finds in `text`, as if published at `published`."""
    return extract_actions(split_document(text), published=published)


def pairs_in(text: str, published: datetime) -> list[tuple[str, str]]:
    """(actor, status) of each action, in order."""
    return [(a.actor, a.status) for a in actions_in(text, published)]


def pair_set(text: str, published: datetime) -> set[tuple[str, str]]:
    """(actor, status) of the actions, as a set."""
    return set(pairs_in(text, published))


def actors_in(text: str, published: datetime) -> set[str]:
    """Every actor credited in `text`."""
    return {a.actor for a in actions_in(text, published)}
