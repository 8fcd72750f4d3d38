"""The summary data model: frozen dataclasses that serialise to the documented JSON shape."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from typing import Any, Literal

ActionStatus = Literal["taken", "announced", "planned", "threatened", "called_for", "refused"]
ACTION_STATUSES: tuple[str, ...] = ("taken", "announced", "planned", "threatened", "called_for", "refused")


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation and who said it (speaker None when the article does not make it certain)."""

    text: str
    speaker: str | None
    speaker_role: str | None
    partial: bool
    sentence: int


@dataclass(frozen=True, slots=True)
class Action:
    """Something an actor did, announced, plans, threatens, calls for or refused."""

    actor: str
    action: str
    target: str | None
    status: ActionStatus
    when: str | None
    instrument: str | None
    sentence: int


@dataclass(frozen=True, slots=True)
class Entities:
    people: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    laws: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Relevance:
    score: float
    relevant: bool
    matched: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Summary:
    """The structured summary of one article."""

    title: str | None
    url: str | None
    published: str | None
    source: str | None
    byline: str | None
    key_points: list[str]
    quotes: list[Quote]
    actions: list[Action]
    entities: Entities
    relevance: Relevance

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON shape as plain Python values (fresh lists: the Summary's own are never shared)."""
        out: dict[str, Any] = _plain(self)
        return out

    def to_json(self, *, indent: int | None = None) -> str:
        """Serialise to JSON (UTF-8 text, non-ASCII kept)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Summary:
        """Rebuild a Summary from its JSON form (as stored by the bot)."""
        return cls(
            title=data.get("title"),
            url=data.get("url"),
            published=data.get("published"),
            source=data.get("source"),
            byline=data.get("byline"),
            key_points=list(data.get("key_points") or []),
            quotes=[Quote(**q) for q in data.get("quotes") or []],
            actions=[Action(**a) for a in data.get("actions") or []],
            entities=Entities(**(data.get("entities") or {})),
            relevance=Relevance(**(data.get("relevance") or {"score": 0.0, "relevant": False})),
        )

    def to_markdown(self) -> str:
        """Render for people (plain Markdown; the bot escapes it further for Discord)."""
        from summariser._render import render_markdown

        return render_markdown(self)


# field names per model class, in declaration order: `dataclasses.asdict` gives the same dict but deep-copies every
# leaf through `copy.deepcopy` (~3-4x slower on a full summary), and the leaves here are str, int, float, bool, None
_FIELDS: dict[type, tuple[str, ...]] = {
    cls: tuple(f.name for f in fields(cls)) for cls in (Quote, Action, Entities, Relevance, Summary)
}


def _plain(value: Any) -> Any:
    if type(value) is list:
        # the model's lists are all of one kind: strings (copied as a list) or model objects
        return [_plain(v) for v in value] if value and type(value[0]) in _FIELDS else list(value)
    names = _FIELDS.get(type(value))
    if names is None:
        return value
    return {name: _plain(getattr(value, name)) for name in names}
