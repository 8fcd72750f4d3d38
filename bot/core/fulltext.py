"""Fetch an article page for its full text: same fetcher, caps and politeness as feeds (issue 4 §6).

The page's `<link rel="canonical">` wins as the story's canonical URL (issue 4 §3).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import urljoin

from bot.core.fetch import PAGE_ACCEPT
from bot.core.urls import canonical_url
from bot.models import FetchResult

_LINK_TAG = re.compile(r"<link\b[^>]*>", re.I)
_ATTR = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w-]+)", re.I)
_HEAD_END = re.compile(r"</head\s*>|<body\b", re.I)


class Fetcher(Protocol):
    """The part of bot.core.fetch.FeedFetcher the pipeline uses."""

    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        timeout_s: float = 20.0,
        max_bytes: int = 10_000_000,
        accept: str = ...,
    ) -> FetchResult: ...


@dataclass(frozen=True, slots=True)
class Article:
    """A fetched article page: decoded HTML, where it ended up, and its declared canonical URL."""

    html: str
    final_url: str
    canonical_url: str | None


async def fetch_article(
    fetcher: Fetcher, url: str, *, timeout_s: float, max_bytes: int
) -> tuple[Article | None, str | None]:
    """(article, None) when fetched, (None, reason) when not — a failed fetch is a value, never an exception."""
    result = await fetcher.fetch(url, timeout_s=timeout_s, max_bytes=max_bytes, accept=PAGE_ACCEPT)
    if result.status != "ok" or not result.body:
        return None, result.error or f"article fetch returned {result.status_code or result.status}"
    final = result.final_url or url
    html = decode_html(result.body, result.headers.get("content-type"))
    return Article(html=html, final_url=final, canonical_url=page_canonical(html, final)), None


def decode_html(body: bytes, content_type: str | None) -> str:
    """Decode page bytes: the HTTP charset, else a <meta charset>, else UTF-8 (undecodable bytes replaced)."""
    charset = None
    if content_type and (m := _HEADER_CHARSET.search(content_type)):
        charset = m.group(1)
    elif m2 := _META_CHARSET.search(body[:4096]):
        charset = m2.group(1).decode("ascii", "replace")
    try:
        return body.decode(charset or "utf-8", errors="replace")
    except LookupError:  # an unknown charset name from the page
        return body.decode("utf-8", errors="replace")


def page_canonical(html: str, base_url: str) -> str | None:
    """The canonical URL the page declares in its <head> (resolved, normalised), if it is http(s)."""
    end = _HEAD_END.search(html)
    head = html[: end.start()] if end else html[:200_000]
    for tag in _LINK_TAG.findall(head):
        attrs = {m.group(1).lower(): next(g for g in m.groups()[1:] if g is not None) for m in _ATTR.finditer(tag)}
        if "canonical" in attrs.get("rel", "").lower().split() and attrs.get("href"):
            absolute = urljoin(base_url, attrs["href"].strip())
            if absolute.startswith(("http://", "https://")):
                return canonical_url(absolute)
    return None
