"""A short form of a given name is the same person: "Josh Apte" (an embedded post's signature) and "Joshua Apte" (the
article's text) are one man, not two people who would make every "Apte said" ambiguous."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summariser._people import merge_people

if TYPE_CHECKING:
    from summariser._people import Person, Scan

# the short form keeps at least this many letters of the full one ("Josh" of "Joshua", "Rob" of "Robert")
_MIN_SHORT = 3


def merge_given_forms(scan: Scan) -> None:
    """Merge a two-word name into the one other person with the same surname whose given name it begins ("Josh
    Apte" -> "Joshua Apte"), when no third bearer of the surname could be meant, no relative is involved, the genders
    do not clash and no sentence names both."""
    if len(scan.people) < 2:
        return
    by_last: dict[str, list[Person]] = {}
    for p in scan.people.values():
        if p.canonical.count(" ") == 1 and p.first:  # two-word names ("Josh Apte"), not "Mary E. Lovely"
            by_last.setdefault(p.last, []).append(p)
    if len(by_last) == sum(len(same) for same in by_last.values()):
        return  # no surname borne twice (most articles)
    merged: dict[str, str] = {}
    for same in by_last.values():
        if len(same) != 2:
            continue  # one bearer (most surnames), or three: which of them a short form means is not certain
        short, full = sorted(same, key=lambda p: len(p.first))
        if (
            len(short.first) >= _MIN_SHORT
            and len(full.first) > len(short.first)
            and full.first.startswith(short.first)
            and full.first[len(short.first) :].isalpha()
            and full.first[len(short.first) :].islower()
            and not (short.gender and full.gender and short.gender != full.gender)
            and short.canonical not in scan.kin
            and full.canonical not in scan.kin
            and not _named_together(scan, short.canonical, full.canonical)
        ):
            merged[short.canonical] = full.canonical
    merge_people(scan, merged)


def _named_together(scan: Scan, a: str, b: str) -> bool:
    """True when one sentence names both ("Chris Ward and Christine Ward signed the letter"): two people."""
    sentences = {m.sentence for m in scan.raw if m.canonical == a}
    return any(m.sentence in sentences for m in scan.raw if m.canonical == b)
