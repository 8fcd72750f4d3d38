"""Topic relevance: is the story about the subject (X, Grok, xAI) and about a concern (regulation, law, politics)?

Works on a title and a one-line lede as well as on a whole article: title and lede weigh more than the body, and a
subject named once in passing in a story about something else does not make it relevant. The subject must be what
the regulatory language is about: a full-weight concern in a paragraph that names it as more than a medium ("posted
on Twitter", "her X account", "Twitter users" are people using the platform, not the platform being regulated), or a
headline naming it with a concern. Where only the subject's prominence is missing, its second references ("the AI
chatbot", "Musk's social network", the owner in a headline) count, unless a rival is named (see `_topic_refs`); a
headline pairing the subject with a rival needs a body paragraph binding the subject to the regulatory language.
Feed items are often a headline alone: in the title and lede, a government acting on the subject ("Malaysia restricts
access to Grok", "Japan urges X to ...") or the subject answering one ("X agrees to curb Grok after French pressure")
is regulatory language bound to the subject (see `_topic_frames`).
"""

from __future__ import annotations

from math import sqrt
from operator import attrgetter

from summariser._model import Relevance, new_relevance
from summariser._relevance_evidence import LEDE_WEIGHT as _LEDE_WEIGHT
from summariser._relevance_evidence import TITLE_WEIGHT as _TITLE_WEIGHT
from summariser._relevance_evidence import Evidence as _Evidence
from summariser._relevance_evidence import concerned as _concerned
from summariser._relevance_evidence import decide as _decide
from summariser._relevance_fallbacks import relevant_by_reference as _relevant_by_reference
from summariser._relevance_fallbacks import short_copy as _short_copy
from summariser._text import Document, fold_bytes, title_tokens
from summariser._topic import DEFAULT_TOPIC, Topic
from summariser._topic_frames import frames_for
from summariser._topic_match import NO_HITS, Unit, UnitHits, matcher_for
from summariser._topic_medium import as_medium as _as_medium
from summariser._topic_refs import references_for

__all__ = ["DEFAULT_TOPIC", "Topic", "keyword_free", "score_relevance"]

_LEDE_SENTENCES = 2
_LEDE_WEIGHTS = [_LEDE_WEIGHT] * _LEDE_SENTENCES
_TEXT = attrgetter("text")
_PARAGRAPH = attrgetter("paragraph")
# a sentence opening on another story ("Separately, the regulator fined a broadband firm") binds nothing to the subject
# it does not name
_ELSEWHERE = frozenset((b"separately", b"elsewhere"))


def score_relevance(doc: Document, *, title: str | None, topic: Topic = DEFAULT_TOPIC) -> Relevance:
    """Score how far the article is about the topic's subject and concern; relevant needs both, prominently."""
    matcher = matcher_for(topic)
    units, places = _units(doc, title)
    hits = matcher.match_units(units)
    for hit in hits:
        if hit.subjects:
            break
    else:
        # the subject named nowhere (most off-topic items): never relevant, and its share of the score is 0
        return new_relevance(0.0, False, list(dict.fromkeys(matcher.names(hits))))
    framed, named_in = _framed(units, places, hits, topic)
    evidence = _gather(units, places, hits, framed, named_in)
    has_title = bool(title and title.strip())
    relevant = decided = _decide(evidence, has_title=has_title)
    if (
        relevant
        and evidence.bound <= evidence.title_bound
        and has_title
        and evidence.sentences > _LEDE_SENTENCES  # a feed item's headline and lede are judged as they stand
        and references_for(topic).names_rival(units[:1])
    ):
        # the headline pairs the subject with a rival ("Tesla puts Grok in its cars as regulator widens probe"): its
        # regulatory language may be the rival's, so a paragraph of the body must bind it to the subject
        relevant = False
    if not relevant and _concerned(evidence):
        # regulatory language without the subject's prominence or its tie to it: count the subject's second
        # references ("the AI chatbot", "Musk's social network"); only such articles pay for them
        relevant = _relevant_by_reference(units, places, hits, evidence, has_title=has_title, topic=topic)
        if not relevant and not decided:  # (a headline's rival above stays a reason)
            # short copy, which names the subject once or twice
            relevant = _short_copy(units, places, hits, evidence, named_in, has_title=has_title, topic=topic)
    subject = min(1.0, evidence.subject_hits / 5.0)
    concern = min(1.0, evidence.concern / 5.0)
    strength = sqrt(subject * concern)
    score = 0.5 + 0.5 * strength if relevant else 0.49 * strength
    matched = list(dict.fromkeys(matcher.names(hits)))  # each unit's names, repeats removed once for the article
    return new_relevance(round(score, 3), relevant, matched)


