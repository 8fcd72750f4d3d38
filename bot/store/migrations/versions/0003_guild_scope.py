"""Pipeline branch: the guild each sighting came through, so a guild's extra feeds are seen only by that guild.

`story_sightings.guild_id` is NULL for operator feeds (feeds.yaml) and the guild's id for feeds added with
/feeds add. A story is visible everywhere when any sighting is NULL, else only in the guilds of its sightings;
`stories.everywhere` keeps that first part at hand (true unless every sighting came through a guild feed) so the common
reads filter on a column instead of a subquery per row. Existing sightings take the guild of their feed's state row
(none known: operator).
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
    op.add_column("stories", sa.Column("everywhere", sa.Boolean(), nullable=False, server_default=sa.true()))
    op.create_index("ix_stories_everywhere", "stories", ["everywhere"])
    stories = sa.table("stories", sa.column("id"), sa.column("everywhere", sa.Boolean()))
    sightings = sa.table("story_sightings", sa.column("story_id"), sa.column("guild_id"))
    mine = sightings.c.story_id == stories.c.id
    op.execute(
        sa.update(stories)
        .where(
            sa.exists().where(mine, sightings.c.guild_id.is_not(None)),
            ~sa.exists().where(mine, sightings.c.guild_id.is_(None)),
        )
        .values(everywhere=False)
    )


def downgrade() -> None:
    op.drop_index("ix_stories_everywhere", table_name="stories")
    with op.batch_alter_table("stories") as batch:
        batch.drop_column("everywhere")
    op.drop_index("ix_story_sightings_guild", table_name="story_sightings")
    with op.batch_alter_table("story_sightings") as batch:
        batch.drop_column("guild_id")
