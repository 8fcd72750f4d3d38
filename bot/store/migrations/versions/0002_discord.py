"""Discord branch: guild settings, digest schedules + channel digest state, alert subscriptions, outbox, guild feeds.

Hand-written, SQLite + PostgreSQL. The command-tree hash lives in `meta` (0001_base).
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_discord"
down_revision = "0001_base"
branch_labels = ("discord",)
depends_on = None

_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "guild_settings",
        sa.Column("guild_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("system_channel_id", sa.BigInteger(), nullable=True),
        sa.Column("notice_channel_id", sa.BigInteger(), nullable=True),
        sa.Column("updated_at", _TS, nullable=False),
    )
    op.create_table(
        "digest_schedules",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("guild_id", sa.BigInteger(), nullable=False),
        sa.Column("channel_id", sa.BigInteger(), nullable=False),
        sa.Column("time", sa.String(5), nullable=False),
        sa.Column("tz", sa.String(64), nullable=False),
        sa.Column("frequency", sa.String(8), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.BigInteger(), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("last_run_at", _TS, nullable=True),
        sa.Column("last_story_ids", sa.JSON(), nullable=False),
        sa.Column("disabled_reason", sa.Text(), nullable=True),
        sa.UniqueConstraint("channel_id", name="uq_digest_schedules_channel"),
    )
    op.create_index("ix_digest_schedules_guild", "digest_schedules", ["guild_id"])
    op.create_table(
        "digest_channels",
        sa.Column("channel_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=False),
        sa.Column("last_window_end", _TS, nullable=False),
        sa.Column("last_story_ids", sa.JSON(), nullable=False),
    )
    op.create_table(
        "alert_subscriptions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=True),
        sa.Column("channel_id", sa.BigInteger(), nullable=True),
        sa.Column("query", sa.Text(), nullable=False),
        sa.Column("where", sa.String(4), nullable=False),
        sa.Column("paused", sa.Boolean(), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("disabled_reason", sa.Text(), nullable=True),
        sa.Column("dm_closed_notified", sa.Boolean(), nullable=False),
        sa.Column("skipped_over_limit", sa.Integer(), nullable=False),
    )
    op.create_index("ix_alert_subscriptions_user", "alert_subscriptions", ["user_id"])
    op.create_table(
        "outbox",
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
        sa.Column("claimed_at", _TS, nullable=True),
        sa.Column("next_attempt_at", _TS, nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("sent_at", _TS, nullable=True),
        sa.Column("message_ids", sa.JSON(), nullable=True),
        sa.Column("guild_id", sa.BigInteger(), nullable=True),
        sa.Column("user_id", sa.BigInteger(), nullable=True),
        sa.Column("subscription_id", sa.Integer(), nullable=True),
        sa.Column("story_id", sa.String(64), nullable=True),
        sa.Column("schedule_id", sa.Integer(), nullable=True),
        sa.Column("window_end", _TS, nullable=True),
        sa.UniqueConstraint("subscription_id", "story_id", name="uq_outbox_alert"),
        sa.UniqueConstraint("schedule_id", "window_end", name="uq_outbox_digest"),
    )
    op.create_index("ix_outbox_due", "outbox", ["status", "next_attempt_at"])
    op.create_index("ix_outbox_user_alerts", "outbox", ["kind", "user_id", "created_at"])
    op.create_table(
        "guild_feeds",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("guild_id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("added_by", sa.BigInteger(), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.UniqueConstraint("guild_id", "name", name="uq_guild_feeds_name"),
        sa.UniqueConstraint("guild_id", "url", name="uq_guild_feeds_url"),
    )


def downgrade() -> None:
    for table in (
        "guild_feeds",
        "outbox",
        "alert_subscriptions",
        "digest_channels",
        "digest_schedules",
        "guild_settings",
    ):
        op.drop_table(table)