def keyword_free(text: str, *, title: str | None, topic: Topic = DEFAULT_TOPIC) -> bool:
    """Does neither the text nor the title name a keyword of the topic? Then `score_relevance` of its split gives
    Relevance(0.0, False, []) whatever the sentences are, and a caller may skip splitting it (False when unsure)."""
    matcher = matcher_for(topic)  # the title first: short, and where an item on the topic names it
    if title:
        words, lows = title_tokens(title)
        if not matcher.tokens_name_nothing(words, lows, title):
            return False
    return matcher.names_nothing(text)


def _units(doc: Document, title: str | None) -> tuple[list[Unit], list[tuple[float, int]]]:
    """Word tokens of the title and every sentence, and where each stands: (weight, paragraph; -1 for the title)."""
    units: list[Unit] = []
    places: list[tuple[float, int]] = []
    if title and title.strip():
        units.append((*title_tokens(title), title))
        places.append((_TITLE_WEIGHT, -1))
    sentences = doc.sentences
    _, words, lows = doc.tokens()
    # (the token lists are the sentences', one each by construction: `strict=` would parse a keyword on every call,
    # ~1.7 K instructions a zip, on every polled item)
    units += zip(words, lows, map(_TEXT, sentences))  # noqa: B905
    # the lede's weight for the first sentences, 1.0 after: built in C (no Python loop over the sentences)
    weights = [1.0] * len(sentences)
    weights[:_LEDE_SENTENCES] = _LEDE_WEIGHTS[: len(sentences)]
    places += zip(weights, map(_PARAGRAPH, sentences))  # noqa: B905 - as long as `sentences`, built above
    if not sentences and doc.text.strip():
        folded = fold_bytes(doc.text)
        units.append((folded.split(), folded.lower().split(), doc.text))
        places.append((_LEDE_WEIGHT, 0))
    return units, places


def _framed(
    units: list[Unit], places: list[tuple[float, int]], hits: list[UnitHits], topic: Topic
) -> tuple[frozenset[int], set[int]]:
    """The title and lede units in which an authority acts on the subject they name, or the subject answers one
    ("Malaysia restricts access to Grok", "X agrees to curb Grok after French pressure"): see `_topic_frames`; and
    those naming the subject as more than a medium somewhere (for `_gather`, which would look again)."""
    framed: list[int] = []
    named_in: set[int] = set()
    for i, (weight, _) in enumerate(places):
        if weight == 1.0:
            break  # the title and the lede come first
        hit = hits[i]
        if not hit.subjects:
            continue
        lows = units[i][1]
        # where it can answer for itself and where it stands (loops: a comprehension is a call of its own)
        named: list[int] = []
        at: list[int] = []
        for a, _ in hit.subject_at:
            at.append(a)
            if not _as_medium(lows, a):
                named.append(a)
        if named:
            named_in.add(i)
        if hit.strong and named:
            continue  # regulatory and about the subject already: nothing for a frame to add
        acts = frames_for(topic).acts(units[i], at, named, bool(hit.concern))
        if acts and not references_for(topic).names_rival(units[i : i + 1]):  # the act may be on the rival
            framed.append(i)
    return frozenset(framed), named_in


