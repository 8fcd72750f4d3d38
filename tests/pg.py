"""Throwaway PostgreSQL databases for tests, emptied before each test.

GROKWATCH_TEST_POSTGRES_URL names a database on a server the tests may use freely (`bash .ci/run` starts one);
its role must be allowed to CREATE DATABASE. Migrating once into a template and cloning it per test keeps each
test isolated without paying for Alembic every time.
"""

from __future__ import annotations

import asyncio
import os
import uuid

import sqlalchemy as sa
from sqlalchemy.engine import URL, make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.pool import NullPool

from bot.store.db import create_engine, normalise_database_url, open_engine

ENV_VAR = "GROKWATCH_TEST_POSTGRES_URL"
SKIP_REASON = f"{ENV_VAR} not set (bash .ci/run starts a throwaway PostgreSQL when its binaries are installed)"

_shared: dict[str, str] = {}  # admin URL -> name of the migrated database this process reuses


def postgres_url() -> str | None:
    """The configured test server URL (plain or +asyncpg), or None when PostgreSQL tests should skip."""
    return os.environ.get(ENV_VAR) or None


def _url(base: str) -> URL:
    return make_url(normalise_database_url(base))


def _admin(base: str) -> AsyncEngine:
    # CREATE/DROP DATABASE cannot run inside a transaction block.
    return create_async_engine(_url(base), isolation_level="AUTOCOMMIT", poolclass=NullPool)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


async def drop_database(base: str, name: str) -> None:
    """Drop a test database, closing any connection a failed test left open."""
    admin = _admin(base)
    try:
        async with admin.connect() as conn:
            await conn.execute(sa.text(f"DROP DATABASE IF EXISTS {_quote(name)} WITH (FORCE)"))
    finally:
        await admin.dispose()


async def fresh_engine(base: str) -> AsyncEngine:
    """An engine on a migrated database of the test server, emptied of all rows (identities restarted)."""
    if base in _shared:
        engine = create_engine(_url(base).set(database=_shared[base]).render_as_string(hide_password=False))
    else:
        name = f"gw_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
        admin = _admin(base)
        try:
            async with admin.connect() as conn:
                await conn.execute(sa.text(f"CREATE DATABASE {_quote(name)}"))
        finally:
            await admin.dispose()
        try:
            engine = await open_engine(_url(base).set(database=name).render_as_string(hide_password=False))
        except BaseException:
            await drop_database(base, name)
            raise
        _shared[base] = name
    try:
        async with engine.begin() as conn:
            names = await conn.execute(
                sa.text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> :v"),
                {"v": "alembic_version"},
            )
            tables = ", ".join(_quote(n) for (n,) in names)
            if tables:
                await conn.execute(sa.text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    except BaseException:
        await engine.dispose()
        raise
    return engine


def drop_databases() -> None:
    """Drop the databases this process made (called once at the end of the test session, outside any loop)."""
    for base, name in list(_shared.items()):
        asyncio.run(drop_database(base, name))
        del _shared[base]
