"""Housekeeping for a long-running deployment: delivery records older than the retention are pruned.

What grows without bound and what is done about it:
- outbox rows (every post, alert, digest and notice ever sent): finished ones (sent, failed, dead) older than the
  retention are deleted. Unfinished ones (pending, sending) never are — a crash or outage must delay a post, not
  lose it — and neither is a failed digest that still sets its channel's digest state (its stories are unshown).
  Deleting old rows cannot re-send anything: an alerted story is flagged `alerts_done` in the transaction that
  enqueued its alerts, and a digest slot is claimed by the schedule's `last_run_at`, not by the row.
- kept on purpose: stories and their identity keys ("a story is new once, ever" rests on the keys), sightings,
  quotes and actions (they are part of a stored story, which search and /story show). Feed state is one row per
  feed (only the last error is kept); digest channel state is one row per channel.
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

    A retention of 0 days keeps everything: `enabled` is False and no job is scheduled (bot.scheduling).
    """

    def __init__(self, repo: PruneRepo, clock: Clock, *, retention_days: float = DEFAULT_RETENTION_DAYS) -> None:
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
