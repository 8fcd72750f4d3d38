"""One sentence's lazily computed facts, and the actor that stands right before a verb.

`AdjacentSubjects` answers "who acts here?" by adjacency: the actor that stands right before the verb once auxiliaries,
adverbs, timing phrases and parentheticals are skipped. `_action_subjects.SentenceBase` resolves those actors to names.
"""

from __future__ import annotations

import re
from datetime import datetime

from summariser import _action_patterns as P
from summariser._action_rules import (
    _AND_BEFORE,
    _OFFICE,
    _QUESTION,
    _SUBORDINATE,
    _VERBISH,
    _WHILE,
    Hit,
    _possessive_follows,
    filler_start,
)
from summariser._actor_patterns import ActorSpan, after_preposition
from summariser._actors import ActorFinder
from summariser._lazy_re import lazy_re
from summariser._subject_cues import (
    _AGENTS_FOR,
    _INCLUDING,
    _MEMBERS_OF,
    _OFFICE_TAILS,
    _OPENING_MARKS,
    _PREP_TAIL,
    _may_end_timing,
    _open_participle,
    _open_relative,
    contracted_subject,
    follows_document,
    holder_before,
    postnominal_start,
    whole_appositive,
)
from summariser._timing import TimingPhrase, timing_matches, timing_value

# a speech verb set off by commas between a subject and its verb: "Ofcom, she reminded the House, had issued …"
_SPEECH_ASIDE = lazy_re(
    r",\s+(?:he|she|they|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:said|says|explained|added|noted|argued|insisted"
    r"|reminded|told|stressed|recalled|pointed\s+out)(?:\s+(?:the\s+)?[A-Z][\w'’-]*|\s+(?:reporters|us|MPs|peers))?,$"
)

_NAMED = ("person", "org")


# a fronted subordinate clause whose last words may be a prepositional phrase: "In February, after a wave of images
# circulated on the platform, …" (its verb in -ed stands between the conjunction and the comma)
_FRONTED = lazy_re(
    r"(?:^|,\s+)(?:[Aa]fter|[Ww]hen|[Bb]efore|[Ss]ince|[Aa]s|[Ww]hile|[Bb]ecause|[Aa]lthough|[Oo]nce|[Uu]ntil)\s+"
    r"[^,;:]{0,80}?\b[a-z]+ed\b[^,;:]{0,60}$"
)


# a plural noun set off before a list of its members: "Two advocacy groups, the CCDH and Common Sense Media, …"
_PLURAL_BEFORE = lazy_re(
    r"\b(?:groups|organi[sz]ations|charities|campaigners|bodies|regulators|watchdogs|companies|countries|senators"
    r"|lawmakers|governments|authorities|agencies|states|ministers|prosecutors)\s*,\s*(?:the\s+)?$"
)


