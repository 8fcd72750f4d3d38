"""Government acting on the subject, in a headline's own words: "Malaysia restricts access to Grok", "Japan urges X
to tighten Grok controls", "X agrees to curb Grok after French pressure", "X removes Grok tool in UK after backlash".

Feed items are often a headline alone, and headlines name the state by its country, capital or people rather than by
a regulator or a law. These constructions make such a headline (or lede) regulatory, and tie it to the subject:
- an authority acting: a place, people or body of government ("Malaysia", "French", "lawmakers") followed, across a
  few words that may stand between ("'s privacy watchdog", "temporarily", "considers"), by an intervention ("restricts",
  "urges", "summons", "pressure", "order"), on the subject or on what is posted there ("court blocks X accounts");
- the subject answering one: the subject, then a response ("agrees", "removes", "suspends", "appeals") or an
  intervention in the passive ("X told to ..."), then an authority behind a preposition ("in UK", "to Brazil"; never
  a publisher's name after the headline, "... The Japan Times").
- campaigners demanding action on the subject, a political response too: "Charities demand Grok switch-off", "More
  than 40 charities, including Refuge, called on Sunday for Grok's image editing to be switched off" (demands only:
  "Charities leave X" or "Charities urge supporters to quit X" are not).
None counts where the headline names a rival the act could be aimed at instead ("Malaysia asks Meta and X …").
"""

from __future__ import annotations

from summariser._text import fold_bytes
from summariser._topic import Topic, per_topic
from summariser._topic_government import GAP_WORDS
from summariser._topic_terms import Tokens, Unit, positions, word_forms

__all__ = ["TopicFrames", "frames_for"]

_MAX_GAP = 4  # words between an authority and its act: "Romania's election authority asks"
_IRREGULAR_PARTICIPLES = frozenset(b"told sought shut cut hit".split())
_PLACE_PREPOSITIONS = frozenset(b"in to from with against after by amid under over for across".split())


class TopicFrames:
    """Compiled authorities, interventions and responses of one Topic."""

    def __init__(self, topic: Topic) -> None:
        exact: set[bytes] = set()
        anycase: set[bytes] = set()
        pairs: dict[bytes, set[bytes]] = {}  # a two-word authority by its last word as written: "Zealand" -> "New"
        for phrase in topic.authorities:
            toks = fold_bytes(phrase).split()
            if not toks:
                continue
            if len(toks) == 1:
                (anycase if toks[0].islower() else exact).add(toks[0])
                if not toks[0].islower():
                    exact.add(toks[0].upper())
            else:  # the last two words as written (or shouted): "Sri Lanka", "members of parliament" -> "of parliament"
                for first, last in ((toks[-2], toks[-1]), (toks[-2].upper(), toks[-1].upper())):
                    pairs.setdefault(last, set()).add(first)
        self._exact = frozenset(exact)
        self._any = frozenset(w.lower() for w in anycase)
        self._pairs = pairs
        self._pair_lasts = frozenset(pairs)
        self._interventions = word_forms(topic.interventions)
        self._responses = word_forms(topic.responses)

    def acts(self, unit: Unit, at: list[int], named: list[int], concerned: bool) -> bool:
        """Does the title or sentence show an authority acting on the subject (named at `at`, as more than a medium at
        `named`), or the subject answering one over what it is or does, or under some regulatory word?"""
        words, lows, _ = unit
        acted = self._interventions.intersection(lows)
        if acted:
            for j in positions(frozenset(acted), lows):
                if j + 1 < len(lows) and lows[j + 1] == b"by":
                    continue  # "UK hit by X outage": done to the place, not by it
                # on the platform itself, or on what people post there as its object ("court blocks X accounts",
                # "government stops posting on X"), not beside a mere mention ("MP's X account hacked as police
                # investigate", "Italy fines Apple as X users react", "police warn of scam on X")
                if (named or any(_object_of(lows, j, a) for a in at)) and self._authority_before(words, lows, j):
                    return True
                # campaigners' demand with the subject as its object: "Charities demand Grok switch-off", "Campaigners
                # call for Grok ban" (not "Charities urge supporters to quit X")
                if named and any(_demanded_of(lows, j, a) for a in named) and _campaign_before(lows, j):
                    return True
        answered = self._responses.intersection(lows)
        if not named or not (answered or acted):
            return False
        first, last = min(named), max(at)
        # "X suspends Grok in Malaysia", "X removes its image tool in UK after backlash", but not "X removes blue
        # ticks from UK celebrities": the subject answers for itself or under a regulatory word
        after = [r for r in positions(frozenset(answered), lows) if r > first and (concerned or last > r)]
        # "X told to register in Nigeria": an intervention in the passive, right after the subject
        after += [r for r in positions(frozenset(acted), lows) if first < r <= first + 2 and _participle(lows[r])]
        return bool(after) and any(self._governed_place(words, lows, a) for a in range(min(after) + 1, len(lows)))

    def _authority_before(self, words: Tokens, lows: Tokens, j: int) -> bool:
        for k in range(j - 1, max(-1, j - 1 - _MAX_GAP), -1):
            if self._is_authority(words, lows, k):
                return True
            low = lows[k]
            if low not in GAP_WORDS and not (low.endswith(b"ly") and len(low) > 4):
                return False
        return False

    def _governed_place(self, words: Tokens, lows: Tokens, k: int) -> bool:
        """Is there an authority at k behind a preposition ("in Malaysia", "to the EU", "after French pressure")?
        A publisher's name after a headline ("… The Japan Times") has none."""
        if not self._is_authority(words, lows, k):
            return False
        start = k - 1 if words[k] in self._pair_lasts and k > 0 and words[k - 1] in self._pairs[words[k]] else k
        before = lows[start - 1] if start > 0 else b""
        if before == b"the" and start > 1:
            before = lows[start - 2]
        return before in _PLACE_PREPOSITIONS

    def _is_authority(self, words: Tokens, lows: Tokens, k: int) -> bool:
        word = words[k]
        if word in self._exact or lows[k] in self._any:
            return True
        return word in self._pair_lasts and k > 0 and words[k - 1] in self._pairs[word]


