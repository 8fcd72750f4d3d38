"""Discord-side tables (guild settings, digest schedules, alert subscriptions, outbox, guild feeds) as Core objects.

The schema is created by migration 0002_discord; these objects describe it to bot.store.discord_repo. Unique
constraints carry the delivery guarantees: UNIQUE(subscription_id, story_id) = one alert per story per subscription,
UNIQUE(schedule_id, window_end) = one digest per schedule slot (NULLs never collide, so notices and `/digest now`
rows are unconstrained).
"""

from __future__ import annotations

import sqlalchemy as sa

from bot.store.types import UTCDateTime

metadata = sa.MetaData()

# `meta` belongs to 0001_base; described here only so the repo can keep the command-tree hash in it.
meta = sa.Table(
    "meta",
    metadata,
    sa.Column("key", sa.String(100), primary_key=True),
    sa.Column("value", sa.Text(), nullable=False),
)

guild_settings = sa.Table(
    "guild_settings",
    metadata,
    sa.Column("guild_id", sa.BigInteger(), primary_key=True, autoincrement=False),
    sa.Column("system_channel_id", sa.BigInteger(), nullable=True),
    sa.Column("notice_channel_id", sa.BigInteger(), nullable=True),
    sa.Column("updated_at", UTCDateTime(), nullable=False),
    # when the guild removed the bot (0007_guild_removed_at); None while the bot is in it
    sa.Column("removed_at", UTCDateTime(), nullable=True),
)

digest_schedules = sa.Table(
    "digest_schedules",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
    sa.Column("guild_id", sa.BigInteger(), nullable=False),
    sa.Column("channel_id", sa.BigInteger(), nullable=False),
    sa.Column("time", sa.String(5), nullable=False),
    sa.Column("tz", sa.String(64), nullable=False),
    sa.Column("frequency", sa.String(8), nullable=False),
    sa.Column("weekday", sa.Integer(), nullable=True),
    sa.Column("created_by", sa.BigInteger(), nullable=False),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Column("enabled", sa.Boolean(), nullable=False),
    sa.Column("last_run_at", UTCDateTime(), nullable=True),
    sa.Column("last_story_ids", sa.JSON(), nullable=False),
    sa.Column("disabled_reason", sa.Text(), nullable=True),
    sa.UniqueConstraint("channel_id", name="uq_digest_schedules_channel"),
)

# Per channel: where the last digest (scheduled or `/digest now`) ended and what it contained, so the next one
# starts there and never repeats a story.
digest_channels = sa.Table(
    "digest_channels",
    metadata,
    sa.Column("channel_id", sa.BigInteger(), primary_key=True, autoincrement=False),
    sa.Column("guild_id", sa.BigInteger(), nullable=False),
    sa.Column("last_window_end", UTCDateTime(), nullable=False),
    sa.Column("last_story_ids", sa.JSON(), nullable=False),
)

# Stories of a channel's digest that was never posted: its next digest carries them whatever its window
# (0004_digest_owed).
digest_owed = sa.Table(
    "digest_owed",
    metadata,
    sa.Column("channel_id", sa.BigInteger(), primary_key=True, autoincrement=False),
    sa.Column("story_id", sa.String(64), primary_key=True),
)

alert_subscriptions = sa.Table(
    "alert_subscriptions",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
    sa.Column("user_id", sa.BigInteger(), nullable=False),
    sa.Column("guild_id", sa.BigInteger(), nullable=True),
    sa.Column("channel_id", sa.BigInteger(), nullable=True),
    sa.Column("query", sa.Text(), nullable=False),
    sa.Column("where", sa.String(4), nullable=False),
    sa.Column("paused", sa.Boolean(), nullable=False),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Column("disabled_reason", sa.Text(), nullable=True),
    sa.Column("dm_closed_notified", sa.Boolean(), nullable=False),
    sa.Column("skipped_over_limit", sa.Integer(), nullable=False),
)

# Indexes (created by the migrations, not described here): ix_outbox_due (status, next_attempt_at) for claims,
# ix_outbox_user_alerts (kind, user_id, created_at) for the hourly alert limit, ix_outbox_target_window (target_id,
# window_end) for a channel's failed digest (0003_outbox_digest_lookup). Every digest row carries its window_end.
outbox = sa.Table(
    "outbox",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(8), nullable=False),
    sa.Column("target_type", sa.String(8), nullable=False),
    sa.Column("target_id", sa.BigInteger(), nullable=False),
    sa.Column("mention_user_id", sa.BigInteger(), nullable=True),
    sa.Column("payload", sa.JSON(), nullable=False),
    sa.Column("nonce", sa.String(25), nullable=False),
    sa.Column("status", sa.String(8), nullable=False),
    sa.Column("attempts", sa.Integer(), nullable=False),
    sa.Column("attempt_id", sa.String(32), nullable=True),
    sa.Column("claimed_at", UTCDateTime(), nullable=True),
    sa.Column("next_attempt_at", UTCDateTime(), nullable=False),
    sa.Column("last_error", sa.Text(), nullable=True),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Column("sent_at", UTCDateTime(), nullable=True),
    sa.Column("message_ids", sa.JSON(), nullable=True),
    sa.Column("guild_id", sa.BigInteger(), nullable=True),
    sa.Column("user_id", sa.BigInteger(), nullable=True),
    sa.Column("subscription_id", sa.Integer(), nullable=True),
    sa.Column("story_id", sa.String(64), nullable=True),
    sa.Column("schedule_id", sa.Integer(), nullable=True),
    sa.Column("window_end", UTCDateTime(), nullable=True),
    sa.UniqueConstraint("subscription_id", "story_id", name="uq_outbox_alert"),
    sa.UniqueConstraint("schedule_id", "window_end", name="uq_outbox_digest"),
)

guild_feeds = sa.Table(
    "guild_feeds",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
    sa.Column("guild_id", sa.BigInteger(), nullable=False),
    sa.Column("name", sa.String(100), nullable=False),
    sa.Column("url", sa.Text(), nullable=False),
    sa.Column("added_by", sa.BigInteger(), nullable=False),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.UniqueConstraint("guild_id", "name", name="uq_guild_feeds_name"),
    sa.UniqueConstraint("guild_id", "url", name="uq_guild_feeds_url"),
)
