"""The words of an action: where its phrase ends, and whether the result is fit to show.

A reader quotes these phrases, so a phrase must not stop at an abbreviation ("urged Mr."), a decimal point
("£18.5m") or an opening quotation mark ("pledged to take “decisive action”"), must not end on a dangling word
("denied that he"), and an action whose words are garbage is dropped rather than shown.
"""

from __future__ import annotations

import re

from summariser import _action_patterns as P
from summariser._lazy_re import lazy_re
from summariser._lexicon import PLACES
from summariser._lexicon.actors import GOVERNMENTS, MORE_ORGANISATIONS
from summariser._trie import words

_MAX_WORDS = 14
# a clause cut by a condition ("… to sanction officials if X were banned"): done only if, so a threat
# "would act if X did not": a threat; "would repeal the Act if it came to power" is a manifesto promise, no threat
CONDITION = lazy_re(
    r"\s+(?:if|unless)\s(?!(?:it|they|he|she|we|the\s+party|\w+)\s+(?:came|comes|come|were|was|is|are|gets?|got)\s+"
    r"(?:to\s+power|elected|into\s+(?:government|office|power))|(?:it|they|he|she|we)\s+(?:wins?|won|forms?|formed)\s)",
    re.IGNORECASE,
)
_PHRASE_STOP = lazy_re(P.PHRASE_END.pattern, re.IGNORECASE)
# a full stop after these is part of the word, not the end of the clause ("Mr.", "Nov. 18", "U.S.", "No. 10")
_ABBREVIATIONS = frozenset(
    words(
        "mr mrs ms dr st jr sr prof gen col lt sgt capt cmdr rep reps sen gov govt rev hon no nos vs etc inc corp co "
        "ltd dept jan feb mar apr jun jul aug sep sept oct nov dec approx est fig vol ft mt ave"
    )
)
# the closing mark for an opening one; straight marks close themselves
_CLOSING = {"“": "”", '"': '"', "‘": "’"}
# how far a quoted object may run and still be kept whole inside an action phrase
_MAX_QUOTED = 160
# words a phrase must not end on: the clause was cut before its object
_DANGLING = frozenset(
    words(
        "to that the a an of and or but for with by on in at as its their his her our from into whether than he she "
        "they it we who which whose whom this these those any all some such not no nor if so be been being is are "
        "was were has have had will would could should may might must can also both either more most"
    )
)
# "for weeks" was cut before its object; "within six weeks" is whole
_UNITS = frozenset(words("weeks days months years hours"))
_COUNTS = frozenset(words("a few several two three four five six seven eight nine ten eleven twelve fourteen thirty"))
# shown after a phrase the word limit cut, so a reader sees it goes on
ELLIPSIS = "…"


def _is_abbreviation_dot(text: str, dot: int) -> bool:
    """Is the full stop at `dot` part of an abbreviation, an initial or a number rather than a clause end?"""
    after = text[dot + 1 : dot + 2]
    if not after.strip() and not text[dot + 1 :].strip():
        return False  # the sentence's own full stop ("… to stop using X.")
    if after and not after.isspace() and after not in "”\"’'),;:":
        return True  # "U.S.", "£18.5m", "x.com": no space after the dot
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    token = text[start:dot]
    if not token:
        return False
    if len(token) == 1 and token.isupper():
        return True  # an initial: "J. K. Rowling", the last dot of "U.S."
    if "." in token:
        return True  # "U.S", "e.g"
    return token.lower() in _ABBREVIATIONS and bool(after)


def phrase_after(text: str, end: int) -> str:
    """The words after a verb up to the clause end, at most fourteen, with a leading space (or "")."""
    return trimmed(text[end : clause_end(text, end)])


def clause_end(text: str, end: int) -> int:
    """Where the clause that starts at `end` stops (see `phrase_after`)."""
    pos = end
    size = len(text)
    cut = size
    while pos < size:
        stop = _PHRASE_STOP.search(text, pos)
        if stop is None:
            break
        at = stop.start()
        ch = text[at]
        if ch == "." and _is_abbreviation_dot(text, at):
            pos = at + 1
            continue
        if ch == "," and 0 < at < size - 1 and text[at - 1].isdigit() and text[at + 1].isdigit():
            pos = at + 1  # "10,000"
            continue
        if at == end and ch in '”"’' and not _opens(text, at):
            pos = at + 1  # will “vigorously contest” the findings: the quotation closes on the verb, its object follows
            continue
        if ch in _CLOSING and _opens(text, at):
            close = text.find(_CLOSING[ch], at + 1, at + _MAX_QUOTED)
            if close > 0:  # a quoted object belongs to the action: 'signed "false certifications"'
                pos = close + 1
                continue
        cut = at
        break
    return cut


def _opens(text: str, at: int) -> bool:
    """Is the quotation mark at `at` an opening one (curly opening, or straight after a space or line start)?"""
    ch = text[at]
    if ch in "“‘":
        return True
    return at == 0 or text[at - 1].isspace()


