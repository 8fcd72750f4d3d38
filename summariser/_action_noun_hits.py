"""Actions named by nouns in one sentence: "Ofcom's investigation into X", "the plan by the government", "threats
from Keir Starmer", "said its investigation was progressing".

`NounHits` adds these to the phrase analysis of `_action_phrases.PhraseHits`, which builds on it.
"""

from __future__ import annotations

from summariser import _action_patterns as P
from summariser._action_build import ActionParts
from summariser._action_noun_rules import bare_noun_counts, ruled_on
from summariser._action_rules import _DECISION_TO, _NOUN_WORDS, Hit, _phrase, _possessive_follows
from summariser._actor_patterns import ActorSpan
from summariser._lazy_re import lazy_re
from summariser._model import ActionStatus

_GIVEN_TO = lazy_re(r"\b(?:to|with|before)\s+(?:the\s+)?$")
# "its investigation", "our ongoing inquiry": a case named by its owner's pronoun
_PRONOUN_REF = {"its": "it", "our": "we", "their": "they"}
_OWN_PRONOUNS = frozenset(_PRONOUN_REF)
_CASE_WORDS = frozenset(("investigation", "inquiry", "probe", "proceedings"))
# acts named as coming from someone: "under orders from Brussels", "threats from Keir Starmer"
_FROM_ACTIONS: dict[str, ActionStatus] = {"order": "taken", "threat": "threatened", "request": "called_for"}
_FROM_NOUNS = frozenset(("order", "orders", "threat", "threats", "request", "requests"))
_NOUN_FROM = lazy_re(r"\b(?P<noun>orders?|threats?|requests?)\s+from\s+(?:the\s+)?")
# what opens a clause whose subject is the case: "said its investigation …", "“Our investigation …"
_CASE_OPENS = lazy_re(r"(?:^|\b(?:said|says|that)\s+|[:“\"‘]\s*|[.!?]\s+|\b(?:[Hh]owever|[Mm]eanwhile),\s+)$")
_WHICH_REMAINS = lazy_re(r",\s+which\s+(?:remains|is\s+still|is\s+continuing|continues)\b")
# "… into X is a priority", "…, which remains open", "… remains ongoing", "… was at an advanced stage"
_CASE_GOES_ON = lazy_re(
    r"(?:\s+(?:into|of|against)\s+[^,;:.“”\"]{1,60}?)?(?:,\s+which)?\s+(?:is|was|remains|remained|continues"
    r"|continued|has\s+been|had\s+been)\s+(?!to\b|not\b)"
)
_PRONOUN_CASE = lazy_re(
    r"\b(?P<pro>[Ii]ts|[Oo]ur|[Tt]heir)\s+(?:own\s+)?(?:(?:formal|ongoing|continuing|current|existing|criminal|civil"
    r"|separate|wider|main|initial)\s+)?(?P<noun>investigation|inquiry|probe|proceedings)\b"
)
# the main verb after a noun-phrase subject ("Ofcom's investigation into X is continuing")
_NOUN_CLAUSE_VERB = lazy_re(
    r"\s(?:is|was|are|were|has|had|have|will|would|could|can|may|might|should|must|remains?|remained|continues?"
    r"|continued|sits?|sat|comes?|came|began|follows?|followed|looks?|seems?|appears?|takes?|took|showed|shows"
    r"|drew|draws|prompted|sparked|triggered|provoked|angered|gives|gave|requires|required|directs|directed)\b"
)


