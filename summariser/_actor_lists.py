"""Several actors in one subject: "Ofcom and the ICO said they would …" is an action of each listed body."""

from __future__ import annotations

from collections.abc import Sequence

from summariser._action_rules import _SPEECH_TAIL
from summariser._action_subjects import SentenceBase
from summariser._actor_patterns import ActorSpan
from summariser._actors import ActorFinder
from summariser._clause_cues import _LIST_AND
from summariser._lazy_re import lazy_re
from summariser._model import Action


def they_also(ctx: SentenceBase, they: ActorSpan, actor: str) -> list[str]:
    """ "Ofcom and the ICO said they would …": the speakers listed before the one "they" resolved to (`actor`)."""
    speech = _SPEECH_TAIL.search(ctx.text, max(0, they.start - 70), they.start)
    last = ctx._adjacent_subject(speech.start()) if speech is not None else None
    first = ctx._conjoined_before(last) if last is not None and last.kind == "org" else None
    if first is None or last is None or not _LIST_AND.search(ctx.text, first.end, last.start):
        return []  # "The Garante, Italy's privacy watchdog, said they …": an appositive, not a list
    others: list[str] = []
    while first is not None and first.kind == "org":
        other = ctx._resolve(first)
        if other is not None and other != actor:
            others.append(other)
        first = ctx._conjoined_before(first)
    return others


# "The three governments also …", "Both regulators will …", "The groups are asking …": a plural naming again the
# actors an earlier sentence listed; a count must agree with the list
_PLURAL_REF = lazy_re(
    r"(?:^|(?<=[\s,]))(?:[Tt]he|[Tt]hese|[Tt]hose|[Bb]oth)\s+(?:(?P<n>two|three|four|five|six|seven|eight)\s+)?"
    r"(?:(?:[a-z-]+|EU|European|Nordic|Baltic|Asian|US|American|state)\s+)?"
    r"(?P<noun>governments|countries|regulators|watchdogs|authorities|agencies|senators|ministers|lawmakers|groups"
    r"|organisations|organizations|charities|bodies|companies|states|prosecutors|commissioners|parties|nations"
    r"|capitals|attorneys\s+general|campaign\s+groups)\s*$"
)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_PEOPLE = frozenset(("senators", "ministers", "lawmakers", "commissioners", "prosecutors", "attorneys general"))
# a listing is named again within this many sentences
_LIST_REACH = 3


def listed_again(ctx: SentenceBase, pos: int) -> tuple[str, ...] | None:
    """The actors an earlier sentence listed, when the subject ending at `pos` names them again as a plural."""
    listed = ctx.finder.listed
    if listed is None or not 0 < ctx.index - listed[0] <= _LIST_REACH:
        return None
    m = _PLURAL_REF.search(ctx.text, max(0, pos - 60), pos)
    if m is None:
        return None
    names = listed[1]
    count = m.group("n")
    if count is not None and _COUNTS[count] != len(names):
        return None
    if m.group(0).lstrip()[:4] in ("Both", "both") and len(names) != 2:
        return None
    if (" ".join(m.group("noun").split()) in _PEOPLE) != listed[2]:
        return None  # "the two senators" are people; "the three governments" are not
    return names


def remember_list(finder: ActorFinder, i: int, actions: Sequence[Action]) -> None:
    """Note the actors sentence `i` credited with one and the same act ("France, Spain and Italy have asked …")."""
    for k, first in enumerate(actions):
        names = [first.actor]
        for other in actions[k + 1 :]:
            if other.action == first.action and other.status == first.status and other.actor not in names:
                names.append(other.actor)
        if len(names) > 1:
            index = finder.index
            people = index is not None and all(index.is_person(name) for name in names)
            finder.listed = (i, tuple(names), people)
            return
