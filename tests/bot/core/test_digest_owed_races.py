"""Owed digest stories under pressure (found by review): a story cut by the cap stays owed, two digests built at
once for one channel carry a story once, and a slot a /digest now already covered is not posted again."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterable
from datetime import datetime, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.delivery import OutboxWorker
from bot.core.digest_service import DigestService
from bot.models import Story
from bot.store.discord_repo import DiscordRepo
from bot.store.stories import StoryStore
from tests.bot.core.fakes_d1 import T0, FixedClock, RecordingPublisher, insert_stories, story
from tests.bot.core.test_digest_owed import posted, refusing_channel


@pytest.fixture
def engine(any_engine: AsyncEngine) -> AsyncEngine:
    return any_engine


class MeetingStories:
    """The real StoryStore, but the first `between` call waits (up to a second) for a second one to start: two digests
    of one channel built at the same time (the scheduler's job and a /digest now interleave on one event loop)."""

    def __init__(self, inner: StoryStore) -> None:
        self._inner = inner
        self._second = asyncio.Event()
        self._calls = 0

    async def between(
        self, start: datetime, end: datetime, relevant_only: bool = True, *, guild_id: int | None = None
    ) -> list[Story]:
        self._calls += 1
        if self._calls == 1:  # hold the first build until the second one starts (if it can start at all)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._second.wait(), 1.0)
        elif self._calls == 2:
            self._second.set()
        return await self._inner.between(start, end, relevant_only=relevant_only, guild_id=guild_id)

    async def by_ids(
        self, story_ids: Iterable[str], relevant_only: bool = True, *, guild_id: int | None = None
    ) -> list[Story]:
        return await self._inner.by_ids(story_ids, relevant_only, guild_id=guild_id)


async def test_owed_stories_cut_by_max_stories_are_not_lost(engine: AsyncEngine) -> None:
    # Two refused digests owe a and b; the next digest is full of newer stories and keeps only 2 of 4 candidates.
    clock = FixedClock(T0)
    repo = DiscordRepo(engine)
    digests = DigestService(repo, StoryStore(engine), clock, max_stories=2)
    await insert_stories(engine, [story("a", "Ofcom opens Grok inquiry", first_seen=T0 - timedelta(hours=2))])
    await digests.post_now(guild_id=1, channel_id=60, requested_by=9)
    clock.advance(minutes=1)
    await insert_stories(engine, [story("b", "X answers Ofcom", first_seen=clock.now() - timedelta(seconds=30))])
    await digests.post_now(guild_id=1, channel_id=60, requested_by=9)
    await OutboxWorker(repo, refusing_channel(60), clock, jitter=lambda: 1.0, base_delay_s=10).run_once()
    assert await repo.owed_stories(60) == {"a", "b"}
    clock.advance(hours=5)
    await insert_stories(
        engine,
        [
            story("c", "EU Commission fines X over Grok", first_seen=clock.now() - timedelta(minutes=5), score=0.9),
            story("d", "Ireland's DPC widens Grok probe", first_seen=clock.now() - timedelta(minutes=4), score=0.9),
        ],
    )
    up = RecordingPublisher()
    w = OutboxWorker(repo, up, clock, jitter=lambda: 1.0, base_delay_s=10)
    for _ in range(3):  # the permission is back: a few /digest now in a row
        clock.advance(minutes=5)
        await digests.post_now(guild_id=1, channel_id=60, requested_by=9)
        await w.run_once()
    # a and b were owed to the channel: a later digest must still carry what the full one had no room for
    assert {"a", "b"} <= set(posted(up)), posted(up)


@pytest.mark.parametrize("other", ["digest_now", "scheduled"])
async def test_two_digests_built_at_once_post_an_owed_story_once(engine: AsyncEngine, other: str) -> None:
    clock = FixedClock(T0)
    repo = DiscordRepo(engine)
    store = StoryStore(engine)
    await insert_stories(engine, [story("a", "Ofcom opens Grok inquiry", first_seen=T0 - timedelta(minutes=30))])
    await DigestService(repo, store, clock).schedule(
        guild_id=1, channel_id=60, time="00:00", created_by=7, frequency="hourly"
    )
    clock.advance(minutes=1)
    await DigestService(repo, store, clock).post_now(guild_id=1, channel_id=60, requested_by=9)
    await OutboxWorker(repo, refusing_channel(60), clock, jitter=lambda: 1.0, base_delay_s=10).run_once()
    assert "a" in await repo.owed_stories(60)
    # the refusal disabled the channel's schedule; the permission is fixed and the schedule turned back on
    await DigestService(repo, store, clock).schedule(
        guild_id=1, channel_id=60, time="00:00", created_by=7, frequency="hourly"
    )
    clock.advance(minutes=59)  # 10:00: the hourly slot is due just as a member types /digest now
    digests = DigestService(repo, MeetingStories(store), clock)
    second = (
        digests.post_now(guild_id=1, channel_id=60, requested_by=8)
        if other == "digest_now"
        else digests.due(clock.now())
    )
    await asyncio.gather(digests.post_now(guild_id=1, channel_id=60, requested_by=9), second)
    up = RecordingPublisher()
    w = OutboxWorker(repo, up, clock, jitter=lambda: 1.0, base_delay_s=10)
    for _ in range(3):
        await w.run_once()
    assert posted(up).count("a") == 1, posted(up)


async def test_digest_now_just_after_a_slot_then_the_slot_job_does_not_repost(engine: AsyncEngine) -> None:
    # Pre-existing (not from 2974e4e): the digest job ticks every digests_interval_s; a /digest now answered between
    # the slot instant and the job's tick records window_end = now, then the job records window_end = slot (earlier)
    # and moves the channel's state back: what /digest now showed after the slot comes again in the next digest.
    clock = FixedClock(T0)
    repo = DiscordRepo(engine)
    digests = DigestService(repo, StoryStore(engine), clock)
    await digests.schedule(guild_id=1, channel_id=60, time="00:00", created_by=7, frequency="hourly")
    clock.advance(minutes=60, seconds=5)  # 10:00:05
    await insert_stories(
        engine, [story("a", "Ofcom opens Grok inquiry", first_seen=T0 + timedelta(minutes=60, seconds=2))]
    )
    now_digest = await digests.post_now(guild_id=1, channel_id=60, requested_by=9)
    assert [i.story_id for i in now_digest.items] == ["a"]
    clock.advance(seconds=25)  # 10:00:30: the digest job's tick handles the 10:00 slot
    await digests.due(clock.now())
    clock.advance(hours=1)  # 11:00:30: the next slot
    await digests.due(clock.now())
    up = RecordingPublisher()
    w = OutboxWorker(repo, up, clock, jitter=lambda: 1.0, base_delay_s=10)
    for _ in range(3):
        await w.run_once()
    assert posted(up).count("a") == 1, posted(up)
