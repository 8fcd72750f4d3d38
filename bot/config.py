"""Configuration: `Settings` from the environment (secrets live only there) and `FeedsConfig` from feeds.yaml.

Both are validated once at start and passed down; a bad value raises ConfigError with ONE line naming the file
(or environment variable), the key path (`feeds[3].url`) and the problem, so the CLI can exit without a traceback.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

import yaml
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

import summariser
from bot.config_yaml import load_yaml, yaml_problem
from bot.core.housekeeping import MIN_RETENTION_DAYS
from bot.errors import ConfigError
from bot.models import FeedSpec
from bot.store.db import DEFAULT_DATABASE_URL

MIN_INTERVAL_S = 60.0
DEFAULT_INTERVAL_S = 600.0
DEFAULT_TIMEOUT_S = 20.0
DEFAULT_MAX_BYTES = 10_000_000
# page buttons must come off while the interaction token (15 minutes, Discord) still works: bot.cogs.common caps the
# view timeout at 14 minutes
PAGE_TIMEOUT_MAX_S = 840.0

_DURATION = re.compile(r"^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s)?$")
_SIZE = re.compile(r"^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb|kib|mib|gib)?$")
_SIZE_UNITS = {"b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9, "kib": 2**10, "mib": 2**20, "gib": 2**30}


def parse_duration(value: object) -> float:
    """Seconds from `90s`, `10m`, `1h`, `1h30m`, `1d` (a bare number is seconds)."""
    if isinstance(value, bool):
        raise ValueError("expected a duration such as 90s, 10m or 1h")
    if isinstance(value, int | float):
        return float(value)
    text = str(value).strip().lower().replace(" ", "")
    match = _DURATION.match(text)
    if not text or not match or not any(match.groups()):
        raise ValueError(f"bad duration {value!r}: use a number with a unit, e.g. 90s, 10m, 1h or 1h30m")
    days, hours, minutes, seconds = (float(g) if g else 0.0 for g in match.groups())
    return days * 86400 + hours * 3600 + minutes * 60 + seconds


def parse_size(value: object) -> int:
    """Bytes from an integer or `500KB`, `5MB`, `10 MB` (decimal units; KiB/MiB binary)."""
    if isinstance(value, bool):
        raise ValueError("expected a size such as 5MB")
    if isinstance(value, int):
        return value
    match = _SIZE.match(str(value).strip().lower())
    if not match:
        raise ValueError(f"bad size {value!r}: use bytes or a unit, e.g. 500KB or 5MB")
    return int(float(match.group(1)) * _SIZE_UNITS[match.group(2) or "b"])


Duration = Annotated[float, BeforeValidator(parse_duration)]
Size = Annotated[int, BeforeValidator(parse_size)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TopicConfig(_Strict):
    """Keyword override for the relevance topic (default: the built-in X/Grok regulation topic)."""

    name: str = "custom topic"
    subjects: list[str] = Field(min_length=1)
    concerns: list[str] = Field(min_length=1)
    exclusions: list[str] = Field(default_factory=list)
    weak_concerns: list[str] = Field(default_factory=list)  # count half: harms and reactions
    descriptions: list[str] = Field(default_factory=list)  # second references: "the chatbot"
    owners: list[str] = Field(default_factory=list)  # "Musk" in a headline
    rivals: list[str] = Field(default_factory=list)  # names that make descriptions and owners unsafe
    # governments acting on the subject in a headline; None keeps the built-in lists, [] turns one off
    authorities: list[str] | None = None
    interventions: list[str] | None = None
    responses: list[str] | None = None

    def to_topic(self) -> summariser.Topic:
        """The summariser's Topic for these keywords."""
        return summariser.Topic.from_keywords(
            self.name,
            subjects=self.subjects,
            concerns=self.concerns,
            exclusions=self.exclusions,
            weak_concerns=self.weak_concerns,
            descriptions=self.descriptions,
            owners=self.owners,
            rivals=self.rivals,
            authorities=self.authorities,
            interventions=self.interventions,
            responses=self.responses,
        )


