"""Second references by description: "the Ofcom boss", "the cabinet minister", "the French minister", "the MP".

Every person named so far is filed under the descriptions the article gives them (roles, appositions, ages) plus
what any reader knows of a few public figures; a definite description resolves to the one person it fits, and to
no one when two fit ("the minister" after two ministers): a guess there would put words in the wrong mouth.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summariser import _description_heads as W
from summariser._description_patterns import THE_WRITTEN
from summariser._lazy_re import lazy_re
from summariser._roles import names_role
from summariser._speaker_documents import ORG_DOCUMENT, THE_DOCUMENT, document_author
from summariser._speaker_patterns import Attribution

if TYPE_CHECKING:
    from summariser._names import Mention, NameIndex
    from summariser._text import Document, Sentence

# a definite description: "the Ofcom boss", "the regulator's chief", "the executive vice-president for …"
DEFINITE = lazy_re(r"^[Tt]he\s+(?P<body>[^,;:]{2,80})$")
# the complement a title carries: "executive vice-president for tech sovereignty", "chairman of the FTC"
_COMPLEMENT = lazy_re(r"\s+(?:for|of|at|to|on)\s+.*$")
_WORD = lazy_re(r"[\w’'-]+")
_POSSESSIVE_END = lazy_re(r"['’]s\b")
# an apposition after a name: "Renata Albuquerque, a São Paulo lawyer who …,", "Elon Musk, the billionaire who …"
_AFTER = lazy_re(
    r",\s+(?:the|a|an|his|her|its|their|(?P<o>[A-Z][\w.-]*)['’]s)\s+(?P<d>[^,.;:()\"“”]{2,90}?)(?=,|\.|;|:|$)"
)
_AGE = lazy_re(r",\s+(?P<age>\d{2}),")
# a role-first apposition before a name: "the minister of state for electronics, ", "her Spanish counterpart, "
_BEFORE = lazy_re(
    r"(?:^|[\s(])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|(?P<o>[A-Z][\w.-]*)['’]s)\s+"
    # (the nearest determiner: "a letter to the home secretary, " is "home secretary")
    r"(?P<d>(?:(?!\b(?:the|a|an|The|A|An)\s)[^,.;:()\"“”]){2,70}?),\s*$"
)


class DescriptionIndex:
    """The descriptions each person named outside quotation marks is given, in article order."""

    def __init__(
        self, doc: Document, masked: list[str], outside: dict[int, list[tuple[int, Mention]]], index: NameIndex
    ) -> None:
        # person -> (sentence, paragraph offset, paragraph) of each mention, in article order
        self.seen: dict[str, list[tuple[int, int, int]]] = {}
        self.texts: dict[str, list[str]] = {}
        for sent_index in sorted(outside):
            sent = doc.sentences[sent_index]
            text = masked[sent.paragraph]
            starts = {pos for pos, _ in outside[sent_index]}
            for pos, m in outside[sent_index]:
                if m.kind != "person":
                    continue
                who = m.canonical
                self.seen.setdefault(who, []).append((sent_index, pos, sent.paragraph))
                found = self.texts.get(who)
                if found is None:
                    found = self.texts[who] = list(index.roles_of(who)) + ([W.KNOWN[who]] if who in W.KNOWN else [])
                end = pos + (m.end - m.start)
                if text.startswith(",", end):  # (both need a comma right after the name: test it first)
                    after = _AFTER.match(text, end)
                    if after is not None and after.end() + 2 in starts:
                        after = None  # "Kate Osborne, the minister, Jess Phillips": the title opens the next name
                    if after is not None and _titled(after.group("d")):
                        # (with its owner: "X's head of global affairs" is an X executive)
                        found.append(f"{after.group('o') or ''} {after.group('d')}".strip())
                    age = _AGE.match(text, end)
                    if age is not None:
                        found.append(f"{age.group('age')}-year-old")
                if text[max(0, pos - 2) : pos] == ", ":  # a role-first apposition closes right before the name
                    before = _BEFORE.search(text, max(sent.start, pos - 80), pos)
                    if before is not None and _titled(before.group("d")):
                        found.append(f"{before.group('o') or ''} {before.group('d')}".strip())
        self.sets = {who: [_words(t) for t in ts] for who, ts in self.texts.items()}
        self.words = {who: set().union(*sets) if sets else set() for who, sets in self.sets.items()}
        self.proper = {who: " ".join(ts) for who, ts in self.texts.items()}
        self._heads: dict[str, set[str]] | None = None

    @property
    def heads(self) -> dict[str, set[str]]:
        """The head of each description, its last word before a complement or a relative: "Taoiseach", "ombudsman"
        (built on first use: only a title outside the known heads asks)."""
        if self._heads is None:
            self._heads = {who: {_head(t) for t in ts} for who, ts in self.texts.items()}
        return self._heads

    def holders(self, body: str, para: int, sentence: int, offset: int, index: NameIndex) -> list[str] | None:
        """The people named before (sentence, offset) whom "the BODY" fits, the one meant first when the latest of
        them was named alone in this paragraph or the one before; None when it is no description this index judges."""
        core = _COMPLEMENT.sub("", body)
        words = _WORD.findall(core)
        if not words or len(words) > 5:
            return None
        head = words[-1].lower()
        heads_only = False
        aged = W.AGED.match(" ".join(words[-2:]).lower()) or W.AGED.match(head)
        age = ""
        if aged is not None:
            age = f"{aged.group('age')}-year-old"
            mods = words[:-2] if " " in aged.group() else words[:-1]
            noun = aged.group().split()[-1] if " " in aged.group() else ""
            # "the 57-year-old justice": a justice of that age, or of no age the article gives
            wanted, head = (set(W.HEADS[noun]), "") if noun in W.HEADS else ({age}, noun)
        elif head in W.HEADS and (len(words) > 1 or head not in W.GENERIC):
            wanted = set(W.HEADS[head])
            mods = words[:-1]
            head = ""
        elif len(words) >= 2 and words[-2].lower() in ("chief", "vice") and head in ("executive", "president"):
            wanted = {"chief" if words[-2].lower() == "chief" else "vice-president"}
            mods = words[:-2]
            head = ""
        elif head not in W.ORG_HEADS and len(words) <= 2 and any(head in h for h in self.heads.values()):
            # "the Taoiseach", "the ombudsman": a title the article gave someone, matched on its head
            wanted = {head}
            mods = words[:-1]
            head = ""
            heads_only = True
        elif head in W.VARIATION and W.QUALIFIERS.intersection(w.lower() for w in words):
            # "the former trade union organiser added": a past the article had not told, of the one person it has
            # named ("the organiser said" alone may well be someone else: the one who organised the event)
            named = [who for who, seen in self.seen.items() if seen[0][:2] < (sentence, offset)]
            return named if len(named) == 1 else None
        else:
            return None
        quals = W.QUALIFIERS.intersection(_bare(w) for w in mods)
        ranks = W.HEAD_RANKS.intersection(_bare(w) for w in mods)
        ranked = _bare(words[-1]) in ("minister", "secretary")
        mods = [w for w in mods if _bare(w) not in W.QUALIFIERS]
        out: list[tuple[tuple[int, int, int], str]] = []
        loose: list[str] = []  # those the head fits, whatever the modifiers say
        for who, seen in self.seen.items():
            before = [at for at in seen if at[:2] < (sentence, offset)]
            if not before:
                continue
            sets = list(self.sets[who]) if not heads_only else [self.heads[who]]
            known = W.KNOWN_ROLES.get(who)
            if known is not None and known[0].intersection(mods):
                sets.append({_bare(w) for w in _WORD.findall(known[1])})
            have = self.words[who].union(*sets)
            if not any(
                wanted & d
                and (not head or head in d)
                and W.QUALIFIERS.intersection(d) == quals
                # "the minister" is never the prime or first minister, unless it says so
                and (not ranked or W.HEAD_RANKS.intersection(d) <= ranks)
                for d in sets
            ):
                continue
            if age and age not in have and any(w.endswith("-year-old") for w in have):
                continue  # another age than the one the article gave them
            loose.append(who)
            if all(
                _fits(mod, have, self.proper[who] + " " + (known[1] if known else ""), sentence, index) for mod in mods
            ):
                out.append((before[-1], who))
        if not out and len(loose) == 1 and all(_new_fact(mod, index, sentence) for mod in mods):
            return loose  # "the Luton North MP" for the one MP named: her seat is news, not a rival
        if len(out) > 1:
            out.sort()
            latest, last_para = out[-1], out[-1][0][2]
            rivals = [
                w for _, w in out[:-1] if any(a[2] == last_para and a[:2] < (sentence, offset) for a in self.seen[w])
            ]
            if not rivals and para - last_para <= 1:  # "Minister X told …" / "'…,' the minister said": that one
                return [latest[1]]
        if (
            len(out) == 1
            and out[0][1] in W.KNOWN
            and not W.KNOWN_ROLES[out[0][1]][0].intersection(mods)  # (Trump is no Tesla chief executive)
            and self._named_since(out[0][0], out[0][1], sentence, offset)
        ):
            return []  # "the billionaire" after Musk and Trump: what a reader knows of one fits the other as well
        return [who for _, who in out]

    def _named_since(self, last: tuple[int, int, int], who: str, sentence: int, offset: int) -> bool:
        """True when someone other than `who` was named after `who`'s mention `last` and before (sentence, offset)."""
        return any(
            last[:2] < at[:2] < (sentence, offset) for other, seen in self.seen.items() if other != who for at in seen
        )


