"""The cues that pick a verb's subject: words that end a timing phrase, places that are not states, agents acting for
others, reported and quoted clauses. `_action_subjects.SentenceBase` reads them.
"""

from __future__ import annotations

from collections.abc import Callable

from summariser._action_rules import _possessive_follows
from summariser._actor_patterns import ActorSpan, after_preposition
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
    if word.isdigit():
        return True
    lowered = word.lower()
    if lowered in _TIMING_TAILS:
        return True
    # a capitalised word ends a timing phrase only as a month or a day ("Ofcom", "Kendall" never do): the sentence's
    # timing phrases are then not found at all for most verbs after a name (a non-ASCII word keeps the old answer)
    return word[:1].isupper() and (lowered in _TIMING_LAST_WORDS or not word.isascii())


# every word a timing phrase (`_timing._TIMING`, case-insensitive) can end with, besides numbers: months and their
# abbreviations, days, and the period and time-of-day words
_TIMING_LAST_WORDS = frozenset(
    words(
        "january february march april may june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec "
        "monday tuesday wednesday thursday friday saturday sunday "
        "morning afternoon evening night yesterday today tomorrow tonight "
        "week month year weekend summer autumn spring winter fall quarter term session parliament "
        "day days weeks months years hours ago effect immediately"
    )
)


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
    r"\s+(?:for|from|of|in|at|representing)\s+(?:the\s+)?$"
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
# "Several states, including California and Arizona," before a verb: the listed members act, each
_INCLUDING = lazy_re(r"\b[a-z]+s,\s+including\s+[^,;]{2,80}$")
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


# a pronoun's fused auxiliary ("we've", "they're", "she'd", "it's"): the verb after it has the pronoun as subject
_APOSTROPHES = "'’"
_WILL = ("'ll", "’ll")


def contracted_subject(text: str, pos: int, ends: dict[int, ActorSpan]) -> ActorSpan | None:
    """A pronoun fused with its auxiliary: "We've issued" (the verb at `pos`), "we'll look" (`pos` at the cue word
    itself, where the modal sits inside the pronoun's word). `ends` maps span ends to the sentence's actor spans."""
    end = pos
    while end > 0 and text[end - 1].isspace():
        end -= 1
    # character tests, not a pattern: this runs for every subject looked up
    mark = -1
    if end >= 2 and text[end - 2] in _APOSTROPHES and text[end - 1] in "sd":
        mark = end - 2  # "she's", "we'd"
    elif end >= 3 and text[end - 3] in _APOSTROPHES and text[end - 2 : end] in ("ve", "re"):
        mark = end - 3  # "we've", "they're"
    if mark >= 0:
        span = ends.get(mark)
        return span if span is not None and span.kind == "pronoun" else None
    if text.find("ll", pos + 1, pos + 7) >= 0:  # "we'll", "I'll", "they’ll"
        after = pos
        while after < len(text) and text[after].isalpha():
            after += 1
        span = ends.get(after)
        if span is not None and span.kind == "pronoun" and span.start == pos and text.startswith(_WILL, after):
            return span
    return None


# ", who chairs …": a relative clause whose own commas the parenthetical pattern does not span
_RELATIVE_OPEN = lazy_re(r",\s+(?:who|which|whose)\s")


def _open_relative(text: str, comma: int) -> int | None:
    """Where a relative clause closing at the comma at `comma` opens (its own comma), up to 200 characters back."""
    found = None
    for m in _RELATIVE_OPEN.finditer(text, max(0, comma - 200), comma):
        found = m.start()
    if found is None or any(ch in text[found:comma] for ch in '“”";'):
        return None
    return found


