"""Who a sentence is about: the person or organisation that opens it, and the subject of its speech verb.

`SpeakerResolver` asks these for focus and pronouns ("Elon Musk has weighed in again. He wrote …"); each is
memoised per sentence, since the masked text and mentions are fixed once the resolver is built.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from summariser import _description_patterns as D
from summariser import _speaker_masks as M
from summariser import _speaker_patterns as P
from summariser._lazy_re import lazy_re
from summariser._lead_words import inverted_speaker
from summariser._names import Mention, NameIndex
from summariser._roles import ROLE_WORDS
from summariser._speaker_patterns import Attribution
from summariser._text import Document, Sentence

# a speech verb right after a relative pronoun belongs to a relative clause, not to the sentence
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+$")
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which)\s+(?:(?:had|has|have|also|once|then|later|\w+ly)\s+)?$")


# an organisation's agents opening a sentence with their verb: "X's lawyers argued", "Meta's executives have said"
_AGENTS = r"(?:lawyers|attorneys|legal\s+team|representatives|officials|executives|spokespeople|spokespersons)"
_OWNED_AGENTS = re.compile(
    rf"\s*(?:(?:The\s+)?(?P<owner>(?:[A-Z][\w.&-]*\s+){{0,3}}[A-Z][\w.&-]*)['’]s\s+{_AGENTS}|"
    # ("Lawyers for Meta told the court …")
    rf"(?i:{_AGENTS})\s+(?:for|from|at|representing)\s+(?:the\s+)?(?P<client>(?:[A-Z][\w.&-]*\s+){{0,3}}?[A-Z][\w.&-]*))"
    r"\s+(?:(?:have|had|also|then|later)\s+)?"
    r"(?:argued|said|told|insisted|claimed|wrote|submitted|maintained|contended|denied|rejected|urged|warned|"
    r"asked|responded|replied|countered|say|argue|insist|claim|maintain|deny)\b"
)
_PLURAL_SUBJECT = re.compile(
    r"\s*((?:[A-Z][\w’'&-]+\s+){1,3}(?:Records|Group|Holdings|Media|Studios|Entertainment|Pictures|Music|Games|"
    r"Airways|Airlines|Motors|Foods|Partners|Labs|Technologies|Productions))\s+(?:have|are|were|say|deny|insist|claim)\b"
)


# a capitalised possessor the index does not list, then at most three role words, before a person opening the
# sentence: "The AfD's Dirk Brandl", "Fidesz's digital spokesman Ferenc Kiss"
_UNLISTED_OWNER = re.compile(r"\s*(?:[Tt]he\s+)?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}['’]s\s+(?:[\w-]+\s+){0,3}")


# one capitalised word speaking at the start of a sentence, after a short fronted phrase: "Jackson said …"
_UNKNOWN_SPEAKER = re.compile(
    r"\s*(?:(?:In|At|On|After|Speaking|Asked|Earlier|Later|Meanwhile|However)\b[^,]{0,40},\s*)?"
    r"(?P<name>[A-Z][\w’'-]+)\s+(?:said|says|told|tells|added|adds|wrote|insisted|argued|warned)\b"
)
# a view holder opening a sentence: "For Jess, …"
_FOR_LEAD = re.compile(r"\s*For\s+")
# the first half of a title joined by "and" before a titled name the index found: "Communications and "
_TITLE_HALF = re.compile(r"\s*(?:[A-Z][a-z]+\s+){1,3}(?:and|&)\s+")


def _role_gap(lead: str) -> bool:
    """True when the words after the possessive are role words only ("digital spokesman") or none."""
    after = re.split(r"['’]s\s+", lead, maxsplit=1)[-1].split()
    return all(w.lower() in ROLE_WORDS for w in after)


# a feature writer's question in the prose: "Was the company warned?", "Did she expect it?"
_WRITERS_QUESTION = lazy_re(r"(?:Was|Were|Is|Are|Did|Does|Do|Has|Have|Had|Will|Would|Could|Can|Should)\s[^\"“”]*\?$")


class SubjectMixin:
    """Sentence subjects shared by `SpeakerResolver` and its pronoun resolution; needs the resolver's state."""

    doc: Document
    index: NameIndex
    masked: list[str]
    outside: dict[int, list[tuple[int, Mention]]]
    _subjects: dict[int, tuple[tuple[int, int], str] | None]
    _leads: dict[int, tuple[tuple[int, int], str] | None]
    by_para: list[list[Sentence]]

    if TYPE_CHECKING:  # provided by SpeakerResolver

        def sentence_of(self, para: int, offset: int) -> Sentence: ...

        def _subject_before(self, para: int, start: int, verb: int) -> Attribution | None: ...

        def _in_para(self, sentence: int, para: int) -> bool: ...

        def _possessor(self, key: tuple[int, int]) -> bool: ...

    def _leading_subject(self, para: int, start: int) -> str | None:
        """The person or organisation that opens the sentence at `start` ("Ofcom opened …", "Mr Musk has …")."""
        sent = self.sentence_of(para, start)
        found = self.outside.get(sent.index, ())
        for i, (pos, m) in enumerate(found):
            lead = self.masked[para][sent.start : pos]
            after = self.masked[para][pos + m.end - m.start : pos + m.end - m.start + 2]
            if (
                P.LEADING.fullmatch(lead)
                or (P.LEADING_APPOSED.fullmatch(lead) and after[:1] == ",")
                or (m.kind == "person" and _title_words(lead))
                or P.place_owner(lead)  # "Britain's Ofcom, which …, said": a place's body or person opens it
                # "Communications and Digital Technologies Minister Solly Malatsi": the title's first half
                or (m.kind == "person" and m.text != m.canonical and _TITLE_HALF.fullmatch(lead) is not None)
            ):
                # "Ofcom …", "The regulator, Ofcom, …", "Her Conservative counterpart, Julia Lopez, …"
                if after[:1] in ("'", "’"):
                    # "Labour's Jess Asato, …": a party's or body's person, named right after its possessive
                    return self._possessed_person(para, found, i)
                if m.kind == "org" and i + 1 < len(found) and found[i + 1][1].kind == "person":
                    # "Tesla chief executive Elon Musk …": the organisation only qualifies the person's title
                    gap = self.masked[para][pos + m.end - m.start : found[i + 1][0]].split()
                    if gap and all(w.lower() in ROLE_WORDS or w in ("of", "the", "and") for w in gap):
                        return found[i + 1][1].canonical
                return m.canonical
            if m.kind == "person" and _UNLISTED_OWNER.fullmatch(lead) and _role_gap(lead):
                return m.canonical  # "The AfD's Dirk Brandl accused …": a party the index does not list owns him
            break
        return None

    def _possessed_person(self, para: int, found: Sequence[tuple[int, Mention]], i: int) -> str | None:
        """The person right after an opening organisation's possessive ("Labour's Jess Asato", "Ofcom's chief
        executive Melanie Dawes"); None for anything else ("Ofcom's decision")."""
        pos, m = found[i]
        if m.kind != "org" or i + 1 >= len(found) or found[i + 1][1].kind != "person":
            return None
        gap = self.masked[para][pos + m.end - m.start : found[i + 1][0]]
        words = gap[2:].split() if gap[1:2] in ("s", "S") else gap[1:].split()
        if gap[1:3].strip() not in ("s", "S", "") or len(words) > 3:
            return None
        return found[i + 1][1].canonical if all(w.lower() in ROLE_WORDS for w in words) else None

    def _leading_person(self, idx: int) -> tuple[tuple[int, int], str] | None:
        # "Elon Musk has weighed in again. He wrote …": the person who opens the previous sentence; memoised, as it
        # depends only on the sentence (the masked text and mentions are fixed once the resolver is built)
        if idx not in self._leads:
            self._leads[idx] = None  # re-entry while it is found ("X was out, but his office said") sees no one
            self._leads[idx] = self._find_leading_person(idx)
        return self._leads[idx]

    def _find_leading_person(self, idx: int) -> tuple[tuple[int, int], str] | None:
        sent = self.doc.sentences[idx]
        lead = self._leading_subject(sent.paragraph, sent.start)
        if lead is None or not self.index.is_person(lead):
            return self._view_holder_lead(idx) or self._leading_unnamed(idx)
        pos = min((p for p, m in self.outside.get(idx, ()) if m.canonical == lead), default=-1)
        return (idx, pos), lead

    def _view_holder_lead(self, idx: int) -> tuple[tuple[int, int], str] | None:
        """ "For Jess, not her real name, the process has felt slow.": the person whose view opens the sentence is the
        one in view for a pronoun after it."""
        sent = self.doc.sentences[idx]
        text = self.masked[sent.paragraph]
        opener = _FOR_LEAD.match(text, sent.start)
        found = self.outside.get(idx, ())
        if opener is None or not found:
            return None
        pos, m = found[0]
        ok = (
            pos == opener.end()
            and m.kind == "person"
            and text[pos + m.end - m.start : pos + m.end - m.start + 1] == ","
        )
        return ((idx, pos), m.canonical) if ok else None

    def _leading_unnamed(self, idx: int) -> tuple[tuple[int, int], str] | None:
        """'A Tesla owner in California … said', 'Another lawyer, who …, disagreed': an unnamed person opening the
        sentence, as the indefinite description a later "he"/"she" refers to."""
        sent = self.doc.sentences[idx]
        text = self.masked[sent.paragraph]
        lead = D.LEADING_INDEFINITE.match(text, sent.start, sent.start + len(sent.text))
        if lead is None or D.GROUP_MEMBER.match(text, sent.start):  # "One of the women, a nurse, …": no name
            return None
        if any(m.kind == "person" and pos < lead.start(1) for pos, m in self.outside.get(idx, ())):
            return None  # "According to Bia Barbosa, a coordinator of …": the apposition of someone named
        anon = D.ANON().match(text[lead.start(1) : sent.start + len(sent.text)])
        if anon is None:
            return None
        return (idx, lead.end(1) - sent.start), D.indefinite(anon.group().replace(M.COMMA, ","))

    def _speech_subject(self, idx: int) -> tuple[tuple[int, int], str] | None:
        if idx in self._subjects:
            return self._subjects[idx]
        self._subjects[idx] = None  # also guards against recursion through pronoun subjects
        sent = self.doc.sentences[idx]
        text = self.masked[sent.paragraph]
        if text.startswith(("Q: ", "A: ")) or _WRITERS_QUESTION.match(sent.text):
            # a transcript line, or the writer's own question in a feature ("Was the company warned?"): the
            # interviewee's answer or the question, not a new speaker in view
            return None
        result: tuple[tuple[int, int], str] | None = None
        vm = P.PRE_VERB_RE().search(text, sent.start, sent.start + len(sent.text))
        if vm and P.ASKED_PARTICIPLE.match(text, vm.start()) and text[sent.start : vm.start()].rstrip().endswith(","):
            # "A Pentagon spokesman, asked about the letter, said …": a participle clause; the verb is the next one
            vm = P.PRE_VERB_RE().search(text, vm.end(), sent.start + len(sent.text)) or vm
        while vm and _RELATIVE_BEFORE.search(text, max(sent.start, vm.start() - 30), vm.start()):
            # "Bores, a former engineer who wrote the state's AI law, said …": the relative clause's verb is not
            # the sentence's; its subject would be the apposition, so look for the main verb after it
            vm = P.PRE_VERB_RE().search(text, vm.end(), sent.start + len(sent.text))
        inverted = (  # "Prices rose too, said Mary Lovely, an economist.": the one named after the verb
            inverted_speaker(self.outside.get(idx, ()), text, sent.start, vm.end())
            if vm and vm.group("say") and text[sent.start : vm.start()].rstrip().endswith(",")
            else None
        )
        if inverted is not None:
            result = ((idx, inverted[0]), inverted[1])
        elif vm and (vm.group().lower() == "according to" or text[sent.start : vm.start()].strip() in ("So", "Thus")):
            # "According to Bia Barbosa, …", "So said Henna Virkkunen": the one named right after the verb
            after = [(pos, m) for pos, m in self.outside.get(idx, ()) if vm.end() < pos <= vm.end() + 2]
            if after and after[0][1].kind == "person":
                result = ((idx, after[0][0]), after[0][1].canonical)
        elif vm and not vm.group("part"):
            att = self._subject_before(sent.paragraph, sent.start, vm.start())
            if att is not None and att.speaker is not None and self.index.is_person(att.speaker):
                pos = min((p for p, m in self.outside.get(idx, ()) if m.canonical == att.speaker), default=-1)
                result = ((idx, pos), att.speaker)
            elif (
                att is not None
                and att.speaker
                and ((att.how == "anonymous" and D.UNNAMED.match(att.speaker)) or att.how == "spokesperson")
            ):  # "A Pentagon spokesman … said …. He added": the spokesperson speaks for the organisation
                result = ((idx, vm.start()), att.speaker)  # "A coordinator for … said that …", then "she said"
            elif att is None or att.speaker is None:
                lead = self._leading_subject(sent.paragraph, sent.start)
                unnamed = None if lead is not None else self._leading_unnamed(idx)
                if lead is not None and self.index.is_person(lead):
                    pos = min((p for p, m in self.outside.get(idx, ()) if m.canonical == lead), default=-1)
                    result = ((idx, pos), lead)
                elif unnamed is not None:
                    result = unnamed
                elif P.unknown_name(text[sent.start : vm.start()]):
                    result = ((idx, 1 << 20), "")  # someone the index does not know spoke last
        self._subjects[idx] = result
        return result

    def _paragraph_person(self, who: str, recent: list[tuple[tuple[int, int], str]], para: int) -> bool:
        """True when `who` is the only person named in this paragraph so far and opens it (or is its source):
        "Sinn Féin's spokesperson, Pa Daly, was more critical. '…,' he said" — the one person the paragraph is
        about, though the article never says whether "he" fits."""
        here = {c for key, c in recent if key[1] >= 0 and self._in_para(key[0], para) and not self._possessor(key)}
        return here == {who} and self._opens_paragraph(who, para)

    def _opens_paragraph(self, who: str, para: int) -> bool:
        """True when `who` is named in the first sentence of paragraph `para` before any speech verb, or is the
        paragraph's source ("according to X")."""
        first = self.by_para[para][0]
        verb = P.PRE_VERB_RE().search(self.masked[para], first.start, first.start + len(first.text))
        limit = verb.start() if verb is not None else first.start + len(first.text)
        if any(m.canonical == who and pos < limit for pos, m in self.outside.get(first.index, ())):
            return True
        # "According to Bia Barbosa, …": named as the source of what the paragraph reports
        return any(
            m.canonical == who and _ACCORDING.search(self.masked[para], max(0, pos - 14), pos) is not None
            for sent in self.by_para[para]
            for pos, m in self.outside.get(sent.index, ())
        )

    def _unknown_lead(self, idx: int) -> tuple[tuple[int, int], str] | None:
        """ "Birgit Sippel was unimpressed.": a sentence that opens on a name the index does not know is about someone
        unknown (the empty name), so a pronoun after it must not fall back to a person named before it."""
        sent = self.doc.sentences[idx]
        text, end = self.masked[sent.paragraph], sent.start + len(sent.text)
        # (or one word the index does not know speaking: "In a joint interview, Jackson said …")
        lead = P.UNKNOWN_LEAD.match(text, sent.start, end) or _UNKNOWN_SPEAKER.match(text, sent.start, end)
        if (
            lead is None
            or not P.unknown_name(lead.group("name"))
            or P.PLACE_SET.intersection(lead.group("name").split())
            or lead.group("name") in ("Q", "A")  # a transcript line ("Q: Has X complied?"), no one new
        ):
            return None
        if any(pos < lead.end("name") for pos, _ in self.outside.get(idx, ())):
            return None  # someone (or something) the index knows opens it
        return (idx, 1 << 20), ""

    def _plural_org(self, sent: Sentence) -> str | None:
        """British "they" for an organisation: "Harbour Records have denied it. '…,' they said." — only when the
        sentence before opens on a known organisation (or an unlisted one with a company word) and a plural verb."""
        if sent.index == 0:
            return None
        prev = self.doc.sentences[sent.index - 1]
        lead = self._leading_subject(prev.paragraph, prev.start)
        if lead is None and not self.outside.get(prev.index):
            # "Harbour Records have denied the claims": a capitalised name the index lacks, with a plural verb
            unlisted = _PLURAL_SUBJECT.match(self.masked[prev.paragraph], prev.start)
            return D.unlisted_org(unlisted.group(1)) if unlisted else None
        if lead is None:
            return self._owned_agents(prev)
        if not self.index.is_org(lead):
            return None
        for pos, m in self.outside.get(prev.index, ()):
            if m.canonical == lead:
                after = self.masked[prev.paragraph][pos + m.end - m.start :].split(None, 1)
                return lead if after and after[0] in P.PLURAL_VERBS else None
        return None

    def _owned_agents(self, prev: Sentence) -> str | None:
        """ "X's lawyers argued in filings that … They said …": the organisation whose lawyers, officials or
        executives open the sentence before (they speak for it), when it is the only name before their verb."""
        text = self.masked[prev.paragraph]
        agents = _OWNED_AGENTS.match(text, prev.start)
        if agents is None:
            return None
        found = [m for pos, m in self.outside.get(prev.index, ()) if pos < agents.end()]
        owner = agents.group("owner") or agents.group("client")
        if len(found) != 1 or found[0].kind != "org" or not owner.endswith(found[0].text):
            return None
        return found[0].canonical

    def _has_mention(self, para: int, start: int, part: str) -> bool:
        sent = self.sentence_of(para, start)
        return any(start <= pos < start + len(part) for pos, _ in self.outside.get(sent.index, ()))

    def _plain_gap(self, para: int, start: int, gap: str) -> bool:
        """True for a long reported clause that still leads to the quote in one sentence: at most 50 words, naming
        no person (a clause that long which names someone may be quoting them); organisations it reports on ("the
        Commission had sent X a second request … and would decide '…'") are what was said, not who said it."""
        if len(gap.split()) > 50:
            return False
        sent = self.sentence_of(para, start)
        return not any(
            start <= pos < start + len(gap) and m.kind == "person" for pos, m in self.outside.get(sent.index, ())
        )


def _title_words(lead: str) -> bool:
    """'Commission spokesperson ', 'Tesla chief executive ': an organisation and a title before a person's name."""
    words = lead.split()
    return (
        0 < len(words) <= 5
        and words[-1].lower() in ROLE_WORDS
        and sum(1 for w in words if w[:1].isupper()) <= 2
        and all(w[:1].isupper() or w.lower() in ROLE_WORDS for w in words)
    )
