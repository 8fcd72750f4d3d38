"""Pure feed parsing: fetched bytes + response headers → normalised entries (feedparser on bytes, never its fetching).

`parse_feed` takes only picklable arguments so the poller can run it in a ProcessPoolExecutor: feedparser is
CPU-bound pure Python. Sanitising and relative-URI resolution are turned off (grokwatch never renders feed HTML;
they are most of feedparser's time); tags are stripped cheaply by `feedtext.html_to_text` instead. Plain UTF-8 RSS 2.0
skips feedparser altogether (`rss_fast`: the same values from the C XML parser, 9-20x faster).
"""

from __future__ import annotations

import calendar
import functools
import io
import logging
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple
from urllib.parse import urljoin

import feedparser

from bot.core.feedtext import html_to_text, truncate
from bot.core.rss_fast import RawEntry, read_rss
from bot.core.urls import canonical_url, host_of, unwrap_redirect
from bot.errors import FeedParseError
from bot.models import FeedEntry, ParsedFeed

log = logging.getLogger(__name__)

LEDE_MAX_CHARS = 1_000
# Item text at least this long is taken to be the full article rather than a teaser.
FULL_TEXT_MIN_CHARS = 1_200
# A publish date this far ahead of `now` is a publisher bug; the caller falls back to first-seen time.
_FUTURE_SLACK = timedelta(days=1)

# bytes + Content-Type -> (raw entries, channel) in feedparser's shape, or None for "not mine: use feedparser"
FastReader = Callable[[bytes, str | None], tuple[list[RawEntry], dict[str, Any]] | None]

_CHALLENGE_MARKERS = (b"just a moment...", b"cf-chl", b"challenge-platform", b"attention required! | cloudflare")
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.I | re.S)


class EntryFields(NamedTuple):
    """A parsed entry as FeedEntry's fields, in its order: the parse worker's form (no frozen dataclass per entry)."""

    feed: str
    guid: str | None
    url: str | None
    canonical_url: str | None
    title: str
    published: datetime | None
    lede: str
    content: str | None = None
    publisher: str | None = None


class ParsedEntries(NamedTuple):
    """`parse_entries`' result: the entries as EntryFields plus what the feed says about itself (as ParsedFeed)."""

    entries: list[EntryFields]
    title: str | None
    warning: str | None
    ttl_s: float | None


def parse_feed(
    body: bytes,
    *,
    feed_name: str,
    headers: Mapping[str, str] | None = None,
    base_url: str | None = None,
    now: datetime | None = None,
    fast_reader: FastReader | None = read_rss,
) -> ParsedFeed:
    """Parse RSS 0.9x/1.0/2.0 or Atom bytes into entries; raise FeedParseError naming why when there are none.

    `fast_reader` reads the documents it can (returning None for the rest, which go to feedparser); None sends every
    document to feedparser, which is what the fast path is checked against.
    """
    parsed = parse_entries(
        body, feed_name=feed_name, headers=headers, base_url=base_url, now=now, fast_reader=fast_reader
    )
    entries = [FeedEntry(*fields) for fields in parsed.entries]
    return ParsedFeed(entries=entries, title=parsed.title, warning=parsed.warning, ttl_s=parsed.ttl_s)


