"""One sentence's actions: candidate verbs, fixed phrases and action nouns, each tied to subject, status and object.

`SentenceContext.hits()` returns the actions of one sentence in text order (one per actor and verb); each verb's
tense is read here, its actor and status in `_action_active`;
`SentenceContext.to_action` (from `_action_build.ActionParts`) fills in phrase, target, timing and instrument.
"""

from __future__ import annotations

from summariser import _action_frames as F
from summariser import _action_patterns as P
from summariser._action_active import ActiveHits
from summariser._action_bills import bill_hits
from summariser._action_cases import case_opened_hits
from summariser._action_courts import court_rejects
from summariser._action_features import feature_hits
from summariser._action_gates import candidate_verbs, object_missing
from summariser._action_joins import _BY_ING, _CASE_BEFORE, _CASE_STARTS, _DOCUMENT_SUBJECT, DOCUMENT_PARTICIPLE
from summariser._action_objects import also_fits, judged
from summariser._action_ongoing import ongoing_case_hits
from summariser._action_reported import (
    BEFORE_AT_END,
    IT_OPENS,
    NOT_ASSERTED,
    SHOWN_DONE,
    SPEECH_LIKE,
    THAT_BODY_DID,
    may_not_assert,
    not_asserted,
    reported_warning,
)
from summariser._action_rules import (
    _CLASS_STATUS,
    _PROCEDURAL,
    _SAME_PAST,
    Hit,
    _adjectival,
    _inside,
    _merge,
)
from summariser._clause_cues import (
    _ACT_ALONE,
    _COUNTERFACTUAL,
    _DOCUMENT_BEFORE,
    _FIRM_BEFORE,
    _FUTURE_ONLY,
    _KEEPS_AT,
    _LAWMAKING,
    _NEEDS_ACTOR_OBJECT,
    _NOT_ING,
    _NOW_BEFORE,
    _PENDING,
    _PERFECT_TAILS,
    _PROPOSED_PENALTY,
    _REPORTED_BEFORE,
    _SUMMONS,
    _WEIGHING_NOW,
    _expects_plan,
    _refusal_cue,
)
from summariser._verb_objects import _VERB_OBJECT


