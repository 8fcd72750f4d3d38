"""OutboxWorker: claims due outbox rows, sends them through the Publisher, records the outcome.

Outcomes (bot.core.ports.SendResult): sent → marked sent; retry (5xx, network, 429 after discord.py's own waits) →
exponential backoff with jitter, honouring retry_after_s; gone/forbidden → the digest schedule or alert subscription
is disabled, a log line is written and one notice goes to the guild (notice channel, system channel, or the
configuring user by DM); dm_closed → the subscriber is told once in the channel where they subscribed and the
subscription is paused (no retry loop).

A digest that was not posted through no fault of its own (refused by its channel, or given up on after retries) is
marked "failed", not "dead": DigestService then counts its stories as unshown, so the next digest carries them.
A digest Discord rejected as malformed stays "dead" (shown): carrying its stories again would be rejected again.

Exactly-once: a row is claimed ("sending" + a fresh attempt id) before the send and marked after it. A crash in
between leaves it "sending"; it is reclaimed after `lease_s` (or at once by `recover()` on start) and resent with
the SAME nonce, which the Discord layer passes with enforce_nonce so Discord returns the earlier message instead of
posting a second one. Discord keeps nonces for minutes only, and an answer lost to a timeout or a 5xx may hide a
post: so before any resend, and before giving up, the worker asks the PostFinder (the channel's recent history)
whether the message is already there (ours, rendered alike, posted since the row was made and not recorded as
another row's post) — found: marked sent, never posted again nor owed; not there: sent/owed as
usual; unknown (history unreadable): resent, relying on the nonce (nothing is lost).

A channel Discord says no longer exists (404 Unknown Channel) is gone for good (ids are never reused): its digest is
dropped, its owed stories and digest state are forgotten. A 403 keeps them: permissions can be given back. Discord
has answered 10003 for live channels during incidents, so a first "gone" (channel or user) is only believed when a
second one comes `confirm_gone_s` (10 minutes) later; until then the row waits like any retry.

One run_once is bounded: a target that asks for a retry (5xx, timeout, rate limit, an unconfirmed "gone") holds the
batch's other rows for it until that retry, and once `batch_deadline_s` has passed no further row is started. Rows
not started go back to "pending" unattempted (their attempt count restored): retried later, never lost, never posted
twice.
"""

from __future__ import annotations

import logging
import random
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from bot.core.alerting import AlertSubscription
from bot.core.delivery_ports import DeliveryRepo as DeliveryRepo
from bot.core.delivery_ports import Disable as Disable
from bot.core.delivery_ports import PostFinder as PostFinder
from bot.core.delivery_ports import RowSource as RowSource
from bot.core.notices import GuildNoticeTargets as GuildNoticeTargets
from bot.core.notices import digest_refused_notice, notice_item, schedule_notice, subscription_notice
from bot.core.outbox import OutboxItem, OutboxRow
from bot.core.ports import Clock, OutgoingMessage, Publisher, SendResult
from bot.core.text import code_span

log = logging.getLogger(__name__)

# last_error of a row whose target Discord called gone once: a second "gone" confirms it
GONE_UNCONFIRMED = "gone, to be confirmed: "


@dataclass(frozen=True, slots=True)
class DeliveryReport:
    """Counts from one run_once."""

    sent: int = 0
    retried: int = 0
    failed: int = 0
    dead: int = 0
    deferred: int = 0  # claimed but not attempted: their target is waiting for a retry, or the run ran out of time


