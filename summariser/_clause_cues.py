"""The cues that place an action clause: which words end a subject, which tense and modal contexts set an action's
status, and which words open an actor as object. `_action_clauses.SentenceContext` reads them.
"""

from __future__ import annotations

import re

from summariser import _action_patterns as P
from summariser._actor_patterns import ActorSpan
from summariser._lazy_re import lazy_re
from summariser._lexicon.actors import COUNTRY_CUES, GROUPS
from summariser._model import ActionStatus
from summariser._trie import words

# last words of references and groups that can be subjects, and words after which a subject is shared
_SUBJECT_TAIL_WORDS = (
    frozenset(
        words(
            "it they he she we state government administration executive ministers regulator watchdog agency company "
            "firm "
            "platform network site app startup start-up maker ministry department commission court judge judges "
            "tribunal foundation charity group organisation party office offices campaigners charities groups "
            "general minister secretary commissioner president chancellor senator spokesperson spokesman "
            "spokeswoman executive prosecutors authorities regulators police and but or then which that who "
            # last words of a group's prepositional tail: "senators from both parties", "MPs on the committee"
            "parties sides committee subcommittee groups countries "
            # descriptions the actor finder resolves ("The alliance has written to Ofcom", "the board fined X")
            "alliance coalition board council network institute trust society association federation bureau authority "
            "centre center forum inspectorate ombudsman organization officials "
            # plurals naming a listed set again ("The three governments also called for …": `_actor_lists`)
            "governments watchdogs agencies bodies states nations capitals organisations organizations commissioners"
        )
    )
    | frozenset(group.split()[-1].lower() for group in GROUPS)
    | frozenset(
        # contracted pronouns mid-sentence ("and we'll fine them", "they've written"), straight and curly
        form
        for short in words(
            "we've we're we'd we'll i've i'd i'll i'm they've they're they'd they'll she's he's it's she'd he'd"
        )
        for form in (short, short.replace("'", "’"))
    )
)
_NEEDS_ACTOR_OBJECT = frozenset(("urge", "ask", "expect", "want", "press", "tell"))
_OBJECT_START = lazy_re(
    r"\s+(?:on\s+|upon\s+)?(?:(?P<officials>officials|civil servants|staff|him|her|them|it|us|regulators|authorities"
    r"|lawmakers|legislators|ministers|Congress|Parliament"
    r"|(?:a|the)\s+(?:federal\s+|district\s+|high\s+|appeals\s+)?(?:judge|court))\b)?"
)


_PERFECT_TAILS = ("has ", "have ", "had ", "ever ")
_PENDING = lazy_re(r"\b(?:before|until|till|once)\s+(?:it|they|the\s+\w+|\w+)\s+$")
_FUTURE_ONLY = frozenset(("appear",))
_PERFECT = lazy_re(r"\b(?:has|have|had)\s+(?:\w+ly\s+|also\s+|now\s+|already\s+)*$")
_NOW_BEFORE = lazy_re(r"\bnow\s+$")
_WE_NOW = lazy_re(r"\b[Ww]e\s+(?:now|also|already)?\s*$")


# "expected to reach a view by the spring", "expected the amendments to be debated before Easter": the subject's plan
_EXPECTS = lazy_re(
    r"\s+(?:to\s+(?P<verb>[a-z]+)\b|(?:the|its|their|her|his|a|an|new)\s+(?:[\w-]+\s+){0,2}?(?:amendments?|bill|law"
    r"|legislation|offence|rules|ban|regulations|changes|measures|order|findings|decision|report|guidance|review)"
    r"\s+to\s+be\s+[a-z]+ed\b)"
)
_PLAN_AFTER_EXPECT = frozenset(
    words("reach complete finish finalise lay publish decide conclude announce issue report")
)


def _expects_plan(text: str, start: int, end: int) -> bool:
    m = _EXPECTS.match(text, end)
    if m is None or P.PASSIVE_AUX.search(text, max(0, start - 40), start):
        return False  # "is expected to": the cue table makes the next verb planned
    verb = m.group("verb")
    return verb is None or verb in _PLAN_AFTER_EXPECT


