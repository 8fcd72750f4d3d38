"""parse_feed over the real-world feeds in ../shared/corpus/feeds/, with the expectations its README states."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.core.dedupe import story_id
from bot.core.parse import parse_feed
from bot.models import ParsedFeed

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "feeds"

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not CORPUS.is_dir(), reason=f"shared feed corpus not found at {CORPUS}"),
]

# (file, entries) from the corpus README's table
COUNTS = [
    ("rss-parser/guardian.rss", 55),
    ("rss-parser/heise.atom", 15),
    ("rss-parser/encoding.rss", 40),
    ("rss-parser/uolNoticias.rss", 15),
    ("rss-parser/rss-1.rss", 69),
    ("rss-parser/reddit.rss", 24),
    ("miniflux/large_rss.xml", 25),
    ("miniflux/large_atom.xml", 25),
    ("miniflux/encoding_ISO-8859-1.xml", 40),
    ("miniflux/encoding_WINDOWS-1251.xml", 50),
    ("miniflux/urdu_UTF8.xml", 26),
    ("miniflux/rdf_UTF8.xml", 60),
    ("miniflux/no_encoding_ISO-8859-1.xml", 10),
    ("feedjira/TechCrunch.xml", 20),
    ("feedjira/HuffPostCanada.xml", 2),
    ("feedjira/google_alerts_atom.xml", 20),
    ("feedparser/large_atom_feed_that_needs_css_sanitisation.xml", 15),
]
# items with nothing in them (no title, link, guid or text) are dropped by parse_feed
EMPTY_ITEMS = {"miniflux/no_encoding_ISO-8859-1.xml": 1}
NOW = datetime(2026, 11, 22, tzinfo=UTC)


def parse(name: str) -> ParsedFeed:
    return parse_feed((CORPUS / name).read_bytes(), feed_name=name, now=NOW)


@pytest.mark.parametrize(("name", "count"), COUNTS, ids=[n for n, _ in COUNTS])
def test_entry_counts_and_sane_fields(name: str, count: int) -> None:
    parsed = parse(name)
    count -= EMPTY_ITEMS.get(name, 0)
    assert len(parsed.entries) == count
    for entry in parsed.entries:
        assert entry.title.strip() and "<" not in entry.title
        assert "\ufffd" not in entry.title + entry.lede, "undecodable bytes"
        assert "Ã" not in entry.title, "UTF-8 read as Latin-1 (mojibake)"
        assert entry.url is None or entry.url.startswith(("http://", "https://"))
        assert entry.published is None or entry.published.tzinfo is UTC
        assert len(entry.lede) <= 1_000
    # every entry gets its own stable id (no two items of one feed collapse into one story)
    assert len({story_id(e) for e in parsed.entries}) == count


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("rss-parser/encoding.rss", "Mãe de utente é a nova presidente da Raríssimas"),
        ("miniflux/no_encoding_ISO-8859-1.xml", "Perturbateurs endocriniens : quels effets sur le cerveau ?"),
        ("miniflux/encoding_WINDOWS-1251.xml", "Цитата #17703"),
        ("feedparser/large_atom_feed_that_needs_css_sanitisation.xml", "Невидимая броня для Вашего Nokia 5800"),
    ],
)
def test_encodings_decoded_right(name: str, title: str) -> None:
    assert parse(name).entries[0].title == title


def test_latin1_feeds_keep_their_accents() -> None:
    golem = parse("miniflux/encoding_ISO-8859-1.xml")
    assert "wünschen" in golem.entries[0].lede
    uol = parse("rss-parser/uolNoticias.rss")
    assert any("ç" in e.title or "ã" in e.title for e in uol.entries)
    assert uol.warning is not None  # no declaration: feedparser had to override the encoding


def test_urdu_right_to_left_text_and_ttl() -> None:
    parsed = parse("miniflux/urdu_UTF8.xml")
    assert any("\u0600" <= ch <= "\u06ff" for ch in parsed.entries[0].title)
    assert parsed.ttl_s == 15 * 60


def test_rdf_feeds() -> None:
    science = parse("rss-parser/rss-1.rss")
    assert science.entries[0].title == "Food for fungi" and science.entries[0].published is not None
    heise = parse("miniflux/rdf_UTF8.xml")
    assert all(e.guid is None and e.published is None for e in heise.entries)  # RSS 0.90: no guid, no dates
    assert all(e.canonical_url for e in heise.entries)


def test_malformed_techcrunch_still_has_its_entries() -> None:
    parsed = parse("feedjira/TechCrunch.xml")
    assert len(parsed.entries) == 20
    assert parsed.warning is not None and "not well-formed" in parsed.warning
    with_content = [e for e in parsed.entries if e.content]
    assert with_content, "WordPress content:encoded should give full text"
    assert all("<" not in (e.content or "") for e in with_content)


@pytest.mark.parametrize(
    "name", ["rss-parser/encoding.rss", "rss-parser/uolNoticias.rss", "miniflux/no_encoding_ISO-8859-1.xml"]
)
def test_no_guid_feeds_get_stable_ids(name: str) -> None:
    first, second = parse(name), parse(name)
    assert all(e.guid is None for e in first.entries)
    assert [story_id(e) for e in first.entries] == [story_id(e) for e in second.entries]


def test_feedburner_origlink_preferred() -> None:
    entry = parse("rss-parser/encoding.rss").entries[0]
    assert entry.url is not None and "feedproxy" not in entry.url and "feedburner" not in entry.url


def test_google_alerts_links_unwrapped() -> None:
    parsed = parse("feedjira/google_alerts_atom.xml")
    assert all(e.url and not e.url.startswith("https://www.google.com/url") for e in parsed.entries)
    assert all("<b>" not in e.title for e in parsed.entries)


FEED_RS = sorted((CORPUS / "feed-rs").glob("*.xml")) if CORPUS.is_dir() else []


@pytest.mark.parametrize("path", FEED_RS, ids=[p.stem for p in FEED_RS])
def test_feed_rs_field_oracle(path: Path) -> None:
    expected = json.loads(path.with_suffix(".serde.json").read_text(encoding="utf-8"))["entries"][0]
    (entry,) = parse_feed(path.read_bytes(), feed_name=path.stem, now=NOW).entries
    assert entry.guid == expected["id"]
    assert entry.title == " ".join(expected["title"]["content"].split())
    assert entry.url == expected["links"][0]["href"]
    if expected.get("published") and "nbcny" not in path.stem:  # nbcny's item date has no zone; feed-rs gives up
        assert entry.published == datetime.fromisoformat(expected["published"].replace("Z", "+00:00"))
