"""Modal cues before a base-form verb ("will", "plans to", "would not", "threatened to"): the table and its lookup.

Split from `_action_patterns`, which re-exports `modal_cue` for the clause modules that call it as `P.modal_cue`.
"""

from __future__ import annotations

from summariser._lazy_re import lazy_re
from summariser._trie import words


# Left context cues before a base-form verb ("… plans to | ban"): word sequences -> group.
# Looked up on the last few words (a backwards regex search over a 60-character window costs ~100x more).
def _cue_table() -> dict[tuple[str, ...], str]:
    table: dict[tuple[str, ...], str] = {}
    be = ("is", "are", "was", "were")
    for word in ("will", "would", "shall", "'ll", "’ll"):
        table[(word,)] = "fut"
    for neg in ("will not", "would not", "won't", "won’t", "wouldn't", "wouldn’t", "shall not"):
        table[tuple(neg.split())] = "neg"
    for verb in ("set", "expected", "due", "going", "poised", "preparing", "planning", "likely", "about", "ready"):
        for aux in be:
            table[(aux, verb, "to")] = "fut"
    for aux in be:
        table[(aux, "to")] = "fut"
        table[(aux, "prepared", "to")] = "fut"
        table[(aux, "willing", "to")] = "fut"
        for verb in ("considering", "weighing", "exploring"):
            table[(aux, verb)] = "fut"
            table[(aux, verb, "whether", "to")] = "fut"
        table[(aux, "threatening", "to")] = "thr"
    for verb in (
        "plan",
        "plans",
        "planned",
        "intend",
        "intends",
        "intended",
        "aim",
        "aims",
        "aimed",
        "hope",
        "hopes",
        "hoped",
        "propose",
        "proposes",
        "proposed",
        "want",
        "wants",
        "expect",
        "expects",
        "expected",
    ):
        table[(verb, "to")] = "fut"
    for verb in ("pledged", "vowed", "promised", "committed", "undertaken", "agreed", "offered"):
        table[(verb, "to")] = "ann"
        table[("has", verb, "to")] = "ann"
        table[("have", verb, "to")] = "ann"
    for verb in ("moved", "decided", "voted", "begun", "started", "began", "opted", "chosen", "chose", "sought"):
        table[(verb, "to")] = "act"
        table[("has", verb, "to")] = "act"
        table[("have", verb, "to")] = "act"
    for word in ("could", "may", "might"):
        table[(word,)] = "thr"
    # "the Commission can impose periodic penalty payments": a sanction the body holds over X (a non-punitive
    # verb after "can" is a power, no move: see `SentenceContext._modal_hit`)
    table[("can",)] = "thr"
    table[("did",)] = "act"  # "She did dismiss two of the claims": an emphatic past
    for aux in ("is", "are", "was", "were"):
        table[(aux, "working", "to")] = "fut"
    for verb in ("prepare", "prepares", "prepared"):  # "as campaigners prepare to deliver a petition"
        table[(verb, "to")] = "fut"
    for power in ("power", "powers"):  # "we have the power to impose serious penalties"
        table[("the", power, "to")] = "thr"
    for lead in ("has", "have", "had"):
        table[(lead, "no", "plans", "to")] = "ref"
    table[("no", "plans", "to")] = "ref"
    for lead in ("will", "would", "won't", "won’t", "wouldn't", "wouldn’t"):
        table[(lead, "not", "hesitate", "to")] = "thr"
        table[(lead, "hesitate", "to")] = "thr"
    for verb in ("threatened", "threatening"):
        table[(verb, "to")] = "thr"
        table[("has", verb, "to")] = "thr"
        table[("have", verb, "to")] = "thr"
    for verb in ("refused", "declined", "refusing", "declining"):
        table[(verb, "to")] = "ref"
        table[("has", verb, "to")] = "ref"
        table[("have", verb, "to")] = "ref"
    return table


MODAL_CUES = _cue_table()
_CUE_LONGEST = max(len(k) for k in MODAL_CUES)
_CUE_ADVERBS = frozenset(
    words("also now then soon formally urgently quickly immediately still further likely swiftly finally")
)
_TAIL_WORD = lazy_re(r"[\w'’]+")


def modal_cue(text: str, end: int) -> tuple[str, int] | None:
    """The cue ending just before `end` ("plans to", "would not", "threatened to") as (group, start offset)."""
    start = max(0, end - 60)
    # the words as strings (no match objects: this runs for most bare and past verbs); only the last few are looked at
    # (lower-casing may split a non-ASCII word, "İ": then each word is lowered as found in `text`)
    window = text[start:end]
    ascii_ = window.isascii()
    words = _TAIL_WORD.findall(window.lower()) if ascii_ else [w.lower() for w in _TAIL_WORD.findall(window)]
    while words and (words[-1] in _CUE_ADVERBS or words[-1].endswith("ly")):
        words.pop()
    for size in range(min(_CUE_LONGEST, len(words)), 0, -1):
        key = tuple(words[-size:])
        group = MODAL_CUES.get(key)
        if group is None and size == 1 and key[0].endswith(("'ll", "’ll")):
            group = "fut"
        if group is not None:
            # where the cue's first word starts: the same word counted from the end of the window
            found = [m.start() for m in _TAIL_WORD.finditer(text, start, end)]
            return group, found[len(words) - size]
    return None
