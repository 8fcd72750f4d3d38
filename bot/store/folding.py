"""Unicode case-insensitive "contains" for autocomplete and name filters, the same on SQLite and PostgreSQL.

SQLite's lower() and LIKE fold ASCII letters only, so "ограничение" would not find "Ограничение" nor "école"
"École". Every SQLite connection gets a deterministic Python function, `grokwatch_fold` (registered in
bot.store.db), and matching there compares folded text on both sides. PostgreSQL keeps ILIKE, which folds case by the
database's locale (every UTF-8 locale but "C" folds beyond ASCII), so nothing is registered there.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import sqlalchemy as sa

FOLD_FUNCTION = "grokwatch_fold"


def fold(text: str) -> str:
    """Text for case-insensitive comparison: NFKC-normalised, then Unicode case folded (ASCII: lower-cased)."""
    if text.isascii():  # the common case; NFKC and casefold change nothing more than lower() here
        return text.lower()
    # NFKC first so a decomposed "É" (E + combining acute) and compatibility forms compare like what users type
    return unicodedata.normalize("NFKC", text).casefold()


def _sql_fold(value: object) -> object:
    """`fold` as an SQL function: NULL and non-text pass through unchanged (an exception would fail the query)."""
    return fold(value) if isinstance(value, str) else value


def register_fold(dbapi_connection: Any) -> None:
    """Add `grokwatch_fold(text)` to one SQLite DB-API connection (sqlite3, or SQLAlchemy's aiosqlite adapter)."""
    # deterministic: SQLite may evaluate it once per distinct input and could use it in an index expression
    dbapi_connection.create_function(FOLD_FUNCTION, 1, _sql_fold, deterministic=True)


# GLOB (code points, C speed): the value holds a character beyond ASCII. Bound, since the range holds control codes.
_NON_ASCII = "*[^\x01-\x7f]*"


def contains_folded(column: sa.ColumnElement[Any], needle: str, dialect: str) -> sa.ColumnElement[bool]:
    """SQL: `column` contains `needle`, ignoring case in any script (`dialect` is the engine's dialect name)."""
    if dialect != "sqlite":
        return column.icontains(needle, autoescape=True)
    folded = fold(needle)
    # The Python fold costs ~1 us a row, 4x a whole name query's work on 20,000 rows: it runs only on values that hold
    # a non-ASCII character. For ASCII values SQLite's own LIKE (ASCII case-insensitive) gives the same answer, and an
    # ASCII value can never contain a needle that is still non-ASCII once folded.
    unicode_match = sa.and_(
        column.op("GLOB")(sa.literal(_NON_ASCII)),
        sa.func.grokwatch_fold(column).contains(folded, autoescape=True),
    )
    if not folded.isascii():
        return unicode_match
    return sa.or_(column.contains(folded, autoescape=True), unicode_match)