def _gather(
    units: list[Unit],
    places: list[tuple[float, int]],
    hits: list[UnitHits],
    framed: frozenset[int],
    named_in: set[int],
) -> _Evidence:
    # counted in locals and stored once: attribute updates on the dataclass cost several times more per sentence
    sentences = len(places) - (1 if places and places[0][0] == _TITLE_WEIGHT else 0)  # the title comes first
    subject_title = subject_lede = subject_named_title = strong_title_or_lede = title_strong_and_weak = False
    subject_hits = concern = concern_title_or_lede = title_concern = 0.0
    subject_body_sentences = 0
    # subject and concern "together" means in the same paragraph: a press release names the law in one sentence
    # and the platform it binds in the next
    paragraphs: dict[int, list[bool]] = {}
    head, n = 0, len(places)
    while head < n and places[head][0] != 1.0:
        head += 1  # the title and the lede; the body below weighs 1.0 and is never framed
    for i in range(head):
        unit = hits[i]
        if unit is NO_HITS:
            continue  # most sentences: nothing to count
        weight, paragraph = places[i]
        is_title = weight == _TITLE_WEIGHT
        is_lede = weight == _LEDE_WEIGHT
        seen = paragraphs.get(paragraph)
        if seen is None:
            seen = paragraphs[paragraph] = [False, False, False, False]
        subjects, unit_concern, strong = unit.subjects, unit.concern, unit.strong
        in_frame = i in framed if framed else False
        if in_frame:  # a government acting on the subject: regulatory language about it
            unit_concern, strong = 1.0, True
        if strong and (unit.subjects or units[i][1][0] not in _ELSEWHERE):
            seen[3] = True
            if weight != 1.0:
                strong_title_or_lede = True
        if subjects:
            seen[0] = True
            if in_frame or i in named_in:  # `_framed` looked at every title and lede unit naming the subject
                seen[2] = True
                subject_named_title |= is_title
            subject_hits += weight * (subjects if subjects < 2 else 2)
            if is_title:
                subject_title = True
            else:
                subject_body_sentences += 1
                subject_lede |= is_lede
        if unit_concern:
            seen[1] = True
            concern += weight * unit_concern
            if (is_title or is_lede) and unit_concern > concern_title_or_lede:
                concern_title_or_lede = unit_concern
        if is_title:
            title_concern = unit_concern
            title_strong_and_weak = strong and unit.weak
    for i in range(head, n):  # the same counts with weight 1.0 and no title, lede or frame to consider
        unit = hits[i]
        if unit is NO_HITS:
            continue
        paragraph = places[i][1]
        seen = paragraphs.get(paragraph)
        if seen is None:
            seen = paragraphs[paragraph] = [False, False, False, False]
        if unit.strong and (unit.subjects or units[i][1][0] not in _ELSEWHERE):
            seen[3] = True
        subjects = unit.subjects
        if subjects:
            seen[0] = True
            if not seen[2]:  # named as more than a medium (once is enough for the paragraph)
                lows = units[i][1]
                for at, _ in unit.subject_at:
                    if not _as_medium(lows, at):
                        seen[2] = True
                        break
            subject_hits += subjects if subjects < 2 else 2
            subject_body_sentences += 1
        unit_concern = unit.concern
        if unit_concern:
            seen[1] = True
            concern += unit_concern
    # per paragraph: [subject, concern, subject named (not as a medium), strong concern]
    together = bound = named_with_concern = 0
    for subject, has_concern, named, has_strong in paragraphs.values():
        if has_concern:
            together += subject
            named_with_concern += named
        if named and has_strong:
            bound += 1
    # positional, in field order: keyword arguments cost a dataclass's __init__ three times as much
    return _Evidence(
        subject_title,
        subject_lede,
        subject_hits,
        subject_body_sentences,
        concern,
        concern_title_or_lede,
        together,
        sentences,
        title_strong_and_weak,
        subject_named_title,
        strong_title_or_lede,
        title_concern,
        bound,
        named_with_concern,
        -1 in paragraphs and paragraphs[-1][2] and paragraphs[-1][3],  # title_bound
    )
