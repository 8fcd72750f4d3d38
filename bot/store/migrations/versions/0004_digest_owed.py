"""Discord branch: stories a channel is owed — those of a digest that was never posted (refused, or given up on after
its retries). The channel's next digest carries them whatever its window (bot.core.digest_service), so a digest that
fails after a later one was already built (an outage longer than the retries, two refused /digest now in a row) no
longer loses its stories.

One row per (channel, story): the outbox's give-up inserts them (ignoring ones already owed) and recording the next
digest deletes the ones it carried, each in its own transaction, with no read-modify-write to race.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_digest_owed"
down_revision = "0003_outbox_digest_lookup"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "digest_owed",
        sa.Column("channel_id", sa.BigInteger(), nullable=False),
        sa.Column("story_id", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("channel_id", "story_id"),
    )


def downgrade() -> None:
    op.drop_table("digest_owed")