class FeedDefaults(_Strict):
    """Defaults applied to every feed that does not set its own."""

    interval: Duration = Field(default=DEFAULT_INTERVAL_S, ge=MIN_INTERVAL_S)
    fetch_full_text: bool = True
    timeout: Duration = Field(default=DEFAULT_TIMEOUT_S, gt=0, le=300)
    max_bytes: Size = Field(default=DEFAULT_MAX_BYTES, ge=1_000, le=200_000_000)


class FeedConfig(_Strict):
    """One feeds.yaml entry: name and url required, the rest falls back to `defaults`."""

    name: str = Field(min_length=1, max_length=100)
    url: str
    interval: Duration | None = Field(default=None, ge=MIN_INTERVAL_S)
    fetch_full_text: bool | None = None
    timeout: Duration | None = Field(default=None, gt=0, le=300)
    max_bytes: Size | None = Field(default=None, ge=1_000, le=200_000_000)

    @field_validator("name")
    @classmethod
    def _name_is_text(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return value.strip()

    @field_validator("url")
    @classmethod
    def _url_is_http(cls, value: str) -> str:
        value = value.strip()
        if not re.match(r"^https?://[^/\s?#]+", value, re.I) or any(ch.isspace() for ch in value):
            raise ValueError(f"not an http(s) URL: {value!r}")
        try:
            parts = urlsplit(value)
            parts.port  # noqa: B018 -- raises ValueError for a port that is not a number from 0 to 65535
        except ValueError:
            raise ValueError(f"bad port in URL {value!r}") from None
        if not parts.hostname:
            raise ValueError(f"no host in URL {value!r}")
        return value

    def to_spec(self, defaults: FeedDefaults) -> FeedSpec:
        """The domain FeedSpec (operator feeds are trusted)."""
        return FeedSpec(
            name=self.name,
            url=self.url,
            interval_s=self.interval if self.interval is not None else defaults.interval,
            fetch_full_text=self.fetch_full_text if self.fetch_full_text is not None else defaults.fetch_full_text,
            timeout_s=self.timeout if self.timeout is not None else defaults.timeout,
            max_bytes=self.max_bytes if self.max_bytes is not None else defaults.max_bytes,
            trusted=True,
        )


class FeedsFile(_Strict):
    """The whole feeds.yaml document."""

    feeds: list[FeedConfig] = Field(min_length=1)
    defaults: FeedDefaults = Field(default_factory=FeedDefaults)
    topic: TopicConfig | None = None

    @model_validator(mode="after")
    def _unique_names(self) -> FeedsFile:
        seen: dict[str, int] = {}
        for index, feed in enumerate(self.feeds):
            key = feed.name.casefold()
            if key in seen:
                raise _DuplicateName(index, f"duplicate feed name {feed.name!r} (also feeds[{seen[key]}])")
            seen[key] = index
        return self


class _DuplicateName(ValueError):
    def __init__(self, index: int, message: str) -> None:
        super().__init__(message)
        self.index = index


class FeedsConfig:
    """Validated feeds.yaml: feed specs plus the relevance topic."""

    def __init__(self, parsed: FeedsFile, path: Path) -> None:
        self.path = path
        self.feeds: list[FeedSpec] = [feed.to_spec(parsed.defaults) for feed in parsed.feeds]
        self.topic: summariser.Topic = parsed.topic.to_topic() if parsed.topic else summariser.DEFAULT_TOPIC

    def __repr__(self) -> str:
        return f"FeedsConfig(path={str(self.path)!r}, feeds={len(self.feeds)}, topic={self.topic.name!r})"


def load_feeds_config(path: str | os.PathLike[str]) -> FeedsConfig:
    """Read and validate feeds.yaml; raise ConfigError with one line (file, key path, problem) when it is bad."""
    file = Path(path)
    label = str(path)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{label}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{label}: cannot read: {exc}") from None
    try:
        raw = load_yaml(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{label}: {yaml_problem(exc)}") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{label}: expected a mapping with a 'feeds:' list at the top level")
    try:
        parsed = FeedsFile.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(f"{label}: {_validation_problem(exc, raw)}") from None
    return FeedsConfig(parsed, file)


def _validation_problem(exc: ValidationError, raw: Mapping[str, Any]) -> str:
    # a misspelt key also shows up as a missing one; the typo is the real problem, so report it first
    errors = sorted(exc.errors(include_url=False), key=lambda e: e["type"] != "extra_forbidden")
    first = errors[0]
    loc = list(first["loc"])
    ctx_error = (first.get("ctx") or {}).get("error")
    if isinstance(ctx_error, _DuplicateName):
        loc = ["feeds", ctx_error.index, "name"]
    message = _friendly(
        first["type"], str(ctx_error) if ctx_error is not None else first["msg"], loc[-1] if loc else None
    )
    more = f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})" if len(errors) > 1 else ""
    return f"{_key_path(loc)}{_feed_hint(loc, raw)}: {message}{more}"


