"""Titles the lexicon does not know before a name: "Tánaiste Simon Harris", "Landrat Peter Müller"."""

from __future__ import annotations

from summariser._givennames import gender_of_first_name
from summariser._namelex import HONORIFICS, NON_PERSON
from summariser._people import Tok
from summariser._text import word_set

# given names often borne as a second given name after a first one the list lacks ("Bola Ahmed Tinubu", "Carrie Ann
# Inaba", "Billie Jean King"): after those the first word is a given name, not a title
_SECOND_GIVEN = word_set(
    "ahmed ahmad mohammed mohamed muhammad mohammad ali hassan ibrahim omar yusuf abdul maria marie jean jose ann anne "
    "mae lee lynn jo sue kay beth louise elizabeth rose grace jane michael james john paul ray joe bob lou dee leigh "
    "marie jo anna lynne joy may"
)


def unknown_title(text: str, toks: list[Tok]) -> bool:
    """A capitalised word the lexicon does not know before a known given name and a surname ("Tánaiste Simon Harris").

    Not when the first word is a known given name ("Kwame Anthony Appiah"), nor before a given name often borne as a
    second one ("Bola Ahmed Tinubu").
    """
    first, given, last = toks[0][0], toks[1][0], toks[2][0]
    return (
        toks[1][1] == toks[0][2] + 1
        and toks[2][1] == toks[1][2] + 1
        and not first.endswith(".")
        and first.rstrip(".") not in HONORIFICS
        and first not in NON_PERSON
        and gender_of_first_name(first) is None
        and gender_of_first_name(given) is not None
        and given.lower() not in _SECOND_GIVEN
        and gender_of_first_name(last) is None
        and text[toks[0][2]] == " "
    )
