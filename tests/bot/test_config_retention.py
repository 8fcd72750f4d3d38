"""OUTBOX_RETENTION_DAYS: how long finished delivery records are kept (0: for ever); a bad value is one line."""

from __future__ import annotations

import pytest

from bot.config import Settings
from bot.errors import ConfigError


def test_retention_defaults_to_30_days_and_reads_the_environment() -> None:
    assert Settings.from_env({}).outbox_retention_days == 30
    assert Settings.from_env({"OUTBOX_RETENTION_DAYS": "7"}).outbox_retention_days == 7
    assert Settings.from_env({"OUTBOX_RETENTION_DAYS": "0"}).outbox_retention_days == 0  # keep for ever


@pytest.mark.parametrize("value", ["-1", "a month"])
def test_a_bad_retention_names_the_variable(value: str) -> None:
    with pytest.raises(ConfigError, match=r"^environment: OUTBOX_RETENTION_DAYS: ") as caught:
        Settings.from_env({"OUTBOX_RETENTION_DAYS": value})
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("value", ["1", "2"])
def test_a_retention_shorter_than_the_alert_window_is_refused(value: str) -> None:
    # 1 or 2 days could prune an alert row that still stops a second alert (bot.core.housekeeping)
    with pytest.raises(ConfigError) as caught:
        Settings.from_env({"OUTBOX_RETENTION_DAYS": value})
    assert str(caught.value) == (
        f"environment: OUTBOX_RETENTION_DAYS: {value} is too short: use 0 (keep forever) or at least 3 days "
        "(a shorter retention could alert a subscriber twice)"
    )
    assert Settings.from_env({"OUTBOX_RETENTION_DAYS": "3"}).outbox_retention_days == 3
