"""Boilerplate lines that survive main-text extraction: sign-ups, related links, share bars, credits, stamps.

Used by `_html` to clean extracted text line by line and by `_keypoints` to skip sentences that are not news.
Every rule looks at one short line (or sentence) on its own, so real paragraphs that merely mention a newsletter
or a photograph are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from summariser._text import alternation

# A line longer than this is a paragraph, not page furniture; only the unconditional rules apply to it.
_SHORT_WORDS = 25

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_TIME = r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*(?:gmt|bst|utc|cet|cest|[ecmp][sd]t|am|pm))?"
_DATE = (
    rf"(?:\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
)
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)"


@dataclass(frozen=True, slots=True)
class _Rules:
    whole_line: re.Pattern[str]
    anywhere: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]
    any_trigger: re.Pattern[str]  # any of the `anywhere` rules' words, in one scan
    tiny: re.Pattern[str]
    notes: re.Pattern[str]  # notes about the page that open the line (see `_NOTE_STARTS`)


@cache
def _rules() -> _Rules:
    """Compiled on first use: compiling takes longer than `import summariser` should."""
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
                # wire furniture: sources, credits, slugs
                r"sources?\s*:\s*[\w .,&'’()-]{1,60}",
                # "Additional reporting by Priya Natarajan in Delhi": names only, so "Reporting by the paper …" stays
                r"(?:additional )?reporting by (?-i:[A-Z][\w'’.-]*)(?:,? (?:and )?(?-i:[A-Z][\w'’.-]*))*"
                r"(?: in (?-i:[A-Z][\w'’.-]*)(?: (?-i:[A-Z][\w'’.-]*))*)?\.?",
                # corrections and update stamps: notes about the article, never its news
                r"(?:correction|clarification|editor'?s note)\s*[:—–-].*",
                r"(?:an earlier version of this (?:article|story|piece|report)|this (?:article|story|piece|report) "
                r"(?:was|has been) (?:amended|updated|corrected|changed)\b).*",
                rf"(?:last )?updated(?:\s+(?:at|on))?\s*:?\s*(?:{_TIME}|{_WEEKDAY}?{_DATE}).*",
            ]
        ),
        re.IGNORECASE,
    )
    # (words that must be present, rule found anywhere in the line): each rule runs only when its words are there,
    # which is ten times cheaper than one big alternation tried at every position. A rule opening with \b starts
    # with a look-ahead of its possible first letters: `re` then skips other positions cheaply (same matches)
    _ANYWHERE: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = tuple(
        (triggers, re.compile(rule, re.IGNORECASE))
        for triggers, rule in (
            # newsletter and sign-up furniture
            (
                ("sign", "subscrib"),
                r"(?=s)\b(?:sign(?:ing)?\s+up|subscribe|subscribing)\b.*"
                r"\b(?:newsletters?|inbox|e-?mail (?:updates|alerts|list)|alerts|briefing)\b",
            ),
            (("newsletter",), r"(?=n)\bnewsletters?\b.*\b(?:sign|subscribe|inbox|delivered)\b"),
            (("inbox",), r"(?=[kcti])\b(?:keep an eye on|check|to|in|into) your inbox\b"),
            (("error processing",), r"(?=e)\berror processing your subscription\b"),
            (
                ("by signing", "by subscribing", "by clicking"),
                r"(?=b)\bby (?:signing up|subscribing|clicking)\b.*\b(?:agree|privacy|terms)\b",
            ),
            (
                ("privacy", "terms of", "cookie policy"),
                r"(?=[rsvo])\b(?:read|see|view|our)\s+(?:our\s+)?(?:privacy (?:notice|policy)|terms of (?:use|service)|"
                r"cookie policy)\b",
            ),
            (
                ("[",),
                r"\[(?:insight|video|pictures|photos|revealed|news|reaction|poll|latest|update|analysis|live|watch)\]"
                r"\s*\|?$",
            ),
            (("follow",), r"(?=f)\bfollow (?:us|@\w+)\b"),
            (("click",), r"(?=c)\bclick(?:ing)? here\b"),
            (("writethru",), r"(?=l)\bld-writethru\b"),
            # "… writers Tom Brennan and Ana Ruiz contributed to this report."
            (("contributed",), r"(?=c)\bcontributed(?: to)? (?:this|the) (?:report|story|article)\W*$"),
            # photo and image credits
            (
                ("photo", "image", "picture", "illustration"),
                r"(?=[pi])\b(?:photograph|photo|image|picture|illustration)(?: credit)?\s*:\s*.{0,80}$",
            ),
            (
                ("getty", "shutterstock", "alamy", "pa media", "pa wire", "ap photo"),
                r"(?:getty images|shutterstock|alamy|pa media|pa wire|ap photo)\)?\.?$",
            ),
            (("/", "("), r"[/(]\s*(?-i:AFP|Reuters|REUTERS|EPA|AP|PA|Bloomberg|NurPhoto)(?:\s*/.{0,40})?\)?\.?$"),
            # copyright and rights
            (("©",), r"©\s*\d{4}"),
            (("rights reserved",), r"(?=a)\ball rights reserved\b"),
            # cookie banners
            (
                ("cookie",),
                r"(?=[wuac])\b(?:we use cookies|uses cookies|accept (?:all )?cookies|"
                r"cookie (?:settings|preferences))\b",
            ),
        )
    )

    # Riskier rules, only for tiny lines (up to _TINY_WORDS words): controls, stamps, labels.
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
    triggers = sorted({t for words, _ in _ANYWHERE for t in words})
    # a prefix trie: one scan, a little cheaper than a substring test per word
    # Notes about the page, not news, each opening its line: sponsorship disclosures ("This post has been
    # compensated by …", "This week's podcast is sponsored by …"), link text to another page ("You can view our
    # June open thread here.") and comment moderation notices in the languages the pages use ("Comentários … moderador")
    _NOTES = re.compile(
        "|".join(
            [
                r"this(?:\s+week'?s)?(?:\s+[\w'’-]+){0,3}?\s+(?:post|article|story|page|content|shop|episode|video|"
                r"review|podcast|newsletter|series)\b.{0,30}\b(?:is|are|was|has been) (?:sponsored|compensated) by\b",
                r"you can (?:view|read|find|see|watch|listen to)\b.{0,80}\bhere\W*$",
                r"(?:[\w ]{1,20}:\s*)?(?:comments?|coment[aá]rios?|kommentare?)\b.{0,120}\bmodera",
            ]
        ),
        re.IGNORECASE,
    )
    return _Rules(_WHOLE_LINE, _ANYWHERE, re.compile(alternation(triggers)), _TINY_RULES, _NOTES)


_WHOLE_LINE_STARTS = (
    "thank", "related", "read", "see more", "more ", "recommended", "you ", "don", "most ", "trending", "also",
    "further", "what to read", "top stories", "editor", "watch", "listen", "video", "audio", "gallery", "podcast",
    "click", "write to", "contact", "email", "photo", "image", "picture", "illustration", "graphic", "(", "©",
    "copyright", "this copy", "source", "additional reporting", "reporting by", "correction", "clarification",
    "an earlier version", "this article", "this story", "this piece", "this report", "updated", "last updated",
)  # fmt: skip
_TINY_WORDS = 8
_NOTE_STARTS = ("this ", "you can ")
_HAS_WORD = re.compile(r"\w")


def is_boilerplate_line(line: str) -> bool:
    """True when a line or sentence is page furniture rather than article text."""
    stripped = line.strip().lstrip("-–—•*·|>» ").strip()
    if not stripped or not _HAS_WORD.search(stripped):
        return True
    words = len(stripped.split(None, _SHORT_WORDS))  # exact up to _SHORT_WORDS, more means a paragraph
    if words > _SHORT_WORDS:
        return False
    rules = _rules()
    if words <= _TINY_WORDS and rules.tiny.fullmatch(stripped):
        return True
    lower = stripped.lower()
    if lower.startswith(_WHOLE_LINE_STARTS) and rules.whole_line.fullmatch(stripped):
        return True
    # a prefix test and a substring test in C: most lines are none of the notes and skip their regex
    if (lower.startswith(_NOTE_STARTS) or "modera" in lower) and rules.notes.match(stripped):
        return True
    if rules.any_trigger.search(lower) is None:
        return False
    return any(
        any(t in lower for t in triggers) and rule.search(stripped) is not None for triggers, rule in rules.anywhere
    )


# The Hill glues inline related links into the sentence: "Rep. Ilhan OmarIlhan OmarHillicon Valley: … MORE (D-Minn.)".
# From the glued capital (a lower-case letter directly before it) to the all-capitals MORE is the link block.
_GLUED_LINKS = re.compile(r"(?<=[a-z])[A-Z][^\n]{20,1200}?\sMORE\b")


def strip_boilerplate(text: str, *, title: str | None = None) -> str:
    """Drop boilerplate lines (and a leading repeat of the headline), keeping line breaks between the rest."""
    kept: list[str] = []
    headline = _normalise(title) if title else None
    if "MORE" in text:
        text = _GLUED_LINKS.sub("", text)
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
