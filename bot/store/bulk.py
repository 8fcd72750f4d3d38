"""Dialect-aware bulk SQL for the story store: IN lists as one JSON parameter, insert-or-ignore, driver inserts.

Shared by the write path (bot.store.story_writes), feed state (bot.store.feed_states) and lookups
(bot.store.story_match).
"""

from __future__ import annotations

import functools
import itertools
import json
import operator
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncConnection


def dialect_insert(conn: AsyncConnection, table: sa.Table) -> Any:
    """A dialect insert so ON CONFLICT is available on both SQLite and PostgreSQL."""
    return (postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert)(table)


def in_values(
    conn: AsyncConnection, column: sa.Column[Any], values: Sequence[str]
) -> tuple[sa.ColumnElement[bool], dict[str, Any]]:
    """`column IN values` and the parameters to execute it with; on SQLite one JSON parameter read by json_each.

    SQLAlchemy renders a plain IN list afresh at every execution, which cost the poller more CPU than the lookups
    themselves (one lookup per polled feed, ~120 keys); this clause is built once per column and its statement stays
    in SQLAlchemy's compiled cache.
    """
    if conn.dialect.name == "sqlite":
        clause, name = _json_in(column)
        return clause, {name: json_text_array(values)}
    return column.in_(list(values)), {}


def json_text_array(values: Sequence[str]) -> str:
    """`json.dumps(list(values))`, character for character; strings of ASCII letters and digits without the encoder.

    The poller's IN lists are identity keys and story ids (hex digests), ~6 per stored story: json.dumps encoded each
    one (~3,000 instructions), one join and one byte-class check cost ~500.
    """
    items = list(values)
    try:
        if items and "".join(items).encode().isalnum():  # bytes.isalnum: ASCII letters and digits only
            return '["' + '", "'.join(items) + '"]'
    except TypeError:  # not all strings: json.dumps decides
        pass
    return json.dumps(items)


@functools.cache
def _json_in(column: sa.Column[Any]) -> tuple[sa.ColumnElement[bool], str]:
    name = f"json_in_{column.table.name}_{column.name}"
    each = sa.func.json_each(sa.bindparam(name, type_=sa.Text)).table_valued("value")
    return column.in_(sa.select(each.c.value)), name


