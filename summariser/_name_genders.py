"""Genders the article's pronouns give its people: "Kendall said she would act", "'…,' she said." after a name."""

from __future__ import annotations

import re

from summariser._lazy_re import first_chars, lazy_re
from summariser._people import RawMention, Scan
from summariser._text import Document

# the look-ahead (h or s, in any case) lets `re` skip other positions before trying \b and the words
PRONOUN_RE = lazy_re(
    r"(?=[hs])\b(?:(he|his|him)|(she|her|hers))\b", re.IGNORECASE, first=first_chars("hs", ignore_case=True)
)


def genders_from_pronouns(doc: Document, scan: Scan) -> None:
    """Give each person whose gender is still unknown the one their pronouns agree on."""
    # "Kendall said she would act": one person in the sentence and a gendered pronoun after them
    if all(p.gender is not None for p in scan.people.values()):
        return  # no one left to give a gender (the genders do not change while the votes are counted)
    by_sentence: dict[int, list[RawMention]] = {}
    for m in scan.raw:
        if m.kind == "person":
            by_sentence.setdefault(m.sentence, []).append(m)
    votes: dict[str, set[str]] = {}
    for idx, ms in by_sentence.items():
        first = scan.people.get(ms[0].canonical)
        if first is None or first.gender is not None:
            continue  # votes go to the sentence's first person only, and count only for one of unknown gender
        if len(ms) > 1 and len({m.canonical for m in ms}) != 1:  # (one mention: one name, no set needed)
            # "the Green Kim Weel, said she would ask Virkkunen": the pronoun right after the first name's own
            # speech verb, before anyone else is named, is theirs
            own = _SAID_OWN.match(doc.sentences[idx].text, ms[0].end)
            if own is not None and own.end() <= ms[1].start:
                votes.setdefault(ms[0].canonical, set()).add("m" if own.group(1).lower() == "he" else "f")
            continue
        text = doc.sentences[idx].text
        # "Her coach, Tomas Berg, said the injury would not end her season": a woman named just before is who
        # "her" may mean, so her gender is no vote for his
        near: set[str | None] | None = None  # worked out only for the few sentences that have a pronoun
        for pm in PRONOUN_RE.finditer(text, ms[0].end):
            if near is None:
                near = {_known_gender(scan, m.canonical) for i in range(idx - 3, idx) for m in by_sentence.get(i, ())}
            gender = "m" if pm.group(1) else "f"
            # "Edson Álvarez said he supported it": the pronoun right after the name's own speech verb is theirs,
            # whoever was named before
            if gender not in near or _SAID_THEN.fullmatch(text, ms[0].end, pm.start()):
                votes.setdefault(ms[0].canonical, set()).add(gender)
        nxt = idx + 1
        if nxt < len(doc.sentences) and nxt not in by_sentence:
            # "Noeline Blackwell, …, said the inquiry was overdue. '…,' she said.": the next sentence of the
            # paragraph names no one and its quote is attributed to a pronoun
            sent = doc.sentences[nxt]
            # (or the paragraph after, when it opens on the quote: "… told us the order was overdue. / '…,' he said")
            gap = sent.paragraph - doc.sentences[idx].paragraph
            said = _SAID_PRONOUN.search(sent.text) if gap == 0 or (gap == 1 and sent.text[:1] in _OPENERS) else None
            if said is not None:
                if near is None:
                    near = {
                        _known_gender(scan, m.canonical) for i in range(idx - 3, idx) for m in by_sentence.get(i, ())
                    }
                gender = "m" if said.group(1).lower() == "he" else "f"
                if gender not in near:
                    votes.setdefault(ms[0].canonical, set()).add(gender)
    for name, genders in votes.items():
        person = scan.people.get(name)
        if person and person.gender is None and len(genders) == 1:
            person.gender = next(iter(genders))


_SAID_THEN = lazy_re(
    r"\s+(?:said|says|told\s+\w+|added|insisted|argued|warned|stated|believes|believed|thinks|thought)\s+(?:that\s+)?"
)
_SAID_OWN = lazy_re(r",?\s+(?:said|says|added|told\s+\w+|insisted|argued|warned)\s+(?:that\s+)?(he|she)\b")
_SAID_PRONOUN = lazy_re(r"[,?!][”\"’']\s+(he|she)\s+(?:said|says|added|adds|told|tells|wrote|writes)\b")


_OPENERS = "\"“‘'"


def _known_gender(scan: Scan, name: str) -> str | None:
    person = scan.people.get(name)
    return person.gender if person is not None else None
