"""What one article says about its actors: the spans in each sentence (cached), its name index, which government
and regulator it means, who "we" is inside its quotations, and small facts about names; `_actors.ActorFinder` builds
on it to resolve references.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from summariser._action_text import clean_actor, quoted_title
from summariser._actor_governments import NEAREST_WINDOW, nation_in, nearest_cue, person_nation, subject_nations
from summariser._actor_interview import opinion_author
from summariser._actor_mentions import OrgMentions
from summariser._actor_named import first_body_named, ministry_of_role, named_country_body, police_force
from summariser._actor_patterns import (
    _ALIASES,
    _GOVERNMENT_ROLE,
    _ORG_RE,
    ActorSpan,
    _after_preposition,
    _drop_overlaps,
    country_cue_counts,
)
from summariser._actor_quoted import saying_body
from summariser._actor_shapes import apposed_spans, defined_bodies, learned_from, learned_spans
from summariser._actor_spans import IndexLike, QuoteLike, find_spans
from summariser._givennames import gender_of_first_name
from summariser._lazy_re import lazy_re
from summariser._lexicon.actors import REGULATORS
from summariser._text import Document
from summariser._trie import starts_word

log = logging.getLogger(__name__)
_X_NAMED = lazy_re(r"(?<![\w'’.-])X(?![\w'’-])")


def _gender(name: str) -> str | None:
    """ "m", "f" or None from the given name ("Liz Kendall" -> "f")."""
    first = name.split(None, 1)[0] if name else ""
    return gender_of_first_name(first) if first else None


# bodies that copy calls "the Commission" or "the ministry", not "the regulator", even though they regulate
_NOT_CALLED_REGULATOR = frozenset(("European Commission", "Ministry of Electronics and Information Technology"))


def _is_national_name(name: str | None) -> bool:
    return name in REGULATORS and name not in _NOT_CALLED_REGULATOR


# an anonymous spokesperson whose organisation only the sentence before names
# a head of government's bare title: their "we" is the government ("club president" or "Commission president" is not)
_HEADS_OF_GOVERNMENT = frozenset(("president", "prime minister", "premier", "chancellor", "taoiseach"))
# a role held in a regulator the role names only by its kind: "the commissioner's head of digital affairs"
_REGULATOR_STAFF = lazy_re(r"(?:the\s+)?(?P<kind>commissioner|regulator|watchdog|authority)['’]s\s")
_BARE_SPOKESPEOPLE = frozenset(("a spokesperson", "a spokesman", "a spokeswoman"))
_BARE_SPOKESPERSON_SAID = lazy_re(r"(?:^|[,”\"]\s+)[Aa]n?\s+spokes(?:person|man|woman)\s+(?:said|added)\b")


def _committee_name(name: str) -> str:
    """ "Commons Women and Equalities Committee" -> "Women and Equalities Committee": a select committee's own name
    has no "Commons" (the Commons is where it sits; "House Judiciary subcommittee" keeps its "House")."""
    if name.startswith(("Commons ", "House of Commons ")) and name.endswith(("Committee", "committee")):
        return name.split("Commons ", 1)[1]
    return name


_UNSET = object()


class ArticleActors:
    """Actor spans per sentence of one article (cached), and what the article makes certain about its actors."""

    def __init__(
        self,
        doc: Document,
        index_factory: Callable[[Document], IndexLike] | None,
        *,
        index: IndexLike | None = None,
        quotes: Sequence[QuoteLike] | None = None,
    ) -> None:
        self._doc = doc
        self._factory = index_factory
        self._index: IndexLike | None = index
        self._index_built = index is not None
        self._cache: dict[int, list[ActorSpan]] = {}
        self._learned: frozenset[str] | None = None
        self._appositives: list[list[ActorSpan] | None] = []  # per sentence (`apposed_spans`), with `_learned`
        self._government: str | None = None
        self._government_known = False
        self._government_cued = False
        self._tied: frozenset[str] = frozenset()  # the countries named equally often when `government` is None
        self._nations: dict[str, str | None] = {}  # person -> the government their role names
        self._orgs = OrgMentions(doc)  # the lexicon organisations it names, counted on first use
        self._titles: dict[str, bool] = {}
        self._clean: dict[str, str] = {}
        self._quotes: list[tuple[int, str, str | None]] | None = None
        self._affiliations: dict[str, object] = {}  # person -> organisation, None, or not yet looked up
        self._answers: frozenset[int] | None = None  # an interview's answer sentences, found on first use
        self._country_bodies: dict[tuple[str, str], str] = {}  # ("Sweden", "privacy regulator") -> its name
        self._genders: dict[str, str | None] = {}  # person -> "m", "f" or None (`PronounActors._gender_of`)
        self._author: object = _UNSET  # an opinion piece's writer, None, or not yet looked up
        # who runs the article's investigation, once an action has said so (set by the caller, sentence by sentence)
        self.case_owner: str | None = None
        # the actors one verb was last credited to together ("France, Spain and Italy have asked …") and the
        # sentence: "The three governments also …" in the next few sentences means them (`_actor_lists`)
        self.listed: tuple[int, tuple[str, ...], bool] | None = None  # (sentence, names, all people)
        # (actor, act stem) of every action so far: a later bare "Ofcom's investigation" names that act again
        self.acted: set[tuple[str, str]] = set()
        # each sentence's lower-cased word set (`_actions._word_set`), when the caller made them: cheaper span gates
        self.sentence_words: Sequence[set[str]] | None = None
        if quotes is not None:
            self._quotes = [(q.sentence, " ".join(q.text.split()), q.speaker) for q in quotes]

    @property
    def index(self) -> IndexLike | None:
        """The article's name index, built on first use (None when the names module is unavailable)."""
        if not self._index_built:
            self._index_built = True
            self._index = self._factory(self._doc) if self._factory else None
        return self._index

    @property
    def government(self) -> str | None:
        """Which government "the government" means in this article: the country the article mentions most, its lead
        counted twice (the UK's when it names none; None when two countries are named equally often: a coin toss)."""
        if not self._government_known:
            self._government_known = True
            scores = country_cue_counts(self._doc.text)
            if self._doc.sentences and sum(1 for n in scores.values() if n) > 1:
                # with two countries or more, the lead's count twice: the story's own is named first
                for gov, n in country_cue_counts(self._doc.sentences[0].text).items():
                    scores[gov] += n
            top = max(scores.values())
            best = [g for g, n in scores.items() if n == top]
            self._government = "UK government" if top == 0 else best[0] if len(best) == 1 else None
            self._government_cued = top > 0
            self._tied = frozenset(best) if len(best) > 1 and top > 0 else frozenset()
        return self._government

    def government_at(self, i: int, pos: int) -> str | None:
        """What "the government" at offset `pos` of sentence `i` means: the government the sentence's subject serves
        when their role names a country ("Solberg added that the government …"), else the article's, a tie between
        two countries broken by the one mentioned last in the paragraph (None when that is no help either)."""
        text = self._doc.sentences[i].text
        nations = subject_nations(self.spans(i), text, pos, lambda s: self._nation_of(s, i))
        if nations:
            return nations.pop() if len(nations) == 1 else None
        general = self.government
        if general is not None or not self._tied:
            return general
        sentences = self._doc.sentences
        paragraph = sentences[i].paragraph
        texts = [
            sentences[j].text for j in range(max(0, i - NEAREST_WINDOW), i + 1) if sentences[j].paragraph == paragraph
        ]
        return nearest_cue(texts, pos, self._tied.__contains__)

    def person_government(self, person: str) -> str | None:
        """The government `person` serves when their role or first naming names its country (remembered)."""
        if person not in self._nations:
            index = self.index
            self._nations[person] = (
                None if index is None else person_nation(person, index, len(self._doc.sentences), self.sentence_text)
            )
        return self._nations[person]

    def _nation_of(self, span: ActorSpan, i: int) -> str | None:
        if span.kind == "pronoun" and span.ref not in ("he", "she"):
            return None
        name = span.canonical if span.kind == "person" else self.resolve(span, i) if span.kind == "pronoun" else None
        return self.person_government(name) if name is not None else None

    def resolve(self, span: ActorSpan, i: int) -> str | None:
        """Canonical actor for a span (see `_actors.ActorFinder`, which resolves references); here its own name."""
        return span.canonical

    @property
    def government_cued(self) -> bool:
        """Does the article name its government's country at all (else "the government" is a default guess)?"""
        return bool(self.government) and self._government_cued

    @property
    def opinion_author(self) -> str | None:
        """The writer of an opinion piece (`_actor_interview.opinion_author`), found on first use."""
        if self._author is _UNSET:
            self._author = opinion_author(self._doc)
        return self._author if isinstance(self._author, str) else None

    @property
    def main_regulator(self) -> str | None:
        """The regulator the article names most often: what "the regulator" means in it."""
        return self.most_named(lambda name: name in REGULATORS)

    def all_named(self, accept: Callable[[str], bool]) -> list[str]:
        """Every lexicon organisation accepted by `accept` that the article names."""
        return [n for n in self._orgs.counts() if accept(n)]

    def most_named(self, accept: Callable[[str], bool]) -> str | None:
        """The lexicon organisation accepted by `accept` that the article names most often (None if none is)."""
        return self._orgs.most_named(accept)

    def most_named_before(self, accept: Callable[[str], bool], i: int, start: int) -> str | None:
        """Like `most_named`, counting only mentions ending before offset `start` of sentence `i`: what a description
        ("the regulator") can point back to, never a body the article names only later."""
        return self._orgs.most_named_before(accept, i, start)

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
                if speaker is None and we and _BARE_SPOKESPERSON_SAID.search(self._doc.sentences[sentence].text):
                    return self._body_just_named(sentence)  # the quotes module leaves a bare spokesperson unnamed
                if speaker is None:  # '"We will …," the regulator said': the body the reference names
                    text_i = self._doc.sentences[sentence].text
                    return saying_body(text_i, sentence, self.spans(sentence), self.resolve) if we else None
                if we and speaker in _BARE_SPOKESPEOPLE:  # "… what went wrong," a spokesperson said.
                    return self._body_just_named(sentence)
                if we:
                    return self._speaks_for(speaker)
                # "I" is a person: "a partner at a large US firm" is nobody to credit
                return None if speaker.startswith(("a ", "an ")) else speaker
        return None

    def _body_just_named(self, i: int) -> str | None:
        """The organisation a bare "a spokesperson" of sentence `i` speaks for: the one the sentence before, in the
        same paragraph, has as its subject ("Britain's Ofcom, which opened …, said it welcomed the change.")."""
        sentences = self._doc.sentences
        if i == 0 or sentences[i - 1].paragraph != sentences[i].paragraph:
            return None
        text = sentences[i - 1].text
        for span in self.spans(i - 1):
            if span.kind in ("org", "gov") and span.canonical is not None:
                if _after_preposition(text, span.start) or text.startswith(("'s", "’s"), span.end):
                    continue  # "the letter to Ofcom", "Ofcom's chief executive"
                return span.canonical
        return None

    def _speaks_for(self, speaker: str) -> str | None:
        """The organisation a quoted "we" stands for: a minister's government, an official's regulator."""
        if speaker.startswith(("a ", "an ")):
            org = self._anonymous_body(speaker)  # "a senior Commission official": the Commission speaks
            if org is not None:
                return org
        role = (self.index.role_of(speaker) if self.index is not None else None) or ""
        for m in _ORG_RE.finditer(role):
            if starts_word(role, m.start()):
                return _ALIASES[m.group(0)]
        if "shadow" in role:
            return None  # a shadow minister's "we" is the opposition party's, never the government's
        body = self.affiliation(speaker)
        if body is not None:  # "Ofcom's director of enforcement, Suzanne Cater": her "we" is Ofcom
            return body
        if "committee" in role.lower():  # the chair's "we" is the committee's
            committee = self.most_named(lambda name: "ommittee" in name)
            if committee is not None:
                return committee
        ministry = ministry_of_role(self._doc.sentences, self.spans, role) if "inister" in role else None
        home = (nation_in(ministry) or _owner(ministry)) if ministry is not None else None
        if home is not None:  # "Communication and Digital Affairs Minister Meutya Hafid": Indonesia's ministry
            return home
        nation = self.person_government(speaker)  # "Norway's digital affairs minister, Ingrid Solberg": Norway's "we"
        if nation is not None and (not role or _GOVERNMENT_ROLE.search(role)):
            return nation
        if _GOVERNMENT_ROLE.search(role) or role.lower() in _HEADS_OF_GOVERNMENT:
            return self.government  # "President Claudia Sheinbaum": her "we" is her government's
        regulator = self.most_named(_is_national_name) or self.main_regulator
        staff = _REGULATOR_STAFF.match(role)
        if staff is not None:  # "the commissioner's head of digital affairs": the "we" of the body of that kind
            kind = staff.group("kind")
            body = first_body_named(self._doc.sentences, self.spans, kind) or regulator
            if body is not None:
                return body
        if role.endswith("vice-president") and "Commission" in (self.main_regulator or ""):
            return self.main_regulator  # an executive vice-president speaks for the (European) Commission
        if role.endswith(("commissioner", "vice-president")) and regulator:  # "the commissioner" heads her office
            return regulator
        return speaker

    def police_force(self) -> str | None:
        """The police force the article names most often (a tie: the first named), or None."""
        return police_force(self._doc.sentences, self.spans)

    def country_body(self, country: str, body: str) -> str:
        """The body "Sweden's privacy regulator" is: the one the article names with the description's own words in
        its name ("Swedish Authority for Privacy Protection") and no other country's, else the country itself."""
        key = (country, body)
        known = self._country_bodies.get(key)
        if known is None:
            known = self._country_bodies[key] = (
                named_country_body(self._doc.sentences, self.spans, country, body, self.government) or country
            )
        return known

    def affiliation(self, person: str) -> str | None:
        """The organisation the article says `person` works for (see `_actors.ActorFinder`); None here."""
        return None

    def _anonymous_body(self, speaker: str) -> str | None:
        """The body an anonymous source belongs to, when the description names it ("a senior Commission official",
        "an Ofcom spokesperson", "a government source"); None otherwise ("a former employee")."""
        for m in _ORG_RE.finditer(speaker):
            if starts_word(speaker, m.start()):
                return _ALIASES[m.group(0)]
        words = speaker.split()
        if "Commission" in words:
            main = self.main_regulator
            return main if main and "Commission" in main else None
        if "government" in words:
            return self.government
        return None

    def cleaned(self, name: str) -> str:
        """`_action_text.clean_actor`, remembered per name (actors repeat through an article)."""
        known = self._clean.get(name)
        if known is None:
            known = self._clean[name] = _committee_name(clean_actor(name))
            if known == "X" and "Twitter" in self._doc.text and _X_NAMED.search(self._doc.text) is None:
                known = self._clean[name] = "Twitter"  # a story from before the rename never calls it X
        return known

    def is_quoted_title(self, name: str) -> bool:
        """Is `name` printed as a title in quotation marks somewhere in the article (a song, a show)?"""
        known = self._titles.get(name)
        if known is None:
            known = self._titles[name] = quoted_title(self._doc.text, name)
        return known

    def gender_fits(self, name: str, pronoun: str) -> bool:
        """Can "he"/"she" stand for `name`? True unless the given name says otherwise."""
        gender = _gender(name)
        return gender is None or gender == ("m" if pronoun == "he" else "f")

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
            text = self._doc.sentences[i].text
            if self._learned is None:  # bodies the article introduces by shape, once per article
                self._appositives = apposed_spans(s.text for s in self._doc.sentences)
                # bodies defined with a wider description (`defined_bodies`): one joined scan of the comma sentences
                self._learned = learned_from(self._appositives) | defined_bodies(s.text for s in self._doc.sentences)
            # the appositive scan of this sentence was made for `_learned` (sentences with a comma): not again
            words = self.sentence_words[i] if self.sentence_words is not None else None
            cached = find_spans(text, i, self.index, self._appositives[i], words)
            if self._learned:
                extra = learned_spans(text, self._learned)
                if extra:
                    cached = _drop_overlaps(cached + extra)
            self._cache[i] = cached
        return cached


def _owner(name: str) -> str | None:
    """ "Thailand's Ministry of Digital Economy": the country that owns a body a lexicon does not place, else None."""
    owner, sep, _ = name.replace("’", "'").partition("'s ")
    return owner if sep and owner[:1].isupper() and len(owner.split()) <= 2 else None
