"""Cheap HTML-to-text for feed fields: grokwatch never renders feed HTML, so no sanitiser is needed."""

from __future__ import annotations

import html
import re

_DROP_BLOCKS = re.compile(r"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_COMMENTS = re.compile(r"<!--.*?-->|<!\[CDATA\[|\]\]>", re.S)
_BREAKS = re.compile(r"<\s*(?:br|hr)\b[^>]*>|</\s*(?:p|div|li|h[1-6]|blockquote|tr|section|article|figure)\s*>", re.I)
_TAGS = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")
_BLANK_LINES = re.compile(r"\s*\n\s*")
_ALL_SPACE = re.compile(r"\s+")


def html_to_text(fragment: str, *, keep_paragraphs: bool = False) -> str:
    """Plain text from an HTML fragment: tags dropped, entities decoded, whitespace collapsed."""
    if "<" not in fragment and "&" not in fragment:
        return " ".join(fragment.split())  # the same as _ALL_SPACE (both are str.isspace), at half the cost
    text = _COMMENTS.sub("", _DROP_BLOCKS.sub(" ", fragment))
    if keep_paragraphs:
        text = _BREAKS.sub("\n", text)
    # Entities are decoded after tags go, so "&lt;b&gt;" in a title stays visible text rather than markup.
    text = html.unescape(_TAGS.sub(" ", text))
    if not keep_paragraphs:
        return _ALL_SPACE.sub(" ", text).strip()
    return _BLANK_LINES.sub("\n", _SPACES.sub(" ", text)).strip()


def truncate(text: str, limit: int) -> str:
    """Cut text at a word boundary near `limit` characters, marking the cut with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "…"
