"""Speakers read off the clause around a quote: '"…," and said' shares the sentence's subject; after "recalled" or
"quoted", the person named before a speech participle is its subject ("recalled Elon Musk telling the committee")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summariser import _speaker_patterns as P
from summariser._lazy_re import first_chars, lazy_re
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
# a clause with a subject of its own that a speech participle closes: "something the minister ruled out, saying"
# a past-tense verb before the comma: the head is a clause ("X met the parents,"), not a noun phrase ("The Greens,")
_ACT_WORD = lazy_re(
    r"[a-z]+ed|met|told|took|gave|saw|read|wrote|spoke|brought|heard|sent|put|cited|led|left|found|won|lost|hit|"
    r"sought|thanked|quoted|urged|asked|visited|joined|hosted|praised|named|introduced|welcomed|called|invited"
)
_CLAUSE_OWN_SUBJECT = lazy_re(
    r"\b(?:something|a (?:move|step|demand|call|request|proposal|suggestion|claim|charge) (?:that|which))\s+"
    r"(?P<subj>(?:the|a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+"
    r"(?:has\s+|had\s+|quickly\s+|swiftly\s+)?(?:[a-z]+ed|ruled\s+out|rejected|dismissed)(?:\s+(?:out|it|them))?,\s*$",
    first=first_chars("as"),
)
# an object relative clause with a pronoun subject ending a speaker phrase: "a package of measures that he"
_RELATIVE_PRONOUN = lazy_re(r"\s(?:that|which)\s+(he|she|they)$")
# a fronted phrase before the subject ("From the Liberal Democrat benches, ") and a short predicate after it
_FRONTED = lazy_re(r"(?:[A-Z][^,;:]{0,60},\s+)?")
_SHORT_PREDICATE = lazy_re(r"\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s+")
_SOURCE_NOUN = lazy_re(r"\b(?:post|tweet|letter|statement|message|email|report|video|speech|interview|quot\w+)\b")


# the one a report quotes, right before the participle: "quoted a senior officer (as) saying", "citing an aide as"
_QUOTED_AS = lazy_re(
    r"\b(?:quoted|quoting|cited|citing)\s+(?P<who>[^,;:()]{2,70}?)\s+(?:as\s+)?$", first=first_chars("cq")
)
# a second clause of the sentence opening on a pronoun: "X said …, though she conceded …", "…, but he added"
_CONCESSIVE = lazy_re(r"[,;]\s+(?:though|although|but|while|yet)\s+$")


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
        cited = _QUOTED_AS.search(text, max(sent.start, verb - 90), verb)
        if cited is not None:
            # "The report quoted a senior officer saying the force was '…'": the one quoted speaks, never the
            # report's subject; when who that is stays unclear, no one
            found = self.interpret(para, cited.start("who"), cited.end("who"))
            ok = found is not None and found.speaker is not None and found.how not in ("several", "unknown")
            return found if ok else Attribution(None, None, "unclear")
        own = _CLAUSE_OWN_SUBJECT.search(text, max(sent.start, verb - 120), verb)
        if own is not None:
            # "…, something the minister ruled out, saying he would not '…'": the relative clause's subject
            # speaks, not the sentence's; anyone else is a guess
            found = self.interpret(para, own.start("subj"), own.end("subj"))
            return found if found is not None and found.speaker else Attribution(None, None, "unclear")
        return None

    def _relative_phrase(self, phrase: str, para: int, start: int, sent: Sentence) -> tuple[bool, Attribution | None]:
        """A speaker phrase that is a relative clause: (True, its subject's attribution) or (False, None)."""
        relative = _RELATIVE_PRONOUN.search(phrase)
        if relative is not None:
            # "measures that he said would make Spain '…'": the relative clause's own subject speaks
            return True, self.interpret(para, start + relative.start(1), start + relative.end(1))
        if phrase.lower().startswith("who ") or phrase.lower() == "who":
            # "The Greens, who in March had accused the ministry of '…'": the name the clause hangs on
            return True, self._who_clause_head(para, start, sent)
        return False, None

    def _who_clause_head(self, para: int, start: int, sent: Sentence) -> Attribution | None:
        """The subject a "who" clause hangs on when it opens the sentence ("The Greens, who …"); else None."""
        head = self.masked[para][sent.start : start].rstrip()
        if not head.endswith(",") or len(head.split()) > 6 or P.PRE_VERB_RE().search(head):
            return None
        if any(_ACT_WORD.fullmatch(w) for w in head[:-1].split(",", 1)[0].split()):
            # "Liz Kendall met the bereaved parents, who told her: '…'": the clause hangs on the object, not the name
            return Attribution(None, None, "unclear")
        return self.interpret(para, sent.start, sent.start + len(head) - 1)

    def _fronted_person(self, para: int, verb: int) -> str | None:
        """ "From the opposition benches, Jo Vane went further, asking whether …": the one person named after a
        fronted phrase, whose short verb phrase the participle at `verb` continues; else None."""
        sent = self.sentence_of(para, verb)
        found = [(pos, m) for pos, m in self.outside.get(sent.index, ()) if pos < verb]
        if len(found) != 1 or found[0][1].kind != "person":
            return None
        pos, m = found[0]
        text = self.masked[para]
        if not _FRONTED.fullmatch(text, sent.start, pos) or not _SHORT_PREDICATE.fullmatch(
            text, pos + m.end - m.start, verb
        ):
            return None
        return m.canonical

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

    def _concessive_subject(self, pronoun: str, para: int, start: int, sent: Sentence) -> str | None:
        """ "Bains-Lafleur said the committee would write to Musk, though she conceded …": a pronoun opening a later
        clause of a sentence whose subject spoke is that subject, when it fits and no one else who fits is named."""
        text = self.masked[para]
        if _CONCESSIVE.search(text, sent.start, start) is None or P.SAY_RE().search(text, sent.start, start) is None:
            return None
        subject = self._leading_subject(para, sent.start)
        gender = P.PRONOUN_GENDER[pronoun]
        if subject is None or not self.index.is_person(subject) or self.index.gender_of(subject) not in (gender, None):
            return None
        for pos, m in self.outside.get(sent.index, ()):
            if (
                pos < start
                and m.kind == "person"
                and m.canonical != subject
                and self.index.gender_of(m.canonical) in (gender, None)
            ):
                return None  # "X told Y …, but she said": either may be meant
        return subject
