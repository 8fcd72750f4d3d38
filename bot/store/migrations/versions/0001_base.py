"""Base revision: a key-value meta table (command-tree hash, schema notes).

The pipeline (0002_pipeline) and Discord (0002_discord) branches both start here; `upgrade heads` applies both.
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_base"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meta",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("meta")
