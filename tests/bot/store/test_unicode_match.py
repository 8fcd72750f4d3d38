"""Autocomplete and name filters ignore case beyond ASCII (real SQLite file; PostgreSQL too when configured).

SQLite's own lower()/LIKE fold ASCII only: before bot.store.folding, "ограничение" did not find "Ограничение".
"""

from __future__ import annotations

import sqlite3
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.identity import StoryRecord
from bot.models import FeedSpec
from bot.store.folding import FOLD_FUNCTION, case_class_pattern, fold, register_fold
from bot.store.stories import StoryStore
from tests.bot.store.test_stories import entry, record

RU_TITLE = "Ограничение доступа к Grok: Роскомнадзор направил X требование"
EL_TITLE = "Η Επιτροπή Προστασίας Δεδομένων ζητά εξηγήσεις για το Grok"
FR_TITLE = "École de journalisme : les étudiants testent Grok sur des dépêches"
RU_QUOTE = [{"text": "Мы ждём ответа от компании до конца недели", "speaker": "Анна Соколова", "speaker_role": None}]
EL_ACTION = [{"actor": "Αρχή Προστασίας Δεδομένων", "action": "ζήτησε στοιχεία από την X", "status": "taken"}]
FR_ACTION = [{"actor": "Autorité de la concurrence", "action": "a ouvert une enquête", "status": "taken"}]


@pytest.fixture
def engine(any_engine: AsyncEngine) -> AsyncEngine:
    return any_engine


async def seeded(engine: AsyncEngine) -> StoryStore:
    store = StoryStore(engine)
    records: list[StoryRecord] = [
        record(entry(1, title=RU_TITLE), quotes=RU_QUOTE),
        record(entry(2, title=EL_TITLE), actions=EL_ACTION),
        record(entry(3, title=FR_TITLE), actions=FR_ACTION),
        record(entry(4, title="Ofcom opens 100% review of Grok replies")),
    ]
    state = await store.feed_state(FeedSpec(name="wire", url="https://example.org/wire.rss"))
    await store.commit_poll(state, records, [])
    return store


async def titles(store: StoryStore, typed: str) -> list[str]:
    return [title for _, title in await store.suggest_stories(typed)]


async def test_story_suggestions_ignore_case_in_cyrillic_greek_and_accented_latin(engine: AsyncEngine) -> None:
    store = await seeded(engine)
    assert await titles(store, "ограничение") == [RU_TITLE]
    assert await titles(store, "РОСКОМНАДЗОР") == [RU_TITLE]
    assert await titles(store, "επιτροπή") == [EL_TITLE]
    assert await titles(store, "ΕΠΙΤΡΟΠΉ") == [EL_TITLE]
    assert await titles(store, "école") == [FR_TITLE]
    assert await titles(store, "ÉTUDIANTS") == [FR_TITLE]
    assert await titles(store, "ofcom") == ["Ofcom opens 100% review of Grok replies"]  # ASCII as before


async def test_wildcards_stay_literal_next_to_unicode_folding(engine: AsyncEngine) -> None:
    store = await seeded(engine)
    assert await titles(store, "100%") == ["Ofcom opens 100% review of Grok replies"]
    assert await titles(store, "10_%") == []
    assert await titles(store, "é_ole") == []


async def test_speaker_and_actor_suggestions_and_filters_ignore_case(engine: AsyncEngine) -> None:
    store = await seeded(engine)
    assert await store.suggest_speakers("соколова") == ["Анна Соколова"]
    assert await store.suggest_actors("αρχή") == ["Αρχή Προστασίας Δεδομένων"]
    assert await store.suggest_actors("AUTORITÉ") == ["Autorité de la concurrence"]
    [(story, quote)] = await store.quotes(who="АННА")
    assert story.title == RU_TITLE and quote["speaker"] == "Анна Соколова"
    assert [item["actor"] for _, item in await store.actions(actor="ΠΡΟΣΤΑΣΊΑΣ")] == ["Αρχή Προστασίας Δεδομένων"]
    assert await store.quotes(who="петров") == []


async def test_decomposed_accents_and_ligatures_match_what_users_type(any_engine: AsyncEngine) -> None:
    if any_engine.dialect.name != "sqlite":
        pytest.skip("normalisation is the SQLite fold's; PostgreSQL ILIKE compares code points as stored")
    store = StoryStore(any_engine)
    nfd = unicodedata.normalize("NFD", "Élysée asks Grok's makers for answers")
    ligature = "Regulator issues \ufb01nal warning to X over Grok"  # "fi" ligature, as copied out of a PDF
    state = await store.feed_state(FeedSpec(name="wire", url="https://example.org/wire.rss"))
    await store.commit_poll(state, [record(entry(7, title=nfd)), record(entry(8, title=ligature))], [])
    assert await titles(store, "élysée") == [nfd]
    assert await titles(store, "FINAL WARNING") == [ligature]  # an ASCII needle still reaches non-ASCII titles


async def test_full_text_search_also_folds_case(engine: AsyncEngine) -> None:
    store = await seeded(engine)
    if engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL's english text search config is checked by test_stories")
    assert [s.title for s in await store.search("ограничение")] == [RU_TITLE]
    assert [s.title for s in await store.search("ÉCOLE")] == [FR_TITLE]


def test_fold_and_the_registered_sql_function(tmp_path: Path) -> None:
    assert fold("Ограничение") == "ограничение"
    assert fold("ΕΠΙΤΡΟΠΉ") == "επιτροπή"
    assert fold(unicodedata.normalize("NFD", "École")) == "école"
    assert fold("Ofcom") == "ofcom"
    conn = sqlite3.connect(tmp_path / "fold.db")
    try:
        register_fold(conn)
        assert conn.execute(f"SELECT {FOLD_FUNCTION}(?)", ("École",)).fetchone() == ("école",)
        assert conn.execute(f"SELECT {FOLD_FUNCTION}(NULL), {FOLD_FUNCTION}(3)").fetchone() == (None, 3)
    finally:
        conn.close()


def test_case_class_pattern_covers_every_case_form() -> None:
    # the PostgreSQL form for a locale-less ("C") cluster: each letter a class of its case forms, final sigma included
    assert case_class_pattern("ΣΑ") == "[Σςσ][Αα]"
    assert case_class_pattern("é 5%") == "[Éé]\\ 5\\%"
