"""Verb frames that change an action's status or rule a verb out, by what surrounds it (added for recall on unseen
copy): conditional threats ("would act if X did not"), warnings ("will use every tool"), weighing versus doing
("assessing whether to fine", "examining complaints"), "with X -ing" clauses and relative clauses about an act already
reported ("the largest fine Ofcom has imposed").
"""

from __future__ import annotations

import re

from summariser._lazy_re import lazy_re
from summariser._model import ActionStatus
from summariser._trie import words

# "the largest (fine) Ofcom has imposed": a relative clause about an act the article has already reported
GAPPED = lazy_re(
    r"\b(?:the|its)\s+(?:\w+est|first|only|biggest|most\s+\w+)\s+(?:[a-z]+\s+)?(?:that\s+)?(?:[A-Z][\w'’-]*\s+){1,3}"
    r"(?:has|have|had)\s+(?:ever\s+)?$"
)
# "examining complaints about X": an inquiry under way, not a plan being weighed
CASE_MATERIAL = lazy_re(
    r"\s+(?:the\s+|a\s+|\d+\s+)?(?:[\w-]+\s+){0,2}?(?:complaints|evidence|material|allegations|reports|claims|images"
    r"|submissions|documents)\b"
)
# "examining Grok", "reviewing the company's safeguards": a named service or company under inquiry, not options weighed
CASE_SUBJECT = lazy_re(
    r"\s+(?:[A-Z][\w-]*\b(?!(?:['’]s)?\s+(?:options|steps|measures|proposals?|plans?|ideas|calls?|requests?)\b)"
    r"|the\s+(?:platform|company|chatbot)\b)"
)
# "with France referring the platform to prosecutors, Spain ordering an inquiry …"
WITH_ABSOLUTE = lazy_re(r"\bwith\s+(?:[^;:.]{0,120}?(?:,|\band)\s+)?$")
# "assessing whether to impose interim measures": weighing a move, a plan
WHETHER_TO = lazy_re(r"\s+whether\s+(?:or\s+not\s+)?to\s")
# "examining whether the act's provision could be used", "… whether Grok should be designated": a measure still
# being weighed, a plan ("examining whether X had complied" is an inquiry into what was done: taken); "whether the
# law needed to be updated" weighs a change too
WHETHER_MAY = lazy_re(
    r"\s+(?:at\s+|into\s+)?whether\s+(?:(?!,\s+(?:and|but)\s)[^.;:?!]){0,100}?"
    r"\b(?:should|could|would|might|can|may|ought|needs?\s+to|needed\s+to)\s"
)
# "confirmed (that) the Commission has sent …", "confirmed it had received …": a report of another act
CONFIRMS_CLAUSE = lazy_re(
    r"\s+(?:that\s+)?(?:[\w'’-]+\s+){1,6}?(?:would|will|had|has|have|was|were|is|are|could)\s", re.I
)
# "act if …", "act unless …": a warning even without an object
IF_AFTER = lazy_re(r"\s+(?:if|unless)\b")

# an if-clause that opens the sentence (or its quotation) and a sanction in the main clause: a threat
_FRONTED_IF = lazy_re(r"[\s“\"‘']*(?:If|Unless)\s[^.;:!?“”\"]{3,160}?,\s")
_SANCTIONS = frozenset(words("fine ban block restrict suspend sanction prosecute sue charge bar prohibit remove seek"))
_EVERY_TOOL = lazy_re(r"\s+[“\"‘']?(?:every|all|the\s+full|whatever)\b")
_LITIGATION = frozenset(words("sue challenge contest appeal"))
_ANY_PENALTY = lazy_re(
    r"\s+any\s+(?:\w+\s+)?(?:penalty|penalties|fine|fines|sanctions?|ban|decision|order|ruling|outcome)\b"
)
_IF_CLAUSE = lazy_re(r"[^.;:!?]{0,80}?\b(?:if|unless|should)\s")
# a future act made to hang on the target's defiance is a threat: "will act if X does not comply", "unless it covers …"
_DEFIANCE = lazy_re(
    r"[^.;:!?]{0,100}?\b(?:unless|if\s+(?:\S+\s+){1,4}?(?:(?:does|did|do|would|will|could)\s+not|doesn['’]t|didn['’]t"
    r"|won['’]t|wouldn['’]t|fails?|failed|refuses?|refused|continues?|continued|persists?|persisted|ignores?|ignored"
    r"|breaches?|breached|misses|missed))\b"
)