async def insert_ignore(conn: AsyncConnection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows, skipping any whose primary key already exists."""
    if rows:
        await conn.execute(dialect_insert(conn, table).on_conflict_do_nothing(), rows)


async def insert_many(
    conn: AsyncConnection, table: sa.Table, rows: list[dict[str, Any]], *, ignore_known: bool = False
) -> None:
    """Insert rows (all with the same keys); with `ignore_known`, skip rows whose primary key exists."""
    if rows:
        names = list(rows[0])
        fields = operator.itemgetter(*names)  # rows are built by one dict literal each, but order is not trusted
        values = [fields(row) for row in rows] if len(names) > 1 else [(row[names[0]],) for row in rows]
        await insert_rows(conn, table, names, values, ignore_known=ignore_known)


async def insert_rows(
    conn: AsyncConnection,
    table: sa.Table,
    names: Sequence[str],
    rows: list[tuple[Any, ...]],
    *,
    ignore_known: bool = False,
) -> None:
    """Insert rows given as value tuples in `names` order; with `ignore_known`, skip rows whose primary key exists.

    On SQLite the tuples go to the driver's executemany, converted by the columns' own bind processors (the same
    values SQLAlchemy would send): its per-row parameter handling was a seventh of the poller's CPU in a cold poll,
    and building a dict per row to hand it over cost more than the tuple.
    """
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        dicts = [dict(zip(names, row, strict=True)) for row in rows]
        await (insert_ignore(conn, table, dicts) if ignore_known else conn.execute(sa.insert(table), dicts))
        return
    quote = conn.dialect.identifier_preparer.quote
    head = f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)})"
    await sqlite_insert(
        conn, head, driver_rows(conn.dialect, table, names, rows), " ON CONFLICT DO NOTHING" if ignore_known else ""
    )


# Rows per INSERT statement on SQLite (`sqlite_insert`): one statement step per this many rows, not one per row.
_ROWS_PER_STATEMENT = 64


async def sqlite_insert(conn: AsyncConnection, head: str, rows: Sequence[Sequence[Any]], tail: str = "") -> None:
    """`{head} VALUES (?, …){tail}` for each row, in order, as multi-row statements of _ROWS_PER_STATEMENT rows.

    The driver's executemany steps, resets and re-binds the statement per row and hands the GIL to and fro around each
    step: a cold poll inserts ~7 rows per stored story (the story, its keys, sighting and full-text row). A statement
    of 64 rows cost ~25 % fewer instructions per row (story_keys: 16,600 -> 12,450); the remainder goes row by row.
    Same rows, same order, same conflict handling as one statement per row.
    """
    if not rows:
        return
    width = len(rows[0])
    per, one, many = _values_sql(head, width, tail)
    full = len(rows) - len(rows) % per
    if full and per > 1 and set(map(len, rows)) == {width}:  # rows of other lengths: the driver refuses them one by one
        flat = tuple(itertools.chain.from_iterable(rows[:full]))
        step = per * width
        await conn.exec_driver_sql(many, [flat[i : i + step] for i in range(0, len(flat), step)])
        rows = rows[full:]
    if rows:
        await conn.exec_driver_sql(one, list(rows))


# Bound values per statement at most: SQLite's limit before 3.32 (later builds allow 32,766).
_SQLITE_MAX_VARIABLES = 999


@functools.lru_cache(maxsize=64)
def _values_sql(head: str, width: int, tail: str) -> tuple[int, str, str]:
    """`sqlite_insert`'s rows per multi-row statement, its one-row statement and its multi-row statement."""
    per = max(1, min(_ROWS_PER_STATEMENT, _SQLITE_MAX_VARIABLES // max(width, 1)))
    group = f"({', '.join('?' * width)})"
    return per, f"{head} VALUES {group}{tail}", f"{head} VALUES {', '.join([group] * per)}{tail}"


def driver_rows(
    dialect: Dialect, table: sa.Table, names: Sequence[str], rows: list[tuple[Any, ...]]
) -> list[tuple[Any, ...]]:
    """The rows as the driver's value tuples, each value through its column's bind processor (as SQLAlchemy would).

    Column by column: a column's processor is looked up once, columns without one are not touched, and a value seen
    before in the column (a poll's one `first_seen`, booleans, shared publish times) is converted once.
    """
    processors = _processors(dialect, table, tuple(names))
    if not any(process for process, _ in processors):
        return rows
    columns: list[Sequence[Any]] = list(zip(*rows, strict=True))
    for j, (process, is_json) in enumerate(processors):
        if process is None:
            continue
        if is_json:  # documents are unhashable and all different
            columns[j] = [process(v) for v in columns[j]]
            continue
        seen: dict[Any, Any] = {}
        columns[j] = [seen[v] if v in seen else seen.setdefault(v, process(v)) for v in columns[j]]
    return list(zip(*columns, strict=True))


@functools.lru_cache(maxsize=256)
def _processors(dialect: Dialect, table: sa.Table, names: tuple[str, ...]) -> list[tuple[Any, bool]]:
    """Per column: its bind processor on this dialect (None when values go as they are) and whether it is JSON."""
    out: list[tuple[Any, bool]] = []
    for name in names:
        column_type = table.c[name].type
        out.append((column_type.dialect_impl(dialect).bind_processor(dialect), isinstance(column_type, sa.JSON)))
    return out


def unique_rows(rows: list[dict[str, Any]], field: str, *, last: bool = False) -> list[dict[str, Any]]:
    """One row per `field` value: the first seen (or the last, with `last`)."""
    return list({row[field]: row for row in (rows if last else reversed(rows))}.values())