# pydantic's wording names Python types and model classes; an operator editing YAML thinks in lists and mappings
_TYPE_PROBLEMS = {
    "list_type": "expected a list (items starting with '- ')",
    "dict_type": "expected a mapping (key: value lines)",
    "model_type": "expected a mapping (key: value lines)",
    "model_attributes_type": "expected a mapping (key: value lines)",
    "string_type": "expected text",
    "bool_type": "expected true or false",
    "bool_parsing": "expected true or false",
    "int_type": "expected a whole number",
    "int_parsing": "expected a whole number",
    "float_type": "expected a number",
    "float_parsing": "expected a number",
}


def _friendly(kind: str, msg: str, field: object = None) -> str:
    if field == "interval" and kind == "greater_than_equal":
        return "too short: the minimum interval is 1m"
    if field == "feeds" and kind == "too_short":
        return "list at least one feed (name and url)"
    if field == "discord_max_ratelimit_timeout_s" and kind == "greater_than_equal":
        return "must be at least 30 (discord.py waits out every rate limit up to 30 s whatever is set)"
    if kind == "finite_number":
        return "must be a finite number"
    if kind == "extra_forbidden":
        return "unknown key (check the spelling)"
    if kind == "missing":
        return "required key is missing"
    if kind in _TYPE_PROBLEMS:
        return _TYPE_PROBLEMS[kind]
    if kind == "too_short":
        return "must not be empty"
    # pydantic prefixes messages from our validators with "Value error, "
    return msg.removeprefix("Value error, ").removeprefix("Assertion failed, ")


def _key_path(loc: list[int | str]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "(top level)"


def _feed_hint(loc: list[int | str], raw: Mapping[str, Any]) -> str:
    # Name the feed too, so the operator finds it without counting list items.
    if len(loc) >= 3 and loc[0] == "feeds" and isinstance(loc[1], int) and loc[2] != "name":
        feeds = raw.get("feeds")
        if isinstance(feeds, list) and loc[1] < len(feeds) and isinstance(feeds[loc[1]], dict):
            name = feeds[loc[1]].get("name")
            if isinstance(name, str) and name.strip():
                return f" (feed {name.strip()!r})"
    return ""


LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]


# Delivery settings that must keep an order with an earlier one (Settings' field order): field -> (the earlier field,
# whether equal is allowed — the field may not exceed it — or the field must be longer, what breaks otherwise)
_DELIVERY_ORDER: dict[str, tuple[str, bool, str]] = {
    "discord_send_timeout_s": (
        "discord_max_ratelimit_timeout_s",
        False,
        "a post waiting out a rate limit would be cut off and retried",
    ),
    "outbox_lease_s": (
        "discord_send_timeout_s",
        False,
        "a message still being sent could be taken over and sent again",
    ),
    "outbox_batch_deadline_s": ("outbox_lease_s", True, "a message waiting its turn in a batch could be taken over"),
}