class SentenceContext(ActiveHits):
    """Finds the actions of one sentence; built only for sentences that pass the pre-filter."""

    # -- finding --------------------------------------------------------------------------------------------------

    def hits(self) -> list[Hit]:
        """The sentence's actions in text order, one per (actor, verb)."""
        lowered = self.lowered if self.lowered is not None else self.text.lower()
        if len(lowered) != len(self.text):  # a few characters lengthen when lower-cased; keep offsets true
            lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in self.text)
        verbs = self.verbs if self.verbs is not None else candidate_verbs(self.text, lowered, self.words)
        for start, form in verbs:
            hit = self._verb_hit(form, start)
            if hit is not None:
                self._found.append(hit)
        self._phrase_hits()
        self._noun_hits()
        self._found.extend(case_opened_hits(self.text, self.finder.case_owner, self.quotes))
        self._found.extend(bill_hits(self))
        self._found.extend(ongoing_case_hits(self))
        self._found.extend(feature_hits(self))
        options = [h for h in self._found if h.key == "options"]
        if options:  # "refused to rule out": the threat, not a refusal
            self._found = [h for h in self._found if h.key == "options" or not _inside(h, options)]
        found = sorted(self._found, key=lambda h: h.anchor)
        if found and ("show" in self.words or "shows" in self.words or "prove" in self.words):
            found = [h for h in found if SHOWN_DONE.search(self.text, max(0, h.start - 50), h.start) is None]
        if len(found) > 1 and any(h.key == "warn" for h in found):
            found = [h for h in found if not reported_warning(h, found, self.text)]
        if found and may_not_assert(lowered, self.words) and NOT_ASSERTED.search(self.text):
            # "The claim that Poland has banned Grok … is false", "asked when Ofcom would issue its decision"
            found = [h for h in found if not not_asserted(self.text, h.start)]
        return _merge(found)

    def _verb_hit(self, surface: str, start: int) -> Hit | None:
        base, form, cls = P.VERB_FORMS[surface]
        text, end = self.text, start + len(surface)
        after = text[end:]
        if base == "expect" and form in ("past", "s") and _expects_plan(text, start, end):
            return self._active_hit(base, "plan", "planned", start, start, end)  # "she expected to reach a view"
        rule = _VERB_OBJECT.get(base)
        if base == "consider" and judged(base, after):
            return None  # "commitments it considered sufficient"
        if base == "act" and form == "base" and (_ACT_ALONE.match(after) or F.IF_AFTER.match(after)):
            cls, rule = "threaten", None  # "we will act, and we will not be slow about it": a warning
        if rule is not None and object_missing(rule, base, form, text, start, end, self.words):
            return None
        if base == "back" and form == "past" and F.BACKED_SUPPORT.match(after) and not also_fits(base, after):
            return (
                None  # "backed the regulator", "backed the plan": support voiced ("backed government amendments" votes)
            )
        if (
            cls in ("refuse", "call")
            and P.NON_ACTION_OBJECTS.match(after)
            and not court_rejects(base, after, lambda: self._adjacent_subject(start))
        ):
            return None
        if base == "rule" and after.lstrip().lower().startswith("out"):
            cls = "refuse"
        elif base == "vote" and form == "past" and after.lstrip().lower().startswith(("down ", "against ")):
            cls = "refuse"  # "voted down a Conservative amendment", "voted against the bill"
        elif base == "decide" and after.lstrip().lower().startswith("against"):
            cls = "refuse"  # "considered, but decided against, applying to the courts"
        elif base == "call" and _SUMMONS.match(after):
            cls = "do"  # "to call X representatives to give evidence": a summons, not a plea
        if base in SPEECH_LIKE and (F.CONFIRMS_CLAUSE.match(after) or THAT_BODY_DID.match(after)):
            return None  # "confirmed (that) the government would …": speech; the reported act is the action
        if cls == "announce" and not after.strip(" .”\"’'"):
            return None  # "…, the justice minister has announced.": an attribution; the announcement is before it
        if base == "reach" and form == "past" and _PENDING.search(text, max(0, start - 30), start):
            return None  # "until it reached a final decision": a step still to come, not one taken
        if base in _FUTURE_ONLY and form != "base":
            return None  # "is due to appear before MPs" is news of a plan; a witness who "appeared" is not an act
        if base == "go" and form != "base":
            return None  # "will go further" is a plan; "went further on social media" is not an act
        asks_for = base == "ask" and after.startswith(" for ")  # "asked for copies of the evaluations"
        if (
            base in _NEEDS_ACTOR_OBJECT
            and not asks_for
            and not self._actor_object(end)
            and not (base != "expect" and self._plural_object(end))  # "expected other states to follow" is no call
            and not (base == "expect" and F.EXPECTED_COMPLIANCE.match(text, end))
            and not _refusal_cue(text, start, form)
            and not (base == "ask" and form == "past" and P.PASSIVE_AUX.search(text, max(0, start - 40), start))
        ):
            return None  # "expect the facts to be …", "asked Grok to …": only an actor can be urged or asked
        left = text[:start]
        if form == "base":
            return self._modal_hit(base, cls, start, end, left)
        if form == "ing" and cls == "call":
            keeps = _KEEPS_AT.search(left, max(0, start - 40))
            if keeps is not None:  # "we will keep pressing the UK Government to …", "have spent months pressing it"
                return self._active_hit(base, cls, "called_for", start, keeps.start(), end)
        if form == "ing" and cls in ("do", "plan"):
            aux = _NOT_ING.search(left, max(0, start - 40))
            if aux is not None:  # "Ofcom said it was not currently seeking business disruption measures"
                return self._active_hit(base, cls, "refused", start, aux.start(), end)
        if _adjectival(left) or P.NEGATED.search(left, max(0, start - 40)):
            return None
        if form == "past" and _COUNTERFACTUAL.search(left, max(0, start - 30)):
            return None  # "should have used its powers", "would have banned the apps": what did not happen
        if form == "past" and left.endswith(_PERFECT_TAILS) and F.GAPPED.search(text, max(0, start - 90), start):
            return None  # "the largest (fine) Ofcom has imposed": a relative clause about an act already reported
        if form == "past" and cls == "do" and left.endswith(_PERFECT_TAILS) and BEFORE_AT_END.match(text, end):
            return None  # "Turkey has blocked websites on a large scale before.": background, not this story's act
        if form == "s" and cls in ("do", "plan") and not _NOW_BEFORE.search(text, max(0, start - 8), start):
            return None  # "X removes illegal content": habitual present, not news ("it now blocks" is news)
        if form == "past" and base in _SAME_PAST and P.modal_cue(text, start):
            return self._modal_hit(base, cls, start, end, left)
        if form in ("past", "s") and cls == "call" and not self._quoted(start):
            document = _DOCUMENT_SUBJECT.search(text, max(0, start - 50), start)
            if document is None and self.doc_it and self.author is not None and IT_OPENS.fullmatch(text, 0, start):
                # "The report … was launched by the Nordic Digital Policy Forum. It calls on …": its author calls
                return Hit(self.author, "called_for", base, start, end, start, cls)
            if document is not None:  # "The letter calls on the Government to …": its authors call
                author = self._document_author(document.start(), document.end())
                if author is not None:
                    return Hit(author, "called_for", base, start, end, start, cls)
            elif text[start - 2 : start] == ", ":  # "The letter, signed by the NSPCC and sent on Monday, urges …"
                signed = DOCUMENT_PARTICIPLE.search(text, max(0, start - 260), start)
                at = signed.end("by") if signed is not None else -99
                by = next((sp for sp in self.spans if 0 <= sp.start - at <= 8 and sp.start >= at), None)
                author = self._resolve(by) if by is not None and by.kind in ("org", "gov", "group") else None
                if author is not None:
                    return Hit(author, "called_for", base, start, end, start, cls)
        if form in ("past", "s"):
            aux = P.PASSIVE_AUX.search(left, max(0, start - 40)) if form == "past" else None
            if aux is not None:
                return None if self._quoted(start) else self._passive_hit(base, start, end, aux.start())
            reduced = self._reduced_passive(base, start, end) if form == "past" else None
            if reduced is not None:
                return reduced
            if form == "past" and base in _CASE_STARTS and _CASE_BEFORE.search(text, max(0, start - 40), start):
                return self._case_start_hit(base, start, end)  # "a seven-week investigation launched in January"
            status = _CLASS_STATUS[cls]
            if cls == "announce" and P.LAUNCH_NOUN.match(after):
                status = "taken"
            elif base == "propose" and form == "past" and _PROPOSED_PENALTY.match(after):
                status = "taken"  # "has proposed a fine of £18m": a regulator's provisional decision is an act
            return self._active_hit(base, cls, status, start, start, end)
        aux_start = P.PROGRESSIVE.search(left, max(0, start - 40))
        if aux_start:
            # weighing something ("the government was examining further steps") is a plan, not yet an act
            weighing = (
                base in _WEIGHING_NOW
                and not after.lstrip().startswith("whether")  # "examining whether X …"
                and F.CASE_MATERIAL.match(after) is None  # "examining complaints about X": an inquiry under way
                and F.CASE_SUBJECT.match(after) is None  # "is also examining Grok", "reviewing the platform's …"
            )
            weighing = weighing or (base in _PROCEDURAL and F.WHETHER_TO.match(after) is not None)  # "whether to fine"
            # "considering whether …" always weighs; "examining whether X should be …" weighs a measure
            weighing = weighing or (base == "consider" and "whether" in after[:12])
            weighing = weighing or ("whether" in after[:12] and F.WHETHER_MAY.match(after) is not None)
            weighing = weighing or (base == "work" and after.startswith(" on "))  # "working on changes to the Act"
            status = "planned" if weighing else _CLASS_STATUS[cls]  # is an inquiry under way
            if base in _LAWMAKING and aux_start is not None and aux_start.group(0).lower().startswith(("is", "are")):
                status = "announced"  # "we are banning the tools": a law on its way, not yet in force
            if aux_start.group(0).lower().startswith("be"):
                reported = _REPORTED_BEFORE.search(left, max(0, aux_start.start() - 24), aux_start.start())
                if reported is not None:  # "Ministers are understood to be considering …": the subject before it
                    return self._active_hit(base, cls, status, start, reported.start(), end)
                if not _FIRM_BEFORE.search(left, max(0, aux_start.start() - 12), aux_start.start()):
                    return None  # "could be considering", "to be examining": not a tense this reads
                status = "planned" if weighing else "announced"  # "we will be writing to both companies"
            return self._active_hit(
                base, cls, status, start, aux_start.start() if aux_start else start, end
            )  # "made contact … and was assessing …": a second, ongoing act
        if form == "ing" and cls == "do" and "with" in self.words:
            absolute = self._absolute_subject(start, base)
            if absolute is not None:  # "with France referring the platform to prosecutors, Spain ordering an inquiry"
                return Hit(absolute, "taken", base, start, end, end, cls)
        # "responded by calling for …", "weeks after fining it €120m": the clause's own subject did it too
        # (only after an action of that subject: "it takes action by removing …" is a habit, not news)
        if base not in _PROCEDURAL and _BY_ING.search(text, max(0, start - 8), start) and not self._quoted(start):
            return self._gerund_hit(base, cls, start, end)
        # ", urging the regulator to …": the main subject acts
        if cls != "do" and text[max(0, start - 12) : start].rstrip().endswith(","):
            if self._found:  # "Ofcom has written to xAI, asking …": who did the act just before asks
                actor: str | None = self._found[-1].actor
            else:
                subject = self._main_subject(start)
                actor = self._resolve(subject) if subject else None
            if actor is not None:
                return Hit(actor, _CLASS_STATUS[cls], base, start, end, start, cls)
        # "tabled a draft resolution calling on the Commission to …": who moved the document calls for it
        if cls == "call" and self._found and _DOCUMENT_BEFORE.search(text, max(0, start - 40), start):
            prev = self._found[-1]
            moved = prev.key != "table" or prev.status == "taken"  # "would table a motion calling …": not yet made
            if prev.key not in ("write", "send", "sign", "join") and moved and not self._quoted(start):
                return Hit(prev.actor, "called_for", base, start, end, start, cls)
        return None
