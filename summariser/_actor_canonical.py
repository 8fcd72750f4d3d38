"""One name per body in an article's actions: the full name the article spells out, not its acronym, its name in
the home language or a name cut short at a comma.

Readers of the digest (and every annotator of the evaluation sets) name a body as the article introduces it in
English: "Dutch Data Protection Authority (Autoriteit Persoonsgegevens, AP)" makes the AP and the Autoriteit
Persoonsgegevens that authority; "Integritetsskyddsmyndigheten (IMY), the Swedish Authority for Privacy Protection"
makes IMY the Swedish authority; "the SEC" after "the Securities and Exchange Commission" is that commission; and
"the Federal Department of the Environment, Transport, Energy and Communications" is one name, not one cut at its
first comma. Bodies the article never expands keep the name they were found under.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from summariser._actor_patterns import LEXICON_NAMES
from summariser._lazy_re import lazy_re
from summariser._lexicon.actors import PARTIES

__all__ = ["canonical_actors"]


# words that may sit inside a body's name without a capital ("Office of the Data Protection Commissioner")
_JOINERS = frozenset(
    ("of", "for", "and", "on", "the", "in", "to", "de", "des", "du", "la", "le", "et", "per", "di", "del")
)
_NAME_WORD = r"(?:[A-Z][\w'’&.-]*|of|for|and|on|the|in|to|de|des|du|la|le|et|per|di|del)"
# a bracket of other names: "(Autoriteit Persoonsgegevens, AP)", "(IMY)"
_BRACKET = lazy_re(r"\((?P<inner>[A-Z][^()]{0,80}?)\)")
# ", the Swedish Authority for Privacy Protection," right after the bracket: the English name
_ENGLISH_AFTER = lazy_re(r",\s+the\s+(?P<english>[A-Z][\w'’&.-]*(?:\s+" + _NAME_WORD + r"){1,10}?)(?=\s*[,.;:)])")
_NAME_WORD_RE = re.compile(_NAME_WORD)
# how far back from a bracket a body's name may start
_NAME_REACH = 160
# a run of capitalised words with joiners inside: the candidates an acronym may abbreviate
_LONG_NAME = lazy_re(r"[A-Z][\w'’&-]*(?:\s+" + _NAME_WORD + r"){1,10}")
# "… Committee on Communication, Information and Innovation": the rest of a name cut at its first comma
_CUT_REST_SRC = r"(?:,\s+[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)?)*,?\s+and\s+[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)?"
_COMPLEMENT_SRC = r"\s+(?:on|of|for)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)?"
_CUT_LIST = lazy_re(_CUT_REST_SRC)
_CUT_COMPLEMENT = lazy_re(_COMPLEMENT_SRC + _CUT_REST_SRC)
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}")
# a body's name that has a complement ("Department of the Environment", "Committee on Communication")
_HAS_COMPLEMENT = re.compile(r"\s(?:of|on|for)\s")
# the head nouns of a body's name: only such names are ever cut at a comma ("Ed Markey of Massachusetts and …" is not)
_BODY_HEAD = re.compile(
    r"\b(?:Committee|Department|Ministry|Office|Authority|Commission|Council|Agency|Board|Institute|Centre|Center"
    r"|Service|Commissioner|Directorate|Bureau|Inspectorate)\b"
)


def _trim(name: str) -> str:
    """A name without leading "the"/"The" or trailing joiners ("Office of the" is no name)."""
    words = name.removesuffix("'s").removesuffix("’s").split()
    while words and (words[0] in _JOINERS or words[0] in ("The", "A", "An")):
        words = words[1:]
    while words and words[-1] in _JOINERS:
        words = words[:-1]
    return " ".join(words)


def _name_before(text: str, end: int) -> str:
    """The capitalised name (joiners allowed inside) that ends at offset `end` of `text`, or ""."""
    words = text[max(0, end - _NAME_REACH) : end].split()
    k = len(words)
    while k > 0 and _NAME_WORD_RE.fullmatch(words[k - 1]) and len(words) - k < 11:
        k -= 1
    return _trim(" ".join(words[k:]))


def _definitions(text: str) -> dict[str, str]:
    """Every other name a bracket in `text` gives a body -> the name readers know it by."""
    out: dict[str, str] = {}
    for m in _BRACKET.finditer(text):
        name = _name_before(text, m.start())
        english_m = _ENGLISH_AFTER.match(text, m.end())
        if len(name.split()) < 2 and english_m is None:
            # "Commission nationale de l'informatique et des libertés (CNIL)": a home-language name in lower case
            name = _spelled_before(text, m.start(), m.group("inner"))
        if len(name.split()) < 2 and english_m is None:
            continue  # "X (formerly Twitter)", "Grok (the chatbot)": no body named in full before the bracket
        items = [item.strip() for item in m.group("inner").split(",")]
        if not all(item and item[0].isupper() and len(item.split()) <= 6 for item in items):
            continue  # an aside in brackets, not other names
        english = _trim(english_m.group("english")) if english_m is not None else name
        for other in (name, *items):
            if other and other != english:
                out.setdefault(other, english)
    return out


def _spelled_before(text: str, end: int, acronym: str) -> str:
    """The words before `end` whose initials (joiners and elisions skipped) spell `acronym` from a capitalised first
    word ("Commission nationale de l'informatique et des libertés" before "(CNIL)"), else ""."""
    if not _ACRONYM.fullmatch(acronym):
        return ""
    words = text[max(0, end - _NAME_REACH) : end].split()
    letters: list[str] = []
    for k in range(len(words) - 1, max(-1, len(words) - 12), -1):
        word = words[k].split("'")[-1].split("’")[-1]  # "l'informatique" -> "informatique"
        if not word or not word[0].isalpha():
            return ""
        if word not in _JOINERS:
            letters.insert(0, word[0].upper())
        if len(letters) == len(acronym) and words[k][0].isupper():
            return " ".join(words[k:]) if "".join(letters) == acronym else ""
    return ""


def _initials(name: str) -> tuple[str, str]:
    """The capitals of a name's words, and the initials of all its words but articles ("Department of Justice":
    "DJ", "DOJ")."""
    words = name.split()
    caps = "".join(w[0] for w in words if w[0].isupper())
    every = "".join(w[0].upper() for w in words if w not in ("the", "and", "&"))
    return caps, every


def _expansion(acronym: str, text: str) -> str | None:
    """The one multi-word name in `text` whose initials spell `acronym` ("SEC": "Securities and Exchange
    Commission"); None when there is none or more than one."""
    found: set[str] = set()
    for m in _LONG_NAME.finditer(text):
        name = _trim(m.group(0))
        words = name.split()
        # the name may start later in the run ("Elon Musk's Securities and Exchange Commission" is rare; "Separately,
        # the Securities …" is not): try each start whose initial is the acronym's
        for k, word in enumerate(words):
            if word[0] != acronym[0]:
                continue
            for n in range(len(words) - k, 1, -1):
                part = _trim(" ".join(words[k : k + n]))
                if acronym in _initials(part):
                    found.add(part)
                    break
    return found.pop() if len(found) == 1 else None


def _uncut(name: str, text: str) -> str | None:
    """The whole name when `text` continues `name` with a comma list ending in "and …" ("Departmental Committee" and
    "… Committee on Communication" in "Departmental Committee on Communication, Information and Innovation")."""
    if " " not in name or name[:1].islower() or _BODY_HEAD.search(name) is None:
        return None
    rest = _CUT_LIST if _HAS_COMPLEMENT.search(name) else _CUT_COMPLEMENT
    at = text.find(name)
    while at >= 0:
        after = at + len(name)
        if text.startswith((",", " on ", " of ", " for "), after) and (at == 0 or not text[at - 1].isalnum()):
            m = rest.match(text, after)
            if m is not None:
                return name + m.group(0)
        at = text.find(name, after)
    return None


def _may_be_defined(actor: str, text: str) -> bool:
    """Could a bracket in `text` name `actor` or follow it (cheap substring tests before any scan)?"""
    return f"{actor} (" in text or f"({actor}" in text or f"{actor})" in text


def canonical_actors(text: str, actors: Iterable[str]) -> dict[str, str]:
    """For each of `actors` that the article `text` names in full elsewhere, that full name."""
    out: dict[str, str] = {}
    defined: dict[str, str] | None = None
    for actor in set(actors):
        known = actor in LEXICON_NAMES
        if known and (actor in PARTIES or not _ACRONYM.fullmatch(actor)):
            continue  # "Ofcom", "European Commission": the lexicon's names are already the ones readers know
        full: str | None = None
        if actor not in PARTIES and "(" in text and _may_be_defined(actor, text):
            # (a lexicon acronym too: "Commission nationale de l'informatique et des libertés (CNIL)" is spelled out)
            if defined is None:
                defined = _definitions(text)
            full = defined.get(actor)
        if known:
            if full is not None and full != actor:
                out[actor] = full
            continue
        if full is None and _ACRONYM.fullmatch(actor) and actor not in PARTIES:  # the SNP, the DUP: by their letters
            full = _expansion(actor, text)
        if full is None:
            full = _uncut(actor, text)
        if full is not None:
            if "(" in text and _may_be_defined(full, text):  # "Native (ACR), the English": the English name
                if defined is None:
                    defined = _definitions(text)
                full = defined.get(full, full)
            if full != actor:
                out[actor] = full
    return out
