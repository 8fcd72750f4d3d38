"""Outbox records shared by the services that decide a message (alerts, digests, notices) and the delivery worker.

A row is written in the same transaction as the decision that makes it due; bot.core.delivery sends it later.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from bot.core.ports import OutgoingMessage

OutboxKind = Literal["digest", "alert", "notice"]
TargetType = Literal["channel", "user"]
# failed: not posted and not the message's fault (its target refused it, or delivery gave up on retries) — a failed
# digest's stories count as unshown (bot.core.digest_service); dead: dropped for good (rejected as malformed, a
# notice nobody could receive, a removed subscription's alert).
OutboxStatus = Literal["pending", "sending", "sent", "failed", "dead"]


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """A message to enqueue plus the references that make it unique (one alert per subscription and story, one
    digest per schedule slot)."""

    kind: OutboxKind
    target_type: TargetType
    target_id: int
    payload: dict[str, Any]
    mention_user_id: int | None = None
    guild_id: int | None = None
    user_id: int | None = None
    subscription_id: int | None = None
    story_id: str | None = None
    schedule_id: int | None = None
    window_end: datetime | None = None  # a digest's window end; with schedule_id, the slot it is unique for


@dataclass(frozen=True, slots=True)
class OutboxRow:
    """A claimed outbox row: what to send, where, and the attempt that owns it."""

    id: int
    kind: OutboxKind
    target_type: TargetType
    target_id: int
    payload: dict[str, Any]
    nonce: str
    attempts: int
    attempt_id: str
    created_at: datetime
    mention_user_id: int | None = None
    guild_id: int | None = None
    user_id: int | None = None
    subscription_id: int | None = None
    story_id: str | None = None
    schedule_id: int | None = None
    message_ids: tuple[int, ...] = field(default=())
    last_error: str | None = None  # the previous attempt's error (a first "gone" awaiting confirmation says so)

    def message(self) -> OutgoingMessage:
        """The Publisher-facing message; payload["nonce"] lets Discord dedupe a resend (enforce_nonce)."""
        payload = dict(self.payload)
        payload["nonce"] = self.nonce
        payload["outbox_id"] = self.id
        return OutgoingMessage(kind=self.kind, payload=payload, mention_user_id=self.mention_user_id)
