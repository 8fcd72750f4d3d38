from __future__ import annotations

import json
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
    ],
)
def test_nul_fast_check_never_misses_a_nul(parameters: object, many: bool) -> None:
    # the fast check may over-report (then the exact walk decides) but must never pass a NUL through
    cleaned = _strip_nul(parameters)
    if cleaned is not parameters:
        assert _may_hold_nul(parameters, many)
    assert (cleaned is parameters) == (parameters in [("plain", 1, None), (b"bytes\x00stay",)])


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
