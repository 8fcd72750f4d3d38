"""How a role is looked up: the keys a title is filed under ("technology secretary", "secretary"), its synonyms,
and whether it is held in opposition or in the past."""

from __future__ import annotations

import re
from functools import lru_cache

from summariser._lazy_re import first_chars, lazy_re

ARTICLE = lazy_re(r"^(?:the|a|an)\s+", re.IGNORECASE)


@lru_cache(maxsize=4096)  # pure, and the same few titles recur in article after article
def role_keys(role: str) -> tuple[str, ...]:
    """'the UK's technology secretary' -> ('uk technology secretary', 'technology secretary', 'secretary');
    'chief executive of Ofcom' also gives 'ofcom chief executive' (how "Ofcom's chief executive" is looked up)."""
    return tuple(_role_keys(role))


def _role_keys(role: str) -> list[str]:
    low = synonyms(ARTICLE.sub("", role.lower()).replace("’s ", " ").replace("'s ", " "))
    words = low.split()
    keys = [" ".join(words[i:]) for i in range(len(words))]
    if len(words) >= 2 and words[-1] == "minister" and words[-2] in _HEAD_OF_GOVERNMENT:
        keys.pop()  # "the minister" is never the prime or first minister
    head, of, owner = low.partition(" of ")
    if not of:
        # "Minister for Culture, Communications and Sport" is also "the minister" (the portfolio is no owner)
        head, of, portfolio = low.partition(" for ")
        if of and portfolio and 1 <= len(head.split()) <= 2 and head.split()[-1] in _PORTFOLIO_HEADS:
            keys.extend(" ".join(head.split()[i:]) for i in range(len(head.split())))
        return keys
    if of and owner and len(head.split()) <= 3 and len(owner.split()) <= 4:
        keys.append(f"{ARTICLE.sub('', owner)} {head}")
        # "minister of justice" is also "the minister"; `_single` keeps it only while no one else is one
        head_words = head.split()
        keys.extend(" ".join(head_words[i:]) for i in range(len(head_words)))
    return keys


_HEAD_OF_GOVERNMENT = frozenset({"prime", "first", "chief"})
# heads of a portfolio title written with "for": "Minister for Justice", "Commissioner for Children"
# (and members for a seat: "MP for Stroud" is also "the MP")
_PORTFOLIO_HEADS = frozenset({"minister", "secretary", "commissioner", "mp", "msp", "mla", "mep"})


# words a role is given by in one place and looked up by in another: "the Tory leader" is the Conservative leader
_SYNONYMS = lazy_re(r"\b(?:tory|lib dem)\b", first=first_chars("lt"))
_SYNONYM_OF = {"tory": "conservative", "lib dem": "liberal democrat"}


def synonyms(low: str) -> str:
    return _SYNONYMS.sub(lambda m: _SYNONYM_OF[m.group()], low) if "tory" in low or "lib dem" in low else low


QUALIFIERS = frozenset({"shadow", "former", "ex"})


def qualified(roles: list[str]) -> bool:
    """True when every role is held in opposition or in the past ("shadow home secretary", "former minister")."""
    return all(QUALIFIERS.intersection(role.lower().split()) for role in roles)


def named_by_modifier(modifiers: list[str], candidates: list[str]) -> list[str]:
    """Of several bodies that fit a description, those whose name holds one of its modifiers: "the production
    company" is Dick Clark Productions, not Big Machine Records; all of them when none does."""
    if not modifiers:
        return candidates
    stems = {w.rstrip("s") for w in modifiers if len(w) > 3}
    named = [c for c in candidates if stems.intersection(w.lower().rstrip("s") for w in c.split())]
    return named or candidates
