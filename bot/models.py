"""Domain records shared by services, storage and front ends: frozen, slotted, no I/O."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, TypeVar

_T = TypeVar("_T")


def slot_init(cls: type[_T]) -> type[_T]:
    """Give a frozen slotted dataclass an `__init__` that fills each slot through its descriptor (same signature).

    A frozen dataclass's own `__init__` stores every field with `object.__setattr__`, ~1,700 instructions a field:
    Story's 15 cost ~25,000 per story, and a cold poll builds one per stored item (this one ~15,000). Instances stay
    frozen: only `__init__` changes. Fields with a default factory are not supported (none of the callers have one).
    """
    params: list[str] = []
    body: list[str] = []
    env: dict[str, Any] = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.default_factory is not dataclasses.MISSING:
            raise TypeError(f"{cls.__name__}.{f.name}: slot_init does not support default factories")
        env[f"_set_{f.name}"] = cls.__dict__[f.name].__set__  # the slot's member descriptor
        if f.default is dataclasses.MISSING:
            params.append(f.name)
        else:
            env[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        body.append(f"    _set_{f.name}(self, {f.name})")
    exec(f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body), env)  # as dataclasses builds its own
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[method-assign]
    return cls


@dataclass(frozen=True, slots=True)
class FeedSpec:
    """One feed to poll. Operator feeds (feeds.yaml) are trusted; guild feeds go through the network guard."""

    name: str
    url: str
    interval_s: float = 600.0
    fetch_full_text: bool = True
    timeout_s: float = 20.0
    max_bytes: int = 10_000_000
    trusted: bool = True
    guild_id: int | None = None


FetchStatus = Literal["ok", "not_modified", "error"]


@dataclass(frozen=True, slots=True)
class FetchResult:
    """Outcome of one HTTP fetch; a 304 or an error is a value, not an exception."""

    status: FetchStatus
    url: str
    final_url: str | None = None
    status_code: int | None = None
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None
    retry_after_s: float | None = None
    max_age_s: float | None = None
    elapsed_s: float = 0.0


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item parsed from a feed, normalised (UTC dates, canonical URL, plain-text lede)."""

    feed: str
    guid: str | None
    url: str | None
    canonical_url: str | None
    title: str
    published: datetime | None
    lede: str
    content: str | None = None
    publisher: str | None = None


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """A parsed feed: entries plus what the feed says about itself."""

    entries: list[FeedEntry]
    title: str | None = None
    warning: str | None = None
    ttl_s: float | None = None


@slot_init  # replaced (dataclasses.replace) twice per polled feed
@dataclass(frozen=True, slots=True)
class FeedState:
    """Per-feed polling state kept in the database (our tables are the source of truth)."""

    name: str
    url: str
    etag: str | None = None
    last_modified: str | None = None
    last_success: datetime | None = None
    last_error: str | None = None
    last_error_at: datetime | None = None
    consecutive_failures: int = 0
    next_attempt: datetime | None = None
    dead: bool = False
    stories_seen: int = 0
    guild_id: int | None = None
    # the longest <ttl> / Cache-Control max-age the feed sent on its last 200: a lower bound on the interval that
    # still holds after 304s, which carry no body (and often no Cache-Control)
    min_interval_s: float | None = None


@slot_init  # one per stored story: a cold poll builds thousands
@dataclass(frozen=True, slots=True)
class Story:
    """A stored story: the first sighting of a piece of news plus its summary (summariser JSON)."""

    id: str
    feed: str
    title: str
    url: str | None
    canonical_url: str | None
    guid: str | None
    published: datetime
    first_seen: datetime
    lede: str
    publisher: str | None
    relevant: bool
    summary: dict[str, Any]
    also_covered_by: tuple[str, ...] = ()
    alerts_done: bool = False
    # the article's text (the feed item's full text, or the page fetched for a relevant story); loaded by
    # StoryStore.get only, since lists never show it
    text: str | None = None
