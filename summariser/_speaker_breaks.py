"""Where a pronoun's view starts: a sub-heading ("What happens next") or a live-blog stamp ("14.35 GMT", "Updated at
15.10 BST") opens a new context, so no one named above it is "he", "she" or "it" below it."""

from __future__ import annotations

from summariser._lazy_re import lazy_re
from summariser._text import Document

# a time stamp opening a paragraph of a few words: "14.35 GMT", "16:45", "Updated at 15.10 BST", "2.04pm"
_STAMP = lazy_re(
    r"\s*(?:(?:Updated|Posted|Published)\s+(?:at\s+)?)?\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?"
    r"(?:\s*(?:GMT|BST|CET|CEST|UTC|ET|EST|EDT|PT|AEDT|AEST))?\b"
)
# a live-blog entry that opens on its own time stamp: "8.40pm - Back to Malaysia, where …" starts a new post
# (or with a colon and the hour in capitals: "7.40 PM IST: Shiv Sena MP …")
_STAMPED_ENTRY = lazy_re(r"\s*\d{1,2}[.:]\d{2}\s*(?:am|pm|AM|PM|a\.m\.|p\.m\.)?(?:\s*[A-Z]{2,4})?(?:\s+[-–—]\s|:\s)")
_END = (".", "!", "?", ":", ";", ",", '"', "”", "’", "'", ")", "…", "-", "–", "—")


def is_break(paragraph: str) -> bool:
    """True for a sub-heading or a live-blog stamp: a short line without a sentence's closing mark or quotation."""
    if len(paragraph) > 90:
        return False  # (most paragraphs: no split needed)
    text = paragraph.strip()
    words = text.split()
    if not words or len(words) > 10:
        return False
    if _STAMP.match(text) is not None:
        return True
    if text.endswith(_END) or any(q in text for q in '"“”') or not text[:1].isupper():
        return False
    return len(words) >= 2  # (a one-word line is as often a byline or a place as a heading)


def view_starts(doc: Document) -> list[int]:
    """For each paragraph, the first sentence index a pronoun there may look back to: the first sentence of the
    latest break paragraph at or before it (0 when there is none)."""
    n = len(doc.paragraphs)
    first_of = [len(doc.sentences)] * (n + 1)  # the first sentence of each paragraph or of the next one that has any
    for sent in reversed(doc.sentences):
        first_of[sent.paragraph] = sent.index
    for para in range(n - 1, -1, -1):
        first_of[para] = min(first_of[para], first_of[para + 1])
    starts: list[int] = []
    first = 0
    for para, text in enumerate(doc.paragraphs):
        if is_break(text) or (text[:1].isdigit() and _STAMPED_ENTRY.match(text) is not None):
            # the heading opens the new context and belongs to it: "12:45 Ofcom statement / '…,' it said"
            first = first_of[para]
        starts.append(first)
    return starts
