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

# the pronoun after a surname in its own sentence: "Edson Álvarez said he …" (no full stop or quotation between)
_PRONOUN_AFTER = lazy_re(r"(?![\w'’-])[^.!?“”\"\n]{0,60}?\b(he|she|his|him|her)\b")
_PERSON_WINDOW = 12  # sentences back in which "she" may still find the person the names module chose


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
        genders[name] = found
        return found

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
            name = self._from_index(span, i)
            if name is not None and self._gender_of(name) not in (None, wanted):
                return None  # "she" cannot be Ashwini Vaishnaw: the names module guessed wrong, so nobody is credited
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
        conditional = conditional_subject(self.sentence_text(i), span.start, self.spans(i)) if word == "it" else None
        if conditional is not None:  # "If Ofcom finds that xAI has breached the act, it could fine …": Ofcom
            return self.resolve(conditional, i)
        # "The notice … said X had failed. It warned …": the notice warned; "The KCSC and the PIPC …. It": either
        two = word == "it" and i > 0 and paired_subject(self.spans, self.sentence_text, i, span.start)
        if two or (word == "it" and span.start == 0 and i > 0 and self._thing_subject(i - 1)):
            return None
        return self._recent(
            i,
            span.start,
            lambda s: (s.kind in ("org", "gov", "ref") and s.ref != "role") or _is_state_subject(s),
            subject_only=True,
            first=True,
            chain=word == "it",
            # "put X on notice that it would …", "forced OpenAI to …, and in December it fined …": not the verb's
            # object; but "asked Ofcom to prioritise the investigation, which it opened …" may well be
            objects=self._doc.sentences[i].text[: span.start].rstrip().endswith("which"),
        )

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
                if not objects and j == i and _AFTER_VERB.search(text, max(0, cand.start - 20), cand.start):
                    continue
                if again:
                    # "In 2023 it banned OpenAI's ChatGPT … Last year it blocked …": the same "it" again
                    return self._resolve_pronoun(cand, j)
                name = cand.canonical if cand.canonical is not None and not cand.ref else self.resolve(cand, j)
                if name is not None:
                    return name
        return None
