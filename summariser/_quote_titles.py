"""Quoted titles, slogans and policy names, which are not speech: "a report titled '…'", "the so-called '…'",
'The Undressing Machine: How a Chatbot Industrialised Abuse', 'campaigners want a "digital duty of care"'."""

from __future__ import annotations

import re

from summariser._lazy_re import first_chars, lazy_re
from summariser._text import word_set

TITLE_CHARS = 120  # a longer quotation is never a title
_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "at", "by", "with", "from", "is"}
)

_TITLE_NOUNS = (
    r"report|petition|campaign|paper|study|strategy|policy|initiative|programme|program|documentary|film|book|"
    r"series|podcast|manifesto|motion|amendment|hashtag|slogan|banner|headline|scheme|plan|consultation|dossier|"
    r"guidance|framework|motto|strapline|column|essay|episode|album|song"
)
# what a title or a name follows: "a report titled", "the petition, …", "the so-called …", "under the banner …"
_TITLE_LEAD = lazy_re(
    rf"(?:\b(?:{_TITLE_NOUNS})s?,?\s+(?:(?:was|is|were|are)\s+)?(?:titled|entitled|called|named|dubbed|headlined)|"
    rf"\b(?:titled|entitled|so-called|headlined|nicknamed|dubbed|billed as)|"
    rf"\bunder\s+the\s+(?:banner|slogan|hashtag|title|heading)|\b(?:{_TITLE_NOUNS})s?,)\s*$",
    re.IGNORECASE,
    first=first_chars("abcdefghimnprstu", ignore_case=True),
)
_TITLE_LAST = frozenset(_TITLE_NOUNS.split("|")) | word_set(
    "titled entitled called named dubbed headlined so-called nicknamed as banner slogan hashtag title heading"
)
_POLICY_LEAD = lazy_re(
    r"\b(?:for|introduce[sd]?|introducing|impose[sd]?|imposing|create[sd]?|creating|establish(?:es|ed)?|wants?|"
    r"wanted|propose[sd]?|proposing|backs?|backed|backing|supports?|supported|adopt(?:s|ed)?)\s+(?:a|an)\s+"
    r"(?:new\s+|statutory\s+|legal\s+|binding\s+)?$",
    re.IGNORECASE,
    first=first_chars("abcefipsw", ignore_case=True),
)
# "The Undressing Machine: how a chatbot …": a Title Case head before a colon opens a title, not speech
_TITLE_HEAD = lazy_re(
    r"(?:The\s+|A\s+)?[A-Z0-9][\w’'-]*(?:\s+(?:of|and|the|for|[A-Z0-9][\w’'-]*)){1,5}:\s",
    first=first_chars("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
)


_SENTENCE_MARK = lazy_re(r"[.!?;:]")


_CLAUSE_MARK = lazy_re(r"[,.;:!?]")


def named_title(para: str, text: str, start: int) -> bool:
    """A quoted report, petition, campaign or policy name ("a report titled '…'", "the so-called '…'") is no quote."""
    if len(text) > 2 * TITLE_CHARS:
        return False
    if len(text) <= TITLE_CHARS and _TITLE_HEAD.match(text):
        return True
    tail = para[max(0, start - 60) : start].rsplit(None, 1)
    last = tail[-1].rstrip(",").lower() if tail else ""
    if (last in _TITLE_LAST or last.rstrip("s") in _TITLE_LAST) and _TITLE_LEAD.search(
        para, max(0, start - 60), start
    ):  # the set lookup first: most quotes follow none of these words
        return True
    # 'campaigners want a "digital duty of care"': a short lower-case policy name after "for a", "introduce a"
    return (
        text[:1].islower()
        and len(text.split()) <= 8
        and not _CLAUSE_MARK.search(text)
        and last in ("a", "an", "new", "statutory", "legal", "binding")
        and _POLICY_LEAD.search(para, max(0, start - 40), start) is not None
    )


# 'Because "we already remove it" is a promise, …': a short lower-case phrase that opens its clause and is the subject
# of "is a …" is cited as a phrase (what people say), not reported as someone's words
_CITED_BEFORE = lazy_re(
    r"(?:^|[.;:!?]\s+|\b(?:[Bb]ecause|[Bb]ut|[Ss]o|[Yy]et|[Ss]ince|[Aa]s|[Tt]hat|[Ww]hile|[Aa]lthough|[Tt]hough)\s+)$"
)
_CITED_AFTER = lazy_re(
    r"[\s,]*(?:is|was|isn['’]t|wasn['’]t|is\s+not|was\s+not)\s+(?:a|an|not\s+a|not\s+an|just\s+a|only\s+a|no)\s"
)


def cited_phrase(para: str, text: str, start: int, end: int) -> bool:
    """'Because "we already remove it" is a promise': a short lower-case phrase, opening its clause, that is the
    subject of "is a …" is a phrase talked about, not a quotation (`start`/`end`: the span's marks)."""
    return (
        text[:1].islower()
        and len(text.split()) <= 8
        and _CITED_AFTER.match(para, end) is not None
        and _CITED_BEFORE.search(para, max(0, start - 12), start) is not None
    )


def may_be_title(quote: str) -> bool:
    """False when `is_title` is False whatever the words: too long, or ending a sentence (the words are then not
    needed: most quotes)."""
    if len(quote) > TITLE_CHARS:
        return False
    text = quote.rstrip()
    if text.endswith(".") and not _SENTENCE_MARK.search(text, 0, len(text) - 1):
        text = text[:-1]
    return not text.endswith((".", "!", "?", ".'", ".’"))


def is_title(quote: str, words: list[str]) -> bool:
    """A quoted title or slogan ("The Undressing Machine: How a Chatbot Industrialised Abuse") is not speech;
    `words` are the `_WORD` words of the text (found once by the caller)."""
    if len(quote) > TITLE_CHARS or len(words) > 14:
        return False
    text = quote.rstrip()
    if text.endswith(".") and not _SENTENCE_MARK.search(text, 0, len(text) - 1):
        text = text[:-1]  # 'eliminated from "Dancing with the Stars."': US style puts the full stop inside the marks
    if text.endswith((".", "!", "?", ".'", ".’")):
        return False  # tested before the words are filtered: most quotes end a sentence
    significant = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not significant:
        return False
    # capitalised (or numeric) words must make up 90%: stop at the first lower-case word that rules that out
    size, needed, lower = len(significant), 0.9 * len(significant), 0
    for w in significant:
        if not (w[:1].isupper() or w[:1].isdigit()):
            lower += 1
            if size - lower < needed:
                return False
    return True
