"""Which lexicon organisations one article names, how often and where: what "the regulator" or "the committee"
means in it (the body named most), and what a description can point back to (only bodies named before it).
"""

from __future__ import annotations

from collections.abc import Callable

from summariser._actor_gates import org_scan
from summariser._actor_patterns import _ALIASES
from summariser._lazy_re import lazy_re
from summariser._text import Document
from summariser._trie import starts_word

# a lexicon alias that is only the head of a longer name ("the Commission for Gender Equality", "the Commission of
# Inquiry") is no mention of the lexicon's body (the European Commission)
_NAME_GOES_ON = lazy_re(
    r"\s+(?:for|of)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z]"
)
_SMALL_WORDS = (" for ", " of ")


def _name_goes_on(text: str, end: int) -> bool:
    """Does a longer name run on after the match ending at `end`? (a C-level prefix test first: most do not)"""
    return text.startswith(_SMALL_WORDS, end) and _NAME_GOES_ON.match(text, end) is not None


class OrgMentions:
    """The lexicon organisations an article names: counted over the whole text, and placed sentence by sentence,
    each found once per article on first use (not once per reference)."""

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._counts: dict[str, int] | None = None
        self._placed: list[tuple[int, int, str]] | None = None  # (sentence, end offset, name)

    def counts(self) -> dict[str, int]:
        """How often the article names each lexicon organisation, in order of first mention."""
        if self._counts is None:
            counts: dict[str, int] = {}
            text = self._doc.text
            for m in org_scan(text).finditer(text):  # the smaller trie when it finds the same (`org_scan`)
                if starts_word(text, m.start()) and not _name_goes_on(text, m.end()):
                    name = _ALIASES[m.group(0)]
                    counts[name] = counts.get(name, 0) + 1
            self._counts = counts
        return self._counts

    def most_named(self, accept: Callable[[str], bool]) -> str | None:
        """The organisation accepted by `accept` that the article names most often (a tie: the first named)."""
        counts = self.counts()
        best = [n for n in counts if accept(n)]
        return max(best, key=lambda n: counts[n]) if best else None

    def most_named_before(self, accept: Callable[[str], bool], i: int, start: int) -> str | None:
        """Like `most_named`, counting only mentions ending before offset `start` of sentence `i`."""
        counts: dict[str, int] = {}
        for j, end, name in self.placed():
            if (j < i or (j == i and end <= start)) and accept(name):
                counts[name] = counts.get(name, 0) + 1
        return max(counts, key=lambda n: counts[n]) if counts else None

    def placed(self) -> list[tuple[int, int, str]]:
        """Each mention as (sentence, end offset in it, canonical name), in text order."""
        if self._placed is None:
            self._placed = [
                (j, m.end(), _ALIASES[m.group(0)])
                for j, sentence in enumerate(self._doc.sentences)
                for m in org_scan(sentence.text).finditer(sentence.text)
                if starts_word(sentence.text, m.start()) and not _name_goes_on(sentence.text, m.end())
            ]
        return self._placed
