"""Unicode case-insensitive "contains" for autocomplete and name filters, the same on SQLite and PostgreSQL.

SQLite's lower() and LIKE fold ASCII letters only, so "ограничение" would not find "Ограничение" nor "école"
"École". Every SQLite connection gets a deterministic Python function, `grokwatch_fold` (registered in
bot.store.db), and matching there compares folded text on both sides. PostgreSQL's ILIKE folds case by the database's
locale, and a cluster made with the "C" locale (initdb --no-locale, many containers) folds ASCII only: there a needle
beyond ASCII becomes a case-sensitive regular expression whose every letter is a class of its case forms
("ог" -> "[оО][гГ]"), which needs no locale and no server-side function.
"""

from __future__ import annotations

import functools
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


@functools.cache
def _case_forms() -> dict[str, frozenset[str]]:
    """Characters grouped by their one-character case fold, Latin to CJK punctuation: "σ" -> {"Σ", "σ", "ς"}."""
    groups: dict[str, set[str]] = {}
    for code in range(0x41, 0x3000):
        ch = chr(code)
        key = ch.casefold()
        if (len(key) == 1 and key != ch) or ch.upper() != ch:
            groups.setdefault(key, set()).add(ch)
    return {key: frozenset(forms | {key}) for key, forms in groups.items()}


def case_class_pattern(needle: str) -> str:
    """A PostgreSQL (ARE) regular expression matching `needle` in any letter case: "Гр" -> "[гГ][рР]"."""
    groups = _case_forms()
    parts = []
    for ch in needle:
        forms = sorted(groups.get(ch.casefold(), frozenset()) | {ch})
        escaped = [form if form.isalnum() else "\\" + form for form in forms]
        parts.append(escaped[0] if len(escaped) == 1 else "[" + "".join(escaped) + "]")
    return "".join(parts)


def contains_folded(column: sa.ColumnElement[Any], needle: str, dialect: str) -> sa.ColumnElement[bool]:
    """SQL: `column` contains `needle`, ignoring case in any script (`dialect` is the engine's dialect name)."""
    if dialect != "sqlite":
        if needle.isascii():
            return column.icontains(needle, autoescape=True)
        return column.op("~")(case_class_pattern(needle))
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
