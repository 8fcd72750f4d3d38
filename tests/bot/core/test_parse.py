"""parse_feed: RSS/Atom/RDF bytes → normalised entries; bad bodies → FeedParseError with the reason."""

from __future__ import annotations

import dataclasses
import pickle
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urljoin
from xml.sax.saxutils import escape

import pytest

from bot.core.dedupe import story_id
from bot.core.parse import LEDE_MAX_CHARS, EntryFields, parse_entries, parse_feed
from bot.errors import FeedParseError
from bot.models import FeedEntry

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "feeds"


def load(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def rss(*items: str, decl: str | None = "utf-8") -> str:
    head = f'<?xml version="1.0" encoding="{decl}"?>' if decl else ""
    return f'{head}<rss version="2.0"><channel><title>T</title><link>https://e.example/</link>{"".join(items)}</channel></rss>'


def test_rss_fields_normalised() -> None:
    parsed = parse_feed(load("ofcom_rss.xml"), feed_name="desk", headers={"Content-Type": "application/rss+xml"})
    assert parsed.title == "Tech Policy Desk" and parsed.warning is None
    assert parsed.ttl_s == 30 * 60
    first, second, _ = parsed.entries
    assert first.feed == "desk"
    assert first.guid == "news-example-2026-01-12-ofcom-x-grok"
    assert first.title == "Ofcom opens investigation into X over Grok image tool"
    assert first.url is not None and "utm_source" in first.url  # the link as published is kept
    assert first.canonical_url == "https://news.example.org/tech/2026/jan/12/ofcom-investigation-x-grok"
    assert first.published == datetime(2026, 1, 12, 9, 30, tzinfo=UTC)
    assert (
        first.lede.startswith("The UK regulator said") and "<" not in first.lede and "Online Safety Act" in first.lede
    )
    assert first.content is not None and "“Platforms must protect people" in first.content
    assert "\n" in first.content  # paragraphs survive as lines
    assert first.publisher == "news.example.org"
    assert second.title == "MPs call for emergency debate on AI chatbots & child safety"
    assert second.content is None  # a teaser is not the full article
    assert second.canonical_url == "https://news.example.org/politics/2026/jan/13/mps-debate-ai-chatbots"


def test_atom_feed() -> None:
    parsed = parse_feed(load("govuk_atom.xml"), feed_name="govuk")
    assert len(parsed.entries) == 2
    entry = parsed.entries[0]
    assert entry.url == "https://www.gov.uk/government/news/technology-secretary-statement-on-grok"
    assert entry.published == datetime(2026, 1, 14, 11, 0, tzinfo=UTC)
    assert entry.lede == (
        "The Technology Secretary has set out the government's expectations of X following reports about the Grok "
        "AI tool."
    )
    assert entry.guid is not None and entry.guid.startswith("https://www.gov.uk/")


def test_rdf_feed_with_dc_date_in_other_timezone() -> None:
    parsed = parse_feed(load("rdf.xml"), feed_name="digest")
    (entry,) = parsed.entries
    assert entry.title == "Commission widens DSA proceedings against X to cover Grok"
    assert entry.published == datetime(2026, 1, 16, 8, 0, tzinfo=UTC)  # +01:00 converted to UTC


def test_google_news_publisher_and_title_suffix() -> None:
    parsed = parse_feed(load("google_news.xml"), feed_name="gnews")
    first, second = parsed.entries
    assert first.publisher == "Tech Policy Desk"
    assert first.title == "Ofcom opens investigation into X over Grok image tool"
    assert second.publisher == "The Daily Ledger"
    assert second.title == "X faces UK inquiry as regulator steps up scrutiny of Grok"
    assert first.url is not None and first.url.startswith("https://news.google.com/rss/articles/")


def test_missing_guid_and_date() -> None:
    parsed = parse_feed(load("no_guid_no_date.xml"), feed_name="briefings")
    with_link, without_link = parsed.entries
    assert with_link.guid is None and with_link.published is None
    assert with_link.canonical_url == "https://briefings.example.org/2026/online-safety-act-generative-ai"
    assert without_link.url is None and without_link.canonical_url is None
    # ids are stable across parses even with nothing but a title to go on
    again = parse_feed(load("no_guid_no_date.xml"), feed_name="briefings")
    assert [story_id(e) for e in parsed.entries] == [story_id(e) for e in again.entries]
    assert story_id(with_link) != story_id(without_link)


def test_duplicate_guids() -> None:
    parsed = parse_feed(load("duplicate_guids.xml"), feed_name="wire")
    titles = [e.title for e in parsed.entries]
    # the repeated item appears once; the reused guid no longer merges two different articles
    assert titles == [
        "Grok restricted in the UK pending review",
        "Minister to meet X executives next week",
        "Irish regulator writes to X about Grok",
    ]
    assert parsed.entries[0].guid == "item-1001"
    assert parsed.entries[1].guid is None and parsed.entries[2].guid is None
    assert len({story_id(e) for e in parsed.entries}) == 3


def test_malformed_xml_with_entries_is_accepted_with_warning() -> None:
    body = rss(
        "<item><title>Grok & the regulators</title><link>https://e.example/1</link></item>",
        "<item><title>Second</title><link>https://e.example/2</link></item>",
    ).encode()
    parsed = parse_feed(body, feed_name="broken")
    assert [e.title for e in parsed.entries] == ["Grok & the regulators", "Second"]
    assert parsed.warning is not None and "not well-formed" in parsed.warning


def test_html_page_instead_of_feed() -> None:
    page = b"<!DOCTYPE html><html><head><title>Tech news | Example</title></head><body><p>Hello</body></html>"
    with pytest.raises(FeedParseError, match=r"HTML page instead of a feed \(title 'Tech news \| Example'\)"):
        parse_feed(page, feed_name="x", headers={"content-type": "text/html; charset=utf-8"})


def test_cloudflare_challenge() -> None:
    page = b"<!DOCTYPE html><html lang='en-US'><head><title>Just a moment...</title></head><body></body></html>"
    with pytest.raises(FeedParseError, match="challenge"):
        parse_feed(page, feed_name="x")


@pytest.mark.parametrize("body", [b"", b"   \n", b"\xef\xbb\xbf"])
def test_empty_body(body: bytes) -> None:
    with pytest.raises(FeedParseError, match="empty body"):
        parse_feed(body, feed_name="x")


def test_not_xml_at_all() -> None:
    with pytest.raises(FeedParseError, match="not a feed"):
        parse_feed(b'{"error": "rate limited"}', feed_name="x")


def test_valid_feed_with_no_items_is_empty_not_an_error() -> None:
    parsed = parse_feed(rss().encode(), feed_name="quiet")
    assert parsed.entries == [] and parsed.warning is None
    latin1 = parse_feed(rss(decl=None).replace("<title>T", "<title>Été").encode("latin-1"), feed_name="quiet")
    assert latin1.entries == [] and latin1.title == "Été"


TITLE = "Café owners – “Grök” ruling"


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        pytest.param(rss(f"<item><title>{TITLE}</title></item>").encode(), "text/xml", id="utf8-no-charset"),
        pytest.param(
            rss(f"<item><title>{TITLE}</title></item>").encode(),
            "application/rss+xml; charset=iso-8859-1",
            id="utf8-body-latin1-header",
        ),
        pytest.param(
            rss(f"<item><title>{TITLE}</title></item>", decl="windows-1252").encode("cp1252"),
            "text/xml; charset=utf-8",
            id="cp1252-body-utf8-header",
        ),
        pytest.param(
            rss(f"<item><title>{TITLE}</title></item>", decl=None).encode("cp1252"), None, id="cp1252-no-declaration"
        ),
    ],
)
def test_wrong_or_missing_encodings_decode_right(body: bytes, content_type: str | None) -> None:
    headers = {"Content-Type": content_type} if content_type else None
    parsed = parse_feed(body, feed_name="enc", headers=headers)
    assert parsed.entries[0].title == TITLE


