"""Antecedents for pronouns and bare descriptions in attributions: "she said", "it added", "the company said".

A pronoun resolves only when one candidate fits (gender, recency, who was speaking); otherwise None.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summariser import _description_patterns as D
from summariser import _speaker_patterns as P
from summariser._antecedent_mentions import MentionRoleMixin
from summariser._described import DescribedMixin
from summariser._lazy_re import lazy_re
from summariser._names import Mention, NameIndex
from summariser._org_focus import OrgFocusMixin
from summariser._speaker_anchors import AnchorMixin
from summariser._speaker_bridges import BridgeMixin
from summariser._speaker_gender import gendered_by_own_pronoun
from summariser._speaker_patterns import Attribution, Said
from summariser._speaker_questions import asked_about
from summariser._text import Document, Sentence

# "her"/"him" as a verb's object (not "her question"): another woman or man than the subject is in view
_OBJECT_VERB = (
    r"(?:asked|pressed|told|thanked|urged|questioned|challenged|criticised|criticized|accused|interrupted|called|"
    r"praised|attacked|warned|reminded|met|invited|answered|contacted|urging|asking|pressing|telling)"
)
_OBJECT_LEAD = r"\s+(?:(?:then|also|later|again|\w+ly)\s+)?"
_OBJECT_HER = lazy_re(
    rf"{_OBJECT_LEAD}{_OBJECT_VERB}\s+her\b(?=\s*(?:[,.;:]|$|(?:on|about|over|for|to|whether|if|that|why|how|what|"
    r"when|again|directly|repeatedly|later)\b))"
)
_OBJECT_HIM = lazy_re(rf"{_OBJECT_LEAD}{_OBJECT_VERB}\s+him\b")


# a meeting is two-sided: after "Peter Kyle met Nigel Farage", "he" may be either
_MEETING = lazy_re(r"\s+(?:\w+ly\s+)?(?:met|meets|spoke\s+(?:to|with)|talked\s+(?:to|with)|sat\s+down\s+with)\b")


class AntecedentMixin(MentionRoleMixin, DescribedMixin, OrgFocusMixin, BridgeMixin, AnchorMixin):
    """Pronoun and description resolution shared by `SpeakerResolver`; needs the resolver's state."""

    doc: Document
    index: NameIndex
    masked: list[str]
    outside: dict[int, list[tuple[int, Mention]]]
    history: list[Said]
    _subjects: dict[int, tuple[tuple[int, int], str] | None]
    _addressees: dict[tuple[int, int], bool]
    _recents: dict[tuple[int, int, str, int], list[tuple[tuple[int, int], str]]]
    view_start: list[int]

    def sentence_of(self, para: int, offset: int) -> Sentence:
        raise NotImplementedError

    def _subject_before(self, para: int, start: int, verb: int) -> Attribution | None:
        raise NotImplementedError

    if TYPE_CHECKING:  # provided by SubjectMixin

        def _leading_subject(self, para: int, start: int) -> str | None: ...

        def _leading_person(self, idx: int) -> tuple[tuple[int, int], str] | None: ...

        def _speech_subject(self, idx: int) -> tuple[tuple[int, int], str] | None: ...

        def _leading_unnamed(self, idx: int) -> tuple[tuple[int, int], str] | None: ...

        def _paragraph_person(self, who: str, recent: list[tuple[tuple[int, int], str]], para: int) -> bool: ...

        def _unknown_lead(self, idx: int) -> tuple[tuple[int, int], str] | None: ...

    def _recent(self, para: int, offset: int, kind: str) -> list[tuple[tuple[int, int], str]]:
        """Candidates of `kind` before (para, offset), outside quotes, within the pronoun window, oldest first.

        Memoised per history length (history only grows): one pronoun asks for the same list up to four times.
        The list is shared: callers only read it."""
        key = (para, offset, kind, len(self.history))
        found = self._recents.get(key)
        if found is not None:
            return found
        found = self._recents[key] = self._find_recent(para, offset, kind)
        return found

    def _find_recent(self, para: int, offset: int, kind: str) -> list[tuple[tuple[int, int], str]]:
        sent = self.sentence_of(para, offset)
        out: list[tuple[tuple[int, int], str]] = []
        lo = max(0, sent.index - P.WINDOW, self.view_start[para])
        for idx in range(lo, sent.index + 1):
            for pos, m in self.outside.get(idx, ()):
                if m.kind == kind and (idx < sent.index or pos < offset) and not self._addressee(idx, pos):
                    out.append(((idx, pos), m.canonical))
        for h in self.history:
            if h.kind == kind and lo <= h.sentence <= sent.index:
                out.append(((h.sentence, -1), h.speaker))
        out.sort()
        return out

    def _person_pronoun(self, pronoun: str, para: int, offset: int) -> str | None:
        """The one person "he"/"she" at (para, offset) can mean, if they are still the one in view; else None."""
        # "The judge was unpersuaded. …, she noted": a title opening a sentence of this paragraph is the subject
        described = self._described_lead(P.PRONOUN_GENDER[pronoun], para, offset)
        if described is not None:
            return described or None
        # "He asked whether the commissioner had considered … / '…,' she told him": the one the question was put to
        # answers it, never the one who asked
        put = self._question_put(para, offset)
        if put is not None:
            return self._asked_role(pronoun, put)
        return self._named_pronoun(pronoun, para, offset) or self._chained(pronoun, para, offset)

    def _named_pronoun(self, pronoun: str, para: int, offset: int) -> str | None:
        found = self._pronoun_candidate(pronoun, para, offset)
        if found is None:
            return None
        keys = [key for key, c in self._recent(para, offset, "person") if c == found]
        if not keys:
            return found  # the focus found through a speech subject the window did not list
        last = max(keys)
        if last[1] >= 0 and asked_about(
            self.masked[self.doc.sentences[last[0]].paragraph], self.doc.sentences[last[0]].start, last[1]
        ):
            return None  # "Asked whether Elon Musk had …, he declined …": Musk is asked about, not answering
        focus = self._focus(para, offset)
        # a pronoun subject that speaks ("She said …") keeps the person in view as much as a name does
        seen = max(last[0], focus[0][0]) if focus is not None and focus[1] == found else last[0]
        if (
            self.doc.sentences[seen].paragraph < para - 1
            and not self._described_since(found, seen, para, offset)
            and not self._carried_by_pronoun(found, seen, para, offset, pronoun)
            and not self._bridged(found, seen, para, offset, pronoun)
        ):
            return None  # named paragraphs ago: a long feature has moved on to someone else
        # the rivals are judged from the latest sentence about `found`: "the technology secretary said she had
        # spoken to Melanie Dawes" makes Dawes an object of what she said there, not a rival
        anchor = (seen, last[1] if seen == last[0] else 0)
        if self._rival(found, anchor, para, offset, P.PRONOUN_GENDER[pronoun]):
            return None  # two women in view from the paragraph before: "she" could be either
        if last[1] >= 0 and self.doc.sentences[last[0]].paragraph < para and self._asker(last):
            return None  # "Victoria Collins asked the minister whether …": the answer is not hers
        if self._other_person_since(last[0], self.sentence_of(para, offset).index, P.PRONOUN_GENDER[pronoun], offset):
            return None  # "One of her clients, a 19-year-old student, …": the paragraph is about someone unnamed
        if self.index.gender_of(found) is None and self._epithet_since(last[0], self.sentence_of(para, offset).index):
            return None  # "The billionaire, who owns X, … what he has said": not the one whose gender is unknown
        if self._object_pronoun_since(found, last[0], para, offset, pronoun):
            return None  # "Senator Sarah Henderson pressed her on the cost. She said …": two women in view
        return found

    def _object_pronoun_since(self, found: str, since: int, para: int, offset: int, pronoun: str) -> bool:
        """True when, from sentence `since` to the pronoun, `found` opens a sentence whose verb takes "her" (for
        "she") or "him" as its object: another woman or man is in view ("Sarah Henderson pressed her on …")."""
        # only the main verb right after the subject: in "… of the people who had contacted her" or "when I asked
        # him", the pronoun is the subject again
        pattern = _OBJECT_HER if pronoun == "she" else _OBJECT_HIM
        upto = self.sentence_of(para, offset).index
        word = " her" if pronoun == "she" else " him"
        for idx in range(since, upto + 1):
            sent = self.doc.sentences[idx]
            if word not in sent.text or self._leading_subject(sent.paragraph, sent.start) != found:
                continue  # (the substring test first: most sentences have no such pronoun)
            ends = [p + m.end - m.start for p, m in self.outside.get(idx, ()) if m.canonical == found]
            if ends and pattern.match(self.masked[sent.paragraph], ends[0], sent.start + len(sent.text)):
                return True
        return False

    def _rival(self, found: str, last: tuple[int, int], para: int, offset: int, gender: str) -> bool:
        """True when another compatible person was named in the paragraph before and `found` is not anchored here:
        neither named in this paragraph nor the last quote's speaker."""
        if self.doc.sentences[last[0]].paragraph == para or last[1] < 0:
            return False
        spoke = max((h.sentence for h in self.history if h.speaker == found), default=-1)
        here = self.sentence_of(para, offset).index
        lead = self._leading_person(here - 1) if last[0] == here - 1 else None
        if (
            lead is not None
            and lead[1] == found
            and not any(
                P.SPOKE_RE().search(self.masked[s.paragraph], s.start, s.start + len(s.text))
                for s in self.doc.sentences[max(0, here - 3) : here - 1]
            )
        ):
            # "… Wild defenseman Ryan Suter … could see the frustration. / '…,' he said": the subject of the sentence
            # just before outranks people named in the sentences before it, when none of those spoke
            spoke = max(spoke, here - 2)
        for key, c in self._recent(para, offset, "person"):
            if (
                c != found
                and key[0] > spoke  # named before `found` last spoke: "After Sir Keir said …, Mr Musk posted '…'"
                and key[1] >= 0
                and self.doc.sentences[key[0]].paragraph >= para - 1
                and self.index.gender_of(c) in (gender, None)
                and not self._possessor(key)
                and not (key[0] == last[0] and self._reported_object(key, found))
            ):
                return True
        return False

    def _pronoun_candidate(self, pronoun: str, para: int, offset: int) -> str | None:
        gender = P.PRONOUN_GENDER[pronoun]
        focus = self._focus(para, offset)
        if focus is not None and focus[1] == "":
            return None
        if focus is not None and not self.index.is_person(focus[1]):
            # an unnamed person spoke or acted last: "she" is them unless someone who fits was named since
            since = [
                c
                for key, c in self._recent(para, offset, "person")
                if key > focus[0] and self.index.gender_of(c) in (gender, None) and not self._possessor(key)
            ]
            if D.description_gender(focus[1]) not in (gender, None):
                return None  # "a teacher in her forties" is no "he"
            return None if since or self._speaker_since(focus[0][0], para, offset) else focus[1]
        recent = self._recent(para, offset, "person")
        compatible = [c for _, c in recent if self.index.gender_of(c) in (gender, None)]
        distinct = list(dict.fromkeys(compatible))
        if len(distinct) == 1:
            only = distinct[0]
            known = self.index.gender_of(only) == gender
            is_focus = focus is not None and focus[1] == only
            if not is_focus and not self._anchored(only, recent, gender, (para, offset)):
                return None  # "Ofcom wrote to Linda Yaccarino and Nick Pickles. '…,' he said": only ever an object
            if known or is_focus or len({c for _, c in recent}) == 1:
                return only
            return only if self._paragraph_person(only, recent, para) else None
        if not distinct:
            return None
        # the one compatible person named (not as a possessor) earlier in this paragraph
        sent_idx = self.sentence_of(para, offset).index
        local = {
            c
            for key, c in recent
            if key[1] >= 0
            and self._in_para(key[0], para)
            and not self._possessor(key)
            and not (key[0] == sent_idx and self._agentive(para, key[1]))
            and not self._agent_of_pronoun(key, gender)
        }
        local = {c for c in local if self.index.gender_of(c) in (gender, None)}
        if len(local) == 1 and self.index.gender_of(next(iter(local))) == gender:
            return next(iter(local))
        if len(local) == 1 and self._paragraph_person(next(iter(local)), recent, para):
            return next(iter(local))
        # several candidates: the one who was last speaking, if nobody compatible was named after them
        if focus is not None and self.index.gender_of(focus[1]) not in (gender, None):
            # "Robinson pressed her on … '…,' she said": the last speaker who fits, if no one who fits came since
            spoke = next((h for h in reversed(self.history) if h.kind == "person" and h.speaker in distinct), None)
            if spoke is not None and self.index.gender_of(spoke.speaker) == gender:
                fitting = {
                    c
                    for key, c in recent
                    if key[0] > spoke.sentence and c != spoke.speaker and self.index.gender_of(c) in (gender, None)
                }
                if not fitting and spoke.sentence >= sent_idx - P.WINDOW:
                    return spoke.speaker
            return None
        if focus is None:
            return None
        if focus[0][0] >= 0 and self.index.gender_of(focus[1]) is None:
            other = gendered_by_own_pronoun(self.doc, self.masked, self.index, focus, gender, recent)
            if other is not None:
                return other or None
        same_para = focus[0][0] >= 0 and self._in_para(focus[0][0], para)
        focus_para = self.doc.sentences[focus[0][0]].paragraph if focus[0][0] >= 0 else para
        if self.index.gender_of(focus[1]) is None and any(
            self.index.gender_of(c) == gender
            and (not same_para or self._in_para(k[0], para))
            and self.doc.sentences[k[0]].paragraph >= min(para - 1, focus_para)
            # (not one the speaker talks about: "Bores said he would ask Speaker Carl Heastie to …", nor an object of
            # the sentence the focus opens: "Figgins declined to address whether Thomas slept …")
            and not (
                k[0] == focus[0][0] and k[1] >= 0 and (self._reported_object(k, focus[1]) or self._opens_over(focus, k))
            )
            for k, c in recent
        ):
            return None  # a known "she" elsewhere is likelier than an unknown-gender speaker, unless they spoke here
        # the subject that opens the focus sentence outranks the objects after it: "Musk thanked Hegseth. … he wrote"
        leads = (
            focus[0][1] >= 0
            and self._leading_subject(focus_para, self.doc.sentences[focus[0][0]].start) == focus[1]
            and not _MEETING.match(self.masked[focus_para], self._lead_end(focus))
        ) or (
            # the subject of the focus sentence's speech verb, named or described ("the technology secretary said")
            (self._speech_subject(focus[0][0]) or ((0, 0), ""))[1] == focus[1]
        )
        later = {
            c
            for key, c in recent
            if key > focus[0]
            and not (leads and key[0] == focus[0][0] and key[1] >= 0 and self._subordinate(key))
            and self.index.gender_of(c) in (gender, None)
            and not self._possessor(key)
            and not (key[1] >= 0 and self._agentive(self.doc.sentences[key[0]].paragraph, key[1], strict=True))
        }
        if later <= {focus[1]}:
            return focus[1]
        return None

    def _opens_over(self, focus: tuple[tuple[int, int], str], key: tuple[int, int]) -> bool:
        """True when the focus person opens their sentence as its subject and the mention at `key` (later in that
        sentence) is subordinate to it: an object, not a co-subject."""
        if focus[0][1] < 0 or key[1] <= focus[0][1]:
            return False
        sent = self.doc.sentences[focus[0][0]]
        return self._leading_subject(sent.paragraph, sent.start) == focus[1] and self._subordinate(key)

    def _speaker_since(self, since: int, para: int, offset: int) -> bool:
        """True when a sentence after `since` (up to the pronoun) has a speech or framing verb with a subject that is
        not a pronoun: someone else has spoken ("… the lawmaker Syed Saddiq backed the suit but urged …")."""
        upto = self.sentence_of(para, offset)
        for idx in range(since + 1, upto.index + 1):
            sent = self.doc.sentences[idx]
            text = self.masked[sent.paragraph]
            limit = sent.start + len(sent.text) if idx < upto.index else offset
            vm = P.PRE_VERB_RE().search(text, sent.start, limit)
            if vm is None or vm.group("part"):
                continue
            head = text[sent.start : vm.start()].strip(" ,")
            if head and not P.TAIL_PRONOUN.search(head):
                return True
        return False

    def _focus(self, para: int, offset: int) -> tuple[tuple[int, int], str] | None:
        """The latest person who spoke (a quote's speaker or the subject of a speech verb) before the pronoun."""
        sent = self.sentence_of(para, offset)
        lo = max(sent.index - P.WINDOW, self.view_start[para])
        best: tuple[tuple[int, int], str] | None = None
        for h in reversed(self.history):
            if (h.kind == "person" or D.UNNAMED.match(h.speaker)) and lo <= h.sentence <= sent.index:
                best = ((h.sentence, -1), h.speaker)
                break
        for idx in range(sent.index - 1, max(-1, lo - 1), -1):
            if best is not None and best[0][0] >= idx:
                break
            subject = self._speech_subject(idx) or self._leading_person(idx) or self._unknown_lead(idx)
            if subject is not None:
                best = subject
                break
        return best
