"""Engine creation and automatic schema migration (Alembic) for SQLite and PostgreSQL."""

from __future__ import annotations

import json
import logging
import re
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from json.encoder import c_make_encoder, encode_basestring_ascii  # type: ignore[attr-defined]
from pathlib import Path
from typing import Any
from uuid import UUID

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, event
from sqlalchemy.engine.url import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from bot.errors import StoreError
from bot.store.folding import register_fold

log = logging.getLogger(__name__)

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///data/grokwatch.db"
_MIGRATIONS = Path(__file__).with_name("migrations")


def normalise_database_url(url: str) -> str:
    """Map plain `sqlite:///` and `postgresql://` URLs to their async drivers."""
    if url.startswith("sqlite:"):
        return "sqlite+aiosqlite:" + url[len("sqlite:") :]
    if url.startswith(("postgres://", "postgresql://")):
        return "postgresql+asyncpg://" + url.split("://", 1)[1]
    return url


def json_dumps(value: Any) -> str:
    """`json.dumps(value)`, character for character, through one reusable C encoder (the JSON columns' serialiser).

    json.dumps builds a fresh encoder and a circular-reference dict per call: a fifth of encoding a stored summary,
    which a cold poll does for every story (76,000 -> 62,000 instructions each). Values are trees (a cycle would end
    in RecursionError rather than ValueError).
    """
    if _JSON_ENCODER is None:  # no C accelerator (another Python implementation)
        return json.dumps(value)
    return "".join(_JSON_ENCODER(value, 0))


def _not_serialisable(value: Any) -> Any:
    raise TypeError(f"Object of type {value.__class__.__name__} is not JSON serializable")  # json's own words


# json.dumps' defaults: ensure_ascii, ": " and ", ", unsorted keys, no skipped keys, NaN allowed
_JSON_ENCODER = (
    c_make_encoder(None, _not_serialisable, encode_basestring_ascii, None, ": ", ", ", False, False, True)
    if c_make_encoder is not None
    else None
)


def create_engine(url: str) -> AsyncEngine:
    """An async engine for the URL; SQLite files get their directory created, WAL + foreign keys on and the
    `grokwatch_fold` function (bot.store.folding).

    On every backend NUL characters are dropped from bound string parameters (PostgreSQL text cannot hold them).
    """
    url = normalise_database_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"DATABASE_URL {_masked(url)!r} is not a database URL: {exc}") from exc
    if parsed.get_backend_name() == "sqlite":
        db = parsed.database
        if db and db != ":memory:":
            Path(db).parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(url, connect_args={"timeout": 30}, json_serializer=json_dumps)
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
    else:
        try:
            engine = create_async_engine(url, pool_pre_ping=True, json_serializer=json_dumps)
        except (ArgumentError, ImportError) as exc:
            raise StoreError(f"cannot use DATABASE_URL {_masked(url)!r}: {exc}") from exc
    event.listen(engine.sync_engine, "before_cursor_execute", _strip_nul_bytes, retval=True)
    return engine


def _masked(url: str) -> str:
    """The URL with its password hidden: store errors end up in logs and on the operator's terminal."""
    return re.sub(r"(://[^:/@]*:)[^@/]*@", r"\1***@", url)


# WAL pages before an automatic checkpoint (default 1,000). A poll's stories, keys and sightings go under random hex
# ids, so each transaction dirties index pages all over the file, and a checkpoint copies every distinct page back:
# checkpointing less often copies the same hot pages back fewer times (30,000 stored stories, 10,000 pages: page
# writes -14 %, fsyncs halved; 4,000 keeps the reused WAL file near 16 MB). A page cache larger than SQLite's 2 MiB
# was measured too: no gain in a cold poll once group commits are large, and ~20 MB more resident memory.
_SQLITE_WAL_CHECKPOINT_PAGES = 4_000


def _sqlite_pragmas(dbapi_conn: object, _record: object) -> None:
    cur = dbapi_conn.cursor()  # type: ignore[attr-defined]
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute(f"PRAGMA wal_autocheckpoint={_SQLITE_WAL_CHECKPOINT_PAGES}")
    cur.close()
    register_fold(dbapi_conn)  # Unicode case-insensitive matching: SQLite's lower()/LIKE fold ASCII only


