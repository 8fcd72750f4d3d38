"""What a clause reports rather than asserts, and how a report changes an action: a checked claim or an indirect
question holds no act ("The claim that Poland has banned Grok … is false", "asked when Ofcom would issue …"); a speech
verb before a body's clause is speech, the clause the act ("revealed that eSafety had registered a code"); an
official's letter that asks the company to change course is a call; some verbs are acts only when a court does them.
Split from `_action_clauses`, whose `SentenceContext` uses these.
"""

from __future__ import annotations

from summariser._action_rules import Hit
from summariser._lazy_re import lazy_re

# an official's letter asking the company to act, not to explain: "written to X asking it to disable …"
LETTER_DEMANDS = lazy_re(
    r"[^.;]{0,100}?\b(?:asking|urging|calling\s+on|demanding)\s+(?:it|them|X|xAI|the\s+(?:company|platform|firm))\s+"
    r"to\s+(?!(?:explain|provide|set\s+out|describe|confirm|account|answer|justify|clarify|detail|share|hand\s+over"
    r"|disclose|submit|respond|reply|say|state|outline|supply|give|send|produce|preserve)\b)[a-z]"
)
# verbs that report a clause: "revealed that eSafety had registered a code" is speech; the registering is the act
SPEECH_LIKE = frozenset(("confirm", "reveal", "disclose"))


# "has fined companies before.": a perfect that ends its sentence on "before" tells a habit, not an act of the story
BEFORE_AT_END = lazy_re(r"[^.;:,“”\"]{0,80}?\s(?:before|in\s+the\s+past)[.!]?[”\"]?\s*$")
# "The report, titled …, was launched … by the Nordic Digital Policy Forum": a document and its author by "by"
DOCUMENT_BY = lazy_re(
    r"(?:The|A|An|Its|Their)\s+(?:[\w'’-]+\s+){0,3}?(?:report|letter|communiqué|statement|declaration|study|paper"
    r"|petition|resolution|manifesto|white\s+paper)\b[^.;]*?\b(?:published|launched|issued|written|signed|released"
    r"|commissioned|drafted|produced|tabled)\s+(?:[^.;]{0,60}?\s)?by\s+"
)
# the sentence opens on the document's "It": "It calls on …", "It also urges …"
IT_OPENS = lazy_re(r"It\s+(?:also\s+)?")
# verbs that are acts only when a court does them (an appeals court "affirmed in July")
COURT_ONLY = frozenset(("affirm", "reverse", "vacate", "remand"))
COURT_NAME = lazy_re(r"\b(?:Court|Circuit|Tribunal|court|Justice|Judge)\b")
# "confirmed that eSafety issued X with a notice": a body's act in simple past reported by someone else
THAT_BODY_DID = lazy_re(r"\s+that\s+(?:the\s+)?(?:(?:[A-Z]|[a-z]+[A-Z])[\w'’&-]*\s+){1,5}[a-z]+ed\b")
# clauses that report no act: a claim being checked, an indirect question, what someone demands be done ("demanded
# that Ofcom hit the firm with the maximum fine" is the demand, not Ofcom's act)
NOT_ASSERTED = lazy_re(
    r"\b(?:(?:[Tt]he|[Aa]|[Tt]his|[Tt]hat)\s+(?:\w+\s+)?(?:claims?|rumou?rs?|allegations?|suggestions?)\s+that"
    r"|(?:asked|asking|asks|wondered|wondering|questioned)\s+(?:\w+\s+){0,3}?(?:when|whether|if|why|how)"
    r"|(?:demanded|demanding|demands|insisted|insisting|insists)\s+that)\s"
)


def may_not_assert(lowered: str, words: set[str]) -> bool:
    """Cheap substring tests before `NOT_ASSERTED` is searched: a claim noun before "that", or an asking verb and a
    question word."""
    if "that" in words and (
        "claim" in lowered
        or "rumo" in lowered
        or "allegation" in lowered
        or "suggestion" in lowered
        or "demand" in lowered
        or "insist" in lowered
    ):
        return True
    return ("ask" in lowered or "wonder" in lowered or "question" in lowered) and not words.isdisjoint(_QUESTION_WORDS)


_QUESTION_WORDS = frozenset(("when", "whether", "if", "why", "how"))


def not_asserted(text: str, pos: int) -> bool:
    """Is `pos` inside a claim's "that" clause or an indirect question opened at most 80 characters before, with no
    clause break between?"""
    for m in NOT_ASSERTED.finditer(text, max(0, pos - 80), pos):
        if not any(mark in text[m.end() : pos] for mark in (";", ". ", "—", " but ")):
            return True
    return False


# a minister's letter is an official's ("the federal minister for digital affairs", "Secretary of State")
_MINISTER_ROLE = lazy_re(r"\b(?:[Mm]inister|[Ss]ecretary\s+(?:of\s+[Ss]tate|for)|[Cc]abinet\s+[Ss]ecretary)\b")
# an official's letter that urges, or that goes to another authority rather than the company, is a call
# ("written to the UK Technology Secretary urging her to press Ofcom", "written to the Welsh Government asking for
# guidance"); one to the company asking how or what is an inquiry
_LETTER_TO_AUTHORITY = lazy_re(
    r"\s+to\s+(?:the\s+)?(?!X\b|xAI\b)(?:[A-Z][\w'’.-]*\s+){0,4}?(?:[Gg]overnment|Secretary|Minister|Commission"
    r"|Parliament|Congress|Chancellor|Taoiseach|Premier|President)\b(?:\s+[A-Z][\w'’-]*){0,3}"
    r"(?:\s+(?:in|on|last|this|earlier|on)\b[^.;,]{0,30}?)?,?\s+(?:asking|seeking|requesting|urging|calling)\b"
)
_LETTER_URGES = lazy_re(r"[^.;]{0,140}?\b(?:urging|calling\s+on)\s+\w+\s+to\b")


# a minister's letter "demanding information" is still a demand (unlike one "asking what it was doing")
_LETTER_DEMANDING = lazy_re(r"[^.;]{0,140}?\bdemanding\b")


def minister_asks(role: str | None, text: str, end: int) -> bool:
    """True when a minister's (or secretary of state's) letter, its verb ending at `end`, asks rather than demands."""
    return role is not None and _MINISTER_ROLE.search(role) is not None and not _LETTER_DEMANDING.match(text, end)


def letter_calls(text: str, end: int) -> bool:
    """True when an official's letter (its verb ends at `end`) urges someone or asks another authority to act."""
    return _LETTER_URGES.match(text, end) is not None or _LETTER_TO_AUTHORITY.match(text, end) is not None


# "until the company can show it has fixed the problem": a condition still to be met, no act of the company's
SHOWN_DONE = lazy_re(
    r"\b(?:show|shows|prove|proves|demonstrate|demonstrates)\s+(?:that\s+)?(?:it|they|the\s+\w+|X)\s+(?:has|have)"
    r"\s+(?:\w+ly\s+)?$"
)


# "He warned that the commission would not hesitate to impose sanctions": the body's threat, told by its chairman
_WARNED_THAT = lazy_re(r"\s+that\s+(?:[\w'’-]+\s+){1,5}")


def reported_warning(hit: Hit, found: list[Hit], text: str) -> bool:
    """Is `hit` a warning whose clause holds another actor's threat (the threat is the act, the warning its report)?"""
    return hit.key == "warn" and any(
        other.actor != hit.actor
        and other.status == "threatened"
        and other.start > hit.verb_end
        and _WARNED_THAT.fullmatch(text, hit.verb_end, other.start) is not None
        for other in found
    )
