"""Migration 0006_folded_search: a database indexed before folding (accents kept) finds accented stories by their
unaccented words once migrated — SQLite FTS5 rows and PostgreSQL search vectors alike."""

from __future__ import annotations

import ast
import importlib.util
import random
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

import bot.store
from bot.core.text import fold
from bot.models import FeedSpec
from bot.store.db import migrate
from bot.store.search import index_values
from bot.store.stories import StoryStore
from tests.bot.store.migration_steps import downgrade
from tests.bot.store.test_stories import entry, record

ES = "La regulación de la IA: el Gobierno pide a X que explique Grok"
EL = "Η Επιτροπή ζητά απαντήσεις από την X για το Grok"
EN = "Ofcom widens its Grok inquiry"


async def _unfold_index(engine: AsyncEngine) -> None:
    """The index as the code before 0006 wrote it: the text as stored, accents and capitals included."""
    async with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            await conn.execute(
                sa.text("UPDATE stories_fts SET title = (SELECT title FROM stories WHERE id = stories_fts.story_id)")
            )
        else:
            await conn.execute(sa.text("UPDATE stories SET search_vector = to_tsvector('english', title)"))


async def test_0006_refolds_an_index_written_before_folding(any_engine: AsyncEngine) -> None:
    store = StoryStore(any_engine)
    state = await store.feed_state(FeedSpec(name="wire", url="https://example.org/wire.rss"))
    await store.commit_poll(state, [record(entry(i, title=t)) for i, t in enumerate((ES, EL, EN))], [])
    await _unfold_index(any_engine)
    # the old index: the unaccented word is not in it (FTS5's unicode61 dropped Latin accents itself, never Greek)
    assert await store.search("ζητα απαντησεις") == []
    if any_engine.dialect.name == "postgresql":
        assert await store.search("regulacion") == []

    async with any_engine.begin() as conn:
        await conn.run_sync(downgrade, "0005_lean_indexes")
        heads = {r[0] for r in await conn.execute(sa.text("SELECT version_num FROM alembic_version"))}
    assert "0005_lean_indexes" in heads and "0006_folded_search" not in heads
    await migrate(any_engine)

    assert [s.title for s in await store.search("regulacion")] == [ES]
    assert [s.title for s in await store.search("ζητα απαντησεις")] == [EL]
    assert [s.title for s in await store.search("REGULACIÓN")] == [ES]
    assert [s.title for s in await store.search("ofcom grok")] == [EN]  # ASCII rows untouched and still found


VERSIONS = Path(bot.store.__file__).parent / "migrations" / "versions"


def _load_0006() -> ModuleType:
    spec = importlib.util.spec_from_file_location("frozen_0006", VERSIONS / "0006_folded_search.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_migration_imports_application_code() -> None:
    # a migration is frozen: if it imported bot.*, a later change to the app would change what an old revision does
    for path in sorted(VERSIONS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            assert not [n for n in names if n == "bot" or n.startswith(("bot.", "summariser"))], path.name


def test_0006_frozen_fold_and_index_values_are_those_of_its_day() -> None:
    frozen = _load_0006()
    rng = random.Random(6)
    samples = [
        ES,
        EL,
        EN,
        "Straße",
        "ﬁnal",
        "ǅemal",
        "ΚΟΜΙΣΙΌΝ",
        "한국어",
        "デジタル",
        "Ꭰ",
        "𝐀 x",
        "Tiếng Việt",
        "e\u0301",
    ]
    samples += ["".join(chr(rng.randrange(0x20, 0x3000)) for _ in range(12)) for _ in range(2000)]
    for text in samples:
        assert frozen.fold(text) == fold(text), repr(text)
    summary = {
        "key_points": ["La Comisión abrió un expediente"],
        "quotes": [{"text": "Nous agirons", "speaker": "Hélène Ménard"}, {"text": "ok", "speaker": None}],
        "actions": [{"actor": "Ofcom"}, {"actor": "Garante per la protezione dei dati personali"}],
    }
    for args in ((ES, EL, summary, "Texte intégral"), (EN, "", None, None), ("", "", {}, "")):
        assert frozen.index_values(*args) == index_values(*args)
