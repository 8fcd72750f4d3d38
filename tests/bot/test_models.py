"""The domain records' construction fast path (`slot_init`): same signature and values, still frozen."""

from __future__ import annotations

import dataclasses
import inspect
import pickle
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest

from bot.core.identity import Sighting, StoryRecord
from bot.models import FeedState, Story, slot_init

T0 = datetime(2026, 1, 15, 8, 0, tzinfo=UTC)


def _story(**changes: object) -> Story:
    values: dict[str, object] = {"id": "s1", "feed": "desk", "title": "Ofcom opens Grok inquiry",
                                 "url": "https://e.example/1", "canonical_url": None, "guid": "g1", "published": T0,
                                 "first_seen": T0, "lede": "The regulator said on Monday.", "publisher": None,
                                 "relevant": True, "summary": {"key_points": ["Inquiry opened."]}}  # fmt: skip
    return Story(**(values | changes))  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class _Plain:
    a: int
    b: str = "b"
    c: tuple[str, ...] = ()


@slot_init
@dataclass(frozen=True, slots=True)
class _Fast:
    a: int
    b: str = "b"
    c: tuple[str, ...] = ()


@pytest.mark.parametrize("cls", [Story, StoryRecord, Sighting, FeedState])
def test_the_fast_init_keeps_the_dataclass_signature(cls: type) -> None:
    fields = dataclasses.fields(cls)
    params = list(inspect.signature(cls).parameters.values())
    assert [p.name for p in params] == [f.name for f in fields]
    assert [p.default for p in params] == [
        inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default for f in fields
    ]


def test_records_built_by_the_fast_init_equal_the_dataclass_ones() -> None:
    for args, kwargs in [((1,), {}), ((1, "x"), {}), ((), {"a": 2, "c": ("y",)}), ((3,), {"b": "z"})]:
        fast, plain = _Fast(*args, **kwargs), _Plain(*args, **kwargs)  # type: ignore[arg-type]
        assert dataclasses.astuple(fast) == dataclasses.astuple(plain)
    story = _story()
    assert story.also_covered_by == () and story.alerts_done is False and story.text is None
    assert dataclasses.replace(story, text="body") == _story(text="body")
    assert pickle.loads(pickle.dumps(story)) == story


def test_records_stay_frozen() -> None:
    story = _story()
    with pytest.raises(dataclasses.FrozenInstanceError):
        story.title = "changed"  # type: ignore[misc]
    with pytest.raises((AttributeError, TypeError)):  # TypeError: Python 3.11's frozen slotted __setattr__ (gh-90562)
        story.extra = 1  # type: ignore[attr-defined]


def test_a_call_the_dataclass_refuses_is_refused() -> None:
    with pytest.raises(TypeError, match="missing"):
        _Fast()  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected keyword"):
        _Fast(1, d=2)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="multiple values"):
        _Fast(1, a=2)  # type: ignore[misc]


def test_default_factories_are_refused_at_class_creation() -> None:
    with pytest.raises(TypeError, match="default factories"):

        @slot_init
        @dataclass(frozen=True, slots=True)
        class _WithFactory:
            items: list[str] = field(default_factory=list)
