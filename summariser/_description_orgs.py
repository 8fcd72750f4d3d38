"""The organisation or client a description names: "a spokesperson for the company" (the one in focus, of that
kind), "lawyers for Tom Reid", "the prosecutor's office" (the one named before), "the Safety team" (its owner's).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summariser import _description_bodies as B
from summariser import _description_patterns as D
from summariser import _description_words as W
from summariser._namelex import CAP_STOP
from summariser._names import Mention, NameIndex
from summariser._speaker_governments import government_in_view
from summariser._speaker_patterns import Attribution
from summariser._text import Sentence


class DescribedOrgMixin:
    """Resolves the organisation or person a description's complement names; needs `SpeakerResolver`'s state."""

    index: NameIndex
    masked: list[str]
    by_para: list[list[Sentence]]
    outside: dict[int, list[tuple[int, Mention]]]

    if TYPE_CHECKING:  # provided by SpeakerResolver and AntecedentMixin

        def interpret(self, para: int, start: int, end: int) -> Attribution | None: ...

        def _spokes_org(self, para: int, offset: int, *, kind_named: bool = False) -> str | None: ...

        def _sentence_subject_org(self, para: int, offset: int) -> str | None: ...

    def _earlier_owner(self, unit: str, para: int, start: int) -> str | None:
        """The organisation whose `unit` ("Safety team") the article named with a possessive before (para, start),
        in this paragraph or the two before it."""
        owned = re.compile(r"((?:[Tt]he\s+)?[\w.-]+)['’]s\s+" + re.escape(unit) + r"\b")
        for p in range(para, max(-1, para - 3), -1):
            text = self.masked[p] if p < para else self.masked[p][:start]
            found = list(owned.finditer(text))
            if found:
                m = found[-1]
                att = self.interpret(p, m.start(1), m.end())
                who = att.speaker if att is not None else None
                return who if who is not None and self.index.is_org(who) else None
        return None

    def _client(self, text: str, sent: Sentence, start: int) -> str | None:
        """The person a "spokesperson/lawyer for …" complement names ("" if unresolved); None for no person."""
        text = re.sub(r"^(?:the|a|an)\s+", "", text.strip())
        who = self.index.resolve(text, sentence=sent.index, before=start - sent.start)
        if who is not None and self.index.is_person(who):
            return who
        return "" if D.HONORIFIC_NAME.match(text) else None

    def _earlier_local_body(self, body: str, para: int, start: int) -> str | None:
        """The one "<place> <body>" ("Paris prosecutor's office") named before (para, start), else None."""
        key = _office_key(body)
        found = {
            f"{m.group('place')} {m.group('body')}"
            for text in [*self.masked[:para], self.masked[para][:start]]
            for m in B.LOCAL_BODY_IN_TEXT.finditer(text)
            if m.group("place") not in CAP_STOP and _office_key(m.group("body")) == key
        }
        found.update(
            f"{m.group('place')} {m.group('body')}"
            for text in [*self.masked[:para], self.masked[para][:start]]
            if "Office" in text or "Department" in text
            for m in B.NAMED_OFFICE_IN_TEXT.finditer(text)
            if m.group("place").split()[0] not in CAP_STOP and _office_key(m.group("body")) == key
        )
        return found.pop() if len(found) == 1 else None

    def _lead_org_alone(self, sent: Sentence, described: str) -> str | None:
        """The organisation opening the sentence before `sent`, when it is the only one that sentence names and
        is of the kind `described` ("the company") says."""
        lead = self._sentence_subject_org(sent.paragraph, sent.start)
        orgs = {m.canonical for _, m in self.outside.get(sent.index - 1, ()) if m.kind == "org"}
        wanted = D.KIND_OF_NOUN.get(described.split()[-1].lower(), frozenset())
        return lead if lead is not None and orgs == {lead} and wanted & self.index.kinds_of(lead) else None

    def _org(self, phrase: str, sent: Sentence, start: int) -> str | None:
        phrase = re.sub(r"(?:['’]s)?(?:\s+official)?$", "", phrase.strip())
        phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.IGNORECASE)
        generic = D.GENERIC_ORG.get(phrase) or D.GENERIC_ORG.get(phrase.lower())
        if generic is not None:  # "a government spokesperson" after "The Scottish Government has …": that one
            return government_in_view(self.masked, sent.paragraph, start) if generic == "UK government" else generic
        found = self.index.resolve(phrase, sentence=sent.index, before=start - sent.start)
        kind_noun = phrase.lower() in W.KIND_NOUNS
        if found is not None and self.index.is_person(found):
            return None
        if not kind_noun:
            return found
        if found is None:
            found = self.index.resolve("the " + phrase.lower(), sentence=sent.index, before=start - sent.start)
        if found is not None and not self.index.kindless():
            return found
        # "xAI said it would cooperate. A spokesperson for the company said": the one in focus, if it fits
        focus = self._spokes_org(sent.paragraph, start, kind_named=True)
        kinds = self.index.kinds_of(focus) if focus is not None else frozenset()
        # a body in focus that nothing gives a kind may be the one meant ("Lupus UK said …"), not one further back
        kindless = focus is not None and focus in self.index.kindless()
        if found is not None and kindless and focus != found:
            # the one in focus, unless the other is named in this paragraph too: then either may be meant
            return None if self._named_in_paragraph(found, sent.paragraph) else focus
        if found is not None:
            return found
        wanted = D.KIND_OF_NOUN.get(phrase.lower())
        return focus if focus is not None and (wanted is None or wanted & kinds or kindless) else None

    def _named_in_paragraph(self, canonical: str, para: int) -> bool:
        return any(m.canonical == canonical for sent in self.by_para[para] for _, m in self.outside.get(sent.index, ()))


def _office_key(body: str) -> str:
    """ "public prosecutor’s  office" -> "prosecutor's office": the same office however fully it is named."""
    return " ".join(body.lower().replace("’", "'").split()).removeprefix("public ")
