"""Pipeline branch: fetched article text is searchable, and a feed's learned minimum interval survives 304s.

- `feeds.min_interval_s`: the longest of the feed's `<ttl>` and Cache-Control max-age seen on its last 200, so an
  unchanged feed (304, no body) keeps honouring it.
- Full-text search covers `stories.text` (the article text fetched for relevant stories): SQLite gets a rebuilt
  `stories_fts` with a `text` column (FTS5 tables cannot gain columns), PostgreSQL adds the text to `search_vector`.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_text_and_ttl"
down_revision = "0003_guild_scope"
branch_labels = None
depends_on = None

_FTS_COLUMNS = "story_id UNINDEXED, title, lede, key_points, quotes, speakers, actors"


def upgrade() -> None:
    op.add_column("feeds", sa.Column("min_interval_s", sa.Float(), nullable=True))
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(f"CREATE VIRTUAL TABLE stories_fts_new USING fts5({_FTS_COLUMNS}, text, tokenize='unicode61')")
        op.execute(
            "INSERT INTO stories_fts_new (story_id, title, lede, key_points, quotes, speakers, actors, text) "
            "SELECT f.story_id, f.title, f.lede, f.key_points, f.quotes, f.speakers, f.actors, coalesce(s.text, '') "
            "FROM stories_fts f LEFT JOIN stories s ON s.id = f.story_id"
        )
        op.execute("DROP TABLE stories_fts")
        op.execute("ALTER TABLE stories_fts_new RENAME TO stories_fts")
    elif dialect == "postgresql":
        op.execute(
            "UPDATE stories SET search_vector = coalesce(search_vector, ''::tsvector) || to_tsvector('english', text) "
            "WHERE text IS NOT NULL AND text <> ''"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"CREATE VIRTUAL TABLE stories_fts_old USING fts5({_FTS_COLUMNS}, tokenize='unicode61')")
        op.execute(
            "INSERT INTO stories_fts_old (story_id, title, lede, key_points, quotes, speakers, actors) "
            "SELECT story_id, title, lede, key_points, quotes, speakers, actors FROM stories_fts"
        )
        op.execute("DROP TABLE stories_fts")
        op.execute("ALTER TABLE stories_fts_old RENAME TO stories_fts")
    with op.batch_alter_table("feeds") as batch:
        batch.drop_column("min_interval_s")
