"""Who can act in a sentence: organisations, people, governments, groups, and references to resolve ("it", "she",
"the regulator", "the company"), with their canonical names where the article makes them certain.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from summariser._givennames import gender_of_first_name
from summariser._lexicon import ORGANISATIONS, PLACES
from summariser._lexicon.actors import (
    COMPANIES,
    COMPANY_REFS,
    COUNTRY_CUES,
    COURT_REFS,
    COURTS,
    GOVERNMENTS,
    GROUPS,
    MORE_ORGANISATIONS,
    NON_ACTOR_ACRONYMS,
    REGULATOR_REFS,
    REGULATORS,
)
from summariser._text import Document
from summariser._trie import starts_word, trie_pattern, word_regex, words

Kind = Literal["org", "person", "gov", "place", "group", "ref", "pronoun"]


@dataclass(frozen=True, slots=True)
class ActorSpan:
    """A possible actor in a sentence; `canonical` is None for references ("it", "the regulator") until resolved."""

    start: int
    end: int
    text: str
    canonical: str | None
    kind: Kind
    ref: str = ""  # for kind "ref"/"pronoun": company|regulator|court|gov|role|it|they|he|she


class _MentionLike(Protocol):
    @property
    def canonical(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...


class _QuoteLike(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def speaker(self) -> str | None: ...
    @property
    def sentence(self) -> int: ...


class _IndexLike(Protocol):
    def mentions_in(self, sentence: int) -> list[_MentionLike]: ...  # pragma: no cover - protocol
    def resolve(self, phrase: str, *, sentence: int) -> str | None: ...  # pragma: no cover - protocol
    def role_of(self, canonical: str) -> str | None: ...  # pragma: no cover - protocol


def _alias_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for source in (ORGANISATIONS, MORE_ORGANISATIONS):
        for canonical, aliases in source.items():
            for name in (canonical, *aliases):
                if name in ("the government", "ministers", "the commission"):
                    continue  # resolved through the article, not the lexicon
                table.setdefault(name, canonical)
                if name[:1].islower():
                    table.setdefault(name[:1].upper() + name[1:], canonical)
    return table


_ALIASES = _alias_table()
_PLACES = frozenset(PLACES)
_B = r"(?<![\w'’-])"
_E = r"(?![\w-]|['’]\w\w)"
_ORG_RE = word_regex(_ALIASES, boundary=r"[\w-]|['’]\w\w")
_X_BEFORE = re.compile(r"(?:Malcolm|Generation|Gen|Planet|Project|Brand|Mr|Factor)\s+$")
_X_AFTER = re.compile(r"^(?:-ray|\s+(?:Factor|Files|Men|Games|Prize|Ray)\b|-\w)")

_ORG_HEADS = (
    "Commission|Committee|Court|Ministry|Department|Authority|Agency|Office|Council|Parliament|Senate|Assembly"
    "|Foundation|Trust|Institute|Regulator|Tribunal|Police|Board|Bureau|Coalition|Alliance|Watchdog|Cabinet"
    "|Commissioner|Centre|Center|Society|Association|Federation|Network|Project|Campaign|Lab|Inc|Ltd|Corp"
    "|Organisation|Organization|Fund|Forum|Party"
)
_NOT_NAME = (
    r"(?!(?:The|A|An|On|In|At|By|For|Last|This|That|But|And|Its|His|Her|Their|When|After|Before|While|As|If|Monday"
    r"|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Earlier|Later|Meanwhile|Separately|However)\b)"
)
_CAP = _NOT_NAME + r"[A-Z][\w'’&.-]*"
_GENERIC_ORG = re.compile(
    rf"{_B}(?:[Tt]he\s+)?(?:{_CAP}\s+(?:(?:of|for|and|on|&)\s+(?:the\s+)?)?){{1,6}}?(?:{_ORG_HEADS})\b"
    rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?{_CAP}(?:\s+(?:and\s+)?{_CAP}){{0,4}})?"
)
_HEAD_FIRST_ORG = re.compile(
    rf"{_B}(?:[Tt]he\s+)?(?:Ministry|Department|Office|Commission|Committee|Council|Authority|Agency|Court|Bureau)"
    rf"\s+(?:of|for|on)\s+(?:the\s+)?{_CAP}(?:,?\s+(?:(?:and|of|for|the|&)\s+)*{_CAP}){{0,5}}"
)
_COUNTRY_ORG = re.compile(
    rf"{_B}(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s\s+(?P<body>(?:[a-z-]+\s+){{0,3}}"
    r"(?:ministry|regulator|watchdog|authority|agency|commission|parliament|courts?|government|police|cabinet))\b"
    r"(?!\s+[A-Z])"
)
_GOV_RE = re.compile(
    rf"{_B}(?:[Tt]he\s+)?(?P<adj>{'|'.join(sorted(map(re.escape, GOVERNMENTS), key=len, reverse=True))})"
    r"\s+(?:[Gg]overnment|administration)\b"
)
_GROUP_RE = re.compile(
    rf"{_B}(?:(?:(?-i:[A-Z][a-z]+)|cross-party|senior|leading|some|several|many|other|individual|consumer|Democratic"
    r"|Republican|state)\s+)?"
    rf"(?P<g>{trie_pattern(GROUPS)}){_E}",
    re.IGNORECASE,
)
_HEAD_RE = word_regex(_ORG_HEADS.split("|"), boundary=r"[\w]")
_GROUP_HINTS = tuple({g.split()[-1].lower() for g in GROUPS})
_OFFICE_ORG = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+)?(?:public\s+|state\s+|chief\s+|federal\s+)?prosecutor['’]s\s+office|"
    r"(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+)?(?:public\s+|state\s+|federal\s+)?prosecutors(?=\s+(?:said|have|has|had|opened))"
)
_ACRONYM_RE = re.compile(r"(?<![\w'’-])[A-Z][A-Z&]{2,5}(?![\w'’-]|['’][a-z]{2})")
# "Yuko Kobayashi" when the names module missed them: a known given name and one or two capitalised words
_NAME_RE = re.compile(r"(?<![\w'’-])(?P<first>[A-Z][a-z]+)(?:\s+[A-Z][a-z'’]+(?:-[A-Z][a-z]+)?){1,2}(?![\w-])")
# "lawmaker Yuko Kobayashi": a capitalised name right after a role word is a person even if the names module missed it
_ROLE_NAME = re.compile(
    r"\b(?:lawmaker|legislator|MP|MEP|MSP|TD|[Ss]enator|[Mm]inister|[Ss]ecretary|leader|chair|chairman|chairwoman"
    r"|director|spokesperson|spokeswoman|spokesman|[Cc]ommissioner|official|activist|founder)\s+"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){1,2})(?![\w-])"
)
_PLACE_RE = word_regex(PLACES, boundary=r"[\w-]|['’]\w\w")


def _refs(phrases: tuple[str, ...]) -> str:
    return "|".join(re.escape(p[4:]) if p.startswith("the ") else re.escape(p) for p in phrases)


_REF_RE = re.compile(
    rf"{_B}(?:(?:[Tt]he\s+)(?:(?P<company>{_refs(COMPANY_REFS)})|(?P<regulator>{_refs(REGULATOR_REFS)})"
    rf"|(?P<court>{_refs(COURT_REFS)})|(?P<gov>[Gg]overnment|administration|executive)|(?P<dept>(?:(?:[a-z]+|IT)\s+){{0,2}}(?:ministry|department))"
    r"|(?P<commission>commission)|(?P<charity>foundation|charity|campaign group|group|organisation|party)"
    r"|(?P<role>(?:(?:[a-z-]+(?:['’]s)?|IT)\s+){0,2}"
    r"(?:minister|secretary|commissioner|president|chancellor|senator|attorney general|chief executive|regulator's"
    r" chief executive|spokesperson|spokesman|spokeswoman)(?:\s+for\s+England|\s+for\s+[A-Z][a-z]+)?))"
    r"|(?P<ministers>[Mm]inisters)"
    r"|(?P<pronoun>[Ii]t|[Tt]hey|[Hh]e|[Ss]he|[Ww]e|[Oo]ur\s+offices?|(?:[Hh]is|[Hh]er)\s+office)"
    r"|(?P<country_role>(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)['’]s\s+(?P<role_words>(?:[a-z-]+\s+){0,2}"
    r"(?:commissioner|minister|secretary|attorney general|prime minister|president|chancellor|premier))))"
    r"(?![\w-]|['’]\w\w)"
)
_REF_START = word_regex(
    words("the The it It they They he He she She we We our Our his His her Her ministers Ministers"),
    boundary=r"[\w-]",
)
_POSSESSOR = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:\s[A-Z][a-z]+)?['’]s\s")
_PRONOUN_WINDOW = 3
_NAMED_ROLE = re.compile(r"(?:commissioner|attorney general|prime minister|president)$")
_GOVERNMENT_ROLE = re.compile(r"\b(?:minister|secretary|spokes(?:person|man|woman))\b", re.IGNORECASE)


class ActorFinder:
    """Actor spans per sentence of one article (cached), and resolution of references against the article."""

    def __init__(
        self,
        doc: Document,
        index_factory: Callable[[Document], _IndexLike] | None,
        *,
        index: _IndexLike | None = None,
        quotes: Sequence[_QuoteLike] | None = None,
    ) -> None:
        self._doc = doc
        self._factory = index_factory
        self._index: _IndexLike | None = index
        self._index_built = index is not None
        self._cache: dict[int, list[ActorSpan]] = {}
        self._government: str | None = None
        self._regulator: str | None = None
        self._quotes: list[tuple[int, str, str | None]] | None = None
        if quotes is not None:
            self._quotes = [(q.sentence, " ".join(q.text.split()), q.speaker) for q in quotes]

    @property
    def index(self) -> _IndexLike | None:
        """The article's name index, built on first use (None when the names module is unavailable)."""
        if not self._index_built:
            self._index_built = True
            self._index = self._factory(self._doc) if self._factory else None
        return self._index

    @property
    def government(self) -> str:
        """Which government "the government" means in this article: the country the article mentions most."""
        if self._government is None:
            text = self._doc.text
            scores = {gov: sum(text.count(cue) for cue in cues) for gov, cues in COUNTRY_CUES.items()}
            best = max(scores, key=lambda g: scores[g])
            self._government = best if scores[best] > scores["UK government"] else "UK government"
        return self._government

    @property
    def main_regulator(self) -> str | None:
        """The regulator the article names most often: what "the regulator" means in it."""
        if self._regulator is None:
            counts: dict[str, int] = {}
            for m in _ORG_RE.finditer(self._doc.text):
                if not starts_word(self._doc.text, m.start()):
                    continue
                name = _ALIASES[m.group(0)]
                if name in REGULATORS:
                    counts[name] = counts.get(name, 0) + 1
            self._regulator = max(counts, key=lambda n: counts[n]) if counts else ""
        return self._regulator or None

    def quote_speaker(self, i: int, snippet: str, *, we: bool = True) -> str | None:
        """Who "we" is inside a quotation: its speaker, or the government when a minister speaks for it."""
        if self._quotes is None:
            from summariser._quotes import extract_quotes  # deferred: quotes import names, names import us

            index = self.index
            found = extract_quotes(self._doc, index=index) if index is not None else extract_quotes(self._doc)  # type: ignore[arg-type]
            self._quotes = [(q.sentence, " ".join(q.text.split()), q.speaker) for q in found]
        snippet = " ".join(snippet.split())
        for sentence, text, speaker in self._quotes:
            if sentence <= i and snippet in text:
                if speaker is None:
                    return None
                return self._speaks_for(speaker) if we else speaker
        return None

    def _speaks_for(self, speaker: str) -> str:
        """The organisation a quoted "we" stands for: a minister's government, an official's regulator."""
        role = (self.index.role_of(speaker) if self.index is not None else None) or ""
        for m in _ORG_RE.finditer(role):
            if starts_word(role, m.start()):
                return _ALIASES[m.group(0)]
        if _GOVERNMENT_ROLE.search(role):
            return self.government
        if role.endswith("commissioner") and self.main_regulator:  # "the commissioner" heads her office
            return self.main_regulator
        return speaker

    def is_person(self, name: str | None, span: ActorSpan) -> bool:
        """Whether a span (or the name it resolved to) is a person rather than an organisation or group."""
        if span.kind == "person" or span.ref in ("he", "she"):
            return True
        if span.ref == "role" or span.ref.startswith("role:"):
            index = self.index
            return name is not None and index is not None and index.role_of(name) is not None
        return False

    def spans(self, i: int) -> list[ActorSpan]:
        """Every possible actor in sentence `i`, in text order, overlaps removed (longest wins)."""
        cached = self._cache.get(i)
        if cached is None:
            cached = self._cache[i] = self._find(i)
        return cached

    def _find(self, i: int) -> list[ActorSpan]:
        text = self._doc.sentences[i].text
        found: list[ActorSpan] = []
        for m in _ORG_RE.finditer(text):
            name = m.group(0)
            if not starts_word(text, m.start()):
                continue
            if name == "X" and (_X_BEFORE.search(text, 0, m.start()) or _X_AFTER.match(text[m.end() :])):
                continue
            found.append(ActorSpan(m.start(), m.end(), name, _ALIASES[name], "org"))
        for m in _GOV_RE.finditer(text) if ("overnment" in text or "dministration" in text) else ():
            found.append(ActorSpan(m.start(), m.end(), m.group(0), GOVERNMENTS[m.group("adj")], "gov"))
        for m in _COUNTRY_ORG.finditer(text) if ("’s " in text or "'s " in text) else ():
            body = m.group("body")
            country = m.group("country")
            canonical = GOVERNMENTS.get(country, country) if body == "government" else f"{country}'s {body}"
            found.append(ActorSpan(m.start(), m.end(), m.group(0), canonical, "org"))
        for m in _HEAD_FIRST_ORG.finditer(text) if _HEAD_RE.search(text) else ():
            name = m.group(0)
            found.append(ActorSpan(m.start(), m.end(), name, name[4:] if name[:4] in ("the ", "The ") else name, "org"))
        for m in _GENERIC_ORG.finditer(text) if _HEAD_RE.search(text) else ():
            name = m.group(0)
            canonical = name[4:] if name[:4] in ("the ", "The ") else name
            found.append(ActorSpan(m.start(), m.end(), name, canonical, "org"))
        index = self.index
        if index is not None:
            for mention in index.mentions_in(i):
                kind: Kind = "person" if mention.kind == "person" else "org"
                found.append(ActorSpan(mention.start, mention.end, mention.text, mention.canonical, kind))
        for m in _ACRONYM_RE.finditer(text):
            word = m.group(0)
            if word in NON_ACTOR_ACRONYMS or word in _PLACES or word.title() in _PLACES:
                continue
            if m.start() == 0 and text[m.end() : m.end() + 1] in (",", " "):  # a dateline: "PARIS, Jan 7 (Reuters) -"
                continue
            found.append(ActorSpan(m.start(), m.end(), word, word, "org"))
        for m in _OFFICE_ORG.finditer(text) if "rosecutor" in text else ():
            name = m.group(0)
            found.append(ActorSpan(m.start(), m.end(), name, name[4:] if name[:4] in ("the ", "The ") else name, "org"))
        for m in _ROLE_NAME.finditer(text):
            found.append(ActorSpan(m.start("name"), m.end("name"), m.group("name"), m.group("name"), "person"))
        for m in _NAME_RE.finditer(text):
            if gender_of_first_name(m.group("first")) is not None:
                found.append(ActorSpan(m.start(), m.end(), m.group(0), m.group(0), "person"))
        lowered = text.lower()
        for m in _GROUP_RE.finditer(text) if any(h in lowered for h in _GROUP_HINTS) else ():
            group = m.group("g")
            canonical = group if group.isupper() or group[:-1].isupper() else group.lower()
            found.append(ActorSpan(m.start(), m.end(), m.group(0), canonical, "group"))
        for m in _PLACE_RE.finditer(text):
            if not starts_word(text, m.start()):
                continue
            found.append(ActorSpan(m.start(), m.end(), m.group(0), m.group(0), "place"))
        for m in self._refs(text):
            ref = next(
                k
                for k in (
                    "company",
                    "regulator",
                    "court",
                    "gov",
                    "dept",
                    "commission",
                    "charity",
                    "role",
                    "ministers",
                    "pronoun",
                    "country_role",
                )
                if m.group(k)
            )
            kind2: Kind = "pronoun" if ref == "pronoun" else "ref"
            word = m.group("pronoun").lower() if ref == "pronoun" else ("gov" if ref == "ministers" else ref)
            if word.endswith(("office", "offices")):
                word = {"his": "he", "her": "she", "our": "we"}[word.split()[0]]
            if ref == "country_role":
                phrase = f"the {m.group('role_words')}"
                found.append(ActorSpan(m.start(), m.end(), phrase, None, "ref", f"role:{m.group('place')}"))
                continue
            found.append(ActorSpan(m.start(), m.end(), m.group(0), None, kind2, word))
        return _drop_overlaps(found)

    @staticmethod
    def _refs(text: str) -> list[re.Match[str]]:
        """`_REF_RE` tried only where a reference can start ("the", a pronoun, "ministers", "Canada's"): one anchored
        match per candidate is far cheaper than scanning every position of the sentence."""
        starts = [m.start() for m in _REF_START.finditer(text) if starts_word(text, m.start())]
        if "’s " in text or "'s " in text:
            starts += [m.start() for m in _POSSESSOR.finditer(text)]
        found: list[re.Match[str]] = []
        end = -1
        for pos in sorted(starts):
            if pos < end:
                continue
            m = _REF_RE.match(text, pos)
            if m is not None:
                found.append(m)
                end = m.end()
        return found

    # -- resolution -----------------------------------------------------------------------------------------------

    def resolve(self, span: ActorSpan, i: int) -> str | None:
        """Canonical actor for a span found in sentence `i`, or None when the article does not make it certain."""
        if span.canonical is not None:
            return span.canonical
        if span.ref == "gov":
            return self.government
        if span.kind == "pronoun":
            return self._resolve_pronoun(span, i)
        if span.ref == "company":
            return self._recent(i, span.start, lambda s: s.canonical in COMPANIES) or "X"
        if span.ref == "regulator":
            return self._from_index(span, i) or self.main_regulator
        if span.ref == "dept":
            return self._recent(i, span.start, _is_department, window=12) or self._from_index(span, i)
        if span.ref == "commission":
            main = self.main_regulator
            return main if main and "Commission" in main else self._from_index(span, i)
        if span.ref.startswith("role:"):  # "Canada's privacy commissioner": the named holder, else the office
            return self._from_index(span, i) or f"{span.ref[5:]}'s {span.text[4:]}"
        if span.ref == "charity":
            return self._from_index(span, i)
        if span.ref == "court":
            return self._recent(i, span.start, lambda s: s.canonical in COURTS or "Court" in (s.canonical or ""))
        name = self._from_index(span, i)
        if name is None and span.ref == "role" and len(span.text.split()) >= 3 and _NAMED_ROLE.search(span.text):
            return span.text[4:]  # "the federal privacy commissioner": the office itself when no holder is named
        return name

    def _from_index(self, span: ActorSpan, i: int) -> str | None:
        index = self.index
        return index.resolve(span.text, sentence=i) if index is not None else None

    def _resolve_pronoun(self, span: ActorSpan, i: int) -> str | None:
        word = span.ref
        if word in ("we", "they"):
            return None  # only the sentence's own speaker can tell (see the sentence context)
        if word in ("he", "she"):
            return self._from_index(span, i) or self._recent(i, span.start, lambda s: s.kind == "person", window=6)
        return self._recent(
            i, span.start, lambda s: s.kind in ("org", "gov", "ref") and s.ref != "role", subject_only=True, first=True
        )

    def _recent(
        self,
        i: int,
        before: int,
        accept: Callable[[ActorSpan], bool],
        *,
        subject_only: bool = False,
        window: int = _PRONOUN_WINDOW,
        first: bool = False,
    ) -> str | None:
        """The nearest earlier actor accepted by `accept`, this sentence first, then up to `window` sentences back."""
        for j in range(i, max(-1, i - window - 1), -1):
            spans = [s for s in self.spans(j) if j < i or s.end <= before]
            if subject_only:
                spans = [s for s in spans if not _after_preposition(self._doc.sentences[j].text, s.start)]
            # in an earlier sentence "it" usually picks up that sentence's subject, its first actor
            for cand in spans if first and j < i else reversed(spans):
                if cand.kind != "pronoun" and accept(cand):
                    name = cand.canonical if cand.canonical is not None else self.resolve(cand, j)
                    if name is not None:
                        return name
        return None


