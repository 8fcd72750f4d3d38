"""Housekeeping for a long-running deployment: delivery records older than the retention are pruned.

What grows without bound and what is done about it:
- outbox rows (every post, alert, digest and notice ever sent): finished ones (sent, failed, dead) created more than
  the retention ago are deleted. Unfinished ones (pending, sending) never are — a crash or outage must delay a post, not
  lose it — and neither is a failed digest that still sets its channel's digest state (its stories are unshown).
  An alerted story is flagged `alerts_done` in the transaction that enqueued its alerts, but a guild-only story
  later carried by an operator feed goes back to alert matching, and then only the alert row's
  UNIQUE(subscription_id, story_id) stops a second alert. Alerts go out only for stories first seen within the
  dispatcher's max age (48 h) and an alert row is created after its story was first seen, so a retention of at
  least MIN_RETENTION_DAYS keeps every row that could still stop one; a shorter one is refused. A digest slot is
  claimed by the schedule's `last_run_at`, not by the row.
- kept on purpose: stories and their identity keys ("a story is new once, ever" rests on the keys), sightings,
  quotes and actions (they are part of a stored story, which search and /story show). Feed state is one row per
  feed (only the last error is kept); digest channel state is one row per channel; a channel's owed stories (of
  digests never posted) are deleted by the digest that carries them, never by age.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from bot.core.ports import Clock

log = logging.getLogger(__name__)

DEFAULT_RETENTION_DAYS = 30
# The alert dispatcher's max age (48 h) plus a day's margin: see the module docstring.
MIN_RETENTION_DAYS = 3


class PruneRepo(Protocol):
    async def prune(self, before: datetime) -> Mapping[str, int]:
        """Delete finished outbox rows created before `before` (keeping what must stay); rows deleted per kind."""
        ...


@dataclass(frozen=True, slots=True)
class HousekeepingReport:
    """What one housekeeping run pruned: outbox rows per kind, finished before `before`."""

    before: datetime
    outbox: Mapping[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        """Rows deleted in all."""
        return sum(self.outbox.values())


class Housekeeping:
    """Prunes finished delivery records older than the retention; call `run_once` from a scheduler job.

    A retention of 0 days keeps everything: `enabled` is False and no job is scheduled (bot.scheduling). Anything
    between 0 and MIN_RETENTION_DAYS is a ValueError: it could prune an alert row that still stops a second alert.
    """

    def __init__(self, repo: PruneRepo, clock: Clock, *, retention_days: float = DEFAULT_RETENTION_DAYS) -> None:
        if 0 < retention_days < MIN_RETENTION_DAYS:
            raise ValueError(f"retention must be 0 (keep forever) or at least {MIN_RETENTION_DAYS} days")
        self._repo = repo
        self._clock = clock
        self.retention = timedelta(days=max(0.0, retention_days))

    @property
    def enabled(self) -> bool:
        """False when the retention is 0 (keep delivery records forever)."""
        return self.retention > timedelta(0)

    async def run_once(self) -> HousekeepingReport:
        """Prune once and log one line with the counts (nothing, and no line, when not enabled)."""
        before = self._clock.now() - self.retention
        if not self.enabled:
            return HousekeepingReport(before)
        counts = dict(await self._repo.prune(before))
        report = HousekeepingReport(before, counts)
        detail = ", ".join(f"{kind} {n}" for kind, n in sorted(counts.items()) if n)
        log.info(
            "housekeeping: pruned %d finished outbox rows created before %s%s",
            report.total,
            before.isoformat(timespec="seconds"),
            f" ({detail})" if detail else "",
        )
        return report
