"""A digest that is never posted after a later one was already built (two refused /digest now in a row, an outage
longer than the delivery retries spanning two scheduled digests) still gets its stories to the channel: the give-up
records them as owed and the next digest carries them whatever its window (review v8). SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.delivery import OutboxWorker
from bot.core.digest_service import DigestService
from bot.core.housekeeping import Housekeeping
from bot.core.ports import SendResult
from bot.store.db import migrate
from bot.store.discord_repo import DiscordRepo
from bot.store.stories import StoryStore
from tests.bot.core.fakes_d1 import T0, FixedClock, RecordingPublisher, insert_stories, story
from tests.bot.store.migration_steps import downgrade


@pytest.fixture
def engine(any_engine: AsyncEngine) -> AsyncEngine:
    return any_engine


def refusing_channel(channel_id: int) -> RecordingPublisher:
    return RecordingPublisher(
        script=lambda _kind, target, _m: (
            SendResult("forbidden", "Missing Access") if target == channel_id else SendResult("sent")
        )
    )


def posted(publisher: RecordingPublisher) -> list[str]:
    digests = [s.message.payload["digest"] for s in publisher.sent if s.message.kind == "digest"]
    return [i["story_id"] for d in digests for i in d["items"]]


async def two_refused_digests(engine: AsyncEngine, clock: FixedClock) -> tuple[DiscordRepo, DigestService]:
    """/digest now twice in channel 60 (the second built while the first was pending), both then refused."""
    repo = DiscordRepo(engine)
    digests = DigestService(repo, StoryStore(engine), clock)
    await insert_stories(engine, [story("a", "Ofcom opens Grok inquiry", first_seen=T0 - timedelta(hours=2))])
    first = await digests.post_now(guild_id=1, channel_id=60, requested_by=9)
    assert [i.story_id for i in first.items] == ["a"]
    clock.advance(minutes=1)
    await insert_stories(engine, [story("b", "X answers Ofcom", first_seen=clock.now() - timedelta(seconds=30))])
    second = await digests.post_now(guild_id=1, channel_id=60, requested_by=9)
    assert [i.story_id for i in second.items] == ["b"]
    w = OutboxWorker(repo, refusing_channel(60), clock, jitter=lambda: 1.0, base_delay_s=10)
    assert (await w.run_once()).failed == 2  # neither was posted
    return repo, digests


async def test_two_refused_digests_in_a_row_keep_the_first_ones_stories(engine: AsyncEngine) -> None:
    clock = FixedClock(T0)
    repo, digests = await two_refused_digests(engine, clock)
    assert await repo.owed_stories(60) == {"a", "b"}
    clock.advance(minutes=20)  # permission fixed
    third = await digests.post_now(guild_id=1, channel_id=60, requested_by=9)
    assert sorted(i.story_id for i in third.items) == ["a", "b"]
    assert await repo.owed_stories(60) == frozenset()  # taken up by the third digest, in its own transaction
    up = RecordingPublisher()
    await OutboxWorker(repo, up, clock, jitter=lambda: 1.0, base_delay_s=10).run_once()
    assert sorted(posted(up)) == ["a", "b"]
    clock.advance(minutes=5)
    assert (await digests.post_now(guild_id=1, channel_id=60, requested_by=9)).items == ()  # shown once only


async def test_owed_stories_outlive_housekeeping_and_a_third_failure(engine: AsyncEngine) -> None:
    clock = FixedClock(T0)
    repo, digests = await two_refused_digests(engine, clock)
    clock.advance(days=40)
    assert (await Housekeeping(repo, clock, retention_days=30).run_once()).total >= 1  # old refusals pruned
    third = await digests.post_now(guild_id=1, channel_id=60, requested_by=9)
    assert sorted(i.story_id for i in third.items) == ["a", "b"]
    await OutboxWorker(repo, refusing_channel(60), clock, jitter=lambda: 1.0, base_delay_s=10).run_once()
    assert await repo.owed_stories(60) == {"a", "b"}  # refused again: owed again
    clock.advance(minutes=5)
    fourth = await digests.post_now(guild_id=1, channel_id=60, requested_by=9)
    assert sorted(i.story_id for i in fourth.items) == ["a", "b"]


async def test_an_outage_longer_than_the_retries_spanning_two_hourly_digests_loses_nothing(
    engine: AsyncEngine,
) -> None:
    # Discord (or the bot host's network) down ~2.5 h; an hourly schedule; delivery gives up after its retries (~1 h
    # of backoff): the digest of one hour is still being retried when the next one is built.
    clock = FixedClock(T0)
    repo = DiscordRepo(engine)
    digests = DigestService(repo, StoryStore(engine), clock)
    await digests.schedule(guild_id=1, channel_id=50, time="00:00", created_by=7, frequency="hourly")
    await digests.due(T0)
    down = RecordingPublisher(script=lambda *_: SendResult("retry", "503 Service Unavailable"))
    w = OutboxWorker(repo, down, clock, jitter=lambda: 1.0, base_delay_s=10)
    await w.run_once()
    await insert_stories(engine, [story("a", "Ofcom opens Grok inquiry", first_seen=T0 + timedelta(minutes=10))])
    for minute in range(1, 181):  # 3 hours, the worker running every minute, the scheduler too
        clock.advance(minutes=1)
        if minute == 70:
            await insert_stories(engine, [story("b", "X answers Ofcom", first_seen=clock.now())])
        await digests.due(clock.now())
        if minute < 150:
            await w.run_once()
    up = RecordingPublisher()
    w_up = OutboxWorker(repo, up, clock, jitter=lambda: 1.0, base_delay_s=10)
    clock.advance(hours=1)
    await digests.due(clock.now())
    for _ in range(5):
        await w_up.run_once()
    assert sorted(set(posted(up))) == ["a", "b"]
    assert sorted(posted(up)) == ["a", "b"]  # each once


async def test_migration_0004_digest_owed_adds_the_owed_table(engine: AsyncEngine) -> None:
    async with engine.begin() as conn:
        await conn.run_sync(downgrade, "0003_outbox_digest_lookup")
        tables = await conn.run_sync(lambda c: sa.inspect(c).get_table_names())
        assert "digest_owed" not in tables and "digest_channels" in tables
    await migrate(engine)
    async with engine.connect() as conn:
        heads = {r[0] for r in await conn.execute(sa.text("SELECT version_num FROM alembic_version"))}
        assert heads & {"0004_digest_owed", "0007_guild_removed_at"}  # this revision or a later one on its branch
    assert await DiscordRepo(engine).owed_stories(60) == frozenset()
