"""Pipeline branch: feeds state, stories, identity keys, sightings, quotes/actions index, full-text search.

Hand-written, SQLite + PostgreSQL: FTS5 virtual table on SQLite, a tsvector column with a GIN index on PostgreSQL.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_pipeline"
down_revision = "0001_base"
branch_labels = ("pipeline",)
depends_on = None

_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "feeds",
        sa.Column("name", sa.String(200), primary_key=True),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=True),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.Text(), nullable=True),
        sa.Column("last_success", _TS, nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("last_error_at", _TS, nullable=True),
        sa.Column("consecutive_failures", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("next_attempt", _TS, nullable=True),
        sa.Column("dead", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("stories_seen", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_table(
        "stories",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("feed", sa.String(200), nullable=False),
        sa.Column("guid", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("canonical_url", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("title_key", sa.String(200), nullable=True),
        sa.Column("fingerprint", sa.String(128), nullable=True),
        sa.Column("published", _TS, nullable=False),
        sa.Column("first_seen", _TS, nullable=False),
        sa.Column("lede", sa.Text(), nullable=False, server_default=""),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("publisher", sa.String(200), nullable=True),
        sa.Column("relevant", sa.Boolean(), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.Column("alerts_done", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_stories_relevant_published", "stories", ["relevant", "published"])
    op.create_index("ix_stories_first_seen", "stories", ["first_seen"])
    op.create_index("ix_stories_alerts_done", "stories", ["alerts_done", "relevant"])
    op.create_table(
        "story_keys",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("story_id", sa.String(64), sa.ForeignKey("stories.id", ondelete="CASCADE"), nullable=False),
    )
    op.create_index("ix_story_keys_story", "story_keys", ["story_id"])
    op.create_table(
        "story_sightings",
        sa.Column("story_id", sa.String(64), sa.ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("feed", sa.String(200), primary_key=True),
        sa.Column("publisher", sa.String(200), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("seen_at", _TS, nullable=False),
    )
    op.create_table(
        "story_quotes",
        sa.Column("story_id", sa.String(64), sa.ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("idx", sa.Integer(), primary_key=True),
        sa.Column("speaker", sa.String(200), nullable=True),
        sa.Column("published", _TS, nullable=False),
    )
    op.create_index("ix_story_quotes_speaker", "story_quotes", ["speaker"])
    op.create_table(
        "story_actions",
        sa.Column("story_id", sa.String(64), sa.ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("idx", sa.Integer(), primary_key=True),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("published", _TS, nullable=False),
    )
    op.create_index("ix_story_actions_actor", "story_actions", ["actor"])
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE stories_fts USING fts5("
            "story_id UNINDEXED, title, lede, key_points, quotes, speakers, actors, tokenize='unicode61')"
        )
    elif dialect == "postgresql":
        op.execute("ALTER TABLE stories ADD COLUMN search_vector tsvector")
        op.execute("CREATE INDEX ix_stories_search ON stories USING GIN (search_vector)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS stories_fts")
    for table in ("story_actions", "story_quotes", "story_sightings", "story_keys", "stories", "feeds"):
        op.drop_table(table)
