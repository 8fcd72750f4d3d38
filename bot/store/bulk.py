"""Dialect-aware bulk SQL for the story store: IN lists as one JSON parameter, insert-or-ignore, driver inserts.

Shared by the write path (bot.store.story_writes), feed state (bot.store.feed_states) and lookups
(bot.store.story_match).
"""

from __future__ import annotations

import functools
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
        return clause, {name: json.dumps(list(values))}
    return column.in_(list(values)), {}


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
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) VALUES ({', '.join('?' * len(names))})"
        + (" ON CONFLICT DO NOTHING" if ignore_known else "")
    )
    await conn.exec_driver_sql(sql, driver_rows(conn.dialect, table, names, rows))


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
