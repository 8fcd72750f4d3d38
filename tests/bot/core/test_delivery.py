"""OutboxWorker over real SQLite with a RecordingPublisher: sent, retry with backoff, gone/forbidden disable with a
notice, DMs closed told once, and exactly-once delivery across a crash between claim and mark."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.alert_subscriptions import AlertService
from bot.core.delivery import OutboxWorker
from bot.core.digest_service import DigestService
from bot.core.outbox import OutboxItem
from bot.core.ports import SendResult
from bot.store.discord_repo import DiscordRepo
from bot.store.stories import StoryStore
from tests.bot.core.fakes_d1 import T0, FixedClock, RecordingPublisher, insert_stories, story


@pytest.fixture
def engine(any_engine: AsyncEngine) -> AsyncEngine:
    """Every test here runs on SQLite and, when GROKWATCH_TEST_POSTGRES_URL is set, on PostgreSQL too."""
    return any_engine


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(T0)


@pytest.fixture
def repo(engine: AsyncEngine) -> DiscordRepo:
    return DiscordRepo(engine)


def worker(repo: DiscordRepo, pub: RecordingPublisher, clock: FixedClock, **kw: float) -> OutboxWorker:
    return OutboxWorker(repo, pub, clock, jitter=lambda: 1.0, base_delay_s=10, **kw)  # type: ignore[arg-type]


def alert(sub_id: int, story_id: str, user: int = 5) -> OutboxItem:
    return OutboxItem(
        "alert",
        "user",
        user,
        {"story": {"headline": story_id}},
        user_id=user,
        subscription_id=sub_id,
        story_id=story_id,
    )


async def test_sent_rows_carry_their_nonce_and_are_not_resent(repo: DiscordRepo, clock: FixedClock) -> None:
    await repo.enqueue(OutboxItem("notice", "channel", 42, {"text": "hello"}), now=T0)
    await repo.enqueue(
        OutboxItem(
            "alert", "channel", 43, {"story": {}}, mention_user_id=5, user_id=5, subscription_id=1, story_id="s"
        ),
        now=T0,
    )
    pub = RecordingPublisher()
    report = await worker(repo, pub, clock).run_once()
    assert report.sent == 2
    assert [(s.target_type, s.target_id, s.message.kind) for s in pub.sent] == [
        ("channel", 42, "notice"),
        ("channel", 43, "alert"),
    ]
    assert pub.sent[1].message.mention_user_id == 5
    nonces = [s.message.payload["nonce"] for s in pub.sent]
    assert all(isinstance(n, str) and 0 < len(n) <= 25 for n in nonces) and len(set(nonces)) == 2
    assert (await worker(repo, pub, clock).run_once()).sent == 0
    assert len(await repo.outbox_rows(status="sent")) == 2


async def test_retry_backs_off_exponentially_and_honours_retry_after(repo: DiscordRepo, clock: FixedClock) -> None:
    await repo.enqueue(OutboxItem("notice", "channel", 42, {"text": "hello"}), now=T0)
    outcomes = [
        SendResult("retry", "HTTP 503"),
        SendResult("retry", "HTTP 502"),
        SendResult("retry", "429", retry_after_s=300.0),
    ]
    pub = RecordingPublisher(script=lambda *_: outcomes.pop(0) if outcomes else SendResult("sent"))
    w = worker(repo, pub, clock)
    row_id = (await repo.outbox_rows())[0].id
    assert (await w.run_once()).retried == 1
    status = await repo.outbox_status(row_id)
    assert status is not None and status[0] == "pending" and status[2] == T0 + timedelta(seconds=10)
    assert (await w.run_once()).retried == 0  # not due yet: nothing claimed
    clock.advance(seconds=10)
    await w.run_once()
    status = await repo.outbox_status(row_id)
    assert status is not None and status[2] == clock.now() + timedelta(seconds=20) and status[3] == "HTTP 502"
    clock.advance(seconds=20)
    await w.run_once()
    status = await repo.outbox_status(row_id)
    assert status is not None and status[2] == clock.now() + timedelta(seconds=300)  # Retry-After beats 40 s
    clock.advance(seconds=300)
    assert (await w.run_once()).sent == 1
    assert len(pub.attempts) == 4 and len(pub.sent) == 1


async def test_gives_up_after_max_attempts(repo: DiscordRepo, clock: FixedClock) -> None:
    await repo.enqueue(OutboxItem("notice", "channel", 42, {"text": "hello"}), now=T0)
    pub = RecordingPublisher(script=lambda *_: SendResult("retry", "network down"))
    w = worker(repo, pub, clock, max_attempts=3)
    for _ in range(3):
        await w.run_once()
        clock.advance(hours=1)
    assert [r.id for r in await repo.outbox_rows(status="dead")] == [1]


async def test_publisher_exception_is_a_retry_not_a_crash(repo: DiscordRepo, clock: FixedClock) -> None:
    await repo.enqueue(OutboxItem("notice", "channel", 42, {"text": "hello"}), now=T0)

    def boom(*_: object) -> SendResult:
        raise RuntimeError("renderer bug")

    assert (await worker(repo, RecordingPublisher(script=boom), clock).run_once()).retried == 1


async def test_gone_channel_disables_the_digest_and_notifies_the_guild(
    engine: AsyncEngine, repo: DiscordRepo, clock: FixedClock
) -> None:
    digests = DigestService(repo, StoryStore(engine), clock)
    await digests.schedule(guild_id=1, channel_id=50, time="10:00", created_by=7)
    await repo.upsert_guild(1, system_channel_id=60, now=T0)
    await digests.due(T0 + timedelta(hours=1))
    await digests.post_now(guild_id=1, channel_id=50)  # a second row for the same dead channel
    clock.advance(hours=1)
    pub = RecordingPublisher(
        script=lambda kind, target, _m: SendResult("gone", "Unknown Channel") if target == 50 else SendResult("sent")
    )
    w = worker(repo, pub, clock)
    # one 404 is not believed (Discord has said it of live channels in incidents): asked again 10 minutes later,
    # the other row to that channel waiting with it; nothing turned off, nobody told yet
    first = await w.run_once()
    assert (first.retried, first.deferred, first.dead) == (1, 1, 0)
    [schedule] = await digests.show(1)
    assert schedule.enabled and pub.sent == []
    clock.advance(minutes=9)
    assert (await w.run_once()).dead == 0  # not yet due
    clock.advance(minutes=1)
    # a deleted channel never comes back: both dropped (nothing owed there; tests/bot/core/test_digest_gone.py)
    assert (await w.run_once()).dead == 2
    [schedule] = await digests.show(1)
    assert not schedule.enabled and "no longer exists" in (schedule.disabled_reason or "")
    assert (await w.run_once()).sent == 1
    [notice] = pub.sent
    assert (notice.target_type, notice.target_id, notice.message.kind) == ("channel", 60, "notice")
    assert "<#50>" in notice.message.payload["text"] and "deleted" in notice.message.payload["text"]
    assert await digests.due(T0 + timedelta(days=1, hours=1)) == []  # disabled: no more digests there


async def test_an_unknown_user_is_believed_only_when_discord_says_it_again(
    repo: DiscordRepo, clock: FixedClock
) -> None:
    # Was: one 404 Unknown User (Discord in an incident) disabled the subscriber's alert for good.
    service = AlertService(repo, clock)
    sub = await service.add(user_id=5, query="grok", where="dm", guild_id=1, channel_id=77)
    await repo.enqueue(alert(sub.id, "s1"), now=T0)
    answers = [SendResult("gone", "404 10013: Unknown User")]
    pub = RecordingPublisher(script=lambda *_: answers.pop(0) if answers else SendResult("sent"))
    w = worker(repo, pub, clock)
    assert (await w.run_once()).retried == 1
    clock.advance(minutes=10)
    assert (await w.run_once()).sent == 1  # it was an incident: delivered, alert still on
    [after] = await service.subscriptions(5)
    assert after.disabled_reason is None and not after.paused

    await repo.enqueue(alert(sub.id, "s2"), now=clock.now())
    pub.script = lambda *_: SendResult("gone", "404 10013: Unknown User")  # the account was deleted
    await w.run_once()
    [still] = await service.subscriptions(5)
    assert still.disabled_reason is None  # not on one answer
    clock.advance(minutes=10)
    assert (await w.run_once()).dead == 1
    [off] = await service.subscriptions(5)
    assert "no longer exists" in (off.disabled_reason or "")


async def test_forbidden_without_a_guild_channel_tells_the_configuring_user(
    engine: AsyncEngine, repo: DiscordRepo, clock: FixedClock
) -> None:
    digests = DigestService(repo, StoryStore(engine), clock)
    await digests.schedule(guild_id=1, channel_id=50, time="10:00", created_by=7)
    await digests.due(T0 + timedelta(hours=1))
    clock.advance(hours=1)
    pub = RecordingPublisher(
        script=lambda kind, *_: SendResult("forbidden", "Missing Access") if kind == "channel" else SendResult("sent")
    )
    w = worker(repo, pub, clock)
    await w.run_once()
    await w.run_once()
    assert [(s.target_type, s.target_id, s.message.kind) for s in pub.sent] == [("user", 7, "notice")]


async def test_dm_closed_is_told_once_in_the_channel_and_pauses_the_alert(repo: DiscordRepo, clock: FixedClock) -> None:
    sub = await AlertService(repo, clock).add(user_id=5, query="grok", where="dm", guild_id=1, channel_id=77)
    for sid in ("s1", "s2"):
        await repo.enqueue(alert(sub.id, sid), now=T0)
    pub = RecordingPublisher(
        script=lambda kind, *_: (
            SendResult("dm_closed", "Cannot send messages to this user") if kind == "user" else SendResult("sent")
        )
    )
    w = worker(repo, pub, clock)
    assert (await w.run_once()).failed == 2
    for _ in range(3):
        clock.advance(hours=1)
        await w.run_once()
    notices = [s for s in pub.sent if s.message.kind == "notice"]
    assert [(n.target_type, n.target_id, n.message.mention_user_id) for n in notices] == [("channel", 77, 5)]
    assert len([a for a in pub.attempts if a.target_type == "user"]) == 2  # no retry loop
    [after] = await AlertService(repo, clock).subscriptions(5)
    assert after.paused and after.dm_closed_notified


async def test_exactly_once_across_a_crash_after_send_before_mark(repo: DiscordRepo, clock: FixedClock) -> None:
    await repo.enqueue(OutboxItem("digest", "channel", 50, {"digest": {}}), now=T0)
    pub = RecordingPublisher()
    # The "crashed" process: claimed and sent, died before marking.
    [row] = await repo.claim_due(T0, limit=10, attempt_id="crashed", lease_s=120)
    await pub.send_to_channel(row.target_id, row.message())
    # Restart: recover, then deliver what is pending.
    restarted = worker(repo, pub, clock)
    assert await restarted.recover() == 1
    assert (await restarted.run_once()).sent == 1
    assert len(pub.attempts) == 2 and len(pub.sent) == 1  # Discord saw the same nonce twice and posted once
    assert len(await repo.outbox_rows(status="sent")) == 1
    assert (await restarted.run_once()).sent == 0


async def test_a_crash_between_claim_and_send_still_delivers_once(repo: DiscordRepo, clock: FixedClock) -> None:
    await repo.enqueue(OutboxItem("notice", "channel", 42, {"text": "x"}), now=T0)
    await repo.claim_due(T0, limit=10, attempt_id="crashed", lease_s=120)
    pub = RecordingPublisher()
    w = worker(repo, pub, clock, lease_s=120)
    assert (await w.run_once()).sent == 0  # still leased to the dead attempt
    clock.advance(seconds=121)  # lease expired: reclaimed without a restart
    assert (await w.run_once()).sent == 1
    assert len(pub.sent) == 1


@pytest.mark.parametrize("schedule_turned_off", [False, True])
async def test_refused_digest_now_tells_the_member_who_asked(
    engine: AsyncEngine, repo: DiscordRepo, clock: FixedClock, schedule_turned_off: bool
) -> None:
    # /digest now has no schedule to disable: the refusal still reaches someone (here: no guild channels known,
    # so the requester by DM) instead of the digest vanishing — also where an admin had turned the channel's
    # schedule off earlier (nobody was told anything then)
    digests = DigestService(repo, StoryStore(engine), clock)
    if schedule_turned_off:
        await digests.schedule(guild_id=1, channel_id=60, time="10:00", created_by=7)
        assert await digests.off(1, 60) == 1
    digest = await digests.post_now(guild_id=1, channel_id=60, requested_by=9)
    assert digest.is_empty
    pub = RecordingPublisher(
        script=lambda kind, *_: SendResult("forbidden", "Missing Access") if kind == "channel" else SendResult("sent")
    )
    w = worker(repo, pub, clock)
    assert (await w.run_once()).failed == 1
    await w.run_once()
    [notice] = pub.sent
    assert (notice.target_type, notice.target_id, notice.message.kind) == ("user", 9, "notice")
    assert "<#60> could not be posted" in notice.message.payload["text"]


async def test_a_turned_off_alert_is_named_in_inline_code_marked_where_cut(
    repo: DiscordRepo, clock: FixedClock
) -> None:
    # the notice shows the user's query through the one code_span: a long query ends in "…" (it was cut silently)
    query = "ofcom " + "x" * 240
    sub = await AlertService(repo, clock).add(user_id=5, query=query, where="here", guild_id=1, channel_id=77)
    await repo.enqueue(
        OutboxItem("alert", "channel", 77, {"story": {}}, mention_user_id=5, user_id=5, subscription_id=sub.id),
        now=T0,
    )
    pub = RecordingPublisher(
        script=lambda kind, *_: SendResult("forbidden", "Missing Access") if kind == "channel" else SendResult("sent")
    )
    w = worker(repo, pub, clock)
    assert (await w.run_once()).dead == 1
    await w.run_once()
    [notice] = pub.sent
    assert (notice.target_type, notice.target_id) == ("user", 5)
    text = notice.message.payload["text"]
    assert text.startswith("Your alert `ofcom xxx") and "x…` has been turned off" in text


def refusing(channel: int, result: SendResult) -> RecordingPublisher:
    """A Discord where posts to `channel` get `result` and everything else is posted."""
    return RecordingPublisher(script=lambda kind, target, _m: result if target == channel else SendResult("sent"))


async def shown_ids(digests: DigestService, channel: int) -> set[str]:
    state = await digests.shown(channel)
    return set(state.last_story_ids) if state else set()


def posted_story_ids(pub: RecordingPublisher, channel: int) -> list[list[str]]:
    return [
        [i["story_id"] for i in s.message.payload["digest"]["items"]]
        for s in pub.sent
        if s.target_id == channel and s.message.kind == "digest"
    ]


# a 404 (deleted channel) forgets the channel instead: tests/bot/core/test_digest_gone.py
@pytest.mark.parametrize("refusal", [SendResult("forbidden", "Missing Access")], ids=str)
async def test_a_refused_digest_now_leaves_its_stories_for_the_next_digest(
    engine: AsyncEngine, repo: DiscordRepo, clock: FixedClock, refusal: SendResult
) -> None:
    # Was: /digest now recorded its stories as the channel's last digest when it was queued, so after Discord
    # refused the post the next digest there left them out — they were never posted in that channel.
    await insert_stories(engine, [story("a", "Ofcom opens Grok inquiry", first_seen=T0 - timedelta(hours=2))])
    digests = DigestService(repo, StoryStore(engine), clock)
    first = await digests.post_now(guild_id=1, channel_id=60, requested_by=9)
    assert [i.story_id for i in first.items] == ["a"]
    discord_refusing = refusing(60, refusal)
    refused = worker(repo, discord_refusing, clock)
    assert (await refused.run_once()).failed == 1
    await refused.run_once()  # the notice
    [notice] = discord_refusing.sent
    assert notice.target_id == 9 and "were not marked as shown" in notice.message.payload["text"]

    clock.advance(minutes=20)  # permission given back; a new story came in meanwhile
    await insert_stories(engine, [story("b", "X answers Ofcom", first_seen=clock.now() - timedelta(minutes=5))])
    second = await digests.post_now(guild_id=1, channel_id=60, requested_by=9)
    assert sorted(i.story_id for i in second.items) == ["a", "b"]
    assert second.window_start == first.window_start  # the refused window is covered again
    pub = RecordingPublisher()
    assert (await worker(repo, pub, clock).run_once()).sent == 1
    assert sorted(posted_story_ids(pub, 60)[0]) == ["a", "b"]

    clock.advance(minutes=20)
    third = await digests.post_now(guild_id=1, channel_id=60)
    assert third.is_empty  # now they were posted: never twice in a row


async def test_a_digest_given_up_after_retries_also_leaves_its_stories(
    engine: AsyncEngine, repo: DiscordRepo, clock: FixedClock
) -> None:
    await insert_stories(engine, [story("a", "Ofcom opens Grok inquiry", first_seen=T0 - timedelta(hours=2))])
    digests = DigestService(repo, StoryStore(engine), clock)
    await digests.post_now(guild_id=1, channel_id=60)
    w = worker(repo, refusing(60, SendResult("retry", "503 Service Unavailable")), clock, max_attempts=2)
    for _ in range(2):
        await w.run_once()
        clock.advance(hours=1)
    assert [r.id for r in await repo.outbox_rows(kind="digest", status="failed")] == [1]
    assert [i.story_id for i in (await digests.post_now(guild_id=1, channel_id=60)).items] == ["a"]


async def test_a_digest_rejected_as_malformed_is_not_carried_again(
    engine: AsyncEngine, repo: DiscordRepo, clock: FixedClock
) -> None:
    # a 400 on both the rich and the text form means the content is at fault: carrying the same stories into the
    # next digest would get that one rejected too, for ever
    await insert_stories(engine, [story("a", "Ofcom opens Grok inquiry", first_seen=T0 - timedelta(hours=2))])
    digests = DigestService(repo, StoryStore(engine), clock)
    await digests.post_now(guild_id=1, channel_id=60)
    assert (await worker(repo, refusing(60, SendResult("rejected", "Invalid Form Body")), clock).run_once()).dead == 1
    clock.advance(minutes=20)
    assert (await digests.post_now(guild_id=1, channel_id=60)).is_empty


async def test_a_refused_scheduled_digest_also_leaves_its_stories(
    engine: AsyncEngine, repo: DiscordRepo, clock: FixedClock
) -> None:
    digests = DigestService(repo, StoryStore(engine), clock)
    await digests.schedule(guild_id=1, channel_id=50, time="10:00", created_by=7)
    await insert_stories(engine, [story("a", "Ofcom opens Grok inquiry", first_seen=T0 + timedelta(minutes=10))])
    assert [r.outcome for r in await digests.due(T0 + timedelta(hours=1))] == ["enqueued"]
    clock.advance(hours=1)
    assert (await worker(repo, refusing(50, SendResult("forbidden", "Missing Access")), clock).run_once()).failed == 1
    # fixed and scheduled again: the first digest there carries the story the refused one could not post
    await digests.schedule(guild_id=1, channel_id=50, time="10:00", created_by=7)
    assert [r.outcome for r in await digests.due(T0 + timedelta(days=1, hours=1))] == ["enqueued"]
    [_, row] = await repo.outbox_rows(kind="digest")
    assert [i["story_id"] for i in row.payload["digest"]["items"]] == ["a"]


async def test_a_crash_before_the_refusal_is_recorded_still_posts_once(
    engine: AsyncEngine, repo: DiscordRepo, clock: FixedClock
) -> None:
    # claimed, refused by Discord, crashed before marking: the row is resent (same nonce) after the restart and
    # refused again; its stories are unshown only once that refusal is recorded, and then posted exactly once
    await insert_stories(engine, [story("a", "Ofcom opens Grok inquiry", first_seen=T0 - timedelta(hours=2))])
    digests = DigestService(repo, StoryStore(engine), clock)
    await digests.post_now(guild_id=1, channel_id=60)
    await repo.claim_due(T0, limit=10, attempt_id="crashed", lease_s=120)
    assert await shown_ids(digests, 60) == {"a"}  # in flight: counts as shown until its refusal is recorded
    restarted = worker(repo, refusing(60, SendResult("forbidden", "Missing Access")), clock)
    assert await restarted.recover() == 1
    assert (await restarted.run_once()).failed == 1
    assert await shown_ids(digests, 60) == set()
    clock.advance(minutes=5)
    await digests.post_now(guild_id=1, channel_id=60)
    pub = RecordingPublisher()
    w = worker(repo, pub, clock)
    await w.run_once()
    await w.run_once()
    assert posted_story_ids(pub, 60) == [["a"]]
