"""Which organisation a person speaks for, when the article ties them together where it names them: "Ofcom's director
of enforcement, Suzanne Cater", "The regulator's executive chairman, Jeremy Godfrey", "Jane Doe, a spokesperson for
the Home Office". A quoted "we" of such a speaker is that organisation's.
"""

from __future__ import annotations

from collections.abc import Callable

from summariser._actor_patterns import ActorSpan
from summariser._actor_spans import IndexLike
from summariser._lazy_re import lazy_re

# "director of enforcement, " / "executive chairman " between "Ofcom's" and the name: lower-case role words only
_ROLE_BETWEEN = lazy_re(r"['’]s\s+(?:[a-z][\w-]*\s+){0,5}?[a-z][\w-]*,?\s+$")
_ROLE_TITLE = lazy_re(
    r"\s+(?i:(?:deputy\s+|vice[-\s]|executive\s+|acting\s+)?(?:chair(?:man|woman|person)?|chief\s+executive"
    r"|director(?:\s+general)?|president|head|spokes(?:person|man|woman)|general\s+counsel|commissioner))\s+"
)
# ", Ofcom's director of enforcement" after the name: the owner comes next
_OWNER_AFTER = lazy_re(r",\s+(?:the\s+)?")
# ", a spokesperson for the Home Office", ", director of enforcement at Ofcom": the role, then the body
_ROLE_OF_AFTER = lazy_re(r",\s+(?:the\s+|a\s+|an\s+)?(?:[a-z][\w-]*\s+){1,5}?(?:at|for|of)\s+(?:the\s+)?$")
# "Oliver Griffiths runs Ofcom's online safety group", "Jane Doe, who heads the Home Office's unit"
_RUNS = lazy_re(r"(?:,\s+who)?\s+(?:runs|heads|leads|chairs|directs)\s+(?:the\s+)?")
_MAY_DESCRIBE = lazy_re(r"['’]s\s|(?i:chair|chief|director|president|head|spokes|counsel|commissioner)")
_MAY_DESCRIBE_AFTER = lazy_re(r",|\s+(?:runs|heads|leads|chairs|directs)\b")
# how many sentences are searched for the speaker's first naming
_FIRST_MENTIONS = 60


def _is_body(span: ActorSpan) -> bool:
    return span.kind in ("org", "gov") or (span.kind == "ref" and span.ref in _BODY_REFS)


# references that name a body ("the authority's director", "the committee's chair"), resolved by the caller
_BODY_REFS = frozenset(("regulator", "commission", "gov", "head", "committee", "dept", "charity", "prosecutors"))
# "Its chair, Kari Nordmann,": the body the sentence or the one before made its subject
_ITS_ROLE = lazy_re(r"(?<![\w'’])[Ii]ts\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*,?\s+$")


def affiliation_of(
    person: str,
    index: IndexLike,
    sentences: int,
    spans_of: Callable[[int], list[ActorSpan]],
    text_of: Callable[[int], str],
    resolve: Callable[[ActorSpan, int], str | None],
) -> str | None:
    """The organisation `person` is described as working for where the article first names them, or None."""
    for j in range(min(sentences, _FIRST_MENTIONS)):
        for mention in index.mentions_in(j):
            if mention.kind != "person" or person not in (mention.canonical, mention.text):
                continue
            # only the first naming: a later one ("said Ms Cater") describes nobody
            text = text_of(j)
            start, end = mention.start, mention.end
            if not _MAY_DESCRIBE.search(text, max(0, start - 70), start) and not _MAY_DESCRIBE_AFTER.match(text, end):
                return None  # cheap test first: no possessive before the name, no comma or "runs" after it
            its = _ITS_ROLE.search(text, max(0, start - 60), start)
            if its is not None and _ROLE_TITLE.match(" " + text[its.start() + 4 : start].rstrip(" ,") + " "):
                return _its_owner(its.start(), spans_of, j, resolve)
            return _described_owner(start, end, spans_of(j), text, j, resolve)
    return None


def _described_owner(
    start: int,
    end: int,
    spans: list[ActorSpan],
    text: str,
    j: int,
    resolve: Callable[[ActorSpan, int], str | None],
) -> str | None:
    before = [s for s in spans if s.end <= start and _is_body(s)]
    if before:
        owner = before[-1]
        # "Ofcom's director of enforcement, Suzanne Cater": only role words between the owner and the name
        if start - owner.end <= 60 and _ROLE_BETWEEN.match(text, owner.end, start):
            return resolve(owner, j)
        # "PIPC Chairperson Song Kyung-hee", "Ofcom chief executive Melanie Dawes": the body, then the role
        if start - owner.end <= 40 and _ROLE_TITLE.fullmatch(text, owner.end, start):
            return resolve(owner, j)
    after = next((s for s in spans if s.start >= end and _is_body(s)), None)
    if after is None or after.start - end > 60:
        return None
    if after.ref == "commission" and "Commission" not in after.text:
        return None  # "the commission's commissioner" may be any commission (Coimisiún na Meán), not the EU's
    gap = text[end : after.start]
    if (_OWNER_AFTER.fullmatch(gap) or _RUNS.fullmatch(gap)) and text.startswith(("'s", "’s"), after.end):
        return resolve(after, j)  # "Suzanne Cater, Ofcom's director of enforcement"
    if _ROLE_OF_AFTER.fullmatch(gap):
        return resolve(after, j)  # "Jane Doe, a spokesperson for the Home Office"
    return None


def _its_owner(
    at: int, spans_of: Callable[[int], list[ActorSpan]], j: int, resolve: Callable[[ActorSpan, int], str | None]
) -> str | None:
    """ "The Norwegian Media Authority is … Its chair, Kari Nordmann, said": the last body before "Its" in this
    sentence, else the first (the subject) of the sentence before; None when neither names one."""
    here = [s for s in spans_of(j) if s.end <= at and _is_body(s)]
    if here:
        return resolve(here[-1], j)
    if j == 0:
        return None
    before = [s for s in spans_of(j - 1) if s.kind != "pronoun"]
    return resolve(before[0], j - 1) if before and _is_body(before[0]) else None
