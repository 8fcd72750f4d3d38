"""One OutboxWorker run is bounded: a target that failed holds only its own rows (until its retry), and once the
batch deadline has passed no further row is started; rows not started go back to pending unattempted, and each
message is still sent exactly once. SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.delivery import OutboxWorker
from bot.core.outbox import OutboxItem
from bot.core.ports import OutgoingMessage, SendResult
from bot.store.discord_repo import DiscordRepo
from tests.bot.core.fakes_d1 import T0, FixedClock, RecordingPublisher


@pytest.fixture
def engine(any_engine: AsyncEngine) -> AsyncEngine:
    return any_engine


def notice(channel: int, text: str) -> OutboxItem:
    return OutboxItem("notice", "channel", channel, {"text": text})


class SlowDiscord(RecordingPublisher):
    """Each send takes `seconds` of the worker's (fake) monotonic time: a Discord that answers only at the deadline."""

    def __init__(self, seconds: float) -> None:
        super().__init__()
        self.elapsed = 0.0
        self.seconds = seconds

    def monotonic(self) -> float:
        return self.elapsed

    async def send_to_channel(self, channel_id: int, message: OutgoingMessage) -> SendResult:
        self.elapsed += self.seconds
        return await super().send_to_channel(channel_id, message)


async def test_a_failing_channel_holds_its_own_rows_not_the_others(engine: AsyncEngine) -> None:
    # Was: every row of the batch was tried in turn, so a channel answering 503s (or nothing, for 60 s a post) was
    # tried once per row it had while the other channels' rows waited behind it.
    repo = DiscordRepo(engine)
    clock = FixedClock(T0)
    for item in (notice(42, "one"), notice(42, "two"), notice(43, "three"), notice(42, "four")):
        await repo.enqueue(item, now=T0)
    pub = RecordingPublisher(script=lambda _k, t, _m: SendResult("retry", "503") if t == 42 else SendResult("sent"))
    worker = OutboxWorker(repo, pub, clock, jitter=lambda: 1.0, base_delay_s=10)
    report = await worker.run_once()
    assert (report.sent, report.retried, report.deferred) == (1, 1, 2)
    assert [a.target_id for a in pub.attempts] == [42, 43]  # one try at the failing channel, then the next one
    pending = {r.payload["text"]: r for r in await repo.outbox_rows(status="pending")}
    retry_at = (await repo.outbox_status(pending["one"].id) or ("", 0, T0, None))[2]
    assert retry_at == T0 + timedelta(seconds=10)
    for text in ("two", "four"):  # not attempted: count restored, due with the failed row's retry, in order after it
        status, attempts, due_at, _ = await repo.outbox_status(pending[text].id) or ("", -1, T0, None)
        assert (status, attempts, due_at) == ("pending", 0, retry_at)

    pub.script = None  # the channel is back
    clock.advance(seconds=10)
    assert (await worker.run_once()).sent == 3
    assert [s.message.payload["text"] for s in pub.sent] == ["three", "one", "two", "four"]


async def test_a_batch_starts_no_row_after_its_deadline(engine: AsyncEngine) -> None:
    # Was: one run went through its whole batch whatever each send took: 20 rows to a Discord answering nothing
    # held the outbox job 20 x 60 s.
    repo = DiscordRepo(engine)
    clock = FixedClock(T0)
    for channel in (50, 51, 52, 53):
        await repo.enqueue(notice(channel, f"to {channel}"), now=T0)
    pub = SlowDiscord(seconds=40.0)
    worker = OutboxWorker(repo, pub, clock, jitter=lambda: 1.0, batch_deadline_s=60.0, monotonic=pub.monotonic)
    report = await worker.run_once()
    assert (report.sent, report.deferred) == (2, 2)  # started at 0 s and 40 s; at 80 s the deadline had passed
    left = await repo.outbox_rows(status="pending")
    assert [(r.target_id, r.attempts) for r in left] == [(52, 0), (53, 0)]
    for row in left:
        assert (await repo.outbox_status(row.id) or ("", 0, None, None))[2] == T0  # due as before

    report = await worker.run_once()  # the next run takes them up first: nothing lost
    assert (report.sent, report.deferred) == (2, 0)
    assert sorted(s.target_id for s in pub.sent) == [50, 51, 52, 53]  # each once
    assert len(pub.attempts) == 4


async def test_a_row_released_by_the_deadline_is_not_taken_for_a_resend(engine: AsyncEngine) -> None:
    # a released row never went out: its next attempt is a first attempt (no history lookup, no "resending")
    repo = DiscordRepo(engine)
    clock = FixedClock(T0)
    for channel in (50, 51):
        await repo.enqueue(notice(channel, "hello"), now=T0)
    pub = SlowDiscord(seconds=61.0)
    looked: list[int] = []

    class Finder:
        async def find_posted(self, _t: str, target_id: int, _m: OutgoingMessage, **_: object) -> tuple[int, ...]:
            looked.append(target_id)
            return ()

    worker = OutboxWorker(repo, pub, clock, batch_deadline_s=60.0, monotonic=pub.monotonic, finder=Finder())
    assert (await worker.run_once()).deferred == 1
    assert (await worker.run_once()).sent == 1
    assert looked == [] and [s.target_id for s in pub.sent] == [50, 51]
