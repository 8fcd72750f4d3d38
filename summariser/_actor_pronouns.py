"""Resolve pronouns ("it", "she", "they") to the actor they stand for, looking back through the article.

`PronounActors` sits between `_actor_article.ArticleActors` and `_actors.ActorFinder`, which resolves the other
references; the look-back search (`_recent`) it uses serves both.
"""

from __future__ import annotations

from collections.abc import Callable

from summariser._action_rules import _AFTER_VERB
from summariser._actor_article import ArticleActors, _gender
from summariser._actor_conditions import conditional_subject
from summariser._actor_patterns import (
    _PRONOUN_WINDOW,
    ActorSpan,
    _after_preposition,
)
from summariser._actor_shapes import paired_subject
from summariser._lazy_re import lazy_re

# an object that opens a clause of its own: "showed the company had not …", "asks the company to report on the
# safeguards it has introduced" (no comma before the pronoun: "forced OpenAI to …, and in December it fined" is not)
_CLAUSE_SUBJECT = lazy_re(
    r"\s+(?:had|has|have|was|were|is|are|would|will|could|did|does|should|can|may|might|must|to\s+[a-z]+)\b[^,;:]*$"
)
# the pronoun after a surname in its own sentence: "Edson Álvarez said he …" (no full stop or quotation between)
_PRONOUN_AFTER = lazy_re(r"(?![\w'’-])[^.!?“”\"\n]{0,60}?\b(he|she|his|him|her)\b")
# "…, a teacher from Sacramento, said she": the appositive speaker's own "she" (nobody named said it: no actor)
_SAID_BEFORE = lazy_re(r",\s+(?:said|says|told\s+\w+|added|wrote)(?:\s+that)?\s+$")
# "A spokesperson for the Bundesnetzagentur said it …", "An official at the ministry told reporters that it …"
_VOICE_FOR = lazy_re(
    r"(?:An?|The)\s+(?:\w+\s+)?(?:spokesperson|spokesman|spokeswoman|official|representative)\s+(?:for|at|from)\s+"
)
# "noyb, which filed complaints in 2024, said it would …": "it" is the body the relative clause describes
_WHICH_SAID = lazy_re(
    r",\s+(?:which|who)\s[^,;:“”\"]{3,160},\s+(?:said|says|told\s+\w+|added|warned|announced)(?:\s+that)?\s+$"
)
_SAID_ONLY = lazy_re(r"\s+(?:said|says|told\s+\w+|added)(?:\s+that)?\s+")
_FIRST_PRONOUN = lazy_re(r"\b(he|she|his|him|her|He|She|His|Her)\b")
_PERSON_WINDOW = 12  # sentences back in which "she" may still find the person the names module chose

# the owner before an object: "told | Elon Musk's | xAI"
_OWNER_BEFORE = lazy_re(r"(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+$")


def _may_speak(span: ActorSpan) -> bool:
    """Could the span be the one who "said she …" (a person, a body, a role), not a place or a thing?"""
    return span.kind in ("person", "org", "gov", "pronoun") or span.ref == "role" or span.ref.startswith("role:")


def _is_state(span: ActorSpan) -> bool:
    return span.kind in ("place", "gov") and (span.canonical or "") not in _CITIES


_CITIES = frozenset(("London", "Paris", "Washington", "Brussels", "Dublin", "Canberra", "New Delhi", "Europe", "EU"))


def _is_state_subject(span: ActorSpan) -> bool:
    """A country opening its sentence acts ("Indonesia has used temporary blocks before. In 2022 it blocked …")."""
    return span.kind == "place" and span.start == 0 and _is_state(span)


