"""Who can act in a sentence: organisations, people, governments, groups, and references to resolve ("it", "she",
"the regulator", "the company"), with their canonical names where the article makes them certain.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from typing import Protocol

from summariser._actor_patterns import (
    _ACRONYM_RE,
    _ALIASES,
    _BARE_GROUPS_NOT_ACTORS,
    _CAMPAIGN_WORDS,
    _COUNTRY_ORG,
    _GENERIC_ORG,
    _GOV_RE,
    _GOVERNMENT_ROLE,
    _GROUP_HINTS,
    _GROUP_RE,
    _HEAD_FIRST_ORG,
    _HEAD_RE,
    _NAME_RE,
    _NAMED_ROLE,
    _OFFICE_ORG,
    _ORG_RE,
    _PLACE_RE,
    _PLACES,
    _POSSESSOR,
    _PRONOUN_WINDOW,
    _REF_RE,
    _REF_START,
    _ROLE_NAME,
    _X_AFTER,
    _X_BEFORE,
    ActorSpan,
    Kind,
    _after_preposition,
    _clean_person,
    _drop_overlaps,
    _is_campaign_org,
    _is_department,
    country_cue_counts,
)
from summariser._givennames import gender_of_first_name
from summariser._lexicon.actors import (
    COMPANIES,
    COURTS,
    GOVERNMENTS,
    NON_ACTOR_ACRONYMS,
    REGULATORS,
)
from summariser._text import Document
from summariser._trie import starts_word

log = logging.getLogger(__name__)
# bodies that copy calls "the Commission" or "the ministry", not "the regulator", even though they regulate
_NOT_CALLED_REGULATOR = frozenset(("European Commission", "Ministry of Electronics and Information Technology"))


def _is_national_name(name: str | None) -> bool:
    return name in REGULATORS and name not in _NOT_CALLED_REGULATOR


def _is_national_regulator(span: ActorSpan) -> bool:
    return _is_national_name(span.canonical)


# references the names module may tie to the seed lexicon's "UK government" whatever country the article is about
_GENERIC_GOV = frozenset(("ministers", "the ministers", "the government", "government", "the administration"))


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
        self._org_counts: dict[str, int] | None = None
        self._quotes: list[tuple[int, str, str | None]] | None = None
        # who runs the article's investigation, once an action has said so (set by the caller, sentence by sentence)
        self.case_owner: str | None = None
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
            scores = country_cue_counts(self._doc.text)
            best = max(scores, key=lambda g: scores[g])
            self._government = best if scores[best] > scores["UK government"] else "UK government"
        return self._government

    @property
    def main_regulator(self) -> str | None:
        """The regulator the article names most often: what "the regulator" means in it."""
        return self.most_named(lambda name: name in REGULATORS)

    def most_named(self, accept: Callable[[str], bool]) -> str | None:
        """The lexicon organisation accepted by `accept` that the article names most often (None if none is)."""
        if self._org_counts is None:
            counts: dict[str, int] = {}
            for m in _ORG_RE.finditer(self._doc.text):
                if starts_word(self._doc.text, m.start()):
                    name = _ALIASES[m.group(0)]
                    counts[name] = counts.get(name, 0) + 1
            self._org_counts = counts
        best = [n for n in self._org_counts if accept(n)]
        return max(best, key=lambda n: self._org_counts[n]) if best else None  # type: ignore[index]

    def quote_speaker(self, i: int, snippet: str, *, we: bool = True) -> str | None:
        """Who "we" is inside a quotation: its speaker, or the government when a minister speaks for it."""
        if self._quotes is None:
            from summariser._quotes import extract_quotes  # deferred: quotes import names, names import us

            index = self.index
            try:
                found = extract_quotes(self._doc, index=index)  # type: ignore[arg-type]
            except Exception:  # the quotes module is another's; its failure must not take the actions down
                log.warning("quote extraction failed; quoted 'we' stays unresolved", exc_info=True)
                found = []
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
        regulator = self.most_named(_is_national_name) or self.main_regulator
        if role.endswith("commissioner") and regulator:  # "the commissioner" heads her office
            return regulator
        return speaker

    def is_person(self, name: str | None, span: ActorSpan) -> bool:
        """Whether a span (or the name it resolved to) is a person rather than an organisation or group."""
        if span.kind == "person" or span.ref in ("he", "she"):
            return True
        if span.ref == "role" or span.ref.startswith("role:"):
            index = self.index
            return name is not None and index is not None and index.role_of(name) is not None
        return False

    def sentence_text(self, i: int) -> str:
        """The text of sentence `i` of the article."""
        return self._doc.sentences[i].text

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
        heads = _HEAD_RE.search(text) is not None
        for m in _HEAD_FIRST_ORG.finditer(text) if heads else ():
            name = m.group(0)
            found.append(ActorSpan(m.start(), m.end(), name, name[4:] if name[:4] in ("the ", "The ") else name, "org"))
        for m in _GENERIC_ORG.finditer(text) if heads else ():
            name = m.group(0)
            canonical = name[4:] if name[:4] in ("the ", "The ") else name
            found.append(ActorSpan(m.start(), m.end(), name, canonical, "org"))
        index = self.index
        if index is not None:
            for mention in index.mentions_in(i):
                kind: Kind = "person" if mention.kind == "person" else "org"
                canonical = _clean_person(mention.canonical) if kind == "person" else mention.canonical
                end, name = mention.end, mention.text
                if name.lower() in _GENERIC_GOV:
                    continue  # "ministers", "the government": the article's own government (see `government`)
                if name.endswith(("'s", "’s")):  # keep the possessive outside the span: "Elon Musk's Grok"
                    end, name, canonical = end - 2, name[:-2], canonical.removesuffix("'s").removesuffix("’s")
                found.append(ActorSpan(mention.start, end, name, canonical, kind))
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
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
                continue  # the role word must start a word (the pattern has no leading \b: see _actor_patterns)
            found.append(ActorSpan(m.start("name"), m.end("name"), m.group("name"), m.group("name"), "person"))
        for m in _NAME_RE.finditer(text):
            if gender_of_first_name(m.group("first")) is not None:
                found.append(ActorSpan(m.start(), m.end(), m.group(0), m.group(0), "person"))
        lowered = text.lower()
        for m in _GROUP_RE.finditer(text) if any(h in lowered for h in _GROUP_HINTS) else ():
            # annotators name a group with its modifier: "Labour backbenchers", "opposition lawmakers"
            phrase = m.group(0)
            if m.group("g") == phrase and phrase in _BARE_GROUPS_NOT_ACTORS:
                continue  # plain "MPs", "senators": too vague to be an actor
            found.append(ActorSpan(m.start(), m.end(), phrase, phrase[:1].lower() + phrase[1:], "group"))
        for m in _PLACE_RE.finditer(text):
            if not starts_word(text, m.start()):
                continue
            found.append(ActorSpan(m.start(), m.end(), m.group(0), m.group(0), "place"))
        for m in self._refs(text):
            # the alternatives are exclusive and "country_role" closes after its inner groups: the last group names it
            ref = m.lastgroup or "pronoun"
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
        starts = [m.start() for m in _REF_START.finditer(text)]
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
        if span.ref == "regulator":  # the regulator just named, else the one the article names most
            recent = self._recent(i, span.start, _is_national_regulator, window=2)
            national = self.most_named(_is_national_name)
            return recent or national or self.main_regulator or self._from_index(span, i)
        if span.ref == "dept":
            return self._recent(i, span.start, _is_department, window=12) or self._from_index(span, i)
        if span.ref == "commission":
            main = self.main_regulator
            return main if main and "Commission" in main else self._from_index(span, i)
        if span.ref.startswith("role:"):  # "Canada's privacy commissioner": the named holder, else the office
            place = span.ref[5:]
            holder = self._from_index(span, i)
            role = (self.index.role_of(holder) if holder and self.index is not None else None) or ""
            if holder is not None and (place in role or place in self._doc.text[:400] or not role):
                return holder
            return f"{place}'s {span.text[4:]}"
        if span.ref == "charity":
            return (
                self._from_index(span, i)
                or self._recent(i, span.start, _is_campaign_org, window=8)
                or self.most_named(lambda name: name.endswith(_CAMPAIGN_WORDS))
            )
        if span.ref == "court":
            return self._recent(i, span.start, lambda s: s.canonical in COURTS or "Court" in (s.canonical or ""))
        name = self._from_index(span, i)
        if name is None and span.ref == "role":
            name = self._sole_holder(span.text)
        if name is None and span.ref == "role" and len(span.text.split()) >= 3 and _NAMED_ROLE.search(span.text):
            return span.text[4:]  # "the federal privacy commissioner": the office itself when no holder is named
        return name

    def _sole_holder(self, phrase: str) -> str | None:
        """The one person the article gives exactly this role, wherever it names them: a lead sentence often says
        "the technology secretary" and names Liz Kendall only further down."""
        index = self.index
        people = getattr(index, "people", None)
        if index is None or people is None:
            return None
        role = phrase.split(None, 1)[1].lower() if phrase[:4].lower() == "the " else None
        holders = [p for p in people() if role and (index.role_of(p) or "").lower() == role]
        return holders[0] if len(holders) == 1 else None

    def _from_index(self, span: ActorSpan, i: int) -> str | None:
        index = self.index
        if index is None:
            return None
        phrase = span.text
        if phrase[:4].lower() in ("his ", "her ") or phrase[:6].lower() == "their ":
            phrase = "the " + phrase.split(None, 1)[1]  # "his technology secretary" -> the role itself
        found = index.resolve(phrase, sentence=i)
        if found is None and " for " in phrase:  # "the children's commissioner for England"
            found = index.resolve(phrase.split(" for ", 1)[0], sentence=i)
        return found

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
