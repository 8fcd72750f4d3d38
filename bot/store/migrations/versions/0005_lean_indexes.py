"""Pipeline branch: drop two secondary indexes no query needs (a cold poll paid for them on every stored story).

- `ix_story_keys_story` (story_keys.story_id): every read of story_keys is by `key` (its primary key); nothing
  filters or deletes keys by story. Should stories ever be deleted, the ON DELETE CASCADE would scan story_keys:
  add the index back then.
- `ix_story_sightings_guild` (story_sightings.story_id, guild_id): the primary key (story_id, feed) already finds a
  story's sightings (the visibility check reads their guild_id from those few rows).

Story ids and identity keys are random hex digests, so each of these indexes took a write at a random page for every
row: at 30,000 stories the database thread's CPU per stored story was ~0.2 ms, much of it pages written to the WAL.
"""

from alembic import op

revision = "0005_lean_indexes"
down_revision = "0004_text_and_ttl"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_story_keys_story", table_name="story_keys")
    op.drop_index("ix_story_sightings_guild", table_name="story_sightings")


def downgrade() -> None:
    op.create_index("ix_story_sightings_guild", "story_sightings", ["story_id", "guild_id"])
    op.create_index("ix_story_keys_story", "story_keys", ["story_id"])
