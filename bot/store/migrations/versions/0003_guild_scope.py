"""Pipeline branch: the guild each sighting came through, so a guild's extra feeds are seen only by that guild.

`story_sightings.guild_id` is NULL for operator feeds (feeds.yaml) and the guild's id for feeds added with
/feeds add. A story is visible everywhere when any sighting is NULL, else only in the guilds of its sightings.
Existing sightings take the guild of their feed's state row (none known: operator).
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_guild_scope"
down_revision = "0002_pipeline"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("story_sightings", sa.Column("guild_id", sa.BigInteger(), nullable=True))
    op.execute(
        "UPDATE story_sightings SET guild_id = "
        "(SELECT feeds.guild_id FROM feeds WHERE feeds.name = story_sightings.feed)"
    )
    op.create_index("ix_story_sightings_guild", "story_sightings", ["story_id", "guild_id"])


def downgrade() -> None:
    op.drop_index("ix_story_sightings_guild", table_name="story_sightings")
    with op.batch_alter_table("story_sightings") as batch:
        batch.drop_column("guild_id")
