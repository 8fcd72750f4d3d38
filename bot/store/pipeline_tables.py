"""Pipeline tables (feeds, stories, identity keys, sightings, quotes, actions) as SQLAlchemy Core objects.

The schema itself is created by migration 0002_pipeline; these objects only describe it to the code. The full-text
index (SQLite FTS5 table `stories_fts`, PostgreSQL `stories.search_vector`) is dialect-specific and handled with SQL
in bot.store.search.
"""

from __future__ import annotations

import sqlalchemy as sa

from bot.store.types import UTCDateTime

metadata = sa.MetaData()

feeds = sa.Table(
    "feeds",
    metadata,
    sa.Column("name", sa.String(200), primary_key=True),
    sa.Column("url", sa.Text(), nullable=False),
    sa.Column("guild_id", sa.BigInteger(), nullable=True),
    sa.Column("etag", sa.Text(), nullable=True),
    sa.Column("last_modified", sa.Text(), nullable=True),
    sa.Column("last_success", UTCDateTime(), nullable=True),
    sa.Column("last_error", sa.Text(), nullable=True),
    sa.Column("last_error_at", UTCDateTime(), nullable=True),
    sa.Column("consecutive_failures", sa.Integer(), nullable=False, server_default="0"),
    sa.Column("next_attempt", UTCDateTime(), nullable=True),
    sa.Column("dead", sa.Boolean(), nullable=False, server_default=sa.false()),
    sa.Column("stories_seen", sa.Integer(), nullable=False, server_default="0"),
    # the longest <ttl> / max-age seen on the last 200, still honoured after 304s (0004)
    sa.Column("min_interval_s", sa.Float(), nullable=True),
)

stories = sa.Table(
    "stories",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("feed", sa.String(200), nullable=False),
    sa.Column("guid", sa.Text(), nullable=True),
    sa.Column("url", sa.Text(), nullable=True),
    sa.Column("canonical_url", sa.Text(), nullable=True),
    sa.Column("title", sa.Text(), nullable=False),
    sa.Column("title_key", sa.String(200), nullable=True),
    sa.Column("fingerprint", sa.String(128), nullable=True),
    sa.Column("published", UTCDateTime(), nullable=False),
    sa.Column("first_seen", UTCDateTime(), nullable=False),
    sa.Column("lede", sa.Text(), nullable=False, server_default=""),
    # the article text: the feed item's own full text, else the page fetched for a relevant story (capped)
    sa.Column("text", sa.Text(), nullable=True),
    sa.Column("publisher", sa.String(200), nullable=True),
    sa.Column("relevant", sa.Boolean(), nullable=False),
    sa.Column("summary", sa.JSON(), nullable=False),
    sa.Column("alerts_done", sa.Boolean(), nullable=False, server_default=sa.false()),
    # True once any operator feed carried the story (every guild sees it); false while only guild feeds have (0003).
    sa.Column("everywhere", sa.Boolean(), nullable=False, server_default=sa.true()),
)

# Every identity a story is known by: key = sha256(kind + value), kind is
# guid | url | title | fp. The primary key makes
# "new exactly once" a database guarantee, not only a check in the poller.
story_keys = sa.Table(
    "story_keys",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("kind", sa.String(8), nullable=False),
    sa.Column("story_id", sa.String(64), sa.ForeignKey("stories.id", ondelete="CASCADE"), nullable=False),
)

# One row per (story, feed) that carried it: the first sighting plus "also covered by", and who may see it.
story_sightings = sa.Table(
    "story_sightings",
    metadata,
    sa.Column("story_id", sa.String(64), sa.ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("feed", sa.String(200), primary_key=True),
    sa.Column("publisher", sa.String(200), nullable=True),
    sa.Column("url", sa.Text(), nullable=True),
    sa.Column("seen_at", UTCDateTime(), nullable=False),
    # NULL: an operator feed (visible to every guild); else the guild whose /feeds add feed carried it (0003).
    sa.Column("guild_id", sa.BigInteger(), nullable=True),
)

# Denormalised from the summary so quotes/actions can be filtered and autocompleted by speaker/actor in SQL.
story_quotes = sa.Table(
    "story_quotes",
    metadata,
    sa.Column("story_id", sa.String(64), sa.ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("idx", sa.Integer(), primary_key=True),
    sa.Column("speaker", sa.String(200), nullable=True),
    sa.Column("published", UTCDateTime(), nullable=False),
)

story_actions = sa.Table(
    "story_actions",
    metadata,
    sa.Column("story_id", sa.String(64), sa.ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("idx", sa.Integer(), primary_key=True),
    sa.Column("actor", sa.String(200), nullable=False),
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("published", UTCDateTime(), nullable=False),
)
