"""The OutboxWorker's ports (bot.core.delivery): the outbox store it claims and marks rows through, and the lookup
of a post whose answer was lost. bot.store.outbox_store implements DeliveryRepo, bot.cogs.publisher PostFinder."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Protocol

from bot.core.alerting import AlertSubscription
from bot.core.digest_schedule import DigestSchedule
from bot.core.notices import GuildNoticeTargets
from bot.core.outbox import OutboxItem, OutboxRow, TargetType
from bot.core.ports import OutgoingMessage


@dataclass(frozen=True, slots=True)
class RowSource:
    """What an outbox row was sent for (at most one of schedule / subscription)."""

    schedule: DigestSchedule | None = None
    subscription: AlertSubscription | None = None
    guild: GuildNoticeTargets | None = None


Disable = tuple[Literal["schedule", "subscription"], int]


class PostFinder(Protocol):
    async def find_posted(
        self,
        target_type: TargetType,
        target_id: int,
        message: OutgoingMessage,
        *,
        since: datetime,
        exclude: Collection[int] = frozenset(),
    ) -> tuple[int, ...] | None:
        """Ids of `message` if an earlier attempt posted it, () if it is certainly not there, None if unknown.
        Only posts made from `since` on and not in `exclude` (other rows' recorded posts) count: an identical
        message of another row (the same notice a month ago, or a minute ago) taken for this one loses this post."""
        ...


class DeliveryRepo(Protocol):
    async def claim_due(self, now: datetime, *, limit: int, attempt_id: str, lease_s: float) -> list[OutboxRow]:
        """Atomically mark up to `limit` due rows "sending" under `attempt_id` (pending and due, or "sending" with
        an expired lease) and return them, oldest first."""
        ...

    async def release_claimed(
        self, row_ids: Sequence[int], attempt_id: str, *, next_attempt_at: datetime | None = None
    ) -> int:
        """Return rows claimed under `attempt_id` but never attempted to "pending" (attempt count restored), due at
        `next_attempt_at` (None: when they were due)."""
        ...

    async def release_sending(self) -> int:
        """Return every "sending" row to "pending" (start-up after a crash; single bot process)."""
        ...

    async def mark_sent(self, row_id: int, attempt_id: str, *, now: datetime, message_ids: Sequence[int]) -> bool:
        """Mark sent if the row is still owned by `attempt_id`; False when another attempt took it over."""
        ...

    async def mark_retry(self, row_id: int, attempt_id: str, *, next_attempt_at: datetime, error: str) -> None: ...

    async def row_source(self, row: OutboxRow) -> RowSource: ...

    async def recorded_message_ids(self, target_id: int, *, sent_since: datetime, except_row: int) -> set[int]:
        """Message ids other rows to `target_id`, sent from `sent_since` on, recorded as their posts."""
        ...

    async def give_up(
        self,
        row_id: int,
        attempt_id: str,
        *,
        status: Literal["failed", "dead"],
        error: str,
        disable: Disable | None = None,
        dm_closed: bool = False,
        notice: OutboxItem | None = None,
        forget_channel: bool = False,
        now: datetime,
    ) -> None:
        """One transaction: row → status; disable the schedule/subscription (reason = error); with dm_closed, pause
        the subscription and set dm_closed_notified; with forget_channel, drop the target channel's owed stories and
        digest state (the channel is gone); enqueue `notice` if given."""
        ...