def trimmed(rest: str) -> str:
    """At most fourteen words of `rest`, without a dangling last word or a cut quotation, with a leading space."""
    words_ = rest.split()
    tokens = words_[:_MAX_WORDS]
    while tokens and (_dangles(tokens) or tokens[-2:] == ["in", "order"]):
        tokens = tokens[:-2] if tokens[-2:] == ["in", "order"] else tokens[:-1]
    if tokens and _unbalanced(tokens):
        tokens = _close_quote(tokens)
    if not tokens:
        return ""
    cut = len(words_) > _MAX_WORDS and not tokens[-1].endswith((",", ";", ":"))
    return " " + " ".join(tokens) + (ELLIPSIS if cut else "")


def _dangles(tokens: list[str]) -> bool:
    last = tokens[-1].lower().strip("“”\"‘’'")
    if last in _UNITS:
        # "within six weeks", "within weeks", "in a few days" are whole
        return len(tokens) < 2 or not (
            tokens[-2].isdigit() or tokens[-2].lower() in _COUNTS or tokens[-2].lower() in ("within", "few")
        )
    if last == "may" and tokens[-1].strip("“”\"‘’'")[:1] == "M":
        return False  # "affirmed in May": the month, not the modal
    return last in _DANGLING


def _unbalanced(tokens: list[str]) -> bool:
    joined = " ".join(tokens)
    return joined.count("“") > joined.count("”") or joined.count('"') % 2 == 1


def _close_quote(tokens: list[str]) -> list[str]:
    """A quotation cut by the word limit: end the phrase before its opening mark rather than mid-quote."""
    for k in range(len(tokens) - 1, -1, -1):
        if tokens[k].startswith(("“", '"')):
            kept = tokens[:k]
            while kept and kept[-1].lower() in _DANGLING:
                kept.pop()
            return kept
    return tokens


# -- is the action fit to show? ---------------------------------------------------------------------------------

# verbs that say nothing without an object: "announced Monday", "the lander the company unveiled in May"
_ANNOUNCING = frozenset(words("announce unveil reveal confirm promise pledge vow"))
# verbs that are a product going live when they stand alone: "Stadia launched Tuesday", "is launching with 22 games"
GOING_LIVE = frozenset(words("launch start begin debut"))
# …unless a case stands just before them: "the investigation it launched in December" is an act
_CASE_BEFORE = lazy_re(
    r"\b(?:investigation|inquiry|probe|proceedings|case|campaign|consultation|review|lawsuit|action|challenge)\b",
    re.IGNORECASE,
)
_ADVERBS = lazy_re(r"^(?:\w+ly\s+)+")
_PREPOSITIONS = frozenset(words("with for in on at across to into from as"))
_NEEDS_OBJECT = frozenset(
    words("demand urge call press push ask want seek request consider propose prepare promise pledge vow")
)
# a clause that reports something done or to come ("that it had opened", "that it would", "it was adding")
_NEWS_CLAUSE = lazy_re(
    r"\b(?:will|would|had|has|have|was|were|is|are|plans?|intends?|could|may|might|[a-z]+ed|[a-z]+ing)\b"
)
_NEWS_OUTLETS = frozenset(
    (
        "Reuters",
        "AP",
        "AFP",
        "Associated Press",
        "Bloomberg",
        "BBC",
        "CNN",
        "WIRED",
        "Wired",
        "Politico",
        "Axios",
        "NBC News",
        "CBS News",
        "ABC News",
        "Financial Times",
        "New York Times",
        "Washington Post",
        "Wall Street Journal",
        "Guardian",
        "Telegraph",
    )
)
# verbs that are news without an object: "X has complied", "Ofcom will act", "the committee voted"
_INTRANSITIVE = frozenset(
    words(
        "act comply intervene appeal vote resign withdraw respond follow go meet investigate escalate legislate "
        "consult probe review decide report apply join stop back pause"
    )
)
_LEADING_AUX = lazy_re(
    r"(?:(?:out|up|off|down|back|in)\s+)?(?:is|are|was|were|has|have|had|will|would|’s|'s)\b", re.IGNORECASE
)
_TIMING_ONLY = lazy_re(
    r"(?:(?:on|in|at|by|last|this|next|earlier|later|early|late|over|the|today|yesterday|tomorrow|morning|afternoon"
    r"|evening|night|week|weekend|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January"
    r"|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Aug\.?|Sept?\.?"
    r"|Oct\.?|Nov\.?|Dec\.?|\d{1,4}(?:st|nd|rd|th)?|once|again|too|also|now|first)\s*)*$",
    re.IGNORECASE,
)
# an actor's first word that shows the names module took a sentence opener into a name ("Like Instagram")
_OPENERS = frozenset(
    words(
        "Like Unlike As With For After Before While When If Although Despite Since Until From Recent Joining Including "
        "According Following Meanwhile Besides During Among Amid Under Over Against Through Without Within Beyond Per "
        "Via Asked Speaking Writing"
    )
)
# last words of names that are events, works or laws, never actors ("Vietnam War", "Online Safety Act")
# listed organisations whose name ends like an event's ("Leigh Day", a law firm)
_LISTED = frozenset(MORE_ORGANISATIONS)
_NOT_ACTOR_TAILS = frozenset(
    words(
        "War Wars Games Cup Championship Championships Olympics Festival Awards Act Bill Law Directive Day Series Rules"
    )
)


