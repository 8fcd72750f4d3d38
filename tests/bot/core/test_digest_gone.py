"""Digest state for channels that are gone: a channel Discord answers 404 Unknown Channel for twice, ten minutes
apart, is deleted for good (snowflakes are never reused), so its owed stories and digest state are dropped with a log
line; a single such answer (Discord in an incident) forgets nothing; a 403 keeps them (permissions can come back); a
guild that removed the bot has its digests turned off and its channels forgotten, and other guilds' channels are
untouched. SQLite and PostgreSQL."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.delivery import OutboxWorker
from bot.core.digest_service import DigestService
from bot.core.ports import OutgoingMessage, SendResult
from bot.store.discord_repo import DiscordRepo
from bot.store.stories import StoryStore
from tests.bot.core.fakes_d1 import T0, FixedClock, RecordingPublisher, insert_stories, story

GONE = SendResult("gone", "404 10003: Unknown Channel")
FORBIDDEN = SendResult("forbidden", "403 50001: Missing Access")


@pytest.fixture
def engine(any_engine: AsyncEngine) -> AsyncEngine:
    return any_engine


def answering(answers: dict[int, SendResult]) -> RecordingPublisher:
    return RecordingPublisher(script=lambda _kind, target, _m: answers.get(target, SendResult("sent")))


async def setup(engine: AsyncEngine, clock: FixedClock) -> tuple[DiscordRepo, DigestService]:
    repo = DiscordRepo(engine)
    digests = DigestService(repo, StoryStore(engine), clock)
    await insert_stories(engine, [story("a", "Ofcom opens Grok inquiry", first_seen=T0 - timedelta(hours=1))])
    return repo, digests


async def deliver_confirming_gone(repo: DiscordRepo, pub: RecordingPublisher, clock: FixedClock) -> None:
    """Deliver, then again ten minutes later: a first "gone" is only believed when a second one confirms it."""
    await OutboxWorker(repo, pub, clock, jitter=lambda: 1.0).run_once()
    clock.advance(minutes=10)
    await OutboxWorker(repo, pub, clock, jitter=lambda: 1.0).run_once()


async def refused_in(repo: DiscordRepo, digests: DigestService, clock: FixedClock, result: SendResult) -> None:
    """/digest now in channels 60 (guild 1) and 70 (guild 2), then delivery: 60 answers `result`, 70 a 403."""
    await digests.post_now(guild_id=1, channel_id=60, requested_by=9)
    await digests.post_now(guild_id=2, channel_id=70, requested_by=9)
    await OutboxWorker(repo, answering({60: result, 70: FORBIDDEN}), clock, jitter=lambda: 1.0).run_once()


async def test_a_deleted_channel_owes_nothing_and_is_forgotten(
    engine: AsyncEngine, caplog: pytest.LogCaptureFixture
) -> None:
    clock = FixedClock(T0)
    repo, digests = await setup(engine, clock)
    await refused_in(repo, digests, clock, FORBIDDEN)
    assert await repo.owed_stories(60) == {"a"}  # a 403 first: owed, permissions may come back
    clock.advance(minutes=5)
    await digests.post_now(guild_id=1, channel_id=60, requested_by=9)
    with caplog.at_level(logging.INFO, logger="bot.core.delivery"):
        await deliver_confirming_gone(repo, answering({60: GONE}), clock)
    assert await repo.owed_stories(60) == frozenset()  # then the channel was deleted: nothing left owed there
    assert await repo.channel_state(60) is None
    assert any("channel 60" in r.getMessage() and "forgotten" in r.getMessage() for r in caplog.records)
    assert await repo.owed_stories(70) == {"a"}  # another guild's refused channel keeps its stories


async def test_a_scheduled_digest_to_a_deleted_channel_is_turned_off_and_says_so(engine: AsyncEngine) -> None:
    clock = FixedClock(T0)
    repo, digests = await setup(engine, clock)
    await repo.set_notice_channel(1, 61, now=T0)
    await digests.schedule(guild_id=1, channel_id=60, time="09:30", created_by=7)
    clock.advance(minutes=31)
    await digests.due(clock.now())
    pub = answering({60: GONE})
    await deliver_confirming_gone(repo, pub, clock)
    await OutboxWorker(repo, pub, clock, jitter=lambda: 1.0).run_once()  # the notice
    (schedule,) = await repo.schedules(1)
    assert not schedule.enabled and "no longer exists" in (schedule.disabled_reason or "")
    assert await repo.owed_stories(60) == frozenset()
    (notice,) = [s for s in pub.sent if s.message.kind == "notice"]
    assert notice.target_id == 61
    text = notice.message.payload["text"]
    assert "deleted" in text and "next digest there" not in text  # no promise a deleted channel cannot keep


async def test_one_unknown_channel_answer_in_an_incident_forgets_nothing(engine: AsyncEngine) -> None:
    # Was: the first 404 10003 (which Discord has answered for live channels during incidents) turned the digest off,
    # dropped the channel's owed stories and digest state for good and told the guild its channel was deleted.
    clock = FixedClock(T0)
    repo, digests = await setup(engine, clock)
    await repo.set_notice_channel(1, 61, now=T0)
    await digests.post_now(guild_id=1, channel_id=60, requested_by=9)
    await OutboxWorker(repo, answering({60: FORBIDDEN}), clock, jitter=lambda: 1.0).run_once()
    assert await repo.owed_stories(60) == {"a"}  # refused once (403): owed to the channel's next digest
    await digests.schedule(guild_id=1, channel_id=60, time="09:30", created_by=7)
    clock.advance(minutes=31)
    await digests.due(clock.now())
    answers = [GONE, SendResult("sent")]
    pub = RecordingPublisher(script=lambda _k, t, _m: answers.pop(0) if t == 60 and answers else SendResult("sent"))
    await OutboxWorker(repo, pub, clock, jitter=lambda: 1.0).run_once()
    (schedule,) = await repo.schedules(1)
    assert schedule.enabled and await repo.channel_state(60) is not None  # nothing forgotten on one answer
    [waiting] = await repo.outbox_rows(kind="digest", status="pending")
    assert (waiting.last_error or "").startswith("gone, to be confirmed")
    clock.advance(minutes=10)
    await OutboxWorker(repo, pub, clock, jitter=lambda: 1.0).run_once()
    assert [(s.target_id, s.message.kind) for s in pub.sent if s.target_id == 60] == [(60, "digest")]
    assert all("deleted" not in str(s.message.payload.get("text")) for s in pub.sent)  # nobody told "deleted"
    (schedule,) = await repo.schedules(1)
    assert schedule.enabled and schedule.disabled_reason is None
    assert await repo.channel_state(60) is not None and await repo.owed_stories(60) == frozenset()  # carried


async def test_a_guild_that_removed_the_bot_forgets_its_digests(engine: AsyncEngine) -> None:
    clock = FixedClock(T0)
    repo, digests = await setup(engine, clock)
    await digests.schedule(guild_id=1, channel_id=50, time="09:30", created_by=7)
    await refused_in(repo, digests, clock, FORBIDDEN)
    await digests.post_now(guild_id=1, channel_id=50, requested_by=9)  # pending when the bot is removed
    assert await repo.owed_stories(60) == {"a"}

    assert await digests.forget_guild(1) == 1  # one schedule was on
    (schedule,) = await repo.schedules(1)
    assert not schedule.enabled and "removed" in (schedule.disabled_reason or "")
    assert await repo.owed_stories(60) == frozenset()
    assert await repo.channel_state(60) is None and await repo.channel_state(50) is None
    pub = RecordingPublisher()
    await OutboxWorker(repo, pub, clock, jitter=lambda: 1.0).run_once()
    # the pending digest for the removed guild is dropped (the DM notices about the earlier refusals still go)
    assert [s.target_id for s in pub.sent if s.target_type == "channel"] == []
    assert await repo.owed_stories(70) == {"a"}  # guild 2 untouched
    assert await repo.channel_state(70) is not None


async def test_a_notice_the_guild_channel_refuses_goes_to_the_configuring_member(engine: AsyncEngine) -> None:
    # Was: the notice that a digest was turned off went to the guild's notice/system channel only; when that channel
    # refused it too (a 403 there as well), it was dropped and nobody was told.
    clock = FixedClock(T0)
    repo, digests = await setup(engine, clock)
    await repo.upsert_guild(1, system_channel_id=61, now=T0)
    await digests.schedule(guild_id=1, channel_id=60, time="09:30", created_by=7)
    clock.advance(minutes=31)
    await digests.due(clock.now())
    pub = answering({60: FORBIDDEN, 61: FORBIDDEN})
    for _ in range(3):
        await OutboxWorker(repo, pub, clock, jitter=lambda: 1.0).run_once()
    [told] = [s for s in pub.sent if s.message.kind == "notice"]
    assert (told.target_type, told.target_id) == ("user", 7)
    assert "has been turned off" in told.message.payload["text"] and "<#60>" in told.message.payload["text"]


async def test_a_digest_in_flight_when_the_guild_removed_the_bot_owes_nothing(engine: AsyncEngine) -> None:
    # Was: the digest being sent while the guild removed the bot came back 403 after the guild was forgotten and
    # owed its stories to that channel again: rows no digest would ever take up.
    clock = FixedClock(T0)
    repo, digests = await setup(engine, clock)
    await digests.post_now(guild_id=1, channel_id=60, requested_by=9)

    class RemovedMidSend(RecordingPublisher):
        async def send_to_channel(self, channel_id: int, message: OutgoingMessage) -> SendResult:
            await digests.forget_guild(1)  # GUILD_DELETE arrives while the POST is in flight
            return FORBIDDEN

    await OutboxWorker(repo, RemovedMidSend(), clock, jitter=lambda: 1.0).run_once()
    assert await repo.owed_stories(60) == frozenset()
    assert await repo.channel_state(60) is None


@pytest.mark.parametrize("turned_off_by", ["forget_guild", "digest_off"])
async def test_a_schedule_turned_off_while_its_digest_is_built_posts_nothing(
    engine: AsyncEngine, turned_off_by: str
) -> None:
    # Was: due() read the enabled schedules, then built each digest; a schedule turned off in between (/digest off,
    # or the guild removing the bot) still had its slot claimed and its digest enqueued: a digest after "off", and
    # for a removed guild, digest state re-created for a channel forget_guild had just dropped.
    clock = FixedClock(T0)
    repo, digests = await setup(engine, clock)
    await digests.schedule(guild_id=1, channel_id=60, time="09:30", created_by=7)

    class OffMidBuild(DiscordRepo):
        async def channel_state(self, channel_id: int) -> Any:
            state = await super().channel_state(channel_id)
            if turned_off_by == "forget_guild":
                await digests.forget_guild(1)  # GUILD_DELETE handled while the digest is being built
            else:
                await digests.off(guild_id=1, channel_id=60)
            return state

    racing = DigestService(OffMidBuild(engine), StoryStore(engine), clock)
    clock.advance(minutes=31)
    [run] = await racing.due(clock.now())
    assert run.outcome != "enqueued"
    assert await repo.outbox_rows(kind="digest") == []
    state = await repo.channel_state(60)
    if turned_off_by == "forget_guild":
        assert state is None
    else:  # the window set when the schedule was made: not moved by a digest that was never sent
        assert state is not None and state.last_window_end < T0


async def test_a_digest_now_built_while_the_guild_removed_the_bot_records_nothing(engine: AsyncEngine) -> None:
    # Was: /digest now's record_digest ran after forget_guild and re-created the forgotten channel's digest state
    # plus a pending post (then refused 403: stories owed to a channel of a guild the bot had left).
    clock = FixedClock(T0)
    repo, digests = await setup(engine, clock)
    await repo.upsert_guild(1, system_channel_id=61, now=T0)
    await digests.post_now(guild_id=1, channel_id=60, requested_by=9)
    [first] = await repo.outbox_rows(kind="digest")

    class RemovedMidBuild(DiscordRepo):
        async def owed_stories(self, channel_id: int) -> frozenset[str]:
            owed = await super().owed_stories(channel_id)
            await digests.forget_guild(1)  # GUILD_DELETE handled while /digest now builds
            return owed

    racing = DigestService(RemovedMidBuild(engine), StoryStore(engine), clock)
    clock.advance(minutes=5)
    await racing.post_now(guild_id=1, channel_id=60, requested_by=9)
    assert [r.id for r in await repo.outbox_rows(kind="digest")] == [first.id]  # no new post
    assert await repo.channel_state(60) is None  # nothing re-created for the forgotten channel

    await repo.upsert_guild(1, system_channel_id=61, now=clock.now())  # invited back (GUILD_CREATE)
    clock.advance(minutes=5)
    await digests.post_now(guild_id=1, channel_id=60, requested_by=9)
    assert len(await repo.outbox_rows(kind="digest", status="pending")) == 1
    assert await repo.channel_state(60) is not None
