"""Shortcuts in parsing and identity give exactly what the plain computation gives (stored keys must never change)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core import dedupe
from bot.core.identity import lede_opening
from bot.core.parse import _host, parse_feed
from bot.core.urls import host_of
from bot.errors import FeedParseError
from tests.conftest import FIXTURES

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "feeds"


def _reference_opening(lede: str) -> list[str]:
    return dedupe.normalise_text(lede[:400]).split()[:12]


def _feed_files() -> list[Path]:
    files = sorted((FIXTURES / "feeds").glob("*.xml"))
    if CORPUS.is_dir():
        files += sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix in {".xml", ".rss", ".atom", ".rdf"})
    return files


def _entries() -> list[tuple[str, str | None]]:
    """(lede, url) of every item in the fixture feeds and the shared corpus."""
    out: list[tuple[str, str | None]] = []
    for path in _feed_files():
        try:
            parsed = parse_feed(
                path.read_bytes(), feed_name=path.stem, base_url=f"https://feeds.example.com/{path.name}"
            )
        except FeedParseError:  # the corpus holds deliberately broken feeds; only parsed items matter here
            continue
        out += [(e.lede, e.url) for e in parsed.entries]
    return out


_WORDY = "Ofcom's chief executive told MPs on Tuesday that the regulator would not hesitate to use its powers"
_EDGE_LEDES = [
    "",
    "Too short.",
    "one two three four five six seven eight nine ten eleven twelve",
    "one two three four five six seven eight nine ten eleven twelve thirteen",
    _WORDY + " " * 200 + "and then more words follow well after the first cut",
    # an apostrophe, an accent and a combining mark right where the 160-character head ends
    ("x " * 79) + "Ofcom's decision",
    ("y " * 79) + "café au lait and more words",
    ("z " * 79) + "e\u0301tude of the case",
    ("w " * 5) + "a" * 170 + " tail words here",
    # the same right where the first, 96-character head ends
    ("v " * 47) + "Ofcom's decision and eleven more words to pass the twelve word key",
    ("u " * 47) + "e\u0301tude of the case " * 3,
    "Ofcom " + "a" * 100 + " one two three four five six seven eight nine ten eleven twelve",
    "Dès lundi, l'Arcom a demandé à X d'expliquer comment Grok génère des images, selon un communiqué publié.",
    "— “Quote” — «guillemets» — ‘single’ — ellipsis… — dashes – and — more — words — here — to — pass — twelve",
    "İstanbul’da düzenleyici kurum X’e para cezası verdi; Grok’un ürettiği görüntüler inceleniyor, dedi yetkili.",
    "ΟΔΥΣΣΕΥΣ σημείωσε ότι η ρυθμιστική αρχή εξετάζει τις εικόνες του Grok και θα αποφασίσει σύντομα για τα μέτρα",
    "Straße " * 30,
    "\t".join(["tabbed"] * 40),
    _WORDY * 5,
]


@pytest.mark.parametrize("lede", _EDGE_LEDES)
def test_lede_opening_matches_the_plain_computation(lede: str) -> None:
    assert lede_opening(lede) == _reference_opening(lede)


def test_lede_opening_matches_on_every_fixture_and_corpus_item() -> None:
    entries = _entries()
    assert len(entries) >= 16  # the fixture feeds alone hold 16 items (the shared corpus, when beside, many more)
    for lede, _url in entries:
        assert lede_opening(lede) == _reference_opening(lede), lede[:80]
    # every cut point near the head's end, on a long lede
    long = " ".join(lede for lede, _ in entries if lede)[:2000]
    for end in range(40, 420):  # across each head tried (96, 160, 400 characters)
        assert lede_opening(long[:end]) == _reference_opening(long[:end])
        assert dedupe.normalised_words(long[:end]) == dedupe.normalise_text(long[:end]).split()


_URLS = [
    "https://www.Ofcom.org.uk/news-centre/2026/x-grok",
    "http://news.example.net:8080/a?b=c#d",
    "https://user:pass@Example.COM./path",
    "https://[2001:db8::1]:443/ipv6",
    "https://[broken/ipv6",
    "http://",
    "https://host.example.org",
    "https://host.example.org?only=query",
    "https://host.example.org#only-fragment",
    "https://www.example.org\t/tabbed",
    "HTTPS://UPPER.example.org/path",
    "ftp://files.example.org/x",
    "not a url",
]


@pytest.mark.parametrize("url", _URLS)
def test_host_per_origin_matches_host_of(url: str) -> None:
    assert _host(url) == host_of(url)


def test_host_per_origin_matches_on_every_fixture_and_corpus_item() -> None:
    urls = [url for _, url in _entries() if url]
    assert urls
    assert [_host(u) for u in urls] == [host_of(u) for u in urls]