def verb_object(phrase: str, verb: str) -> str:
    """What follows the verb in a phrase built as "<verb …><object words>" (the verb's own words removed)."""
    return phrase[len(verb) :].strip() if phrase.lower().startswith(verb.lower()) else phrase


def fit_to_show(
    actor: str,
    phrase: str,
    base: str | None,
    verb_text: str,
    *,
    case_before: bool = False,
    aside: bool = False,
    gapped: bool = False,
) -> bool:
    """False for actions a reader must not see: no object where one is needed, garbage words, a non-actor. `aside`
    says an aside follows the verb ("challenging, in the High Court, the use of …"): the object may come after it;
    `gapped` that the object stands before a relative clause ("the Act, which the FTC will enforce.")."""
    first = actor.split(None, 1)[0] if actor else ""
    if not actor or first in _OPENERS or (actor.rsplit(None, 1)[-1] in _NOT_ACTOR_TAILS and actor not in _LISTED):
        return False
    rest = verb_object(phrase, verb_text)
    if _LEADING_AUX.match(rest):
        return False  # "the issues the NYAG is examining is whether …": the verb sat in a relative clause
    if base in _ANNOUNCING and _TIMING_ONLY.fullmatch(rest):
        return False
    clause = " ".join(rest.split()[:7])
    if base in ("confirm", "reveal") and rest.lower().startswith(("that", "to")) and not _NEWS_CLAUSE.search(clause):
        return False  # "confirmed to WIRED that the company notifies people": a standing fact, not news
    if first in _NEWS_OUTLETS or actor in _NEWS_OUTLETS:
        return False  # "an email that was reviewed by Reuters": the press reports, it does not act
    if base in GOING_LIVE and not case_before:
        head = _ADVERBS.sub("", rest).split(None, 1)
        if _TIMING_ONLY.fullmatch(rest) or (head and head[0].lower() in _PREPOSITIONS):
            return False
    if (
        not rest
        and not aside
        and not gapped
        and (base in _NEEDS_OBJECT or (_is_do_verb(base) and base not in _INTRANSITIVE))
    ):
        return False  # "will only demand (more)", "the measures we required": the object is elsewhere or nowhere
    return not _repeats(phrase)


_BASED = lazy_re(r"^[A-Z][\w.]*(?:[- ][A-Z][\w.]*)?-based\s+(?=[A-Z])")
_PLACE_OWNER = lazy_re(r"([A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s (?=[A-Z])")
_PLACE_NAMES = frozenset(PLACES) | frozenset(GOVERNMENTS)
# bodies that news copy and readers name by their country ("Indonesia blocked Grok")
_BY_COUNTRY = {"Komdigi": "Indonesia"}
_TITLE_MARKS = (("“", "”"), ('"', '"'), ("‘", "’"))


def clean_actor(name: str) -> str:
    """ "Sacramento-based McClatchy" -> "McClatchy", "Brazil's National Data Protection Authority" -> "National Data
    Protection Authority": a locating prefix is not part of the name; a ministry known by its country is the country."""
    name = _BASED.sub("", name)
    owner = _PLACE_OWNER.match(name)
    if owner is not None and owner.group(1) in _PLACE_NAMES:
        name = name[owner.end() :]
    return _BY_COUNTRY.get(name, name)


def quoted_title(doc_text: str, name: str) -> bool:
    """Does the article print `name` as a title inside quotation marks ("“Long Train Running”")? Songs, shows and
    slogans are not actors."""
    for opening, closing in _TITLE_MARKS:
        if f"{opening}{name}" in doc_text:
            for tail in ("", ",", "."):
                if f"{opening}{name}{tail}{closing}" in doc_text:
                    return True
    return False


def _is_do_verb(base: str | None) -> bool:
    entry = P.VERB_FORMS.get(base or "")
    return entry is not None and entry[2] == "do"


def case_noun_before(text: str, start: int) -> bool:
    """Does a case noun ("investigation", "proceedings" …) stand in the 80 characters before `start`?"""
    return _CASE_BEFORE.search(text, max(0, start - 80), start) is not None


def _repeats(phrase: str) -> bool:
    """Text glued twice ("… of the to divest from … of the"): a run of four words that occurs twice."""
    tokens = phrase.lower().split()
    seen: set[tuple[str, ...]] = set()
    for k in range(len(tokens) - 3):
        gram = tuple(tokens[k : k + 4])
        if gram in seen:
            return True
        seen.add(gram)
    return False