def parse_entries(
    body: bytes,
    *,
    feed_name: str,
    headers: Mapping[str, str] | None = None,
    base_url: str | None = None,
    now: datetime | None = None,
    fast_reader: FastReader | None = read_rss,
) -> ParsedEntries:
    """`parse_feed` with each entry as EntryFields (what the poller's parse worker ships: a FeedEntry per entry cost
    ~18,000 instructions to build, a twentieth of parsing and identifying it)."""
    if not body.removeprefix(b"\xef\xbb\xbf").strip():  # a UTF-8 BOM alone is still nothing
        raise FeedParseError("empty body")
    # feedparser weighs the HTTP charset against the XML declaration and falls back on its own (RFC 3023 rules).
    response_headers = {k.lower(): v for k, v in (headers or {}).items() if k.lower() == "content-type"}
    # Given a Content-Location, feedparser re-joins the base at every element (~9 urljoins per item, a fifth of its
    # time). It only changes what grokwatch reads when the document has xml:base or an item's link or id is relative,
    # so only such feeds are parsed with it (the link is joined to the feed's URL in `_entry_url` either way).
    if base_url and b"xml:base" in body:
        response_headers["content-location"] = base_url
    # Plain well-formed UTF-8 RSS 2.0 (most feeds) is read by the C XML parser with feedparser's values; anything
    # else, and relative links, go to feedparser itself (rss_fast says which).
    fast = fast_reader(body, response_headers.get("content-type")) if fast_reader is not None else None
    if fast is not None and not (base_url and _relative_refs(fast[0])):
        return _parsed(fast[0], fast[1], feed_name, base_url, now, warning=None)
    data = _feedparser(body, response_headers)
    if base_url and "content-location" not in response_headers and _relative_refs(data.entries):
        data = _feedparser(body, {**response_headers, "content-location": base_url})
    # an encoding override alone does not make an empty but well-formed feed broken
    broken = data.bozo and not isinstance(data.get("bozo_exception"), feedparser.CharacterEncodingOverride)
    if not data.entries and (broken or not data.version):
        raise FeedParseError(_no_entries_reason(body, data))
    return _parsed(
        data.entries, data.feed, feed_name, base_url, now, warning=_bozo_warning(data) if data.bozo else None
    )


def _feedparser(body: bytes, response_headers: dict[str, str]) -> Any:
    # BytesIO, not bytes: feedparser must never mistake a body for a URL and fetch it.
    return feedparser.parse(
        io.BytesIO(body), response_headers=response_headers, sanitize_html=False, resolve_relative_uris=False
    )


_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*:", re.I)


def _relative_refs(raws: Sequence[Mapping[str, Any]]) -> bool:
    """Whether an entry's link or id has no scheme (feedparser would join it to a Content-Location)."""
    return any((value := raw.get(field)) and not _SCHEME.match(str(value)) for raw in raws for field in ("link", "id"))


def _parsed(
    raws: Sequence[Mapping[str, Any]],
    channel: Mapping[str, Any],
    feed_name: str,
    base_url: str | None,
    now: datetime | None,
    *,
    warning: str | None,
) -> ParsedEntries:
    # A plain dict copy of each entry (C-level, no per-key Python): FeedParserDict's `get` is Python code with key
    # aliases and a raised KeyError for every absent key, and `_entry` reads a dozen keys, most of them absent. The
    # aliases it resolves ("guid", "description", "updated" for a missing one) are names `_entry` never asks for.
    entries = [_entry(dict(raw), feed_name, base_url, now) for raw in raws]
    # an item with no title, link, guid or text (seen in the wild) is not a story
    entries = _dedupe_guids([e for e in entries if e.title or e.url or e.guid])
    return ParsedEntries(
        entries, html_to_text(channel.get("title", "")) or None, warning, _ttl_seconds(channel.get("ttl"))
    )


def _no_entries_reason(body: bytes, data: Any) -> str:
    head = body[:4096].lower()
    if any(marker in head for marker in _CHALLENGE_MARKERS):
        return "bot challenge page (Cloudflare 'Just a moment...') instead of a feed"
    if _HTML_START.match(body[:2048]):
        match = _HTML_TITLE.search(body[:8192])
        title = html_to_text(match.group(1).decode("utf-8", "replace"))[:80] if match else ""
        return f"HTML page instead of a feed (title {title!r})" if title else "HTML page instead of a feed"
    exc = data.get("bozo_exception")
    if exc is not None:
        return f"not a feed: {_one_line(exc)}"
    return "not a recognisable RSS or Atom feed"


