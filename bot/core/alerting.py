"""Alert subscriptions and the AlertDispatcher: pending stories → one outbox row per (subscription, story).

The dispatcher decides; the store does the SQL. Matching, enqueueing and marking stories `alerts_done` happen in ONE
transaction, and UNIQUE(subscription_id, story_id) makes "once per subscription" a database guarantee.

Limits: at most `max_per_hour` alerts per user in any rolling hour. Over the limit an alert is skipped and counted on
the subscription (`skipped_over_limit`), not deferred: a deferred burst would arrive late and all at once, and the
stories stay available through /latest and the digest. Stories older than `max_age` (first poll of a new feed, a
backlog after downtime longer than that: by published date or first sighting) are marked done without alerts.

Guild scope: a story seen only through guild feeds (/feeds add) is matched only against subscriptions made in those
guilds (DM subscriptions carry the guild they were made in); an operator feed's story against everyone's. A
subscription made outside any guild sees operator stories only.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal, Protocol

from bot.core.alerts import Query, alert_document, parse_query
from bot.core.digests import digest_item, item_to_dict
from bot.core.outbox import OutboxItem
from bot.core.ports import Clock
from bot.errors import UserInputError
from bot.models import Story

log = logging.getLogger(__name__)

Where = Literal["dm", "here"]


@dataclass(frozen=True, slots=True)
class AlertSubscription:
    """One user's alert query; `where` = dm (direct message) or here (the channel it was created in)."""

    id: int
    user_id: int
    guild_id: int | None
    channel_id: int | None
    query: str
    where: Where
    paused: bool
    created_at: datetime
    disabled_reason: str | None = None
    dm_closed_notified: bool = False
    skipped_over_limit: int = 0

    @property
    def active(self) -> bool:
        """Receives alerts: not paused and not disabled."""
        return not self.paused and self.disabled_reason is None


@dataclass(frozen=True, slots=True)
class DispatchReport:
    """What one dispatch run did."""

    stories: int = 0
    enqueued: int = 0
    skipped_over_limit: int = 0
    too_old: int = 0


class AlertTx(Protocol):
    """Store operations inside the dispatcher's single transaction."""

    async def active_subscriptions(self) -> list[AlertSubscription]: ...

    async def alerts_since(self, since: datetime) -> dict[int, int]:
        """Alert outbox rows per user created at or after `since`."""
        ...

    async def enqueue(self, item: OutboxItem) -> bool:
        """Insert an outbox row; False when its unique key already exists (nothing inserted)."""
        ...

    async def mark_stories_done(self, story_ids: Sequence[str]) -> None: ...

    async def add_skipped(self, counts: Mapping[int, int]) -> None:
        """Add to subscriptions' skipped_over_limit counters (subscription id → n)."""
        ...


class AlertRepo(Protocol):
    def alert_transaction(self, now: datetime) -> AbstractAsyncContextManager[AlertTx]:
        """One transaction: committed on normal exit, rolled back on an exception; new rows stamped `now`."""
        ...


class PendingAlertStories(Protocol):
    async def pending_alert_stories(self, limit: int) -> list[Story]:
        """Relevant stories whose alerts are not done yet, oldest first."""
        ...

    async def story_scopes(self, story_ids: Sequence[str]) -> dict[str, frozenset[int] | None]:
        """Per story: None = visible in every guild, else the guilds that may see it."""
        ...

    async def get(self, story_id: str, *, guild_id: int | None = None) -> Story | None:
        """The story as that guild sees it (its source and other outlets named only by feeds it may see)."""
        ...


def may_see(sub: AlertSubscription, scope: frozenset[int] | None) -> bool:
    """Whether the subscription's guild may see a story with this scope (see StoryStore.story_scopes)."""
    return scope is None or (sub.guild_id is not None and sub.guild_id in scope)


def alert_item(story: Story, sub: AlertSubscription) -> OutboxItem:
    """The outbox row for one alert: a DM to the user, or a post in the channel mentioning only the subscriber."""
    payload = {"story": item_to_dict(digest_item(story)), "query": sub.query, "subscription_id": sub.id}
    here = sub.where == "here" and sub.channel_id is not None
    return OutboxItem(
        kind="alert",
        target_type="channel" if here else "user",
        target_id=sub.channel_id if here and sub.channel_id is not None else sub.user_id,
        payload=payload,
        mention_user_id=sub.user_id if here else None,
        guild_id=sub.guild_id,
        user_id=sub.user_id,
        subscription_id=sub.id,
        story_id=story.id,
    )


class AlertDispatcher:
    """Matches pending stories against active subscriptions and enqueues alerts (a scheduler job after each poll)."""

    def __init__(
        self,
        repo: AlertRepo,
        stories: PendingAlertStories,
        clock: Clock,
        *,
        max_per_hour: int = 20,
        max_age: timedelta = timedelta(hours=48),
        batch: int = 200,
    ) -> None:
        self._repo = repo
        self._stories = stories
        self._clock = clock
        self._max_per_hour = max_per_hour
        self._max_age = max_age
        self._batch = batch

    async def dispatch(self) -> DispatchReport:
        """Process one batch of pending stories; returns counts (call again while `stories == batch`)."""
        stories = await self._stories.pending_alert_stories(self._batch)
        if not stories:
            return DispatchReport()
        scopes = await self._stories.story_scopes([s.id for s in stories])
        views = await self._guild_views(stories, scopes)
        now = self._clock.now()
        async with self._repo.alert_transaction(now) as tx:
            subs = [(s, q) for s in await tx.active_subscriptions() if (q := _compiled(s)) is not None]
            sent_this_hour = Counter(await tx.alerts_since(now - timedelta(hours=1)))
            skipped: Counter[int] = Counter()
            enqueued = too_old = 0
            for story in stories:
                if now - story.published > self._max_age or now - story.first_seen > self._max_age:
                    too_old += 1
                    continue
                doc = alert_document(story)
                scope = scopes.get(story.id)
                for sub, query in subs:
                    if not may_see(sub, scope) or not query.matches(doc):
                        continue
                    if sent_this_hour[sub.user_id] >= self._max_per_hour:
                        skipped[sub.id] += 1
                        continue
                    if await tx.enqueue(alert_item(views.get((story.id, sub.guild_id), story), sub)):
                        sent_this_hour[sub.user_id] += 1
                        enqueued += 1
            await tx.mark_stories_done([s.id for s in stories])
            if skipped:
                await tx.add_skipped(skipped)
        if skipped:
            log.info("alerts over the hourly limit skipped: %s", dict(skipped))
        return DispatchReport(len(stories), enqueued, sum(skipped.values()), too_old)

    async def _guild_views(
        self, stories: Sequence[Story], scopes: Mapping[str, frozenset[int] | None]
    ) -> dict[tuple[str, int | None], Story]:
        """Guild-only stories as each of their guilds sees them: a story two guilds' feeds carried must not show one
        guild's feed name to the other. Read before the alert transaction opens (few: guild-only stories are rare)."""
        views: dict[tuple[str, int | None], Story] = {}
        for story in stories:
            for guild_id in sorted(scopes.get(story.id) or ()):
                view = await self._stories.get(story.id, guild_id=guild_id)
                if view is not None:
                    views[(story.id, guild_id)] = view
        return views


def _compiled(sub: AlertSubscription) -> Query | None:
    try:
        return parse_query(sub.query)
    except UserInputError as exc:
        # Stored queries were validated on /alerts add; a rule change must not stop everyone's alerts.
        log.warning("alert subscription %s has an invalid query %r: %s", sub.id, sub.query, exc)
        return None
