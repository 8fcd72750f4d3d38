"""Actions joined to others in one sentence: a verb after a bare "and" or in a list shares the subject of the verb
just found ("fined xAI … and ordered it to …"), a gerund after "by" or "after" shares its clause's subject ("responded
by calling for …"), and "with X -ing" clauses name their own actor ("with France referring the platform to
prosecutors, Spain ordering an inquiry"); a document's call is its authors' ("The letter calls on …") and a case
started is its owner's act ("a seven-week investigation launched in January"). `_action_clauses.SentenceContext`
builds on `JoinedHits`.
"""

from __future__ import annotations

from summariser import _action_frames as F
from summariser._action_passives import PassiveHits
from summariser._action_rules import _CLASS_STATUS, _PLACE_VERBS, _SPEECH, Hit
from summariser._lazy_re import lazy_re

_BARE_AND = lazy_re(r"\band\s+$")
_OPENS = frozenset("“\"‘'")
# words that start a clause of its own between two verbs: its subject is not the first verb's
_OWN_CLAUSE = lazy_re(r"[;:]|\b(?:while|whereas|but|although|though|when|because|since|said|says|who|which|that)\b")
# a gerund straight after "by" or "after" shares the clause's subject
_BY_ING = lazy_re(r"\b(?:by|after)\s+$")
_PAST_VERB = lazy_re(r"^\s*(?:\w+ly\s+)?[a-z]+ed\b")

# a document as the subject of a call: "The letter calls on …", "The Pennsylvania suit asks a judge to …"
_DOCUMENT_SUBJECT = lazy_re(
    r"(?:^|[.;:]\s+|\b(?:and|but)\s+)(?:[Tt]he|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er)\s+(?:[\w'’-]+\s+){0,2}?(?:letter|suit|lawsuit"
    r"|complaint|resolution|motion|petition|report|text|filing)\s+(?:also\s+)?$"
)

# "The letter, signed by 60 MPs and sent to Ofcom on Monday, urges …": the document, then a participle phrase that
# names its author after "by", set off by commas before the verb
DOCUMENT_PARTICIPLE = lazy_re(
    r"(?:^|[.;:]\s+)(?:[Tt]he|[Tt]heir|[Ii]ts|[Aa])\s+(?:[\w'’-]+\s+){0,2}?(?:letter|suit|lawsuit|complaint|resolution"
    r"|motion|petition|report|filing|paper|submission)\s*,\s+(?:signed|sent|written|drafted|published|filed|issued"
    r"|backed|organi[sz]ed|coordinated|delivered|submitted|tabled|started|launched)\s+(?P<by>[^;:,]{0,80}?\bby\s)"
    r"[^;:]{0,140}?,\s+(?:also\s+)?$"
)
# a case named right before the verb that started it: "an investigation (that) began in 2025"
_CASE_STARTS = frozenset(("launch", "open", "begin", "start"))
_CASE_BEFORE = lazy_re(r"\b(?:investigation|inquiry|probe)\s+(?:that\s+|which\s+)?(?:was\s+|had\s+)?$")


class JoinedHits(PassiveHits):
    """Verbs that take their actor from another act: the verb before, the document's author, the case's owner."""

    def _shared_subject(self, pos: int) -> str | None:
        """ "fined xAI 1.8bn won and ordered it to …", "had stopped … and had “geoblocked” …": a bare "and" before the
        verb joins it to the verb just found, whose actor acts again (the names between are its objects)."""
        if not self._found:
            return None
        while pos > 0 and self.text[pos - 1] in _OPENS:
            pos -= 1  # had “geoblocked” …: the quotation opens on the verb
        pos = self._skip_fillers(pos)
        prev = self._found[-1]
        if prev.noun or prev.verb_end > pos:
            return None
        if not _BARE_AND.search(self.text, max(0, pos - 8), pos) and not (
            # a list of acts: "restricted …, blocked edits …, and “geoblocked” …"
            self.text[max(0, pos - 2) : pos].rstrip().endswith(",")
            and prev.status == "taken"
            and self.text.find(", and ", pos) > 0
        ):
            return None
        if _OWN_CLAUSE.search(self.text, prev.verb_end, pos):
            return None  # "…, while the Commission has described … and ordered": another subject's clause between
        return prev.actor

    def _gerund_hit(self, base: str, cls: str, start: int, end: int) -> Hit | None:
        """ "fined X after concluding …", "responded by calling for …": the subject of the clause's past verb acts."""
        status = _CLASS_STATUS[cls]
        if self._found:
            prev = self._found[-1]
            if prev.key in ("take", "act"):
                return None  # "took action … by removing it": one act, told twice
            if cls == "do" and prev.status in ("announced", "planned"):
                status = prev.status  # "will respond by opening …": as firm as the main verb
            return Hit(prev.actor, status, base, start, end, start, cls)
        subject = self._main_subject(start)
        if subject is None or subject.kind not in ("person", "org") or self._quoted(subject.start):
            return None
        between = self.text[subject.end : start]
        if not _PAST_VERB.search(between) or _SPEECH.search(between):
            return None  # "X takes action by removing …" is a habit; "X said … by" reports someone else
        actor = self._resolve(subject)
        return Hit(actor, status, base, start, end, start, cls) if actor is not None else None

    def _absolute_subject(self, start: int, base: str) -> str | None:
        """The actor of an -ing verb in a "with ACTOR -ing" clause ("with France referring …, Spain ordering …")."""
        pos = start
        while pos > 0 and self.text[pos - 1].isspace():
            pos -= 1
        span = self._ends.get(pos)
        if span is None or span.kind in ("pronoun", "person") or (span.kind == "place" and base not in _PLACE_VERBS):
            return None
        if F.WITH_ABSOLUTE.search(self.text, max(0, span.start - 130), span.start) is None or self._quoted(start):
            return None
        return self._resolve(span)

    def _case_start_hit(self, base: str, start: int, end: int) -> Hit | None:
        """ "fined xAI after a seven-week investigation launched in January", "This investigation began in February":
        whoever acted just before in the sentence, else whoever runs the article's investigation, opened it."""
        if self._quoted(start):
            return None
        actor = self._found[-1].actor if self._found else self.finder.case_owner
        return Hit(actor, "taken", base, start, end, end, "do") if actor is not None else None

    def _document_author(self, start: int, end: int) -> str | None:
        """Who wrote the document named between `start` and `end` ("The Pennsylvania suit", "The letter"): a name
        inside the phrase, else the author of the last letter, suit or motion the article reported."""
        inside = [sp for sp in self.spans if start <= sp.start and sp.end <= end and sp.kind in ("org", "place", "gov")]
        if inside:
            return self._resolve(inside[-1]) if inside[-1].kind != "place" else inside[-1].canonical
        return self.author
