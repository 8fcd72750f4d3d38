"""Timing phrases: what counts as one, and how single days resolve against the publication date."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from summariser._timing import find_timings, resolve_when

# Wednesday 14 January 2026
PUBLISHED = datetime(2026, 1, 14, 9, 30, tzinfo=UTC)


def _values(text: str, *, future: bool = False, published: datetime | date | None = PUBLISHED) -> list[str]:
    return [t.value for t in find_timings(text, published=published, future=future)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ofcom opened an investigation on Monday.", ["2026-01-12"]),
        ("The regulator said yesterday that it had acted.", ["2026-01-13"]),
        ("The minister will speak today.", ["2026-01-14"]),
        ("Campaigners met officials last Friday.", ["2026-01-09"]),
        ("The law passed on 12 January 2026.", ["2026-01-12"]),
        ("Filed on Jan. 12, 2026, the complaint was heard.", ["2026-01-12"]),
        ("Ministers met on 3 December.", ["2025-12-03"]),
    ],
)
def test_single_days_resolve_to_iso_dates(text: str, expected: list[str]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The offence comes into force in early February.", ["in early February"]),
        ("The offence comes into force in February.", ["February"]),
        ("Ofcom will decide by the end of the month.", ["by the end of the month"]),
        ("The bill will be published this week.", ["this week"]),
        ("A ruling is expected within two weeks.", ["within two weeks"]),
        ("Guidance will follow in the coming weeks.", ["in the coming weeks"]),
        ("Kendall will make a statement this afternoon.", ["this afternoon"]),
        ("Ofcom blocked it in recent days.", ["in recent days"]),
        ("She called for a ban in April last year.", ["April last year"]),
        ("The Commission fined X in December 2025.", ["December 2025"]),
        ("Officials expect a decision later this year.", ["later this year"]),
        ("The ban took effect with immediate effect.", ["with immediate effect"]),
    ],
)
def test_vague_phrases_are_kept_as_written(text: str, expected: list[str]) -> None:
    assert _values(text) == expected


def test_future_actions_look_forward_from_publication() -> None:
    assert _values("Kendall will make a statement on Monday.", future=True) == ["2026-01-19"]
    assert _values("The offence will come into force on Thursday.", future=True) == ["2026-01-15"]


def test_next_and_last_weekday() -> None:
    assert _values("The committee meets next Tuesday.") == ["2026-01-20"]
    assert _values("The committee met last Wednesday.") == ["2026-01-07"]


def test_without_publication_date_words_are_kept() -> None:
    assert _values("Ofcom acted on Monday.", published=None) == ["Monday"]


@pytest.mark.parametrize(
    "text",
    [
        "Theresa May said the regulator may act.",
        "The company could mar its reputation.",
        "Ofcom has 200 staff working on online safety.",
        "It cost 2,000 pounds.",
    ],
)
def test_non_timing_words_are_ignored(text: str) -> None:
    assert _values(text) == []


def test_resolve_when_picks_the_phrase_nearest_the_anchor() -> None:
    text = "On Monday the regulator said it would publish guidance by the end of the month."
    anchor = text.index("publish")
    assert resolve_when(text, anchor, published=PUBLISHED) == "by the end of the month"
    assert resolve_when("No timing at all here.", 3, published=PUBLISHED) is None