# Campaigners demanding action on the subject are a political response too ("Charities demand Grok switch-off",
# "Parents' groups urge X to ..."), but only in demands: charities that leave or criticise X are no response to it.
_CAMPAIGNERS = frozenset(
    b"charities charity campaigners campaign campaigns coalition coalitions ngos activists advocates petition "
    b"petitions petitioners union unions".split()
)
_DEMANDS = frozenset(b"demand demands demanded urge urges urged call calls called press presses pressed".split())


def _demanded_of(lows: Tokens, j: int, a: int) -> bool:
    """Is the subject at `a` what the demand at `j` is for: "demand Grok switch-off", "call on X to", "called on
    Sunday for Grok's image editing" (not "urge supporters to quit X")?"""
    return j < a <= j + 2 or (j < a <= j + _DEMAND_REACH and lows[a - 1] == b"for")


def _campaign_before(lows: Tokens, j: int) -> bool:
    """Do campaigners stand just before the demand at `j` ("Charities demand", "Campaign groups urge"), or open the
    sentence it is the verb of?"""
    if lows[j] not in _DEMANDS:
        return False
    # the campaigners as the sentence's subject, before an aside: "More than 40 charities, including Refuge, called
    # on Sunday for Grok's image editing to be switched off"
    if not _CAMPAIGNERS.isdisjoint(lows[: min(_OPENING, j)]):
        return True
    for k in range(j - 1, max(-1, j - 1 - _MAX_GAP), -1):
        low = lows[k]
        if low in _CAMPAIGNERS:
            return True
        if low in _GROUPS and not _GROUP_KINDS.isdisjoint(lows[max(0, k - 2) : k]):
            return True  # "women's groups", "parents' group", "victims' rights group"
        if low not in _CAMPAIGN_GAP:
            return False
    return False


_OPENING = 4  # words of a sentence in which its subject stands: "More than 40 charities"
_DEMAND_REACH = 4  # words from a demand to its object: "called on Sunday for Grok's image editing"
_GROUPS = frozenset(b"group groups".split())
_GROUP_KINDS = frozenset(
    b"women parents families victims survivors rights safety campaign advocacy children consumer".split()
)
_CAMPAIGN_GAP = frozenset(b"s women children parents safety rights now also jointly".split())


def _participle(low: bytes) -> bool:
    return low.endswith(b"ed") or low in _IRREGULAR_PARTICIPLES


def _object_of(lows: Tokens, j: int, a: int) -> bool:
    """Is the subject named at `a` (as a medium) what the act at `j` is done to: right after it, or in an "on X" just
    after its object?"""
    return j < a <= j + 2 or (j < a <= j + 3 and lows[a - 1] == b"on")


@per_topic
def frames_for(topic: Topic) -> TopicFrames:
    """The compiled frames of a topic (cached: topics are frozen and few)."""
    return TopicFrames(topic)