class DescribedPersonMixin:
    """Descriptions and documents as speakers, for `SpeakerResolver` (through `DescriptionMixin`)."""

    doc: Document
    index: NameIndex
    masked: list[str]
    outside: dict[int, list[tuple[int, Mention]]]
    _descriptions: DescriptionIndex | None

    if TYPE_CHECKING:  # provided by SpeakerResolver and its other mixins

        def _written_owner(self, noun: str, sent: Sentence) -> str | None: ...

        def _leading_subject(self, para: int, start: int) -> str | None: ...

        def _subject_before(self, para: int, start: int, verb: int) -> Attribution | None: ...

        def _speech_subject(self, idx: int) -> tuple[tuple[int, int], str] | None: ...

    def _described_person(self, phrase: str, sent: Sentence, start: int) -> Attribution | None:
        """ "the Ofcom boss", "the French minister": the one person named before whom the description fits; no one
        when two fit; None (not judged here) when it fits nobody or is no description of a person."""
        definite = DEFINITE.match(phrase)
        if definite is None or not judgeable(definite.group("body")):
            return None  # "the company", "the statement": no person's description (and no index to build)
        if any(start <= pos < start + len(phrase) for pos, m in self.outside.get(sent.index, ()) if m.kind == "person"):
            return None  # "the Labour MP Catherine Atkinson": the name says who
        if self._descriptions is None:
            self._descriptions = DescriptionIndex(self.doc, self.masked, self.outside, self.index)
        holders = self._descriptions.holders(definite.group("body"), sent.paragraph, sent.index, start, self.index)
        if not holders:
            return None
        if len(holders) > 1:
            return Attribution(None, None, "conflict")
        return Attribution(holders[0], self.index.role_of(holders[0]), "described")

    def _document_speaker(self, phrase: str, sent: Sentence, start: int) -> Attribution | None:
        """ "the statement said": whoever issued it, named in the sentences just before; "the findings say", "the
        judgment reads": the author the sentences before tie the document to (`_speaker_documents`)."""
        written = THE_WRITTEN.match(phrase)
        if written:
            owner = self._written_owner(written.group(1).lower(), sent)
            if owner is not None:
                return Attribution(owner, None, "written")
            author = document_author(self, written.group(1), sent, start)
            return Attribution(author, None, "document" if author else "written")
        paper = THE_DOCUMENT.match(phrase)
        author = document_author(self, paper.group("noun"), sent, start) if paper else None
        if author is None and paper is not None:
            # "the eSafety statement", "the Ofcom notice": the body the noun compound names
            body = ORG_DOCUMENT.match(phrase)
            owner = self.index.resolve(body.group("org"), sentence=sent.index) if body is not None else None
            author = owner if owner is not None and self.index.is_org(owner) else None
        return Attribution(author, None, "document") if author is not None else None


