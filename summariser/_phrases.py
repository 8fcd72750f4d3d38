"""Interpreting a speaker phrase: pronouns, descriptions and the names inside it, resolved to one speaker or None.

`SpeakerResolver` finds where the speaker phrase of an attribution is (before or after the quote); `PhraseMixin`
says who that phrase names, using the resolver's mentions, pronoun and description resolution.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summariser import _description_patterns as D
from summariser import _speaker_patterns as P
from summariser._givennames import gender_of_first_name
from summariser._lazy_re import lazy_re
from summariser._lead_words import AFFILIATION_TAIL
from summariser._namelex import CAP_STOP, NON_PERSON
from summariser._names import Mention, NameIndex
from summariser._phrase_words import OWNER_LEAD, TITLES_ONLY, blanked, object_of, one_person
from summariser._speaker_governments import COUNTRY_GOVERNMENTS, government_in_view
from summariser._speaker_orgs import POLITICAL_LEAD, THE_BODY, org_officer, shaped_org
from summariser._speaker_patterns import Attribution
from summariser._speaker_questions import unresolved_partner
from summariser._text import Document, Sentence


class PhraseMixin:
    """`interpret` and its helpers for `SpeakerResolver`; needs the resolver's state and its other mixins."""

    doc: Document
    index: NameIndex
    masked: list[str]
    outside: dict[int, list[tuple[int, Mention]]]

    if TYPE_CHECKING:  # provided by SpeakerResolver and its other mixins

        def sentence_of(self, para: int, offset: int) -> Sentence: ...

        def _has_mention(self, para: int, start: int, part: str) -> bool: ...

        def _person_pronoun(self, pronoun: str, para: int, offset: int) -> str | None: ...

        def _org_pronoun(self, para: int, offset: int) -> str | None: ...

        def _plural_org(self, sent: Sentence) -> str | None: ...

        def _speech_subject(self, idx: int) -> tuple[tuple[int, int], str] | None: ...

        def _special(self, phrase: str, para: int, start: int, sent: Sentence) -> Attribution | None: ...

        def _addressee(self, sentence: int, pos: int) -> bool: ...

        def _sentence_subject_org(self, para: int, offset: int) -> str | None: ...

        def _epithet(self, para: int, offset: int) -> str | None: ...

        def _concessive_subject(self, pronoun: str, para: int, start: int, sent: Sentence) -> str | None: ...

        def _focus_epithet(self, para: int, offset: int, noun: str) -> str | None: ...

        def _titled_person(self, phrase: str, para: int, offset: int) -> str | None: ...

        def earlier_body(self, noun: str, sent: Sentence, back: int = 3) -> str | None: ...

        def lede_title_holder(self, phrase: str, sent: Sentence) -> str | None: ...

        def _relative_phrase(
            self, phrase: str, para: int, start: int, sent: Sentence
        ) -> tuple[bool, Attribution | None]: ...

        def _role_holder_named(self, phrase: str, owner: str) -> bool: ...

    def interpret(self, para: int, start: int, end: int) -> Attribution | None:
        """Resolve the speaker phrase at [start, end) of a paragraph; None when it is not a speaker phrase."""
        text = self.masked[para]
        raw = text[start:end]
        lstrip = len(raw) - len(raw.lstrip(" ,—–-"))
        start, phrase = start + lstrip, raw.strip(" ,—–-")
        when = P.TIME_LEAD.match(phrase)
        if when and when.end() < len(phrase):  # "On Friday the billionaire": the time is no part of who spoke
            start, phrase = start + when.end(), phrase[when.end() :]
        placed = D.PLACED_SPOKES.search(phrase) if " in " in phrase or " from " in phrase else None
        if placed and placed.group("place") in P.PLACE_SET:  # "An X spokesperson in Singapore": where, not who
            phrase = phrase[: placed.start(1)].rstrip()
        end = start + len(phrase)
        words = phrase.split()
        if not words or len(words) > 14:
            return None
        if P.self_described(phrase):
            return Attribution(None, None, "unverified")
        sent = self.sentence_of(para, start)
        low = phrase.lower()
        if low.startswith("who") or " that " in phrase or " which " in phrase:
            handled, relative = self._relative_phrase(phrase, para, start, sent)
            if handled:  # "measures that he said …", "The Greens, who in March had accused …"
                return relative
        if low.startswith(("and ", "& ")):
            return Attribution(None, None, "several")  # "X, a Democrat, and Senator Y said": the end of a joint subject
        if low.endswith("s") and _DEFINITE_GROUP.fullmatch(low):
            return Attribution(None, None, "several")  # "the ministers said" in their joint letter: a group
        if low in P.PRONOUN_GENDER or low == "it":
            same = self._reported_subject(low, para, start, sent)
            if same is not None:
                return Attribution(same, None, "pronoun")
        if low in P.PRONOUN_GENDER:
            same = self._concessive_subject(low, para, start, sent)
            return Attribution(same or self._person_pronoun(low, para, start), None, "pronoun")
        if low == "it":
            return Attribution(self._org_pronoun(para, start), None, "pronoun")
        if low == "they":
            return Attribution(self._plural_org(sent) or self._singular_they(para, start, sent), None, "pronoun")
        if low in ("we", "i", "you"):
            return Attribution(None, None, "pronoun")
        if low in COUNTRY_GOVERNMENTS:  # "The UK has urged an '…'", "Britain said": its government
            return Attribution(COUNTRY_GOVERNMENTS[low], None, "named")
        special = self._special(phrase, para, start, sent)
        if special is not None:
            return special
        return self._by_mentions(phrase, para, start, end, sent)

    def _title_shared(self, who: str, phrase: str, para: int, start: int) -> bool:
        """True when the text gives another person in view a title ending in the description's last word: "the EU
        commissioner Henna Virkkunen met the Irish media commissioner, John Evans. '…,' the commissioner said"."""
        words = phrase.lower().split()
        if len(words) < 2 or words[0] != "the":
            return False
        head = words[-1]
        sent = self.sentence_of(para, start)
        text_from = self.doc.sentences[max(0, sent.index - P.WINDOW)]
        # the head word written right before another person's name in the sentences in view (titles known from
        # elsewhere do not count: "Conservative leader Kemi Badenoch … Ed Davey …" leaves "the Tory leader" hers)
        lo = text_from.index
        for idx in range(lo, sent.index + 1):
            s = self.doc.sentences[idx]
            for pos, m in self.outside.get(idx, ()):
                if m.kind != "person" or m.canonical == who or (idx == sent.index and pos >= start):
                    continue
                before = self.masked[s.paragraph][max(s.start, pos - 30) : pos].lower().rstrip(" ,")
                if before.endswith(head) and not before[-len(head) - 1 : -len(head)].isalpha():
                    return True
        return False

    def _singular_they(self, para: int, start: int, sent: Sentence) -> str | None:
        """ "Kym Lino, a spokesperson for Instagram, confirmed that … '…,' they said": the one person who spoke in
        the sentence just before, in this paragraph, when nobody else and no group of people is in view."""
        if sent.index == 0 or self.doc.sentences[sent.index - 1].paragraph != para:
            return None
        prev = self.doc.sentences[sent.index - 1]
        subject = self._speech_subject(prev.index)
        if subject is None or not subject[1] or not self.index.is_person(subject[1]):
            return None
        people = {m.canonical for _, m in self.outside.get(prev.index, ()) if m.kind == "person"}
        people |= {m.canonical for pos, m in self.outside.get(sent.index, ()) if m.kind == "person" and pos < start}
        text = self.masked[para]
        # a group in the subject or between the sentences ("Kym Lino and her colleagues said"); people inside what
        # was reported ("notifies people who …") are talked about, not speaking
        verb = P.PRE_VERB_RE().search(text, prev.start, prev.start + len(prev.text))
        subject_end = verb.start() if verb is not None else prev.start + len(prev.text)
        if (
            people != {subject[1]}
            or _PEOPLE_PLURAL.search(text, prev.start, subject_end)
            or _PEOPLE_PLURAL.search(text, sent.start, start)
        ):
            return None
        return subject[1]

    def _reported_subject(self, pronoun: str, para: int, start: int, sent: Sentence) -> str | None:
        """ "the Ministry said it had observed …", "Kendall said she would …": a pronoun opening the reported clause
        is the subject of the speech verb just before it, when that subject fits (an organisation for "it")."""
        m = P.SAID_BEFORE_PRONOUN.search(self.masked[para], sent.start, start)
        if m is None:
            return None
        att = self.interpret(para, m.start(1), m.end(1))
        who = att.speaker if att is not None else None
        if who is None:
            return None
        if pronoun == "it":
            return who if self.index.is_org(who) else None
        gender = self.index.gender_of(who)
        return who if self.index.is_person(who) and gender == P.PRONOUN_GENDER[pronoun] else None

    def _by_mentions(self, phrase: str, para: int, start: int, end: int, sent: Sentence) -> Attribution:
        text = self.masked[para]
        people: list[str] = []
        orgs: list[str] = []
        at_start = False
        # "state Sen. Steve Padilla", "the technology minister Baroness Lloyd", but not "responding to Ms Kendall"
        first_word = phrase.split(None, 1)[0]
        titled = not (first_word.islower() and (first_word.endswith("ing") or first_word in P.PREPOSITIONS))
        blanks: list[tuple[int, int]] = []  # mentions to blank out of the phrase (see `_blanked`), if ever needed
        objects = 0
        for pos, m in self.outside.get(sent.index, ()):
            if not (start <= pos < end) or self._addressee(sent.index, pos):
                continue  # outside the phrase, or the one who asked: "After a question from Labour MP X, …"
            blanks.append((pos - start, m.end - m.start))
            after = text[pos + (m.end - m.start) : pos + (m.end - m.start) + 2]
            if after[:1] in ("'", "’") and after[1:2] in ("s", " ", ""):
                continue  # a possessor: "Ofcom's chief executive", "Mr Musk's lawyer"
            if m.kind == "person" and pos > start and object_of(text[start:pos]):
                objects += 1  # "Critics of Elon Musk said", "lawyers for Ms Reid said": the person is talked about
                continue
            bucket = people if m.kind == "person" else orgs
            if m.canonical not in bucket:
                bucket.append(m.canonical)
            opens = (
                P.OPENS.fullmatch(text, start, pos) is not None
                or (m.kind == "org" and OWNER_LEAD.fullmatch(text, start, pos) is not None)  # "Elon Musk's xAI"
                or P.place_owner(text[start:pos])
                or (m.kind == "org" and D.ORG_DESCRIPTOR.fullmatch(text, start, pos) is not None)
                or (m.kind == "org" and POLITICAL_LEAD.fullmatch(text, start, pos) is not None)
            )
            trailing = text[pos + m.end - m.start : end].strip()
            closes = (
                not trailing
                or (m.kind == "org" and trailing.lower() in P.ORG_VOICES)  # "X Safety wrote"
                or (m.kind == "person" and AFFILIATION_TAIL.fullmatch(trailing) is not None)  # "X of NASA's JPL"
            )
            whole = opens and closes
            at_start = (
                at_start or (opens if m.kind == "person" else whole) or (closes and titled and m.kind == "person")
            )
        long_phrase = len(phrase.split()) > 6
        joint = (
            bool(people)
            and ("and" in phrase or "&" in phrase)
            and (
                P.JOINT.search(blanked(phrase, blanks)) is not None
                # "Ford and Fry replied": a first name the index left unresolved is a partner all the same
                or unresolved_partner(phrase, start, self.outside.get(sent.index, ()))
            )
        )
        if joint and len(people) == 1 and len(blanks) == 1 and TITLES_ONLY.fullmatch(phrase[: blanks[0][0]]):
            joint = False  # "lead researcher and NASA planetary scientist Lucas Paganini": two titles, one person
        if joint or len(people) > 1 or (not people and len(orgs) > 1):
            return Attribution(None, None, "several")
        if objects and not people:
            return Attribution(None, None, "unclear")
        if people or orgs:
            if (long_phrase or not people or not titled) and not at_start:
                # "the head of Ofcom" is not Ofcom, but it is the person the article gave that role
                who = None if people else self.index.resolve(phrase, sentence=sent.index, before=start - sent.start)
                if who is not None and self.index.is_person(who):
                    return Attribution(who, self.index.role_of(who), "described")
                return (
                    org_officer(phrase, orgs, self.masked, self._role_holder_named)
                    if not people
                    else Attribution(None, None, "unclear")
                )
            named = people[0] if people else orgs[0]
            return Attribution(named, self.index.role_of(named), "named")
        who = self.index.resolve(phrase, sentence=sent.index, before=start - sent.start)
        if who is None:
            who = D.GENERIC_ORG.get(phrase.lower())
            if who == "UK government":  # "The French government has asked … '…,' the government said": not the UK's
                who = government_in_view(self.masked, para, start)
        kind = D.LEADING_KIND.fullmatch(phrase) if who is None else None
        if kind is not None:
            # "X did not respond. …, the company said": of two companies in view, the one the last sentence is about
            lead = self._sentence_subject_org(para, start)
            wanted = D.KIND_OF_NOUN.get(phrase.split()[-1].lower(), frozenset())
            # only when that sentence names no other organisation: "Meta and Google both faced questions" is two
            alone = len({m.canonical for _, m in self.outside.get(sent.index - 1, ()) if m.kind == "org"}) == 1
            who = lead if lead is not None and alone and wanted & self.index.kinds_of(lead) else None
        body = THE_BODY.match(phrase) if who is None else None
        if body is not None:  # "Instituto Marielle Franco called on … / '…,' the group said"
            who = self.earlier_body(body.group("noun").lower(), sent)
        if who is not None and self.index.is_person(who) and self._title_shared(who, phrase, para, start):
            return Attribution(None, None, "conflict")  # "the commissioner" with two commissioners in view
        if who is not None:
            role = self.index.role_of(who) or (D.role_from_description(phrase) if self.index.is_person(who) else None)
            return Attribution(who, role, "described")
        if D.EPITHET.match(phrase):
            who = self._epithet(para, start) or self._titled_person(phrase, para, start)
            words = phrase.split()
            if who is None and len(words) == 2 and (words[1][:1].isdigit() or words[1][:1].isupper()):
                # "the 31-year-old", "the Swede": no quote before, so the person the paragraph is about
                who = self._focus_epithet(para, start, words[1])
            return Attribution(who, self.index.role_of(who) if who else None, "epithet")
        epithet = D.PERSON_EPITHET.match(phrase)
        if epithet:
            who = self._epithet(para, start) or self._focus_epithet(para, start, epithet.group("noun"))
            return Attribution(who, self.index.role_of(who) if who else None, "epithet")
        holder = self.lede_title_holder(phrase, sent)
        if holder is not None:
            return Attribution(holder, phrase, "identified")
        shaped = shaped_org(phrase, text[end : end + 40])
        if shaped is not None:
            return Attribution(shaped, None, "unlisted")  # "The Mobile Operators' Association said"
        if (
            P.PERSONAL_NAME.fullmatch(phrase)
            and not any(w in NON_PERSON or w in CAP_STOP for w in phrase.split())
            and (gender_of_first_name(phrase.split()[0]) or P.SAY_JUST_BEFORE.search(text, max(0, start - 20), start))
        ):
            return Attribution(phrase, None, "unlisted")  # `said Olivier Bosc`: a name the index did not keep
        return Attribution(None, D.role_from_description(phrase), "unknown")

    def _named_apposition(self, para: int, start: int, end: int) -> Attribution | None:
        """The person named in the comma parts after the first of [start, end), if exactly one."""
        text = self.masked[para]
        comma = text.find(",", start, end)
        if comma < 0:
            return None
        found: list[Attribution] = []
        pos = comma + 1
        for part in text[comma + 1 : end].split(","):
            if part.strip():
                att = self.interpret(para, pos, pos + len(part))
                if att is not None:
                    found.append(att)
            pos += len(part) + 1
        return one_person(found, self.index)

    def _interpret_parts(self, para: int, start: int, end: int) -> Attribution | None:
        # "the technology secretary, Liz Kendall," -> each comma part; they must agree
        text = self.masked[para]
        found: list[Attribution] = []
        pos = start
        if D.GROUP_MEMBER.match(text, start, end):
            # "One of the women, a nurse from Coventry,": one of a group, unless the apposition names them ("One of
            # them, Alliance councillor Roisin McAllister,")
            appos = self._named_apposition(para, start, end)
            return appos if appos is not None else Attribution(None, None, "member")
        for part in text[start:end].split(","):
            # a relative clause describes the subject and names only others: "…, who voted against it in committee,"
            # (and an agent clause names who made or backs the subject: "The letter, organised by Jo Ray, says")
            if part.strip() and not part.lstrip().startswith(_RELATIVE_OPENERS) and not D.AGENT_CLAUSE.match(part):
                att = self.interpret(para, pos, pos + len(part))
                if att is not None:
                    found.append(att)
            pos += len(part) + 1
        people = [a for a in found if a.speaker is not None and self.index.is_person(a.speaker)]
        others = [a for a in found if a.speaker is not None and not self.index.is_person(a.speaker)]
        named = [a for a in people if a.how == "named"]
        if len(named) == 1 and all(a.how in ("spokesperson", "anaphor") for a in people if a is not named[0]):
            people = named  # "the spokeswoman, Lauren Lee, said": she is named, whoever she speaks for
        for group in (people, others):
            if len({a.speaker for a in group}) > 1:
                return Attribution(None, None, "conflict")
            if group:
                return group[0]
        parts = text[start:end].split(",")
        if len(parts) >= 2 and D.ORG_APPOSITIVE.match(parts[1]) and not self._has_mention(para, start, parts[0]):
            # "Chamber of Progress, a trade group whose members include Google, said": an organisation unlisted
            org = D.unlisted_org(parts[0])
            if org is not None and " " in org:
                return Attribution(org, None, "unlisted")
        return found[0] if found else None


# people in the plural ("the protesters", "two lawyers", "officials"): a "they" could be them
_PEOPLE_PLURAL = lazy_re(
    r"\b(?:[a-z]+(?:ers|ists|ians|ants|ents|ors|ives|als)|people|men|women|staff|children|parents|families|MPs|"
    r"MEPs|peers|police|sources|aides|allies)\b"
)


_RELATIVE_OPENERS = ("who ", "which ", "whom ", "whose ")

# a relative clause opened before a name: "the founder of a charity that has long criticised Elon Musk"
# named members of a group speaking together ("the ministers", "both senators"), not "ministers" (the government)
_DEFINITE_GROUP = lazy_re(
    r"(?:the|both|the two|the three|all three|the four)\s+(?:ministers|senators|mps|meps|lawmakers|commissioners)"
)
