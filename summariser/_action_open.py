"""Open-vocabulary fallback for actions: a resolved actor as subject of a verb outside the action lexicon.

Experimental (session 7). Runs only on sentences where the lexicon-driven extractor (`_action_clauses`) found
nothing. A verb counts when it is a past form ("throttled X"), a perfect ("has circulated a draft decision") or a
base form after a modal or plan cue ("will reintroduce", "plans to overhaul", "threatened to expel"), its subject is
an actor the actor finder resolves, and it is no speech, copula, state or reaction verb. Turned off with
`OPEN_ACTIONS = False`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from summariser import _action_patterns as P
from summariser._action_clauses import SentenceContext
from summariser._action_rules import _adjectival, _is_official, quote_ranges
from summariser._actors import ActorFinder
from summariser._lazy_re import lazy_re
from summariser._lexicon.actors import COMPANIES
from summariser._model import Action, ActionStatus
from summariser._text import Document
from summariser._trie import words

__all__ = ["OPEN_ACTIONS", "open_actions"]

# the switch. Off: measured in session 7, the fallback found 9 more gold actions and 14 more extras over the 12 dev
# sets and took main's action precision under its floor (0.960 -> 0.947); see /work/notes/o7-open-actions.md
OPEN_ACTIONS = False
# only sentences with no action found (False: every sentence, verbs inside found phrases skipped)
EMPTY_ONLY = True

_MAX_SENTENCE = 1200
# a past form (regular, or one of the common irregular ones) or a base form after a cue word
_PAST = lazy_re(
    r"\b(?P<v>[a-z]{2,}(?:ed|ied)|took|taken|made|gave|given|sent|put|cut|struck|held|sought|drew|drawn|threw"
    r"|froze|frozen|withdrew|withdrawn|undertook|undertaken|overrode|overridden|wrote|written|brought|began|begun"
    r"|won|paid|sold|spent|forbade|forbidden|upheld|laid|shut)\b"
)
_BASE = lazy_re(
    r"\b(?:will|would|shall|to|[a-z]+['’]ll)\s+(?:(?:also|now|then|soon|formally|not|\w+ly)\s+)?(?P<v>[a-z]{2,})\b"
)
# speech, reporting, copula, state, perception and reaction verbs: what an actor says or is, never what it does
_NOT_ACTS = frozenset(
    words(
        "say said says tell told add added note noted be been being is are was were am have has had having do does did "
        "seem seemed remain remained include included contain contained own owned employ employed know knew known "
        "believe believed think thought feel felt want wanted wish wished hope hoped like liked love loved need needed "
        "state stated explain explained argue argued claim claimed insist insisted describe described suggest "
        "suggested acknowledge acknowledged admit admitted stress stressed emphasise emphasised emphasize emphasized "
        "point pointed reply replied answer answered write wrote written post posted tweet tweeted comment commented "
        "remark remarked declare declared assert asserted maintain maintained reiterate reiterated repeat repeated "
        "clarify clarified concede conceded recall recalled observe observed inform informed mention mentioned "
        "express expressed report reported describe welcome welcomed praise praised hail hailed thank thanked "
        "criticise criticised criticize criticized condemn condemned slam slammed blast blasted attack attacked "
        "accuse accused question questioned dispute disputed deny denied agree agreed disagree disagreed "
        "become became get got seem appear appeared look looked sound sounded see saw seen hear heard find found "
        "show showed shown receive received face faced lose lost come came go went gone continue continued "
        "keep kept stay stayed mean meant refer referred relate related concern concerned base based "
        "call called name named use used try tried fail failed manage managed help helped let allow "
        "appear expect expected plan planned intend intended aim aimed decide decided begin start started "
        "reach reached understand understood learn learned learnt realise realised realize realized recognise "
        "recognised recognized fear feared worry worried warn warned caution cautioned predict predicted estimate "
        "estimated calculate calculated count counted number numbered total totalled totaled represent represented "
        "cover covered serve served operate operated run ran lead led host hosted feature featured "
        "tend tended happen happened occur occurred exist existed live lived die died grow grew rise rose fall fell "
        "act acted respond responded react reacted speak spoke spoken talk talked discuss discussed argue "
        "testify testified confirm confirmed reveal revealed disclose disclosed indicate indicated signal signalled "
        "announce announced publish published issue issued release released unveil unveiled outline outlined "
        "pledge pledged vow vowed promise promised commit committed undertake undertook undertaken agreeing "
        "prepared prepare ready set "
        # communication, judgement and time: what an actor voices, thinks or spends, not what it does to anyone
        "signal signaled signalled flag flagged convey conveyed blame blamed raise raised assume assumed prefer "
        "preferred underestimate underestimated misinterpret misinterpreted spend spent wait waited finish finished "
        "rather laugh laughed"
    )
)
# a "to" cue must be one of these frames; bare "to" after any word is usually a preposition or purpose clause
_TO_CUES = frozenset(("fut", "ann", "thr", "ref", "neg", "act"))
# persons are left out: a person's verbs outside the lexicon are mostly their life story, not a body's act
_SUBJECT_KINDS = frozenset(("org", "gov", "group", "ref", "pronoun"))
_NOT_SUBJECT_REFS = frozenset(("we", "he", "she", "company", "judge", "role"))
# businesses: their acts outside the lexicon are trade (raised $20bn, cut prices, merged), not regulation
_FIRM_TAILS = (" Ltd", " Inc", " Inc.", " plc", " LLC", " Corp", " Corp.", " Group", " Holdings")
_PASSIVE_OR_NEG = lazy_re(
    r"\b(?:was|were|is|are|been|be|being|get|got|gets|not|never|n['’]t|no\s+longer|yet\s+to|failed\s+to|without)"
    r"\s+(?:\w+ly\s+|also\s+|now\s+|then\s+|already\s+)*$",
    re.IGNORECASE,
)


def _status_of(group: str, cue_word: str) -> ActionStatus | None:
    """The status a cue gives a base-form verb; None for speculation ("could", "may", "can") and powers held."""
    if group in ("neg", "ref"):
        return "refused"
    if group == "thr":
        return "threatened" if cue_word.startswith("threat") else None
    if group == "ann":
        return "announced"
    if group == "act":
        return "taken"
    if cue_word in ("will", "would", "shall") or cue_word.endswith(("'ll", "’ll")):
        return "announced"
    return "planned"


# words a base-form slot may hold that are no verbs ("is due to the …", "would also …")
_NOT_VERBS = frozenset(
    words(
        "the its their his her this that these those an any all some more further each every no our your my them it "
        "us him also only even still just ever less than other such both either neither what which who whom whose "
        "one two three date end day week month year time again now then soon not"
    )
)


def _past_candidates(text: str) -> list[tuple[str, ActionStatus, str, int, int]]:
    """(verb, status, class, phrase start, verb end) for past forms outside the lexicon."""
    out: list[tuple[str, ActionStatus, str, int, int]] = []
    for m in _PAST.finditer(text):
        verb = m.group("v")
        if verb in _NOT_ACTS or verb in P.VERB_FORMS:
            continue
        start, end = m.span("v")
        left = text[:start]
        if _PASSIVE_OR_NEG.search(left, max(0, start - 40)) or _adjectival(left) or left.rstrip().endswith(","):
            continue  # "was throttled", "has not ruled", "the throttled site", "X, based in …"
        if not text[end:].strip(" .”\"’'"):
            continue  # "…, the ministry clarified.": nothing done to anything
        out.append((verb, "taken", "do", start, end))
    return out


def _base_candidates(text: str) -> list[tuple[str, ActionStatus, str, int, int]]:
    """(verb, status, class, phrase start, verb end) for base forms after a modal or plan cue."""
    out: list[tuple[str, ActionStatus, str, int, int]] = []
    for m in _BASE.finditer(text):
        verb = m.group("v")
        if verb in _NOT_ACTS or verb in _NOT_VERBS or verb in P.VERB_FORMS:
            continue
        start, end = m.span("v")
        found = P.modal_cue(text, start)
        if found is None:
            continue
        group, cue_start = found
        cue_word = text[cue_start:start].split()[0].lower()
        status = _status_of(group, cue_word)
        if status is None:
            continue
        if not text[end:].lstrip(" “\"‘'")[:1].isalnum():
            continue  # "will not hesitate.", "would rather,": no object, nothing done to anyone
        if group not in ("neg", "ref") and _PASSIVE_OR_NEG.search(text, max(0, start - 40), start):
            continue
        cls = {"refused": "refuse", "threatened": "threaten", "announced": "announce", "planned": "plan"}.get(
            status, "do"
        )
        out.append((verb, status, cls, cue_start, end))
    return out


def open_actions(
    doc: Document,
    finder: ActorFinder,
    published: datetime | None,
    actions: list[Action],
    sentence_words: Sequence[tuple[str, set[str]]],
) -> list[Action]:
    """`actions` with the open-vocabulary actions of sentences that have none added, in article order."""
    done: dict[int, str] = {}
    for a in actions:
        done[a.sentence] = done.get(a.sentence, "") + " " + a.action.lower()
    found: list[Action] = []
    for sent, (lowered, words_) in zip(doc.sentences, sentence_words, strict=True):
        text = sent.text
        if (EMPTY_ONLY and sent.index in done) or len(text) > _MAX_SENTENCE:
            continue
        candidates = _past_candidates(text) + _base_candidates(text)
        if not candidates:
            continue
        ctx = SentenceContext(text, sent.index, finder, published, quote_ranges(doc, sent), words_, lowered, None)
        seen: set[tuple[str, str]] = set()
        told = done.get(sent.index, "")
        for verb, status, cls, start, end in sorted(candidates, key=lambda c: c[3]):
            if verb in told:
                continue  # a found action's phrase holds this verb already
            action = _one(ctx, verb, status, cls, start, end)
            if action is not None and (action.actor, verb) not in seen:
                seen.add((action.actor, verb))
                found.append(action)
    if not found:
        return actions
    return sorted(actions + found, key=lambda a: a.sentence)


def _one(ctx: SentenceContext, verb: str, status: ActionStatus, cls: str, start: int, end: int) -> Action | None:
    """The action of one candidate verb, or None when its subject is no actor the finder resolves."""
    if not ctx._could_have_subject(start):
        return None
    subject = ctx._adjacent_subject(start)
    if subject is None or subject.kind not in _SUBJECT_KINDS or subject.ref in _NOT_SUBJECT_REFS:
        return None
    hit = ctx._active_hit(verb, cls, status, start, start, end)
    if hit is None:
        return None
    if hit.actor in COMPANIES or hit.actor.endswith(_FIRM_TAILS):
        return None
    index = ctx.finder.index
    if index is not None and index.role_of(hit.actor) is not None and not _is_official(hit.actor):
        return None  # "it"/"they" resolved to a person with a role: a person, left out as above
    return ctx.to_action(hit)
