"""Turning a found hit into the `Action` readers see: its phrase, target, timing and instrument, or nothing when the
words would mislead (see `_action_text.fit_to_show`).
"""

from __future__ import annotations

from summariser._action_rules import _GROK, _LAW_ALIASES, Hit, law_names
from summariser._action_speakers import SpeakerParts
from summariser._action_text import CONDITION, GOING_LIVE, case_noun_before, clause_end, fit_to_show, trimmed
from summariser._lazy_re import lazy_re
from summariser._model import Action
from summariser._timing import timing_value
from summariser._trie import words

# verbs that weigh something: "would consider … if" stays a plan, it is no threat (unless measures are weighed)
_WEIGHING = frozenset(words("consider examine assess review study look weigh explore decide support back"))


# "will consider every measure the DSA provides", "would consider using its powers to summon …"
_MEASURES = lazy_re(
    r"\s+(?:\S+\s+){0,2}?(?:every|all|further|additional|using|calling|summoning|measures|options|sanctions|penalt\w*"
    r"|fines?|ban|banning|blocking|legal\s+action|enforcement)\b"
)
_MEDIUM = ("on ", "via ", "through ")
_CLOSE_ON_VERB = ("” ", '" ', "’ ")
_OPENING_MARKS = ("“", '"', "‘")
# "the Take It Down Act, which the Federal Trade Commission will enforce.": the relative pronoun is the object
_GAPPED_OBJECT = lazy_re(r"\b(?:which|that)\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+){1,6}$")
_CONDITION_BEFORE = lazy_re(r"\b(?:[Ii]f|[Uu]nless)\s+[^,.;“”\"]{1,40},\s*(?:\S+\s+){0,2}$")
# an aside after the verb ("challenging, in the High Court, the use of …"), not a clause joined by a conjunction
_ASIDE = lazy_re(r"\s*(?:[(–—]|,\s+(?!(?:but|and|or|which|who|saying|although|while|as|because)\b))")

# first words of an "options" phrase that is a clause of its own ("nothing is off the table"), not the actor's verb
_SAID_SUBJECTS = frozenset(("all", "every", "nothing", "everything", "both", "each", "no", "none"))


