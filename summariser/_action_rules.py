"""Tables and small helpers for action extraction: verb object rules, statuses, laws, phrase cutting, merging.

Kept apart from the sentence analysis (`_action_clauses`, `_action_subjects`) so each module stays readable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summariser import _action_patterns as P
from summariser._action_text import phrase_after
from summariser._actor_shapes import official_by_shape
from summariser._lazy_re import first_chars, lazy_re
from summariser._lexicon import LAWS
from summariser._lexicon.actors import REGULATORS
from summariser._model import ActionStatus
from summariser._text import Document, Sentence
from summariser._trie import words

_CLASS_STATUS: dict[str, ActionStatus] = {
    "do": "taken",
    "announce": "announced",
    "plan": "planned",
    "threaten": "threatened",
    "call": "called_for",
    "refuse": "refused",
}
# words that may stand between a subject and its verb
_FILLER = lazy_re(
    r"(?:\b(?:has|have|had|is|are|was|were|been|being|could|may|might|will|would|shall|should|must|can|also|now"
    r"|then|already|still|previously|since|recently|later"
    r"|earlier|again|first|jointly|separately|subsequently|swiftly|finally|officially|today|yesterday|itself|both|each"
    r"|therefore|thus|however|meanwhile|nevertheless|too|instead|separately"
    r"|themselves|last\s+(?:week|month|year|night)|this\s+(?:week|month|year)|so\s+far|just|\w+ly)|,|[–—])\s*$",
    re.IGNORECASE,
)
_FILLER_WORDS = frozenset(
    words(
        "has have had is are was were been being could may might will would shall should must can also now then "
        "already still previously since recently later earlier again first jointly separately subsequently swiftly "
        "finally officially today yesterday itself both each themselves just therefore thus however meanwhile "
        "nevertheless too instead"
    )
)
_FILLER_PAIRS = {
    "week": ("last", "this"),
    "month": ("last", "this"),
    "year": ("last", "this"),
    "night": ("last",),
    "far": ("so",),  # "has so far refused"
}


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def filler_start(text: str, pos: int) -> int | None:
    """Where the filler (`_FILLER`) ending just before `pos` starts, or None: the same answer as
    `_FILLER.search(text, max(0, pos - 30), pos)`, found by looking at the last word instead of trying every start
    of a 30-character window (this runs several times per verb)."""
    floor = max(0, pos - 30)
    end = pos
    while end > floor and text[end - 1].isspace():
        end -= 1
    if end == floor:
        return None
    last = text[end - 1]
    if last in ",–—":
        return end - 1
    start = end
    while start > floor:  # back over the word (`_is_word_char` written out: this loop runs per character)
        ch = text[start - 1]
        if not (ch.isalnum() or ch == "_"):
            break
        start -= 1
    if start == end:
        return None
    word = text[start:end].lower()
    pair = _FILLER_PAIRS.get(word)
    if pair is not None:  # "last week", "this month": the two words are one filler
        gap = start
        while gap > floor and text[gap - 1].isspace():
            gap -= 1
        first = gap
        while first > floor and _is_word_char(text[first - 1]):
            first -= 1
        if gap < start and text[first:gap].lower() in pair and (first == 0 or not _is_word_char(text[first - 1])):
            return first
    if start == floor and start > 0 and _is_word_char(text[start - 1]):
        # the word runs past the window: the regex can still match its tail ("…ly") only at a word boundary
        return None
    if word in _FILLER_WORDS or (len(word) >= 3 and word.endswith("ly")):
        return start
    if word in _CONTRACTED and start > 0 and text[start - 1] in "'’":
        return start - 1  # "We've issued", "they'd opened": the contracted auxiliary
    return None


_CONTRACTED = frozenset(("ve", "d", "re"))


_CONJ = lazy_re(r"(?:,\s*|\b)(?:and|but|or|then)\s*$")
# "Ofcom, which has opened …" ("who" clauses are background on a person, not news)
_RELATIVE = lazy_re(
    r",?\s*\b(?:which|that|who)\s+(?:(?:has|have|had|is|are|was|were|been|will|would|also|now|already|last\s+week)\s+)*$"
)
_SPEECH = lazy_re(
    r"\b(?:said|says|say|told|tells|confirmed|confirms|announced|announces|added|adds|stated|insisted|argued|warned"
    r"|warns|wrote|writes|posted|explained|claimed|signalled|indicated|revealed|suggested|promised|pledged"
    r"|replied|replies|answered|acknowledged|admitted|stressed|conceded|noted|argues|insists|stresses)\b",
    first=first_chars("aceinprstw"),
)
# a speech verb followed, within a few words, by the pronoun being resolved: "said on Friday (that) it …"
_SPEECH_TAIL = lazy_re(
    r"\b(?:said|says|told|confirmed|announced|added|stated|insisted|argued|warned|wrote|posted|explained|claimed"
    r"|signalled|indicated|revealed|acknowledged|admitted|replied|answered|stressed|conceded|noted)\b(?:\s+[^\s,;]+){0,5}?(?:,\s*)?(?:\s+that)?\s*$"
)
# "Ofcom said X had failed to comply and that it would take action": a second reported clause after a body named in
# the first, whose "it" may be either
AND_THAT_TAIL = lazy_re(
    r"\b(?:said|says|told|confirmed|announced|added|stated|warned|wrote)\b[^.;:“”\"]{1,140}?,?\s+and\s+that\s*$"
)
# "Bonta's office", "Sinn Féin's communications spokesperson": the holder or the party acts
_OFFICE = lazy_re(r"['’]s\s+(?:own\s+|\w+\s+)?(?:office|spokesperson|spokesman|spokeswoman)$")
_VERBISH = lazy_re(r"\b(?:said|says|is|are|was|were|has|have|had|will|would)\b|\w+ed\b")
_AFTER_VERB_RE = lazy_re(r"\b(\w+)\s+(?:the\s+)?$")


class _AfterVerb:
    """Is the span at `end` the object of a verb ("fined X", "sent X")? Same call shape as a compiled pattern."""

    @staticmethod
    def search(text: str, pos: int, end: int) -> bool:
        m = _AFTER_VERB_RE.search(text, pos, end)
        if m is None:
            return False
        word = m.group(1).lower()
        return word.endswith(("ed", "en")) or word in P.VERB_FORMS or word in _IRREGULAR_PAST


# past forms that take an object and are not action verbs: "Barr put Hawk Sawyer in charge and ordered …"
_IRREGULAR_PAST = frozenset(
    words("put let told gave met made sent took brought left kept saw beat sold bought paid won lost led chose caught")
)
_AFTER_VERB = _AfterVerb()
# "Indonesia and Malaysia", "Senator A, a Connecticut Democrat, and Senator B"
# (a state or party in brackets may follow each name: "Elizabeth Warren (Mass.), Richard Blumenthal (Conn.) and …")
# ("Sen. A, D-Ill., and Sen. B", "A, Democrat of Connecticut, and B": a US member's party and state)
_AND_BEFORE = lazy_re(
    r"(?:\s*\([^()]{1,30}\))?(?:,\s+(?:(?:an?|the)\s+[^,]{1,50}|[DRI]-[A-Z][\w.]{1,8}|(?:Democrat|Republican"
    r"|independent|Independent)\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?),\s+and|\s+and|,)\s+$"
)
_QUESTION = lazy_re(
    r"\b(?:whether|asked\s+if|(?:asked|asking|explain|explaining|know|wondered|questioned)\s+why|asking\s+whether|if"
    r"|unless|how|what|confirm\s+that)[”\"’]?\s+(?:[^\s,]+\s+){0,4}$",
    re.I,
    first=first_chars("acehikquw", ignore_case=True),
)
# "said it would …" told after the fact: ", he said." at the end of the sentence
_TRAILING_ATTRIBUTION = lazy_re(
    r",[”\"’']?\s+(?:[\w'’.-]+\s+){1,8}?(?:said|says|added|adds|told\s+\S+(?:\s+\S+)?|confirmed|announced|concluded"
    r"|warned|argued|recommended)"
    # a closing time or setting: ", the Commission said on Tuesday.", ", the ministry said in a statement."
    r"(?:\s+(?:in\s+a\s+(?:statement|post|letter|briefing|filing|press\s+release)|(?:late\s+|early\s+|earlier\s+)?on"
    r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last\s+(?:week|month|night)|yesterday|today"
    r"|this\s+(?:week|morning|afternoon)))*\s*[.”\"]*$"
)
# a participle after "wrote to …" that makes the letter a request: "has written to the minister asking …"
_LETTER_VERBS = frozenset(("write", "send"))
# "signed a letter urging xAI to …" is writing one
_SIGNED_LETTER = lazy_re(r"\s+(?:an?\s+|the\s+)?(?:open\s+|joint\s+)?letter\b")
_LETTER_ASKS = lazy_re(
    r"[^.;]{0,140}?\b(?:asking|urging|calling\s+on|calling\s+for|demanding|seeking|requesting|setting\s+out\s+(?:its|their"
    r"|his|her)\s+demands)\b"
)
# background clauses: "while it assessed …", "as it was later deleted"
_SUBORDINATE = lazy_re(r"\b(?:as|because|until|although|though|whereas|once)\s+$", re.I)
_WHILE = lazy_re(r"\bwhile\s+$", re.I)  # "while it assessed …" (a pronoun) is background; "while Ofcom …" is news
_BY = lazy_re(r"^[^,;:]{0,60}?\bby\s+(?:the\s+)?$")  # "adopted by the TSE": the acronym's span has no "the"
_WORD_BEFORE = lazy_re(r"([\w'’-]+)\s*$")
_FOLLOW_TO = lazy_re(r"^\s+to\s+\w")
_ASK_OBJECT_OFFICIALS = lazy_re(
    r"^\s+(?:officials|civil servants|the department|its officials|staff|(?:his|her|their)\s+(?:own\s+)?(?:department"
    r"|ministry|officials))\b"
)
_LAW_ALIASES = {alias: canon for canon, aliases in LAWS.items() for alias in (canon, *aliases)}
_LAW_RE = lazy_re(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(a) for a in sorted(_LAW_ALIASES, key=len, reverse=True))
    + r"|(?:[A-Z][\w()'’-]*\s+(?:(?:and|of|for)\s+)?){1,6}(?:Act|Bill|Regulation|Directive|Code)(?:\s+\d{4})?)(?![\w-])"
)
_LAW_HEADS = ("Act", "Bill", "Regulation", "Directive", "Code")
# every law name holds a head word or is a listed name without one ("GDPR"): one cheap scan for these skips the full
# pattern (which tries every capitalised word) in the nine sentences out of ten that name no law
_LAW_CUE = lazy_re(
    "|".join(re.escape(cue) for cue in sorted({*_LAW_HEADS, *(a for a in _LAW_ALIASES if not a.endswith(_LAW_HEADS))}))
)


def law_names(text: str) -> list[tuple[int, str]]:
    """(start, words) of every law named in `text`, in text order."""
    if _LAW_CUE.search(text) is None:
        return []
    return [(m.start(), m.group(0)) for m in _LAW_RE.finditer(text)]


_GROK = lazy_re(r"\bGrok\b")


@dataclass(slots=True)
class Hit:
    """One action found in a sentence, before it becomes an Action."""

    actor: str
    status: ActionStatus
    key: str  # the verb base or noun: one action per (actor, key) per sentence
    start: int  # where the action phrase starts
    verb_end: int  # where the verb (or noun) ends: objects are looked for after it
    anchor: int  # where timing is measured from
    cls: str = "do"
    target: str | None = None
    noun: bool = False
    phrase: str | None = None


def quote_ranges(doc: Document, sent: Sentence) -> list[tuple[int, int]]:
    """Quoted stretches of `sent` as offsets within the sentence text."""
    if sent.paragraph >= len(doc.spans):
        return []
    out: list[tuple[int, int]] = []
    base = sent.start
    for span in doc.spans[sent.paragraph]:
        a, b = span.start - base, span.end - base
        if b > 0 and a < len(sent.text):
            out.append((max(0, a), min(len(sent.text), b)))
    return out


# "X's decision to limit …", "Indonesia's decision on Saturday to block the chatbot"
_DECISION_TO = lazy_re(
    r"\s+(?:(?:on|last|this|in|earlier)\s+(?:\w+\s+)?)?to\s+(?:bring|ban|block|restrict|open|launch|fine|introduce"
    r"|legislate|criminalise|outlaw|remove|suspend|limit|stop|switch|pull|geoblock|geo-block|withdraw|leave|quit|appeal"
    r"|challenge|sue|investigate|refer|order|require|lift|restore|designate|impose|prosecute|charge|fast-track"
    r"|accelerate|expand|widen|extend|escalate|seek|issue|publish)\b"
)
_PENALTY_WORDS = frozenset(
    words(
        "fine fines penalty penalties sanction sanctions ban bans prosecution charges suspension enforcement "
        "legal block being harbour harbor immunity"
    )
)
_NOUN_WORDS = frozenset(w for noun in P.NOUN_ACTIONS for w in noun.split())
_PROCEDURAL = frozenset(
    words("examine consider assess review investigate look study decide evaluate carry probe conclude give")
)
_SAME_PAST = frozenset(("hit", "shut", "put", "set"))
_PLACE_VERBS = frozenset(
    (
        "ban",
        "block",
        "restrict",
        "suspend",
        "geoblock",
        "geo-block",
        "order",
        "summon",
        "limit",
        "follow",
        "lift",
        "refer",
        "sue",  # "Arizona and Pennsylvania sued …": US states go to court in their own name
        "pass",  # "Seoul passed one of the world's toughest laws": a country legislates
        "enact",
        "use",  # "New Zealand will use its censorship law against …"
        "restore",  # "Indonesia on Thursday restored access to Grok": the undoing of a block
        "introduce",
        "legislate",
        "criminalise",
        "criminalize",
        "outlaw",
        "adopt",
        "throttle",  # "Turkey throttled X for days after the earthquake"
        "make",  # "Korea made the possession of sexual deepfakes a crime" (make's object rule keeps it to that)
    )
)
_PUNITIVE = frozenset(
    words(
        "apply "
        "fine ban block restrict suspend sanction penalise penalize prosecute sue charge bar prohibit outlaw "
        "geoblock geo-block impose levy force compel enforce take act intervene close shut remove order seek"
    )
)


def _phrase(text: str, end: int) -> str:
    """The words after a verb up to the clause end, at most fourteen (see `_action_text.phrase_after`)."""
    return phrase_after(text, end)


def _inside(hit: Hit, spans: list[Hit]) -> bool:
    return any(o.start <= hit.verb_end and hit.start <= o.verb_end for o in spans)


def _adjectival(left: str) -> bool:
    """ "the restricted feature", "its recently banned app": a determiner (before any adverb) makes it an adjective."""
    tail = [w.strip("'’\"“”").lower() for w in left[-40:].split()[-2:]]
    if not tail:
        return False
    if tail[-1].endswith("ly") and len(tail) == 2:
        return tail[0] in P.ADJECTIVAL_BEFORE
    return tail[-1] in P.ADJECTIVAL_BEFORE


def _possessive_follows(text: str, end: int) -> bool:
    return text.startswith(("'s", "’s", "' ", "’ "), end)


def _is_authority(actor: str, after: str) -> bool:
    # ministers asking their own officials are acting; anyone asking someone else is calling for something
    return bool(_ASK_OBJECT_OFFICIALS.match(after))


def _is_official(actor: str, role: str | None = None) -> bool:
    """Regulators, governments, ministries and office holders: their letters are acts, not requests."""
    if actor in REGULATORS or actor.endswith(_OFFICIAL_TAILS) or actor.startswith(_OFFICIAL_HEADS):
        return True
    if official_by_shape(actor):  # "Paris prosecutor's office", "Bundesnetzagentur": public bodies by their names
        return True
    return role is not None and _OFFICIAL_ROLE.search(role) is not None


# public bodies by the last word of their name: "Film and Publication Board", "Information Regulator"
_OFFICIAL_TAILS = (
    "government",
    "Ministry",
    "Department",
    "ministry",
    "Commission",
    "Board",
    "Authority",
    "Regulator",
    "Agency",
    "Commissioner",
    "Office",
    "Inspectorate",
    "Ombudsman",
)
_OFFICIAL_HEADS = ("Department of", "Ministry of", "Office of", "Bureau of")
_OFFICIAL_ROLE = lazy_re(r"attorney general|commissioner|regulator|prosecutor", re.I)


def _merge(hits: list[Hit]) -> list[Hit]:
    """One action per (actor, verb); a speech verb followed by what it reports ("confirmed it had opened") keeps
    the reported action; a cue verb and its complement ("threatened to ban") stay one action."""
    out: list[Hit] = []
    seen: set[tuple[str, str]] = set()
    for hit in hits:
        if (hit.actor, hit.key) in seen:
            continue
        prev = out[-1] if out else None
        if prev is not None and prev.actor == hit.actor and hit.start >= prev.start and hit.start - prev.verb_end <= 40:
            if prev.cls == "announce" and hit.status == "taken":
                out[-1] = hit
                seen.add((hit.actor, hit.key))
                continue
            gap = hit.start - prev.verb_end
            if (prev.cls != "do" and hit.status == prev.status) or gap <= 4:
                continue  # "threatened to ban", "refused to remove": one action
        if (
            prev is not None
            and prev.actor == hit.actor
            and prev.key in _LETTER_VERBS
            and hit.start - prev.verb_end < 160
        ):
            continue  # "has written to …, urging …": one act (a call, or an official's demand)
        seen.add((hit.actor, hit.key))
        out.append(hit)
    return out