_RELATIVE = lazy_re(r"\s+(?:who|whose|which|that|since|until)\s.*$")


def judgeable(body: str) -> bool:
    """Could "the BODY" be a person's description this index judges? A cheap test on its last word, made before the
    index is built: a head it knows, an age, or a title word that names no body."""
    if " and " in body:
        return False  # "the crossbench peer and founder of …", "the minister and her deputy": not one title
    word = body.rsplit(None, 1)[-1] if body.strip() else ""
    last = word.lower()
    if last in W.HEADS or last in W.VARIATION or last.endswith("-year-old") or last in ("executive", "president"):
        return True
    if last in W.ORG_HEADS or "-year-old" in body:
        return last not in W.ORG_HEADS
    # (a capitalised title the article gave someone: "the Taoiseach", "the Ombudsman")
    return (word[:1].isupper() and not word.isupper()) or names_role(last) or " for " in body or " of " in body


def _titled(description: str) -> bool:
    """A description that gives a title or an epithet ("the minister of state for electronics", "her Spanish
    counterpart"), not the tail of a clause ("After questioning the patient on …, Dempsey")."""
    if names_role(description):
        return True
    if " " not in description and description[:1].isupper() and not description.isupper():
        return True  # a one-word title: "the Taoiseach, Micheál Martin", "the Ombudsman, Rob Behrens"
    words = {_bare(w) for w in _WORD.findall(description)}
    return bool(words & W.EPITHETS)


