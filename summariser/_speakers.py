"""Who said a quotation: attribution patterns around the quote, then the speaker phrase resolved to a canonical name.

A speaker is returned only when the text makes it certain; anything ambiguous (two candidate antecedents, a group
speaking jointly, an unknown phrase) yields None.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from summariser import _speaker_frames as F
from summariser import _speaker_masks as M
from summariser import _speaker_patterns as P
from summariser._antecedents import AntecedentMixin
from summariser._description_index import DescriptionIndex
from summariser._descriptions import DescriptionMixin
from summariser._joint_subjects import JointSubjectMixin
from summariser._lazy_re import first_chars, lazy_re
from summariser._names import Mention, NameIndex, mentions_by_sentence
from summariser._phrases import PhraseMixin
from summariser._speaker_after import AfterMixin
from summariser._speaker_breaks import view_starts
from summariser._speaker_clauses import ClauseSubjectMixin
from summariser._speaker_patterns import Attribution, Said
from summariser._speaker_relatives import RelativeSubjectMixin
from summariser._text import Document, Sentence

__all__ = ["Attribution", "SpeakerResolver"]


# compiled here, not through `re`'s cache: each quote asks these
_SHORT_GAP = lazy_re(r"[\s,]*(?:\S+\s+){0,5}?\S+[\s,:]*")
_PASSIVE = lazy_re(r"\b(?:be|been|being)\s+$", first=first_chars("b"))
# speech verbs whose passive ("could be added", "was announced") reports no one's words to the subject
_PASSIVE_NOT_SPEECH = frozenset({"added", "noted", "announced", "confirmed", "stated", "declared"})
_PASSIVE_SAY = lazy_re(r"\b(?:be|been|being|was|were|is|are|got)\s+$", first=first_chars("abgiw"))
# a verb whose subject opens a conditional clause: "if parliament agreed", "unless the company says"
_CONDITION = lazy_re(r"\b(?:if|unless)\s+(?:the\s+)?[a-z]+\s+$", first=first_chars("iu"))
# a coordinator opening the clause after a comma: ", but his office said", ", yet the company insisted"
_COORD_OPEN = lazy_re(r"\s*(?:but|yet)\s+(?=\S)")
_ACRONYM = lazy_re(r"\s\([A-Z][A-Za-z]{1,7}\)(?=[\s,;:.])")
# a legislator's party and state after the name: "Rep. Gus M. Bilirakis (R-Fla.)", "Sen. Ted Cruz (R-Tex.)",
# "Rep. Jan Schakowsky (Ill.)", "Chi Onwurah (Lab)": no clause of its own between the name and what follows
_PARTY_TAG = lazy_re(
    r"\s\((?:[RDI](?:-[A-Z][A-Za-z.]{1,8})?|[A-Z][a-z]{1,5}\.|[A-Z]\.[A-Z]\.|Lab|Con|LD|Lib Dem|SNP|Ind|DUP|SDLP)\)"
    r"(?=[\s,;:.])"
)


class SpeakerResolver(
    AfterMixin,
    PhraseMixin,
    DescriptionMixin,
    AntecedentMixin,
    ClauseSubjectMixin,
    JointSubjectMixin,
    RelativeSubjectMixin,
):
    """Attribution for the quotes of one document; remembers earlier speakers for pronouns and run-on quotes."""

    def __init__(self, doc: Document, index: NameIndex) -> None:
        self.doc = doc
        self.index = index
        # quotations blanked, and the full stops of abbreviations ("Mr.", "U.S.") hidden from the clause patterns
        self.masked = [
            M.mask_abbreviations(M.mask(p, spans)) for p, spans in zip(doc.paragraphs, doc.spans, strict=True)
        ]
        sentences = doc.sentences
        # (sentence, its mentions) for the sentences that have any, in article order: read, never copied
        mentions = [(sentences[i], ms) for i, ms in mentions_by_sentence(index).items()]
        self._protect_org_commas(mentions)
        self.by_para: list[list[Sentence]] = [[] for _ in doc.paragraphs]
        for sent in sentences:
            self.by_para[sent.paragraph].append(sent)
        self._starts = [[sent.start for sent in sents] for sents in self.by_para]
        # mentions outside quotation marks, with paragraph offsets: only these can be antecedents
        self.outside: dict[int, list[tuple[int, Mention]]] = {}
        for sent, sent_mentions in mentions:
            spans = doc.spans[sent.paragraph]
            found: list[tuple[int, Mention]] = []
            for m in sent_mentions:
                pos = sent.start + m.start
                # spans are ordered and disjoint; most paragraphs have one or none, so a walk beats a bisect
                inside = False
                for span in spans:
                    if span.start > pos:
                        break
                    inside = pos < span.end
                if not inside:
                    found.append((pos, m))
            if found:
                self.outside[sent.index] = found
        self.history: list[Said] = []
        # per paragraph, the first sentence a pronoun may look back to (sub-headings and live-blog stamps reset it)
        self.view_start = view_starts(doc)
        self._subjects: dict[int, tuple[tuple[int, int], str] | None] = {}
        self._addressees: dict[tuple[int, int], bool] = {}
        self._unnamed: dict[int, str] = {}
        # per-resolver memos of pure lookups that pronouns ask again and again (see `_recent`, `_leading_person`)
        self._recents: dict[tuple[int, int, str, int], list[tuple[tuple[int, int], str]]] = {}
        self._leads: dict[int, tuple[tuple[int, int], str] | None] = {}
        self._joints: dict[int, bool] = {}
        self._introduced: dict[int, list[tuple[int, str | None]]] = {}
        self._descriptions: DescriptionIndex | None = None  # built on the first "the …" speaker phrase

    def _protect_org_commas(self, mentions: list[tuple[Sentence, list[Mention]]]) -> None:
        # "Department for Science, Innovation and Technology" must not split as a clause at its comma
        # and "the Federal Office of Communications (OFCOM), which …" or "Sen. Ted Cruz (R-Tex.), its sponsor," must not
        # open a clause at the parenthesis
        for sent, sent_mentions in mentions:
            for m in sent_mentions:
                if "," in m.text:
                    para, a = sent.paragraph, sent.start + m.start
                    text = self.masked[para]
                    self.masked[para] = (
                        text[:a] + text[a : a + len(m.text)].replace(",", M.COMMA) + text[a + len(m.text) :]
                    )
                if sent.text[m.end : m.end + 2] == " (":
                    acronym = (_ACRONYM if m.kind == "org" else _PARTY_TAG).match(sent.text, m.end)
                    if acronym is not None:
                        para, a, b = sent.paragraph, sent.start + acronym.start(), sent.start + acronym.end()
                        text = self.masked[para]
                        self.masked[para] = text[:a] + " " * (b - a) + text[b:]

    def sentence_of(self, para: int, offset: int) -> Sentence:
        """The sentence of paragraph `para` containing `offset`."""
        sents = self.by_para[para]
        if len(sents) == 1:
            return sents[0]  # most paragraphs are one sentence; this is asked ~80 times an article
        i = bisect_right(self._starts[para], offset) - 1
        return sents[max(i, 0)]

    def remember(self, sentence: int, speaker: str | None) -> None:
        """Record a quote's speaker so later pronouns and run-on quotes can refer back to it."""
        if speaker is None:
            return
        kind = "person" if self.index.is_person(speaker) else "org" if self.index.is_org(speaker) else "anon"
        self.history.append(Said(sentence, speaker, kind))

    # -- patterns ---------------------------------------------------------------------------------------------

    def before(
        self, para: int, start: int, end: int, *, same_sentence: bool = False, view: bool = False
    ) -> Attribution | None:
        """Attribution introduced before a quote: `X said: "…"`, `X told the BBC "…"`, `said it was "…"`; with
        `view`, also the one whose view the sentence gives: `For Baroness Kidron, the response was "…"`."""
        text = self.masked[para]
        pre = text[start:end]
        if view and pre.lstrip().startswith("For "):
            holder = self._view_holder(para, start, pre)
            if holder is not None:
                return holder
        words_of = F.words_of(pre) if "words of" in pre or "to quote" in pre or " it" in pre[-12:] else None
        if words_of is not None:  # "It was, in the words of one Labour MP, '…'": the one named there
            return self.interpret(para, start + words_of[0], start + words_of[1])
        claim = F.owned_words(pre)  # "Liz Kendall's statement in January that she would …"
        if claim and not P.FRAMED_OBJECT.search(pre) and not F.PREDICATE_QUOTE.match(self.doc.paragraphs[para], end):
            return self._claimant(para, start, start + claim.start())
        with_subject = P.WITH_SUBJECT.search(pre) if "with " in pre else None
        if with_subject and not P.SAY_RE().search(pre, with_subject.end()):
            # "…, with Kemi Badenoch accusing the government of being '…'": the absolute clause's own subject
            found = self.interpret(para, start + with_subject.start("subj"), start + with_subject.end("subj"))
            if found is not None and found.speaker is not None and found.how not in ("several", "unknown"):
                return found
        verbs = list(P.PRE_VERB_RE().finditer(pre))
        issued = F.issued_saying(pre, verbs)
        if issued is not None:  # "Reem Alsalem issued a statement calling on states to '…'": her statement's words
            found = self._subject_before(para, start, start + issued)
            if found is not None and found.speaker is not None and found.how not in ("several", "unknown"):
                return found
        if F.trailing_participle(pre, verbs):
            # "Elon Musk mocked the regulator on Sunday, posting that Ofcom was '…'": the main clause's subject
            lead = self._leading_subject(para, start)
            if lead is not None:
                return Attribution(lead, self.index.role_of(lead), "participle")
        if not verbs:
            # (only the last 160 characters: the pattern is anchored at the colon, and a long blanked-out quote
            # before it would make the search quadratic)
            sent_to = F.SENT_STATEMENT.search(pre, max(0, len(pre) - 160)) if pre.rstrip().endswith(":") else None
            if sent_to is not None:  # "16:02 Reaction from X, which has sent us a statement: '…'": the sender's
                sender = self._sole_mention(para, start, start + sent_to.start())
                if sender is None:
                    # "Asked for a response, the company sent the following statement:": the subject, described;
                    # "Glitch, whose chief executive, Seyi Akiwowo, has sent us this:": the one in apposition
                    found = self._subject_before(para, start, start + len(pre[: sent_to.start()].rstrip()) + 1)
                    if found is not None and found.speaker and found.how not in ("several", "unknown"):
                        return found
                    return Attribution(None, None, "unclear")  # a sender not certain: nobody else's words either
                return sender
            by = F.statement_author(pre)
            if by is not None:  # "read out a statement that a DSIT spokesperson sent to the programme: '…'"
                found = self.interpret(para, start + by[0], start + by[1])
                return (
                    found if found is not None and found.speaker and found.how not in ("several", "unknown") else None
                )
            owned = P.OWNED_LABEL.search(pre)
            if owned:  # "Virkkunen's closing line: '…'": the owner of the words
                found = self.interpret(para, start + owned.start(1), start + owned.end(1))
                return found if found is not None and found.speaker and found.how != "anonymous" else None
            label = P.HEADLINE_LABEL.fullmatch(pre)  # headline or caption style: "Musk: 'We will not back down'"
            if label:
                return self.interpret(para, start + label.start(1), start + label.end(1))
            act = F.BODY_ACT_LABEL.fullmatch(pre)
            if act:  # "Ofcom investigation: 'We will not hesitate to act'": a headline giving the body's words
                owner = self.interpret(para, start + act.start(1), start + act.end(1))
                return owner if owner is not None and owner.speaker and self.index.is_org(owner.speaker) else None
            judged = P.COPULA_COLON.fullmatch(pre)  # "Another official is more sanguine: '…'": a person, judged
            found = self.interpret(para, start + judged.start(1), start + judged.end(1)) if judged else None
            if (
                found is not None
                and found.speaker
                and (self.index.is_person(found.speaker) or found.how == "anonymous")
            ):
                return found
            return None
        if verbs and verbs[-1].group("part"):
            own = self._participle_subject(para, start + verbs[-1].start())
            if own is not None:  # "recalled Elon Musk telling the committee that '…'": his words, not hers
                return own
        if verbs and verbs[-1].group("part") and F.near_participle(pre, verbs[-1]):
            if F.source_before(pre, verbs[-1].start()):
                return None  # "received a letter from Elon Musk's lawyers describing it as '…'": the letter's words
            # "Mr Musk has characterised it as censorship, writing that …": the sentence's subject
            lead = self._leading_subject(para, start) or self._fronted_person(para, start + verbs[-1].start())
            if lead is not None:
                return Attribution(lead, self.index.role_of(lead), "participle")
            pron = P.LEAD_PRONOUN.match(self.masked[para], start)
            if pron:
                return self.interpret(para, pron.start(1), pron.end(1))
            described = F.DESCRIBED_LEAD.match(self.masked[para], start, start + verbs[-1].start())
            if described is not None:
                # "The Paris prosecutor's office confirmed their absence …, noting that …": a body the article
                # describes rather than names, when the description alone says who it is
                found = self.interpret(para, described.start(1), described.end(1))
                if found is not None and found.speaker is not None and found.how not in ("several", "unknown"):
                    return found
        if F.echoed(pre):
            # "rejected claims that the firm was '…'", "a letter from his lawyers describing it as '…'": the words
            # of the claim or the document, not of the sentence's subject
            return Attribution(None, None, "echo")
        for vm in reversed(verbs):
            if vm.group("part"):
                continue  # "…, adding:" belongs to the subject of the earlier verb
            if vm is not verbs[0] and F.OWN_QUOTE_THEN.search(pre, vm.end()):
                continue  # "had promised to '…' the issue and had '…'": that verb's words closed before this quote
            if vm.group("frame") and F.framed_in_report(pre, vm):
                return Attribution(None, None, "echo")  # "said the company's policy described it as '…'"
            if vm.group("frame") and F.framed_by_own_body(pre, vm):
                continue  # "said his government had urged the company to '…'": the speech verb before says who
            gap = pre[vm.end() :]
            if (gap.startswith(" by ") and not F.BY_MEANS.match(gap)) or P.DETERMINER_BEFORE.search(pre, 0, vm.start()):
                continue  # "promised by his government", "their claims": a participle or a noun, not who speaks
            if _PASSIVE.search(pre, max(0, vm.start() - 7), vm.start()):
                continue  # "an amendment that could be added to the bill": a passive, not a speech act
            if _CONDITION.search(pre, max(0, vm.start() - 40), vm.start()):
                continue  # "replied that it would pass if parliament agreed to …": a condition, not who speaks
            if vm.group().lower() == "according to":
                if F.aside_source(pre, vm) and any(v.group("say") and v.start() < vm.start() for v in verbs):
                    # "It told the office, according to a filing made public in April, that it …": the filing
                    # records what the subject of the speech verb before said
                    continue
                return self._verb_first(para, start + vm.end(), end)
            what = P.WHAT_SUBJECT.search(pre, 0, vm.start()) if vm.group("frame") and len(gap.split()) <= 3 else None
            if what:  # "in what host Tom Bergeron described as the '…'": the free relative's own subject
                return self.interpret(para, start + what.start(1), start + what.end(1))
            if len(gap.split()) > 25 and not (same_sentence and self._plain_gap(para, start + vm.end(), gap)):
                return None
            if vm.group("say") is None and len(gap.split()) > F.frame_limit(vm, gap):
                continue  # a framing verb far from the quote: try the speech verb before it
            inner = P.SAY_RE().search(gap)
            while inner is not None and (  # "promised by his government", "their claims": no speech verb
                gap.startswith(" by ", inner.end())
                or F.OWN_QUOTE_THEN.search(gap, inner.end()) is not None  # (its own quote closed before this one)
                or F.aside_source(gap, inner)  # ", according to a filing made public in April, that …
                or P.DETERMINER_BEFORE.search(gap, 0, inner.start())
                or (  # "an amendment that could be added to the bill": a passive, no one speaking
                    inner.group() in _PASSIVE_NOT_SPEECH
                    and _PASSIVE.search(gap, max(0, inner.start() - 7), inner.start())
                )
                # "said the company had answered most requests '…'": a weak verb with a plain object reports no words
                or (inner.group() in P.WEAK_VERBS and F.PLAIN_OBJECT.match(gap, inner.end()) is not None)
            ):
                if gap.startswith(" by ", inner.end()) and _PASSIVE_SAY.search(
                    gap, max(0, inner.start() - 7), inner.start()
                ):
                    return None  # "said she had been told by Elon Musk that it was '…'": whose words is not certain
                inner = P.SAY_RE().search(gap, inner.end())
            if (
                inner
                and not P.PRONOUN_SUBJECT.search(gap, 0, inner.start())
                and not P.OWN_BODY_SUBJECT.search(gap, 0, inner.start())
            ):
                return None  # another speech verb between: the quote may be someone else's words
            if "," in gap and P.RELATIVE_OPEN.search(pre, 0, vm.start()):
                return None  # "the ban, which the Government has said it will bring in, to take effect '…'"
            if vm.group() in P.WEAK_VERBS and gap.strip() and not P.WEAK_GAP_OK.search(gap):
                # "a photo she had posted", "asked Grok to put her …": not introducing speech; a speech verb before
                # it may ("wrote on X that he had asked the agency to assess '…'"), if nobody else is its subject
                continue
            found = self._coordinated(para, start, start + vm.start(), pre, vm)
            if found is None:
                found = self._subject_before(para, start, start + vm.start())
            if found is None and vm.group("say") and (_SHORT_GAP.fullmatch(gap) or not pre[: vm.start()].strip(" ,")):
                # `, said Ms Kendall, "…"`; `"A," said Andrea Simon, the director of …, "B."`: the second half
                found = self._verb_first(para, start + vm.end(), end)
            if (
                found is not None
                and found.speaker
                and vm.group() == "ruled"
                and not self.index.is_person(found.speaker)
            ):
                return Attribution(None, None, "court")  # "The High Court ruled that …": the judge may be named later
            if found is not None:
                return found
        return None

    def _sole_mention(self, para: int, start: int, end: int) -> Attribution | None:
        """The one person or organisation named (outside quotes) between `start` and `end` of a paragraph."""
        sent = self.sentence_of(para, start)
        named = {m.canonical for pos, m in self.outside.get(sent.index, ()) if start <= pos < end}
        if len(named) != 1:
            return None
        who = next(iter(named))
        return Attribution(who, self.index.role_of(who), "sender")

    def _claimant(self, para: int, start: int, owner_end: int) -> Attribution:
        sent = self.sentence_of(para, start)
        for pos, m in self.outside.get(sent.index, ()):
            if pos + (m.end - m.start) == owner_end:
                return Attribution(m.canonical, self.index.role_of(m.canonical), "claim")
        return Attribution(None, None, "claim")

    def _coordinated(self, para: int, start: int, verb: int, pre: str, vm: re.Match[str]) -> Attribution | None:
        # "Sir Keir said decisions were for Ofcom, but added: …" / "Ofcom opened an inquiry and said …"
        coord = P.COORD_TAIL.search(self.masked[para], start, verb)
        if not coord:
            return None
        earlier = [v for v in P.PRE_VERB_RE().finditer(pre, 0, coord.start() - start) if not v.group("part")]
        if earlier:
            last = self._subject_before(para, start, start + earlier[-1].start())
            if len(earlier) > 1 and (last is None or last.speaker is None):
                # "X said the company had answered …, but added: …": what a reported clause's subject did is no
                # speech of theirs; the coordinated verb goes with the clause that reports it
                first = self._subject_before(para, start, start + earlier[0].start())
                if first is not None and first.speaker is not None and first.how not in ("several", "unknown"):
                    return first
            return last
        lead = self._leading_subject(para, start)
        if lead is None:  # "She declined to give a timetable but said …": the pronoun opening the sentence
            pron = P.LEAD_PRONOUN.match(self.masked[para], start)
            return self.interpret(para, pron.start(1), pron.end(1)) if pron else None
        return Attribution(lead, self.index.role_of(lead), "coordinated")

    # -- subjects --------------------------------------------------------------------------------------------

    def _subject_before(self, para: int, start: int, verb: int) -> Attribution | None:
        text = self.masked[para]
        head = P.strip_aux(text[start:verb])
        end = start + len(head)
        if not head.strip():
            return None
        if P.self_described(head):  # "an account describing itself as X's policy team said": not certain
            return Attribution(None, None, "unverified")
        if head.endswith(("who", "which")):
            relative = self._relative_antecedent(para, start, head)
            if relative is not None:
                return relative
        inner = self._reported_clause_subject(para, start, end)
        if inner is not None:
            return inner
        lead = (  # an apposition only counts when it closes right before the verb: test that first, it is cheap
            P.LEAD_APPOSITION().match(text, M.skip_space(text, start, end), end)
            if head.rstrip().endswith((",", "–", "—", ")"))
            else None
        )
        if lead:
            found = self.interpret(para, lead.start(1), lead.end(1))
            if found is not None and found.speaker is not None and found.how != "anonymous":
                return found  # "One MEP on the committee, the Green Kim van Sparrentak, said": the name wins
        if head.endswith(","):  # "Kerry McCarthy, a Labour MP who sits on the committee, said"
            inner_end = end - 1
            comma = text.rfind(",", start, inner_end)
            if comma < 0:
                return None
            base_start = self._clause_start(text, start, comma)
            parts = self._interpret_parts(para, base_start, inner_end)
            if parts is None or (parts.speaker is None and parts.how in ("unknown", "conflict", "unclear")):
                # the last comma part is a clause, not the subject ("…, where the issue dominated a lunch, said")
                return self._parenthetical_lead(para, start, end) or parts
            return parts
        tail = P.TAIL_PRONOUN.search(text, start, end)
        if tail:
            return self.interpret(para, tail.start(1), tail.end(1))
        return self.interpret(para, self._clause_start(text, start, end), end)

    @staticmethod
    def _clause_start(text: str, start: int, end: int) -> int:
        last = start
        for m in P.CLAUSE_BREAK.finditer(text, start, end):
            last = m.end()
        coord = _COORD_OPEN.match(text, last, end) if last > start else None
        return coord.end() if coord is not None else last  # "…, but his office said": the clause after "but"
