"""Who is named in an article: people and organisations, their canonical forms, roles and later references.

`build_name_index(doc)` scans each sentence once. `NameIndex.resolve` turns a later reference ("Ms McCarthy",
"Sir Keir", "the prime minister", "the regulator", "she") into the canonical name, or None when unsure.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Literal

from summariser._lazy_re import lazy_re
from summariser._mentions import (
    FEMALE_HONORIFICS,
    MALE_HONORIFICS,
    Mention,
    Person,
    find_mentions,
)
from summariser._name_kinds import KIND_WORDS
from summariser._name_role_keys import ARTICLE, QUALIFIERS, named_by_modifier, qualified, role_keys, synonyms
from summariser._namelex import ORG_CANON, SUFFIX_KINDS
from summariser._text import Document

__all__ = ["Mention", "NameIndex", "build_name_index"]

Kind = Literal["person", "org"]


# an indefinite description introduces someone new ("a company", "one holding company", "another minister"): it never
# refers back to a body or person the article named
_INDEFINITE = lazy_re(r"^(?:a|an|one|another|some|several|many|other)\s", re.IGNORECASE)
_POSSESSIVE = lazy_re(r"['’]s?$")
_PRONOUNS: dict[str, str | None] = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
# how far back a pronoun or "the regulator" may reach for its antecedent
_PRONOUN_WINDOW = 4
# the words before a surname that are titles, not given names: "Datuk Fahmi Fadzil" is never "Datuk"
_NOT_GIVEN = (
    MALE_HONORIFICS
    | FEMALE_HONORIFICS
    | frozenset(
        {"Dr", "Prof", "Datuk", "Dato", "Dato'", "Datin", "Tan", "Sri", "Seri", "Tun", "Tunku", "Haji", "Hajjah"}
    )
)
_DESCRIPTION_WINDOW = 8


class NameIndex:
    """People and organisations of one article with their mentions, roles and genders."""

    def __init__(
        self,
        people: dict[str, Person],
        orgs: dict[str, frozenset[str]],
        mentions: list[Mention],
        quoted: frozenset[tuple[int, int]] = frozenset(),
        sentences: tuple[str, ...] = (),
    ) -> None:
        self._people = people
        self._sentences = sentences  # texts, to check a description's proper modifier against its antecedent
        self._quoted = quoted  # (sentence, start) of mentions inside quotation marks: never a description's antecedent
        self._orgs = orgs
        self._mentions = mentions
        by_sentence: dict[int, list[Mention]] = {}
        by_text: dict[str, str] = {}
        for m in mentions:  # (no setdefault: it would make a list for every mention, not every sentence)
            if m.text not in by_text:
                by_text[m.text] = m.canonical
            found = by_sentence.get(m.sentence)
            if found is None:
                by_sentence[m.sentence] = [m]
            else:
                found.append(m)
        self._by_sentence = by_sentence
        self._by_text = by_text
        self._surnames: dict[str, set[str]] = {}
        self._firsts: dict[str, set[str]] = {}
        self._roles: dict[str, set[str]] | None = None  # built on the first description lookup
        self._givens: dict[str, set[str]] | None = None  # built on the first given-name lookup
        self._kindless: frozenset[str] | None = None  # built on first use
        for person in people.values():
            self._surnames.setdefault(person.last.lower(), set()).add(person.canonical)
            self._firsts.setdefault(person.first.lower(), set()).add(person.canonical)

    def people(self) -> list[str]:
        """Canonical full names in first-mention order."""
        return list(self._people)

    def organisations(self) -> list[str]:
        """Canonical organisation names in first-mention order."""
        return list(self._orgs)

    def role_of(self, canonical: str) -> str | None:
        """The role the article gives a person ("technology secretary"), or None."""
        person = self._people.get(canonical)
        return person.roles[0] if person and person.roles else None

    def roles_of(self, canonical: str) -> list[str]:
        """Every role the article gives a person, in the order given; empty when none or not a person."""
        person = self._people.get(canonical)
        return list(person.roles) if person else []

    def gender_of(self, canonical: str) -> str | None:
        """ "m", "f" or None when the article does not make it clear."""
        person = self._people.get(canonical)
        return person.gender if person else None

    def mentions_in(self, sentence: int) -> list[Mention]:
        """Mentions in one sentence, in text order."""
        return list(self._by_sentence.get(sentence, ()))

    def is_org(self, canonical: str) -> bool:
        """True when `canonical` is one of the article's organisations."""
        return canonical in self._orgs

    def kinds_of(self, canonical: str) -> frozenset[str]:
        """What an organisation is ("regulator", "company", …); empty when unknown or not an organisation."""
        return self._orgs.get(canonical, frozenset())

    def kindless(self) -> frozenset[str]:
        """Organisations nothing gives a kind ("Lupus UK"): not the lexicon, a descriptor, nor a word of the name."""
        if self._kindless is None:
            self._kindless = frozenset(
                org
                for org, kinds in self._orgs.items()
                if not kinds and org not in ORG_CANON and not any(w in SUFFIX_KINDS for w in org.split())
            )
        return self._kindless

    def is_person(self, canonical: str) -> bool:
        """True when `canonical` is one of the article's people."""
        return canonical in self._people

    def resolve(self, phrase: str, *, sentence: int, before: int | None = None) -> str | None:
        """Canonical name for a reference made in `sentence` (up to offset `before`), or None when unsure."""
        text = " ".join(phrase.replace("\u2063", ",").replace("\u2024", ".").split()).strip(" ,.;:")
        text = _POSSESSIVE.sub("", text) if text.endswith(("'s", "’s")) else text
        if not text:
            return None
        low = text.lower()
        if low in _PRONOUNS or low in ("they", "it", "them", "its", "their"):
            return self._resolve_pronoun(low, sentence, before)
        if text in self._people:
            return text
        if text in self._orgs:
            return text
        found = self._lookup_mention_text(text)
        if found:
            return found
        # "A Garda spokesman" for An Garda Síochána: a lexicon alias of an organisation the article names
        alias = ORG_CANON.get(text) or ORG_CANON.get("the " + text)
        if alias is not None and alias in self._orgs:
            return alias
        return self._resolve_reference(text, sentence, before)

    # -- references ---------------------------------------------------------------------------------------------

    def _lookup_mention_text(self, text: str) -> str | None:
        return self._by_text.get(text)

    def _resolve_reference(self, text: str, sentence: int, before: int | None) -> str | None:
        tokens = text.split()
        head = tokens[0].rstrip(".")
        if len(tokens) >= 2 and (head in MALE_HONORIFICS or head in FEMALE_HONORIFICS or head in ("Dr", "Prof")):
            rest = " ".join(tokens[1:])
            if head in ("Sir", "Dame"):  # knights and dames go by first name: Sir Keir
                hit = _single(self._firsts.get(tokens[1].lower(), set()))
                if hit:
                    return hit
            return self._by_name_part(rest)
        if len(tokens) == 1 and text[:1].isupper():
            return self._by_name_part(text)
        return self._resolve_description(text, sentence, before)

    def _by_name_part(self, rest: str) -> str | None:
        low = rest.lower()
        hit = _single(self._surnames.get(low.split()[-1], set())) if low else None
        if hit and (len(low.split()) == 1 or hit.lower().endswith(low)):
            return hit
        if " " not in low and low not in self._surnames:
            return self._by_given_name(rest)
        return None

    def _by_given_name(self, token: str) -> str | None:
        """ "Fahmi said …" after "Datuk Fahmi Fadzil", "Sarah fumed" after "Sarah Whitfield": a person called by a
        given name, when exactly one person has it and no one has it as a surname (checked by the caller)."""
        if self._givens is None:
            givens: dict[str, set[str]] = {}
            for person in self._people.values():
                for word in person.canonical.split()[:-1]:
                    if word[:1].isupper() and word.rstrip(".") not in _NOT_GIVEN:
                        givens.setdefault(word, set()).add(person.canonical)
            self._givens = givens
        return _single(self._givens.get(token, set()))

    def _resolve_description(self, text: str, sentence: int, before: int | None) -> str | None:
        if _INDEFINITE.match(text):
            return None
        desc = synonyms(ARTICLE.sub("", text).lower().replace("’s ", " ").replace("'s ", " "))
        roles = self._roles
        if roles is None:
            roles = self._roles = _role_holders(self._people)
        people = roles.get(desc)
        if people and not QUALIFIERS.intersection(desc.split()):
            # "the technology secretary" is not the shadow technology secretary, nor is "the minister" the one shadow
            # minister the article names: an unqualified description needs a holder who is not only a shadow
            people = {p for p in people if not qualified(self._people[p].roles)}
        if people and len(people) > 1:
            # "the minister" before the article names its second minister: only one holder can be meant yet
            named = {p for p in people if self._named_before(p, sentence, before)}
            if len(named) == 1:
                return next(iter(named))
        if people:
            return _single(people)
        head, of, rest = desc.partition(" of ")
        if of and rest in ("state", "the state") and " " not in head:
            # "the secretary of state": the one secretary the article names, not a shadow or former one
            holders = {p for p in roles.get(head, ()) if not qualified(self._people[p].roles)}
            return _single(holders)
        words = desc.split()
        # the longest kind noun the description ends with: "social media platform" before "platform"
        noun = next((" ".join(words[-n:]) for n in (3, 2, 1) if " ".join(words[-n:]) in KIND_WORDS), None)
        if noun is None:
            return None
        wanted = KIND_WORDS[noun]
        for width in (_DESCRIPTION_WINDOW, sentence):  # nearby first, then anywhere earlier in the article
            candidates: list[str] = []
            for m in self._window(sentence, before, width):
                if m.kind != "org" or m.canonical in candidates or (m.sentence, m.start) in self._quoted:
                    continue
                low = m.canonical.lower()
                # "the agency" for the National Crime Agency, "the ministry" for the Ministry of Defence: the name
                # itself says what it is; otherwise the kind the lexicon gives
                by_name = low.endswith(" " + noun) or low.startswith((noun + " of ", noun + " for "))
                if (by_name or wanted & self._orgs.get(m.canonical, frozenset())) and self._fits_modifiers(
                    text, m.canonical
                ):
                    candidates.append(m.canonical)
            if len(candidates) > 1 and text[:4].lower() == "the ":  # a definite description: "the production company"
                candidates = named_by_modifier(words[: -len(noun.split())], candidates)
            if candidates:  # two that fit ("the department": the DfE and the Home Office) make it uncertain
                return candidates[0] if len(candidates) == 1 else None
        return None

    def _named_before(self, canonical: str, sentence: int, before: int | None) -> bool:
        """True when `canonical` is mentioned before `sentence` (or in it before offset `before`)."""
        for m in self._mentions:
            if m.sentence > sentence or (m.sentence == sentence and (before is None or m.start >= before)):
                return False  # the mentions are in article order
            if m.canonical == canonical:
                return True
        return False

    def _fits_modifiers(self, text: str, canonical: str) -> bool:
        """False when the description names a place or nation its antecedent is never tied to.

        "the Japanese digital agency" is not Ofcom unless the article says Ofcom and Japanese in one sentence.
        """
        words = ARTICLE.sub("", text).split()[:-1]
        proper = [_POSSESSIVE.sub("", w) for w in words if w[:1].isupper()]
        if not proper or not self._sentences:
            return True
        said_with = [self._sentences[m.sentence] for m in self._mentions if m.canonical == canonical]
        return all(w in canonical or any(w in t for t in said_with) for w in proper)

    def _window(self, sentence: int, before: int | None, width: int) -> list[Mention]:
        out: list[Mention] = []
        for s in range(max(0, sentence - width), sentence + 1):
            for m in self._by_sentence.get(s, ()):
                if s == sentence and before is not None and m.start >= before:
                    continue
                out.append(m)
        return out

    def _resolve_pronoun(self, pronoun: str, sentence: int, before: int | None) -> str | None:
        window = self._window(sentence, before, _PRONOUN_WINDOW)
        if pronoun in ("it", "its"):
            orgs = list(dict.fromkeys(m.canonical for m in window if m.kind == "org"))
            return orgs[0] if len(orgs) == 1 else None
        if pronoun in ("they", "them", "their"):
            # singular they: exactly one person and no organisation nearby
            people = list(dict.fromkeys(m.canonical for m in window if m.kind == "person"))
            has_org = any(m.kind == "org" for m in window)
            return people[0] if len(people) == 1 and not has_org else None
        gender = _PRONOUNS[pronoun]
        people = list(dict.fromkeys(m.canonical for m in window if m.kind == "person"))
        compatible = [p for p in people if self._people[p].gender in (gender, None)]
        if len(compatible) == 1 and (self._people[compatible[0]].gender == gender or len(people) == 1):
            return compatible[0]
        return None


