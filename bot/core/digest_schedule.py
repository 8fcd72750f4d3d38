"""Digest schedules: per guild channel, HH:MM in a timezone, hourly | daily | weekly, plus the run-time arithmetic.

`next_run_after` / `last_run_at_or_before` are pure. Times are wall-clock in the schedule's zone (zoneinfo): a daily
08:00 Europe/London digest runs at 08:00 local on both sides of a DST change. A wall time that does not exist (spring
forward) runs at the same instant as the first valid time after the gap; an ambiguous one (fall back) runs once, at
its first occurrence. Hourly schedules use only the minute (local minute, so half-hour zones work).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from bot.errors import UserInputError

Frequency = Literal["hourly", "daily", "weekly"]
FREQUENCIES: tuple[Frequency, ...] = ("hourly", "daily", "weekly")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
PERIOD: dict[str, timedelta] = {"hourly": timedelta(hours=1), "daily": timedelta(days=1), "weekly": timedelta(days=7)}
_HHMM = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")


@dataclass(frozen=True, slots=True)
class ScheduleSpec:
    """A validated schedule request (what `/digest schedule` asks for)."""

    guild_id: int
    channel_id: int
    time: str
    tz: str
    frequency: Frequency
    weekday: int | None
    created_by: int


@dataclass(frozen=True, slots=True)
class DigestSchedule:
    """A stored schedule; `last_run_at` is the last slot handled (sent, or skipped as missed)."""

    id: int
    guild_id: int
    channel_id: int
    time: str
    tz: str
    frequency: Frequency
    weekday: int | None
    created_by: int
    enabled: bool = True
    last_run_at: datetime | None = None
    last_story_ids: tuple[str, ...] = ()
    disabled_reason: str | None = None
    created_at: datetime | None = None

    def describe(self) -> str:
        """Human summary, e.g. "weekly on Monday at 08:00 (Europe/London)"."""
        return describe(self)


def describe(s: ScheduleSpec | DigestSchedule) -> str:
    """Human summary of a schedule's timing."""
    if s.frequency == "hourly":
        return f"hourly at :{s.time[-2:]} ({s.tz})"
    if s.frequency == "weekly" and s.weekday is not None:
        return f"weekly on {WEEKDAYS[s.weekday].title()} at {s.time} ({s.tz})"
    return f"daily at {s.time} ({s.tz})"


def parse_schedule(
    *,
    guild_id: int,
    channel_id: int,
    time: str,
    created_by: int,
    tz: str = "UTC",
    frequency: str = "daily",
    weekday: str | int | None = None,
) -> ScheduleSpec:
    """Validate user input into a ScheduleSpec; raises UserInputError naming the bad option."""
    m = _HHMM.fullmatch(time.strip())
    if not m:
        # shown short: a pasted paragraph would push the explanation past the 2,000-character reply
        raise UserInputError(f"Time {time[:20]!r} is not HH:MM (24-hour), e.g. 08:30.")
    hhmm = f"{int(m.group(1)):02d}:{m.group(2)}"
    zone_name = canonical_zone((tz or "UTC").strip())
    try:
        ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        # OSError: a zone key is looked up as a file, so "Europe" (a directory) or a 300-character name fails there
        shown = zone_name[:60]
        raise UserInputError(f"Unknown timezone {shown!r}: use a name like Europe/London or UTC.") from None
    freq = frequency.strip().lower()
    if freq not in FREQUENCIES:
        raise UserInputError(f"Frequency must be one of {', '.join(FREQUENCIES)}, not {frequency[:20]!r}.")
    day = _weekday(weekday) if freq == "weekly" else None
    if freq == "weekly" and day is None:
        raise UserInputError("A weekly digest needs a weekday (monday … sunday).")
    return ScheduleSpec(guild_id, channel_id, hhmm, zone_name, freq, day, created_by)


@cache
def _zones_by_key() -> dict[str, str]:
    return {_zone_key(name): name for name in available_timezones()}


def _zone_key(name: str) -> str:
    return name.casefold().replace(" ", "_")


def canonical_zone(name: str) -> str:
    """The IANA spelling of a zone typed in another case or with spaces ("utc", "america/new york"); zone keys are
    file names, so a case-sensitive file system refuses those as typed. Unknown names come back unchanged."""
    return _zones_by_key().get(_zone_key(name), name)


def _weekday(value: str | int | None) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, int):
        if 0 <= value <= 6:
            return value
        raise UserInputError("Weekday must be 0 (Monday) … 6 (Sunday).")
    low = value.strip().lower()
    for i, name in enumerate(WEEKDAYS):
        if low and name.startswith(low) and len(low) >= 2:
            return i
    raise UserInputError(f"Unknown weekday {value[:20]!r}: use monday … sunday.")


def _aware(t: datetime) -> datetime:
    return t.replace(tzinfo=UTC) if t.tzinfo is None else t


def _wall(zone: ZoneInfo, day: date, at: time) -> datetime:
    """UTC instant of wall time `at` on `day` (fold=0: first occurrence; a gap time lands just after the gap)."""
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)


def _slots_around(s: ScheduleSpec | DigestSchedule, t: datetime) -> list[datetime]:
    """Candidate run instants near t (a few periods either side), sorted and unique."""
    zone = ZoneInfo(s.tz)
    hh, mm = (int(x) for x in s.time.split(":"))
    if s.frequency == "hourly":
        base = t.astimezone(UTC).replace(minute=0, second=0, microsecond=0)
        out = []
        for k in range(-2, 3):
            hour = base + timedelta(hours=k)
            offset = hour.astimezone(zone).utcoffset() or timedelta()
            local_minute = int(offset.total_seconds() // 60) % 60
            out.append(hour + timedelta(minutes=(mm - local_minute) % 60))
        return sorted(set(out))
    local_day = t.astimezone(zone).date()
    days = [local_day + timedelta(days=k) for k in range(-8, 9)]
    if s.frequency == "weekly":
        days = [d for d in days if d.weekday() == s.weekday]
    return sorted({_wall(zone, d, time(hh, mm)) for d in days})


def next_run_after(s: ScheduleSpec | DigestSchedule, t: datetime) -> datetime:
    """The first run instant strictly after t (UTC)."""
    t = _aware(t)
    return next(c for c in _slots_around(s, t) if c > t)


def last_run_at_or_before(s: ScheduleSpec | DigestSchedule, t: datetime) -> datetime:
    """The latest run instant at or before t (UTC)."""
    t = _aware(t)
    return [c for c in _slots_around(s, t) if c <= t][-1]