def _bozo_warning(data: Any) -> str:
    exc = data.get("bozo_exception")
    return f"feed is not well-formed: {_one_line(exc)}" if exc is not None else "feed is not well-formed"


def _one_line(exc: object) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return truncate(f"{type(exc).__name__}: {text}", 200)


def _ttl_seconds(value: object) -> float | None:
    # RSS 2.0 <ttl> is minutes; nonsense values are ignored rather than trusted.
    try:
        minutes = float(str(value).strip())
    except (TypeError, ValueError):
        return None
    return minutes * 60.0 if 0 < minutes <= 7 * 24 * 60 else None


def _entry(raw: Any, feed_name: str, base_url: str | None, now: datetime | None) -> EntryFields:
    url = _entry_url(raw, base_url)
    title = html_to_text(raw.get("title", ""))
    source = raw.get("source") or {}
    publisher = html_to_text(str(source.get("title", ""))) if isinstance(source, Mapping) else ""
    if publisher:
        # Aggregators (Google News) append " - Publisher" to the headline; the key wants the bare headline.
        for sep in (" - ", " – ", " | "):
            if title.endswith(sep + publisher) and len(title) > len(sep + publisher):
                title = title[: -len(sep + publisher)].rstrip()
                break
    summary = raw.get("summary", "")
    summary_text = html_to_text(summary, keep_paragraphs=True)
    content = _full_text(raw, summary_text)
    lede_source = summary_text or (content or "")
    # plain-text descriptions (most): html_to_text already joined their words with single spaces
    plain = lede_source is summary_text and "<" not in summary and "&" not in summary
    guid = str(raw.get("id") or "").strip() or None
    return EntryFields(
        feed_name,
        guid,
        url,
        canonical_url(url) if url else None,
        title or truncate(" ".join(lede_source.split()), 120),
        _published(raw, now),
        truncate(lede_source if plain else " ".join(lede_source.split()), LEDE_MAX_CHARS),
        content,
        publisher or _host(url),
    )


# scheme://netloc of a plain http(s) URL: what `host_of` reads of it (its hostname), cut without parsing the rest
_ORIGIN = re.compile(r"https?://[^/?#]*")


def _host(url: str | None) -> str | None:
    """`host_of(url)`, looked up once per site: a feed's items share one host, and urlsplit is most of the cost."""
    origin = _ORIGIN.match(url) if url else None
    return _origin_host(origin.group()) if origin else host_of(url)


@functools.lru_cache(maxsize=1024)
def _origin_host(origin: str) -> str | None:
    return host_of(origin)


def _entry_url(raw: Any, base_url: str | None) -> str | None:
    # FeedBurner hides the article behind its own redirect; origLink is the real one.
    link = raw.get("feedburner_origlink") or raw.get("link")
    if not link and raw.get("guidislink") and raw.get("id"):
        link = raw.get("id")
    if not link:
        return None
    link = str(link).strip()
    if base_url and not _PLAIN_ABSOLUTE.fullmatch(link):
        link = urljoin(base_url, link)
    return unwrap_redirect(link)


# An absolute http(s) URL that urljoin would hand back unchanged whatever the base (lowercase scheme, a host, no
# empty "?", "#" or ";" for its re-assembly to drop, no whitespace for it to strip): most feed links, not parsed twice.
_PLAIN_ABSOLUTE = re.compile(r"https?://[\w.~%@:\[\]-]+(?:/[^\s?#;]*)?(?:\?[^\s#]+)?(?:#\S+)?", re.ASCII)


def _full_text(raw: Any, summary_text: str) -> str | None:
    best = ""
    for part in raw.get("content") or ():
        value = part.get("value", "") if isinstance(part, Mapping) else ""
        text = html_to_text(value, keep_paragraphs=True)
        if len(text) > len(best):
            best = text
    if len(summary_text) > len(best):
        best = summary_text  # some feeds put the whole article in <description>
    return best if len(best) >= FULL_TEXT_MIN_CHARS else None


