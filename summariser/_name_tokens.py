"""Name tokens and capitalised runs: the letters, particles and shapes of people's names in any Latin script.

Czech, Polish, Turkish, Romanian, Baltic, Vietnamese, Greek and Cyrillic letters ("Věra Jourová", "Ahmet Yılmaz"),
particles ("Bato dela Rosa", "Seán Ó Fearghaíl", "Omar al-Rashid") and hyphenated names ("Park Jae-hoon").
"""

from __future__ import annotations

from summariser._lazy_re import lazy_re
from summariser._text import UPPER_LETTERS

# the same blocks as `_text.UPPER_LETTERS` plus Latin Extended Additional (Vietnamese "Nguyễn"); "ß" has no capital
LOWER_LETTERS = "".join(
    c
    for r in ((0xDF, 0x250), (0x370, 0x400), (0x400, 0x530), (0x1E00, 0x1F00))
    for c in map(chr, range(*r))
    if c.islower()
)
# Latin, Greek and Cyrillic letters beyond Latin-1 too: "Věra Jourová", "Łukasz Nowak", "Ahmet Yılmaz"
_UP = "A-Z" + UPPER_LETTERS
# titles written with a full stop before a name ("Mr. Brooks", "Sen. Cruz", "Hon. Ada Obi"): one token with it
DOTTED_TITLES = ("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Prof", "St", "Hon")
_LOW = "a-z" + LOWER_LETTERS
_TOKEN = (
    rf"(?:(?:{'|'.join(DOTTED_TITLES)})\.|[{_UP}]\.|"
    rf"[A-Z]{{2,5}}(?=\s+[{_UP}][{_LOW}])|[B-HJ-WYZ](?=\s[{_UP}])|(?:Mc|Mac|O['’]|D['’]|Di['’]|[ae]l-)?[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)?(?:-[{_UP}]?[{_LOW}]+)*)"
)
# lower-case particles inside people's names ("Bato dela Rosa", "Siti Aisyah binti Abdullah"), and the Irish "Ó"
# (the surname particles that may also open a sentence capitalised, then the Arabic "ibn" and Welsh "ap"/"ab")
NAME_PARTICLES = (
    *("de", "da", "di", "do", "das", "dos", "della", "delli", "dela", "van", "von", "der", "den", "ter"),
    *("du", "le", "la", "del", "bin", "binti", "bint"),
)
_PARTICLES = "|".join((*NAME_PARTICLES, "ibn", "ap", "ab"))
RUN_RE = lazy_re(
    rf"[{_UP}][\w’'.&-]*(?:\s+(?:(?:{_PARTICLES}|Ó|of|for|and|&|the)\s+)*"
    rf"(?:[ae]l-)?[{_UP}][\w’'.&-]*)*"
)
GLUE = lazy_re(rf"\s+(?:(?:{_PARTICLES}|Ó|of|for|and|&|the)\s+)*")
PARTICLE = lazy_re(rf" (?:{_PARTICLES}|Ó) | [ae]l-")
# every alternative opens on a capital: the look-ahead lets `re` reject other positions before trying them all
TOKEN_RE = lazy_re(rf"(?=[{_UP}]|[ae]l-[{_UP}]){_TOKEN}")
