"""Second references to a topic's subject: descriptions ("the chatbot", "Elon Musk's social network") and owners.

News copy names the platform once and then describes it: a court report's headline says "AI chatbot" and only the
third sentence says Grok; a Brussels story says "Musk's social network" until its last paragraph. These count as the
subject only in a document that names the subject itself and no rival a description could equally point at
(another chatbot, another network, another of the owner's companies). The relevance decision consults them only
when everything but the subject's prominence already holds, so most articles never pay for them.
"""

from __future__ import annotations

from summariser._topic import Topic, per_topic
from summariser._topic_terms import Term, Tokens, Unit

__all__ = ["TopicReferences", "references_for"]


class _Phrases:
    """A few keyword phrases, looked up by their first token (lower case) and then checked in full."""

    def __init__(self, phrases: tuple[str, ...], kind: str) -> None:
        self._index: dict[bytes, list[Term]] = {}
        for phrase in phrases:
            term = Term.build(phrase, kind, 1.0)
            if term is not None:
                self._index.setdefault(term.checks[0][0], []).append(term)
        for terms in self._index.values():
            terms.sort(key=lambda t: -len(t.checks))
        self._firsts = frozenset(self._index)
        # the second words a first word's phrases go on with, or None where one of them is a single word: most
        # places a first word stands ("social" before "media platforms") are ruled out by one set test
        self._seconds: dict[bytes, frozenset[bytes] | None] = {
            key: None if any(len(t.checks) == 1 for t in terms) else frozenset(t.checks[1][0] for t in terms)
            for key, terms in self._index.items()
        }

    def __bool__(self) -> bool:
        return bool(self._index)

    def found(self, words: Tokens, lows: Tokens) -> bool:
        """Does the unit hold one of the phrases (as written, for capitalised ones)?"""
        return bool(self.where(words, lows))

    def where(self, words: Tokens, lows: Tokens) -> list[int]:
        """Where the phrases start in the unit, in no particular order."""
        at_all: list[int] = []
        if self._firsts.isdisjoint(lows):
            return at_all  # most units: stops at the first word it shares, and builds no set
        last = len(lows) - 1
        for key in self._firsts.intersection(lows):
            terms, seconds = self._index[key], self._seconds[key]
            at = -1
            for _ in range(lows.count(key)):
                at = lows.index(key, at + 1)
                if seconds is not None and (at >= last or lows[at + 1] not in seconds):
                    continue  # no phrase of this first word goes on so
                for term in terms:
                    if term.matches(words, lows, at):
                        at_all.append(at)
                        break
        return at_all


class TopicReferences:
    """Compiled descriptions, owners and rivals of one Topic."""

    def __init__(self, topic: Topic) -> None:
        self.descriptions = _Phrases(topic.descriptions, "description")
        self.owners = _Phrases(topic.owners, "owner")
        self.rivals = _Phrases(topic.rivals, "rival")
        # the owner's surname as written: "Musk's platform" is held by its owner whichever phrase matched
        self._owner_tokens = frozenset(owner.split()[-1].encode() for owner in topic.owners)

    def describes(self, unit: Unit) -> int:
        """How surely the title or sentence describes the subject without naming it: 2 for a description its owner
        holds ("Elon Musk's social network", "Musk's platform"), 1 for a bare one ("the AI chatbot"), else 0."""
        words, lows, _ = unit
        found = self.descriptions.where(words, lows)
        if not found:
            return 0
        owned = any(
            words[at] in self._owner_tokens or (at > 1 and lows[at - 1] == b"s" and words[at - 2] in self._owner_tokens)
            for at in found
        )
        return 2 if owned else 1

    def names_owner(self, unit: Unit) -> bool:
        """Does it name the subject's owner ("Elon Musk says ...")?"""
        return self.owners.found(unit[0], unit[1])

    def names_rival(self, units: list[Unit]) -> bool:
        """Does any unit name a rival a description or an owner could stand for instead?"""
        rivals = self.rivals
        if rivals:
            for words, lows, _ in units:
                if rivals.found(words, lows):
                    return True
        return False


@per_topic
def references_for(topic: Topic) -> TopicReferences:
    """The compiled references of a topic (cached: topics are frozen and few)."""
    return TopicReferences(topic)
