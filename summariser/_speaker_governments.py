"""Which government "the government" or "a government spokesperson" means: the UK's by default, another that the
article has just named ("The Scottish Government has …"), or nobody when two are in view."""

from __future__ import annotations

from summariser._lexicon.actors import GOVERNMENTS
from summariser._text import lazy_pattern

_DEFAULT = "UK government"
# a government named by its country: "the French government", "Japan's government", "the Scottish Government", "the
# government of India" (the country in either group)
_NAMES = sorted(GOVERNMENTS, key=len, reverse=True)
_GOVERNMENT = lazy_pattern(
    rf"\b(?:(?P<adj>{'|'.join(_NAMES)})(?:['’]s)?\s+(?:[a-z]+\s+)?[Gg]overnment|"
    rf"[Gg]overnment\s+of\s+(?P<of>{'|'.join(_NAMES)}))\b"
)


# a country named as the speaker stands for its government, where the annotated sets name that government: "The UK
# has urged …", "Britain said …" (an adjective, "British", names no one alone)
COUNTRY_GOVERNMENTS = {
    prefix + name.lower(): government
    for name, government in GOVERNMENTS.items()
    if government.endswith("government") and not name.endswith("sh")
    for prefix in ("", "the ")
}


def government_in_view(masked: list[str], para: int, start: int) -> str | None:
    """The government meant by a bare "government" at (para, start): the one named in this paragraph (before
    `start`) or the one before when only one is, the UK's when none is; None for two, or for a country's government
    (the annotated sets name no convention for "France" speaking)."""
    texts = [masked[para - 1]] if para else []
    texts.append(masked[para][:start])
    named: set[str] = set()
    for text in texts:
        if "overnment" not in text:
            continue
        for m in _GOVERNMENT().finditer(text):
            named.add(GOVERNMENTS[m.group("adj") or m.group("of")])
    if not named:
        return _DEFAULT
    if len(named) > 1:
        return None
    found = named.pop()
    return found if found.endswith("government") else None
