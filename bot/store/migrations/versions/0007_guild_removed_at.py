"""Discord branch: guild_settings.removed_at — when the guild removed the bot (GUILD_DELETE), cleared when it joins
again. A digest recorded after that (a `/digest now` built while the removal was handled) is refused, so no digest
state or pending post is re-created for a guild whose channels were forgotten.

Downgrade drops the column (batch mode: SQLite rebuilds the table).
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_guild_removed_at"
down_revision = "0004_digest_owed"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("guild_settings", sa.Column("removed_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("guild_settings") as batch:
        batch.drop_column("removed_at")