_PREP_BEFORE = re.compile(
    r"(?:\b(?:to|into|against|on|of|with|from|at|for|by|about|over|towards|under|than|like|including|via|upon|"
    r"between|among|amid|despite|whether)\s+)(?:(?:the|a|an|its|their)\s+)?$"
)


def _is_department(span: ActorSpan) -> bool:
    name = span.canonical or ""
    return span.kind == "org" and (
        "Ministry" in name or "Department" in name or name.endswith(("ministry", "department"))
    )


def _after_preposition(text: str, start: int) -> bool:
    """True when the words before `start` make the span the object of a preposition ("into X", "with the firm")."""
    return _PREP_BEFORE.search(text, max(0, start - 24), start) is not None


def after_preposition(text: str, start: int) -> bool:
    """Public wrapper for the actions module: is the span at `start` governed by a preposition?"""
    return _after_preposition(text, start)


def _drop_overlaps(spans: list[ActorSpan]) -> list[ActorSpan]:
    spans.sort(key=lambda s: (s.start, -(s.end - s.start), _KIND_RANK[s.kind]))
    out: list[ActorSpan] = []
    for span in spans:
        if out and span.start < out[-1].end:
            continue
        out.append(span)
    return out


# on equal spans the lexicon's organisation beats a person run, which beats a bare place
_KIND_RANK: dict[str, int] = {"gov": 0, "org": 1, "person": 2, "group": 3, "ref": 4, "pronoun": 5, "place": 6}
