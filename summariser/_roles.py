"""Titles and roles around a name: "Technology Secretary Liz Kendall", "Keir Starmer, the prime minister,"."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from summariser._lazy_re import lazy_re
from summariser._lexicon import PLACES
from summariser._namelex import ORG_CANON, ROLE_HEADS
from summariser._text import alternation, lazy_pattern, word_set

# a prefix trie: only ever tested for whether it matches (search, fullmatch), so branch order does not matter
_ROLE_ALT = alternation(ROLE_HEADS)
_MOD_CAP = r"[A-Z][\w’'&.-]*"
_ROLE_MODS = (
    r"(?:shadow|deputy|former|junior|acting|senior|interim|then|digital|online|science|home|culture|foreign|security|"
    r"technology|health|justice|education|trade|energy|defence|transport|housing|policing|safeguarding|finance)"
)
_ROLE_PHRASE = (
    rf"(?:(?:{_MOD_CAP}\s+){{0,2}})?(?i:(?:{_ROLE_MODS}\s+)*(?:{_ROLE_ALT}))"
    rf"(?:\s+(?:of|for|to)\s+(?:the\s+)?{_MOD_CAP}(?:\s+(?:and\s+)?{_MOD_CAP}){{0,3}}"
    rf"(?:\s+(?:for|of)\s+(?:the\s+)?{_MOD_CAP}(?:\s+(?:and\s+)?{_MOD_CAP}){{0,3}})?)?"
)
ROLE_FULL = lazy_pattern(_ROLE_PHRASE)
ROLE_WORDS = frozenset(w.lower() for r in ROLE_HEADS for w in r.split())
_ROLE_LAST = frozenset(r.split()[-1].lower() for r in ROLE_HEADS) | {"state"}
# (a list inside the role is kept whole: "the chair of the science, innovation and technology committee"; a relative
# clause is no role: "Linda Yaccarino, who left as X's chief executive", nor is a verb's: "Audrey Nicoll, pressed the
# assistant chief constable", nor a preposition's: "Iceberg Passages, after the novelist Jo Walton")
_POST_APPOS = lazy_re(
    rf"\s*,\s+(?!(?:and|or|but|who|which|whose|whom|after|before|like|unlike|despite|while|when|because|since|until)\b)(?![a-z]+ed\s+(?:the|a|an|his|her|its|their|to|on|that)\b)(?:(?P<det>(?i:the|a|an|its|his|her)|{_MOD_CAP}['’]s)\s+)?"
    r"(?P<phrase>[^,.;:()\"“”]{2,80}?"
    r"(?:(?:,\s+[\w’'-]+(?:\s+[\w’'-]+)?)+,?\s+(?:and|&)\s+[^,.;:()\"“”]{1,60}?)?)"
    r"\s*(?=,|\.|;|:|\)|$|\s+(?:said|says|told|added|wrote|who|has|had|is|was)\b)"
)
_ROLE_IN = lazy_pattern(rf"\b(?i:{_ROLE_ALT})\b")
# the same test for an ASCII phrase, on its lower case and case-sensitive: a case-insensitive trie is tried at every
# position with every branch folded, three times the cost (with ASCII heads and text, ignoring case is comparing
# lower cases; `\b` is the same in either case)
_HEADS_ASCII = all(head.isascii() for head in ROLE_HEADS)


@cache
def _role_in_lower() -> re.Pattern[str]:
    # built on first use: the trie costs milliseconds, which import cannot afford
    return re.compile(rf"\b{alternation(sorted({head.lower() for head in ROLE_HEADS}))}\b")


def names_role(phrase: str) -> bool:
    """Does the phrase hold a title word ("secretary", "chief executive", "the UN special rapporteur on …") anywhere,
    in any case?"""
    if _HEADS_ASCII and phrase.isascii():
        return _role_in_lower().search(phrase.lower()) is not None
    return _ROLE_IN().search(phrase) is not None


@lru_cache(maxsize=4096)
def is_role_phrase(phrase: str) -> bool:
    """True when the whole of a short phrase is a title ("Technology Secretary", "chief executive of Ofcom").

    Memoised: a pure test of a few words against a large alternation, asked again for every name the title precedes.
    """
    return ROLE_FULL().fullmatch(phrase) is not None


_ABBREVIATED = {"sen.": "senator", "rep.": "representative", "gov.": "governor", "prof.": "professor"}


@lru_cache(maxsize=4096)  # pure, and asked again for each title the article repeats
def role_text(phrase: str) -> str:
    """The role as the article words it, title words lower-cased ("Prime Minister" -> "prime minister")."""
    # keep proper nouns ("Ofcom chief executive"), lower-case the title words ("Prime Minister" -> "prime minister")
    words = [_ABBREVIATED.get(w.lower(), w) for w in phrase.split()]
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if words and words[0] == "S.":
        words[0] = "U.S."  # the tail of "U.S.", cut where the name scan split the initials
    out: list[str] = []
    kept = False  # a capitalised word after a kept one continues a name: "Plaid Cymru", "Women's Aid"
    for w in words:
        kept = (
            w in ORG_CANON
            or w in PLACES
            or w.isupper()
            or w.endswith(("'s", "’s"))
            or _proper(w)
            or (kept and w[:1].isupper() and w.lower() not in ROLE_WORDS)
        )
        out.append(w if kept else w.lower())
    return " ".join(out)


# party and nationality words keep their capital in a role: "Greens senator", "German MEP", "Conservative MP"
_PARTY_WORDS = word_set(
    "Labour Conservative Tory Green Greens Liberal Democrat Democratic Republican Reform SNP Plaid Coalition Teal Lib "
    "Dem Dems Unionist DUP Alliance Independent "
    "French Dutch Greek Swiss Thai Welsh"
)


_AN_NOUNS = word_set(
    "veteran guardian librarian historian politician technician physician comedian musician civilian pedestrian "
    "partisan artisan publican veterinarian statistician mathematician electrician academician"
)


def _proper(word: str) -> bool:
    if word in _PARTY_WORDS:
        return True
    low = word.lower()
    if low in _AN_NOUNS:
        return False
    return (
        word[:1].isupper()
        and low not in ROLE_WORDS
        and (low.endswith(("an", "ish", "ese")) or (low.endswith("i") and len(low) > 4))
    )


def role_around(text: str, start: int, end: int) -> str | None:
    """A role given just before the name at [start, end) or in an apposition just after it."""
    role = _role_before(text[max(0, start - 90) : start])
    if role:
        return role
    if not text.startswith(",", end):
        return None
    # the apposition is a role only when its phrase holds a title word: without one where the phrase can lie the
    # apposition pattern, costly to fail over a long clause, need not run
    if not names_role(text[end : _apposition_reach(text, end)]):
        return None
    post = _POST_APPOS.match(text, end)
    if post and names_role(post.group("phrase")):
        det = post.group("det") or ""
        phrase = post.group("phrase").strip()
        return f"{det} {phrase}" if det[:1].isupper() and det.lower() not in ("the", "a", "an") else phrase
    return None


# what `_POST_APPOS` can hold: no ; : ( ) or quotation mark anywhere, and a full stop only in its determiner (the
# first word after the comma: "Keir Starmer, U.K.'s prime minister,")
_APPOSITION_STOP = lazy_re(r"[;:()\"“”]")
_FIRST_WORD_END = lazy_re(r",\s*\S*")


def _apposition_reach(text: str, comma: int) -> int:
    """Where an apposition opening with the comma at `comma` must end by (its phrase, ending before a non-word
    character, lies before this): the rest of the sentence up to ; : ( ) a quotation mark or a full stop after the
    first word."""
    stop = _APPOSITION_STOP.search(text, comma)
    reach = stop.start() if stop is not None else len(text)
    word = _FIRST_WORD_END.match(text, comma)
    dot = text.find(".", word.end() if word is not None else comma, reach)
    return reach if dot < 0 else dot


_OWNER = lazy_re(r"[A-Z][\w-]*['’]s")
# a title word, then "of" and a capitalised owner or portfolio of one to four words, closing the text
_OWNED_TITLE_LAST = lazy_re(
    r"(?<![A-Za-z-])[A-Za-z-]+\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w-]*){0,3}$"
)
_PREPOSITIONS = frozenset(("for", "of", "to", "against", "with", "by", "from", "on", "behalf"))
_VERB_LIKE = lazy_re(r"(?:[a-z]ed|[a-z]ing|^enough)$")


def _role_before(before: str) -> str | None:
    """'Technology Secretary ', 'the prime minister, ' -> the role; a set lookup first keeps this cheap."""
    stripped = before.rstrip()
    appos = stripped.endswith(",")
    if appos:
        stripped = stripped[:-1].rstrip()
    last = stripped[stripped.rfind(" ") + 1 :].lower()
    if last not in _ROLE_LAST and not (appos and _OWNED_TITLE_LAST.search(stripped)):
        return None  # (in commas, a title may end on its owner: "the Privacy Commissioner of Canada, Philippe …")
    words = stripped.split()
    best: str | None = None
    best_k = 0
    for k in range(1, min(8, len(words)) + 1):
        candidate = " ".join(words[-k:])
        if is_role_phrase(candidate):
            best, best_k = candidate, k
    if best is None:
        return None
    if best_k > 1 and words[-best_k].lower() in ("the", "a", "an"):
        best_k -= 1  # "The first minister, Ann Gray": the article is no part of the title
        best = " ".join(words[-best_k:])
    owner = words[-best_k - 1] if len(words) > best_k else ""
    if (
        owner.lower() in ("the", "a", "an")
        and len(words) > best_k + 1
        and words[-best_k - 2].lower() in _PREPOSITIONS
        # (a verb's preposition is no client's: "Solomon pointed to the Privacy Commissioner of Canada, Philippe …",
        # "noisy enough for the Speaker, Sir Lindsay Hoyle, to intervene"; "an aide to the minister, X," stays unclear)
        and (len(words) == best_k + 2 or not _VERB_LIKE.search(words[-best_k - 3]))
    ):
        return None  # "Counsel for the regulator, Eileen Barrington": the title is the client's, not hers
    if (
        appos
        and owner.lower() not in ("the", "its", "his", "her")
        and not _OWNER.fullmatch(owner)
        and not _OWNER.fullmatch(words[-best_k])
    ):
        # "the prime minister, Keir Starmer", "Tennessee's governor, Bill Lee", not "Ofcom said on Monday, Keir …"
        return None
    return role_text(best)
