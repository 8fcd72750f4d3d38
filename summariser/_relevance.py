"""Topic relevance: is the story about the subject (X, Grok, xAI) and about a concern (regulation, law, politics)?

Works on a title and a one-line lede as well as on a whole article: title and lede weigh more than the body, and a
subject named once in passing in a story about something else does not make it relevant.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import sqrt

from summariser._model import Relevance
from summariser._text import Document
from summariser._topic import DEFAULT_TOPIC, Topic
from summariser._topic_match import UnitHits, matcher_for

__all__ = ["DEFAULT_TOPIC", "Topic", "score_relevance"]

_LEDE_SENTENCES = 2
_TITLE_WEIGHT = 3.0
_LEDE_WEIGHT = 2.0


@dataclass(slots=True)
class _Evidence:
    subject_title: bool = False
    subject_lede: bool = False
    subject_hits: float = 0.0  # sentences with a subject, two at most per sentence, weighted by position
    subject_body_sentences: int = 0
    concern: float = 0.0  # weighted by position and strength
    concern_title_or_lede: float = 0.0
    together: int = 0  # paragraphs (or the title) naming both a subject and a concern
    sentences: int = 0
    title_strong_and_weak: bool = False  # "government … deepfake offence": law meeting the topic's harms


def score_relevance(doc: Document, *, title: str | None, topic: Topic = DEFAULT_TOPIC) -> Relevance:
    """Score how far the article is about the topic's subject and concern; relevant needs both, prominently."""
    matcher = matcher_for(topic)
    units = _units(doc, title)
    hits = matcher.match_units([text for text, _, _ in units])
    evidence = _gather(units, hits)
    relevant = _decide(evidence, has_title=bool(title and title.strip()))
    subject = min(1.0, evidence.subject_hits / 5.0)
    concern = min(1.0, evidence.concern / 5.0)
    strength = sqrt(subject * concern)
    score = 0.5 + 0.5 * strength if relevant else 0.49 * strength
    matched = list(dict.fromkeys(term for unit in hits for term in unit.terms))
    return Relevance(score=round(score, 3), relevant=relevant, matched=matched)


def _units(doc: Document, title: str | None) -> list[tuple[str, float, int]]:
    """(text, weight, paragraph) for the title (paragraph -1) and every sentence."""
    units: list[tuple[str, float, int]] = []
    if title and title.strip():
        units.append((title, _TITLE_WEIGHT, -1))
    for i, sentence in enumerate(doc.sentences):
        units.append((sentence.text, _LEDE_WEIGHT if i < _LEDE_SENTENCES else 1.0, sentence.paragraph))
    if not doc.sentences and doc.text.strip():
        units.append((doc.text, _LEDE_WEIGHT, 0))
    return units


def _gather(units: list[tuple[str, float, int]], hits: list[UnitHits]) -> _Evidence:
    ev = _Evidence()
    # subject and concern "together" means in the same paragraph: a press release names the law in one sentence
    # and the platform it binds in the next
    paragraphs: dict[int, list[bool]] = {}
    for (_, weight, paragraph), unit in zip(units, hits, strict=True):
        seen = paragraphs.setdefault(paragraph, [False, False])
        seen[0] |= unit.subjects > 0
        seen[1] |= unit.concern > 0
        is_title = weight == _TITLE_WEIGHT
        is_lede = weight == _LEDE_WEIGHT
        if not is_title:
            ev.sentences += 1
        if unit.subjects:
            ev.subject_hits += weight * min(2, unit.subjects)
            ev.subject_title |= is_title
            ev.subject_lede |= is_lede
            if not is_title:
                ev.subject_body_sentences += 1
        if unit.concern:
            ev.concern += weight * unit.concern
            if is_title or is_lede:
                ev.concern_title_or_lede = max(ev.concern_title_or_lede, unit.concern)
        if is_title:
            ev.title_strong_and_weak = unit.strong and unit.weak
    ev.together = sum(1 for subject, concern in paragraphs.values() if subject and concern)
    return ev


def _decide(ev: _Evidence, *, has_title: bool) -> bool:
    concern = ev.concern_title_or_lede >= 1.0 or ev.concern >= 2.0 or (ev.concern_title_or_lede and ev.concern >= 1.5)
    # with a title that does not name the subject, the lede must name it twice (X and Grok, or X twice over), or once
    # when the title pairs a law with one of the topic's harms ("Scottish Government to match deepfake offence")
    subject = ev.subject_title or (
        ev.subject_lede and (not has_title or ev.subject_hits >= 4.0 or ev.title_strong_and_weak)
    )
    # a body that keeps coming back to the subject, or ties it to the concern twice, makes it part of the story
    subject = (
        subject
        or (ev.subject_body_sentences >= 3 and ev.subject_body_sentences >= 0.2 * ev.sentences)
        or (ev.subject_body_sentences >= 2 and ev.together >= 2 and ev.concern_title_or_lede >= 1.0)
    )
    tied = ev.together >= 1 or ev.subject_title
    return bool(subject and concern and tied)