def test_relative_links_resolved_against_base_url() -> None:
    body = rss("<item><title>A</title><link>/news/a?utm_campaign=x</link></item>").encode()
    (entry,) = parse_feed(body, feed_name="rel", base_url="https://Site.Example/feed.xml").entries
    assert entry.url == "https://Site.Example/news/a?utm_campaign=x"
    assert entry.canonical_url == "https://site.example/news/a"


@pytest.mark.parametrize(
    "link",
    [
        "https://paper.example/news/a",  # plain: kept as published
        "http://paper.example/a?",  # an empty query is dropped when joined to an http base
        "HTTP://Paper.Example/a",  # the scheme is lowercased
        "http://paper.example/a;",  # an empty ;params is dropped
        "http://paper.example/x/../y#",
        "https://paper.example/a?id=1&utm_source=x#top",
        "//paper.example/a",  # scheme-relative
        "news/a",  # relative
    ],
)
def test_links_are_joined_to_the_feed_url_as_urljoin_does(link: str) -> None:
    # absolute links urljoin would return unchanged skip it; every other link still goes through it
    base = "http://feeds.example/tech/rss.xml"
    body = rss(f"<item><title>A</title><link>{escape(link)}</link></item>").encode()
    (entry,) = parse_feed(body, feed_name="f", base_url=base).entries
    assert entry.url == urljoin(base, link)


