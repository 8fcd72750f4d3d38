"""Courts and judges an article names: "the court" when it names one court only, "the High Court" as the longer name
the article gives ("Karnataka High Court"), and "A federal judge …" as the judge the next sentences name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from summariser._actor_patterns import ActorSpan
from summariser._lazy_re import lazy_re
from summariser._lexicon.actors import US_STATES

# a capitalised word or two before a name: "Karnataka High Court" for "High Court"
_LONGER = r"(?<![\w'’-])((?:[A-Z][\w'’.-]*\s+){{1,2}}){}"
_ARTICLE = lazy_re(r"^(?:The|A|An)\s+")
_JUDGE_TITLE = lazy_re(r"\b(?:Judge|Justice)\b")
_JUDGE_WINDOW = 3  # sentences after "A federal judge" in which the judge is named
_COURT_WINDOW = 8  # sentences back in which "the court" may find the court it means
# a court named only as the maker of a document ("upheld a High Court ruling") is not the court now acting
_COURT_DOCUMENT = lazy_re(r"\s+(?:ruling|decision|judgment|judgement|order|judge|hearing|case|injunction)s?\b")


def prefixed(text: str, name: str) -> bool:
    """Does a capitalised word other than an article stand right before some mention of `name` ("Karnataka High
    Court")?"""
    at = text.find(name)
    while at > 0:
        word = text[max(0, at - 30) : at].rstrip().rsplit(None, 1)[-1:]
        if word and word[0][:1].isupper() and word[0] not in ("The", "A", "An"):
            return True
        at = text.find(name, at + len(name))
    return False


def only_court(text: str, courts: Sequence[str]) -> str | None:
    """The court of an article (`text`) whose lexicon courts are `courts`, when it names one court only ("A High
    Court judge has ordered …", and much later "the judge also directed …"); None when it names two."""
    if len(courts) != 1:
        return None
    name = courts[0]
    # every "Court" in the article is this court's ("the Supreme Court" or a "Federal Court of Appeal" the lexicon
    # does not know would make "the court" ambiguous), never part of a longer name ("Karnataka High Court")
    if text.count("Court") != text.count(name) or prefixed(text, name):
        return None
    return name


def longer_form(text: str, name: str) -> str:
    """ "the High Court" in an article about the Karnataka High Court is that court: the one longer name the article
    gives ending in `name`, else `name`."""
    if text.count(name) < 2 or not prefixed(text, name):
        return name
    longer = {_ARTICLE.sub("", m.group(1)) for m in re.finditer(_LONGER.format(re.escape(name)), text)}
    longer.discard("")
    return longer.pop() + name if len(longer) == 1 else name


def judge_ahead(i: int, after: int, sentences: Sequence[str], spans_of: Callable[[int], list[ActorSpan]]) -> str | None:
    """ "A federal judge on Tuesday refused …" (sentence `i`, ending at `after`): the person the next sentences name
    as a judge ("U.S. District Judge Karen Halvorsen", "Justice Anne Leclerc"), else None."""
    for j in range(i, min(len(sentences), i + _JUDGE_WINDOW + 1)):
        text = sentences[j]
        for cand in spans_of(j):
            if (j == i and cand.start < after) or cand.kind != "person" or cand.canonical is None:
                continue
            if _JUDGE_TITLE.search(cand.text) or _JUDGE_TITLE.search(text, max(0, cand.start - 25), cand.start):
                return cand.canonical
    return None


def acting_court(
    i: int,
    before: int,
    sentences: Sequence[str],
    spans_of: Callable[[int], list[ActorSpan]],
    is_court: Callable[[ActorSpan], bool],
) -> str | None:
    """ "The court rejected that argument" (sentence `i`, before `before`): the nearest court named as a body, not
    one named only for its document ("upheld a High Court ruling"); None when no such court stands close."""
    for j in range(i, max(-1, i - _COURT_WINDOW - 1), -1):
        text = sentences[j]
        for cand in reversed(spans_of(j)):
            if (j == i and cand.end > before) or cand.canonical is None or not is_court(cand):
                continue
            if not _COURT_DOCUMENT.match(text, cand.end):
                return cand.canonical
    return None


def most_named_state(text: str) -> str | None:
    """The US state `text` names most often (a tie: the one named first), or None when it names none."""
    best: tuple[int, int, str] | None = None
    for state in US_STATES:
        count = text.count(state)
        if count:
            key = (-count, text.find(state), state)
            if best is None or key < best:
                best = key
    return best[2] if best is not None else None