class AdjacentSubjects:
    """One sentence's text, actors, timing phrases and quotations, computed on first use, and the actor right
    before a verb."""

    def __init__(
        self,
        text: str,
        index: int,
        finder: ActorFinder,
        published: datetime | None,
        quotes: list[tuple[int, int]],
        words: set[str],
        lowered: str | None = None,
        verbs: list[tuple[int, str]] | None = None,
    ) -> None:
        self.text = text
        self.lowered = lowered
        self.verbs = verbs  # `_action_gates.candidate_verbs` when the caller computed it for the pre-check
        self.index = index
        self.finder = finder
        self.published = published
        self.quotes = quotes
        self.words = words
        self._spans: list[ActorSpan] | None = None
        self._speech_: list[re.Match[str]] | None = None
        self._ends_: dict[int, ActorSpan] = {}
        self._timings: list[TimingPhrase] | None = None
        self._timing_found: list[re.Match[str]] = []  # the matches of `timings`, in the same order
        self._timing_ends_: dict[int, TimingPhrase] | None = None
        self._parens_: dict[int, int] | None = None
        self._found: list[Hit] = []
        self._laws_: list[tuple[int, str]] | None = None  # (start, law) in the sentence, found on first use

    # computed on first use: most candidate sentences never need them
    @property
    def spans(self) -> list[ActorSpan]:
        if self._spans is None:
            self._spans = self.finder.spans(self.index)
            self._ends_ = {s.end: s for s in self._spans}
        return self._spans

    @property
    def _ends(self) -> dict[int, ActorSpan]:
        if self._spans is None:
            _ = self.spans
        return self._ends_

    @property
    def timings(self) -> list[TimingPhrase]:
        if self._timings is None:  # `find_timings`, its matches kept: an action's date is read from its match
            self._timing_found = timing_matches(self.text, self.words)
            self._timings = [TimingPhrase(m.start(), m.end(), m.group(0), timing_value(m)) for m in self._timing_found]
        return self._timings

    @property
    def _timing_ends(self) -> dict[int, TimingPhrase]:
        if self._timing_ends_ is None:
            self._timing_ends_ = {t.end: t for t in self.timings}
        return self._timing_ends_

    @property
    def _parens(self) -> dict[int, int]:
        if self._parens_ is None:
            self._parens_ = {m.end(): m.start() for m in P.PARENTHETICAL.finditer(self.text)}
        return self._parens_

    # -- subjects -------------------------------------------------------------------------------------------------

    def _quoted(self, pos: int) -> bool:
        # a loop, not `any(…)`: no generator per call (a few dozen calls per sentence)
        for a, b in self.quotes:  # noqa: SIM110
            if a <= pos < b:
                return True
        return False

    def _adjacent_subject(self, pos: int) -> ActorSpan | None:
        """The actor ending right before `pos`, skipping auxiliaries, adverbs, timing phrases and parentheticals."""
        text = self.text
        hopped = False
        if pos > 0 and text[pos - 1] in _OPENING_MARKS:
            pos -= 1  # said it had “opened an investigation”: the quotation opens at the verb, the subject is outside
        contracted = contracted_subject(text, pos, self._ends)
        if contracted is not None:
            return contracted
        if follows_document(text, pos, self._ends):
            return None  # "The notice, issued under the act, …": a participle describing the document, not its act
        for _ in range(12):
            while pos > 0 and text[pos - 1].isspace():
                pos -= 1
            if pos > 0 and text[pos - 1] in _OPENING_MARKS:
                pos -= 1  # the regulator had “formally requested”: a quotation opens on an adverb
                continue
            span = self._ends.get(pos)
            if span is None:
                span = self._ends.get(postnominal_start(text, pos))  # "Sioned Pritchard MS, asked": the name
            if span is not None:  # "Lawyers for X Corp. urged …": counsel act for their client
                if self._is_subject(span) or _AGENTS_FOR.search(self.text, 0, span.start):
                    return span
                # "Labour MPs on the science committee have written …": the actor before the tail acts
                if not after_preposition(text, span.start):
                    return None  # a place as subject: only some verbs take one (see `_active_hit`)
                head = self._subject_before_tail(pos) or holder_before(text, span, self._ends, self._is_subject)
                if (
                    head is not None
                    and head.kind == "group"
                    and span.kind == "org"
                    and _MEMBERS_OF.fullmatch(text, head.end, span.start)
                ):
                    return span  # "opposition lawmakers from the Democratic Party called …": the party acts
                return head
            office = _OFFICE.search(text, max(0, pos - 40), pos) if text.endswith(_OFFICE_TAILS, 0, pos) else None
            if office is not None:  # "Bonta's office sent …": the office acts for its holder
                span = self._ends.get(office.start())
                return span if span is not None and span.kind in ("person", "org") else None
            last = text[pos - 1 : pos]
            if last == "," and _INCLUDING.search(text, max(0, pos - 100), pos - 1):
                listed = self._ends.get(pos - 1)  # "Several states, including California and Arizona, have …": each
                return listed if listed is not None and listed.kind in ("place", "org", "gov") else None
            appositive = self._ends.get(pos - 1) if last == "," else None
            if appositive is not None and whole_appositive(text, appositive) and self._is_subject(appositive):
                named = self._named_before(appositive)  # "The Garante, Italy's privacy watchdog, banned": the name
                return named or appositive  # "the Italian regulator, the Garante, issued"
            if appositive is not None and " and " in text[max(0, appositive.start - 80) : appositive.start]:
                listed = self._listed_apposition(appositive)
                if listed is not None:
                    return listed
            if (last.isalnum() and _may_end_timing(text, pos)) and pos in self._timing_ends:
                pos = self._timing_ends[pos].start
                continue
            if last in ",)–—" and pos in self._parens:
                pos = self._parens[pos]
                continue
            if last == ",":  # "Onwurah, who chairs the science, innovation and technology committee, said"
                named = self._ends.get(_open_relative(text, pos - 1) or _open_participle(text, pos - 1) or -1)
                if named is not None and (named.kind in _NAMED or named.ref[:4] == "doc:") and self._is_subject(named):
                    return named
            said = _SPEECH_ASIDE.search(text, max(0, pos - 60), pos) if last == "," and not hopped else None
            if said is not None and said.start() in self._ends:  # "Ofcom, he explained, had also required …"
                hopped = True
                pos = said.start()
                continue
            if text[pos - 1 : pos] == "," and not hopped:  # "Lord Clement-Jones, for the Liberal Democrats, called"
                prev = text.rfind(",", max(0, pos - 90), pos - 1)
                # "Jo Reyes (D-Ore.), along with two colleagues, asked": a name with a bracket after it
                bracketed = prev in self._ends or (text[prev - 1 : prev] == ")" and prev in self._parens)
                if prev > 0 and bracketed and not _VERBISH.search(text, prev, pos):
                    hopped = True
                    pos = prev
                    continue
            filler = filler_start(text, pos)
            if filler is None:
                return self._subject_before_tail(pos)
            pos = filler
        return None

    def _named_before(self, appositive: ActorSpan) -> ActorSpan | None:
        """The name an appositive describes ("The Garante, Italy's privacy watchdog,"), when the appositive is only a
        description (a possessive "Italy's …" or a reference "the regulator")."""
        if appositive.kind != "ref" and "'s " not in appositive.text and "’s " not in appositive.text:
            return None
        comma = self.text.rfind(",", 0, appositive.start)
        named = self._ends.get(comma) if comma > 0 else None
        return named if named is not None and named.kind in ("org", "person") and self._is_subject(named) else None

    def _subject_before_tail(self, pos: int) -> ActorSpan | None:
        """ "MEPs from several political groups wrote …": an actor followed by a short prepositional tail."""
        m = _PREP_TAIL.search(self.text, max(0, pos - 60), pos)
        if m is None:
            return None
        end = m.start()
        if end in self._parens and self.text[end - 1] == ")":  # "The Federal Prosecutor's Office (MPF) in São Paulo"
            end = len(self.text[: self._parens[end]].rstrip())
        span = self._ends.get(end)
        return span if span is not None and span.kind != "place" and self._is_subject(span) else None

    def _skip_fillers(self, pos: int) -> int:
        """Move `pos` left over auxiliaries and adverbs ("and had already | introduced")."""
        text = self.text
        for _ in range(6):
            filler = filler_start(text, pos)
            if filler is None or text[filler] == ",":
                break
            pos = filler
        return pos

    def _listed_apposition(self, last: ActorSpan) -> ActorSpan | None:
        """ "Two advocacy groups, the CCDH and Common Sense Media, sued …": the list set off after a plural noun acts
        (its last member; the verb's caller credits the others through `_conjoined_before`)."""
        first = last
        for _ in range(6):
            before = self._conjoined_before(first)
            if before is None or before.kind != last.kind:
                break
            first = before
        if first is last or _PLURAL_BEFORE.search(self.text, max(0, first.start - 60), first.start) is None:
            return None
        return last

    def _is_subject(self, span: ActorSpan) -> bool:
        """Not a possessor, not the object of a preposition (also through "and"), not inside a question."""
        text = self.text
        if _possessive_follows(text, span.end) or after_preposition(text, span.start):
            return False
        if _QUESTION.search(text, max(0, span.start - 40), span.start):
            return False
        if _SUBORDINATE.search(text, max(0, span.start - 12), span.start):
            return False
        if span.kind == "pronoun" and _WHILE.search(text, max(0, span.start - 8), span.start):
            return False
        first = self._conjoined_before(span)
        if (
            first is not None
            and text[first.end : span.start].strip(" ,") in ("", "the", "The")
            and _FRONTED.search(text, 0, first.start) is not None
        ):
            return True  # "after images circulated on the platform, Ofcom opened …": the comma closes a fronted clause
        return first is None or not after_preposition(text, first.start)

    def _conjoined_before(self, span: ActorSpan, *, appositive: bool = False) -> ActorSpan | None:
        """In "Indonesia and Malaysia", the span before "and" (or a list comma) of `span`, else None."""
        start = span.start - 4 if self.text.endswith(("the ", "The "), 0, span.start) else span.start  # "and the CNIL"
        m = _AND_BEFORE.search(self.text, max(0, start - 64), start)
        before = self._ends.get(m.start()) if m is not None else None
        if before is None and appositive and m is not None and self.text[m.start() - 1 : m.start()] == ",":
            before = self._ends.get(m.start() - 1)  # "Liz Kendall, and the home secretary, …": the comma before "and"
        if (
            before is not None
            and m is not None
            and before.kind == "ref"
            and span.kind == "person"
            and m.group(0).strip() == ","
        ):
            found = self._conjoined_before(before, appositive=True)  # "…, and the home secretary, Shabana Mahmood"
            return found if found is not None and found.kind == "person" else None
        return before
