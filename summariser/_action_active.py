"""The actor and status of a verb once its tense is read: `_active_hit` finds the subject standing before the verb
(or a shared or inherited one) and checks what the actor may do; `_modal_hit` reads a modal or negation cue ("will",
"could", "refused to") for the status first. `_action_clauses.SentenceContext` calls them from its verb analysis.
"""

from __future__ import annotations

from summariser import _action_frames as F
from summariser import _action_patterns as P
from summariser._action_cheap import CheapTests
from summariser._action_frames import is_conditional_threat
from summariser._action_gates import _plural_call, warned
from summariser._action_joins import _OPENS
from summariser._action_reported import (
    COURT_NAME,
    COURT_ONLY,
    LETTER_DEMANDS,
    letter_calls,
    minister_asks,
)
from summariser._action_rules import (
    _AFTER_VERB,
    _CLASS_STATUS,
    _LETTER_ASKS,
    _LETTER_VERBS,
    _PLACE_VERBS,
    _PROCEDURAL,
    _PUNITIVE,
    _SIGNED_LETTER,
    Hit,
    _is_authority,
    _is_official,
)
from summariser._actor_lists import listed_again, they_also
from summariser._clause_cues import (
    _CAPABILITY,
    _GIVEN_POWER,
    _LIST_AND,
    _PERFECT,
    _SCHEDULED,
    _SMALL_CLAUSE,
    _TELLING,
    _TO_COURT,
    _WE_NOW,
    _quotable,
)
from summariser._lexicon.actors import SEATS_AS_ACTORS, US_STATES
from summariser._model import ActionStatus

# US states act in their own name in any verb ("Arizona has also begun an inquiry"); countries act through bodies
_STATES = frozenset(US_STATES)
# formal steps a person's relative clause reports as news ("Dufresne, who expanded an investigation into X"), unlike
# background such as "Newsom, who signed the laws"
_CASE_ACTS = frozenset(("open", "launch", "expand", "widen", "table"))
# a country's government speaks for it when it calls on, asks or refuses someone ("France, Spain and Italy have asked
# the Commission to …", "Brazil rejected X's request") or signs up to a text; investigating stays its institutions'
_COUNTRY_CLASSES = frozenset(("call", "refuse"))
_UK_NAMES = frozenset(("UK", "Britain", "United Kingdom", "Great Britain"))
_COUNTRY_VERBS = frozenset(("sign", "back", "join", "propose"))


