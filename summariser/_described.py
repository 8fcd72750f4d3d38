"""References by description in attributions: a title opening a sentence ("The judge was unpersuaded. …, she
noted"), an epithet for the person in view ("the Fine Gael TD said"), and the background paragraphs a pronoun may
cross when they only describe its antecedent ("the commissioner")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summariser import _description_patterns as D
from summariser import _speaker_patterns as P
from summariser._lazy_re import first_chars, lazy_re
from summariser._namelex import ROLE_HEADS
from summariser._names import Mention, NameIndex
from summariser._speaker_patterns import Attribution, Said
from summariser._text import Document, Sentence

# "the commissioner", "the Conservative leader": someone (or an organisation) referred to by a title
_ROLE_LAST = "|".join(re.escape(w) for w in sorted({r.split()[-1] for r in ROLE_HEADS}, key=len, reverse=True))
_THE_ROLE = lazy_re(rf"\b[Tt]he\s+((?:[\w-]+\s+){{0,2}}(?i:{_ROLE_LAST}))\b")


_ASKING = lazy_re(
    r"\b(?:ask|asks|asked|asking|pressed|pressing|questioned|challenged|quizzed|wanted to know)\b",
    first=first_chars("acpqw"),
)
# a sentence opening on a description and a speech verb: "The Commission's executive vice-president said …",
# "The former public defender said …"
_OWNED_LEAD = lazy_re(
    r"\s*([Tt]he\s+(?:[A-Z][\w-]*['’]s\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:said|says|told|added|wrote)\b"
)
_EPITHET_LEAD = lazy_re(r"\s*((?:[Tt]he)\s+(?:[\w-]+\s+)?[\w-]+)(?=[\s,])")
_ORG_ROLES = frozenset({"regulator", "watchdog"})  # title words that name organisations more often than people
_MODIFIED = lazy_re(r"\s+(?:administration|government|campaign|era|years|presidency|camp|White House)\b")
_PERSONAL = lazy_re(r"\b(?:[Hh]e|[Ss]he|him|his|[Hh]er)\b", first=first_chars("HShs"))
# "Jo Ray's statement", "Jo Ray's opening remarks": a person's own words introduced as a document
_AUTHORED = lazy_re(
    r"['’]s\s+(?:[\w-]+\s+)?(?:statement|speech|remarks|letter|testimony|post|comments|announcement|address)\b"
)


# who answers a debate for the government: "Responding for the government, Baroness Lloyd said …"
_FOR_GOVERNMENT = lazy_re(
    r"\s*(?:(?:Responding|Replying|Speaking|Answering|Winding up)\s+(?:for|on\s+behalf\s+of)|For)\s+the\s+"
    r"[Gg]overnment\s*,\s+"
)
# a minister of the government in office ("the minister", "the technology minister"; never "the shadow minister")
_MINISTER = lazy_re(r"(?i:(?!.*\b(?:shadow|prime|first|chief|former|opposition)\b)(?:[\w-]+\s+)?minister)")
# an age epithet opening a sentence ("The 29-year-old teacher …") refers to someone already named
_AGE_THE = lazy_re(r"\s*(?:[A-Z][^,]{0,40},\s*)?" + D.AGE_THE)
# an unnamed subject giving something to the person in view: "A colleague sent her a link"
_GIVES_TO = lazy_re(
    r"\s+(?:sent|gave|showed|handed|texted|emailed|messaged|forwarded)\s+(her|him)\s+(?:a|an|the|some)\s"
)


class DescribedMixin:
    """Description-based antecedents shared by `SpeakerResolver`'s pronoun and epithet resolution."""

    doc: Document
    index: NameIndex
    masked: list[str]
    outside: dict[int, list[tuple[int, Mention]]]
    history: list[Said]
    by_para: list[list[Sentence]]
    _introduced: dict[int, list[tuple[int, str | None]]]
    _unnamed: dict[int, str]  # sentence -> the unnamed person noun it opens on ("colleague her": gives to her), or ""

    if TYPE_CHECKING:  # provided by SpeakerResolver and its other mixins

        def sentence_of(self, para: int, offset: int) -> Sentence: ...

        def _recent(self, para: int, offset: int, kind: str) -> list[tuple[tuple[int, int], str]]: ...

        def _focus(self, para: int, offset: int) -> tuple[tuple[int, int], str] | None: ...

        def _leading_unnamed(self, idx: int) -> tuple[tuple[int, int], str] | None: ...

        def _possessor(self, key: tuple[int, int]) -> bool: ...

        def _described_person(self, phrase: str, sent: Sentence, start: int) -> Attribution | None: ...

    def _role_holder_named(self, phrase: str, owner: str) -> bool:
        """True when the article names a person holding this office anywhere ("Jo Lee, X's head of safety"): then
        the unnamed phrase is that person, not the organisation, and uncertain."""
        role = phrase[len(owner) :].lstrip("'’s ").strip().lower()
        head = role.split(" of ")[0].split()[-1] if role else ""
        return any(head and head in r.lower() for p in self.index.people() for r in self.index.roles_of(p))

    def _statement_author(self, sent: Sentence) -> str | None:
        """The one person whose statement the sentence before (same paragraph) introduced: "Here is a passage from
        Jo Ray's statement. The Commission's vice-president says:" — the office that speaks next is its author."""
        if sent.index == 0 or self.doc.sentences[sent.index - 1].paragraph != sent.paragraph:
            return None
        text = self.masked[sent.paragraph]
        authors = {
            m.canonical
            for pos, m in self.outside.get(sent.index - 1, ())
            if m.kind == "person" and _AUTHORED.match(text, pos + m.end - m.start)
        }
        return next(iter(authors)) if len(authors) == 1 else None

    def _government_responder(self, sent: Sentence) -> str | None:
        """ "Responding for the government, Baroness Lloyd said …" then "the minister added": in a debate, the one
        person who answered for the government, when the article gives no one a minister's title."""
        if any("minister" in r.lower() for p in self.index.people() for r in self.index.roles_of(p)):
            return None
        found = set()
        for idx in range(sent.index):
            prev = self.doc.sentences[idx]
            lead = _FOR_GOVERNMENT.match(prev.text) if "overnment," in prev.text else None
            if lead is not None:
                found |= {m.canonical for pos, m in self.outside.get(idx, ()) if pos - prev.start == lead.end()}
        return next(iter(found)) if len(found) == 1 and self.index.is_person(next(iter(found))) else None

    def _titled_person(self, phrase: str, para: int, offset: int) -> str | None:
        """ "Solomon told host David Cochrane … / '…?' the host asked": the one person the article named right after
        that title (lower case, before the name) earlier on; None when it titled two or none."""
        words = phrase.split()
        if len(words) != 2 or not words[1].isalpha() or not words[1].islower():
            return None
        sent = self.sentence_of(para, offset)
        title = words[1] + " "
        found = {
            m.canonical
            for idx in range(sent.index + 1)
            for pos, m in self.outside.get(idx, ())
            if m.kind == "person"
            and (idx < sent.index or pos < offset)
            and self.masked[self.doc.sentences[idx].paragraph][max(0, pos - len(title) - 1) : pos].lower()
            in (" " + title, "(" + title)
        }
        if len(found) != 1:
            return None
        # the title before any capitalised word, names the index missed too: "presenter Gareth Doyle … presenter Sean
        # Moran" is two presenters even when only one became a person
        titled = re.compile(rf"\b{re.escape(title)}[A-Z]")
        text = "\n".join(self.masked[:para]) + "\n" + self.masked[para][:offset]
        return found.pop() if len(titled.findall(text)) == 1 else None

    def _epithet_since(self, since: int, upto: int) -> bool:
        """True when a sentence after `since` (through `upto`) opens on an epithet: "The billionaire, who …"."""
        for idx in range(since + 1, upto + 1):
            sent = self.doc.sentences[idx]
            if _opens_on_epithet(self.masked[sent.paragraph], sent.start):
                return True
        return False

    def _described_lead(self, gender: str, para: int, offset: int) -> str | None:
        """ "The judge was unpersuaded. …, she noted": a sentence of this paragraph that opens on a title naming one
        person of that gender, with no one else named from there to the pronoun."""
        sent = self.sentence_of(para, offset)
        # a quote paragraph that opens on the quote goes on from the paragraph before: "The commissioner revealed
        # that … / '…,' she said"
        opens = self.by_para[para][0] is sent
        for idx in range(sent.index, max(-1, sent.index - 3), -1):
            prev = self.doc.sentences[idx]
            if prev.paragraph != para and not (opens and prev.paragraph == para - 1):
                return None
            lead = _THE_ROLE.match(self.masked[prev.paragraph], prev.start)
            if lead is None and idx < sent.index:
                # "The Commission's executive vice-president said she would …": a description the index resolves
                said = _OWNED_LEAD.match(self.masked[prev.paragraph], prev.start, prev.start + len(prev.text))
                fits = self._described_person(said.group(1), prev, prev.start) if said is not None else None
                if fits is not None and fits.speaker and self.index.gender_of(fits.speaker) in (gender, None):
                    others = {
                        m.canonical
                        for i in range(idx, sent.index)
                        for _, m in self.outside.get(i, ())
                        if m.kind == "person"
                    }
                    return fits.speaker if others <= {fits.speaker} else None
            if lead is None or (idx == sent.index and lead.start() >= offset):
                continue
            if prev.paragraph != para and _ASKING.search(prev.text):
                return None  # "The Conservative leader opened by asking why … / '…,' he said": the answer is another's
            who = self.index.resolve(lead.group(1), sentence=idx, before=lead.end(1) - prev.start)
            if who is None and _MINISTER.fullmatch(lead.group(1)):  # "The minister added that …"
                who = self._government_responder(prev)
            if who is None and idx >= sent.index - 1:
                # "The 57-year-old justice, who clashed with Elon Musk …, went further. '…,' he said": the one
                # person the description fits is the subject, whoever the clause after it names
                fits = self._described_person(lead.group(), prev, lead.start())
                if fits is not None and fits.speaker is None:
                    return ""
                if (
                    fits is not None
                    and fits.speaker is not None
                    and self.index.gender_of(fits.speaker) in (gender, None)
                ):
                    return fits.speaker
            others = {
                m.canonical
                for i in range(idx, sent.index + 1)
                for pos, m in self.outside.get(i, ())
                if m.kind == "person" and (i < sent.index or pos < offset)
            }
            if who is None and not others and idx == sent.index - 1 and self._unnamed_holder(lead, prev.paragraph):
                # "The Labour MP for Bury South … welcomed the decision. '…,' he said": the holder the article never
                # names is the one in view, not a man named paragraphs before ("" stops the search: no speaker)
                return ""
            if who is None or not self.index.is_person(who) or self.index.gender_of(who) not in (gender, None):
                return None
            return who if others <= {who} else None
        return None

    def _unnamed_holder(self, lead: re.Match[str], para: int) -> bool:
        """True when a sentence-opening title is a person's and the sentence's own subject (not "The minister's
        aide", not "The regulator")."""
        head = lead.group(1).split()[-1].lower()
        if head in _ORG_ROLES or self.masked[para].startswith(("'s", "’s"), lead.end(1)):
            return False
        # "Owen Price, the MP for Stroud, … The MP said": a title someone named holds is theirs, however short
        return not any(head in role.lower().split() for who in self.index.people() for role in self.index.roles_of(who))

    def _described_since(self, found: str, since: int, para: int, offset: int) -> bool:
        """True when the one paragraph between sentence `since` and the pronoun refers to `found` by role ("the
        commissioner") and to no other person, not even one the index missed: she is still the one in view."""
        upto = self.sentence_of(para, offset).index
        if self.doc.sentences[since].paragraph < para - 2:
            return False
        described = False
        for idx in range(since + 1, upto):
            sent = self.doc.sentences[idx]
            text = self.masked[sent.paragraph]
            if any(m.kind == "person" and m.canonical != found for _, m in self.outside.get(idx, ())):
                return False
            unknown = P.UNKNOWN_SUBJECT.match(text, sent.start)
            if unknown is not None and not any(
                unknown.start("subject") <= pos < unknown.end("subject") for pos, _ in self.outside.get(idx, ())
            ):
                return False  # "Tom Hale said …": someone the index does not know
            if self._leading_unnamed(idx) or _PERSONAL.search(text, sent.start, sent.start + len(sent.text)):
                return False  # "The billionaire … Here is what he has said": someone else may be in view
            for rm in _THE_ROLE.finditer(text, sent.start, sent.start + len(sent.text)):
                who = self.index.resolve(rm.group(1), sentence=idx, before=rm.end(1) - sent.start)
                if who == found:
                    described = True
                elif (who is None and rm.group(1).split()[-1].lower() not in _ORG_ROLES) or (
                    who is not None and self.index.is_person(who)
                ):
                    return False  # "The Conservative leader opened …": another person, unnamed
        return described

    def _carried_by_pronoun(self, found: str, since: int, para: int, offset: int, pronoun: str) -> bool:
        """True when the one paragraph between sentence `since` and the pronoun goes on about `found` by the same
        pronoun ("She also has little patience for …") and names or opens on no one else who could be meant."""
        if self.doc.sentences[since].paragraph != para - 2:
            return False
        gender, carried = P.PRONOUN_GENDER[pronoun], False
        for idx in range(since + 1, self.sentence_of(para, offset).index):
            sent = self.doc.sentences[idx]
            text = self.masked[sent.paragraph]
            if any(
                m.kind == "person" and m.canonical != found and self.index.gender_of(m.canonical) in (gender, None)
                for _, m in self.outside.get(idx, ())
            ):
                return False
            if P.UNKNOWN_SUBJECT.match(text, sent.start) or self._leading_unnamed(idx):
                return False  # "Tom Hale said …", "A colleague …": someone else may be in view
            lead = P.LEAD_PRONOUN.match(text, sent.start)
            carried = carried or (lead is not None and lead.group(1).lower() == pronoun)
        return carried

    def _epithet(self, para: int, offset: int) -> str | None:
        """The person "the actor" stands for: the speaker of the last quote, in this paragraph or the one before, when
        nobody else is named there (a subject the index missed could be anyone: "The Portuguese boss …")."""
        sent = self.sentence_of(para, offset)
        last = self.history[-1] if self.history else None
        if last is None or last.kind != "person" or self.doc.sentences[last.sentence].paragraph < para - 1:
            return None
        focus = ((last.sentence, -1), last.speaker)
        if any(
            P.UNKNOWN_SUBJECT.match(self.masked[s.paragraph], s.start)
            for s in self.doc.sentences[last.sentence + 1 : sent.index]
        ):
            return None
        near = {
            c
            for key, c in self._recent(para, offset, "person")
            if (key[1] < 0 or self.doc.sentences[key[0]].paragraph >= para - 1) and not self._modifier(key)
        }
        return focus[1] if near <= {focus[1]} else None

    def _focus_epithet(self, para: int, offset: int, noun: str) -> str | None:
        """The person "the Fine Gael TD" stands for when no quote came before: the one who spoke or opened a
        sentence last, in this paragraph or the one before, with nobody else named or unnamed in view."""
        sent = self.sentence_of(para, offset)
        last_word = noun.split()[-1]
        earlier = " ".join(self.masked[max(0, para - 1) : para]) + self.masked[para][:offset]
        # (a title right before a capitalised name does not count: "Fianna Fáil TD Malcolm Byrne … the Wexford TD")
        if re.search(rf"\b{re.escape(last_word)}\b(?!\s+[A-Z])", earlier):
            return None  # "… told the man to remove the bedding. '…,' the man wrote": someone unnamed, met before
        focus = self._focus(para, offset)
        if focus is None and noun[:1].isdigit():
            return self._only_person_near(para, offset)  # "the 26-year-old nurse from Leeds says"
        if focus is None or not focus[1] or not self.index.is_person(focus[1]):
            return None
        since = focus[0][0]
        if since < 0 or self.doc.sentences[since].paragraph < para - 1:
            return None
        if any(
            P.UNKNOWN_SUBJECT.match(self.masked[s.paragraph], s.start) or self._leading_unnamed(s.index)
            for s in self.doc.sentences[since + 1 : sent.index]
        ):
            return None
        # anyone named in the focus's paragraph or after: "Mr Evans said …" a paragraph before does not count
        focus_para = self.doc.sentences[since].paragraph
        near = {
            c
            for key, c in self._recent(para, offset, "person")
            if self.doc.sentences[key[0]].paragraph >= focus_para and not self._modifier(key)
        }
        return focus[1] if near <= {focus[1]} else None

    def _only_person_near(self, para: int, offset: int) -> str | None:
        """The one person named (not as a possessor or modifier) in this paragraph before `offset` and the paragraph
        before, when no sentence there opens on someone unnamed or unknown: an age epithet's referent."""
        sent = self.sentence_of(para, offset)
        first = self.by_para[max(0, para - 1)][0].index if self.by_para[max(0, para - 1)] else sent.index
        for s in self.doc.sentences[first : sent.index + 1]:
            unknown = P.UNKNOWN_SUBJECT.match(self.masked[s.paragraph], s.start)
            if self._leading_unnamed(s.index) or (
                unknown is not None  # "Tom Hale said …": someone the index does not know
                and not any(
                    unknown.start("subject") <= p < unknown.end("subject") for p, _ in self.outside.get(s.index, ())
                )
            ):
                return None
        near = {
            c
            for key, c in self._recent(para, offset, "person")
            if key[0] >= first and not self._modifier(key) and not self._possessor(key)
        }
        return next(iter(near)) if len(near) == 1 else None

    def _modifier(self, key: tuple[int, int]) -> bool:
        """True for a name used as a modifier, not a person in view: "the Trump administration", "the Starmer
        government"."""
        found = self._mention_end(key)
        return found is not None and _MODIFIED.match(self.masked[found[0]], found[1]) is not None

    def _mention_end(self, key: tuple[int, int]) -> tuple[int, int] | None:
        """(paragraph, end offset in its masked text) of the mention at (sentence, paragraph offset), if any."""
        sentence, pos = key
        if pos < 0:
            return None
        for p, m in self.outside.get(sentence, ()):
            if p == pos:
                return self.doc.sentences[sentence].paragraph, pos + m.end - m.start
        return None

    def _other_person_since(self, since: int, upto: int, gender: str, offset: int | None = None) -> bool:
        """True when a sentence after `since` (through `upto`) opens on an unnamed person of `gender` or either."""
        for idx in range(since + 1, upto + 1):
            if idx not in self._unnamed:
                sent = self.doc.sentences[idx]
                text = self.masked[sent.paragraph]
                m = D.OTHER_PERSON().match(text, sent.start, sent.start + len(sent.text))
                if m is not None and _AGE_THE.match(text, sent.start):
                    m = None  # "The 29-year-old teacher …": the person already in view, not someone new
                gives = _GIVES_TO.match(text, m.end(), sent.start + len(sent.text)) if m is not None else None
                # "A colleague sent her a link": the unnamed one acts on "her", so is not who a later "she" means
                self._unnamed[idx] = (m.group("noun").lower() + (f" {gives.group(1)}" if gives else "")) if m else ""
            noun, _, given_to = self._unnamed[idx].partition(" ")
            if given_to == ("her" if gender == "f" else "him"):
                continue
            if noun and D.NOUN_GENDER.get(noun, gender) == gender:
                return True
        return self._introduced_since(since, upto, gender, offset)

    def _introduced_since(self, since: int, upto: int, gender: str, offset: int | None) -> bool:
        """True when a woman (for "she") or man is introduced without a name after `since` and before the pronoun:
        "The statement quotes a 15-year-old girl who … '…,' she told a counsellor" is not the minister named before."""
        for idx in range(since + 1, upto + 1):
            end = offset if idx == upto and offset is not None else 1 << 30
            if any(at < end and noun_gender in (gender, None) for at, noun_gender in self._introduced_in(idx)):
                return True
        return False

    def _introduced_in(self, idx: int) -> list[tuple[int, str | None]]:
        """(paragraph offset, gender or None) of each person sentence `idx` introduces without a name; memoised.
        Someone inside reported speech is talked about ("Kendall said a mother had written to her"), and an
        apposition describes the one just named ("Sarah Green, a mother of two,"): neither counts."""
        found = self._introduced.get(idx)
        if found is not None:
            return found
        sent = self.doc.sentences[idx]
        text = self.masked[sent.paragraph]
        found = self._introduced[idx] = [
            (m.start(), D.NOUN_GENDER.get(m.group("noun").lower()))
            for m in D.INTRODUCED_PERSON().finditer(text, sent.start, sent.start + len(sent.text))
            if not text[sent.start : m.start()].rstrip().endswith(",")
            and not P.REPORTED_THAT().search(text, sent.start, m.start())
        ]
        return found


def _opens_on_epithet(text: str, start: int) -> bool:
    """True when the sentence at `start` opens on an epithet ("The billionaire, who …")."""
    lead = _EPITHET_LEAD.match(text, start)
    return lead is not None and D.EPITHET.match(lead.group(1)) is not None
