"""Boilerplate lines that survive main-text extraction: sign-ups, related links, share bars, credits, stamps.

Used by `_html` to clean extracted text line by line and by `_keypoints` to skip sentences that are not news.
Every rule looks at one short line (or sentence) on its own, so real paragraphs that merely mention a newsletter
or a photograph are left alone.
"""

from __future__ import annotations

import re

# A line longer than this is a paragraph, not page furniture; only the unconditional rules apply to it.
_SHORT_WORDS = 25

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_TIME = r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*(?:gmt|bst|utc|cet|cest|[ecmp][sd]t|am|pm))?"
_DATE = (
    rf"(?:\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
)
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)"

# Rules for short lines (up to _SHORT_WORDS words), case-insensitive. Whole-line rules start with the tell-tale
# words, so `fullmatch` fails fast; the others may sit anywhere in the line and are found with `search`.
_WHOLE_LINE = re.compile(
    "|".join(
        [
            r"thanks? (?:you )?for (?:signing up|subscribing).*",
            # related links and navigation
            r"(?:related|related (?:articles?|stories|content|coverage|topics|links)|read more|see more|more on "
            r"this(?: story)?|more from [\w .&'-]+|recommended(?: for you)?|you (?:may|might) also (?:like|be "
            r"interested in)|don'?t miss|most (?:read|popular|viewed)|trending(?: now)?|also read|read also|"
            r"further reading|what to read next|top stories|editor'?s picks?)\s*(?:[:|…>»-].*|\.{3}.*)?",
            r"(?:watch|listen|video|audio|gallery|podcast)\s*[:|].{0,80}",
            r"click here\b.*",
            r"write to .{1,60} at \S+@\S+",
            r"(?:contact|email) (?:the )?(?:author|reporter|writer)s?\b.*",
            # photo and image credits
            r"(?:photo|photograph|image|picture|illustration|graphic)s?(?:\s+(?:credit|copyright|caption|"
            r"source))?\s*[:|©].{0,120}",
            r"\(?(?:photo|image|picture)s?\s+(?:by|courtesy of)\b.{0,80}",
            # copyright lines
            r"(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4})).{0,160}",
            r"this copy is for your personal, non-commercial use.*",
        ]
    ),
    re.IGNORECASE,
)
_ANYWHERE = re.compile(
    "|".join(
        [
            # newsletter and sign-up furniture
            r"\b(?:sign(?:ing)?\s+up|subscribe|subscribing)\b.*"
            r"\b(?:newsletters?|inbox|e-?mail (?:updates|alerts|list)|alerts|briefing)\b",
            r"\bnewsletters?\b.*\b(?:sign|subscribe|inbox|delivered)\b",
            r"\b(?:keep an eye on|check|to|in|into) your inbox\b",
            r"\berror processing your subscription\b",
            r"\bby (?:signing up|subscribing|clicking)\b.*\b(?:agree|privacy|terms)\b",
            r"\b(?:read|see|view|our)\s+(?:our\s+)?(?:privacy (?:notice|policy)|terms of (?:use|service)|"
            r"cookie policy)\b",
            r"\[(?:insight|video|pictures|photos|revealed|news|reaction|poll|latest|update|analysis|live|watch)\]"
            r"\s*\|?$",
            r"\bfollow (?:us|@\w+)\b",
            # photo and image credits
            r"\b(?:photograph|photo|image|picture|illustration)(?: credit)?\s*:\s*.{0,80}$",
            r"(?:getty images|shutterstock|alamy|pa media|pa wire|ap photo)\)?\.?$",
            r"[/(]\s*(?-i:AFP|Reuters|REUTERS|EPA|AP|PA|Bloomberg|NurPhoto)(?:\s*/.{0,40})?\)?\.?$",
            # copyright and rights
            r"©\s*\d{4}",
            r"\ball rights reserved\b",
            # cookie banners
            r"\b(?:we use cookies|uses cookies|accept (?:all )?cookies|cookie (?:settings|preferences))\b",
        ]
    ),
    re.IGNORECASE,
)

# Riskier rules, only for tiny lines (up to _TINY_WORDS words): controls, stamps, labels.
_TINY_WORDS = 8
_TINY_RULES = re.compile(
    "|".join(
        [
            r"(?:sign up|subscribe)(?:\s+(?:now|here|today|for free))?[.!]?",
            r".*\bnewsletters?[.!]?",
            r"(?:share|share (?:this|the) (?:article|story|page|post|link))"
            r"(?:\s+(?:on|via|with)\s+[\w ,]{1,40})?[.!:]?",
            r"(?:tweet|email|e-mail|print|facebook|twitter|whatsapp|linkedin|reddit|pinterest|copy link|"
            r"comments?|save|bookmark|order reprints|print article|reprints|text size|advertisement|advertising|"
            r"sponsored|skip advert|continue reading|show comments|view comments|tags?|categor(?:y|ies|ias)|"
            r"topics?|by|latest news)\s*[:.]?",
            rf"(?:(?:last\s+)?(?:updated|published|posted|modified|first published)(?:\s+(?:on|at))?:?\s*)?"
            rf"{_WEEKDAY}?(?:{_DATE})?(?:,?\s*(?:at\s+)?{_TIME})?(?:\s*[|-]?\s*(?:updated\s*)?{_TIME})?",
            r"(?:last\s+)?(?:updated|published|posted|modified)(?:\s+(?:on|at))?:?\s*"
            r"[\w ,:./|-]{0,30}\d[\w ,:./|-]{0,20}",
            r"\d+\s+(?:min(?:ute)?s?|hours?|days?)\s+(?:ago|read)",
        ]
    ),
    re.IGNORECASE,
)

_TRIGGERS = (
    "sign", "subscri", "newsletter", "thank", "inbox", "error processing", "privacy", "terms of", "cookie", "related",
    "read", "see more", "more on", "more from", "recommended", "also", "miss", "most ", "trending", "further",
    "top stories", "editor", "[", "watch", "listen", "video", "audio", "gallery", "podcast", "click", "follow",
    "write to", "contact", "email", "photo", "image", "picture", "illustration", "graphic", "getty", "shutterstock",
    "alamy", "pa media", "pa wire", "/", "(", "©", "copyright", "rights reserved", "this copy",
)  # fmt: skip
_HAS_WORD = re.compile(r"\w")


def is_boilerplate_line(line: str) -> bool:
    """True when a line or sentence is page furniture rather than article text."""
    stripped = line.strip().lstrip("-–—•*·|>» ").strip()
    if not stripped or not _HAS_WORD.search(stripped):
        return True
    words = len(stripped.split())
    if words > _SHORT_WORDS:
        return False
    if words <= _TINY_WORDS and _TINY_RULES.fullmatch(stripped):
        return True
    lower = stripped.lower()
    # the short rules all need one of these words; checking for them first is ten times cheaper than the regex
    if not any(t in lower for t in _TRIGGERS):
        return False
    return _WHOLE_LINE.fullmatch(stripped) is not None or _ANYWHERE.search(stripped) is not None


def strip_boilerplate(text: str, *, title: str | None = None) -> str:
    """Drop boilerplate lines (and a leading repeat of the headline), keeping line breaks between the rest."""
    kept: list[str] = []
    headline = _normalise(title) if title else None
    for line in text.splitlines():
        if not line.strip():
            if kept and kept[-1]:
                kept.append("")
            continue
        if headline and not kept and _normalise(line) == headline:
            continue
        if is_boilerplate_line(line):
            continue
        kept.append(line.strip())
    while kept and not kept[-1]:
        kept.pop()
    return "\n".join(kept)


def _normalise(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))
