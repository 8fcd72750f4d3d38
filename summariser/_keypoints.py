"""Key points: the lede plus the few sentences that carry the news, in article order, without page furniture.

A sentence earns points for actions (opened, fined, will ban), named institutions and laws, numbers and dates, and
for coming early; it loses them for being a quotation, background or a repeat of what is already chosen. Cheap and
deterministic: a few regex searches per sentence, no model.
"""

from __future__ import annotations

import re
from collections import Counter

from summariser._boilerplate import is_boilerplate_line
from summariser._text import Document, Sentence, word_set
from summariser._topic_match import lower_tokens, word_tokens

_MAX_POINTS = 5
_MIN_WORDS = 6
_MAX_WORDS = 70
_SCAN = 30

_WORD = re.compile(r"[\w’'-]+")


def _forms(stems: str) -> frozenset[str]:
    words: set[str] = set()
    for stem in stems.split():
        base = stem.rstrip("e")
        words.update({stem, stem + "s", stem + "es", stem + "d", stem + "ed", base + "ed", base + "ing", stem + "ing"})
    return frozenset(words)


# verbs of doing and deciding: the sentences a busy reader needs
_ACTION = _forms(
    "announce launch open fine ban banned banning block restrict remove order warn summon investigate probe sue "
    "charge convict sentence pass vote approve reject introduce propose plan pledge promise threaten call urge "
    "demand require agree refuse deny denied confirm publish suspend comply complied appeal rule legislate "
    "criminalise criminalize outlaw limit impose issue seek sought"
) | frozenset({"will", "would", "must", "intends"})
_INSTITUTION = word_set(
    "Act Bill Commission Commissioner Ofcom regulator government minister ministers Parliament Congress Senate court "
    "police prosecutor prosecutors secretary department ministry EU agency watchdog attorney"
)
_MAGNITUDE = word_set("million billion m bn per cent percent hours days weeks")
_BACKGROUND = (
    "last year", "last month", "previously", "has long", "had long", "earlier this year", "it is not the first",
    "was founded", "formerly known", " in 2019", " in 2020", " in 2021", " in 2022", " in 2023", " in 2024",
)  # fmt: skip
_BYLINE = re.compile(
    r"^(?:by|reporting by|additional reporting by|written by|edited by|words by|compiled by)\s+[A-Z]", re.IGNORECASE
)
# "LONDON, Jan 12 (Reuters) - " and "SACRAMENTO — ": place names in capitals, an optional date and agency
_DATELINE = re.compile(
    r"^[A-Z][A-Z .,'’-]{2,40}?(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([A-Z][\w .&-]{1,30}\)\s*)?[-–—]+\s+"
)
_FURNITURE = (
    "getty images", "read more", "sign up", "newsletter", "cookie", "all rights reserved", "click here", "follow us",
    "photograph:", "image caption", "image source", "pictured", "share this",
)  # fmt: skip
_QUOTE_MARKS = '"“”‘'  # not ’ or ': those are mostly apostrophes
_VERBISH = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says|can|could|did|does)\b|\w{3,}(?:ed|es)\b")


def select_key_points(doc: Document, *, title: str | None = None) -> list[str]:
    """Three to five sentences that carry the news, in article order, no boilerplate (fewer for short articles)."""
    # the news is at the top: sentences after the first _SCAN are background, and scoring them costs time
    per_paragraph = Counter(s.paragraph for s in doc.sentences)
    candidates = [s for s in doc.sentences[:_SCAN] if _eligible(s, alone=per_paragraph[s.paragraph] == 1)]
    if not candidates:
        return []
    want = _how_many(len(candidates))
    title_words = _words(title or "")
    lede = candidates[0]
    chosen: list[Sentence] = [] if _same_as_title(_words(lede.text), title_words) else [lede]
    ranked = sorted(candidates[1:], key=lambda s: (-_score(s, len(doc.sentences)), s.index))
    chosen_words = [_words(c.text) for c in chosen]
    for sentence in ranked:
        if len(chosen) >= want:
            break
        words = _words(sentence.text)
        if _same_as_title(words, title_words) or any(_similarity(words, c) >= 0.6 for c in chosen_words):
            continue
        chosen.append(sentence)
        chosen_words.append(words)
    chosen.sort(key=lambda s: s.index)
    return [_DATELINE.sub("", s.text).strip() for s in chosen]


def _how_many(candidates: int) -> int:
    if candidates >= 12:
        return _MAX_POINTS
    if candidates >= 7:
        return 4
    return min(3, candidates)


def _eligible(sentence: Sentence, *, alone: bool) -> bool:
    text = sentence.text.strip()
    n_words = len(text.split())
    if n_words < _MIN_WORDS or n_words > _MAX_WORDS:
        return False
    if text.endswith((":", "?")) or text[-1] not in ".!\"”’'…)":
        return False  # introduces a quote, asks, or is a heading or caption without a full stop
    if text[0] in _QUOTE_MARKS and text[-1] in "\"”’'":
        return False  # a bare quotation: the quotes section carries it, with its speaker
    lower = text.lower()
    if any(phrase in lower for phrase in _FURNITURE) or _BYLINE.match(text):
        return False
    # furniture stands alone: a credit or sign-up line is a paragraph of its own, never mid-paragraph
    if alone and is_boilerplate_line(text):
        return False
    return not (alone and _looks_like_caption(text, n_words))


def _looks_like_caption(text: str, n_words: int) -> bool:
    # a short paragraph of its own with no verb: "Elon Musk at a conference in Paris last year."
    return n_words <= 14 and not _VERBISH.search(text)


def _score(sentence: Sentence, total: int) -> float:
    text = sentence.text
    toks = word_tokens(text)  # shared with relevance through its cache
    lower = set(lower_tokens(text))
    heads = "".join([t[0] for t in toks])  # first letters: counted by C loops, not generators
    digits = sum(map(str.isdigit, heads))
    capitals = sum(map(str.isupper, heads[1:]))
    score = 2.0 / (1.0 + 0.25 * sentence.index)  # news comes first
    score += min(2, len(_ACTION.intersection(lower))) * 1.0
    score += min(2, len(_INSTITUTION.intersection(toks))) * 0.6
    score += min(2, digits + len(_MAGNITUDE.intersection(lower))) * 0.5
    score += min(3, capitals) * 0.2
    text_lower = text.lower()
    if any(phrase in text_lower for phrase in _BACKGROUND) or text_lower.startswith(("in 19", "in 20")):
        score -= 1.0
    quoted = text.count('"') + text.count("“") + text.count("”") + text.count("‘")  # _QUOTE_MARKS, unrolled
    if quoted >= 2 and text.lstrip()[:1] in _QUOTE_MARKS:
        score -= 1.5  # a quotation belongs in the quotes section
    elif quoted >= 2:
        score -= 0.5
    if total and sentence.index > 0.8 * total:
        score -= 0.5  # closing lines are background and reaction
    return score


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if len(w) > 3}


def _same_as_title(words: set[str], title: set[str]) -> bool:
    # a headline repeated as the first line; a lede that merely shares the headline's words is still the lede
    return bool(words and title) and len(words & title) / len(words | title) >= 0.7


def _similarity(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
