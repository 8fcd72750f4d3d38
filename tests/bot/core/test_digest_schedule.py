"""Digest schedules: run-time arithmetic (hourly/daily/weekly, time zones, DST) and DigestService over real SQLite
(due slots enqueue once, grace window for missed slots, restart never resends, consecutive digests never repeat)."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.digest_schedule import last_run_at_or_before, next_run_after, parse_schedule
from bot.core.digest_service import DigestService
from bot.core.digests import digest_from_dict
from bot.errors import UserInputError
from bot.store.discord_repo import DiscordRepo
from bot.store.stories import StoryStore
from tests.bot.core.fakes_d1 import T0, FixedClock, insert_stories, story


@pytest.fixture
def engine(any_engine: AsyncEngine) -> AsyncEngine:
    """Every test here runs on SQLite and, when GROKWATCH_TEST_POSTGRES_URL is set, on PostgreSQL too."""
    return any_engine


def sched(time: str, tz: str = "UTC", frequency: str = "daily", weekday: str | None = None):  # type: ignore[no-untyped-def]
    return parse_schedule(
        guild_id=1, channel_id=2, time=time, created_by=3, tz=tz, frequency=frequency, weekday=weekday
    )


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_daily_in_a_zone_follows_local_time_across_dst() -> None:
    s = sched("08:00", "Europe/London")
    assert next_run_after(s, utc(2026, 3, 28, 12)) == utc(2026, 3, 29, 7)  # BST: 08:00 local = 07:00 UTC
    assert next_run_after(s, utc(2026, 1, 10, 12)) == utc(2026, 1, 11, 8)  # GMT
    assert next_run_after(s, utc(2026, 1, 11, 8)) == utc(2026, 1, 12, 8)  # strictly after
    assert last_run_at_or_before(s, utc(2026, 1, 11, 8)) == utc(2026, 1, 11, 8)


def test_times_inside_dst_changes_run_exactly_once_a_day() -> None:
    for day in ((2026, 3, 28), (2026, 10, 24)):  # spring forward (01:30 does not exist), fall back (happens twice)
        s = sched("01:30", "Europe/London")
        t, runs, end = utc(*day), [], utc(*day) + timedelta(days=3)
        while (t := next_run_after(s, t)) < end:
            runs.append(t)
        assert len(runs) == 3
        assert all(b - a >= timedelta(hours=23) for a, b in itertools.pairwise(runs))


def test_hourly_uses_the_local_minute() -> None:
    assert next_run_after(sched("00:15", "UTC", "hourly"), utc(2026, 5, 1, 10, 20)) == utc(2026, 5, 1, 11, 15)
    # Kolkata is UTC+5:30: local :15 is UTC :45
    assert next_run_after(sched("09:15", "Asia/Kolkata", "hourly"), utc(2026, 5, 1, 10, 0)) == utc(2026, 5, 1, 10, 45)


def test_weekly_on_a_weekday() -> None:
    s = sched("09:00", "America/New_York", "weekly", "friday")
    first = next_run_after(s, utc(2026, 11, 22, 12))  # a Sunday
    assert first == utc(2026, 11, 27, 14)  # Friday 09:00 EST
    assert next_run_after(s, first) == first + timedelta(days=7)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("utc", "UTC"), ("europe/london", "Europe/London"), ("America/New York", "America/New_York"), ("UTC", "UTC")],
)
def test_a_zone_typed_in_another_case_or_with_spaces_is_stored_as_iana_spells_it(typed: str, stored: str) -> None:
    # Was: "Unknown timezone 'utc'" (zone names are file names; the file system is case-sensitive)
    spec = parse_schedule(guild_id=1, channel_id=2, created_by=3, time="08:00", tz=typed)
    assert spec.tz == stored


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"time": "25:00"}, "HH:MM"),
        ({"time": "8am"}, "HH:MM"),
        ({"time": "08:00", "tz": "Mars/Olympus"}, "Unknown timezone"),
        ({"time": "08:00", "frequency": "monthly"}, "Frequency"),
        ({"time": "08:00", "frequency": "weekly"}, "needs a weekday"),
        ({"time": "08:00", "frequency": "weekly", "weekday": "funday"}, "Unknown weekday"),
    ],
)
def test_bad_schedules_are_refused(kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(UserInputError, match=message):
        parse_schedule(guild_id=1, channel_id=2, created_by=3, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"time": "8" * 6000},
        {"time": "08:00", "frequency": "m" * 6000},
        {"time": "08:00", "frequency": "weekly", "weekday": "w" * 6000},
    ],
)
def test_a_pasted_paragraph_is_quoted_short_so_the_reason_fits_the_reply(kwargs: dict[str, str]) -> None:
    # Was: the whole value was echoed; a 6,000-character option made a reply the 2,000-character cut ended before
    # the explanation of what is wrong.
    with pytest.raises(UserInputError) as refused:
        parse_schedule(guild_id=1, channel_id=2, created_by=3, **kwargs)  # type: ignore[arg-type]
    assert len(str(refused.value)) < 200 and str(refused.value).endswith(".")


# ---- DigestService over SQLite ----------------------------------------------------------------------------------


def service(engine: AsyncEngine, clock: FixedClock, **kw: object) -> tuple[DigestService, DiscordRepo]:
    repo = DiscordRepo(engine)
    return DigestService(repo, StoryStore(engine), clock, **kw), repo  # type: ignore[arg-type]


async def digests(repo: DiscordRepo) -> list[list[str]]:
    return [
        [i.story_id for i in digest_from_dict(r.payload["digest"]).items] for r in await repo.outbox_rows(kind="digest")
    ]


async def test_due_slot_enqueues_once_and_restart_does_not_resend(engine: AsyncEngine) -> None:
    clock = FixedClock(T0)  # 09:00 UTC
    svc, repo = service(engine, clock)
    await svc.schedule(guild_id=1, channel_id=50, time="10:00", created_by=7)
    await insert_stories(engine, [story("a", "Grok probe widens", first_seen=T0 + timedelta(minutes=10))])
    assert await svc.due(T0 + timedelta(minutes=59)) == []
    runs = await svc.due(T0 + timedelta(hours=1, seconds=5))
    assert [(r.outcome, r.stories) for r in runs] == [("enqueued", 1)]
    assert await svc.due(T0 + timedelta(hours=1, minutes=1)) == []
    restarted, _ = service(engine, clock)
    assert await restarted.due(T0 + timedelta(hours=1, minutes=2)) == []
    assert await digests(repo) == [["a"]]
    row = (await repo.outbox_rows(kind="digest"))[0]
    assert (row.target_type, row.target_id, row.guild_id) == ("channel", 50, 1)


async def test_missed_slot_within_grace_is_sent_once_on_start(engine: AsyncEngine) -> None:
    clock = FixedClock(T0)
    svc, repo = service(engine, clock, grace_minutes=180)
    await svc.schedule(guild_id=1, channel_id=50, time="10:00", created_by=7)
    await insert_stories(engine, [story("a", "Grok probe widens", first_seen=T0 + timedelta(minutes=10))])
    back = T0 + timedelta(hours=3)  # down from 09:30 to 12:00; the 10:00 slot is 2 h old
    assert [r.outcome for r in await svc.due(back)] == ["enqueued"]
    assert [r.outcome for r in await service(engine, clock)[0].due(back + timedelta(minutes=1))] == []
    assert await digests(repo) == [["a"]]


async def test_missed_slot_beyond_grace_is_skipped_and_its_stories_roll_over(engine: AsyncEngine) -> None:
    clock = FixedClock(T0)
    svc, repo = service(engine, clock, grace_minutes=180)
    await svc.schedule(guild_id=1, channel_id=50, time="10:00", created_by=7)
    await insert_stories(engine, [story("a", "Grok probe widens", first_seen=T0 + timedelta(minutes=10))])
    back = T0 + timedelta(hours=5)  # the 10:00 slot is 4 h old
    assert [r.outcome for r in await svc.due(back)] == ["missed"]
    assert await svc.due(back) == []
    assert await repo.outbox_rows(kind="digest") == []
    # The next day's digest still carries the story from the skipped window.
    assert [r.outcome for r in await svc.due(T0 + timedelta(days=1, hours=1))] == ["enqueued"]
    assert await digests(repo) == [["a"]]


async def test_consecutive_digests_never_repeat_a_story(engine: AsyncEngine) -> None:
    clock = FixedClock(T0)
    svc, repo = service(engine, clock)
    await insert_stories(engine, [story("a", "Grok probe widens", first_seen=T0 - timedelta(hours=2))])
    first = await svc.post_now(guild_id=1, channel_id=50)
    clock.advance(minutes=30)
    await insert_stories(engine, [story("b", "Ofcom writes to X", first_seen=clock.now() - timedelta(minutes=5))])
    second = await svc.post_now(guild_id=1, channel_id=50)
    assert [i.story_id for i in first.items] == ["a"]
    assert [i.story_id for i in second.items] == ["b"]
    assert await digests(repo) == [["a"], ["b"]]


async def test_quiet_window_note_or_nothing(engine: AsyncEngine) -> None:
    clock = FixedClock(T0)
    svc, repo = service(engine, clock, quiet_note=True)
    await svc.schedule(guild_id=1, channel_id=50, time="10:00", created_by=7)
    assert [r.outcome for r in await svc.due(T0 + timedelta(hours=1))] == ["enqueued"]
    rows = await repo.outbox_rows(kind="digest")
    assert [(r.target_id, r.payload["digest"]["items"]) for r in rows] == [(50, [])]  # the renderer's short note
    quiet_svc, _ = service(engine, clock, quiet_note=False)
    assert [r.outcome for r in await quiet_svc.due(T0 + timedelta(days=1, hours=1))] == ["quiet"]
    assert len(await repo.outbox_rows(kind="digest")) == 1


async def test_show_and_off(engine: AsyncEngine) -> None:
    clock = FixedClock(T0)
    svc, _ = service(engine, clock)
    saved = await svc.schedule(
        guild_id=1, channel_id=50, time="7:05", tz="Europe/Paris", frequency="weekly", weekday="mon", created_by=7
    )
    assert saved.describe() == "weekly on Monday at 07:05 (Europe/Paris)"
    assert await svc.off(1) == 1
    shown = await svc.show(1)
    assert [(s.enabled, s.disabled_reason) for s in shown] == [(False, "turned off with /digest off")]
    assert await svc.due(T0 + timedelta(days=8)) == []
