"""Attributions that follow a quote: `"…," X said`, `"…," said X`, `"…" X added`, and `She added:` before one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summariser import _description_patterns as D
from summariser import _speaker_masks as M
from summariser import _speaker_patterns as P
from summariser._lazy_re import first_chars, lazy_re
from summariser._lead_words import TITLE_BEFORE
from summariser._namelex import CAP_STOP, NON_PERSON
from summariser._names import Mention, NameIndex
from summariser._roles import ROLE_WORDS
from summariser._speaker_patterns import Attribution
from summariser._text import Sentence

_BOUNDS = lazy_re(r"[;:!?]")
# a place phrase after an anonymous description, up to the clause's end: " at a London agency", " in Brussels"
_PLACE_TAIL = lazy_re(r"\s+(?:at|in|from|with|on)\s+" + D.NOT_TIME + r"[^,.;:!?()]{1,60}?(?=\s*(?:[,.;:!?()]|$))")
_BY_AGENT = lazy_re(r"\s+by\s+")
_OF_BODY = lazy_re(r"\s(?:of|at|from)\s+(?:the\s+)?[A-Z]")
_RELATIVE = ("who", "whom", "whose", "which", "that")
_PASSIVE_SAY = lazy_re(r"\b(?:be|been|being|was|were|is|are|got)\s+$", first=first_chars("abgiw"))
# the speaker after an inverted verb or a speech noun: '"…," came the reply from an X spokesperson', '"…" So says X'
_INVERTED = lazy_re(
    r"[\s,]*(?:[Ss]o\s+(?:says|said|writes|wrote|argues|argued|insists|insisted)|(?:came|comes)\s+the\s+(?:[\w-]+\s+)?"
    r"(?:reply|response|answer|retort|verdict|warning|message|rebuttal)\s+from|(?:was|is)\s+the\s+(?:[\w-]+\s+)?"
    r"(?:reply|response|answer|verdict|reaction|message|retort)\s+(?:of|from))\s+(?=\S)"
)


class AfterMixin:
    """The attribution after a quote, for `SpeakerResolver`; needs the resolver's state and clause readers."""

    masked: list[str]
    index: NameIndex
    outside: dict[int, list[tuple[int, Mention]]]

    if TYPE_CHECKING:  # provided by SpeakerResolver and its other mixins

        def before(
            self, para: int, start: int, end: int, *, same_sentence: bool = False, view: bool = False
        ) -> Attribution | None: ...

        def interpret(self, para: int, start: int, end: int) -> Attribution | None: ...

        def _interpret_parts(self, para: int, start: int, end: int) -> Attribution | None: ...

        def _coordinated_after(self, para: int, start: int) -> Attribution | None: ...

        def sentence_of(self, para: int, offset: int) -> Sentence: ...

    def after(self, para: int, start: int, end: int) -> Attribution | None:
        """Attribution following a quote: `"…," X said`, `"…," said X`, `"…" X added`, `according to X`."""
        text = self.masked[para]
        inverted = _INVERTED.match(text, start, end)
        if inverted is not None:
            stop = P.CATAPHOR_END.search(text, inverted.end() + 1, end)
            found = self.interpret(para, inverted.end(), stop.start() if stop else end)
            return found if found is not None and found.speaker is not None else Attribution(None, None, "unknown")
        lead = P.POST_LEAD.match(text, start)
        p0 = lead.end() if lead else start
        rest = text[p0:end]
        vm = P.SAY_RE().search(rest, 0, 120)
        if not vm and len(rest) > 120 and self._apposed_lead(para, p0) is not None:
            # `"…," Dylan Nelson, a postdoctoral fellow at the Max Planck Institute …, said`: a long apposition
            vm = P.SAY_RE().search(rest, 0, 300)
        if not vm:
            vm = P.REPORTED_AFTER.search(rest, 0, 120)  # '"…," Abernathy reported.': speech only after the quote
            if not vm:
                return None
        head = rest[: vm.start()]
        if P.INTRODUCES.match(rest, vm.end()):
            return None  # `"…", he wrote: "…"` - the clause introduces the next quote
        if not head.strip() and vm.group() in P.WEAK_VERBS:
            # '"… the little deal" announced in October, said Derek Scissors': the quote runs into its own clause
            later = P.SAY_RE().search(rest, vm.end(), 160)
            gap = rest[vm.end() : later.start()] if later else ""
            if later is not None and gap.rstrip().endswith(",") and len(gap.split()) <= 8:
                return self._verb_first(para, p0 + later.end(), end)
        if not head.strip():
            return self._verb_first(para, p0 + vm.end(), end)
        if len(head.split()) > 14 and not _BOUNDS.search(head) and len(head.split()) <= 40:
            # `"…," Dylan Nelson, a postdoctoral fellow at … in Munich, Germany, and co-author of the study, said`:
            # a long apposition after the name that opens the clause
            return self._apposed_lead(para, p0, p0 + len(head))
        if len(head.split()) > 14 or _BOUNDS.search(head):  # the sentence bounds it: "." is "Sen."
            return None
        if head.strip(" ,").lower() in ("and", "but"):
            # 'Mr Cruz called the inquiry "censorship …," and said …': both verbs share the sentence's subject
            return self._coordinated_after(para, start)
        if _PASSIVE_SAY.search(head):  # '"…," Elon Musk was told by Peter Kyle': the agent spoke, if named
            agent = _BY_AGENT.match(rest, vm.end())
            return self._verb_first(para, p0 + agent.end(), end) if agent else None
        subject = P.strip_aux(head)
        found = self._interpret_parts(para, p0, p0 + len(subject))
        if found is not None and found.speaker is not None and "," in subject and " and " in subject:
            # `"…," Senators Ron Wyden, Ed Markey and Ben Ray Luján wrote`: a list of people is a group, not its first
            last = subject.rstrip(" ,").rsplit(",", 1)[1]
            at = p0 + len(subject.rstrip(" ,")) - len(last)
            if last.strip() and not last.lstrip().lower().startswith(_RELATIVE):
                tail = self.interpret(para, at, at + len(last))
                if tail is not None and tail.how == "several":
                    return Attribution(None, None, "several")
        if vm.group() in ("read", "reads") and (found is None or found.speaker is None):
            return None  # '"…," the statement read' with no certain author: let the paragraphs around say who
        return found

    def _apposed_lead(self, para: int, start: int, end: int | None = None) -> Attribution | None:
        """The person named at `start` when a comma follows the name ("Dylan Nelson, a postdoctoral fellow …"), and
        nobody else is named before `end` (the speech verb): "Smith, a lawyer, Jones, a teacher, … said" is several."""
        found: Attribution | None = None
        for pos, m in self.outside.get(self.sentence_of(para, start).index, ()):
            if (
                m.kind == "person"
                and found is None
                and (pos == start or TITLE_BEFORE.fullmatch(self.masked[para], start, pos))
            ):
                # (or after lower-case title words: "study lead author Lucas Paganini, a planetary scientist at …")
                after = pos + m.end - m.start
                if self.masked[para][after : after + 1] != ",":
                    return None
                found = Attribution(m.canonical, self.index.role_of(m.canonical), "named")
            elif found is not None and m.kind == "person" and (end is None or pos < end):
                return None
        return found

    def after_colon(self, sentence: Sentence) -> Attribution | None:
        """`She added:` ending the previous sentence or paragraph introduces the quote that follows."""
        if not sentence.text.rstrip().endswith(":"):
            return None
        return self.before(sentence.paragraph, sentence.start, sentence.start + len(sentence.text.rstrip()[:-1]))

    def _verb_first(self, para: int, start: int, end: int) -> Attribution | None:
        m = P.VERB_FIRST_SUBJECT.match(self.masked[para], M.skip_space(self.masked[para], start, end), end)
        if not m:
            return None
        found = self.interpret(para, m.start(1), m.end(1))
        if found is not None and found.speaker is not None and self.masked[para][m.end(1) : m.end(1) + 1] == ",":
            # `wrote Senators Ron Wyden, Ed Markey and Ben Ray Luján`: a list of people is a group, not its first
            more = P.VERB_FIRST_SUBJECT.match(self.masked[para], m.end(1) + 1, end)
            if more is not None and " and " in more.group(1):
                others = self.interpret(para, more.start(1), more.end(1))
                if others is not None and others.how == "several":
                    return Attribution(None, None, "several")
        if found is not None and found.speaker is None and found.how == "unclear":
            # `said planetary geologist Rosaly Lopes of NASA's Jet Propulsion Laboratory`: the person, of that body
            body = _OF_BODY.search(self.masked[para], m.start(1), m.end(1))
            named = self.interpret(para, m.start(1), body.start()) if body is not None else None
            if named is not None and named.speaker is not None and self.index.is_person(named.speaker):
                return named
        if found is not None and found.how == "anonymous" and _PLACE_TAIL.match(self.masked[para], m.end(1), end):
            # `said a senior buyer at a London agency, who …`: the place is part of the description
            tail = _PLACE_TAIL.match(self.masked[para], m.end(1), end)
            longer = self.interpret(para, m.start(1), tail.end()) if tail else None
            if longer is not None and longer.how == "anonymous" and longer.speaker:
                return longer
        appos = P.APPOSED_NAME.match(self.masked[para], m.end(1), end)
        if appos and (found is None or found.speaker is None or not self.index.is_person(found.speaker)):
            # "said its executive director, Clíona Saidléar"
            named = self.interpret(para, appos.start(1), appos.end(1))
            if named is not None and named.speaker is not None and self.index.is_person(named.speaker):
                return named
            name = appos.group(1)
            head = m.group(1).split()[-1].lower() if m.group(1).split() else ""
            if (
                # (an office of a body, "said the centre's director, Seehaam Samaai": the holder named is who spoke)
                (found is None or found.speaker is None or found.how == "spokesperson")
                and (head in ROLE_WORDS or head in D.PERSON_NOUNS)
                and _plain_name(name)
            ):
                # "said the islands' governor, Dileeni Daniel-Selvaratnam": a name the index lacks, after a title
                return Attribution(name, D.role_from_description(m.group(1)), "unlisted")
        return found


def _plain_name(phrase: str) -> bool:
    """True for two or three capitalised words that look like a personal name and hold no known non-name word."""
    return P.PERSONAL_NAME.fullmatch(phrase) is not None and not any(
        w in NON_PERSON or w in CAP_STOP for w in phrase.split()
    )
