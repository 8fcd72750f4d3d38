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
        key_points, quotes, actions = self.key_points, self.quotes, self.actions
        entities, relevance = self.entities, self.relevance
        if not (
            type(key_points) is list
            and type(entities) is Entities
            and type(relevance) is Relevance
            and _all_of(quotes, Quote)
            and _all_of(actions, Action)
        ):
            out: dict[str, Any] = _plain(self)  # built by hand with other values: the generic walk
            return out
        # the shape written out (what `_plain` gives for a Summary built by `summarise`): a generic walk costs
        # several times more, and the pipeline serialises every relevant story
        return {
            "title": self.title,
            "url": self.url,
            "published": self.published,
            "source": self.source,
            "byline": self.byline,
            "key_points": _plain(key_points),
            "quotes": [
                {
                    "text": q.text,
                    "speaker": q.speaker,
                    "speaker_role": q.speaker_role,
                    "partial": q.partial,
                    "sentence": q.sentence,
                }
                for q in quotes
            ],
            "actions": [
                {
                    "actor": a.actor,
                    "action": a.action,
                    "target": a.target,
                    "status": a.status,
                    "when": a.when,
                    "instrument": a.instrument,
                    "sentence": a.sentence,
                }
                for a in actions
            ],
            "entities": {
                "people": _plain(entities.people),
                "organisations": _plain(entities.organisations),
                "laws": _plain(entities.laws),
                "places": _plain(entities.places),
            },
            "relevance": {
                "score": relevance.score,
                "relevant": relevance.relevant,
                "matched": _plain(relevance.matched),
            },
        }

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


# A frozen dataclass's __init__ sets each field through object.__setattr__; the slot descriptors set them directly, at
# half the cost. The object is the same (no __post_init__ to skip) and stays frozen.
_NEW = object.__new__
_SUMMARY_SETTERS = tuple(Summary.__dict__[f.name].__set__ for f in fields(Summary))


_ENTITIES_SETTERS = tuple(Entities.__dict__[f.name].__set__ for f in fields(Entities))


def new_entities(people: list[str], organisations: list[str], laws: list[str], places: list[str]) -> Entities:
    """`Entities(people, organisations, laws, places)`, built faster (see above): one per summary."""
    entities: Entities = _NEW(Entities)
    set_people, set_organisations, set_laws, set_places = _ENTITIES_SETTERS
    set_people(entities, people)
    set_organisations(entities, organisations)
    set_laws(entities, laws)
    set_places(entities, places)
    return entities


_RELEVANCE_SETTERS = tuple(Relevance.__dict__[f.name].__set__ for f in fields(Relevance))


def new_relevance(score: float, relevant: bool, matched: list[str]) -> Relevance:
    """`Relevance(score, relevant, matched)`, built faster (see above): one per judged feed item."""
    judged: Relevance = _NEW(Relevance)
    set_score, set_relevant, set_matched = _RELEVANCE_SETTERS
    set_score(judged, score)
    set_relevant(judged, relevant)
    set_matched(judged, matched)
    return judged


def new_summary(
    title: str | None,
    url: str | None,
    published: str | None,
    source: str | None,
    byline: str | None,
    key_points: list[str],
    quotes: list[Quote],
    actions: list[Action],
    entities: Entities,
    relevance: Relevance,
) -> Summary:
    """`Summary(...)` with the fields in order, built faster (see above): one per summarised feed item."""
    summary: Summary = _NEW(Summary)
    s0, s1, s2, s3, s4, s5, s6, s7, s8, s9 = _SUMMARY_SETTERS
    s0(summary, title)
    s1(summary, url)
    s2(summary, published)
    s3(summary, source)
    s4(summary, byline)
    s5(summary, key_points)
    s6(summary, quotes)
    s7(summary, actions)
    s8(summary, entities)
    s9(summary, relevance)
    return summary


# field names per model class, in declaration order: `dataclasses.asdict` gives the same dict but deep-copies every
# leaf through `copy.deepcopy` (~3-4x slower on a full summary), and the leaves here are str, int, float, bool, None
_FIELDS: dict[type, tuple[str, ...]] = {
    cls: tuple(f.name for f in fields(cls)) for cls in (Quote, Action, Entities, Relevance, Summary)
}


def _all_of(values: Any, cls: type) -> bool:
    """Is `values` a list of `cls` objects only (their fields are leaves by type: str, int, bool or None)?"""
    return type(values) is list and all(type(value) is cls for value in values)


def _plain(value: Any) -> Any:
    if type(value) is list:
        # the model's lists are all of one kind: strings (copied as a list) or model objects
        return [_plain(v) for v in value] if value and type(value[0]) in _FIELDS else list(value)
    names = _FIELDS.get(type(value))
    if names is None:
        return value
    return {name: _plain(getattr(value, name)) for name in names}
