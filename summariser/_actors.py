"""Who can act in a sentence: organisations, people, governments, groups, and references to resolve ("it", "she",
"the regulator", "the company"), with their canonical names where the article makes them certain.
"""

from __future__ import annotations

from collections.abc import Callable

from summariser._actor_affiliation import affiliation_of
from summariser._actor_apposed import apposed_name
from summariser._actor_article import _is_national_name
from summariser._actor_courts import acting_court, judge_ahead, longer_form, most_named_state, only_court
from summariser._actor_documents import document_issuer
from summariser._actor_interview import answer_sentences
from summariser._actor_patterns import (
    _CAMPAIGN_WORDS,
    _NAMED_ROLE,
    ActorSpan,
    _is_campaign_org,
    _is_department,
)
from summariser._actor_pronouns import PronounActors, _is_state
from summariser._actor_shapes import headed_by, regulator_by_shape
from summariser._lazy_re import lazy_re
from summariser._lexicon.actors import (
    COMPANIES,
    COURTS,
    GOVERNMENTS,
    PARTIES,
    REGULATORS,
)

_PARTY_OF_ADJECTIVE = {
    "Conservative": "Conservatives",
    "Tory": "Conservatives",
    "Labour": "Labour",
    "Liberal Democrat": "Liberal Democrats",
    "Lib Dem": "Liberal Democrats",
    "Green": "Green Party",
    "Democratic": "Democrats",
    "Republican": "Republicans",
    "SNP": "SNP",
    "Reform": "Reform UK",
}
_PARTY_ADJECTIVE = lazy_re(r"\b(" + "|".join(_PARTY_OF_ADJECTIVE) + r")\b(?!['’]s| Unionist| Party)")


# roles that mean a person, never an office to credit: unnamed, "the prime minister" acts for nobody we can name
_HOLDER_ONLY = frozenset(("prime minister", "president", "attorney general"))


_MINISTER = lazy_re(r"\b(?:[Mm]inister|[Ss]ecretary)\b")
# an interview's lead names the interviewee within its first few sentences
_LEAD_SENTENCES = 6
_UNKNOWN = object()  # not looked up yet (None is a looked-up "no organisation")
# how many sentences back "the alliance" looks for the body it stands for
_HEAD_WINDOW = 10


# the head noun of a public body's name ("… Standards Commission", "… Data Protection Authority")
_BODY_HEAD = lazy_re(r"\b(?:Commission|Authority|Agency|Regulator|Council|Board|Office|Commissioner|Ministry)\b")


def _is_prosecutor(span: ActorSpan) -> bool:
    return span.kind in ("org", "gov") and "rosecutor" in (span.canonical or "")


# "The head of the …", "the chairman of …": the body a role belongs to, right before its name
_HEAD_OF = lazy_re(r"\b(?i:head|chair(?:man|woman|person)?|director|chief)\s+of\s+(?:the\s+)?$")


def _is_titled_judge(span: ActorSpan) -> bool:
    """A person the article names with the title "Judge" ("U.S. District Judge Rosalind Achterberg")."""
    return span.kind == "person" and "Judge " in span.text


def _court_name(name: str) -> bool:
    return name in COURTS or "Court" in name or name.endswith("Tribunal") or "Judgeship" in name


def _is_court(span: ActorSpan) -> bool:
    return _court_name(span.canonical or "")


def _is_company(span: ActorSpan) -> bool:
    """The platform or one of its companies ("xAI Holdings", "X Corp"): what "the company" can point back to."""
    name = span.canonical or ""
    return name in COMPANIES or (span.kind == "org" and name.split(" ", 1)[0] in COMPANIES and " " in name)


# between a body's name and a description of it in apposition: ", " or " (AAIP), "
_APPOSED_TO = lazy_re(r"\)?\s*(?:\([^()]{1,20}\))?\s*,\s+(?:the\s+)?")
_KNOWN_AS = lazy_re(r",\s+(?:known|referred\s+to)\s+as\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),")


def _is_public_body(span: ActorSpan) -> bool:
    return span.kind == "org" and (span.canonical in REGULATORS or regulator_by_shape(span))


def _is_party(span: ActorSpan) -> bool:
    name = span.canonical or ""
    return name in PARTIES or name.endswith((" Party", " party"))


def _is_national_regulator(span: ActorSpan) -> bool:
    return _is_national_name(span.canonical)