def mentions_by_sentence(index: NameIndex) -> dict[int, list[Mention]]:
    """The index's own mentions of each sentence that has any, in article order: for readers that must not copy
    them per sentence (`SpeakerResolver`); never modify the lists."""
    return index._by_sentence


def _role_holders(people: dict[str, Person]) -> dict[str, set[str]]:
    """Each key a role is looked up by (`role_keys`) -> the people holding that role."""
    roles: dict[str, set[str]] = {}
    for person in people.values():
        for role in person.roles:
            for key in role_keys(role):
                roles.setdefault(key, set()).add(person.canonical)
    return roles


def _single(items: set[str]) -> str | None:
    return next(iter(items)) if len(items) == 1 else None


# the pipeline asks for the same document's index from quotes, actions and entities: build it once
_last: list[tuple[Document, NameIndex]] = []


def build_name_index(doc: Document) -> NameIndex:
    """Find the people and organisations named in `doc` and how later references point back to them."""
    cached = _last[0] if _last else None
    if cached is not None and cached[0] is doc:
        return cached[1]
    people, orgs, mentions = find_mentions(doc)  # Mention is defined next to the scan that makes them
    sentences = tuple(s.text for s in doc.sentences)
    index = NameIndex(people, orgs, mentions, _quoted_mentions(doc, mentions), sentences)
    _last[:] = [(doc, index)]
    return index


