"""Speakers read off the clause around a quote: '"…," and said' shares the sentence's subject; after "recalled" or
"quoted", the person named before a speech participle is its subject ("recalled Elon Musk telling the committee")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summariser import _speaker_patterns as P
from summariser._lazy_re import lazy_re
from summariser._names import Mention, NameIndex
from summariser._speaker_patterns import Attribution
from summariser._text import Sentence

# verbs whose object is the subject of a participle after it: "recalled Elon Musk telling the committee …"
_PERCEIVE = frozenset(
    {
        "recalled",
        "remembered",
        "heard",
        "watched",
        "saw",
        "quoted",
        "cited",
        "recalling",
        "remembering",
        "quoting",
        "citing",
        "hearing",
        "watching",
    }
)

# a written or spoken source between the subject and the quote: the words may be that source's
_SOURCE_NOUN = lazy_re(r"\b(?:post|tweet|letter|statement|message|email|report|video|speech|interview|quot\w+)\b")


class ClauseSubjectMixin:
    """Clause-level speaker lookups for `SpeakerResolver`; needs the resolver's state."""

    index: NameIndex
    masked: list[str]
    outside: dict[int, list[tuple[int, Mention]]]

    if TYPE_CHECKING:  # provided by SpeakerResolver and its other mixins

        def sentence_of(self, para: int, offset: int) -> Sentence: ...

        def interpret(self, para: int, start: int, end: int) -> Attribution | None: ...

        def _leading_subject(self, para: int, start: int) -> str | None: ...

    def _participle_subject(self, para: int, verb: int) -> Attribution | None:
        """ "recalled Elon Musk telling", "quoted Ms Reid saying": after a verb of perception or citing, the person
        named right before the speech participle is its subject ("attacked Musk saying …" is not: None)."""
        sent = self.sentence_of(para, verb)
        text = self.masked[para]
        for pos, m in self.outside.get(sent.index, ()):
            end = pos + m.end - m.start
            if m.kind == "person" and end < verb and not text[end:verb].strip():
                before = text[sent.start : pos].split()
                if before and before[-1].lower() in _PERCEIVE:
                    return Attribution(m.canonical, self.index.role_of(m.canonical), "participle")
        return None

    def _coordinated_after(self, para: int, quote_end: int) -> Attribution | None:
        """The subject of a sentence whose quote is followed by ", and said": named, or a pronoun opening it."""
        sent = self.sentence_of(para, max(quote_end - 1, 0))
        if sent.start + 1 >= quote_end:
            return None
        before = self.masked[para][sent.start : quote_end]
        people = {m.canonical for pos, m in self.outside.get(sent.index, ()) if pos < quote_end and m.kind == "person"}
        if len(people) > 1 or _SOURCE_NOUN.search(before):
            return None  # "Mr Cruz read out a post by Mr Musk calling the law '…', and said": maybe Musk's words
        lead = self._leading_subject(para, sent.start)
        if lead is not None:
            return Attribution(lead, self.index.role_of(lead), "coordinated")
        pron = P.LEAD_PRONOUN.match(self.masked[para], sent.start)
        return self.interpret(para, pron.start(1), pron.end(1)) if pron else None
