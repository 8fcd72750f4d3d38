"""Engine creation and automatic schema migration (Alembic) for SQLite and PostgreSQL."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, event
from sqlalchemy.engine.url import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from bot.errors import StoreError

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


def create_engine(url: str) -> AsyncEngine:
    """An async engine for the URL; SQLite files get their directory created and WAL + foreign keys on."""
    url = normalise_database_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"DATABASE_URL {url!r} is not a database URL: {exc}") from exc
    if parsed.get_backend_name() == "sqlite":
        db = parsed.database
        if db and db != ":memory:":
            Path(db).parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(url, connect_args={"timeout": 30})
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        return engine
    try:
        return create_async_engine(url, pool_pre_ping=True)
    except (ArgumentError, ImportError) as exc:
        raise StoreError(f"cannot use DATABASE_URL {url!r}: {exc}") from exc


def _sqlite_pragmas(dbapi_conn: object, _record: object) -> None:
    cur = dbapi_conn.cursor()  # type: ignore[attr-defined]
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


async def migrate(engine: AsyncEngine) -> None:
    """Bring the schema up to every head revision (pipeline and Discord branches)."""
    try:
        async with engine.begin() as conn:
            await conn.run_sync(_upgrade)
    except (SQLAlchemyError, OSError) as exc:
        raise StoreError(f"cannot migrate database {engine.url.render_as_string(hide_password=True)}: {exc}") from exc


def _upgrade(conn: Connection) -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "heads")


async def open_engine(url: str) -> AsyncEngine:
    """Create the engine and migrate it: the one way the application gets a database."""
    engine = create_engine(url)
    await migrate(engine)
    return engine
