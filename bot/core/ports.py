"""Protocols at the seams between services and the outside world (clock, publishing).

Storage protocols live next to the services that use them; concrete classes are built only in the composition root.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal, Protocol

# rejected: Discord refused the payload itself (400): resending the same bytes cannot succeed
SendOutcome = Literal["sent", "retry", "gone", "forbidden", "dm_closed", "rejected"]


class Clock(Protocol):
    """Where services get the time, so tests can inject it instead of waiting for it."""

    def now(self) -> datetime: ...


class SystemClock:
    """The real UTC clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class OutgoingMessage:
    """A message to post, free of Discord types: the Discord layer renders it to content/embeds."""

    kind: Literal["digest", "alert", "notice"]
    payload: dict[str, Any]
    mention_user_id: int | None = None


@dataclass(frozen=True, slots=True)
class SendResult:
    """What happened to one send: sent, retry later (5xx/network/429), or a permanent refusal."""

    outcome: SendOutcome
    detail: str | None = None
    retry_after_s: float | None = None
    message_ids: tuple[int, ...] = field(default=())


class Publisher(Protocol):
    """Posts to a channel or DMs a user; implemented by the Discord layer, faked in tests."""

    async def send_to_channel(self, channel_id: int, message: OutgoingMessage) -> SendResult: ...

    async def send_to_user(self, user_id: int, message: OutgoingMessage) -> SendResult: ...
