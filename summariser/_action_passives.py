"""Passive actions: "X was fined by Ofcom" (the agent acts), "Grok has been blocked in Turkey" (the country acts),
"the investigation was widened in July" (whoever runs the article's investigation), "X could be fined" (the enforcer
threatens).
"""

from __future__ import annotations

import re

from summariser import _action_patterns as P
from summariser._action_objects import BY_SOON, REDUCED
from summariser._action_phrases import PhraseHits
from summariser._action_rules import _PLACE_VERBS, _PUNITIVE, Hit, _is_official
from summariser._actor_patterns import ActorSpan
from summariser._lazy_re import lazy_re
from summariser._lexicon.actors import COMPANIES, GOVERNMENTS
from summariser._model import ActionStatus
from summariser._trie import words

_PRODUCTS = ("grok", "grok imagine", "the chatbot", "the app", "the tool")
# a company's own product named in the passive subject: what it restricted itself
_SELF_LIMITS = frozenset(("restrict", "suspend", "block"))
_OWN_PRODUCT = lazy_re(r"\b(?:said|says|confirmed)\s+(?:that\s+)?(?:Grok|its\s+(?:image\s+)?(?:tool|feature|chatbot))")
_IN_PLACE = lazy_re(r"\s+(?:\w+\s+){0,3}?in\s+")
_NOT_COUNTRIES = frozenset(("EU", "Europe", "London", "Paris", "Washington", "Brussels", "Dublin", "Canberra"))
# a passive's agent: "by" within the clause after the verb (`_agent_after` needs the sentence's actors)
_BY_AHEAD = lazy_re(r"[^,;:]{0,60}?\bby\s")
_CASE_VERBS = frozenset(words("open launch extend widen expand begin start"))
# "The inquiry was opened in April", "The case, handled by the cybercrime unit, was opened in July"
_CASE_SUBJECT = lazy_re(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?(?:investigation|inquiry|probe|case)(?:,[^,;]{1,80},)?\s+$"
)
_CASE_NOUN = lazy_re(r"\b(?:investigation|inquiry|probe|case)\b", re.IGNORECASE)


