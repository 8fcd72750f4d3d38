"""Shared fixtures: a clean environment for every test, a fresh SQLite database, and `any_engine` (SQLite and,
when GROKWATCH_TEST_POSTGRES_URL is set, a PostgreSQL database emptied for each test)."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.store.db import open_engine
from tests import pg

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
FIXTURES = Path(__file__).with_name("fixtures")

_CLEARED = (
    "DISCORD_TOKEN",
    "DATABASE_URL",
    "FEEDS_CONFIG",
    "DISCORD_API_BASE",
    "DISCORD_GATEWAY_URL",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
)


@pytest.fixture(autouse=True)
def clean_environ(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Tests never see the developer's token, database or proxies; loopback only."""
    for name in _CLEARED:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    yield


@pytest.fixture
async def engine(tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    """A migrated SQLite database in a temporary file (PostgreSQL with GROKWATCH_TEST_ENGINE=postgresql, to run
    every database test there once by hand)."""
    base = pg.postgres_url()
    if os.environ.get("GROKWATCH_TEST_ENGINE") == "postgresql" and base is not None:
        eng = await pg.fresh_engine(base)
    else:
        eng = await open_engine(f"sqlite+aiosqlite:///{tmp_path / 'test.db'}")
    try:
        yield eng
    finally:
        await eng.dispose()


@pytest.fixture(scope="session", autouse=True)
def _drop_postgres_test_database() -> Iterator[None]:
    """Remove the PostgreSQL test database once the session is over."""
    yield
    pg.drop_databases()


@pytest.fixture(params=["sqlite", "postgresql"])
async def any_engine(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    """A freshly migrated database on each backend: SQLite always, PostgreSQL when configured (skipped otherwise).

    A test module opts in by overriding `engine` with a fixture that returns `any_engine`.
    """
    if request.param == "sqlite":
        eng = await open_engine(f"sqlite+aiosqlite:///{tmp_path / 'any.db'}")
        try:
            yield eng
        finally:
            await eng.dispose()
        return
    base = pg.postgres_url()
    if base is None:
        pytest.skip(pg.SKIP_REASON)
    eng = await pg.fresh_engine(base)
    try:
        yield eng
    finally:
        await eng.dispose()