def _quoted_mentions(doc: Document, mentions: list[Mention]) -> frozenset[tuple[int, int]]:
    """(sentence, start) of the mentions that fall inside a quotation span of their paragraph."""
    if len(doc.spans) != len(doc.paragraphs) or not any(doc.spans):
        return frozenset()
    out: set[tuple[int, int]] = set()
    # per paragraph, its spans' starts in order and the furthest end among the spans up to each: a mention is inside
    # a span when one starting before it ends after it, a bisect instead of a walk over every span (a paragraph of
    # a thousand quotations and as many names stays linear)
    reach: dict[int, tuple[list[int], list[int]]] = {}
    sentences = doc.sentences
    for m in mentions:
        sent = sentences[m.sentence]
        spans = doc.spans[sent.paragraph]
        if not spans:
            continue
        found = reach.get(sent.paragraph)
        if found is None:
            ordered = sorted((span.start, span.end) for span in spans)
            ends: list[int] = []
            furthest = -1
            for _, end in ordered:
                furthest = max(furthest, end)
                ends.append(furthest)
            found = reach[sent.paragraph] = ([start for start, _ in ordered], ends)
        starts, ends = found
        pos = sent.start + m.start
        i = bisect_left(starts, pos)  # the spans before i start before the mention
        if i and ends[i - 1] > pos:
            out.add((m.sentence, m.start))
    return frozenset(out)
