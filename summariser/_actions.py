"""Regulatory and political actions: who did, announced, plans, threatens, called for or refused what, and when.

Rule-based, one pass per candidate sentence. A sentence is looked at only if its word set meets the cue words
(`_action_patterns`); its verb forms are placed with `str.find`, each checked against what must follow it
(`_verb_objects`, `_verb_exclusions`, `_action_objects`) and its tense and modal cues (`_action_clauses`,
`_action_active`); passives take the "by" agent (`_action_passives`), fixed phrases and noun phrases ("Ofcom's
investigation into X") their owner (`_action_phrases`).
The subject is the actor standing next to the verb once auxiliaries, adverbs, timing phrases and parentheticals are
skipped (`_action_subjects`, `_actors`, `_actor_spans`); a verb joined by "and", a list or "by -ing" to one already
found shares its actor (`_action_joins`). The phrase readers see is cut and checked in `_action_text`: an action whose
words would mislead (no object, garbage, a song or a law as actor) is dropped rather than shown.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from summariser import _action_patterns as P
from summariser._action_clauses import SentenceContext
from summariser._action_gates import candidate_verbs, may_hold_action
from summariser._action_passives import POLICE
from summariser._action_reported import DOCUMENT_BY
from summariser._action_rules import quote_ranges
from summariser._actor_canonical import canonical_actors
from summariser._actor_lists import remember_list
from summariser._actors import ActorFinder
from summariser._lazy_re import lazy_re
from summariser._model import Action, Quote
from summariser._text import Document

__all__ = ["extract_actions"]


def _index_factory() -> Callable[[Document], Any] | None:
    # the names module is another engineer's; work without it (fewer resolved people) if it cannot be imported
    try:
        from summariser._names import build_name_index
    except ImportError:  # pragma: no cover - only while the names module is missing
        return None
    return build_name_index


_FACTORY = _index_factory()
# longer "sentences" are run-on text; real news sentences stay well under this
_MAX_SENTENCE = 1200
_CASE = lazy_re(r"\b(?:investigation|inquiry|probe)\b")
_WIDE = "“”‘’—–…"
# punctuation to spaces, so `split()` yields the words (a C-level translate is ~8x cheaper than a regex findall)
_WORD_SPLIT = str.maketrans(dict.fromkeys(string.punctuation.replace("-", "") + _WIDE, " "))
# the same table for ASCII text as bytes: `bytes.translate` is a plain 256-entry lookup, twice as fast again
_ASCII_PUNCT = string.punctuation.replace("-", "").encode()
_ASCII_SPLIT = bytes.maketrans(_ASCII_PUNCT, b" " * len(_ASCII_PUNCT))
_WIDE_MARKS = tuple(_WIDE)  # the non-ASCII characters `_WORD_SPLIT` turns into spaces


def _sentence_words(doc: Document) -> list[tuple[str, set[str]]]:
    """Each sentence's lower-cased text and word set (`_word_set`), made for the whole article at once: one
    `lower` and one `translate` over the joined sentences instead of a handful of calls per sentence. Sentences
    never hold a newline (paragraphs are split at them), so the newline that joins them splits them again; it is
    neither a letter nor case-ignorable, so each sentence lower-cases as it would alone (final sigma included)."""
    texts = [sent.text for sent in doc.sentences]
    if not texts:
        return []
    lowered = "\n".join(texts).lower()
    lows = lowered.split("\n")
    if len(lows) != len(texts):  # a newline inside a sentence (a Document built by hand): each on its own
        return [(low, _word_set(low)) for low in (text.lower() for text in texts)]
    folded = lowered
    if not lowered.isascii():  # the curly quotes, dashes and ellipsis first (`str.translate` on the whole is slow)
        for mark in _WIDE_MARKS:
            if mark in folded:
                folded = folded.replace(mark, " ")
    # the ASCII marks on the UTF-8 bytes: a multi-byte character's bytes are all above 127, untouched
    folded = folded.encode().translate(_ASCII_SPLIT).decode()
    return [(low, set(piece.split())) for low, piece in zip(lows, folded.split("\n"), strict=True)]


def _word_set(lowered: str) -> set[str]:
    """The sentence's words: runs of characters that are neither space nor punctuation (hyphens stay inside)."""
    if lowered.isascii():  # most news sentences; curly quotes and dashes take the `str.translate` path
        return set(lowered.encode().translate(_ASCII_SPLIT).decode().split())
    return set(lowered.translate(_WORD_SPLIT).split())