def _published(raw: Any, now: datetime | None) -> datetime | None:
    parsed = raw.get("published_parsed") or raw.get("updated_parsed") or raw.get("created_parsed")
    when: datetime | None = None
    if parsed:
        try:
            # feedparser's *_parsed are UTC struct_times: fields in range are the datetime's own (timegm is Python)
            year, month, day, hour, minute, second = parsed[:6]
            when = datetime(year, month, day, hour, minute, second, tzinfo=UTC)
        except (TypeError, ValueError):
            try:  # a leap second or other out-of-range field: normalised through the timestamp
                when = datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
            except (OverflowError, ValueError, OSError):
                when = None
    else:
        when = _localised_rfc822(str(raw.get("published") or raw.get("updated") or ""))
    if when is None:
        return None
    if when.year < 1995 or (now is not None and when > now + _FUTURE_SLACK):
        return None
    return when


# RFC 822 dates written with local day/month names ("mer, 16 nov 2022 00:38:15 +0100"), which feedparser rejects
_LOCAL_DATE = re.compile(
    r"^(?:[^\W\d]{2,12}\.?,?\s+)?(\d{1,2})\.?\s+([^\W\d]{3,9})\.?\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?"
    r"\s*(?:([+-])(\d{2}):?(\d{2})|gmt|utc|ut|z)?\s*$"
)
_MONTHS = {
    **dict.fromkeys(("jan", "gen", "ene", "janv", "jän"), 1),
    **dict.fromkeys(("feb", "fev", "fév", "févr"), 2),
    **dict.fromkeys(("mar", "mär", "mars", "marz"), 3),
    **dict.fromkeys(("apr", "abr", "avr", "avril"), 4),
    **dict.fromkeys(("may", "mag", "mai"), 5),
    **dict.fromkeys(("jun", "giu", "juin"), 6),
    **dict.fromkeys(("jul", "lug", "juil"), 7),
    **dict.fromkeys(("aug", "ago", "août", "aou"), 8),
    **dict.fromkeys(("sep", "set", "sept"), 9),
    **dict.fromkeys(("oct", "ott", "out", "okt"), 10),
    **dict.fromkeys(("nov",), 11),
    **dict.fromkeys(("dec", "dic", "dez", "déc"), 12),
}


def _localised_rfc822(text: str) -> datetime | None:
    match = _LOCAL_DATE.match(text.strip().lower())
    if not match:
        return None
    day, month_name, year, hour, minute, second, sign, off_h, off_m = match.groups()
    month = _MONTHS.get(month_name) or _MONTHS.get(month_name[:3])
    if month is None:
        return None
    offset = timedelta(hours=int(off_h or 0), minutes=int(off_m or 0)) * (-1 if sign == "-" else 1)
    try:
        local = datetime(int(year), month, int(day), int(hour), int(minute), int(second or 0), tzinfo=UTC)
    except ValueError:
        return None
    return local - offset


def _dedupe_guids(entries: list[EntryFields]) -> list[EntryFields]:
    """Drop repeated items; a guid shared by items with different links is broken, so those lose their guid."""
    links_by_guid: dict[str, set[str | None]] = {}
    for entry in entries:
        if entry.guid is not None:
            links_by_guid.setdefault(entry.guid, set()).add(entry.canonical_url)
    broken = {guid for guid, links in links_by_guid.items() if len(links) > 1}
    if broken:
        log.debug("feed reuses guids across different links: %s", sorted(broken)[:3])
    seen: set[tuple[str | None, str | None, str]] = set()
    out: list[EntryFields] = []
    for entry in entries:
        if entry.guid in broken:
            entry = entry._replace(guid=None)
        key = (entry.guid, entry.canonical_url, "" if entry.guid or entry.canonical_url else entry.title)
        if key in seen:
            continue
        seen.add(key)
        out.append(entry)
    return out