class OutboxWorker:
    """Sends what the outbox says is due; call `run_once` from a scheduler job (and after enqueueing)."""

    def __init__(
        self,
        repo: DeliveryRepo,
        publisher: Publisher,
        clock: Clock,
        *,
        batch: int = 20,
        lease_s: float = 120.0,
        base_delay_s: float = 10.0,
        max_delay_s: float = 1800.0,
        max_attempts: int = 10,
        jitter: Callable[[], float] = random.random,
        finder: PostFinder | None = None,
        batch_deadline_s: float = 60.0,
        confirm_gone_s: float = 600.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._repo = repo
        self._publisher = publisher
        self._clock = clock
        self._batch = batch
        self._lease_s = lease_s
        self._base = base_delay_s
        self._max_delay = max_delay_s
        self._max_attempts = max_attempts
        self._jitter = jitter
        self._finder = finder
        self._batch_deadline = batch_deadline_s
        self._confirm_gone = timedelta(seconds=confirm_gone_s)
        self._monotonic = monotonic  # real time for the batch deadline (the Clock may be a test's fixed one)
        # targets confirmed deleted in this process (Discord never reuses an id)
        self._gone: set[tuple[str, int]] = set()

    async def recover(self) -> int:
        """On start: rows a crashed process left "sending" become pending again (resent with their nonce)."""
        released = await self._repo.release_sending()
        if released:
            log.warning(
                "outbox: %d message(s) were mid-send at the last shutdown; resending with their nonces", released
            )
        return released

    async def run_once(self) -> DeliveryReport:
        """Claim one batch of due rows and send each; returns counts."""
        attempt_id = uuid.uuid4().hex
        rows = await self._repo.claim_due(
            self._clock.now(), limit=self._batch, attempt_id=attempt_id, lease_s=self._lease_s
        )
        deadline = self._monotonic() + self._batch_deadline
        counts: Counter[str] = Counter()
        waiting: dict[tuple[str, int], datetime] = {}  # target → when its failed row is retried
        put_back: dict[datetime | None, list[int]] = {}
        for row in rows:
            target = (row.target_type, row.target_id)
            if target in waiting or self._monotonic() >= deadline:
                # its target just failed (the next post would too, and keep the others waiting), or out of time
                put_back.setdefault(waiting.get(target), []).append(row.id)
                continue
            outcome = await self._deliver(row)
            if isinstance(outcome, datetime):
                waiting[target] = outcome
                outcome = "retried"
            counts[outcome] += 1
        for when, ids in put_back.items():
            counts["deferred"] += await self._repo.release_claimed(ids, attempt_id, next_attempt_at=when)
        if put_back.get(None):
            log.warning(
                "outbox: %d message(s) left for the next run after %.0f s", len(put_back[None]), self._batch_deadline
            )
        return DeliveryReport(**counts)

    async def _deliver(self, row: OutboxRow) -> str | datetime:
        """Send one row; its outcome, or when it is retried."""
        message = row.message()
        # a resend: an earlier attempt may have posted although its answer was lost
        if row.attempts > 1 and await self._posted_before(row, message, "resending"):
            return "sent"
        try:
            if row.target_type == "user":
                result = await self._publisher.send_to_user(row.target_id, message)
            else:
                result = await self._publisher.send_to_channel(row.target_id, message)
        except Exception as exc:  # a publisher bug must not wedge the outbox: retried with backoff
            log.exception("outbox %s: publisher raised", row.id)
            result = SendResult("retry", detail=f"{type(exc).__name__}: {exc}")
        if result.outcome == "sent":
            await self._repo.mark_sent(row.id, row.attempt_id, now=self._clock.now(), message_ids=result.message_ids)
            return "sent"
        if result.outcome == "retry":
            return await self._retry(row, result)
        if result.outcome == "gone" and not self._gone_confirmed(row):
            return await self._confirm_gone_later(row, result)
        if result.outcome == "rejected":
            # this message is malformed, not its target: dropped without turning off the schedule or alert
            log.error("outbox %s (%s): Discord refused the message itself: %s", row.id, row.kind, result.detail)
            error = f"rejected: {result.detail}"
            await self._repo.give_up(row.id, row.attempt_id, status="dead", error=error, now=self._clock.now())
            return "dead"
        return await self._refused(row, result)

    async def _posted_before(self, row: OutboxRow, message: OutgoingMessage, doing: str) -> bool:
        """Look for the row's message where it goes; when found, mark the row sent with its ids."""
        if self._finder is None:
            return False
        try:
            # another row's identical post (two alike notices, a repeated quiet digest) is not this row's
            taken = await self._repo.recorded_message_ids(
                row.target_id, sent_since=row.created_at - timedelta(minutes=5), except_row=row.id
            )
            found = await self._finder.find_posted(
                row.target_type, row.target_id, message, since=row.created_at, exclude=taken
            )
        except Exception:  # a lookup bug must not stop delivery: treated as "unknown"
            log.exception("outbox %s: looking for an earlier post failed", row.id)
            found = None
        if not found:
            if found is None:
                log.warning("outbox %s (%s): cannot tell whether it was posted; %s", row.id, row.kind, doing)
            return False
        log.warning(
            "outbox %s (%s): an earlier attempt posted it (message %s); not %s", row.id, row.kind, found[0], doing
        )
        await self._repo.mark_sent(row.id, row.attempt_id, now=self._clock.now(), message_ids=found)
        return True

    def backoff(self, attempts: int, retry_after_s: float | None = None) -> float:
        """Seconds before the next attempt: base·2^(n-1) capped, jittered to 50-100 %, at least retry_after_s."""
        delay: float = min(self._max_delay, self._base * 2.0 ** max(attempts - 1, 0)) * (0.5 + self._jitter() / 2)
        return max(delay, retry_after_s or 0.0)

    def _gone_confirmed(self, row: OutboxRow) -> bool:
        """A second "gone" for this row, or its target already confirmed deleted."""
        return (row.last_error or "").startswith(GONE_UNCONFIRMED) or (row.target_type, row.target_id) in self._gone

    async def _confirm_gone_later(self, row: OutboxRow, result: SendResult) -> datetime:
        # Discord has answered 404 Unknown Channel for live channels during incidents: forgetting a channel (its
        # digest off, its owed stories dropped) or a user (their alerts off) on one answer would be for good, so
        # it is asked again later
        when = self._clock.now() + self._confirm_gone
        log.warning(
            "outbox %s (%s): Discord says %s %s does not exist; asking again at %s before believing it",
            row.id,
            row.kind,
            row.target_type,
            row.target_id,
            when.isoformat(timespec="seconds"),
        )
        error = GONE_UNCONFIRMED + (result.detail or f"unknown {row.target_type}")
        await self._repo.mark_retry(row.id, row.attempt_id, next_attempt_at=when, error=error)
        return when

    async def _retry(self, row: OutboxRow, result: SendResult) -> str | datetime:
        error = result.detail or "temporary failure"
        if row.attempts >= self._max_attempts:
            if await self._posted_before(row, row.message(), "giving up"):
                return "sent"
            log.error("outbox %s (%s): giving up after %d attempts: %s", row.id, row.kind, row.attempts, error)
            status = _not_posted(row)
            await self._repo.give_up(
                row.id, row.attempt_id, status=status, error=f"gave up: {error}", now=self._clock.now()
            )
            return status
        when = self._clock.now() + timedelta(seconds=self.backoff(row.attempts, result.retry_after_s))
        await self._repo.mark_retry(row.id, row.attempt_id, next_attempt_at=when, error=error)
        return when

    async def _refused(self, row: OutboxRow, result: SendResult) -> str:
        reason = _reason(row, result)
        if row.kind == "notice":
            # a guild channel that refuses the notice: the member who configured the digest is told by DM instead
            direct = None
            if row.target_type == "channel" and row.user_id is not None:
                text, why = str(row.payload.get("text") or ""), str(row.payload.get("reason") or "notice")
                direct = notice_item(row.user_id, "user", text, why, guild_id=row.guild_id)
            log.warning(
                "outbox %s: notice to %s %s refused (%s); %s",
                row.id,
                row.target_type,
                row.target_id,
                reason,
                f"sending it to user {row.user_id}" if direct else "dropped",
            )
            await self._repo.give_up(
                row.id, row.attempt_id, status="dead", error=reason, notice=direct, now=self._clock.now()
            )
            return "dead"
        source = await self._repo.row_source(row)
        if result.outcome == "dm_closed" and source.subscription is not None:
            return await self._dm_closed(row, source.subscription, reason)
        disable: Disable | None = None
        notice: OutboxItem | None = None
        if result.outcome == "gone":
            self._gone.add((row.target_type, row.target_id))
        deleted = result.outcome == "gone" and row.target_type == "channel"
        # Only the first failure disables and tells; later rows for the same target are just dropped.
        if source.schedule is not None and source.schedule.enabled:
            disable = ("schedule", source.schedule.id)
            notice = schedule_notice(source.schedule, source.guild, reason, deleted=deleted)
        elif source.subscription is not None and source.subscription.disabled_reason is None:
            disable = ("subscription", source.subscription.id)
            notice = subscription_notice(source.subscription, reason)
        elif row.kind == "digest" and (source.schedule is None or row.user_id is not None):
            # a /digest now (its requester is the row's user) or a digest for a channel without a schedule: nothing
            # to disable, but the refused digest must not vanish unreported; a scheduled digest queued after its
            # schedule was turned off is just dropped (that turning off was told)
            notice = digest_refused_notice(row, source.guild, reason, deleted=deleted)
        log.warning(
            "outbox %s (%s to %s %s): %s; disabling %s",
            row.id,
            row.kind,
            row.target_type,
            row.target_id,
            reason,
            disable,
        )
        # a deleted channel never comes back: owing it stories would keep them (and its digest state) forever
        status = "dead" if deleted else _not_posted(row)
        if deleted:
            log.info("channel %s no longer exists: its owed stories and digest state are forgotten", row.target_id)
        await self._repo.give_up(
            row.id,
            row.attempt_id,
            status=status,
            error=reason,
            disable=disable,
            notice=notice,
            forget_channel=deleted,
            now=self._clock.now(),
        )
        return status

    async def _dm_closed(self, row: OutboxRow, sub: AlertSubscription, reason: str) -> str:
        notice = None
        if not sub.dm_closed_notified and sub.channel_id is not None:
            text = (
                f"I could not send you a direct message for your alert {code_span(sub.query)} (your DMs are "
                "closed to this server's members). The alert is paused: open your DMs and run /alerts pause to "
                "resume it, or add it again with where: here."
            )
            notice = notice_item(
                sub.channel_id, "channel", text, "dm_closed", guild_id=sub.guild_id, mention=sub.user_id
            )
        log.info(
            "outbox %s: DMs closed for user %s; alert %s paused (told: %s)",
            row.id,
            sub.user_id,
            sub.id,
            notice is not None,
        )
        await self._repo.give_up(
            row.id,
            row.attempt_id,
            status="failed",
            error=reason,
            disable=("subscription", sub.id),
            dm_closed=True,
            notice=notice,
            now=self._clock.now(),
        )
        return "failed"


def _not_posted(row: OutboxRow) -> Literal["failed", "dead"]:
    # "failed" keeps a digest's stories unshown (bot.core.digest_service); other kinds just end
    return "failed" if row.kind == "digest" else "dead"


def _reason(row: OutboxRow, result: SendResult) -> str:
    what = {"gone": "no longer exists", "forbidden": "is not allowed to me", "dm_closed": "has DMs closed"}
    detail = f" ({result.detail})" if result.detail else ""
    return f"{row.target_type} {row.target_id} {what.get(result.outcome, result.outcome)}{detail}"
