"""Per-feed polling state machine (pure): failures back off exponentially, gone feeds die, servers are obeyed.

- success (200 or 304): failures reset, validators stored, next poll after max(interval, <ttl>, max-age); the
  <ttl>/max-age learned on a 200 is kept in the state (`min_interval_s`) so the 304s that follow honour it too
- error: consecutive failures + 1, next poll after interval × 2^(failures-1), capped at MAX_BACKOFF_S
- 429/503 with Retry-After: next poll no earlier than the server asked
- 404/410 GONE_LIMIT times in a row: the feed is dead (not polled again until its URL changes)
"""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime, timedelta

from bot.models import FeedState, FetchResult

MAX_BACKOFF_S = 6 * 3600.0
# A server's Retry-After or <ttl> is honoured up to this; beyond it we assume a misconfiguration.
MAX_SERVER_DELAY_S = 24 * 3600.0
GONE_LIMIT = 3
_GONE = re.compile(r"^HTTP (404|410)\b")
_STREAK = re.compile(r"\((\d+) times in a row\)$")


def next_state_after(
    state: FeedState,
    result: FetchResult,
    *,
    now: datetime,
    interval_s: float,
    parsed_ttl_s: float | None = None,
) -> FeedState:
    """The feed's state after `result`: failure count, last error, next attempt, validators, dead flag."""
    if result.status in ("ok", "not_modified"):
        return _after_success(state, result, now=now, interval_s=interval_s, parsed_ttl_s=parsed_ttl_s)
    failures = state.consecutive_failures + 1
    error = " ".join((result.error or "unknown error").split())
    if _GONE.match(error):
        streak = gone_streak(state) + 1
        if streak >= GONE_LIMIT:
            return dataclasses.replace(
                state,
                consecutive_failures=failures,
                last_error=f"{error} ({streak} times in a row)",
                last_error_at=now,
                next_attempt=None,
                dead=True,
            )
        if streak > 1:
            error = f"{error} ({streak} times in a row)"
    # the server's learned minimum still holds while the feed fails: backing off never polls faster than it
    delay = backoff_delay_s(failures, max(interval_s, state.min_interval_s or 0.0))
    if result.retry_after_s is not None:
        delay = max(delay, min(result.retry_after_s, MAX_SERVER_DELAY_S))
    return dataclasses.replace(
        state,
        consecutive_failures=failures,
        last_error=error,
        last_error_at=now,
        next_attempt=now + timedelta(seconds=delay),
    )


def backoff_delay_s(failures: int, interval_s: float) -> float:
    """Seconds before the next attempt after `failures` consecutive failures (exponential, capped)."""
    if failures <= 0:
        return interval_s
    # the exponent is capped too, so a feed failing for months cannot overflow the float
    return min(MAX_BACKOFF_S, max(interval_s, interval_s * 2.0 ** min(failures - 1, 30)))


def gone_streak(state: FeedState) -> int:
    """How many 404/410 responses in a row the state records (0 when the last error was something else)."""
    if state.consecutive_failures == 0 or not state.last_error or not _GONE.match(state.last_error):
        return 0
    match = _STREAK.search(state.last_error)
    return int(match.group(1)) if match else 1


def _after_success(
    state: FeedState, result: FetchResult, *, now: datetime, interval_s: float, parsed_ttl_s: float | None
) -> FeedState:
    hints = [min(h, MAX_SERVER_DELAY_S) for h in (parsed_ttl_s, result.max_age_s) if h is not None and h > 0]
    if result.status == "ok":
        # a 200 replaces the validators and the learned minimum, dropping whatever the server no longer sends
        etag, last_modified = result.etag, result.last_modified
        learned = max(hints, default=None)
    else:
        # a 304 has no body, so no <ttl>: what the last 200 taught still holds; a max-age on the 304 adds to it
        etag, last_modified = result.etag or state.etag, result.last_modified or state.last_modified
        learned = max([*hints, state.min_interval_s or 0.0]) or None
    # <ttl> and max-age are lower bounds on the interval, never reasons to poll faster
    wait = max(interval_s, learned or 0.0)
    return dataclasses.replace(
        state,
        etag=etag,
        last_modified=last_modified,
        last_success=now,
        consecutive_failures=0,
        next_attempt=now + timedelta(seconds=wait),
        dead=False,
        min_interval_s=learned,
    )