class Settings(BaseModel):
    """Process settings from the environment (upper-case field names: DISCORD_TOKEN, DATABASE_URL, …)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    discord_token: str | None = Field(default=None, repr=False)
    database_url: str = DEFAULT_DATABASE_URL
    feeds_config: str = "feeds.yaml"
    log_level: LogLevel = "INFO"
    discord_api_base: str | None = None
    discord_gateway_url: str | None = None
    alerts_max_per_user: int = Field(default=10, ge=0)
    alerts_max_per_hour: int = Field(default=20, ge=0)
    guild_feed_limit: int = Field(default=10, ge=0)
    digest_grace_minutes: int = Field(default=180, ge=0)
    digest_quiet_note: bool = True
    summarise_timeout_s: float = Field(default=30.0, gt=0)
    # Days to keep finished outbox rows (sent/failed/dead posts, alerts, notices); 0 keeps them forever, and 1 or 2
    # are refused (bot.core.housekeeping: a shorter retention could let a story alert a subscriber twice).
    outbox_retention_days: int = Field(default=30, ge=0)
    # The Discord side (bot.app.BotOptions): /summarise limits, delivery deadlines, page buttons. Finite numbers only;
    # the order matters: each cross-check below reads the fields before it (defaults are checked too, so raising one
    # value alone cannot leave its default neighbour unable to work).
    summarise_per_user: int = Field(default=5, ge=1)  # /summarise calls a member may start per minute
    summarise_parallel: int = Field(default=2, ge=1)  # summaries computed at once
    # longest 429 wait inside one Discord request; longer rate limits reschedule that message only
    discord_max_ratelimit_timeout_s: float = Field(default=30.0, ge=30.0, allow_inf_nan=False)
    # one post, 429 waits included; a "sending" row is taken over after the lease; no post starts after the deadline
    discord_send_timeout_s: float = Field(default=60.0, gt=0, allow_inf_nan=False, validate_default=True)
    outbox_lease_s: float = Field(default=120.0, gt=0, allow_inf_nan=False, validate_default=True)
    outbox_batch_deadline_s: float = Field(default=60.0, gt=0, allow_inf_nan=False, validate_default=True)
    page_timeout_s: float = Field(default=600.0, gt=0, le=PAGE_TIMEOUT_MAX_S, allow_inf_nan=False)

    @field_validator(*_DELIVERY_ORDER)
    @classmethod
    def _delivery_deadlines_in_order(cls, value: float, info: ValidationInfo) -> float:
        earlier, may_equal, harm = _DELIVERY_ORDER[info.field_name or ""]
        bound = info.data.get(earlier)
        if bound is not None and (value > bound if may_equal else value <= bound):
            relation = "must not be longer than" if may_equal else "must be longer than"
            raise ValueError(f"{value:g} {relation} {earlier.upper()} ({bound:g}): {harm}")
        return value

    @field_validator("outbox_retention_days")
    @classmethod
    def _retention_keeps_alert_rows(cls, value: int) -> int:
        if 0 < value < MIN_RETENTION_DAYS:
            raise ValueError(
                f"{value} is too short: use 0 (keep forever) or at least {MIN_RETENTION_DAYS} days "
                "(a shorter retention could alert a subscriber twice)"
            )
        return value

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper_level(cls, value: object) -> object:
        if not isinstance(value, str):
            return value
        level = value.strip().upper()
        return {"WARN": "WARNING", "FATAL": "CRITICAL"}.get(level, level)  # aliases the logging module accepts

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Settings from `environ` (default os.environ); empty variables count as unset."""
        env = os.environ if environ is None else environ
        values = {name: env[name.upper()] for name in cls.model_fields if env.get(name.upper(), "").strip() != ""}
        try:
            return cls.model_validate(values)
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            var = str(first["loc"][0]).upper() if first["loc"] else "environment"
            field = first["loc"][0] if first["loc"] else None
            raise ConfigError(f"environment: {var}: {_friendly(first['type'], first['msg'], field)}") from None
