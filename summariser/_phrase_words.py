"""Word tests on a speaker phrase: a name as an object inside it ("critics of X"), titles before one name, its
mentions blanked, the one person a set of attributions names."""

from __future__ import annotations

from summariser._lazy_re import first_chars, lazy_re
from summariser._names import NameIndex
from summariser._speaker_patterns import Attribution
from summariser._text import word_set

# a preposition right before a name inside a speaker phrase: the name completes another noun ("critics of X")
_OBJECT_WORDS = frozenset({"of", "for", "to", "with", "against", "about", "from"})
_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose"})
# -ing words that qualify a name rather than take it as an object ("the acting chair Jane Reid")
_ING_TITLES = word_set(
    "outgoing incoming leading ruling sitting serving acting governing founding reigning presiding long-serving "
    "visiting"
)

# a named owner before an organisation: "Elon Musk's xAI", "Alphabet's Google"
OWNER_LEAD = lazy_re(r"(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*['’]s\s+", first=first_chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))

# lower-case words and acronyms only, with an "and": the titles before one person's name, not a second person
TITLES_ONLY = lazy_re(
    r"(?:(?:[a-z][\w-]*|[A-Z]{2,6})\s+)*?[a-z][\w-]*(?<!s)\s+and\s+(?:(?:[a-z][\w-]*|[A-Z]{2,6})\s+)+"
)


def blanked(phrase: str, blanks: list[tuple[int, int]]) -> str:
    """The phrase with its mentions blanked: "and Lindsey Graham" outside any name is joint; built only for phrases
    with "and" or "&" (list slice assignment, as a mention may run past the phrase's end)."""
    bare = list(phrase)
    for at, size in blanks:
        bare[at : at + size] = " " * size
    return "".join(bare)


def one_person(found: list[Attribution], index: NameIndex) -> Attribution | None:
    """The one person the attributions name, when every named speaker among them is that person."""
    names = {a.speaker for a in found if a.speaker is not None}
    if len(names) != 1:
        return None
    only = next(iter(names))
    return next((a for a in found if a.speaker == only), None) if index.is_person(only) else None


def object_of(before: str) -> bool:
    """True when the words of a speaker phrase before a name make it an object, not the speaker: a preposition
    ("critics of Elon Musk", "close to Ms Reid"), a relative clause ("a charity that has criticised Elon Musk") or a
    participle ("the man suing Elon Musk")."""
    words = before.split()
    if not words:
        return False
    last = words[-1].lower()
    if last in _OBJECT_WORDS or (
        last.endswith("ing")
        and last.isalpha()
        and last not in _ING_TITLES
        and before.endswith(" ")
        and not before.endswith("  ")
    ):
        return True
    return any(w.lower() in _RELATIVE_WORDS for w in words)
