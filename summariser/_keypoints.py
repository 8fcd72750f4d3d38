"""Key points: the lede plus the few sentences that carry the news, in article order, without page furniture.

A sentence earns points for actions (opened, fined, will ban), named institutions and laws, numbers and dates, and
for coming early; it loses them for being a quotation, background or a repeat of what is already chosen. Cheap and
deterministic: a few regex searches per sentence, no model.
"""

from __future__ import annotations

import re

from summariser._boilerplate import is_boilerplate_line
from summariser._text import Document, Sentence

_MAX_POINTS = 5
_MIN_WORDS = 6
_MAX_WORDS = 70

_WORD = re.compile(r"[\w’'-]+")
_ACTION = re.compile(
    r"\b(?:announc|launch|open|fin(?:ed|es|ing)\b|ban(?:s|ned|ning)?\b|block|restrict|remov|order|warn|summon|"
    r"investigat|prob(?:e|ed|ing)\b|su(?:e|ed|ing)\b|charg|convict|sentenc|pass|vot|approv|reject|introduc|"
    r"propos|plan|pledg|promis|threat|call(?:s|ed)? (?:for|on)|urg|demand|requir|agree|refus|deni|confirm|"
    r"publish|found|suspend|comply|complied|appeal|rul(?:ed|ing)|legislat|criminalis|criminaliz|outlaw|"
    r"(?:will|would|is to|are to|is set to|plans to|intends to) \w+)",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"[£$€]\s?\d|\d+(?:[.,]\d+)?\s?(?:%|per cent|percent|million|m\b|bn\b|billion|hours|days)|\b\d{2,}\b")
_PROPER = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s+(?:of|and|for|the)?\s*[A-Z][\w’'-]+)*")
_INSTITUTION = re.compile(
    r"\b(?:Act|Bill|Commission|Commissioner|Ofcom|regulator|government|ministers?|minister|Parliament|Congress|"
    r"Senate|court|police|prosecutors?|attorneys? general|secretary|department|ministry|EU|agency|watchdog)\b"
)
_BACKGROUND = re.compile(
    r"\b(?:last (?:year|month)|in (?:19|20)\d\d|previously|has long|had long|earlier this year|it is not the first"
    r"|was founded|formerly known)\b",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?:by|reporting by|additional reporting by|written by|edited by|words by|compiled by)\s+[A-Z]", re.IGNORECASE
)
_DATELINE = re.compile(
    r"^[A-Z][A-Z .,'’-]{2,40}(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*\((?:Reuters|AP|AFP|Bloomberg|PA)\)\s*[-–—]+\s*"
)
_FURNITURE = re.compile(
    r"\b(?:getty images|read more|sign up|newsletter|cookies?|all rights reserved|click here|follow us|"
    r"photograph:|image caption|image source|pictured|\(pictured\)|share this)\b",
    re.IGNORECASE,
)
_QUOTE_MARKS = "\"“”‘"  # not ’ or ': those are mostly apostrophes
_VERBISH = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says|can|could|did|does)\b|\w{3,}(?:ed|es)\b")


def select_key_points(doc: Document, *, title: str | None = None) -> list[str]:
    """Three to five sentences that carry the news, in article order, no boilerplate (fewer for short articles)."""
    candidates = [s for s in doc.sentences if _eligible(s, doc)]
    if not candidates:
        return []
    want = _how_many(len(candidates))
    title_words = _words(title or "")
    lede = candidates[0]
    chosen: list[Sentence] = [lede] if _similarity(_words(lede.text), title_words) < 0.8 else []
    ranked = sorted(candidates[1:], key=lambda s: (-_score(s, len(doc.sentences)), s.index))
    for sentence in ranked:
        if len(chosen) >= want:
            break
        words = _words(sentence.text)
        if _similarity(words, title_words) >= 0.8:
            continue
        if any(_similarity(words, _words(c.text)) >= 0.6 for c in chosen):
            continue
        chosen.append(sentence)
    chosen.sort(key=lambda s: s.index)
    return [_DATELINE.sub("", s.text).strip() for s in chosen]


def _how_many(candidates: int) -> int:
    if candidates >= 12:
        return _MAX_POINTS
    if candidates >= 7:
        return 4
    return min(3, candidates)


def _eligible(sentence: Sentence, doc: Document) -> bool:
    text = sentence.text.strip()
    n_words = len(_WORD.findall(text))
    if n_words < _MIN_WORDS or n_words > _MAX_WORDS:
        return False
    if text.endswith((":", "?")) or text[-1] not in ".!\"”’'…)":
        return False  # introduces a quote, asks, or is a heading or caption without a full stop
    if is_boilerplate_line(text) or _BYLINE.match(text) or _FURNITURE.search(text):
        return False
    if text[0] in _QUOTE_MARKS and text[-1] in "\"”’'":
        return False  # a bare quotation: the quotes section carries it, with its speaker
    return not _looks_like_caption(sentence, doc, n_words)


def _looks_like_caption(sentence: Sentence, doc: Document, n_words: int) -> bool:
    # a short paragraph of its own with no verb: "Elon Musk at a conference in Paris last year."
    if n_words > 14:
        return False
    alone = sum(1 for s in doc.sentences if s.paragraph == sentence.paragraph) == 1
    return alone and not _VERBISH.search(sentence.text)


def _score(sentence: Sentence, total: int) -> float:
    text = sentence.text
    score = 2.0 / (1.0 + 0.25 * sentence.index)  # news comes first
    score += min(2, len(_ACTION.findall(text))) * 1.0
    score += min(2, len(_INSTITUTION.findall(text))) * 0.6
    score += min(2, len(_NUMBER.findall(text))) * 0.5
    score += min(3, len(_PROPER.findall(text))) * 0.2
    if _BACKGROUND.search(text):
        score -= 1.0
    quoted = sum(1 for ch in text if ch in _QUOTE_MARKS)
    if quoted >= 2 and text.lstrip()[:1] in _QUOTE_MARKS:
        score -= 1.5  # a quotation belongs in the quotes section
    elif quoted >= 2:
        score -= 0.5
    if total and sentence.index > 0.8 * total:
        score -= 0.5  # closing lines are background and reaction
    return score


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if len(w) > 3}


def _similarity(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
