"""The cues that pick a verb's subject: words that end a timing phrase, places that are not states, agents acting for
others, reported and quoted clauses. `_action_subjects.SentenceBase` reads them.
"""

from __future__ import annotations

from summariser._lazy_re import lazy_re
from summariser._trie import words

_OFFICE_TAILS = ("office", "spokesperson", "spokesman", "spokeswoman")
_TIMING_TAILS = frozenset(
    words(
        "week weekend month year years days weeks months ago morning afternoon evening night yesterday today tomorrow"
    )
)


def _may_end_timing(text: str, pos: int) -> bool:
    """Cheap test before computing timing phrases: does the word ending at `pos` end one ("Monday", "2026", "week")?"""
    start = pos
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    word = text[start:pos]
    return word[:1].isupper() or word.isdigit() or word.lower() in _TIMING_TAILS


# verbs a speaker does, not the subject of what the speaker reported
_COMMUNICATIVE = lazy_re(r"\s*(?:urged|called|warned|demanded|asked|insisted|criticised|criticized|pressed)\b")
# places that are not states acting: a city or a continent "which blocked" nothing
_NOT_STATES = frozenset(
    (
        "EU",
        "Europe",
        "London",
        "Paris",
        "Washington",
        "Brussels",
        "Dublin",
        "Canberra",
        "New Delhi",
        "California",
        "Texas",
    )
)
_AGENTS_FOR = lazy_re(
    r"\b(?:[Ll]awyers|[Cc]ounsel|[Aa]ttorneys|[Oo]fficers|[Oo]fficials|[Ii]nvestigators|[Dd]etectives|[Aa]gents)"
    r"\s+(?:for|from|of|representing)\s+(?:the\s+)?$"
)
# the tail ends at a conjunction: "put Hawk Sawyer in charge and ordered …" has Barr order, not Hawk Sawyer
# a reported clause in the past perfect ("said the company had failed … and gave it"): the next plain past verb
# goes with the speaker, not with the reported subject
_BACKSHIFTED = lazy_re(r"\s+had\s+(?:\w+ly\s+)?(?:not\s+)?[“\"‘']?\w+(?:ed|en|t)\b")
_PREP_TAIL = lazy_re(
    r"\s(?:from|of|at|across|in|on)\s+(?:(?!\b(?:and|or|but|then|that|which|who|whether|if|how|why|what|when)\b)[^,;.“”\"]){1,50}$"
)
_MEMBERS_OF = lazy_re(r"\s+(?:from|of)\s+(?:the\s+)?")
_REPORTED_OPENERS = frozenset(words("will would shall should must could may might has have had is are was were"))
_CUE_BEFORE_QUOTE = frozenset(words("to will would shall should must could may might can"))
_OPENING_MARKS = frozenset('“‘"')
_OWN_AUX = lazy_re(r"\b(?:have|has|had|is|are|was|were)\b")


def _quoted_snippet(text: str, start: int) -> str:
    """Up to 30 characters of the quotation from `start`, stopping at its closing mark ("We are investigating," …):
    words past the quote would never be found in the quote's text."""
    chunk = text[start : start + 30]
    close = min((k for k in (chunk.find("”"), chunk.find('"')) if k > 0), default=-1)
    if close > 0:
        return chunk[:close].rstrip(",.;:!? ")
    return chunk.rsplit(" ", 1)[0]


# a call whose content is a clause: the actors inside that clause do not act ("urged that Ofcom be given …")
_THAT_AFTER = lazy_re(r"\s+that\b")
