"""Pipeline branch: the full-text index holds folded text (accents dropped, case folded), so "regulacion" finds
"regulación" on both backends (bot.store.search).

The index is rebuilt with the fold of this revision's day (bot.core.text.fold and bot.store.search.index_values as
they were then, copied below): a migration is frozen, so later changes to the application cannot change what it does
to a database. SQLite rewrites the `stories_fts` rows holding non-ASCII text (folding keeps ASCII as stored),
PostgreSQL recomputes every `search_vector` from its story. No schema change. Downgrade leaves the folded index in
place: older code still finds every unaccented word in it, and only its accented queries miss.
"""

import unicodedata
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0006_folded_search"
down_revision = "0005_lean_indexes"
branch_labels = None
depends_on = None

_BATCH = 500
_FTS_FIELDS = ("title", "lede", "key_points", "quotes", "speakers", "actors", "text")


def fold(text: str) -> str:
    """The fold of this revision: NFKD, BMP combining marks dropped, case folded, NFC when not ASCII."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    # the Basic Multilingual Plane's marks only, as the application's fold then dropped
    kept = "".join(ch for ch in decomposed if ord(ch) > 0xFFFF or not unicodedata.combining(ch))
    folded = kept.casefold()
    return folded if folded.isascii() else unicodedata.normalize("NFC", folded)


def _folded(text: str) -> str:
    return text if text.isascii() else fold(text)


def index_values(title: str, lede: str, summary: dict[str, Any] | None, text: str | None) -> tuple[str, ...]:
    """One story's indexed fields, folded: title, lede, key points, quotes, speakers, actors, text."""
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


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        _refold_sqlite(conn)
    elif conn.dialect.name == "postgresql":
        _refold_postgresql(conn)


def downgrade() -> None:
    pass


def _refold_sqlite(conn: sa.Connection) -> None:
    columns = ", ".join(_FTS_FIELDS)
    select = sa.text(f"SELECT rowid AS rid, {columns} FROM stories_fts WHERE rowid > :after ORDER BY rowid LIMIT :n")
    update = sa.text(f"UPDATE stories_fts SET {', '.join(f'{c} = :{c}' for c in _FTS_FIELDS)} WHERE rowid = :rid")
    after = 0
    while rows := list(conn.execute(select, {"after": after, "n": _BATCH})):
        changed = []
        for r in rows:
            values = [getattr(r, c) or "" for c in _FTS_FIELDS]
            if not all(v.isascii() for v in values):
                changed.append({"rid": r.rid, **{c: fold(v) for c, v in zip(_FTS_FIELDS, values, strict=True)}})
        if changed:
            conn.execute(update, changed)
        after = rows[-1].rid


def _refold_postgresql(conn: sa.Connection) -> None:
    # every story: whether a row's text folds differently is the same work as folding it
    stories = sa.table(
        "stories", *(sa.column(c) for c in ("id", "title", "lede", "text")), sa.column("summary", sa.JSON())
    )
    update = sa.text("UPDATE stories SET search_vector = to_tsvector('english', :doc) WHERE id = :id")
    after = ""
    while rows := list(conn.execute(sa.select(stories).where(stories.c.id > after).order_by("id").limit(_BATCH))):
        docs = [
            {"id": r.id, "doc": "\n".join(index_values(r.title or "", r.lede or "", r.summary, r.text))} for r in rows
        ]
        conn.execute(update, docs)
        after = rows[-1].id
