"""rss_fast: plain UTF-8 RSS 2.0 read by the C XML parser gives exactly what feedparser gives parse_feed.

Every case runs parse_feed twice, once as it runs (fast path where it applies) and once with the fast path turned
off (`fast_reader=None`: feedparser for everything), and the two ParsedFeeds must be equal.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import feedparser
import pytest

from bench.pipeline_bench import feed_bytes
from bot.core import rss_fast
from bot.core.parse import FastReader, parse_feed
from bot.errors import FeedParseError
from bot.models import ParsedFeed

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "feeds"
CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "feeds"
NOW = datetime(2026, 11, 22, tzinfo=UTC)
CONTENT_TYPES = [None, "application/rss+xml", "text/xml", "text/xml; charset=utf-8", "application/xml; charset=latin-1",
                 "application/rss+xml; charset=UTF-8", 'Text/XML; charset="utf8"',
                 "text/xml; charset=ascii"]  # fmt: skip


def both(body: bytes, content_type: str | None) -> tuple[object, object, bool]:
    """(feedparser's result, parse_feed's result, whether the fast path read it); errors as ("error", reason)."""
    headers = {"Content-Type": content_type} if content_type else {}

    def run(reader: FastReader | None) -> ParsedFeed | tuple[str, str]:
        try:
            return parse_feed(
                body, feed_name="f", headers=headers, base_url="https://site.example/feed", now=NOW, fast_reader=reader
            )
        except FeedParseError as exc:
            return ("error", str(exc))

    fast = rss_fast.read_rss(body, content_type) is not None
    return run(None), run(rss_fast.read_rss), fast


def rss(items: str, *, decl: str = '<?xml version="1.0" encoding="utf-8"?>', channel: str = "") -> bytes:
    return (
        f'{decl}<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">'
        f"<channel><title> The Desk </title><link>https://site.example/</link>{channel}{items}</channel></rss>"
    ).encode()


ITEM = (
    "<item><title>Ofcom opens inquiry into X over Grok</title><link>https://news.example/a?utm_source=rss</link>"
    "<guid>https://news.example/a</guid><pubDate>Mon, 12 Jan 2026 09:30:00 GMT</pubDate>"
    "<description>The regulator said it would examine the tool.</description></item>"
)

VARIANTS: dict[str, bytes] = {
    "plain": rss(ITEM),
    "no declaration": rss(ITEM, decl=""),
    "declared UTF-8 upper case": rss(ITEM, decl='<?xml version="1.0" encoding="UTF-8"?>'),
    "declared latin-1": rss(ITEM, decl='<?xml version="1.0" encoding="ISO-8859-1"?>'),
    "non-ascii text": rss(ITEM.replace("Grok", "Grok — “image” tool, café, 東京")),
    "mojibake": rss(ITEM.replace("Grok", "Grok cafÃ© â€œquoteâ€\x9d")),
    "c1 controls": rss(ITEM.replace("tool.", "tool\x85 \x93quoted\x94 \x81.")),
    "entities and cdata": rss(
        ITEM.replace("The regulator", "<![CDATA[<p>The <b>regulator</b>]]> &amp; &lt;b&gt; &#233; &#x201c;")
    ),
    "escaped html title": rss(ITEM.replace("Ofcom opens", "&lt;em&gt;Ofcom&lt;/em&gt; opens &amp;amp;")),
    "comment in a field": rss(ITEM.replace("Ofcom opens", "Ofcom <!-- note --> opens")),
    "comment between items": rss("<!-- first -->" + ITEM),
    "processing instruction in a field": rss(ITEM.replace("Ofcom opens", "Ofcom <?pi data?> opens")),
    "carriage returns": rss(ITEM.replace("<title>", "<title>\r\n").replace("tool.", "tool.\r\nMore.")),
    "whitespace": rss(ITEM.replace("<title>", "<title>\n   ").replace("</link>", "  \n</link>")),
    "guid not permalink": rss(ITEM.replace("<guid>", '<guid isPermaLink="false">')),
    "guid permalink True": rss(ITEM.replace("<guid>", '<guid isPermaLink="True">')),
    "guid before link, no link": rss(
        "<item><title>T one</title><guid>https://news.example/g</guid><description>d</description></item>"
    ),
    "guid then link": rss(
        "<item><title>T two</title><guid>https://news.example/g</guid><link>https://news.example/l</link></item>"
    ),
    "opaque guid, no link": rss("<item><title>T three</title><guid isPermaLink='false'>4956764</guid></item>"),
    "empty link": rss("<item><title>T four</title><link></link><guid>https://news.example/g4</guid></item>"),
    "empty guid": rss("<item><title>T five</title><guid/><link>https://news.example/l5</link></item>"),
    "relative link": rss("<item><title>T six</title><link>/news/6</link></item>"),
    "extra slashes": rss("<item><title>T seven</title><link>https:////news.example/7</link></item>"),
    "double-escaped query": rss(
        "<item><title>T eight</title><link>https://news.example/8?a=1&amp;amp;b=2&amp;c;=3</link></item>"
    ),
    "content before description": rss(
        "<item><title>T nine</title><content:encoded><![CDATA[<p>Full text.</p>]]></content:encoded>"
        "<description>Teaser</description></item>"
    ),
    "content only": rss("<item><title>T ten</title><content:encoded>Only the body</content:encoded></item>"),
    "source": rss(
        "<item><title>Grok fined - The Paper</title><link>https://news.google.example/x</link>"
        '<source url="https://paper.example">The Paper</source></item>'
    ),
    "empty source": rss('<item><title>T eleven</title><source url="https://paper.example"></source></item>'),
    "ignored elements": rss(
        ITEM.replace(
            "</item>",
            "<category>Tech</category><author>a@b.example</author><comments>https://news.example/c</comments>"
            '<enclosure url="https://news.example/i.jpg" type="image/jpeg" length="1"/><dc:creator>Ann</dc:creator>'
            '<media:thumbnail url="https://news.example/t.jpg"/><media:content url="https://news.example/m.jpg">'
            '<media:thumbnail url="https://news.example/t2.jpg"/></media:content></item>',
        )
    ),
    "media title": rss(ITEM.replace("</item>", "<media:title>Other</media:title></item>")),
    "media content with a title": rss(
        ITEM.replace("</item>", '<media:content url="u"><media:title>Other</media:title></media:content></item>')
    ),
    "dc date and pubDate": rss(ITEM.replace("</item>", "<dc:date>2026-01-13T10:00:00Z</dc:date></item>")),
    "dc date only": rss("<item><title>T twelve</title><dc:date>2026-01-13T10:00:00Z</dc:date></item>"),
    "markup inside description": rss(ITEM.replace("The regulator", "<p>The regulator</p>")),
    "title attribute": rss(ITEM.replace("<title>", '<title type="html">')),
    "two titles": rss(ITEM.replace("</item>", "<title>Second</title></item>")),
    "two items same guid": rss(ITEM + ITEM),
    "channel image and ttl": rss(
        ITEM, channel="<image><url>u</url><title>Logo</title><link>l</link></image><ttl> 30 </ttl>"
    ),
    "channel image title only": rss(ITEM, channel="<image><title>Logo</title></image>").replace(
        b"<title> The Desk </title>", b""
    ),
    "channel atom link": rss(
        ITEM,
        channel='<atom:link xmlns:atom="http://www.w3.org/2005/Atom" href="https://site.example/feed" rel="self"/>',
    ),
    "unknown channel element": rss(ITEM, channel="<foo>bar</foo>"),
    "no items": rss(""),
    "rss 0.91": rss(ITEM).replace(b'version="2.0"', b'version="0.91"'),
    "doctype": b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x "X">]>' + rss(ITEM, decl="")[0:],
    "undefined entity": rss(ITEM.replace("Ofcom opens", "Ofcom&nbsp;opens")),
    "malformed": rss(ITEM).replace(b"</channel>", b""),
    "bom": b"\xef\xbb\xbf" + rss(ITEM),
    "xml base": rss(ITEM.replace("<item>", '<item xml:base="https://other.example/">')),
    "rdf about": rss(ITEM.replace("<item>", '<item rdf:about="x" xmlns:rdf="r">')),
}
DATES = [
    "Mon, 12 Jan 2026 09:30:00 GMT",
    "Mon, 12 Jan 2026 09:30:00 +0100",
    "Tue, 1 Dec 2026 23:59:59 -0530",
    "Sun, 29 Feb 2026 10:00:00 GMT",
    "Fri, 31 Dec 1999 00:00:00 UT",
    "Mon, 12 Jan 2026 09:30:00 Z",
    "Mon, 12 Jan 2026 09:30:00 UTC",
    "Mon, 12 Jan 2026 09:30:00 EST",
    "Mon, 12 Jan 26 09:30:00 GMT",
    "Mon, 12 Jan 2026 09:30 GMT",
    "12 Jan 2026 09:30:00 GMT",
    "Mon, 12 Jan 2036 09:30:00 GMT",
    "Mon, 12 Jan 2026 24:30:00 GMT",
    "mer, 16 nov 2022 00:38:15 +0100",
    "2026-01-12T09:30:00Z",
    "",
]
for n, date in enumerate(DATES):
    VARIANTS[f"date {n}: {date}"] = rss(ITEM.replace("Mon, 12 Jan 2026 09:30:00 GMT", date))


def corpus() -> Iterator[Path]:
    yield from sorted(FIXTURES.glob("*.xml"))
    if CORPUS.is_dir():
        yield from sorted(p for p in CORPUS.rglob("*") if p.suffix in (".xml", ".rss", ".atom"))


@pytest.mark.parametrize("content_type", CONTENT_TYPES)
@pytest.mark.parametrize("name", list(VARIANTS))
def test_variants_match_feedparser(name: str, content_type: str | None) -> None:
    expected, actual, _ = both(VARIANTS[name], content_type)
    assert actual == expected


@pytest.mark.parametrize("path", list(corpus()), ids=lambda p: p.name)
def test_real_feeds_match_feedparser(path: Path) -> None:
    for content_type in CONTENT_TYPES:
        expected, actual, _ = both(path.read_bytes(), content_type)
        assert actual == expected


def test_bench_feeds_match_feedparser_and_take_the_fast_path() -> None:
    for n in range(20):
        expected, actual, fast = both(feed_bytes(n, 30), "application/rss+xml")
        assert fast and actual == expected


def test_parse_feed_reads_with_the_fast_reader_it_is_given() -> None:
    calls: list[str | None] = []

    def declining(body: bytes, content_type: str | None) -> None:
        calls.append(content_type)
        return None  # "not mine": the document goes to feedparser

    body = VARIANTS["plain"]
    by_feedparser = parse_feed(body, feed_name="f", headers={"Content-Type": "text/xml"}, fast_reader=declining)
    assert calls == ["text/xml"]
    assert by_feedparser == parse_feed(body, feed_name="f", headers={"Content-Type": "text/xml"}, fast_reader=None)
    assert by_feedparser.entries[0].title == "Ofcom opens inquiry into X over Grok"
    # the default reader is rss_fast's, and this plain document is one it reads
    assert rss_fast.read_rss(body, "text/xml") is not None
    assert parse_feed(body, feed_name="f", headers={"Content-Type": "text/xml"}) == by_feedparser


@pytest.mark.parametrize(
    ("name", "fast"),
    [("plain", True), ("non-ascii text", True), ("ignored elements", True), ("media title", False),
     ("declared latin-1", False), ("markup inside description", False), ("date 7: Mon, 12 Jan 2026 09:30:00 EST",
     False), ("doctype", False), ("malformed", False), ("no items", False)],
)  # fmt: skip
def test_which_documents_take_the_fast_path(name: str, fast: bool) -> None:
    assert (rss_fast.read_rss(VARIANTS[name], "application/rss+xml") is not None) is fast


def test_charset_names_are_pythons() -> None:
    assert rss_fast.read_rss(VARIANTS["non-ascii text"], "application/rss+xml; charset=UTF-8") is not None
    assert rss_fast.read_rss(VARIANTS["non-ascii text"], "text/xml; charset=utf8") is not None
    assert rss_fast.read_rss(VARIANTS["plain"], "text/xml; charset=US-ASCII") is not None
    assert rss_fast.read_rss(VARIANTS["non-ascii text"], "text/xml; charset=US-ASCII") is None
    assert rss_fast.read_rss(VARIANTS["plain"], "application/rss+xml; charset=no-such-charset") is None


def test_text_xml_without_charset_is_ascii_only() -> None:
    # RFC 3023: text/xml without a charset is US-ASCII; feedparser overrides it (and warns) for other bytes
    assert rss_fast.read_rss(VARIANTS["plain"], "text/xml") is not None
    assert rss_fast.read_rss(VARIANTS["non-ascii text"], "text/xml") is None
    assert rss_fast.read_rss(VARIANTS["plain"], "text/html") is None


def test_c1_table_is_feedparsers() -> None:
    theirs = feedparser.html._cp1252  # type: ignore[attr-defined]
    assert {k: v for k, v in theirs.items() if k != v} == rss_fast._CP1252


def test_rfc822_dates_agree_with_feedparser() -> None:
    parse_date = feedparser.datetimes._parse_date  # type: ignore[attr-defined]
    for stamp in range(0, 2_000_000_000, 7_777_777):
        for zone in ("GMT", "+0000", "+0130", "-0800", "UT", "Z"):
            text = time.strftime("%a, %d %b %Y %H:%M:%S ", time.gmtime(stamp)) + zone
            assert rss_fast._rfc822(text) == parse_date(text), text


SNIPPETS = [b"&amp;", b"&lt;", b"<![CDATA[x<y]]>", b"\xc3\xa9", b"\xc3", b"\xe2\x80\x9c", b"\xc2\x85", b"<!-- c -->",
            b"<b>", b"</b>", b"\n", b"&#233;", b"///", b"+0100", b"<guid>", b"</guid>", b'isPermaLink="false"',
            b"<link>", b"</link>", b"<title>", b"</title>", b"<source>", b"&amp;amp;", b"</description>"]  # fmt: skip


def test_mutated_feeds_match_feedparser() -> None:
    # random edits of well-formed feeds: whatever the fast path accepts must read as feedparser reads it
    seeds = [feed_bytes(n, 4) for n in range(3)] + [(FIXTURES / "google_news.xml").read_bytes()]
    rnd = random.Random(7)
    taken = 0
    for _ in range(200):
        body = bytearray(rnd.choice(seeds))
        for _ in range(rnd.randint(1, 3)):
            pos = rnd.randrange(len(body))
            if rnd.random() < 0.5:
                body[pos:pos] = rnd.choice(SNIPPETS)
            else:
                del body[pos : pos + rnd.randint(1, 4)]
        try:
            expected, actual, fast = both(bytes(body), "application/rss+xml")
        except Exception as exc:  # feedparser itself fails on some (a cut multi-byte character in the declaration)
            assert rss_fast.read_rss(bytes(body), "application/rss+xml") is None, exc
            continue
        taken += fast
        assert actual == expected
    assert taken > 20  # the edits leave many documents on the fast path