class ActiveHits(CheapTests):
    """A verb's actor and status, given where its clause starts; `SentenceContext` builds on it."""

    def _modal_hit(self, base: str, cls: str, start: int, end: int, left: str) -> Hit | None:
        found = P.modal_cue(self.text, start)
        if found is None:
            if cls == "do" and self._quoted(start) and _WE_NOW.search(self.text, max(0, start - 12), start):
                return self._active_hit(base, cls, "taken", start, start, end)  # "We now geoblock …"
            if _plural_call(self.text, start, cls):
                return self._active_hit(base, cls, "called_for", start, start, end)  # "EU lawmakers want …"
            return None
        group, cue_start = found
        cue_word = self.text[cue_start:start].split()[0].lower()
        if cue_word == "the" and _GIVEN_POWER.search(self.text, max(0, cue_start - 50), cue_start):
            return None  # "the bill would give Ofcom the power to fine": a power granted, not a threat made
        if base not in _PUNITIVE and (
            cue_word == "the" or (cue_word == "to" and _CAPABILITY.search(self.text, max(0, cue_start - 30), cue_start))
        ):
            return None  # "has the power to ask a court …": a power held, not a move ("the power to fine" threatens)
        if (
            cue_word == "the"
            and "if" not in self.words
            and "against" not in self.text[end : end + 40]  # "the power to take action against platforms that …"
            and ((sanction := F.CAN_SANCTION.match(self.text, end)) is None or sanction.group("target") is None)
        ):
            return None  # "has the power to seek a business disruption order": a power held over no one named
        if group == "neg":
            if base in _TELLING:
                return None  # "declined to confirm the drafting": press handling, not a refusal anyone acts on
            status: ActionStatus = "refused"
        elif group == "thr":
            status = "threatened" if cls in ("do", "threaten") else _CLASS_STATUS[cls]
            courts = base in ("ask", "apply") and _TO_COURT.match(self.text, end) is not None
            if cue_word == "can" and (
                base not in _PUNITIVE
                or courts
                or (sanction := F.CAN_SANCTION.match(self.text, end)) is None
                or F.GENERAL_POWER_BEFORE.search(self.text, max(0, cue_start - 12), cue_start) is not None
                # "Under the 2022 Act, the regulator can impose fines …": what the law allows ("can fine X" is aimed)
                or (self.text.startswith("Under ") and sanction.group("target") is None)
            ):
                return None  # "can make recommendations", "can fine companies up to 4%": a power, not a move
            if cue_word in ("could", "may", "might") and base not in _PUNITIVE and not courts:
                status = "planned"
            elif courts and cue_word in ("could", "may", "might", "can"):
                status = "threatened"  # "the regulator could ask a court to order …": a sanction held over X
        elif group == "ref":
            if base in _TELLING:
                return None  # "declined to confirm the drafting"
            status = "refused"
        elif group == "ann":
            status = "announced"
        elif group == "act":
            status = "taken"
        else:
            status = "planned"
            if cls in ("threaten", "call", "refuse"):
                status = _CLASS_STATUS[cls]
            firm = cue_word in ("will", "would", "shall") or cue_word.endswith(("'ll", "’ll"))
            # "said it would …", a quoted "we will" and a plain "Cardiff Council will stop posting" announce a move;
            # "will examine" and "will make a statement" stay plans (weighing, or a date in the diary)
            if (
                firm
                and cls not in ("threaten", "refuse")
                and base not in _PROCEDURAL
                and not _SCHEDULED.match(self.text, end)
            ):
                status = "announced"
        if is_conditional_threat(base, cls, status, self.text, end) or (
            (base in _PUNITIVE or base in ("go", "return"))
            and status in ("planned", "announced")
            and warned(self.text, start, self.words)
        ):
            status = "threatened"  # "would act if the company did not", "is prepared to go to court"
        return self._active_hit(base, cls, status, cue_start, cue_start, end)

    def _active_hit(
        self,
        base: str,
        cls: str,
        status: ActionStatus,
        phrase_start: int,
        subj_end: int,
        end: int,
    ) -> Hit | None:
        if not self._could_have_subject(subj_end):
            return None  # cheap test first: most verbs follow a plain lower-case word, never an actor
        subject = self._adjacent_subject(subj_end)
        perfect = _PERFECT.search(self.text, max(0, subj_end - 30), subj_end) is not None
        shared = self._shared_subject(subj_end) if subject is None else None
        if (
            self._quoted(phrase_start)
            and not _quotable(subject, status, perfect)
            and not (subject is not None and not self._quoted(subject.start) and self._quote_opens_at(phrase_start))
            and not (
                shared is not None and self.text[phrase_start - 1 : phrase_start] in _OPENS
            )  # "and had “geoblocked”"
        ):
            return None  # inside a quotation: "we will …" by the speaker's organisation, or what a named body did
        if subject is not None and _SMALL_CLAUSE.search(self.text, max(0, subject.start - 30), subject.start):
            return None  # "ordered X suspended nationwide": X is the object of another verb, not acting
        if (
            subject is not None
            and subject.kind == "place"
            and subject.canonical not in SEATS_AS_ACTORS
            and base not in _PLACE_VERBS
            and cls not in _COUNTRY_CLASSES
            and base not in _COUNTRY_VERBS
            and subject.canonical not in _STATES
            and not subject.text.endswith(" state")  # "Washington state sued …"
        ):
            return None  # "the US is investigating": a country acts through its institutions, name them
        listed = (
            listed_again(self, self._skip_fillers(subj_end))
            if self.finder.listed is not None and (subject is None or subject.kind == "group")
            else None
        )
        if listed is not None:  # "The three governments also called for …": each government listed before
            for name in listed[1:]:
                self._found.append(Hit(name, status, base, phrase_start, end, end, cls))
            return Hit(listed[0], status, base, phrase_start, end, end, cls)
        actor = (
            self._resolve(subject)
            if subject
            else shared
            or self._inherited(
                subj_end,
                place_ok=base in _PLACE_VERBS,
                who_ok=cls in ("call", "refuse") or base in _LETTER_VERBS or base in _CASE_ACTS,
            )
        )
        if subject is not None and subject.kind == "place" and actor is not None:
            if actor in _UK_NAMES:
                actor = "UK government"  # "Britain has urged X to …": the government acts for the country
            elif subject.text == actor and actor in SEATS_AS_ACTORS:
                actor = SEATS_AS_ACTORS[actor]  # "Ottawa was weighing …": the capital is its government
        if actor is None or (base in COURT_ONLY and not COURT_NAME.search(actor)):
            return None  # "affirmed", "reversed", "vacated": a court's ruling; "affirmed its commitment" is talk
        letter = base in _LETTER_VERBS or (base == "sign" and _SIGNED_LETTER.match(self.text, end) is not None)
        if letter and status == "taken" and _LETTER_ASKS.match(self.text, end):
            index = self.finder.index
            role = index.role_of(actor) if index is not None else None
            official = _is_official(actor, role) or minister_asks(role, self.text, end)
            asks = not official or "recommendation" in self.text[end : end + 40]  # prosecutors' too
            # an official's letter that asks for information is an inquiry, one that asks X to change course a call
            # ("the authority had written to X twice asking it to disable the feature")
            asks = asks or LETTER_DEMANDS.match(self.text, end) is not None or letter_calls(self.text, end)
            if asks and "cease" not in self.text[end : end + 60]:
                status = "called_for"  # an MP "has written to the minister asking …" is making a call
        if base == "ask" and status == "called_for" and _is_authority(actor, self.text[end:]):
            status = "taken"  # a minister "asking" officials is directing them
        first = self._conjoined_before(subject) if subject is not None else None
        if first is not None and subject is not None and not _LIST_AND.search(self.text, first.end, subject.start):
            first = None  # "The Garante, Italy's privacy watchdog, banned": an appositive, not a list
        while (
            first is not None
            and first.kind == subject.kind  # type: ignore[union-attr]
            and not _AFTER_VERB.search(self.text, max(0, first.start - 20), first.start)
        ):
            other = self._resolve(first)
            if other is not None and other != actor:
                self._found.append(Hit(other, status, base, phrase_start, end, end, cls))
            first = self._conjoined_before(first)
        for other in they_also(self, subject, actor) if subject is not None and subject.ref == "they" else ():
            self._found.append(Hit(other, status, base, phrase_start, end, end, cls))
        # "restricted … and limited …", "fined X and ordered it to …": each verb is an act of its own (annotators of
        # unseen copy count both)
        return Hit(actor, status, base, phrase_start, end, end, cls)
