"""Pipeline branch: the full-text index holds folded text (accents dropped, case folded), so "regulacion" finds
"regulación" on both backends (bot.store.search).

The index is rebuilt with the application's own fold, the definition queries use: SQLite rewrites the `stories_fts`
rows holding non-ASCII text (folding keeps ASCII as stored), PostgreSQL recomputes every `search_vector` from its
story. No schema change. Downgrade leaves the folded index in place: older code still finds every unaccented word in
it, and only its accented queries miss.
"""

import sqlalchemy as sa
from alembic import op

from bot.core.text import fold
from bot.store.search import index_values

revision = "0006_folded_search"
down_revision = "0005_lean_indexes"
branch_labels = None
depends_on = None

_BATCH = 500
_FTS_FIELDS = ("title", "lede", "key_points", "quotes", "speakers", "actors", "text")


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
