"""A fast path for plain RSS 2.0: lxml instead of feedparser's SAX handlers, giving feedparser's own field values.

Most feeds are simple, well-formed RSS 2.0 in UTF-8, and feedparser's pure-Python element handling costs ten times
what lxml's C parser does. `plain_rss_entries` accepts only documents whose meaning is unambiguous — UTF-8 by every
rule feedparser applies (RFC 3023), no DOCTYPE or xml:base, items made of the elements below and nothing it cannot
account for — and returns None for anything else, which then goes through feedparser as before. The values match
what feedparser stores (its text fix-ups, link and permalink-guid rules and date parser included);
tests/bot/core/test_parse.py checks both paths agree on every fixture and corpus feed the fast path accepts.
"""

from __future__ import annotations

import contextlib
import re
import urllib.parse
from collections.abc import Mapping
from typing import Any

from feedparser.datetimes import _parse_date as feedparser_date  # the very parser feedparser uses for pubDate
from lxml import etree

_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_MEDIA = "{http://search.yahoo.com/mrss/}"
_DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"
_FIELDS = frozenset({"title", "link", "guid", "pubDate", "description", "source", _CONTENT})
# Elements feedparser files away where parse_feed never looks (tags, authors, enclosures, media attachments); any
# other element may feed a field parse_feed reads (dc:date, media:title, feedburner:origLink, …): feedparser decides.
_IGNORED = frozenset({"category", "author", "comments", "enclosure", _DC_CREATOR, _MEDIA + "content"})
_IGNORED_WITH_CHILDREN = frozenset({"category", "enclosure", _MEDIA + "thumbnail"})
_XML_DECL = re.compile(rb"^(?:\xef\xbb\xbf)?<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")
_UTF8 = frozenset({"utf-8", "utf8"})
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_URI_FIXER = re.compile("^([A-Za-z][A-Za-z0-9+-.]*://)(/*)(.*?)")
_ENTITY_IN_LINK = re.compile("&([A-Za-z0-9_]+);")
_CP1252 = {i: bytes([i]).decode("cp1252") for i in range(128, 160) if i not in (129, 141, 143, 144, 157)}
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=False, huge_tree=False)
_ACCEPTABLE_BASE = ("http://", "https://")


def plain_rss_entries(
    body: bytes, content_type: str | None, base_url: str | None
) -> tuple[list[dict[str, Any]], Mapping[str, Any]] | None:
    """(entries, channel) as feedparser would give them, or None when the document needs feedparser itself."""
    if content_type is None and base_url:
        return None  # parse_feed then gives feedparser a Content-Location without a Content-Type: it warns
    if not _utf8_by_every_rule(body, content_type) or b"<!DOCTYPE" in body or b"xml:base" in body:
        return None
    try:
        root = etree.fromstring(body, _PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root.tag != "rss" or root.get("version") != "2.0" or len(root) != 1 or root[0].tag != "channel":
        return None
    channel = root[0]
    base = base_url if base_url and base_url.lower().startswith(_ACCEPTABLE_BASE) else ""
    entries: list[dict[str, Any]] = []
    feed: dict[str, Any] = {}
    for child in channel:
        tag = child.tag
        if tag == "item":
            entry = _item(child, base)
            if entry is None:
                return None
            entries.append(entry)
        elif tag in ("title", "ttl"):
            if tag in feed or len(child):
                return None
            feed[tag] = _text(child.text)
        elif not isinstance(tag, str):  # a comment or processing instruction between items: harmless
            continue
    return (entries, feed) if entries else None


def _utf8_by_every_rule(body: bytes, content_type: str | None) -> bool:
    """True when feedparser would decode the body as UTF-8 without complaint (RFC 3023, as feedparser reads it)."""
    declared = _XML_DECL.match(body[:200])
    declared_utf8 = declared is not None and declared.group(1).decode("ascii").lower() in _UTF8
    if declared is not None and not declared_utf8:
        return False
    if not content_type:
        return declared_utf8  # no HTTP type: the declaration decides, and its absence means ISO-8859-1
    media = content_type.split(";", 1)[0].strip().lower()
    if not (media == "application/xml" or (media.startswith("application/") and media.endswith("+xml"))):
        return False  # text/* (US-ASCII by RFC 3023, flagged by feedparser) and odd types: feedparser decides
    charset = _CHARSET.search(content_type)
    return charset is None or charset.group(1).lower() in _UTF8


def _item(item: Any, base: str) -> dict[str, Any] | None:
    entry: dict[str, Any] = {}
    seen: set[str] = set()
    for child in item:
        tag = child.tag
        if not isinstance(tag, str):
            return None  # a comment inside an item: feedparser's text assembly around it is not worth copying
        if tag in _IGNORED_WITH_CHILDREN or (tag in _IGNORED and not len(child)):
            continue
        if tag not in _FIELDS or tag in seen or len(child):
            return None
        seen.add(tag)
        _field(entry, tag, child, base)
    return entry


def _field(entry: dict[str, Any], tag: str, el: Any, base: str) -> None:
    """Store one element the way feedparser's handlers do, in document order (the guid/link rules depend on it)."""
    text = _text(el.text)
    if tag == "link":
        if text:
            text = _urljoin(base, text)
        text = _ENTITY_IN_LINK.sub(r"&\g<1>", text.replace("&amp;", "&"))
        entry["link"] = text
    elif tag == "guid":
        is_link = _attribute(el, "ispermalink", "true") == "true"
        if text and is_link:
            text = _urljoin(base, text)
        entry["id"] = text
        entry["guidislink"] = is_link and "link" not in entry
        if is_link:
            entry.setdefault("link", text)
    elif tag == "title":
        entry["title"] = text
    elif tag == "description":
        entry["summary"] = text
    elif tag == _CONTENT:
        entry["content"] = [{"value": text}]
    elif tag == "pubDate":
        entry["published"] = text
        entry["published_parsed"] = feedparser_date(text)
    elif tag == "source":
        url = _attribute(el, "url", None)
        source = {"href": url} if url is not None else {}
        if text:
            source["title"] = text
        entry["source"] = source


def _attribute(el: Any, name: str, default: str | None) -> str | None:
    # feedparser lowercases attribute names (not values): isPermaLink, ispermalink and ISPERMALINK are one attribute
    return next((v for k, v in el.attrib.items() if k.lower() == name), default)


def _text(raw: str | None) -> str:
    """feedparser's fix-ups of element text: stripped, UTF-8 read as Latin-1 repaired, Windows-1252 controls mapped."""
    text = (raw or "").strip()
    if not text.isascii():
        with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
            text = text.encode("iso-8859-1").decode("utf-8")
        text = text.translate(_CP1252)
    return text


def _urljoin(base: str, uri: str) -> str:
    # feedparser's own join: extra slashes after the scheme collapsed first
    uri = _URI_FIXER.sub(r"\1\3", uri)
    try:
        return urllib.parse.urljoin(base, uri)
    except ValueError:
        return ""