def _strip_nul(value: Any) -> Any:
    """The value with NUL characters removed from its strings; the same object when there were none."""
    if isinstance(value, str):
        return value.replace("\x00", "") if "\x00" in value else value
    if isinstance(value, (tuple, list)):
        items = [_strip_nul(v) for v in value]
        return value if all(a is b for a, b in zip(items, value, strict=True)) else type(value)(items)
    if isinstance(value, dict):
        cleaned = {k: _strip_nul(v) for k, v in value.items()}
        return value if all(cleaned[k] is v for k, v in value.items()) else cleaned
    return value


# Types that never hold text; any other value (str subclasses, nested lists, unknown objects) takes the exact walk.
_NO_TEXT = frozenset({int, float, bool, type(None), bytes, datetime, date, time, timedelta, Decimal, UUID})
_SEQUENCES = frozenset({tuple, list})


def _may_hold_nul(parameters: Any, many: bool) -> bool:
    """False when no bound string can contain NUL, found by one join of the plain strings (no per-value walk).

    Values of other types count as "may hold one" and send the parameters through the exact `_strip_nul`.
    """
    rows = parameters if many else (parameters,)
    try:
        if set(map(type, rows)) <= _SEQUENCES:
            try:  # rows of strings only (keys, full-text rows): one join
                return "\x00" in "".join(map("".join, rows))
            except TypeError:  # other values too (stories, sightings): column by column
                if len(set(map(len, rows))) == 1:
                    return any(map(_column_may_hold_nul, zip(*rows, strict=True)))
    except TypeError:  # not rows of values: the walk below decides
        pass
    try:
        texts = [
            v if type(v) is str else ("" if type(v) in _NO_TEXT else "\x00")
            for row in rows
            for v in (row.values() if type(row) is dict else row)
        ]
    except TypeError:  # a shape this does not know: let the exact walk decide
        return True
    return "\x00" in "".join(texts)


def _column_may_hold_nul(column: tuple[Any, ...]) -> bool:
    """`_may_hold_nul` for one column's values: one join when they are strings and None, else a walk of the column."""
    if type(column[0]) is str or column[0] is None:
        try:  # falsy values (None, "") hold no NUL; a value that is not a string makes the join fail
            return "\x00" in "".join(filter(None, column))
        except TypeError:
            pass
    elif set(map(type, column)) <= _NO_TEXT:  # numbers, flags, dates
        return False
    return "\x00" in "".join([v if type(v) is str else ("" if type(v) in _NO_TEXT else "\x00") for v in column])


def _strip_nul_bytes(
    _conn: Connection, _cursor: object, statement: str, parameters: Any, _context: object, many: bool
) -> tuple[str, Any]:
    # PostgreSQL text cannot hold NUL and SQLite's LIKE stops at one: feed and article text occasionally carries
    # one, which would fail a whole poll transaction on PostgreSQL. Stripped on both, lookups included, so they agree.
    # Every statement passes here (a cold poll binds ~15 values per story), so the common no-NUL case is one repr().
    if not _may_hold_nul(parameters, many):
        return statement, parameters
    return statement, _strip_nul(parameters)


async def migrate(engine: AsyncEngine, target: str = "heads") -> None:
    """Bring the schema up to every head revision (pipeline and Discord branches), or to `target`."""
    try:
        async with engine.begin() as conn:
            await conn.run_sync(_upgrade, target)
    except (SQLAlchemyError, OSError) as exc:
        raise StoreError(f"cannot migrate database {engine.url.render_as_string(hide_password=True)}: {exc}") from exc


def alembic_config(conn: Connection) -> Config:
    """Alembic's configuration for our migrations, running on `conn` (upgrades here; downgrades in tests)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def _upgrade(conn: Connection, target: str) -> None:
    command.upgrade(alembic_config(conn), target)


async def open_engine(url: str) -> AsyncEngine:
    """Create the engine and migrate it: the one way the application gets a database."""
    engine = create_engine(url)
    await migrate(engine)
    return engine