def test_future_date_is_dropped_and_lede_capped() -> None:
    long = "word " * 600
    body = rss(
        "<item><title>A</title><link>https://e.example/a</link>"
        f"<pubDate>Fri, 01 Jan 2100 00:00:00 GMT</pubDate><description>{long}</description></item>"
    )
    (entry,) = parse_feed(body.encode(), feed_name="f", now=datetime(2026, 1, 1, tzinfo=UTC)).entries
    assert entry.published is None
    assert len(entry.lede) <= LEDE_MAX_CHARS and entry.lede.endswith("…")
    assert entry.content is not None  # a 3,000-character description is the article itself


def test_feedburner_origlink_and_google_alerts_redirect() -> None:
    body = (
        b'<?xml version="1.0"?><rss version="2.0" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0">'
        b"<channel><title>T</title>"
        b"<item><title>A</title><link>https://feeds.feedburner.example/~r/x/~3/abc</link>"
        b"<feedburner:origLink>https://paper.example/a</feedburner:origLink></item>"
        b"<item><title>B</title>"
        b"<link>https://www.google.com/url?rct=j&amp;url=https://paper.example/b&amp;ct=ga</link></item>"
        b"</channel></rss>"
    )
    a, b = parse_feed(body, feed_name="f").entries
    assert a.url == "https://paper.example/a"
    assert b.url == "https://paper.example/b"


def test_arguments_and_result_are_picklable() -> None:
    # the poller runs parse_feed in a process pool
    parsed = parse_feed(load("ofcom_rss.xml"), feed_name="desk")
    assert pickle.loads(pickle.dumps(parsed)) == parsed


def test_tricky_rss_items() -> None:
    # a permalink guid before a relative link, an opaque guid without a link, CDATA and a publisher in <source>
    body = rss(
        "<item><guid>/p/1</guid><title>One</title><link>/a?x=1&amp;y=2</link></item>",
        "<item><guid isPermaLink='false'>opaque-2</guid><title>Two</title></item>",
        "<item><title><![CDATA[Three <b>bold</b>]]></title><link>https://e.example/3</link>"
        "<source url='https://wire.example/rss'>Wire Service</source><pubDate>someday</pubDate></item>",
    ).encode()
    parsed = parse_feed(
        body, feed_name="f", headers={"Content-Type": "application/rss+xml"}, base_url="https://e.example/f/x.rss"
    )
    one, two, three = parsed.entries
    assert one.url == "https://e.example/a?x=1&y=2"
    assert two.url is None and two.guid == "opaque-2"
    assert three.title == "Three bold"


def test_relative_permalink_guid_and_xml_base_resolve_as_before() -> None:
    # feedparser is only given the feed's URL when it matters (relative links/ids, xml:base): same result either way
    body = rss(
        "<item><title>Permalink</title><guid>/p/3</guid></item>",
        '<item><title>Opaque</title><link>https://e.example/n/4</link><guid isPermaLink="false">abc-4</guid></item>',
    ).encode()
    first, second = parse_feed(body, feed_name="rel", base_url="https://e.example/feed.xml").entries
    assert first.guid == "https://e.example/p/3" and first.url == "https://e.example/p/3"
    assert second.guid == "abc-4" and second.url == "https://e.example/n/4"
    atom = (
        b'<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example/posts/"><title>T</title>'
        b'<entry><title>One</title><id>tag:blog.example,2026:1</id><link href="one.html"/></entry></feed>'
    )
    (entry,) = parse_feed(atom, feed_name="atom", base_url="https://elsewhere.example/feed.atom").entries
    assert entry.url == "https://blog.example/posts/one.html" and entry.guid == "tag:blog.example,2026:1"


def test_the_workers_entry_fields_are_feed_entries_fields_in_order() -> None:
    # the parse worker ships EntryFields and the poller reads them as the first fields of its rows: same names, order
    assert EntryFields._fields == tuple(f.name for f in dataclasses.fields(FeedEntry))
    for name in FIXTURES.iterdir():
        body = name.read_bytes()
        try:
            public = parse_feed(body, feed_name="desk", base_url="https://e.example/feed")
        except FeedParseError:
            continue
        inner = parse_entries(body, feed_name="desk", base_url="https://e.example/feed")
        assert [FeedEntry(*e) for e in inner.entries] == public.entries
        assert (inner.title, inner.warning, inner.ttl_s) == (public.title, public.warning, public.ttl_s)
