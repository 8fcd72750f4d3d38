"""Word patterns for judging short copy (see `_relevance_fallbacks.short_copy`): the subject hung on another story as
background ("The fine comes weeks after the regulator opened an investigation into X"), and a regulator acting on the
owner's platform without naming it ("X's owner has mocked Ofcom's investigation into his platform"), and a short
item's regulatory sentence naming the kind of thing the subject is ("We will apply our laws to every platform")."""

from __future__ import annotations

from summariser._topic_terms import Tokens

__all__ = ["acts_on_owned_platform", "as_background", "refers_to_kind"]

# words that hang a clause on the story as background: "weeks after", "since it opened", "Ofcom, which is also
# investigating X, ...", "Separately, ...", "as it continues"
_ASIDES = frozenset(
    b"after since following follows followed also separately meanwhile amid as like unlike besides before".split()
)

# a regulatory act, the preposition naming its target, the owner's possessive and the platform: "investigation into
# his platform", "ban on its chatbot"
_ACTS = frozenset(
    b"investigation investigations probe probes inquiry inquiries fine fines penalty penalties ban bans crackdown "
    b"clampdown action case complaint complaints lawsuit notice notices warning warnings order orders scrutiny review "
    b"sanctions".split()
)
_TO = frozenset(b"into against on of over to at for".split())
_OWNED = frozenset(b"his its".split())
_PLATFORMS = frozenset(b"platform site network app chatbot service".split())


def as_background(lows: Tokens, at: int) -> bool:
    """Does a word that makes a clause background ("after", "also", "since") come before token `at`?"""
    return not _ASIDES.isdisjoint(lows[:at])


def acts_on_owned_platform(lows: Tokens) -> bool:
    """Does a regulatory act name its target as the owner's platform ("Ofcom's investigation into his platform")?"""
    if _PLATFORMS.isdisjoint(lows):
        return False  # most units: one set test
    for j in range(3, len(lows)):
        if lows[j] in _PLATFORMS and lows[j - 1] in _OWNED and lows[j - 2] in _TO and lows[j - 3] in _ACTS:
            return True
    return False


# what a short item's regulatory sentence calls the subject when it does not name it: the kind of thing it is ("every
# platform", "AI image tools", "the company"), which ties the sentence to the item; "the government will cut fuel
# duty" has none
_KINDS = frozenset(
    b"platform platforms tool tools image images chatbot chatbots app apps company companies firm firms site sites "
    b"network networks ai content".split()
)


def refers_to_kind(lows: Tokens) -> bool:
    """Does the sentence name the kind of thing the subject is ("every platform", "AI image tools")?"""
    return not _KINDS.isdisjoint(lows)
