"""Full-text search over stories: SQLite FTS5 table `stories_fts`, PostgreSQL `stories.search_vector` (GIN).

Indexed: title, lede, key points, quotes, speakers, actors and the article text (0004) — kept in sync in the
transaction that stores a story. The index holds the text folded (bot.core.text.fold: accents dropped, case folded)
and queries are folded the same way, so "regulacion" finds "regulación" on both backends: FTS5's unicode61 drops
Latin accents only (not Greek tonos, "ё", "ß", ligatures or stacked marks) and PostgreSQL's to_tsvector none without
the unaccent extension. Only the index is folded: results are the stored stories, shown as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.core.text import fold
from bot.models import Story
from bot.store.bulk import sqlite_insert

_WORD = re.compile(r"\w+", re.UNICODE)


def search_fields(story: Story) -> dict[str, str]:
    """The text columns indexed for one story."""
    return dict(zip(_FIELDS, _field_values(story), strict=True))


_FIELDS = ("title", "lede", "key_points", "quotes", "speakers", "actors", "text")


def _field_values(story: Story) -> tuple[str, ...]:
    """`search_fields` as a tuple in `_FIELDS` order (one row per stored story: the lists are often empty)."""
    return index_values(story.title, story.lede, story.summary, story.text)


def index_values(title: str, lede: str, summary: dict[str, Any] | None, text: str | None) -> tuple[str, ...]:
    """The indexed fields of one story, folded, in `_FIELDS` order (also used by the migration that re-indexes)."""
    summary = summary or {}
    quotes = summary.get("quotes") or ()
    actions = summary.get("actions") or ()
    points = summary.get("key_points") or ()
    return (
        _folded(title),
        _folded(lede),
        _folded("\n".join(str(p) for p in points)) if points else "",
        _folded("\n".join(str(q.get("text") or "") for q in quotes)) if quotes else "",
        _folded("\n".join(str(q.get("speaker") or "") for q in quotes if q.get("speaker"))) if quotes else "",
        _folded("\n".join(str(a.get("actor") or "") for a in actions)) if actions else "",
        _folded(text or ""),
    )


def _folded(text: str) -> str:
    # ASCII as stored: both tokenisers fold ASCII case themselves, and a cold poll indexes every story it stores
    return text if text.isascii() else fold(text)


async def index_stories(conn: AsyncConnection, stories: Sequence[Story]) -> None:
    """Add stories to the full-text index inside the caller's transaction."""
    if not stories:
        return
    if conn.dialect.name == "sqlite":
        # plain strings only, straight to the driver (multi-row statements), without SQLAlchemy's per-row handling
        await sqlite_insert(
            conn,
            "INSERT INTO stories_fts (story_id, title, lede, key_points, quotes, speakers, actors, text)",
            [(s.id, *_field_values(s)) for s in stories],
        )
    elif conn.dialect.name == "postgresql":
        await conn.execute(
            sa.text("UPDATE stories SET search_vector = to_tsvector('english', :doc) WHERE id = :id"),
            [{"id": s.id, "doc": "\n".join(_field_values(s))} for s in stories],
        )


def fts_query(query: str) -> str | None:
    """User words to a safe FTS5 query: every word must appear (quoted, so FTS syntax in input is inert), folded as
    the index is."""
    words = _WORD.findall(fold(query))
    return " ".join(f'"{w}"' for w in words) if words else None


# Visible to guild :g (as bot.store.story_view.visible_to): an operator feed carried the story (`everywhere`) or the
# guild's own feed did. With :g NULL the equality is never true: the operator's view, operator stories only.
_VISIBLE = (
    "(stories.everywhere OR EXISTS "
    "(SELECT 1 FROM story_sightings sg WHERE sg.story_id = stories.id AND sg.guild_id = :g))"
)


async def ranked_ids(conn: AsyncConnection, query: str, limit: int, *, guild_id: int | None = None) -> list[str]:
    """Ids of stories the guild can see (None: operator stories) matching the query, best first."""
    if conn.dialect.name == "sqlite":
        q = fts_query(query)
        if q is None:
            return []
        rows = await conn.execute(
            sa.text(
                "SELECT stories_fts.story_id FROM stories_fts JOIN stories ON stories.id = stories_fts.story_id "
                f"WHERE stories_fts MATCH :q AND {_VISIBLE} ORDER BY stories_fts.rank LIMIT :n"
            ),
            {"q": q, "n": limit, "g": guild_id},
        )
        return [r[0] for r in rows]
    if conn.dialect.name == "postgresql":
        rows = await conn.execute(
            sa.text(
                "SELECT id FROM stories, plainto_tsquery('english', :q) query WHERE search_vector @@ query "
                f"AND {_VISIBLE} ORDER BY ts_rank(search_vector, query) DESC LIMIT :n"
            ),
            {"q": fold(query), "n": limit, "g": guild_id},
        )
        return [r[0] for r in rows]
    return []