def _repeats_one(action: Action, actions: list[Action], first: int) -> bool:
    """Is `action` one of this sentence's actions again with a few more or fewer leading words ("threatened to fine …"
    and "has threatened to fine …")? The longer wording is kept. Two acts in one clause ("published its decision in the
    investigation it opened in January") differ by more than an auxiliary and both stay."""
    words = action.action.lower()
    for k in range(first, len(actions)):
        other = actions[k]
        if other.actor != action.actor or other.status != action.status:
            continue
        known = other.action.lower()
        if known.endswith(words) and known[: len(known) - len(words)].count(" ") <= _AUXILIARY_WORDS:
            return True
        if words.endswith(known) and words[: len(words) - len(known)].count(" ") <= _AUXILIARY_WORDS:
            actions[k] = action
            return True
    return False


def _document_by(finder: ActorFinder, i: int, text: str) -> str | None:
    """The author of a document a sentence introduces with "by" ("The report … was launched by X"), or None."""
    m = DOCUMENT_BY.match(text)
    if m is None:
        return None
    span = next((s for s in finder.spans(i) if s.start >= m.end() and s.kind in ("org", "group")), None)
    return finder.resolve(span, i) if span is not None and span.start - m.end() <= 4 else None


# acts that produce a document which may later "call on" someone
_AUTHORING = frozenset(("write", "send", "sign", "file", "table", "adopt", "publish", "submit", "sue", "lodge"))
# at most this many leading words ("has", "will now") may tell two wordings of one action apart
_AUXILIARY_WORDS = 3


def extract_actions(
    doc: Document,
    *,
    published: datetime | None = None,
    index: Any | None = None,
    quotes: Sequence[Quote] | None = None,
) -> list[Action]:
    """Actions taken, announced, planned, threatened, called for or refused, in article order.

    `index` (a `_names.NameIndex`) and `quotes` may be passed when the caller already has them, to save rebuilding.
    """
    finder = ActorFinder(doc, _FACTORY, index=index, quotes=quotes)
    actions: list[Action] = []
    police: str | None = None
    author: str | None = None
    doc_it = False
    sentences = _sentence_words(doc)
    finder.sentence_words = [words for _, words in sentences]
    for sent, (lowered, words) in zip(doc.sentences, sentences, strict=True):
        text = sent.text
        was_doc, doc_it = doc_it, False
        if "by" in words and text[:1] in "TAI":  # "The report … was launched by X": X wrote what "It" says next
            doc_author = _document_by(finder, sent.index, text)
            if doc_author is not None:
                author, doc_it = doc_author, True
        if len(text) > _MAX_SENTENCE:
            continue  # run-on text (a flattened table or list) is not news prose; it would only cost time
        if P.CUE_WORDS.isdisjoint(words):
            continue  # most sentences: nothing that could carry an action
        # the verbs that pass the cheap tests: computed once for the pre-check and the context's own walk
        verbs = candidate_verbs(text, lowered, words) if len(lowered) == len(text) else None
        if not may_hold_action(text, lowered, words, verbs):
            continue
        ctx = SentenceContext(text, sent.index, finder, published, quote_ranges(doc, sent), words, lowered, verbs)
        ctx.police, ctx.author, ctx.doc_it = police, author, was_doc
        hits = ctx.hits()
        first = len(actions)  # this sentence's actions start here
        for hit in hits:
            action = ctx.to_action(hit)
            if action is None or _repeats_one(action, actions, first):
                continue
            actions.append(action)
            for stem in P.act_stems(action.action):
                finder.acted.add((action.actor, stem))
            if hit.key in _AUTHORING or (hit.key in ("letter", "lawsuit") and hit.noun):
                author = action.actor  # "The letter calls on …" in a later sentence is this actor's call
            if police is None and POLICE.search(action.actor):
                police = action.actor  # later agentless arrests and seizures in the story are this force's
            if hit.status == "taken" and _CASE.search(action.action):
                finder.case_owner = action.actor  # "the investigation was extended …" later means this actor's
        if len(actions) - first > 1:
            remember_list(finder, sent.index, actions[first:])
    if actions:  # one name per body: the full name the article spells out (`_actor_canonical`)
        names = canonical_actors(doc.text, (a.actor for a in actions))
        if names:
            actions = [replace(a, actor=names[a.actor]) if a.actor in names else a for a in actions]
    return actions
