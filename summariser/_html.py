"""HTML sniffing and main-text extraction (placeholder around trafilatura)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Article:
    text: str
    title: str | None = None
    byline: str | None = None
    date: str | None = None
    site: str | None = None
    url: str | None = None


_HTML_SNIFF = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<meta|<div|<p[\s>]|<article)", re.I)


def looks_like_html(text: str) -> bool:
    """True when the input is an HTML document or fragment rather than plain text."""
    return bool(_HTML_SNIFF.match(text[:2048]))


def extract_article(html: str, *, url: str | None = None) -> Article:
    """Main text and metadata from an article page."""
    import trafilatura

    text = trafilatura.extract(html, url=url) or ""
    meta = trafilatura.extract_metadata(html, default_url=url)
    if meta is None:
        return Article(text=text, url=url)
    return Article(text=text, title=meta.title, byline=meta.author, date=meta.date, site=meta.sitename, url=meta.url)
