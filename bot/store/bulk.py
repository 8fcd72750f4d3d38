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
    """Insert rows (all with the same keys); with `ignore_known`, skip rows whose primary key exists.

    On SQLite the rows go to the driver's executemany as tuples, converted by the columns' own bind processors (the
    same values SQLAlchemy would send): its per-row parameter handling was a seventh of the poller's CPU in a cold poll.
    """
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        await (insert_ignore(conn, table, rows) if ignore_known else conn.execute(sa.insert(table), rows))
        return
    names = list(rows[0])
    quote = conn.dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) VALUES ({', '.join('?' * len(names))})"
        + (" ON CONFLICT DO NOTHING" if ignore_known else "")
    )
    await conn.exec_driver_sql(sql, driver_rows(conn.dialect, table, names, rows))


def driver_rows(
    dialect: Dialect, table: sa.Table, names: list[str], rows: list[dict[str, Any]]
) -> list[tuple[Any, ...]]:
    """The rows as the driver's value tuples, each value through its column's bind processor (as SQLAlchemy would).

    Column by column: a column's processor is looked up once, and a value seen before in the column (a poll's one
    `first_seen`, booleans, shared publish times) is converted once.
    """
    fields = operator.itemgetter(*names)  # rows are built by one dict literal each, but order is not trusted
    columns: list[Sequence[Any]] = (
        list(zip(*(fields(row) for row in rows), strict=True)) if len(names) > 1 else [[row[names[0]] for row in rows]]
    )
    for j, name in enumerate(names):
        process = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        if process is None:
            continue
        if isinstance(table.c[name].type, sa.JSON):  # documents are unhashable and all different
            columns[j] = [process(v) for v in columns[j]]
            continue
        seen: dict[Any, Any] = {}
        columns[j] = [seen[v] if v in seen else seen.setdefault(v, process(v)) for v in columns[j]]
    return list(zip(*columns, strict=True))


def unique_rows(rows: list[dict[str, Any]], field: str, *, last: bool = False) -> list[dict[str, Any]]:
    """One row per `field` value: the first seen (or the last, with `last`)."""
    return list({row[field]: row for row in (rows if last else reversed(rows))}.values())
