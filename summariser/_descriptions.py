"""Descriptions as speakers: spokespeople, lawyers, anonymous sources, written statements and epithets.

"a No 10 spokesperson", "lawyers for Tom Reid", "one senior official", "the statement said", "the 56-year-old said":
each resolves to the organisation, person or indefinite description the article makes certain, or None.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summariser import _description_bodies as B
from summariser import _description_patterns as D
from summariser import _description_words as W
from summariser import _speaker_masks as M
from summariser import _speaker_patterns as P
from summariser._anaphors import AnaphorMixin
from summariser._description_index import DescribedPersonMixin, DescriptionIndex
from summariser._description_orgs import DescribedOrgMixin
from summariser._lazy_re import first_chars, lazy_re
from summariser._namelex import CAP_STOP, NON_PERSON, SUFFIX_KINDS
from summariser._names import Mention, NameIndex
from summariser._people import not_a_name
from summariser._roles import is_role_phrase
from summariser._speaker_orgs import THE_BODY, unlisted_owner
from summariser._speaker_patterns import Attribution, Said
from summariser._text import Document, Sentence

# a one-holder title opening a lede ("The Children's Commissioner for England"), the next paragraph's first
# sentence saying who spoke ("Dame Rachel de Souza made the comments on …") and the lede's pronoun
_LEDE_TITLE = lazy_re(
    r"^[Tt]he\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:Commissioner|Minister|Secretary|Ombudsman|Mayor|Governor|Chancellor|"
    r"Attorney General|Speaker|Chair|Director)(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?$"
)
_IDENTIFIES = lazy_re(r"\b(?:made the (?:comments|remarks)|said|told|was speaking|spoke)\b", first=first_chars("mstw"))
# a unit of an organisation: "X's safety team", "the company's press office"
_OWNED_UNIT = lazy_re(
    r"^(?P<owner>.+?)['’]s?\s+(?:[\w-]+\s+){0,3}?(?:team|unit|division|department|press office|office)$"
)
_LEDE_PRONOUN = lazy_re(r"\b(he|she)\b", first=first_chars("hs"))


class DescriptionMixin(DescribedOrgMixin, AnaphorMixin, DescribedPersonMixin):
    """Description and anaphor resolution shared by `SpeakerResolver`; needs the resolver's state."""

    doc: Document
    index: NameIndex
    masked: list[str]
    history: list[Said]
    by_para: list[list[Sentence]]
    outside: dict[int, list[tuple[int, Mention]]]
    _descriptions: DescriptionIndex | None

    if TYPE_CHECKING:  # provided by SpeakerResolver and AntecedentMixin

        def interpret(self, para: int, start: int, end: int) -> Attribution | None: ...

        def _recent(self, para: int, offset: int, kind: str) -> list[tuple[tuple[int, int], str]]: ...

        def _org_pronoun(self, para: int, offset: int) -> str | None: ...

        def _spokes_org(self, para: int, offset: int, *, kind_named: bool = False) -> str | None: ...

        def _person_pronoun(self, pronoun: str, para: int, offset: int) -> str | None: ...

        def _leading_subject(self, para: int, start: int) -> str | None: ...

        def _sentence_subject_org(self, para: int, offset: int) -> str | None: ...

        def _subject_before(self, para: int, start: int, verb: int) -> Attribution | None: ...

        def _has_mention(self, para: int, start: int, part: str) -> bool: ...

        def _role_holder_named(self, phrase: str, owner: str) -> bool: ...

        def _statement_author(self, sent: Sentence) -> str | None: ...

        def _speech_subject(self, idx: int) -> tuple[tuple[int, int], str] | None: ...

    def _special(self, phrase: str, para: int, start: int, sent: Sentence) -> Attribution | None:
        first = phrase.split(None, 1)[0].casefold()
        office = self._pronoun_office(phrase, para, start) if first in ("his", "her") else None
        if office is not None:  # "His office said …": the person, through their office
            return office
        if phrase.isascii() and first not in D.SPECIAL_FIRST and "'" not in phrase:
            return None  # every pattern below needs one of those first words or an apostrophe: skip them all
        if first == "the":
            fitting = self._described_person(phrase, sent, start)
            if fitting is not None:
                return fitting
        if phrase.lower() == "one":  # "two media buyers said … said one": one of that group
            return Attribution(self._one_of_group(sent, start - sent.start, after_quote=True), None, "anonymous")
        if D.THE_SOURCE.match(phrase):
            # "Commission spokesman Thomas Regnier … '…,' the spokesman said": him, also when the earlier sentence
            # gave his body ("Jane Smith, a spokeswoman for Ofcom, said …": hers, not Ofcom's)
            named = self._named_holder(phrase, para, start, sent) if "spokes" in phrase else None
            if named is not None and self._latest_spokes(named, para, start):
                return Attribution(named, self.index.role_of(named), "described")
            earlier = self._earlier_source(phrase.split()[-1].lower(), sent)
            if earlier is None and D.BARE_SPOKES.match(phrase):
                owner = self._person_spokes(sent, start)  # "Kemi Badenoch's spokesman attacked ministers"
                if owner is not None:
                    return Attribution(owner or None, "via a spokesperson" if owner else None, "anaphor")
                earlier = self._spokes_org(para, start)
            spokes = earlier is not None and "spokes" in phrase.lower()
            return Attribution(earlier, "spokesperson" if spokes else None, "anaphor")
        paper = self._document_speaker(phrase, sent, start)
        if paper is not None:  # "… ," the statement said / the findings say: whoever issued it
            return paper
        local = B.LOCAL_BODY.match(phrase)
        if local and local.group("place") not in CAP_STOP:  # "the Paris prosecutor's office said"
            return Attribution(f"{local.group('place')} {local.group('body')}", None, "described")
        local = B.THE_LOCAL_BODY.match(phrase)
        if local:  # "the prosecutor's office said": the one such office the article named before
            return Attribution(self._earlier_local_body(local.group("body"), para, start), None, "described")
        national = B.NATIONAL_BODY.match(phrase)
        if national:  # "the US military said": that arm of that state, as the page names it
            return Attribution(f"{national.group('adj')} {national.group('body')}", None, "described")
        definite = P.THE_NOUN.fullmatch(phrase)
        if definite:  # "A doctor … the doctor said"; "An exam board has apologised … the board said": that one
            noun = definite.group(1)
            person = noun.lower() in D.PERSON_NOUNS or noun in D.TITLE_NOUNS
            earlier = self._earlier_indefinite(noun, sent) if person else self._earlier_indefinite_body(noun, sent)
            if earlier is not None:
                return Attribution(earlier, None, "anaphor")
        if phrase.lower() == "the account":  # "… on its Global Government Affairs account. '…,' the account wrote"
            account = self._account_owner(para, start)
            if account is not None:
                return Attribution(account, None, "owner")
        unit = W.THE_UNIT.match(phrase)
        if unit:  # "the Safety team wrote" after "the company's Safety team said": that owner's team again
            owner = self._earlier_owner(unit.group(1), para, start)
            if owner is not None:
                return Attribution(owner, None, "owner")
        if D.BARE_SPOKES.match(phrase):  # "… ," a spokesperson said: for the organisation in view
            office = self._asked_office(para, start, sent)  # "When I asked his office …, a spokesperson said"
            if office is not None:
                return office
            org = self._spokes_org(para, start)
            return Attribution(org, "spokesperson" if org else None, "spokesperson")
        m = D.COUNSEL_FOR.match(phrase) or D.SPOKES_FOR.match(phrase)
        if m:
            org_text = m.group("org").replace(M.COMMA, ",")
            client = self._client(org_text, sent, start)
            if client is not None:  # "a spokesman for Tom Reid" is not Tom Reid
                role = m.group("role").lower()
                if m.re is D.SPOKES_FOR.compiled and client:
                    # the annotated set credits a person's spokesperson to the person; the role says who spoke
                    return Attribution(client, f"via a {role}", "spokesperson")
                return Attribution(None, f"{role} for {org_text}", "agent")
            if m.re is D.COUNSEL_FOR.compiled:
                org = self._org(org_text, sent, start) or D.unlisted_org(org_text)
                if org is not None and not self.index.is_org(org) and _personal(org):
                    # "a lawyer representing Ashley St Clair", a client the index missed: not the client speaking
                    return Attribution(None, f"{m.group('role').lower()} for {org_text}", "agent")
                return Attribution(org, m.group("role").lower() if org else None, "agent")
            org = self._org(org_text, sent, start) or D.unlisted_org(org_text)
            unit = _OWNED_UNIT.match(org_text) if org is None else None
            if unit is not None:  # "a spokesperson for X's safety team": a team speaks for its organisation
                owner = self._org(unit.group("owner"), sent, start)
                org = owner if owner is not None and self.index.is_org(owner) else None
            if org is None and is_role_phrase(re.sub(r"^(?:the|a|an)\s+", "", org_text, flags=re.IGNORECASE)):
                return Attribution(None, None, "unclear")  # "a spokesperson for the governor" nobody was named as
            if org is None and not D.KIND_NOUN.search(org_text):
                return Attribution(D.indefinite(phrase), None, "anonymous")  # "a spokeswoman for the promoters"
            return Attribution(org, "spokesperson" if org else None, "spokesperson")
        m = D.SPOKES_OF.match(phrase)
        if m:
            org_text = m.group("org").replace(M.COMMA, ",")
            org = self._org(org_text, sent, start) or D.unlisted_org(org_text)
            # ("the party's health spokesperson": the body before its possessive)
            body = THE_BODY.match("the " + re.split(r"['’]s\b", org_text, maxsplit=1)[0]) if org is None else None
            if body is not None:  # "Save RGV, a local group, said … / the group's spokesperson said"
                org = self.earlier_body(body.group("noun").lower(), sent) or self._body_opening_before(
                    body.group(), sent
                )
            role = phrase.split(None, 1)[1].replace(M.COMMA, ",")
            return Attribution(org, role if org else None, "spokesperson")
        anon = D.ANON().match(phrase)
        if anon and D.CROWD_VOICE.match(phrase) and D.CROWD_POST.match(self.masked[para], start + len(phrase)):
            return Attribution(None, None, "crowd")  # '"…," one subscriber wrote on Reddit': a post picked from many
        if anon:
            described = D.indefinite(anon.group().replace(M.COMMA, ","))
            fronted = D.FRONTED_FROM.search(self.masked[para], sent.start, start) if anon.end() == len(phrase) else None
            if fronted:  # "From the Patriots for Europe group, an MEP accuses …": where they are from comes first
                described = f"{described} from {fronted.group('org').replace(M.COMMA, ',')}"
            if sent.paragraph == 0 and not fronted:
                named = self._identified_later(start, start + anon.end(), sent)
                if named is not None:  # "A senior X executive has admitted …" / "Jo Bloggs, X's head of policy, …"
                    return Attribution(named, self.index.role_of(named), "identified")
            pron = W.LAST_PRONOUN.search(described)
            if pron is not None:  # "a source close to her": close to whom must be certain, else no speaker
                who = self._object_pronoun(pron.group(1).lower(), sent)
                if who is None:
                    return Attribution(None, None, "unclear")
                described = described[: pron.start(1)] + who
            return Attribution(described, None, "anonymous")
        one_of = D.ONE_OF.match(phrase)
        if one_of and one_of.group("noun").lower() in D.ANON_NOUN_SET:
            return Attribution(D.indefinite("a " + one_of.group("noun").lower()), None, "anonymous")
        if D.ITS.match(phrase):  # "The Harbour Workers' Union opposed it. Its spokesperson said": a body unlisted
            org = self._org_pronoun(para, start) or self.earlier_body("group", sent, back=1)
            return Attribution(org, None, "pronoun")
        if D.ITS_ROLE.match(phrase):  # "said its director": the organisation in focus, unless the holder is named
            org = self._its_owner(para, sent) or self.earlier_body("group", sent, back=1)
            if org is None or W.PAST_HOLDER.search(phrase) or self._role_holder_named(phrase, "its"):
                return Attribution(None, None, "unclear")
            return Attribution(org, phrase[4:].strip(), "spokesperson")
        m = D.OWNED.match(phrase)
        if m and m.group("owner").lower() not in ("the", "a", "an"):
            owner = m.group("owner")
            who = self.index.resolve(owner, sentence=sent.index, before=start - sent.start)
            if who is None and owner.lower().startswith("the "):
                who = self._org(owner, sent, start)  # "the company's safety team": the company in focus
                body = THE_BODY.match(owner) if who is None else None
                if body is not None:  # "Save RGV, a local group, said … / the group's spokesperson said"
                    who = self.earlier_body(body.group("noun").lower(), sent) or self._body_opening_before(owner, sent)
            spoken = D.SPOKES_END.search(phrase)
            if who is None and spoken and not self._has_mention(para, start, phrase):
                who = unlisted_owner(owner)  # "Sinn Féin's communications spokesperson", a party the index lacks
            if who is not None and self.index.is_person(who) and spoken:
                # "Mrs Badenoch's spokesman": credited to the person, as "a spokesperson for Kemi Badenoch" is
                return Attribution(who, "via a " + spoken.group().lower(), "spokesperson")
            if who is not None and self.index.is_person(who) and not D.WRITTEN.search(phrase):
                return Attribution(None, None, "agent")  # "Mr Musk's lawyer" speaks for him but is not him
            return Attribution(who, None, "owner")
        m = D.OWNED_ROLE.match(phrase)
        if m:  # "X's head of global government affairs said": unnamed, so the organisation speaks
            who = self.index.resolve(phrase, sentence=sent.index, before=start - sent.start)
            if who is not None and self.index.is_person(who):
                return Attribution(who, self.index.role_of(who), "described")  # the article named the holder
            if W.PAST_HOLDER.search(phrase):
                return Attribution(None, None, "unclear")  # "X's former head of safety" no longer speaks for X
            writer = self._statement_author(sent)
            if writer is not None:  # "… from Jo Ray's statement. The Commission's vice-president says:" is Jo Ray
                return Attribution(writer, phrase[m.end("owner") :].lstrip("'’s ").strip(), "described")
            org = self._org(m.group("owner"), sent, start) or self._body_opening_before(m.group("owner"), sent)
            if org is not None and not self._role_holder_named(phrase, m.group("owner")):
                return Attribution(org, phrase[m.end("owner") :].lstrip("'’s ").strip(), "spokesperson")
        m = D.WRITTEN_FROM.match(phrase)
        if m and m.group("site"):  # "a statement on X's website": the site's owner
            org = self._org(m.group("site").replace(M.COMMA, ","), sent, start)
            return Attribution(org, None, "written") if org is not None and self.index.is_org(org) else None
        if m:  # "a statement from the Department for Education": its author
            author = start + m.start("org")
            for pos, mention in self.outside.get(sent.index, ()):
                if pos == author and mention.kind == "person":  # "a 2018 survey by Penelope Muse Abernathy of …"
                    return Attribution(mention.canonical, None, "written")
            org = self._org(m.group("org").replace(M.COMMA, ","), sent, start) or D.unlisted_org(m.group("org"))
            unit = _OWNED_UNIT.match(m.group("org")) if org is None else None
            if unit is not None:  # "a statement from the Commission's digital department": the Commission's
                owner = self._org(unit.group("owner"), sent, start)
                org = owner if owner is not None and self.index.is_org(owner) else None
            return Attribution(org, None, "written")
        return None

    def _identified_later(self, start: int, end: int, sent: Sentence) -> str | None:
        """The person who opens the paragraph after a lede, for an unnamed "<organisation> <noun>" of the lede, when
        the article gives them a role at that organisation ("Claire Brennan, X's head of public policy, …")."""
        orgs = {m.canonical for pos, m in self.outside.get(sent.index, ()) if start <= pos < end and m.kind == "org"}
        if len(orgs) != 1 or len(self.doc.paragraphs) < 2 or not self.by_para[1]:
            return None
        opening = self.by_para[1][0]
        lead = next((m for pos, m in self.outside.get(opening.index, ()) if pos == 0), None)
        if lead is None or lead.kind != "person":
            return None
        if any(m.canonical == lead.canonical for i in range(opening.index) for _, m in self.outside.get(i, ())):
            return None  # named in the lede already: someone else than the unnamed one
        owned = re.compile(rf"(?<![\w-]){re.escape(next(iter(orgs)))}(?:['’]s)?(?![\w-])")
        return lead.canonical if any(owned.search(r) for r in self.index.roles_of(lead.canonical)) else None

    def lede_title_holder(self, phrase: str, sent: Sentence) -> str | None:
        """ "The Children's Commissioner for England has said she would …" in the lede, then "Dame Rachel de Souza
        made the comments …" opening the next paragraph: the person named first there, not in the lede, whose
        gender fits the lede's pronoun."""
        if sent.paragraph != 0 or len(self.by_para) < 2 or not self.by_para[1] or not _LEDE_TITLE.match(phrase):
            return None
        opening = self.by_para[1][0]
        text = self.masked[1]
        lead = next((m for pos, m in self.outside.get(opening.index, ()) if pos <= 6), None)
        if lead is None or lead.kind != "person" or not _IDENTIFIES.search(text, 0, len(opening.text)):
            return None
        if any(m.canonical == lead.canonical for i in range(opening.index) for _, m in self.outside.get(i, ())):
            return None  # named in the lede already: someone else than the title
        pronoun = _LEDE_PRONOUN.search(sent.text)
        gender = self.index.gender_of(lead.canonical)
        if pronoun is not None and gender is not None and gender != P.PRONOUN_GENDER[pronoun.group(1)]:
            return None
        return lead.canonical

    def _object_pronoun(self, pronoun: str, sent: Sentence) -> str | None:
        """The person "him"/"her" (or the organisation "it") in a description opening `sent` stands for, read at the
        end of the sentence before (the description itself is the unnamed person this sentence is about), or None."""
        if sent.index == 0:
            return None
        prev = self.doc.sentences[sent.index - 1]
        para, offset = prev.paragraph, prev.start + len(prev.text.rstrip()) - 1
        if pronoun == "it":
            return self._org_pronoun(para, offset)
        if pronoun in ("him", "her"):
            return self._person_pronoun("he" if pronoun == "him" else "she", para, offset)
        return None

    def _person_spokes(self, sent: Sentence, start: int) -> str | None:
        """The person whose spokesperson the two sentences before `start` name ("Kemi Badenoch's spokesman",
        "a spokeswoman for Jane Reid"); "" when such a phrase names no one certain; None when there is none."""
        for idx in range(sent.index, max(-1, sent.index - 3), -1):
            prev = self.doc.sentences[idx]
            if prev.paragraph < sent.paragraph - 1:
                break
            text = self.masked[prev.paragraph]
            end = start if idx == sent.index else prev.start + len(prev.text)
            found = list(W.PERSON_SPOKES.finditer(text, prev.start, end))
            if found:
                m = found[-1]
                who = self._client(m.group("own") or m.group("for"), prev, m.start())
                return who  # an organisation's spokesperson ("Ofcom's spokesman") is left to `_spokes_org`
        return None


def _personal(name: str) -> bool:
    """True for two or three capitalised words that read as a person's name, not an organisation's."""
    words = name.split()
    return (
        P.PERSONAL_NAME.fullmatch(name) is not None
        and words[-1] not in SUFFIX_KINDS
        and not not_a_name(words[0], words[-1])
        and not any(w in NON_PERSON for w in words)
    )
