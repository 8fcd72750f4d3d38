"""next_state_after: the per-feed state machine (pure)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from bot.core.backoff import GONE_LIMIT, MAX_BACKOFF_S, backoff_delay_s, gone_streak, next_state_after
from bot.models import FeedState, FetchResult

NOW = datetime(2026, 1, 12, 9, 0, tzinfo=UTC)
URL = "https://feeds.example.org/tech.rss"
INTERVAL = 600.0


def ok(**kw: object) -> FetchResult:
    return FetchResult(status="ok", url=URL, status_code=200, body=b"<rss/>", **kw)  # type: ignore[arg-type]


def err(code: int | None, message: str, **kw: object) -> FetchResult:
    return FetchResult(status="error", url=URL, status_code=code, error=message, **kw)  # type: ignore[arg-type]


def fresh() -> FeedState:
    return FeedState(name="tech", url=URL)


def test_success_resets_failures_and_stores_validators() -> None:
    failing = FeedState(name="tech", url=URL, consecutive_failures=4, last_error="HTTP 500", etag='"old"')
    state = next_state_after(
        failing, ok(etag='"v2"', last_modified="Mon, 12 Jan 2026 08:00:00 GMT"), now=NOW, interval_s=INTERVAL
    )
    assert state.consecutive_failures == 0 and state.last_success == NOW and not state.dead
    assert state.etag == '"v2"' and state.last_modified == "Mon, 12 Jan 2026 08:00:00 GMT"
    assert state.next_attempt == NOW + timedelta(seconds=INTERVAL)
    assert state.last_error == "HTTP 500"  # history kept for `feeds`; failures == 0 says it recovered


def test_not_modified_keeps_validators() -> None:
    before = FeedState(name="tech", url=URL, etag='"v1"', last_modified="x")
    result = FetchResult(status="not_modified", url=URL, status_code=304)
    state = next_state_after(before, result, now=NOW, interval_s=INTERVAL)
    assert state.etag == '"v1"' and state.last_modified == "x" and state.last_success == NOW


def test_ttl_and_max_age_are_lower_bounds() -> None:
    with_ttl = next_state_after(fresh(), ok(), now=NOW, interval_s=INTERVAL, parsed_ttl_s=3600)
    assert with_ttl.next_attempt == NOW + timedelta(hours=1)
    with_max_age = next_state_after(fresh(), ok(max_age_s=1800.0), now=NOW, interval_s=INTERVAL)
    assert with_max_age.next_attempt == NOW + timedelta(minutes=30)
    short_ttl = next_state_after(fresh(), ok(max_age_s=60.0), now=NOW, interval_s=INTERVAL, parsed_ttl_s=60)
    assert short_ttl.next_attempt == NOW + timedelta(seconds=INTERVAL)  # never faster than configured


def test_learned_minimum_survives_not_modified() -> None:
    learned = next_state_after(fresh(), ok(max_age_s=1800.0), now=NOW, interval_s=INTERVAL, parsed_ttl_s=3600)
    assert learned.min_interval_s == 3600.0
    later = NOW + timedelta(hours=1)
    bare_304 = FetchResult(status="not_modified", url=URL, status_code=304)
    after_304 = next_state_after(learned, bare_304, now=later, interval_s=INTERVAL)
    assert after_304.min_interval_s == 3600.0 and after_304.next_attempt == later + timedelta(hours=1)
    longer_304 = dataclasses.replace(bare_304, max_age_s=7200.0)
    assert next_state_after(after_304, longer_304, now=later, interval_s=INTERVAL).min_interval_s == 7200.0
    # a 200 that no longer sends <ttl> or max-age forgets the old minimum
    forgotten = next_state_after(after_304, ok(), now=later, interval_s=INTERVAL)
    assert forgotten.min_interval_s is None and forgotten.next_attempt == later + timedelta(seconds=INTERVAL)


def test_failures_back_off_from_the_learned_minimum() -> None:
    learned = FeedState(name="tech", url=URL, min_interval_s=3600.0)
    failed = next_state_after(learned, err(500, "HTTP 500"), now=NOW, interval_s=INTERVAL)
    assert failed.next_attempt == NOW + timedelta(hours=1) and failed.min_interval_s == 3600.0


def test_failures_back_off_exponentially_up_to_the_cap() -> None:
    state = fresh()
    delays = []
    for _ in range(12):
        state = next_state_after(state, err(500, "HTTP 500 Internal Server Error"), now=NOW, interval_s=INTERVAL)
        assert state.next_attempt is not None
        delays.append((state.next_attempt - NOW).total_seconds())
    assert delays[:4] == [600.0, 1200.0, 2400.0, 4800.0]
    assert max(delays) == MAX_BACKOFF_S and delays[-1] == MAX_BACKOFF_S
    assert state.consecutive_failures == 12 and state.last_error == "HTTP 500 Internal Server Error"
    assert state.last_error_at == NOW and not state.dead
    assert backoff_delay_s(10_000, INTERVAL) == MAX_BACKOFF_S


def test_retry_after_is_honoured() -> None:
    state = next_state_after(
        fresh(), err(429, "HTTP 429 Too Many Requests", retry_after_s=7200.0), now=NOW, interval_s=INTERVAL
    )
    assert state.next_attempt == NOW + timedelta(hours=2)
    absurd = next_state_after(fresh(), err(503, "HTTP 503", retry_after_s=1e9), now=NOW, interval_s=INTERVAL)
    assert absurd.next_attempt == NOW + timedelta(days=1)


def test_gone_repeated_marks_feed_dead() -> None:
    state = fresh()
    for i in range(1, GONE_LIMIT):
        state = next_state_after(state, err(404, "HTTP 404 Not Found"), now=NOW, interval_s=INTERVAL)
        assert not state.dead and gone_streak(state) == i
    state = next_state_after(state, err(410, "HTTP 410 Gone"), now=NOW, interval_s=INTERVAL)
    assert state.dead and state.next_attempt is None
    assert state.last_error == f"HTTP 410 Gone ({GONE_LIMIT} times in a row)"


def test_gone_streak_broken_by_other_errors_or_success() -> None:
    state = next_state_after(fresh(), err(404, "HTTP 404 Not Found"), now=NOW, interval_s=INTERVAL)
    state = next_state_after(state, err(None, "timed out after 20 s"), now=NOW, interval_s=INTERVAL)
    state = next_state_after(state, err(404, "HTTP 404 Not Found"), now=NOW, interval_s=INTERVAL)
    assert gone_streak(state) == 1 and not state.dead
    state = next_state_after(state, ok(), now=NOW, interval_s=INTERVAL)
    assert gone_streak(state) == 0
    state = next_state_after(state, err(404, "HTTP 404 Not Found"), now=NOW, interval_s=INTERVAL)
    assert gone_streak(state) == 1 and not state.dead
