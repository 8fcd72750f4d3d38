"""Accent- and case-insensitive "contains" for autocomplete and name filters, the same on SQLite and PostgreSQL.

What "the same text" means is `bot.core.text.fold` (NFKD, combining marks dropped, case folded): "ecole" finds
"École", "ограничение" "Ограничение". SQLite's lower() and LIKE fold ASCII only, so every SQLite connection gets the
fold as a deterministic Python function, `grokwatch_fold` (registered in bot.store.db), and matching there compares
folded text on both sides — exactly the Python definition.

PostgreSQL has no such function without an extension (unaccent is not guaranteed to be installed), and its ILIKE
folds case by the database's locale: a cluster made with the "C" locale (initdb --no-locale, many containers) folds
ASCII only. There the folded needle becomes a case-sensitive regular expression whose every character is the class
of the characters that fold to it ("e" -> "[EeÈÉÊËèéêëĒē…]"), each followed by any combining marks (text stored
decomposed), and a run that a single character folds to ("ss", "fi") also accepts that character ("ß", "ﬁ"). It needs
no locale, no server-side function and no schema change. Known gap: a needle that starts or ends inside such a run
("stras" against "Straße") does not match there (it does on SQLite).
"""

from __future__ import annotations

import functools
from typing import Any

import sqlalchemy as sa

from bot.core.text import combining_marks_class, fold

FOLD_FUNCTION = "grokwatch_fold"


def _sql_fold(value: object) -> object:
    """`fold` as an SQL function: NULL and non-text pass through unchanged (an exception would fail the query)."""
    return fold(value) if isinstance(value, str) else value


def register_fold(dbapi_connection: Any) -> None:
    """Add `grokwatch_fold(text)` to one SQLite DB-API connection (sqlite3, or SQLAlchemy's aiosqlite adapter)."""
    # deterministic: SQLite may evaluate it once per distinct input and could use it in an index expression
    dbapi_connection.create_function(FOLD_FUNCTION, 1, _sql_fold, deterministic=True)


# GLOB (code points, C speed): the value holds a character beyond ASCII. Bound, since the range holds control codes.
_NON_ASCII = "*[^\x01-\x7f]*"

# Characters the PostgreSQL classes are drawn from: every character `fold` may change in text users type, i.e. the
# whole BMP but the surrogates (precomposed kana "デ", Cherokee, Hangul, ligatures, fullwidth forms…) and the
# mathematical letters ("𝐀"); astral characters beyond those fold to themselves as far as a needle is concerned.
_CLASS_RANGES = (range(0x20, 0xD800), range(0xE000, 0x10000), range(0x1D400, 0x1D800))
# Longest needle (folded) made into a regular expression: PostgreSQL 15 compiled 100 characters' classes in ~16 ms
# and a pasted 3,000-character needle in ~1 s; autocomplete and name filters never need more than this.
MAX_NEEDLE = 100


@functools.cache
def _pg_marks() -> str:
    """Combining marks that may follow a letter in decomposed text: exactly the marks `fold` drops, any number."""
    return combining_marks_class() + "*"


@functools.cache
def _fold_table() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """(folded character -> the characters that fold to it, folded run of 2+ characters -> the characters that fold
    to it), over `_CLASS_RANGES`: "e" -> {"E", "e", "É", "é", …}, "ss" -> {"ß", "ẞ"}."""
    singles: dict[str, set[str]] = {}
    runs: dict[str, set[str]] = {}
    for block in _CLASS_RANGES:
        for code in block:
            ch = chr(code)
            key = fold(ch)
            if len(key) == 1:
                singles.setdefault(key, {key}).add(ch)
            elif len(key) > 1:
                runs.setdefault(key, set()).add(ch)
    return {k: frozenset(v) for k, v in singles.items()}, {k: frozenset(v) for k, v in runs.items()}


def _escaped(ch: str) -> str:
    # ARE: a backslash before a non-alphanumeric character is that character, in and out of brackets
    return ch if ch.isalnum() else "\\" + ch


def _class(chars: frozenset[str] | set[str]) -> str:
    forms = sorted(chars)
    return _escaped(forms[0]) if len(forms) == 1 else "[" + "".join(_escaped(f) for f in forms) + "]"


def cut_needle(needle: str) -> str:
    """fold(`needle`) cut to MAX_NEEDLE characters, and further back to before a run one character folds to ("ss"
    from "ß") that the cut would split: PostgreSQL's pattern cannot match half of "ß", SQLite's fold can."""
    folded = fold(needle)
    if len(folded) <= MAX_NEEDLE:
        return folded
    runs = _fold_table()[1]
    longest = max((len(r) for r in runs), default=1)
    for start in range(max(MAX_NEEDLE - longest + 1, 0), MAX_NEEDLE):
        if any(folded[start : start + n] in runs for n in range(MAX_NEEDLE - start + 1, longest + 1)):
            return folded[:start]
    return folded[:MAX_NEEDLE]


def fold_pattern(needle: str) -> str:
    """A PostgreSQL (ARE) regular expression matching text whose fold contains `cut_needle(needle)`:
    "Éc" -> "[EeÉé…][marks]*[Cc…][marks]*"."""
    singles, runs = _fold_table()
    marks = _pg_marks()
    folded = cut_needle(needle)
    longest = max((len(r) for r in runs), default=1)
    parts: list[str] = []
    i = 0
    while i < len(folded):
        one = _class(singles.get(folded[i], frozenset({folded[i]}))) + marks
        # the longest run starting here that a single character folds to ("ss" <- "ß"): either spelling matches
        run = next(
            (folded[i : i + n] for n in range(min(longest, len(folded) - i), 1, -1) if folded[i : i + n] in runs),
            None,
        )
        if run is None:
            parts.append(one)
            i += 1
            continue
        spelled = "".join(_class(singles.get(ch, frozenset({ch}))) + marks for ch in run)
        parts.append(f"(?:{spelled}|{_class(runs[run])}{marks})")
        i += len(run)
    return "".join(parts)


def contains_folded(column: sa.ColumnElement[Any], needle: str, dialect: str) -> sa.ColumnElement[bool]:
    """SQL: `column` contains `needle`, ignoring case and accents in any script (`dialect`: the engine's dialect)."""
    folded = cut_needle(needle)  # the same cut on both dialects (see fold_pattern)
    if dialect != "sqlite":
        return column.op("~")(fold_pattern(needle))
    # The Python fold costs ~1-2 us a row, more than a whole name query's own work on 20,000 rows: it runs only on
    # values that hold a non-ASCII character. For ASCII values SQLite's own LIKE (ASCII case-insensitive) gives the
    # same answer, and an ASCII value can never contain a needle that is still non-ASCII once folded.
    unicode_match = sa.and_(
        column.op("GLOB")(sa.literal(_NON_ASCII)),
        sa.func.grokwatch_fold(column).contains(folded, autoescape=True),
    )
    if not folded.isascii():
        return unicode_match
    return sa.or_(column.contains(folded, autoescape=True), unicode_match)
