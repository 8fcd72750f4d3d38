"""Where a noun-phrase act or a document's "must" counts (session 10): bare act nouns ("Ofcom's £18 million fine,"),
appeals a court ruled on, a named act mentioned again, and orders read from a document ("The notice says X must …",
"Under the notice, the platform must …"). Pure text tests; `_action_phrases.PhraseHits` calls them."""

from __future__ import annotations

from summariser import _action_patterns as P
from summariser._actors import ActorFinder
from summariser._lazy_re import lazy_re

# a bare act noun as the object of a verb ("would not pre-empt Ofcom's investigation") or of "of"/"about" ("the
# outcome of Ofcom's investigation", "talk about Ofcom's investigation") is a reference, not the news
_VERB_BEFORE_OWNER = lazy_re(
    r"\b(?!(?:that|and|but|or|as|than|while|when|whether|because|since|after|before|against|over|to|from|by|in"
    r"|on|with|under|despite|amid|following|into|for|until|through|during|including|like)\b)[a-z]+\s+(?:the\s+)?$"
)
_CHALLENGES = frozenset(("appeal", "challenge", "complaint"))
_RULED_ON = lazy_re(
    r"\b(?:dismissed|rejected|upheld|overturned|quashed|heard|refused|allowed|granted|considered|struck\s+down)"
    r"\s+(?:the\s+)?$"
)
# the document that says someone "must" is an order: a notice, a judgment, findings
_ORDER_SAYS = lazy_re(
    r"\b(?:notice|order|findings|judgment|judgement|ruling|direction|decision|determination)\s+"
    r"(?:says|said|states|stated|requires|required|finds|found|concludes|concluded)\s+(?:that\s+)?$"
)
_UNDER_ORDER = lazy_re(
    r"Under\s+(?:the|its|this|that)\s+(?:[\w-]+\s+)?(?:notice|order|ruling|judgment|direction|decision),\s+"
)


def ruled_on(text: str, noun: str, owner_start: int) -> bool:
    """ "the court dismissed X's appeal against …": the appeal is the ruling's setting, not a new act of X's."""
    return noun in _CHALLENGES and _RULED_ON.search(text, max(0, owner_start - 30), owner_start) is not None


def bare_noun_counts(
    finder: ActorFinder, sentence: int, text: str, noun: str, noun_end: int, owner_start: int, actor: str
) -> bool:
    """May a bare act noun ("Ofcom's £18 million fine, …", no "into/against" after it) stand for an act? Only a
    concrete act, as a subject or after a preposition, the first time the article names that actor with it."""
    if noun not in P.BARE_ACT_NOUNS or not P.BARE_NOUN_NEXT.match(text, noun_end):
        return False  # "X's challenge is …", "Ofcom's fine print"
    if _VERB_BEFORE_OWNER.search(text, max(0, owner_start - 24), owner_start) is not None:
        return False
    return not _named_before(finder, sentence, actor, P.NOUN_STEMS[noun])


def _named_before(finder: ActorFinder, sentence: int, actor: str, stem: str) -> bool:
    """Has the article already credited `actor` with this act, or named it beside the act's stem in an earlier
    sentence ("Ofcom opened an inquiry …" … "Ofcom's investigation was politically motivated")?"""
    if (actor, stem) in finder.acted:
        return True
    return any(stem in (t := finder.sentence_text(j)).lower() and actor in t for j in range(sentence))


def document_orders(text: str, subject_start: int) -> bool:
    """Is the "must" clause whose subject starts at `subject_start` reported from an order ("The notice says X …")?"""
    return _ORDER_SAYS.search(text, max(0, subject_start - 40), subject_start) is not None


def under_order_end(text: str) -> int | None:
    """Where "Under the notice, " ends when the sentence opens so, else None."""
    if not text.startswith("Under "):
        return None
    m = _UNDER_ORDER.match(text)
    return m.end() if m is not None else None
