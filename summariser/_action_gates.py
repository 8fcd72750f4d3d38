"""Cheap gates run before a sentence or a verb is analysed: where the verb forms stand, whether a bare verb can
follow a modal cue, and whether a sentence could hold an action at all (`may_hold_action`). Most candidate sentences
fail here and cost a few microseconds instead of a full `SentenceContext`.
"""

from __future__ import annotations

from summariser import _action_patterns as P
from summariser._action_objects import also_fits, pronoun_object_fits, reduced_by
from summariser._action_rules import _NOUN_WORDS, _PENALTY_WORDS, _PUNITIVE
from summariser._lazy_re import LazyRe, lazy_re
from summariser._trie import words
from summariser._verb_objects import _VERB_OBJECT, object_fits

_CUE_TAIL_WORDS = frozenset(
    words("will would shall could may might to considering weighing exploring not now also already we further did")
)
# a plural subject right before a bare verb: the present tense ("Campaigners urge …", "they want …")
_PLURAL_BEFORE = lazy_re(r"(?:\b[A-Za-z]*[A-Za-rt-z]s|\b[Tt]hey)\s+(?:also\s+|now\s+|still\s+)?$")


# the bare sanctions that "can" makes a threat ("the Commission can impose periodic penalty payments")
_CAN_FORMS = frozenset(f for f in _PUNITIVE if f in P.VERB_FORMS)


def _may_follow_cue(lowered: str, start: int) -> bool:
    """Cheap test before `modal_cue`: is the word before a bare verb (adverbs skipped) one that ends a cue?"""
    # the last word that is not an adverb decides: look at the words from the end and stop there
    for token in reversed(lowered[max(0, start - 40) : start].split()):
        word = token.strip("\"“”‘'’,")
        if word and not word.endswith("ly"):
            return word in _CUE_TAIL_WORDS or word.endswith(("'ll", "’ll", "n't", "n’t"))
    return False


def _plural_call(text: str, start: int, cls: str) -> bool:
    """A call verb in the present after a plural subject ("Campaigners urge …", "EU lawmakers want …")."""
    return cls == "call" and _PLURAL_BEFORE.search(text, max(0, start - 30), start) is not None


# words that start a fixed-phrase or noun action (`_action_phrases`): a sentence holding one is always looked at
_PHRASE_CUES = (
    frozenset(words("force effect become table option options rule ruled ruling must should ought whether if"))
    | _PENALTY_WORDS
    | _NOUN_WORDS
    | frozenset(("threats", "orders", "requests"))  # "threats from Keir Starmer" (`_action_noun_hits._from_hits`)
)
_MUST_TO_WORDS = frozenset(("needs", "needed", "has", "had"))


# verbs whose object comes first in the passive: "the order will be laid before MPs", "the ban was lifted on Monday"
_FRONTED = frozenset(
    words("lay lift release refer search serve")
)  # "two men were released on bail", "was referred to …"


def _fronted_object(text: str, start: int, form: str, base: str) -> bool:
    """A passive of a verb whose object rule looks after it: the object stands before the verb instead."""
    return form == "past" and base in _FRONTED and P.PASSIVE_AUX.search(text, max(0, start - 40), start) is not None


# "would not hesitate to take additional measures", "was prepared to go to court": the frame makes any act a threat
_WARNING_FRAME = lazy_re(r"\b(?:hesitate|prepared|ready|willing)\s+to\s+(?:\w+ly\s+)?[“\"‘']?$")
_FRAME_WORDS = frozenset(("hesitate", "prepared", "ready", "willing"))


def warned(text: str, start: int, words: set[str]) -> bool:
    """Does a warning frame ("will not hesitate to", "is prepared to") stand right before the verb at `start`? Its
    object rule is then waived: the frame alone says the move is meant."""
    return not words.isdisjoint(_FRAME_WORDS) and _WARNING_FRAME.search(text, max(0, start - 40), start) is not None


def candidate_verbs(text: str, lowered: str, words: set[str]) -> list[tuple[int, str]]:
    """The verb forms that pass the capital and modal-cue tests, in text order: the list `may_hold_action` looks at
    and `SentenceContext.hits` walks, computed once per sentence for both (`lowered` must be as long as `text`).

    The sentence's word set says which forms occur (a set intersection in C); `str.find` places them: far cheaper
    than scanning every sentence with the 600-form trie."""
    found: list[tuple[int, str]] = []
    size = len(lowered)
    for form in P.VERB_FORM_SET.intersection(words):
        i = lowered.find(form)
        width = len(form)
        shape, cls = P.VERB_FORMS[form][1:]
        while i >= 0:
            j = i + width
            # whole words only, as the trigger's `[\w'’-]` edges: "act" in "actor" or "re-open" is no verb
            # (tested inline: this runs for every occurrence of every verb form in every candidate sentence)
            before = lowered[i - 1] if i else " "
            after = lowered[j] if j < size else " "
            if (
                not (before.isalnum() or before in _JOINERS or after.isalnum() or after in _JOINERS)
                # a capitalised name mid-sentence ("the Online Safety Act")
                and not (text[i].isupper() and i > 2 and text[i - 2] not in ".:")
                # a bare verb needs "will", "to", "could" … right before it: most never have one ("can" only before
                # a sanction: "can fine X", `SentenceContext._modal_hit`)
                and not (
                    shape == "base"
                    and not _may_follow_cue(lowered, i)
                    and not _plural_call(text, i, cls)
                    and not (form in _CAN_FORMS and lowered.endswith(("can ", "can also "), 0, i))
                )
            ):
                found.append((i, form))
            i = lowered.find(form, j)
    found.sort()
    return found


def may_hold_action(text: str, lowered: str, words: set[str], verbs: list[tuple[int, str]] | None = None) -> bool:
    """Could the sentence hold an action at all? The cheap tests of `SentenceContext.hits` (a fixed-phrase or noun cue
    word, or a verb form that passes its capital, modal-cue and object tests) without building the context: most
    candidate sentences fail them and then cost a few microseconds instead of tens. `verbs` is `candidate_verbs`
    when the caller has it."""
    if len(lowered) != len(text) or not _PHRASE_CUES.isdisjoint(words):
        return True
    if "to" in words and not words.isdisjoint(_MUST_TO_WORDS):
        return True
    for start, form in candidate_verbs(text, lowered, words) if verbs is None else verbs:
        base, shape, _ = P.VERB_FORMS[form]
        rule = _VERB_OBJECT.get(base)
        if (
            rule is not None
            and base not in ("expect", "act")  # both have ways in that their object rule does not see
            and object_missing(rule, base, shape, text, start, start + len(form), words)
        ):
            continue
        return True
    return False


def object_missing(rule: LazyRe, base: str, shape: str, text: str, start: int, end: int, words: set[str]) -> bool:
    """Does the verb at `start`…`end` lack the object its rule needs, and every way round that rule (an object the
    verb also takes, a fronted object, an agent after a participle, a warning, a pronoun standing for the object)?"""
    after = text[end:]
    return not (
        object_fits(rule, after)
        or also_fits(base, after)
        or _fronted_object(text, start, shape, base)
        or (shape == "past" and reduced_by(base, text, start, end))
        or warned(text, start, words)
        or (("them" in words or "it" in words) and pronoun_object_fits(rule, text, start, end))
    )


# characters that continue a word besides letters and digits
_JOINERS = "_'’-"
