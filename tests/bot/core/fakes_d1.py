"""Fakes of OUR ports for the Discord-facing service tests: a fixed clock, a recording publisher, story fixtures."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.ports import OutgoingMessage, SendResult
from bot.models import Story
from bot.store.pipeline_tables import stories as stories_table

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


class FixedClock:
    """A clock that only moves when told to."""

    def __init__(self, now: datetime = T0) -> None:
        self.t = now

    def now(self) -> datetime:
        return self.t

    def advance(self, **kwargs: float) -> datetime:
        self.t += timedelta(**kwargs)
        return self.t


@dataclass
class Sent:
    target_type: str
    target_id: int
    message: OutgoingMessage


@dataclass
class RecordingPublisher:
    """Records sends; `script` decides each outcome (default: sent). Like Discord with enforce_nonce, a resend of a
    nonce already posted returns the earlier message instead of posting again."""

    script: Callable[[str, int, OutgoingMessage], SendResult] | None = None
    sent: list[Sent] = field(default_factory=list)
    attempts: list[Sent] = field(default_factory=list)
    _by_nonce: dict[str, int] = field(default_factory=dict)

    async def send_to_channel(self, channel_id: int, message: OutgoingMessage) -> SendResult:
        return self._send("channel", channel_id, message)

    async def send_to_user(self, user_id: int, message: OutgoingMessage) -> SendResult:
        return self._send("user", user_id, message)

    def _send(self, kind: str, target: int, message: OutgoingMessage) -> SendResult:
        self.attempts.append(Sent(kind, target, message))
        result = self.script(kind, target, message) if self.script else SendResult("sent")
        if result.outcome != "sent":
            return result
        nonce = str(message.payload.get("nonce"))
        if nonce in self._by_nonce:
            return SendResult("sent", message_ids=(self._by_nonce[nonce],))
        self.sent.append(Sent(kind, target, message))
        self._by_nonce[nonce] = 1000 + len(self.sent)
        return SendResult("sent", message_ids=(self._by_nonce[nonce],))


def story(
    sid: str,
    title: str,
    *,
    published: datetime = T0,
    first_seen: datetime | None = None,
    relevant: bool = True,
    score: float = 0.6,
    key_points: Sequence[str] = (),
    quotes: Sequence[dict[str, Any]] = (),
    actions: Sequence[dict[str, Any]] = (),
    publisher: str = "The Courier",
    also: tuple[str, ...] = (),
) -> Story:
    """A stored-story record written for these tests."""
    summary = {
        "title": title,
        "key_points": list(key_points),
        "quotes": [
            {
                "text": q["text"],
                "speaker": q.get("speaker"),
                "speaker_role": q.get("speaker_role"),
                "partial": q.get("partial", False),
                "sentence": q.get("sentence", 0),
            }
            for q in quotes
        ],
        "actions": [
            {
                "actor": a["actor"],
                "action": a["action"],
                "target": a.get("target"),
                "status": a.get("status", "taken"),
                "when": a.get("when"),
                "instrument": a.get("instrument"),
                "sentence": 0,
            }
            for a in actions
        ],
        "entities": {"people": [], "organisations": [], "laws": [], "places": []},
        "relevance": {"score": score, "relevant": relevant, "matched": []},
    }
    return Story(
        id=sid,
        feed="courier",
        title=title,
        url=f"https://news.example.com/{sid}",
        canonical_url=f"https://news.example.com/{sid}",
        guid=sid,
        published=published,
        first_seen=first_seen or published,
        lede=title,
        publisher=publisher,
        relevant=relevant,
        summary=summary,
        also_covered_by=also,
    )


async def insert_stories(engine: AsyncEngine, items: Sequence[Story]) -> None:
    """Store stories directly (the poller's job in production), alerts pending."""
    rows = [
        {
            "id": s.id,
            "feed": s.feed,
            "guid": s.guid,
            "url": s.url,
            "canonical_url": s.canonical_url,
            "title": s.title,
            "published": s.published,
            "first_seen": s.first_seen,
            "lede": s.lede,
            "publisher": s.publisher,
            "relevant": s.relevant,
            "summary": s.summary,
            "alerts_done": False,
        }
        for s in items
    ]
    async with engine.begin() as conn:
        await conn.execute(sa.insert(stories_table), rows)
