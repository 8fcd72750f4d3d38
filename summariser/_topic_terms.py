"""Word tokens and keyword terms for topic matching: what a title or sentence names, and the words around a bare
ambiguous subject ("X") that make it the platform."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from summariser._text import fold_bytes

if TYPE_CHECKING:
    from summariser._topic_match import TopicMatcher

Tokens = list[bytes]
# (case-kept tokens, lower-case tokens, original text) of one title or sentence
Unit = tuple[Tokens, Tokens, str]

# "Ofcom's" folds to b"Ofcom", b"s": a lone "s" is the possessive
_POSSESSIVE = frozenset({b"s"})
# an ambiguous letter in arithmetic ("X = 3", "2 × X") is a variable
_OPERATORS = "=<>+×*/^÷"
_MATHS = re.compile(r"(?<![\w-])[A-Z]\s*[=<>+×*/^÷]\s*[\w(]|[\w)]\s*[=<>+×*/^÷]\s*[A-Z](?![\w-])")


def hyphenated(joined: bytes) -> list[bytes]:
    """The words of `joined` (tokens joined by single spaces) with a hyphen after their first character, in order:
    what `re.findall(rb"[^ ]+-[^ ]*", joined)` gives, found by `bytes.find` (the pattern backtracks over every word)."""
    out: list[bytes] = []
    pos = joined.find(b"-")
    while pos >= 0:
        start = joined.rfind(b" ", 0, pos) + 1
        if pos > start:
            end = joined.find(b" ", pos)
            if end < 0:
                out.append(joined[start:])
                break
            out.append(joined[start:end])
            pos = joined.find(b"-", end)
        else:  # a leading hyphen ("-5"): the word counts only if another follows
            pos = joined.find(b"-", pos + 1)
    return out


def _byte_words(text: str) -> frozenset[bytes]:
    return frozenset(w.encode() for w in text.split())


# the word before a bare "X" that makes it the platform: "on X", "fined X", "quit X"
_PRE_FIRM = _byte_words(
    """on onto via from off quit quits quitting leave leaves leaving left join joined joining ban bans banned banning
    block blocks blocked blocking fine fines fined fining sue sues sued suing investigate investigates investigated
    investigating into against urge urges urged warn warns warned summon summons summoned accuse accuses accused
    pressure pressures pressed press owns owned bought buy buying acquired renamed rebranded at to with by about over
    rival rivals want wants force forces forced push pushes pushed take takes took back backs backed defend defends
    defended attack attacks attacked down give gives gave"""
)
_PRE2_FIRM = _byte_words("owner boss chief head users takeover acquisition purchase ownership use")
# the word after it: "X said", "X users", "X's", "X Corp", "X appeals" (the topic's responses join these: see
# _topic_ambiguous)
_POST_FIRM = _byte_words(
    """said says has had have is was were will would could should must may might did does announced confirmed removed
    restricted changed updated told claimed argued denied insisted responded disputed appealed spokesperson spokesman
    spokeswoman users user accounts account posts post premium boss owner chief ceo executives executive platform app
    feed timeline safety communities corp holdings inc formerly ban bans banned fined faces faced failed refused
    agreed filed launched introduced limited blocked rules policies policy terms algorithm ads advertisers revenue
    verification itself wins loses lost pays paid hires hired files settles settled vows vowed resists ignores rejects
    rejected investigation probe inquiry boycott crackdown lawsuit use officials representatives lawyers"""
)
# enforcement words shortly after it: "Could X really be banned?"
_NEAR_AFTER = _byte_words("banned blocked fined sued investigated ordered summoned warned shut removed suspended")


@dataclass(slots=True)
class UnitHits:
    """What one title or sentence names: subject count, strongest concern weight, matched keywords in order."""

    subjects: int = 0
    concern: float = 0.0  # summed weights of distinct concern keywords, capped at 1
    strong: bool = False  # a full-weight concern (law, regulator, government)
    weak: bool = False  # a half-weight one (a harm, a reaction)
    terms: list[str] = field(default_factory=list)
    pending: int = 0  # ambiguous subjects with no context in this sentence
    # where the subjects stand (token index, canonical name): the decision checks how the platform is named
    subject_at: list[tuple[int, str]] = field(default_factory=list)
    keys: frozenset[bytes] = frozenset()  # plain concern words found, named in `terms` only on demand (`names`)

    def names(self, matcher: TopicMatcher) -> list[str]:
        """The keywords found, canonical, in a fixed order."""
        return self.terms + matcher.canonical(self.keys) if self.keys else self.terms


@dataclass(frozen=True, slots=True)
class Term:
    canonical: str
    kind: str  # "subject", "concern", "context", "exclusion"
    weight: float
    # per token: (lower-case form, exact form or None when any case will do)
    checks: tuple[tuple[bytes, bytes | None], ...]
    # the lower-case forms alone, derived once: the matcher counts the words a phrase used
    lows: tuple[bytes, ...] = field(init=False, compare=False, repr=False)
    # two words, any case: found by its first two lower-case words, it needs no further check
    pair: bool = field(init=False, compare=False, repr=False)
    # `lows` as a list (a slice of a unit's lower-case tokens compares equal to it in C) and the tokens that must
    # also match as written: (offset, form, form in capitals)
    _low_list: list[bytes] = field(init=False, compare=False, repr=False)
    _exact_at: tuple[tuple[int, bytes, bytes], ...] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lows", tuple(low for low, _ in self.checks))
        object.__setattr__(self, "pair", len(self.checks) == 2 and all(exact is None for _, exact in self.checks))
        object.__setattr__(self, "_low_list", list(self.lows))
        exact_at = tuple((j, e, e.upper()) for j, (_, e) in enumerate(self.checks) if e is not None)
        object.__setattr__(self, "_exact_at", exact_at)

    @classmethod
    def build(cls, word: str, kind: str, weight: float) -> Term | None:
        toks = fold_bytes(word).split()
        if len(toks) > 1 and toks[0].lower() in _STOP_FIRST:
            toks = toks[1:]  # "The X Factor" is found as "X Factor"; an index entry under "the" is costly
        if not toks:
            return None
        checks = tuple((t.lower(), None if any_case(t) else t) for t in toks)
        return cls(word, kind, weight, checks)

    def matches(self, words: Tokens, lows: Tokens, i: int) -> bool:
        """Does the term stand at token `i` (`lows` is `words` in ASCII lower case, token by token)?"""
        # every token in lower case first, one list comparison in C: a token matching as written or in capitals
        # has that lower-case form too (ASCII case), and a slice past the end is shorter, so unequal
        if lows[i : i + len(self._low_list)] != self._low_list:
            return False
        for j, exact, upper in self._exact_at:
            word = words[i + j]
            if word != exact and word != upper:
                return False
        return True


_STOP_FIRST = frozenset({b"the", b"a", b"an"})


def any_case(token: bytes) -> bool:
    return token.islower() or not any(c.isalpha() for c in token.decode())


def inflections(word: str) -> list[str]:
    forms = [word + "s", word + "es", word + "ed", word + "ing"]
    if word.endswith("e"):  # "fined", "fining"; never "ban" -> "band"
        forms += [word + "d", word[:-1] + "ing"]
    elif word.endswith("y") and word[-2:-1] not in ("a", "e", "o", "u", ""):  # "complies", "complied"
        forms += [word[:-1] + "ies", word[:-1] + "ied"]
    return forms


def word_forms(keywords: tuple[str, ...]) -> frozenset[bytes]:
    """Lower-case single-word keywords with the simple inflections lower-case ones get (as concerns do)."""
    out: set[bytes] = set()
    for word in keywords:
        word = word.strip()
        if not word or " " in word:
            continue
        low = word.lower()
        out.add(low.encode())
        if word.islower():
            out.update(form.encode() for form in inflections(low))
    return frozenset(out)


def positions(found: frozenset[bytes], words: Tokens) -> list[int]:
    """Where the tokens found stand, in order: `list.index` runs in C, a scan of every word would not."""
    if len(found) == 1:
        (token,) = found
        n = words.count(token)
        i = words.index(token)
        if n == 1:
            return [i]  # the commonest case: one name, once
        at = [i]
        for _ in range(n - 1):
            i = words.index(token, i + 1)
            at.append(i)
        return at
    at = []
    for token in found:
        i = -1
        for _ in range(words.count(token)):
            i = words.index(token, i + 1)
            at.append(i)
    if len(found) > 1:
        at.sort()
    return at


NO_HITS = UnitHits()  # shared and never changed: match_units only touches units with something pending


def is_maths(text: str) -> bool:
    # an operator is needed for a match: a few substring tests (_OPERATORS, unrolled: no generator) skip the regex
    # for nearly every sentence
    return (
        "=" in text
        or "<" in text
        or ">" in text
        or "+" in text
        or "×" in text
        or "*" in text
        or "/" in text
        or "^" in text
        or "÷" in text
    ) and _MATHS.search(text) is not None


def firm_ambiguous(lows: Tokens, i: int) -> bool:
    """Is the ambiguous token at i the platform, judging by its neighbours ("on X", "X's", "X said", "Musk's X")?"""
    nxt = lows[i + 1] if i + 1 < len(lows) else b""
    if nxt in _POSSESSIVE:
        return True
    prev = lows[i - 1] if i > 0 else b""
    prev2 = lows[i - 2] if i > 1 else b""
    if prev in _PRE_FIRM or prev in _POSSESSIVE or nxt in _POST_FIRM or (prev == b"of" and prev2 in _PRE2_FIRM):
        return True
    return not _NEAR_AFTER.isdisjoint(lows[i + 1 : i + 4])