class PronounActors(ArticleActors):
    """Pronoun resolution and the look-back search for earlier actors of one article."""

    def _gender_of(self, name: str) -> str | None:
        """ "m", "f" or None: from the given name, else from the first "he"/"she" after the person's surname in the
        same sentence ("captain Edson Álvarez said he supported …"); remembered per name."""
        genders = self._genders
        known = genders.get(name, "?")
        if known != "?":
            return known
        found = _gender(name)
        if found is None and name and name[0].isupper() and " " in name:
            text, surname = self._doc.text, name.rsplit(None, 1)[-1]
            at = text.find(surname)
            while at >= 0 and found is None:
                m = _PRONOUN_AFTER.match(text, at + len(surname))
                if m is not None:
                    found = "m" if m.group(1).lower() in ("he", "his", "him") else "f"
                at = text.find(surname, at + len(surname))
        if found is None and name and name[0].isupper():
            found = self._gender_next(name)
        genders[name] = found
        return found

    def _gender_next(self, name: str) -> str | None:
        """ "Michał Wawrykiewicz … told us the order was overdue. "We asked …," he said.": the first he/she of the
        next sentence when that person is the last one named before it (the first sentence naming them only)."""
        sentences = self._doc.sentences
        surname = name.rsplit(None, 1)[-1]
        j = next((k for k, s in enumerate(sentences) if surname in s.text), None)
        if j is None or j + 1 >= len(sentences):
            return None
        m = _FIRST_PRONOUN.search(sentences[j + 1].text)  # the cheap test first
        if m is None:
            return None
        people = self._people_in(j)
        if not people or people[-1][1] != name or any(start < m.start() for start, _ in self._people_in(j + 1)):
            return None
        return "m" if m.group(1).lower() in ("he", "his", "him") else "f"

    def _people_in(self, j: int) -> list[tuple[int, str]]:
        """(start, name) of the people named in sentence `j`: the names index's mentions, else the actor spans."""
        index = self.index
        if index is not None:
            return [(m.start, m.canonical) for m in index.mentions_in(j) if m.kind == "person"]
        return [(s.start, s.canonical or "") for s in self.spans(j) if s.kind == "person"]

    def _office_holder(self, i: int, before: int) -> str | None:
        """ "Australia's eSafety Commissioner has told a committee … that she is considering action": a one-person
        office named earlier in the sentence stands for its holder (the one person the article gives that role)."""
        office = next(
            (
                s
                for s in self.spans(i)
                if s.end <= before and (s.canonical or "").endswith(("Commissioner", "commissioner"))
            ),
            None,
        )
        if office is None:
            return None
        index = self.index
        people = getattr(index, "people", None)
        if index is None or people is None:
            return None
        holders = [p for p in people() if (index.role_of(p) or "").lower().endswith("commissioner")]
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
        if word == "they" and span.start == 0 and i > 0:
            return self._group_opening(i - 1)  # "Campaigners … . They also want …": the group that opened
        if word in ("we", "they"):
            return None  # only the sentence's own speaker can tell (see the sentence context)
        if word in ("he", "she"):
            wanted = "m" if word == "he" else "f"
            text = self._doc.sentences[i].text
            if span.start > 12 and _SAID_BEFORE.search(text, max(0, span.start - 30), span.start):
                named = [s for s in self.spans(i) if s.end <= span.start and _may_speak(s)]
                if not any(not _after_preposition(text, s.start) for s in named):
                    return None  # "One of the plaintiffs, a teacher from Sacramento, said she had …": the unnamed one
            name = self._from_index(span, i)
            if name is not None and self._gender_of(name) not in (None, wanted):
                # "she" cannot be Ashwini Vaishnaw: the names module guessed wrong, so nobody is credited, unless the
                # sentence before ends on a person known to be a woman ("Markéta Gregorová was more cautious. She …")
                last = [s for s in self.spans(i - 1) if s.kind == "person"] if span.start == 0 and i else []
                sure = last[-1].canonical if last and self._gender_of(last[-1].canonical or "") == wanted else None
                return sure if sure is not None and sure != name else None
            if name is not None and not self._named_before(name, i, span.start):
                name = None  # "Then she wrote to her MP, Pat McFadden": a person named only later is not "she"
            if name is not None:
                return name

            def fits(s: ActorSpan) -> bool:
                return s.kind == "person" and self._gender_of(s.canonical or "") in (None, wanted)

            return (
                # "Ken Paxton is taking aim at Elon Musk's company. His office has sent …": in the sentence before, one
                # who acts comes before one who only owns something (only for a pronoun that opens its sentence:
                # "Trump's call when he asked …" is Trump's)
                (self._recent(i, span.start, fits, window=1, possessors=False) if span.start == 0 else None)
                or self._recent(i, span.start, fits, window=6)
                or self._office_holder(i, span.start)
            )
        if word == "it" and span.start < 120:
            voiced = self._voiced_body(i, span.start)
            if voiced is not None:  # "A spokesperson for the Bundesnetzagentur said it had …": the body it speaks for
                return voiced
        if word == "it" and span.start > 20:
            holder = self._office_holder_named(i, span.start)
            if holder is not None:  # "Attorney General J. S.'s office confirmed that it had sent …": the holder
                return holder
            shaped, described = self._described_speaker(i, span.start)
            if shaped:  # "noyb, which filed …, said it would": the described body, or nobody
                return described
        conditional = conditional_subject(self.sentence_text(i), span.start, self.spans(i)) if word == "it" else None
        if conditional is not None:  # "If Ofcom finds that xAI has breached the act, it could fine …": Ofcom
            return self.resolve(conditional, i)
        # "The notice … said X had failed. It warned …": the notice warned; "The KCSC and the PIPC …. It": either
        two = word == "it" and i > 0 and paired_subject(self.spans, self.sentence_text, i, span.start)
        if two or (word == "it" and span.start == 0 and i > 0 and self._thing_subject(i - 1)):
            return None
        which = self._doc.sentences[i].text[: span.start].rstrip().endswith("which")
        return self._recent(
            i,
            span.start,
            # (never "the judge": a person, whom "it" cannot stand for)
            lambda s: (
                (s.kind in ("org", "gov", "ref") and s.ref != "role" and not s.text.endswith("judge"))
                or _is_state_subject(s)
            ),
            subject_only=True,
            first=True,
            chain=word == "it",
            # "put X on notice that it would …", "forced OpenAI to …, and in December it fined …": not the verb's
            # object; but "asked Ofcom to prioritise the investigation, which it opened …" may well be
            objects=which,
            # "examines X's Grok image tool, over which it opened an inquiry": the object's owner is not "it"
            possessors=not which,
        )

    def _office_holder_named(self, i: int, pos: int) -> str | None:
        """The person whose office ("PERSON's office") is the nearest body-like subject before the "it" at `pos` of
        sentence `i` (annotators credit the holder), else None."""
        text = self._doc.sentences[i].text
        if "office" not in text:
            return None
        for cand in reversed([s for s in self.spans(i) if s.end <= pos]):
            if cand.kind in ("org", "gov"):
                return None  # a body named nearer the pronoun
            if cand.kind == "person" and text.startswith(("'s office", "’s office"), cand.end):
                return cand.canonical
        return None

    def _described_speaker(self, i: int, pos: int) -> tuple[bool, str | None]:
        """Does the "it" at `pos` follow "BODY, which …, said (that)", and the body it is then (None when the name
        before the relative clause is no body the finder knows: no guess)?"""
        text = self._doc.sentences[i].text
        if "which" not in text and "who" not in text:
            return False, None
        m = _WHICH_SAID.search(text, max(0, pos - 220), pos)
        if m is None:
            return False, None
        end = len(text[: m.start()].rstrip())
        body = next((s for s in self.spans(i) if s.end == end), None)
        if body is None or body.kind not in ("org", "gov"):
            return True, None
        return True, body.canonical if body.canonical is not None and not body.ref else self.resolve(body, i)

    def _voiced_body(self, i: int, pos: int) -> str | None:
        """The body in "A spokesperson for ORG said (that) it …" when the pronoun at `pos` follows that opening."""
        text = self._doc.sentences[i].text
        m = _VOICE_FOR.match(text, 0, pos)
        if m is None:
            return None
        body = next((s for s in self.spans(i) if s.start in (m.end(), m.end() + 4) and s.end <= pos), None)
        if body is None or body.kind not in ("org", "gov") or not _SAID_ONLY.fullmatch(text, body.end, pos):
            return None
        return body.canonical

    def _named_before(self, name: str, i: int, pos: int) -> bool:
        """Is `name` named in sentence `i` before `pos`, or in one of the `_PERSON_WINDOW` sentences before it?"""
        if any(s.canonical == name and s.start < pos for s in self.spans(i)):
            return True
        index = self.index
        for j in range(max(0, i - _PERSON_WINDOW), i):
            for m in index.mentions_in(j) if index is not None else ():
                if name in (m.canonical, m.text) or m.canonical.endswith(" " + name):
                    return True
        return False

    def _group_opening(self, j: int) -> str | None:
        """The group that opens sentence `j` as its subject ("Online safety campaigners have written …"), else None."""
        spans = self.spans(j)
        text = self._doc.sentences[j].text
        if not spans or spans[0].kind != "group" or text[: spans[0].start].strip() not in ("", "The"):
            return None
        return spans[0].canonical

    def _thing_subject(self, j: int) -> bool:
        """Does sentence `j` open with a noun phrase that is no actor ("The notice, sent to …")?"""
        text = self._doc.sentences[j].text
        if not text.startswith(("The ", "A ", "An ", "This ")):
            return False
        spans = self.spans(j)
        # "The IWF said …": the lexicon's name may start after its article
        return not spans or text[: spans[0].start].strip() not in ("", "The", "A", "An", "This")

    def _recent(
        self,
        i: int,
        before: int,
        accept: Callable[[ActorSpan], bool],
        *,
        subject_only: bool = False,
        window: int = _PRONOUN_WINDOW,
        first: bool = False,
        chain: bool = False,
        objects: bool = True,
        possessors: bool = True,
    ) -> str | None:
        """The nearest earlier actor accepted by `accept`, this sentence first, then up to `window` sentences back
        (`objects=False`: not the object of a verb in this sentence, "put X on notice that it would …")."""
        for j in range(i, max(-1, i - window - 1), -1):
            spans = [s for s in self.spans(j) if j < i or s.end <= before]
            text = self._doc.sentences[j].text
            # in an earlier sentence "it" usually picks up that sentence's subject, its first actor
            for cand in spans if first and j < i else reversed(spans):
                again = chain and j < i and cand.kind == "pronoun" and cand.ref == "it"
                if not again and (cand.kind == "pronoun" or not accept(cand)):
                    continue  # nothing to take whatever its place: the place tests (patterns) are left for the rest
                if subject_only and _after_preposition(text, cand.start):
                    continue
                if not possessors and text.startswith(("'s", "’s"), cand.end):
                    continue  # "Elon Musk's artificial intelligence company": an owner, not the one acting
                if not objects and j == i:
                    # "has told Elon Musk's xAI it intends …": the verb stands before the owner
                    owner = (
                        _OWNER_BEFORE.search(text, max(0, cand.start - 40), cand.start)
                        if text[cand.start - 3 : cand.start - 1] in ("'s", "’s")
                        else None
                    )
                    lead = owner.start() if owner is not None else cand.start
                    if _AFTER_VERB.search(text, max(0, lead - 20), lead) and not _CLAUSE_SUBJECT.match(
                        text, cand.end, before
                    ):
                        continue
                if again:
                    # "In 2023 it banned OpenAI's ChatGPT … Last year it blocked …": the same "it" again
                    return self._resolve_pronoun(cand, j)
                name = cand.canonical if cand.canonical is not None and not cand.ref else self.resolve(cand, j)
                if name is not None:
                    return name
        return None
