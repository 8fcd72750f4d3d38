"""A send whose answer was lost (a timeout, a dropped connection, a 5xx after Discord stored the message) may have
posted. Discord's enforce_nonce only dedupes a resend within minutes, so a resend later than that, or a give-up that
owes the digest's stories to the next digest, would show them twice. The worker asks the Publisher's history lookup
first: found → sent, not there → resent/owed (nothing lost), unknown → resent as before. SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.delivery import OutboxWorker
from bot.core.digest_service import DigestService
from bot.core.notices import notice_item
from bot.core.outbox import TargetType
from bot.core.ports import OutgoingMessage, SendResult
from bot.store.discord_repo import DiscordRepo
from bot.store.stories import StoryStore
from tests.bot.core.fakes_d1 import T0, FixedClock, insert_stories, story

LOST = SendResult("retry", "network: TimeoutError()")


@pytest.fixture
def engine(any_engine: AsyncEngine) -> AsyncEngine:
    return any_engine


@dataclass
class ForgetfulDiscord:
    """A Publisher + PostFinder: `answers[i]` is what attempt i returns; `stored[i]` says whether attempt i's message
    was stored anyway (an answer lost after Discord posted it). No nonce memory: the attempts are minutes apart."""

    answers: list[SendResult]
    stored: list[bool]
    history: bool | None = True  # None: the channel's history cannot be read
    posts: list[tuple[int, OutgoingMessage]] = field(default_factory=list)
    attempts: int = 0
    lookups: int = 0

    async def send_to_channel(self, channel_id: int, message: OutgoingMessage) -> SendResult:
        i = self.attempts
        self.attempts += 1
        answer = self.answers[i] if i < len(self.answers) else SendResult("sent")
        if answer.outcome == "sent" or (i < len(self.stored) and self.stored[i]):
            self.posts.append((channel_id, message))
        return SendResult("sent", message_ids=(len(self.posts),)) if answer.outcome == "sent" else answer

    async def send_to_user(self, user_id: int, message: OutgoingMessage) -> SendResult:
        return await self.send_to_channel(user_id, message)

    async def find_posted(
        self,
        target_type: TargetType,
        target_id: int,
        message: OutgoingMessage,
        *,
        since: datetime,
        exclude: Collection[int] = frozenset(),
    ) -> tuple[int, ...] | None:
        self.lookups += 1
        if self.history is None:
            return None
        nonce = message.payload["nonce"]
        return tuple(i + 1 for i, (t, m) in enumerate(self.posts) if t == target_id and m.payload["nonce"] == nonce)

    def story_ids(self) -> list[str]:
        return [i["story_id"] for _, m in self.posts if m.kind == "digest" for i in m.payload["digest"]["items"]]


async def one_digest(engine: AsyncEngine, clock: FixedClock) -> tuple[DiscordRepo, DigestService]:
    repo = DiscordRepo(engine)
    digests = DigestService(repo, StoryStore(engine), clock)
    await insert_stories(engine, [story("a", "Ofcom opens Grok inquiry", first_seen=T0 - timedelta(hours=1))])
    await digests.post_now(guild_id=1, channel_id=60, requested_by=9)
    return repo, digests


def worker(repo: DiscordRepo, discord: ForgetfulDiscord, clock: FixedClock, **kw: int) -> OutboxWorker:
    return OutboxWorker(repo, discord, clock, jitter=lambda: 1.0, base_delay_s=10, finder=discord, **kw)


async def statuses(repo: DiscordRepo) -> list[str]:
    return [found[0] for r in await repo.outbox_rows(kind="digest") if (found := await repo.outbox_status(r.id))]


async def run_until_settled(w: OutboxWorker, clock: FixedClock, rounds: int = 40) -> None:
    for _ in range(rounds):
        await w.run_once()
        clock.advance(minutes=31)


async def test_a_digest_given_up_after_lost_answers_is_not_owed_when_it_was_posted(engine: AsyncEngine) -> None:
    clock = FixedClock(T0)
    repo, digests = await one_digest(engine, clock)
    # the first attempt reached Discord, its answer was lost; every later attempt times out too
    discord = ForgetfulDiscord(answers=[LOST] * 3, stored=[True, False, False])
    await run_until_settled(worker(repo, discord, clock, max_attempts=3), clock, rounds=4)
    assert await statuses(repo) == ["sent"]
    assert await repo.owed_stories(60) == frozenset()
    next_digest = await digests.post_now(guild_id=1, channel_id=60, requested_by=9)
    assert next_digest.items == ()  # "a" is not carried again
    assert discord.story_ids() == ["a"]


async def test_a_resend_after_the_nonce_window_finds_the_earlier_post(engine: AsyncEngine) -> None:
    clock = FixedClock(T0)
    repo, _ = await one_digest(engine, clock)
    discord = ForgetfulDiscord(answers=[LOST, SendResult("retry", "503 0: Service Unavailable")], stored=[True, False])
    await run_until_settled(worker(repo, discord, clock), clock, rounds=5)
    assert discord.story_ids() == ["a"]  # posted once, though the third attempt would have succeeded
    assert await statuses(repo) == ["sent"]
    assert [r.message_ids for r in await repo.outbox_rows(kind="digest")] == [(1,)]


async def test_nothing_is_lost_when_the_lost_answers_hid_no_post(engine: AsyncEngine) -> None:
    clock = FixedClock(T0)
    repo, digests = await one_digest(engine, clock)
    discord = ForgetfulDiscord(answers=[LOST] * 3, stored=[False] * 3)
    await run_until_settled(worker(repo, discord, clock, max_attempts=3), clock, rounds=4)
    assert discord.lookups >= 3 and discord.posts == []
    assert await repo.owed_stories(60) == {"a"}  # given up and not there: owed to the next digest
    await digests.post_now(guild_id=1, channel_id=60, requested_by=9)
    await run_until_settled(worker(repo, discord, clock), clock, rounds=2)
    assert discord.story_ids() == ["a"]


@pytest.mark.parametrize("history", [None, True])
async def test_a_resend_goes_out_when_history_is_unreadable_or_empty(engine: AsyncEngine, history: bool | None) -> None:
    clock = FixedClock(T0)
    repo, _ = await one_digest(engine, clock)
    discord = ForgetfulDiscord(answers=[LOST], stored=[False], history=history)
    await run_until_settled(worker(repo, discord, clock), clock, rounds=3)
    assert discord.story_ids() == ["a"]
    assert await statuses(repo) == ["sent"]


async def test_the_first_attempt_asks_no_history(engine: AsyncEngine) -> None:
    clock = FixedClock(T0)
    repo, _ = await one_digest(engine, clock)
    discord = ForgetfulDiscord(answers=[], stored=[])
    await worker(repo, discord, clock).run_once()
    assert discord.lookups == 0 and discord.story_ids() == ["a"]


async def test_the_posts_other_rows_recorded_are_excluded_from_the_lookup(engine: AsyncEngine) -> None:
    # the worker passes them as `exclude`: an identical message of another row is never taken for this row's post
    repo = DiscordRepo(engine)
    for text in ("Your alert was turned off.", "Your alert was turned off."):
        await repo.enqueue(notice_item(60, "channel", text, "alert_disabled", guild_id=1), now=T0)
    first, second = await repo.claim_due(T0, limit=5, attempt_id="a", lease_s=60)
    await repo.mark_sent(first.id, "a", now=T0 + timedelta(seconds=1), message_ids=[501])
    since = T0 - timedelta(minutes=5)
    assert await repo.recorded_message_ids(60, sent_since=since, except_row=second.id) == {501}
    assert await repo.recorded_message_ids(60, sent_since=since, except_row=first.id) == set()
    assert await repo.recorded_message_ids(61, sent_since=since, except_row=second.id) == set()
    assert await repo.recorded_message_ids(60, sent_since=T0 + timedelta(hours=1), except_row=second.id) == set()