class ActorFinder(PronounActors):
    """Actor spans per sentence of one article (cached), and resolution of references against the article."""

    # -- resolution -----------------------------------------------------------------------------------------------

    def interview_speaker(self, i: int, *, plural: bool) -> str | None:
        """Who an unquoted "I" (or "we", `plural`) is in sentence `i`: in an interview's answers the interviewee
        named first in the lead (or the organisation the article ties them to); None elsewhere."""
        if self._answers is None:
            self._answers = answer_sentences(self._doc)
        if i not in self._answers:
            return None
        # the interviewee is named in the lead, before the first question ("We spoke to Sabine Kuster, …")
        lead = range(min(min(self._answers), _LEAD_SENTENCES))
        person = next((s.canonical for j in lead for s in self.spans(j) if s.kind == "person"), None)
        if person is None or not plural:
            return person
        body = self._speaks_for(person)
        return body if body != person else None  # "we" of someone tied to no organisation: nobody to credit

    def affiliation(self, person: str) -> str | None:
        """The organisation the article ties `person` to where it first names them ("Ofcom's director of
        enforcement, Suzanne Cater"), or None; remembered per person."""
        known = self._affiliations.get(person, _UNKNOWN)
        if known is _UNKNOWN:
            index = self.index
            known = None
            if index is not None:
                known = affiliation_of(
                    person, index, len(self._doc.sentences), self.spans, self.sentence_text, self.resolve
                )
            self._affiliations[person] = known
        return known if isinstance(known, str) else None

    def resolve(self, span: ActorSpan, i: int) -> str | None:
        """Canonical actor for a span found in sentence `i`, or None when the article does not make it certain."""
        if span.ref.startswith("cbody:") and span.canonical is not None:  # "Sweden's privacy regulator"
            text = self.sentence_text(i)
            for other in self.spans(i):  # "the AAIP, Argentina's data protection authority, which …": the body named
                if (
                    other.kind == "org"
                    and other.end <= span.start
                    and _APPOSED_TO.fullmatch(text, other.end, span.start)
                ):
                    return self.resolve(other, i)
            if span.ref.endswith("court"):
                # "Brazil's top electoral court … The Superior Electoral Court (TSE)": the court named with its words
                owner = span.text.split("'")[0].split("’")[0]
                owner = GOVERNMENTS.get(owner, owner)
                body = self.country_body(owner, span.ref[6:])
                return body if body != owner else span.canonical
            if "'s " in span.canonical or "’s " in span.canonical:
                return span.canonical  # a country the lexicon does not know: "Estonia's data protection authority"
            found = self.country_body(span.canonical, span.ref[6:])
            return self._named_next(found, i) if found == span.canonical else found
        if span.canonical is not None:
            return span.canonical
        if span.kind == "ref":  # "the ministry, known as Komdigi, …": the name the article gives it
            known = _KNOWN_AS.match(self.sentence_text(i), span.end)
            if known is not None:
                return known.group("name")
        if span.ref.startswith("gbody:"):  # "the government's cybercrime agency": that agency if the article names it
            country = self.government_at(i, span.start)
            return self.country_body(country, span.ref[6:]) if country is not None else None
        if span.ref == "gov":  # the subject's government, else the article's (the UK's when it names no country)
            return self.government_at(i, span.start)
        if span.kind == "pronoun":
            return self._resolve_pronoun(span, i)
        if span.ref == "company":  # the platform only in an article that names it: WeWork is "the company" too
            recent = self._recent(i, span.start, _is_company)
            return recent or ("X" if self.most_named(lambda name: name == "X") else None)
        if span.ref == "head" and span.text.endswith("authority"):  # "The authority said …": the Garante
            return self._named_by_head(span, i) or self._regulator(span, i)
        if span.ref == "regulator":  # the regulator just named, else the one the article names most
            return self._regulator(span, i)
        if span.ref.startswith("mdept:"):  # "Wildberger's ministry": the government its minister serves
            holder = self.index.resolve(span.ref[6:], sentence=i) if self.index is not None else None
            return self.ministers_government(holder) if holder is not None else None
        if span.ref == "dept":
            return self._recent(i, span.start, _is_department, window=12) or self._from_index(span, i)
        if span.ref == "commission":
            # a commission named in this sentence or the one before ("The chairman of the FCCPC said the commission
            # had …") before the article's main regulator, which may be another commission's name inside a longer one
            near = self._one_commission(i, span.start)
            if near is not None:
                return near
            main = self.main_regulator
            return main if main and "Commission" in main else self._from_index(span, i) or self._named_by_head(span, i)
        if span.ref.startswith("role:"):  # "Canada's privacy commissioner": the named holder, else the office
            place = span.ref[5:]
            holder = self._from_index(span, i)
            role = (self.index.role_of(holder) if holder and self.index is not None else None) or ""
            if holder is not None and (place in role or place in self._doc.text[:400] or not role):
                return holder
            return f"{place}'s {span.text[4:]}"
        if span.ref == "charity" and span.text.lower().endswith("party"):  # "the party", "her party"
            window = 4 if span.text.lower().startswith("the") else 1  # "her party" is the speaker's: named with her
            party = self._recent(i, span.start, _is_party, window=window)
            return party or self._party_adjective(i, span.start)
        if span.ref == "country":  # "the country's communications regulator" acts for the country just named
            country = self._recent(i, span.start, _is_state, window=2)
            return GOVERNMENTS.get(country, country) if country is not None else None
        if span.ref == "prosecutors":  # "the prosecutors said": the prosecutor's office the article named
            return self._recent(i, span.start, lambda s: "rosecutor" in (s.canonical or ""), window=8)
        if span.ref == "committee":
            if span.text[:2] in ("a ", "A ", "an", "An"):  # "A Senate committee has …": named in what follows
                named = self._ahead(i, span.end, lambda s: "ommittee" in (s.canonical or ""), window=2)
                bare = span.text.split(None, 1)[1]
                return named or (bare if bare[:1].isupper() else None)  # else "House Judiciary subcommittee" itself
            return (
                self._recent(i, span.start, lambda s: "ommittee" in (s.canonical or ""), window=10)
                or self.most_named(lambda name: "Committee" in name)
                or self._from_index(span, i)
            )
        if span.ref == "charity":
            return (
                self._from_index(span, i)
                or self._recent(i, span.start, _is_campaign_org, window=8)
                or self.most_named(lambda name: name.endswith(_CAMPAIGN_WORDS))
                or self._apposed(span, i)  # "NetChoice, a tech industry group, …. The group has sued …"
            )
        if span.ref == "head" and span.text.lower().endswith(" body"):  # "The body said …": the public body just named
            return self._recent(i, span.start, _is_public_body, window=2, subject_only=True)
        if span.ref == "head":  # "the alliance": the one body named just before whose name ends so
            return self._named_by_head(span, i) or self._apposed(span, i)
        if span.ref.startswith("held:"):  # "his organization had asked …": the body the article ties him to
            person = self._resolve_pronoun(span._replace(kind="pronoun", ref=span.ref[5:]), i)
            held = self.affiliation(person) if person is not None else None
            if held is None:  # "The head of the Federal Trade Commission told lawmakers that his agency …"
                text = self.sentence_text(i)
                head = next(
                    (
                        s
                        for s in self.spans(i)
                        if s.end <= span.start and _HEAD_OF.search(text, max(0, s.start - 30), s.start)
                    ),
                    None,
                )
                held = self.resolve(head, i) if head is not None and head.kind == "org" else None
            return held
        if span.ref.startswith("doc:"):  # "The notice … gave X 24 hours": the body that issued it
            return document_issuer(span.ref[4:], i, self.spans, self.sentence_text, self.resolve)
        if span.ref == "police":  # "officers had made 23 arrests": the force the article names most
            force = self.police_force()
            if force is None and span.text.lower().endswith("investigators"):  # "Investigators searched …": the
                return self._recent(i, span.start, _is_prosecutor, window=12)  # prosecutors leading the case
            return force
        if span.ref == "legislature":  # "the Legislature": the legislature of the US state the article names most
            state = most_named_state(self._doc.text)
            return f"{state} Legislature" if state is not None else None
        if span.ref == "acourt":  # "A Berlin court has ordered …. The Berlin Regional Court granted …"
            return self._ahead(i, span.end, _is_court, window=2)
        if span.ref == "judge":  # "A federal judge …": the judge the next sentences name
            texts = [s.text for s in self._doc.sentences]
            return judge_ahead(i, span.end, texts, self.spans)
        if span.ref == "court":
            if span.text.lower().endswith("judge"):  # "The judge allowed claims …": the one titled Judge, if named
                judge = self._recent(i, span.start, _is_titled_judge, window=8)
                if judge is not None:
                    return judge
            texts = [s.text for s in self._doc.sentences]
            court = acting_court(i, span.start, texts, self.spans, _is_court) or self._recent(i, span.start, _is_court)
            court = court or only_court(self._doc.text, self.all_named(_court_name))
            if court is None and span.text.lower().endswith("judge"):  # "The judge also ordered …": the one named
                return self._recent(i, span.start, _is_titled_judge, window=8)
            return longer_form(self._doc.text, court) if court is not None else None
        name = self._from_index(span, i)
        if name is None and span.ref == "role":
            name = self._sole_holder(span.text)
        if (
            name is None
            and span.ref == "role"
            and len(span.text.split()) >= 3
            and _NAMED_ROLE.search(span.text)
            and span.text[4:].lower() not in _HOLDER_ONLY
        ):
            return span.text[4:]  # "the federal privacy commissioner": the office itself when no holder is named
        return name

    def _one_commission(self, i: int, before: int) -> str | None:
        """The one commission named earlier in this sentence, else in it and the two before it; None when none is,
        or two are (then neither is meant for sure)."""
        named: set[str] = set()
        for j in range(i, max(-1, i - 3), -1):
            for cand in self.spans(j):
                if cand.kind == "org" and "Commission" in (cand.canonical or "") and (j < i or cand.end <= before):
                    named.add(cand.canonical or "")
            if j == i and len(named) == 1:
                break  # "The chairman of the FCCPC said the commission …": named right there
        return named.pop() if len(named) == 1 else None

    def _named_next(self, country: str, i: int) -> str:
        """ "South Korea's online content regulator on Thursday ordered …. The Korea Communications Standards
        Commission said …": the body of that country that opens the next sentence, else the country."""
        if i + 1 >= len(self._doc.sentences):
            return country
        text, spans = self.sentence_text(i + 1), self.spans(i + 1)
        first = spans[0] if spans else None
        if first is None or first.kind != "org" or text[: first.start].strip() not in ("", "The"):
            return country
        name, stem = first.canonical or "", country.split()[-1][:4]
        return name if stem in name and _BODY_HEAD.search(name) else country

    def _party_adjective(self, i: int, before: int) -> str | None:
        """ "Conservative justice critic Larry Brock said his party …": the party named by its adjective, this
        sentence or the one before."""
        texts = [self._doc.sentences[i].text[:before]] + ([self._doc.sentences[i - 1].text] if i else [])
        for text in texts:
            found = _PARTY_ADJECTIVE.findall(text)
            if found:
                return _PARTY_OF_ADJECTIVE[found[-1]]
        return None

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

    def _regulator(self, span: ActorSpan, i: int) -> str | None:
        # a regulator that was a subject, before one only mentioned ("work closely with Ofcom")
        recent = self._recent(i, span.start, _is_national_regulator, window=2, subject_only=True)
        recent = recent or self._recent(i, span.start, _is_national_regulator, window=2)
        national = self.most_named_before(_is_national_name, i, span.start)
        named = national or self.most_named_before(lambda name: name in REGULATORS, i, span.start)
        found = recent or named or self._from_index(span, i)
        found = found or self._apposed(span, i)  # "Netsafe, the agency that handles complaints …"
        return found or self._recent(i, span.start, regulator_by_shape, window=2, subject_only=True)

    def ministers_government(self, speaker: str | None) -> str | None:
        """The government a minister or secretary speaks for (the article's), else None."""
        index = self.index
        role = (index.role_of(speaker) if index is not None and speaker is not None else None) or ""
        nation = self.person_government(speaker) if speaker is not None else None
        if nation is not None and (not role or _MINISTER.search(role)) and "shadow" not in role.lower():
            return nation  # "Norway's digital affairs minister, Ingrid Solberg": her department is Norway's
        if not _MINISTER.search(role) or "shadow" in role.lower() or not self.government_cued:
            return None  # not a minister, an opposition one, or a country the lexicon does not know
        return self.government

    def _apposed(self, span: ActorSpan, i: int) -> str | None:
        """The body an appositive just before described with this reference's noun ("Netsafe, the agency …")."""
        head = span.text.rsplit(None, 1)[-1].lower()
        return apposed_name(head, i, span.start, self.spans, self.sentence_text)

    def _named_by_head(self, span: ActorSpan, i: int) -> str | None:
        """ "The Image Consent Alliance … the alliance": the organisation named in this sentence or the `_HEAD_WINDOW`
        before whose name ends with the reference's noun; None when two different ones could be meant."""
        tail = " " + span.text.rsplit(None, 1)[-1].lower()
        found: set[str] = set()
        for j in range(i, max(-1, i - _HEAD_WINDOW - 1), -1):
            for cand in self.spans(j):
                name = cand.canonical
                if (j < i or cand.end <= span.start) and cand.kind == "org" and name and headed_by(name, tail):
                    found.add(name)
        return found.pop() if len(found) == 1 else None

    def _ahead(self, i: int, after: int, accept: Callable[[ActorSpan], bool], *, window: int) -> str | None:
        """The first later lexicon-named actor accepted by `accept`: this sentence after `after`, then `window` more."""
        for j in range(i, min(len(self._doc.sentences), i + window + 1)):
            for cand in self.spans(j):
                if (j > i or cand.start >= after) and cand.canonical is not None and accept(cand):
                    return cand.canonical
        return None