class NounHits(ActionParts):
    """Noun actions of one sentence; `hits()` in the subclass calls `_noun_hits()` after the verbs and phrases."""

    def _noun_hits(self) -> None:
        text = self.text
        if "from" in self.words and not self.words.isdisjoint(_FROM_NOUNS):
            self._from_hits()
        if self.words.isdisjoint(_NOUN_WORDS):
            return
        for m in P.POSSESSIVE_NOUN.finditer(text) if ("’s" in text or "'s" in text) else ():
            owner = self._ends.get(m.start())
            if owner is None or owner.kind == "pronoun" or self._quoted(m.start()):
                continue
            if _GIVEN_TO.search(self.text, max(0, owner.start - 30), owner.start):
                continue  # "declined to give evidence to the committee's inquiry": the case is only a setting
            actor = self._resolve(owner)
            noun = m.group("noun").lower()
            if ruled_on(self.text, noun, owner.start):
                continue  # "the court dismissed X's appeal against …": the court's act; the appeal is its setting
            if noun == "decision" and m.group("prep") is not None and not _DECISION_TO.match(self.text, m.end("noun")):
                continue
            if m.group("bare") is not None and (
                actor is None
                or not bare_noun_counts(self.finder, self.index, text, noun, m.end("noun"), owner.start, actor)
            ):
                continue  # "X's challenge is …"; "Ofcom's investigation is continuing" after it was opened
            if actor is not None:
                self._add_noun(actor, noun, owner.start, m.end("noun"))
        for by in P.NOUN_BY_ANY.finditer(text) if "by" in self.words else ():
            span = next((sp for sp in self.spans if sp.start == by.end()), None)
            if span is None or self._quoted(by.start()) or _possessive_follows(text, span.end):
                continue  # "the plan by the government's Pension Benefit Guarantee Corp": the owner is not the agent
            actor = self._resolve(span)
            if actor is not None:
                self._add_noun(actor, by.group("noun").lower(), by.start(), span.end)

        if not self.words.isdisjoint(_OWN_PRONOUNS) and not self.words.isdisjoint(_CASE_WORDS):
            self._pronoun_case_hits()

    def _from_hits(self) -> None:
        """ "under orders from Brussels", "threats from Keir Starmer", "a request from X Corp": the one the act comes
        from made it."""
        for m in _NOUN_FROM.finditer(self.text):
            span = next((sp for sp in self.spans if sp.start == m.end()), None)
            if span is None or self._quoted(m.start()) or _possessive_follows(self.text, span.end):
                continue
            actor = span.canonical if span.kind == "place" else self._resolve(span)
            if actor is None:
                continue
            status = _FROM_ACTIONS[m.group("noun").lower().rstrip("s")]
            phrase = self.text[m.start() : span.end]  # readers see the words: "threats from Keir Starmer"
            self._found.append(Hit(actor, status, "from", m.start(), span.end, span.end, noun=True, phrase=phrase))

    def _pronoun_case_hits(self) -> None:
        """ "Ofcom said its investigation was progressing", "as part of our ongoing investigation": the owner of a
        case named by a possessive pronoun runs it (taken), unless a verb of the same actor already stands for it."""
        for m in _PRONOUN_CASE.finditer(self.text):
            pronoun = m.group("pro").lower()
            ref = _PRONOUN_REF[pronoun]
            if (ref == "we") != self._quoted(m.start()):
                continue  # "our" only in a quotation, "its" only outside one
            if not _CASE_OPENS.search(self.text, max(0, m.start() - 12), m.start()) and not _WHICH_REMAINS.match(
                self.text, m.end()
            ):
                continue  # "finished its investigation", "while its inquiry continues": not the news of the clause
            if not _CASE_GOES_ON.match(self.text, m.end()):
                continue  # the case must be the subject of a present state: "is progressing", "remains open"
            actor = self._speaking_body(m.start()) if ref != "we" else None
            if actor is None:
                actor = self._resolve(
                    ActorSpan(m.start(), m.start() + len(pronoun), m.group("pro"), None, "pronoun", ref)
                )
            if actor is None or any(h.actor == actor and h.status == "taken" for h in self._found):
                continue
            self._add_noun(actor, m.group("noun").lower(), m.start(), m.end("noun"))

    def _speaking_body(self, pos: int) -> str | None:
        """The organisation whose speech verb comes last before `pos` ("Ofcom said … its investigation"), or None when
        there is none or the speaker is a person (whose "its" means someone else)."""
        last = None
        for verb in self._speech_verbs:
            if verb.end() > pos:
                break
            last = verb
        subject = self._adjacent_subject(last.start()) if last is not None else None
        if subject is None or subject.kind not in ("org", "ref", "gov"):
            return None
        return self._resolve(subject)

    def _add_noun(self, actor: str, noun: str, start: int, end: int) -> None:
        status, verb = P.NOUN_ACTIONS[noun]
        rest = _phrase(self.text, end)
        clause_verb = _NOUN_CLAUSE_VERB.search(rest)
        if clause_verb is not None:  # "Ofcom's case against X | sits alongside …": the sentence's own verb is not it
            rest = rest[: clause_verb.start()].rstrip()
        phrase = f"{verb} {noun if verb in ('launched', 'opened') else ''}".strip()
        if verb.startswith(("called", "demanded", "threatened", "refused", "plans")) or noun in (
            "decision",
            "order",
            "proposals",
        ):
            phrase = f"{verb}{rest}"  # "refusal to divest" -> "refused to divest" (the rest once, not twice)
        else:
            phrase = f"{phrase}{rest}"
        hit = Hit(actor, status, noun, start, end, end, noun=True, phrase=phrase.strip())  # type: ignore[arg-type]
        self._found.append(hit)