def is_conditional_threat(base: str, cls: str, status: ActionStatus, text: str, end: int) -> bool:
    """Does a future or refused act read as a threat by what follows the verb ending at `end`?

    "we will use every tool we have", "would challenge the law in court if it passed", "would act if the company
    did not", "would not vote for the bill unless it covered AI apps"."""
    if status not in ("planned", "announced", "refused"):
        return False
    if status != "refused" and base == "use" and _EVERY_TOOL.match(text, end):
        return True
    if base in _LITIGATION and (
        (status != "refused" and _IF_CLAUSE.match(text, end))
        or (status == "announced" and _ANY_PENALTY.match(text, end))
    ):
        return True  # "would challenge the law in court if it passed", "will challenge any penalty in the courts"
    if cls == "do" and status != "refused" and base in _SANCTIONS:
        fronted = _FRONTED_IF.match(text)  # "If we find that these commitments are not honoured, we will block it"
        if fronted is not None and fronted.end() < end:
            return True
    if status == "planned" and base in _WEIGH_SANCTION and _SANCTION_AFTER.match(text, end) is not None:
        # "would “consider civil penalty proceedings” if X did not explain", "… legal measures, depending on X's
        # answer": a sanction weighed against the target's conduct is held over it
        return _DEFIANCE.match(text, end) is not None or _DEPENDING.match(text, end) is not None
    return cls == "do" and _DEFIANCE.match(text, end) is not None


_WEIGH_SANCTION = frozenset(("consider", "look", "weigh", "explore", "study"))
_SANCTION_AFTER = lazy_re(
    r"\s+(?:at\s+)?[“\"‘']?(?:\S+\s+){0,3}?(?:penalt\w*|fines|proceedings|legal\s+(?:measures|action)|sanctions"
    # "would consider withdrawing X's safe harbour protection if it failed to comply"
    r"|(?:withdraw|revok|suspend|block|bann|fin|restrict)ing|safe[\s-]+harbou?r|immunity|a\s+ban|a\s+block)\b"
)
_DEPENDING = lazy_re(r"[^.;:!?]{0,100}?\bdepending\s+on\b")


# "the Commission can fine X up to 6%", "can seek civil penalties", "we can impose fines": a sanction held over this
# story's target; "can fine companies up to 4%", "can impose interim measures", "which can order providers to …"
# describe the body's powers in general
CAN_SANCTION = lazy_re(
    r"\s+(?:also\s+)?(?:\w+\s+){0,3}?(?:(?:civil\s+|periodic\s+)?(?:fines?|penalt(?:y|ies)(?:\s+payments)?)\b"
    r"|(?P<target>[A-Z][\w'’-]*|xAI|the\s+(?:company|platform|firm)|it|them)\b(?!\s+(?:can|may|is|are)\b))"
)
GENERAL_POWER_BEFORE = lazy_re(r"\b(?:which|that|who)\s+(?:also\s+)?$")
# "the government expected “full compliance” from every platform": a demand with no one named to act
EXPECTED_COMPLIANCE = lazy_re(r"\s+[“\"‘']?(?:full\s+)?compliance[”\"’']?(?:\s+(?:from|with|by)\b|[,.;])")
# "Anika Wells backed the regulator", "Wildberger backed the plan": support voiced, not a vote or a formal position
BACKED_SUPPORT = lazy_re(
    r"\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:regulator|commissioner|watchdog|plans?|move|calls?)\b"
)