class ActionParts(SpeakerParts):
    """Builds the Action of a hit; `_action_phrases.PhraseHits` and `SentenceContext` build on it."""

    # -- building the Action --------------------------------------------------------------------------------------

    def to_action(self, hit: Hit) -> Action | None:
        """Fill in the phrase, target, timing and instrument of a hit; None when the result is not fit to show."""
        text = self.text
        head = text[hit.start : hit.verb_end]
        cut = clause_end(text, hit.verb_end)  # one scan serves the phrase and the condition test
        # will “vigorously contest” the findings: the quotation closes on the verb and its object follows the mark
        tail = (
            hit.verb_end + 1
            if text.startswith(_CLOSE_ON_VERB, hit.verb_end) and cut > hit.verb_end + 1
            else hit.verb_end
        )
        # had “geoblocked” the capability: the opening mark goes with the verb it opens on
        lead = hit.start - 1 if tail > hit.verb_end and text[hit.start - 1 : hit.start] in _OPENING_MARKS else hit.start
        phrase = hit.phrase or (text[lead:tail] + trimmed(text[tail:cut]))
        if (
            hit.key == "options"
            and not hit.phrase
            and phrase.split(None, 1)[0].lstrip("\"“‘'").lower() in _SAID_SUBJECTS
        ):
            # the phrase is what the actor said ("all options are on the table"): shown after the actor's name it
            # needs the verb of saying, or it reads as if the actor were the options
            phrase = "said " + (phrase if phrase[:1] in "\"“‘'" else phrase[0].lower() + phrase[1:])
        case_before = hit.key in GOING_LIVE and case_noun_before(text, hit.start)
        aside = _ASIDE.match(text, hit.verb_end) is not None
        if aside and not hit.phrase and phrase == head:  # "adopted, by 512 votes to 74, a resolution": skip the aside
            close = text.find(",", hit.verb_end + 1, hit.verb_end + 80)
            if close > 0:
                phrase = head + trimmed(text[close + 1 : clause_end(text, close + 1)])
        gapped = (
            not hit.phrase
            and phrase == head
            and _GAPPED_OBJECT.search(text, max(0, hit.start - 80), hit.start) is not None
        )
        if not fit_to_show(
            hit.actor,
            phrase,
            None if hit.noun else hit.key,
            head,
            case_before=case_before,
            aside=aside,
            gapped=gapped,
        ):
            return None
        status = hit.status
        if (
            not hit.noun
            and status in ("planned", "announced", "taken")
            and (hit.key not in _WEIGHING or _MEASURES.match(text, hit.verb_end) is not None)
            and (
                CONDITION.match(text, cut) is not None
                or _CONDITION_BEFORE.search(text, max(0, hit.start - 70), hit.start) is not None
            )
        ):  # "drafting a bill to sanction officials if X were banned", "if necessary, we will appeal"; "would review
            # the bill if it passed" stays a plan, "will consider every measure … if" is a threat
            status = "threatened"
        actor = self.finder.cleaned(hit.actor)
        if self.finder.is_quoted_title(actor):
            return None
        phrase_end = hit.start + len(phrase)
        target = hit.target or self._target(hit.verb_end, phrase_end, hit.actor)
        # a threat named by a noun ("Kendall's threat to block X … on Tuesday") was made, not yet to come
        future = hit.status in ("planned", "announced") or (hit.status == "threatened" and not hit.noun)
        when = self._when(hit, phrase_end, future)
        return Action(
            actor=actor,
            action=_balanced(" ".join(phrase.split())),
            target=target,
            status=status,
            when=when,
            instrument=self._instrument(hit.anchor),
            sentence=self.index,
        )

    def _target(self, start: int, end: int, actor: str) -> str | None:
        for span in self.spans:
            if start <= span.start < end and span.kind not in ("place",):
                if self.text.endswith(_MEDIUM, 0, span.start):
                    continue  # "in a letter posted on Twitter": the platform is where, not whom
                name = self._resolve(span)
                if name is not None and name != actor:
                    return name
        return "Grok" if _GROK.search(self.text, start, end) else None

    def _when(self, hit: Hit, phrase_end: int, future: bool) -> str | None:
        """The timing phrase inside the action's words if any, else the nearest one just before it ("Ofcom on
        Monday opened …"); durations ("until the end of 2026") say how long, not when."""
        best: tuple[int, int] | None = None
        for k, t in enumerate(self.timings):
            if t.start > phrase_end + 60 or t.end < hit.start - 45 or t.text.lower().startswith(("until", "since")):
                continue
            gap = t.start - hit.anchor if t.start >= hit.anchor else hit.anchor - t.end
            # inside the action's words first, then just before it, then just after the phrase ("…, on Monday")
            dist = (0 if hit.start <= t.start < phrase_end else 1000 if t.start < phrase_end else 2000) + gap
            if best is None or dist < best[0]:
                best = (dist, k)
        if best is None:
            return None
        t = self.timings[best[1]]
        if (
            future
            and not hit.start <= t.start < phrase_end
            and _SAID_BEFORE.search(self.text, max(0, t.start - 40), t.start)
        ):
            future = False  # "said on Wednesday it would step up …": the day of the saying, which is past
        if future and _STANCE_BEFORE.search(self.text, max(0, t.start - 14), t.start):
            future = False  # "refused on Wednesday to rule out …", "warned on Monday that …": the stance was taken then
        # the phrase's own match, dated now that the article date and the tense are known
        value = timing_value(self._timing_found[best[1]], self.published, future)
        first = value.split(" ", 1)[0]
        if first in _COMMON_OPENERS:  # "Last week, the Commission sent …": a common phrase, not a name
            value = value[:1].lower() + value[1:]
        return value

    def _instrument(self, anchor: int) -> str | None:
        laws = self._laws_
        if laws is None:  # one scan per sentence, however many actions it holds
            laws = self._laws_ = [
                (start, _LAW_ALIASES.get(name) or _without_the(name)) for start, name in law_names(self.text)
            ]
        best: tuple[int, str] | None = None
        for start, canonical in laws:
            dist = abs(start - anchor)
            if best is None or dist < best[0]:
                best = (dist, canonical)
        return best[1] if best else None


# a speech verb right before a timing phrase: the phrase dates the saying
# a timing phrase that opens a sentence keeps its capital only where it is a name ("January", "Christmas")
_COMMON_OPENERS = frozenset(("Last", "This", "Earlier", "Later", "Next", "Early", "Late", "Within", "By", "Over", "In"))
_STANCE_BEFORE = lazy_re(r"(?<!\bbe )\b(?:refused|declined|warned|threatened|vowed|pledged|promised)\s+$")
_SAID_BEFORE = lazy_re(r"\b(?:said|says|announced|confirmed|added|stated|told\s+[\w'’]+(?:\s+[\w'’]+)?)\s+$")


def _without_the(name: str) -> str:
    return name[4:] if name.startswith(("the ", "The ")) else name


def _balanced(phrase: str) -> str:
    """Close a quotation the phrase cut off ('would "use all the tools' -> 'would "use all the tools"')."""
    if phrase.count("“") > phrase.count("”"):
        return phrase + "”"
    if phrase.count('"') % 2:
        return phrase + '"'
    return phrase