_CREDITS = frozenset(("direct",))
# what a force does to the suspect a story follows ("He was arrested in Glasgow last week"); "He has been released
# on bail" is the case's aftermath, not an act annotators count
_SUSPECT_ACTS = frozenset(("arrest", "charge", "detain"))
# the force's own officers telling it: "Officers said he had been charged", "Detectives said …"
_OFFICERS_SAID = lazy_re(
    r"(?:^|[.;]\s+)(?:[Oo]fficers|[Dd]etectives|[Pp]olice|[Ii]nvestigators)\s+(?:\w+ly\s+)?(?:said|say|says|added)\b"
)
# acts only a police force or a prosecutor does: told by one, they are its own
_POLICE_VERBS = frozenset(words("arrest charge detain raid search seize release refer"))
POLICE = _POLICE = lazy_re(
    r"\b(?:[Pp]olice|Constabulary|Garda|Gardaí|PSNI|[Pp]rosecut\w+|Crown\s+Prosecution|Met\b|Scotland\s+Yard)"
)
# formal acts whose doer is whoever announces them when the passive names no agent ("X has been summoned")
_ANNOUNCED = frozenset(
    words(
        "order summon fine ban block restrict suspend impose issue require instruct designate subpoena sanction "
        "levy grant open launch notify serve"
    )
)
GOVERNMENT_NAMES = _COUNTRIES = frozenset(GOVERNMENTS.values())
# the sentence's subject, set off by the participle's commas: "The new codes, | registered by …"
_OPENING_NP = lazy_re(r"((?:The|A|An|Its|Their)\s+(?:[\w-]+\s+){0,4}?[a-z][\w-]*),")
# between two members of a list: ", ", " and ", ", and " (a leading "the" stays outside a place's span)
_LIST_GAP = lazy_re(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_ACCORDING = lazy_re(
    r"\b[Aa]ccording\s+to\s+(?:(?:a|an|the)\s+)?(?:(?:written\s+|short\s+)?(?:statement|spokes(?:person|man|woman)"
    r"|notice|letter|filing|decision|order|press\s+release)\s+(?:from|by|for|of)\s+)?"
)
# what a signature makes law: "the statute protecting children online signed by …" (a letter signed is no act here)
_LAW_WORDS = frozenset(words("law laws statute act bill legislation treaty decree code"))
_BEING = frozenset(("being", "been", "be", "is", "are", "was", "were"))
_TO_VERB = lazy_re(r"\s+to\s+[a-z]")
_DETERMINERS = frozenset(words("the a an its their his her this that these those"))
_NP_STOPS = frozenset(words("of to in on for with and or but by from at into over under about against that which who"))


def _object_before(text: str, start: int) -> str | None:
    """The noun phrase a participle follows ("the state budget | approved by …"): back to its determiner, at most
    six words, never across a comma or a preposition; None when there is no plain noun phrase there."""
    before = text[max(0, start - 80) : start]
    if before.rstrip().endswith((",", ";", ":", "(", "—", "–")):
        return None
    words_before = before.split()
    taken: list[str] = []
    for word in reversed(words_before[-6:]):
        plain = word.strip("€$£%.'’").replace("-", "").replace(",", "").isalnum()
        if word.lower() in _NP_STOPS or not plain:
            break
        taken.append(word)
        if word.lower() in _DETERMINERS:
            break
    if not taken:
        return None
    if taken[-1].lower() in _DETERMINERS:
        taken[-1] = taken[-1].lower()  # "The state budget approved by …" opens the sentence
    return " ".join(reversed(taken))


class PassiveHits(PhraseHits):
    """Passive verbs of one sentence; `_action_clauses.SentenceContext` builds on it."""

    # the police force the article has already credited with an act: agentless arrests and seizures are its own
    police: str | None = None
    # who sent, signed, filed or tabled the last document the article reported: "The letter calls on …" is theirs
    author: str | None = None
    doc_it = False  # the sentence before introduced a document: a sentence-initial "It" is that document

    def _passive_hit(self, base: str, start: int, end: int, aux_start: int) -> Hit | None:
        if base in _CREDITS:
            return None  # "was directed by Justin Lin": a film credit, not an order
        status: ActionStatus = "taken"
        if P.FUTURE_PASSIVE.search(self.text, max(0, start - 30), start):
            status = "planned"
        elif P.THREAT_PASSIVE.search(self.text, max(0, start - 30), start):
            status = "threatened"
        has_agent = _BY_AHEAD.match(self.text, end) is not None
        if not has_agent and status == "taken" and base in _CASE_VERBS and self._about_the_case(aux_start):
            owner = self.finder.case_owner  # "The investigation was opened in July": by whoever runs it
            return Hit(owner, status, base, start, end, end, "do") if owner is not None else None
        if not has_agent and status == "taken" and base == "ask" and _TO_VERB.match(self.text, end):
            return self._asked_by_regulator(start, end, aux_start)  # "X has been asked to furnish details"
        if not has_agent and status == "taken" and base in _POLICE_VERBS and not self._quoted(start):
            return self._police_hit(base, start, end, aux_start)  # "Three men have been arrested, police said"
        if not has_agent and status == "taken" and base in _ANNOUNCED and not self._quoted(start):
            hit = self._announced_hit(base, start, end, aux_start)  # "X has been ordered to …, the Commission said"
            if hit is not None:
                return hit
        if not has_agent and status == "taken" and (base not in _PLACE_VERBS or not _IN_PLACE.match(self.text, end)):
            return None  # no agent, no country it happened in: nobody to credit (checked before finding actors)
        agent = self._agent_after(end) if has_agent else None
        subject = self._adjacent_subject(aux_start)  # the passive subject: "X was fined …"
        target = self._resolve(subject) if subject else None
        before = self._skip_fillers(aux_start)
        if target is None and self.text[max(0, before - 30) : before].rstrip().lower().endswith(_PRODUCTS):
            target = "Grok"
        if agent is not None:
            actor = self._resolve(agent)
            if actor is None:
                return None
            if agent.kind == "place":  # "signed by the UK, the US, Canada and Japan": each country's government
                for other in self._listed_after(agent):
                    name = self._resolve(other)
                    if name is not None:
                        name = GOVERNMENTS.get(name, name)
                        self._found.append(Hit(name, status, base, start, end, end, "do", target=target))
                actor = GOVERNMENTS.get(actor, actor)
            return Hit(actor, status, base, start, end, end, "do", target=target)
        place = self._place_after(end) if base in _PLACE_VERBS and target is not None else None
        if place is not None and status == "taken":  # "Grok has been blocked in Turkey": the country acted
            return Hit(place, status, base, start, end, end, "do", target=target)
        if status == "planned":  # "Ministers say it will be brought into force this week"
            speaker = self._speaker_before(aux_start)
            if speaker is not None:
                return Hit(speaker, "announced", base, aux_start, end, end, "do")
        if status == "threatened" and base in _PUNITIVE and target is not None:  # "X could be fined up to 10%"
            enforcer = self._enforcer() or self.finder.main_regulator
            if enforcer is not None and enforcer != target:
                return Hit(enforcer, "threatened", base, aux_start, end, end, "do", target=target)
        return None

    def _listed_after(self, first: ActorSpan) -> list[ActorSpan]:
        """The places listed right after `first` ("the UK, the US, Canada and Japan"), in order."""
        listed: list[ActorSpan] = []
        last = first
        for span in self.spans:
            if span.start < last.end:
                continue
            if span.kind != "place" or _LIST_GAP.fullmatch(self.text, last.end, span.start) is None:
                break
            listed.append(span)
            last = span
        return listed

    def _police_hit(self, base: str, start: int, end: int, aux_start: int) -> Hit | None:
        """ "Three men have been arrested …, the PSNI has said", "Police said a man had been charged": an arrest or a
        charge told by the force (or prosecutor) that made it; nobody is credited when someone else tells it."""
        speaker = self._trailing_speaker(end) or self._speaker_before(aux_start)
        if speaker is None and self._speech_before(aux_start):
            if self.police is None or _OFFICERS_SAID.search(self.text, 0, aux_start) is None:
                return None  # told by someone not named as a force
            speaker = self.police  # "Officers said he had been charged": the force the story is about
        if speaker is None and self.police is not None:
            patient = self._adjacent_subject(aux_start)
            if patient is None or (patient.ref in ("he", "she", "they") and base in _SUSPECT_ACTS):
                speaker = self.police  # "Devices were seized …", "He was arrested in Glasgow last week"
        if speaker is None or not _POLICE.search(speaker):
            return None
        return Hit(speaker, "taken", base, start, end, end, "do")

    def _announced_hit(self, base: str, start: int, end: int, aux_start: int) -> Hit | None:
        """ "X has been ordered to remove the posts, the regulator said", "According to the ministry, X was summoned":
        an agentless formal act told by a public body is that body's own; told by anyone else, nobody is credited."""
        speaker = self._trailing_speaker(end) or self._according_to() or self._speaker_before(aux_start)
        if speaker in COMPANIES and base in _SELF_LIMITS and _OWN_PRODUCT.search(self.text, 0, aux_start):
            # "X said Grok's image tools had been restricted in January": the company limiting its own product
            return Hit(speaker, "taken", base, start, end, end, "do", target="Grok")
        if speaker is None or not (_is_official(speaker) or speaker in _COUNTRIES):
            return None
        subject = self._adjacent_subject(aux_start)
        target = self._resolve(subject) if subject is not None else None
        if target == speaker:
            return None  # "the regulator was ordered to …, it said": told by the one it was done to
        return Hit(speaker, "taken", base, start, end, end, "do", target=target)

    def _according_to(self) -> str | None:
        """The body an "according to" attribution names in this sentence ("according to a statement from the
        prosecutor"), outside quotations."""
        m = _ACCORDING.search(self.text)
        if m is None or self._quoted(m.start()):
            return None
        to_end = m.start() + len("according to")  # the span may take in the article the pattern passed over
        span = next((s for s in self.spans if to_end <= s.start <= m.end() + 3 and s.end > m.end()), None)
        return self._resolve(span) if span is not None and span.kind in ("org", "ref", "gov") else None

    def _asked_by_regulator(self, start: int, end: int, aux_start: int) -> Hit | None:
        """ "X has also been asked to furnish details": the article's regulator asked, unless the one asked is it."""
        subject = self._adjacent_subject(aux_start)
        target = self._resolve(subject) if subject is not None else None
        if target is None or self._quoted(start):
            return None
        asker = self.finder.case_owner or self.finder.main_regulator
        if asker is None or asker == target:
            return None
        return Hit(asker, "called_for", "ask", start, end, end, "call", target=target)

    def _reduced_passive(self, base: str, start: int, end: int) -> Hit | None:
        """ "a petition filed by X", "orders issued by the ministry": a participle after its object, the agent acts."""
        by = BY_SOON.match(self.text, end) if base in REDUCED else None
        if by is None:
            return None
        before = self.text[max(0, start - 20) : start].rstrip()
        word = before.rsplit(None, 1)[-1] if before else ""
        if not word or not (word[0].islower() or word[-1] == ","):
            return None  # "Ofcom issued by-laws", a sentence start: not a participle after a noun
        if word in _BEING:
            return None  # "are being drafted by the Commission": a passive in progress, not a participle after a noun
        agent = self._agent_after(end)
        if agent is None or agent.start > by.end() + 4 or agent.kind == "place":
            return None
        actor = self._resolve(agent)
        thing = _object_before(self.text, start)
        np = None
        if thing is None and (np := _OPENING_NP.match(self.text)) is not None and np.end() + 2 >= start:
            thing = np.group(1)[:1].lower() + np.group(1)[1:]  # "The new codes, registered by Ofcom last year, …"
        if actor is None or thing is None or thing.endswith(("question", "questions")):
            return None  # "an urgent question tabled by the Liberal Democrats": a question put, not an act
        if base == "sign" and (np is not None or not _LAW_WORDS.intersection(thing.lower().split())):
            return None  # "the statute … signed by the President" is a law made; "The notification, signed by …" not
        # readers see the act with its object: "approved the state budget", not "approved by Republicans"
        return Hit(actor, "taken", base, start, end, end, "do", phrase=f"{self.text[start:end]} {thing}")

    def _about_the_case(self, aux_start: int) -> bool:
        """Is the passive's subject the article's investigation: "the investigation", or a leading "It" right after a
        sentence about one?"""
        left = self.text[max(0, aux_start - 60) : aux_start]
        if _CASE_SUBJECT.search(left):
            return True
        if self.text[:aux_start].strip() != "It" or self.index == 0:
            return False
        return _CASE_NOUN.search(self.finder.sentence_text(self.index - 1)) is not None

    def _place_after(self, end: int) -> str | None:
        """A country named right after a passive ban or block ("… was blocked in Indonesia")."""
        m = _IN_PLACE.match(self.text, end)
        if m is None:
            return None
        span = next((s for s in self.spans if s.start == m.end() and s.kind == "place"), None)
        return span.canonical if span is not None and span.canonical not in _NOT_COUNTRIES else None
