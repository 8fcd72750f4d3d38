from __future__ import annotations

import json
import random
import threading
from datetime import datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy import text

from bot.errors import StoreError
from bot.store.db import (
    _may_hold_nul,
    _strip_nul,
    create_engine,
    json_dumps,
    migrate,
    normalise_database_url,
    open_engine,
)


async def test_migrate_creates_meta_table_and_is_idempotent(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'sub' / 'g.db'}"
    engine = await open_engine(url)
    await migrate(engine)  # second run is a no-op
    async with engine.connect() as conn:
        names = {r[0] for r in await conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))}
    await engine.dispose()
    assert "meta" in names and "alembic_version" in names
    assert (tmp_path / "sub" / "g.db").exists()


def test_normalise_database_url() -> None:
    assert normalise_database_url("sqlite:///x.db") == "sqlite+aiosqlite:///x.db"
    assert normalise_database_url("postgres://u@h/db") == "postgresql+asyncpg://u@h/db"


def test_bad_url_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="not a database URL"):
        create_engine("not a url at all")


@pytest.mark.parametrize("url", ["mysql://grok:s3cret-pw@db.example/grokwatch", "nodriver+x://grok:s3cret-pw@h/db"])
def test_a_url_that_cannot_be_used_never_shows_its_password(url: str) -> None:
    with pytest.raises(StoreError) as caught:
        create_engine(url)
    message = str(caught.value)
    assert "s3cret-pw" not in message and "grok:***@" in message, message


class _Text(str):
    """A str subclass: the NUL check must not skip what it does not recognise."""


@pytest.mark.parametrize(
    ("parameters", "many"),
    [
        (("plain", 1, None), False),
        ({"a": "b\x00c"}, False),
        ([("x", "y\x00")], True),
        ([{"k": "v"}, {"k": "\x00"}], True),
        ((["nested\x00"],), False),
        ((_Text("sub\x00class"),), False),
        ((b"bytes\x00stay",), False),
        ([("k1", "fp", "s1"), ["k2", "url", "s\x002"]], True),  # rows of strings only: the one-join path
        ([("k1", "fp", "s1"), ("k2", ["nested\x00"], "s2")], True),
    ],
)
def test_nul_fast_check_never_misses_a_nul(parameters: object, many: bool) -> None:
    # the fast check may over-report (then the exact walk decides) but must never pass a NUL through
    cleaned = _strip_nul(parameters)
    if cleaned is not parameters:
        assert _may_hold_nul(parameters, many)
    assert (cleaned is parameters) == (parameters in [("plain", 1, None), (b"bytes\x00stay",)])


def test_nul_fast_check_never_misses_a_nul_in_random_rows() -> None:
    rnd = random.Random(11)
    values: list[object] = ["", "text", "nul\x00here", _Text("sub"), _Text("sub\x00nul"), None, 0, 1, True, 2.5,
                            b"\x00", ["in\x00list"], ("tuple",), {"k": "v\x00"}, datetime(2026, 1, 15)]  # fmt: skip
    for _ in range(20000):
        width = rnd.randint(1, 4)
        rows = [tuple(rnd.choice(values) for _ in range(width)) for _ in range(rnd.randint(0, 4))]
        if rnd.random() < 0.1 and rows:
            rows[0] = rows[0] + ("extra",)  # rows of different lengths
        many = rnd.random() < 0.8
        parameters = rows if many else (rows[0] if rows else ())
        if _strip_nul(parameters) is not parameters:
            assert _may_hold_nul(parameters, many), parameters


@pytest.mark.parametrize(
    ("parameters", "many"),
    [
        ([("k1", "fp", "s1"), ["k2", "url", "s2"]], True),
        ([], True),
        (("a", "b"), False),
        ([("a", 1, None), ("", 0, "b")], True),
        ([("story", None, True, 2.5, datetime(2026, 1, 15))], True),
    ],
)
def test_nul_fast_check_passes_rows_without_one(parameters: object, many: bool) -> None:
    assert not _may_hold_nul(parameters, many)


@pytest.mark.parametrize(
    "value",
    [
        {"title": "Zürich – “Grök”", "score": 0.35, "n": 3, "ok": True, "none": None, "list": [1.5, "x", [], {}]},
        {"nan": float("nan"), "inf": float("inf"), 1: "int key", 2.5: "float key", None: "null key", False: "bool"},
        "top-level text with \u2028 and \x00",
        [0.1, 1e100, -0.0, 10**30],
        None,
        42,
    ],
)
def test_json_columns_serialise_exactly_as_json_dumps(value: object) -> None:
    assert json_dumps(value) == json.dumps(value)


def test_json_columns_refuse_what_json_dumps_refuses() -> None:
    with pytest.raises(TypeError, match="not JSON serializable"):
        json_dumps({"when": object()})


async def test_a_stored_json_document_is_json_dumps_text(tmp_path: Path) -> None:
    # the stored text must not change with the serialiser: compare the raw column with json.dumps
    engine = await open_engine(f"sqlite:///{tmp_path / 'j.db'}")
    summary = {"title": "Café", "relevance": {"score": 0.5, "relevant": False, "matched": ["X"]}}
    async with engine.begin() as conn:
        await conn.execute(text("CREATE TABLE docs (id INTEGER PRIMARY KEY, doc JSON)"))
        table = sa.Table(
            "docs", sa.MetaData(), sa.Column("id", sa.Integer, primary_key=True), sa.Column("doc", sa.JSON)
        )
        await conn.execute(sa.insert(table), [{"id": 1, "doc": summary}])
        raw = (await conn.execute(text("SELECT doc FROM docs"))).scalar_one()
    await engine.dispose()
    assert raw == json.dumps(summary)


async def test_a_file_that_is_no_database_leaves_no_connection_thread(tmp_path: Path) -> None:
    # _sqlite_pragmas fails on the first PRAGMA; the pool closes the connection it stranded (its aiosqlite thread
    # would otherwise outlive the error and keep the process from exiting)
    path = tmp_path / "notes.db"
    path.write_text("meeting notes, not a database " * 20)
    before = set(threading.enumerate())
    with pytest.raises(StoreError, match="not a database"):
        await open_engine(f"sqlite:///{path}")
    assert [t.name for t in set(threading.enumerate()) - before if t.is_alive()] == []