# "ask the courts to …", "apply to a court for …": a regulator's threat when it only can or could
_TO_COURT = lazy_re(r"\s+(?:to\s+)?(?:the\s+|a\s+)?(?:courts?|judge)\b", re.I)
_PROPOSED_PENALTY = lazy_re(
    r"\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,2}?(?:fine|penalty|penalties|sanctions?|ban|requirements)\b", re.I
)
_CAPABILITY = lazy_re(r"\b(?:power|powers|ability|authority|right|means|tools?)\s+$", re.I)
_SMALL_CLAUSE = lazy_re(r"\b(?:ordered|wanted|found|declared|kept|left|saw|deemed|rendered|had|got)\s+$")
_GIVEN_POWER = lazy_re(r"\b(?:give|gives|gave|given|giving|grant|grants|granted|hand|hands|handed)\s+(?:\S+\s+){1,3}$")
# lower-case words an actor can start with (everything else that can be an actor starts with a capital)
_OBJECT_OPENERS = frozenset(
    words(
        "the its his her their it they ministers campaigners charities consumer women's victims' child online "
        "cross-party senior opposition state backbenchers peers senators lawmakers legislators"
    )
)
_LIST_AND = lazy_re(r"\b(?:and|or)\b")
_LAWMAKING = frozenset(words("ban outlaw criminalise criminalize"))
# "is drafting a bill" is a law still being written: a plan, like weighing one
_WEIGHING_NOW = frozenset(words("consider examine weigh explore study draft"))
_SUMMONS = lazy_re(
    r"\s+(?:\S+\s+){0,3}?(?:representatives|executives|witnesses|bosses|officials|him|her|them|Mr\s+\w+|Ms\s+\w+)"
    r"\s+to\s+(?:give\s+evidence|appear|testify)"
)
_TELLING = frozenset(words("confirm reveal comment respond say disclose discuss specify detail answer share give"))
# a progressive denied: "is not seeking", "were not currently planning"
_NOT_ING = lazy_re(r"\b(?:is|are|was|were)\s+not\s+(?:currently\s+|yet\s+|now\s+|actively\s+)?$")


def _refusal_cue(text: str, start: int, form: str) -> bool:
    """ "she would not ask public bodies to leave": a refusal needs no actor as object."""
    if form != "base":
        return False
    cue = P.modal_cue(text, start)
    return cue is not None and cue[0] == "neg"


def _quotable(subject: ActorSpan | None, status: ActionStatus, perfect: bool) -> bool:
    if subject is None:
        return False
    return subject.ref == "we" or (subject.kind == "org" and (status == "refused" or (status == "taken" and perfect)))


# "will make a Commons statement", "will hold a debate": an event in the diary is a plan, not an announced move
_SCHEDULED = lazy_re(r"\s+(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+)?(?:statement|debate|hearing|meeting|visit)s?\b")


_COUNTERFACTUAL = lazy_re(r"\b(?:should|would|could|might|must|ought\s+to)\s+(?:\w+ly\s+|not\s+)?have\s+$")
# "we will act", "we will act accordingly", "will act swiftly and …": a warning with no object
_ACT_ALONE = lazy_re(r"(?:\s+(?:\w+ly|now|fast|swiftly))?\s*(?:[,.;:!?”\"]|and\b|$)")


# a call made through a document: "a resolution calling on …", "a motion next week urging …"
_DOCUMENT_BEFORE = lazy_re(
    r"\b(?:resolution|motion|petition|amendment|report|statement|complaint|letter)\s+(?:(?:on|next|this|last)\s+\w+\s+)?$"
)


# a call kept up: "will keep pressing", "have spent six months pressing", "continued urging"
_KEEPS_AT = lazy_re(
    r"\b(?:(?:will|would|'ll|’ll)\s+)?(?:keep|keeps|kept|continue|continues|continued|spent|spend|spends|spending)"
    r"\s+(?:(?:the\s+)?(?:\w+\s+)?(?:week|weeks|months?|years?|days?)\s+)?$"
)


# "will be writing", "would be seeking": a firm future progressive
_FIRM_BEFORE = lazy_re(r"\b(?:will|would|shall)\s+(?:\w+ly\s+|also\s+|now\s+)?$|['’]ll\s+$")
# "Ministers are understood to be considering …", "the ministry is said to be drafting …": a reported progressive,
# read as the progressive itself (an inquiry under way, or a plan being weighed)
_REPORTED_BEFORE = lazy_re(r"\b(?:is|are|was|were)\s+(?:understood|said|believed|thought|reported|known)\s+to\s+$")


# seats of government that stand for it as the object of a call ("urged Ottawa to …", "pressed Westminster to …")
_SEATS = frozenset(
    cue for cues in COUNTRY_CUES.values() for cue in cues if " " not in cue and cue[:1].isupper() and cue[1:].islower()
) | frozenset(("Brussels", "Whitehall", "Holyrood", "Stormont", "Dublin", "London"))
