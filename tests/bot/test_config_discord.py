"""The Discord side's knobs from the environment (SUMMARISE_PER_USER … OUTBOX_BATCH_DEADLINE_S): defaults, values
reaching BotOptions, and one-line errors naming the variable for values that cannot work."""

from __future__ import annotations

import pytest

from bot.app import BotOptions
from bot.config import Settings
from bot.errors import ConfigError

KNOBS = {
    "SUMMARISE_PER_USER": "3",
    "SUMMARISE_PARALLEL": "4",
    "DISCORD_MAX_RATELIMIT_TIMEOUT_S": "45",
    "DISCORD_SEND_TIMEOUT_S": "90",
    "OUTBOX_LEASE_S": "300",
    "OUTBOX_BATCH_DEADLINE_S": "120",
    "PAGE_TIMEOUT_S": "300",
}


def test_the_defaults_are_botoptions_defaults() -> None:
    # one set of defaults: an operator who sets nothing runs what BotOptions documents
    assert BotOptions.from_settings(Settings.from_env({})) == BotOptions()


def test_every_knob_reaches_botoptions() -> None:
    options = BotOptions.from_settings(Settings.from_env(KNOBS))
    assert (options.summarise_per_user, options.summarise_parallel) == (3, 4)
    assert (options.max_ratelimit_timeout_s, options.send_timeout_s) == (45.0, 90.0)
    assert (options.outbox_lease_s, options.outbox_batch_deadline_s, options.page_timeout_s) == (300.0, 120.0, 300.0)
    assert BotOptions.from_settings(Settings.from_env(KNOBS), poll_feeds=False).poll_feeds is False


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"SUMMARISE_PER_USER": "0"}, "SUMMARISE_PER_USER: Input should be greater than or equal to 1"),
        ({"SUMMARISE_PARALLEL": "0"}, "SUMMARISE_PARALLEL: Input should be greater than or equal to 1"),
        ({"SUMMARISE_PARALLEL": "two"}, "SUMMARISE_PARALLEL: expected a whole number"),
        (
            {"DISCORD_MAX_RATELIMIT_TIMEOUT_S": "5"},
            "DISCORD_MAX_RATELIMIT_TIMEOUT_S: must be at least 30 (discord.py waits out every rate limit up to 30 s "
            "whatever is set)",
        ),
        ({"DISCORD_MAX_RATELIMIT_TIMEOUT_S": "inf"}, "DISCORD_MAX_RATELIMIT_TIMEOUT_S: must be a finite number"),
        ({"DISCORD_SEND_TIMEOUT_S": "nan"}, "DISCORD_SEND_TIMEOUT_S: must be a finite number"),
        (
            {"DISCORD_SEND_TIMEOUT_S": "30"},
            "DISCORD_SEND_TIMEOUT_S: 30 must be longer than DISCORD_MAX_RATELIMIT_TIMEOUT_S (30): a post waiting out "
            "a rate limit would be cut off and retried",
        ),
        (
            {"DISCORD_MAX_RATELIMIT_TIMEOUT_S": "120"},  # the default send timeout (60) is now too short
            "DISCORD_SEND_TIMEOUT_S: 60 must be longer than DISCORD_MAX_RATELIMIT_TIMEOUT_S (120): a post waiting "
            "out a rate limit would be cut off and retried",
        ),
        (
            {"OUTBOX_LEASE_S": "60"},
            "OUTBOX_LEASE_S: 60 must be longer than DISCORD_SEND_TIMEOUT_S (60): a message still being sent could "
            "be taken over and sent again",
        ),
        (
            {"OUTBOX_BATCH_DEADLINE_S": "121"},
            "OUTBOX_BATCH_DEADLINE_S: 121 must not be longer than OUTBOX_LEASE_S (120): a message waiting its turn "
            "in a batch could be taken over",
        ),
        ({"OUTBOX_BATCH_DEADLINE_S": "-1"}, "OUTBOX_BATCH_DEADLINE_S: Input should be greater than 0"),
        ({"PAGE_TIMEOUT_S": "3600"}, "PAGE_TIMEOUT_S: Input should be less than or equal to 840"),
        ({"OUTBOX_LEASE_S": "infinity"}, "OUTBOX_LEASE_S: must be a finite number"),
    ],
)
def test_a_value_that_cannot_work_is_one_line_naming_the_variable(env: dict[str, str], expected: str) -> None:
    with pytest.raises(ConfigError) as caught:
        Settings.from_env(env)
    assert str(caught.value) == f"environment: {expected}"