def _head(description: str) -> str:
    """The last word of a description before its complement or relative clause, lower case."""
    core = _COMPLEMENT.sub("", _RELATIVE.sub("", description))
    words = _WORD.findall(core)
    return _bare(words[-1]) if words else ""


def _new_fact(mod: str, index: NameIndex, sentence: int) -> bool:
    """True for a modifier that adds to what the article said rather than picking someone out: a place or seat
    ("Luton North"), not a nation ("French") nor a body ("Ofcom")."""
    word = re.sub(r"['’]s$", "", mod)
    return (
        word[:1].isupper()
        and word.lower() not in W.RANKS
        and not names_role(word)
        and word not in W.NATIONS
        and word not in W.NATIONS.values()
        and index.resolve(word, sentence=sentence) is None
    )


def _words(text: str) -> set[str]:
    """The lower-case words of a description, possessive endings dropped ("Ofcom's chief" -> ofcom, chief)."""
    return set(_WORD.findall(_POSSESSIVE_END.sub("", text.lower())))


def _bare(word: str) -> str:
    low = word.lower()
    return low[:-2] if low.endswith(("'s", "’s")) else low


def _fits(mod: str, have: set[str], proper: str, sentence: int, index: NameIndex) -> bool:
    """Does the modifier agree with what the article says of the person ("Ofcom" with "Ofcom's chief executive")?"""
    low = _bare(mod)
    if low in W.NEUTRAL or low in have:
        return True
    if low in ("regulator", "watchdog"):  # "the regulator's chief": the head of a regulator
        return bool({"regulator", "commissioner", "ofcom", "esafety", "watchdog"} & have)
    owner = re.sub(r"['’]s$", "", mod)
    if not owner[:1].isupper():
        return False
    if owner in proper or W.NATIONS.get(owner, "\0") in proper:
        return True
    canonical = index.resolve(owner, sentence=sentence)  # "the FTC chairman": the commission's full name
    return canonical is not None and canonical in proper