# a span right after a quoted verb phrase is its object: said the government “fully backs” the commissioner
_AFTER_QUOTED = lazy_re(r"\w[”\"’]\s+(?:the\s+)?$")
# "Labour MPs on the committee", "Priyanka Chaturvedi of the Shiv Sena": the preposition after a group or person
_HOLDER_PREP = lazy_re(r"\s+(?:on|of|from|at|in)\s+(?:the\s+)?$")
# "Priyanka Chaturvedi of the Shiv Sena (UBT)": a name's party or body, in capitals, before a bracket
_OF_PARTY = lazy_re(r"\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}")
# titles written after a name: "Sioned Pritchard MS", "Jonathan Price KC", "Frank Pallone Jr."
_POSTNOMINAL = lazy_re(r"\s+(?:MP|MS|MSP|MEP|TD|MLA|KC|QC|AM|Jr\.?|Sr\.?)$")


def postnominal_start(text: str, pos: int) -> int:
    """Where a post-nominal title ending at `pos` starts (the name's end), or -1 when none ends there."""
    last = text[pos - 1 : pos]
    if not (last.isupper() or last == "."):
        return -1  # cheap test first: a post-nominal title ends in a capital ("MS", "KC") or a full stop ("Jr.")
    m = _POSTNOMINAL.search(text, max(0, pos - 5), pos)
    return m.start() if m is not None else -1


def holder_before(
    text: str, span: ActorSpan, ends: dict[int, ActorSpan], is_subject: Callable[[ActorSpan], bool]
) -> ActorSpan | None:
    """ "Labour MPs on the science and technology committee": the group or person a prepositional phrase (whose own
    words may hold an "and") describes, when it is a subject."""
    m = _HOLDER_PREP.search(text, max(0, span.start - 12), span.start)
    head = ends.get(m.start()) if m is not None else None
    return head if head is not None and head.kind in ("group", "person") and is_subject(head) else None


def person_before_bracket(
    text: str, end: int, spans: list[ActorSpan], is_subject: Callable[[ActorSpan], bool]
) -> ActorSpan | None:
    """ "Priyanka Chaturvedi of the Shiv Sena (UBT), who wrote …": the person before a party in brackets ending at
    `end`, when only capitalised words stand between the name and the bracket."""
    if text[end - 1 : end] != ")":
        return None
    opened = text.rfind("(", max(0, end - 40), end)
    while opened > 0 and text[opened - 1].isspace():
        opened -= 1
    for head in reversed(spans):
        if head.end <= opened:
            fits = head.kind == "person" and _OF_PARTY.fullmatch(text, head.end, opened) is not None
            return head if fits and is_subject(head) else None
    return None


def whole_appositive(text: str, span: ActorSpan) -> bool:
    """Is `span` all there is between two commas (", the Garante,")?"""
    prev = text.rfind(",", max(0, span.start - 8), span.start)
    # ", the IMY,": an acronym span leaves its article outside
    return prev >= 0 and text[prev + 1 : span.start].strip() in ("", "the")


def _only_adverb(words: str) -> bool:
    """Nothing, or one "-ly" word: what may stand between an opening mark and a verb ("“formally requested”")."""
    return not words or (" " not in words and words.endswith("ly"))


# "The notice, issued last week under the Online Safety Act, gave …": a participle phrase set off by commas
_PARTICIPLE_OPEN = lazy_re(r",\s+(?:issued|adopted|published|sent|signed|approved|passed|introduced|filed|made)\s")


def _open_participle(text: str, comma: int) -> int | None:
    """Where a participle phrase closing at the comma at `comma` opens (its own comma), up to 160 characters back."""
    found = None
    for m in _PARTICIPLE_OPEN.finditer(text, max(0, comma - 160), comma):
        found = m.start()
    return found


def follows_document(text: str, pos: int, ends: dict[int, ActorSpan]) -> bool:
    """Does `pos` follow "The notice," (a document subject and its comma) directly?"""
    end = len(text[:pos].rstrip())
    span = ends.get(end - 1) if text[end - 1 : end] == "," else None
    return span is not None and span.ref[:4] == "doc:"


def main_subject(spans: list[ActorSpan], text: str, before: int) -> ActorSpan | None:
    """The first actor before `before` that is neither a place, a preposition's object nor a possessor."""
    for span in spans:
        if span.start >= before:
            break
        if span.kind != "place" and not after_preposition(text, span.start) and not _possessive_follows(text, span.end):
            return span
    return None
