"""Discord branch: every digest row carries the end of its window, indexed with its channel, so "the failed digest
that set this channel's state" is one indexed lookup (bot.store.outbox_store.OutboxStore.failed_digest).

Scheduled digests always stored `window_end` (their slot); `/digest now` rows left it NULL. Their `created_at` is
the window end (record_digest stamps the row with it), so older rows are filled from there. NULL `schedule_id` never
collides in UNIQUE(schedule_id, window_end), so the fill cannot break the one-digest-per-slot key.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_outbox_digest_lookup"
down_revision = "0002_discord"
branch_labels = None
depends_on = None


def upgrade() -> None:
    outbox = sa.table("outbox", sa.column("kind"), sa.column("window_end"), sa.column("created_at"))
    op.execute(
        sa.update(outbox)
        .where(outbox.c.kind == "digest", outbox.c.window_end.is_(None))
        .values(window_end=outbox.c.created_at)
    )
    op.create_index("ix_outbox_target_window", "outbox", ["target_id", "window_end"])


def downgrade() -> None:
    # The filled window_end values stay: harmless to 0002_discord's code, which never reads them for these rows.
    op.drop_index("ix_outbox_target_window", table_name="outbox")
