"""Bodies the lexicon does not know, recognised by the shape of the copy that introduces them: a name set beside
what it is ("Germany's network regulator, the Bundesnetzagentur, …", "Datatilsynet, Norway's data protection
authority, …", "Arcom, the French media regulator, …") or a foreign institution word ("Bundeskartellamt"). The
actor is the name as the article gives it; a later bare mention of a name the article introduced so is one too.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable

from summariser._actor_patterns import _ALIASES, _PLACES, DATE_WORDS, LEXICON_NAMES, ActorSpan
from summariser._givennames import gender_of_first_name
from summariser._lazy_re import first_chars, lazy_re
from summariser._trie import trie_pattern, words

__all__ = [
    "apposed_spans",
    "defined_bodies",
    "headed_by",
    "learned_bodies",
    "learned_from",
    "learned_spans",
    "official_by_shape",
    "paired_subject",
    "regulator_by_shape",
    "shape_spans",
]

# what an appositive says the name is: the head noun of a public body
_NOUN = (
    r"(?:regulator|watchdog|authority|agency|commission|ombudsman|police|prosecutor['’]s\s+office|inspectorate"
    r"|supervisor|council|tribunal|upper\s+house|lower\s+house|legislature)"
)
# up to four describing words before the noun ("data protection", "online safety", "communications")
_DESC = r"(?:[a-z][a-z-]*\s+){0,4}?"
# "Germany's", "the country's", "the French", "Norway's own": whose body it is
_OWNER = r"(?:(?:[Tt]he\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?['’]s|[Tt]he\s+country['’]s|the\s+[A-Z][a-z]+)"
_CAPWORD = r"[A-Z][\w'’&.-]*"
# a name: capitalised words, with the small words of English and European names between them
_JOIN = r"(?:of|for|and|de|du|des|la|le|les|per|della|dei|di|na|für|van|voor|do|da|y|et|&)"
_NAME = rf"{_CAPWORD}(?:\s+(?:{_JOIN}\s+)*{_CAPWORD}){{0,7}}"
# a foreign name in its own language runs to the comma that closes the appositive ("Garante per la protezione
# dei dati personali,"): a capital, then any words, at most nine
_FOREIGN = r"[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,8}?"
# "Germany's network regulator, the Bundesnetzagentur, has …": the name closes the appositive with a comma or bracket
# every match of the appositive patterns opens with a capital or "the" ("Germany's", "the French", "Arcom"): `first`
# lets `re` skip between those letters instead of trying the look-behind at every position (see `_lazy_re`)
_CAPITAL_OR_THE = first_chars(string.ascii_uppercase + "t")
_OWNER_FIRST = lazy_re(
    rf"(?<![\w'’-]){_OWNER}\s+{_DESC}(?P<noun>{_NOUN}),\s+(?P<named>(?:the\s+)?(?P<name>{_FOREIGN}))(?=\s*[,(])",
    first=_CAPITAL_OR_THE,
)
# "Italy's privacy watchdog Garante said …": the name straight after the noun, then a verb-like word
_OWNER_NAME = lazy_re(
    rf"(?<![\w'’-]){_OWNER}\s+{_DESC}{_NOUN}\s+(?:the\s+)?(?P<name>{_NAME})"
    r"(?=\s+(?:has|have|had|said|says|is|was|will|would|on|last|this|ordered|opened|fined|blocked|launched|issued)\b)",
    first=_CAPITAL_OR_THE,
)
# "Datatilsynet, Norway's data protection authority, …", "Arcom, the French media regulator, …"
_NAME_FIRST = lazy_re(
    # the description may run on a few words: "the Bundesrat, the upper house representing the states,"
    rf"(?<![\w'’-])(?:[Tt]he\s+)?(?P<name>{_NAME}),\s+(?:{_OWNER}|the)\s+{_DESC}{_NOUN}"
    r"(?=(?:\s+(?:representing|responsible\s+for|in\s+charge\s+of|that\s+represents)\s[^,;()“”\"]{1,50})?\s*[,(])",
    first=_CAPITAL_OR_THE,
)
# bodies the article itself defines in apposition, with a wider set of head nouns and a short tail after the noun:
# "Netsafe, the approved agency under the Harmful Digital Communications Act,", "Offlimits, the Amsterdam expertise
# centre on online abuse,", and the reverse "The São Paulo state consumer protection agency, Procon-SP, …"
_DEFINED_NOUN = (
    r"(?:regulator|watchdog|authority|agency|commission|ombudsman|inspectorate|supervisor|centre|center|tipline"
    r"|hotline|charity|foundation|network|nonprofit|non-profit|organi[sz]ation)"
)
_PLACE_WORDS = r"(?:[A-Z][^\W\d_]+\s+){0,3}"
_DEFINED_TAIL = r"(?:\s+(?:under|on|for|of|in|run\s+by|based\s+in|set\s+up\s+by)\s[^,;()“”\"]{1,60})?"
# the description after ", ", matched where a ", the" / ", a" is found (no scan from every capital)
# describing words only: "the head of the agency" describes a person, not a body
_PLAIN_DESC = r"(?:(?!of\b|the\b|an?\b|for\b|at\b)[a-z][a-z-]*\s+){0,4}?"
_DEFINED_DESC = lazy_re(rf"(?:the|an?)\s+{_PLACE_WORDS}{_PLAIN_DESC}{_DEFINED_NOUN}{_DEFINED_TAIL}(?=\s*,)")
# the name that ends where the description's comma starts
_NAME_BEFORE = lazy_re(r"(?<![\w'’-])[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}$")
# the reverse: "The … agency, Procon-SP," — the name after the noun's comma, then the description before the noun
_NAME_AFTER = lazy_re(r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}(?=,)")
_DESC_BEFORE = lazy_re(rf"(?<![\w'’-])[Tt]he\s+{_PLACE_WORDS}{_PLAIN_DESC}$")
_COMMA_THE = lazy_re(r", (?=(?:the|an?) )")
_COMMA_CAP = lazy_re(r", (?=[A-Z])")
# the head nouns as words, for `str.endswith` before a comma
_DEFINED_NOUNS = (
    *("regulator", "watchdog", "authority", "agency", "commission", "ombudsman", "inspectorate", "supervisor"),
    *("centre", "center", "tipline", "hotline", "charity", "foundation", "network", "nonprofit", "non-profit"),
    *("organisation", "organization"),
)

# single-word institutions in German, Dutch and the Nordic languages, recognised by their head
_COMPOUND_HEADS = words(
    "agentur amt behörde aufsicht ministerium gericht gerichtshof tilsynet tilsyn myndigheten verket inspektionen "
    "autoriteit toezicht direktoratet"
)
_COMPOUND = lazy_re(
    rf"(?<![\w'’-])(?:[Tt]he\s+)?(?P<name>[A-Z][a-zäöüåæøß]{{2,}}(?:{'|'.join(_COMPOUND_HEADS)}))"
    r"(?![\w-]|['’](?!s\b)\w)"
)
# a European institution under its own name, led by its head word ("Autoriteit Persoonsgegevens", "Agencia Española
# de Protección de Datos", "Commission nationale de l'informatique et des libertés"): the words after the head run
# until an English word (a verb in -ed or -s among them) or a comma, at most eight
_FOREIGN_HEADS = (
    "Autoriteit|Autorité|Agencia|Agência|Agenzia|Autoridade|Autoridad|Comisión|Comissão|Commissione|Conseil|Consiglio"
    "|Consejo|Conselho|Ministerio|Ministério|Ministero|Ministère|Fiscalía|Procuradoria|Procura|Parquet|Urząd"
    "|Coimisiún|Tribunale|Cour|Corte|Bundesamt|Bundesministerium|Istituto|Instituto|Oficina|Superintendencia"
    "|Defensoría|Garante|Commission nationale"
)
_ENGLISH = (
    r"(?:said|says|say|has|have|had|is|was|were|will|would|could|may|it|its|to|the|a|an|on|in|of|and|for|with|that"
    r"|which|who|also|last|this|on|at|by|from|as|but|or)"
)
# an English adverb after a foreign head ("The Garante temporarily blocked …", "The Garante later fined …")
_ADVERB_IN = lazy_re(
    r"\s+(?:[a-z]+ly|later|again|already|now|then|still|since|once|first|today|yesterday|previously)\b"
)
_POSSESSIVE_IN = lazy_re(r"['’]s?(?=\s)")
_FOREIGN_NAME = lazy_re(
    rf"(?<![\w'’-])(?:[Tt]he\s+)?(?P<name>(?:{_FOREIGN_HEADS})(?:\s+(?!{_ENGLISH}\b|[a-z]+ed\b|(?!(?:des|les|dos|das|los|las)\b)[a-z]+s\b|X\b|xAI\b)"
    rf"[^\W\d_][\w'’-]*){{1,8}})(?![\w'’-])"
)
# a name that starts so is a date, a dateline or a sentence opener, not a body
_NOT_NAMES = frozenset(
    (
        *("The", "A", "An", "In", "On", "At", "By", "For", "Last", "This", "That", "But", "And", "It", "Its", "He"),
        *("She", "They", "We", "Meanwhile", "However", "Earlier", "Later"),
    )
)
_AND_BETWEEN = lazy_re(r",?\s+and\s+")
# cheap substring tests before each scan: most sentences hold none of these
_NOUN_WORDS = (
    " house",
    "legislature",
    "regulator",
    "watchdog",
    "authority",
    "agency",
    "commission",
    "ombudsman",
    "police",
    "office",
    "inspectorate",
    "supervisor",
    "council",
    "tribunal",
)
_FOREIGN_GATE = tuple(_FOREIGN_HEADS.split("|"))
# the gates as one scan each: `search(text)` finds one of the words anywhere, as `any(word in text …)` would, in C
# (most of the heads open with a capital, so the trie skips between capitals; the generator cost ~4 µs a sentence)
_FOREIGN_GATE_RE = lazy_re(trie_pattern(_FOREIGN_GATE))
_COMPOUND_GATE_RE = lazy_re(trie_pattern(_COMPOUND_HEADS))


def _canonical(name: str) -> str:
    return _ALIASES.get(name, name)


def _good(name: str) -> bool:
    """A name to credit: not a sentence opener or place, and not a bare acronym (the lexicon or the article's
    definition of it knows its full name better)."""
    first = name.split(None, 1)[0]
    if name.isupper() and name in _ALIASES:
        return True
    if first in _NOT_NAMES or first in DATE_WORDS or (first == name and name.endswith("ly")):
        return False  # "Separately, the country's regulator, …": an adverb, not a name
    return name not in _PLACES and first not in _PLACES and not name.isupper()


def _apposed(text: str) -> list[ActorSpan]:
    """Names set beside a description of the body ("Germany's network regulator, the Bundesnetzagentur,")."""
    found: list[ActorSpan] = []
    if not ("’s " in text or "'s " in text or ", the " in text) or not any(noun in text for noun in _NOUN_WORDS):
        return found
    for m in _OWNER_FIRST.finditer(text):
        name = m.group("name").rstrip(".")
        if _good(name):  # description and name each stand for the body: the copy may skip either as a parenthesis
            canonical = _canonical(name)
            found.append(ActorSpan(m.start(), m.end("noun"), text[m.start() : m.end("noun")], canonical, "org"))
            found.append(ActorSpan(m.start("named"), m.end(), m.group("named"), canonical, "org"))
    for m in _OWNER_NAME.finditer(text):
        name = m.group("name").rstrip(".")
        if _good(name):
            found.append(ActorSpan(m.start(), m.end(), m.group(0), _canonical(name), "org"))
    for m in _NAME_FIRST.finditer(text):
        name = m.group("name").rstrip(".")
        if _good(name):  # the name and its description apart: a subject search skips the description as a parenthesis
            canonical = _canonical(name)
            found.append(ActorSpan(m.start(), m.end("name"), text[m.start() : m.end("name")], canonical, "org"))
            described = text.index(",", m.end("name")) + 1
            described += len(text[described:]) - len(text[described:].lstrip())
            found.append(ActorSpan(described, m.end(), text[described : m.end()], canonical, "org"))
    return found


def shape_spans(text: str, apposed: list[ActorSpan] | None = None) -> list[ActorSpan]:
    """Bodies sentence `text` names by shape: beside a description (spans covering both, so the country the
    description names does not win the subject) or under a foreign name; canonical is the name as given.
    `apposed`: the sentence's appositive spans when the caller has them (`apposed_spans`), not scanned again."""
    found = _apposed(text) if apposed is None else list(apposed)  # a copy: the caller's list stays as it was
    if _FOREIGN_GATE_RE.search(text) is not None:
        for m in _FOREIGN_NAME.finditer(text):
            name, end = m.group("name"), m.end()
            adverb = _ADVERB_IN.search(name)
            if adverb is not None:  # "The Garante temporarily blocked ChatGPT": an English adverb ends the name
                end -= len(name) - adverb.start()
                name = name[: adverb.start()]
            owned = _POSSESSIVE_IN.search(name)
            if owned is not None:  # "Coimisiún na Meán's review of X …": the name ends at its possessive
                end -= len(name) - owned.start()
                name = name[: owned.start()]
            found.append(ActorSpan(m.start(), end, text[m.start() : end], name, "org"))
    if _COMPOUND_GATE_RE.search(text) is not None:
        for m in _COMPOUND.finditer(text):
            found.append(ActorSpan(m.start(), m.end(), m.group(0), m.group("name"), "org"))
    return found


def learned_bodies(texts: Iterable[str]) -> frozenset[str]:
    """The names the article introduces beside a description (not the lexicon's): later bare mentions act too."""
    texts = list(texts)
    return learned_from(apposed_spans(texts)) | defined_bodies(texts)


def _defined(text: str) -> list[ActorSpan]:
    """Names the text defines beside a description, in either order ("Netsafe, the approved agency under …,",
    "The São Paulo state consumer protection agency, Procon-SP,"); only the name is a span (learned article-wide)."""
    found: list[ActorSpan] = []
    for comma in _COMMA_THE.finditer(text):
        at = comma.start()
        if _DEFINED_DESC.match(text, at + 2) is not None:
            m = _NAME_BEFORE.search(text, max(0, at - 60), at)
            if m is not None:
                found.append(ActorSpan(m.start(), m.end(), m.group(0), m.group(0), "org"))
    for m in _COMMA_CAP.finditer(text):
        if not text.endswith(_DEFINED_NOUNS, max(0, m.start() - 14), m.start()):
            continue
        noun_start = text.rfind(" ", 0, m.start()) + 1
        if _DESC_BEFORE.search(text, max(0, noun_start - 80), noun_start) is not None:
            n = _NAME_AFTER.match(text, m.end())
            if n is not None:
                found.append(ActorSpan(n.start(), n.end(), n.group(0), n.group(0), "org"))
    return [
        s
        for s in found
        if _good(s.canonical or "")
        and s.canonical not in LEXICON_NAMES
        and gender_of_first_name((s.canonical or "").split(" ", 1)[0]) is None  # "Sarah Jones, the …": a person
    ]


def defined_bodies(texts: Iterable[str]) -> frozenset[str]:
    """Bodies the article defines with a wider description than `_apposed`'s (learned article-wide): one scan of the
    sentences with a comma, joined (sentences hold no newline, and the name patterns never cross one)."""
    joined = "\n".join(text for text in texts if "," in text)
    return frozenset(span.canonical for span in _defined(joined) if span.canonical)


def apposed_spans(texts: Iterable[str]) -> list[list[ActorSpan] | None]:
    """The appositive spans (`shape_spans`' first part) of each text that holds a comma, None for the others: the
    article's actors scan every sentence so once (`learned_from`), and each sentence's spans reuse its list."""
    return [_apposed(text) if "," in text else None for text in texts]


def learned_from(apposed: Iterable[list[ActorSpan] | None]) -> frozenset[str]:
    """`learned_bodies` from the article's `apposed_spans`."""
    names: set[str] = set()
    for spans in apposed:
        for span in spans or ():
            if span.canonical and span.canonical not in LEXICON_NAMES:
                names.add(span.canonical)
    return frozenset(names)


def learned_spans(text: str, names: frozenset[str]) -> list[ActorSpan]:
    """Mentions in `text` of names the article introduced (`learned_bodies`), with a leading "the"."""
    found: list[ActorSpan] = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            before_ok = start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "'’-")
            after_ok = end == len(text) or not (text[end].isalnum() or text[end] == "-")
            if before_ok and after_ok:
                begin = start - 4 if text[max(0, start - 4) : start] in ("the ", "The ") else start
                found.append(ActorSpan(begin, end, text[begin:end], name, "org"))
            start = text.find(name, end)
    return found


def paired_subject(spans_of: Callable[[int], list[ActorSpan]], text_of: Callable[[int], str], i: int, pos: int) -> bool:
    """Does an "it" at `pos` of sentence `i` (no body named before it there) follow a sentence that opens with two
    bodies joined by "and" ("The KCSC and the PIPC received complaints. On Wednesday, it ordered …")? Then two are
    in view and "it" is neither."""
    spans, prev = spans_of(i), spans_of(i - 1)
    if any(s.end <= pos and s.kind in ("org", "gov") for s in spans) or len(prev) < 2:
        return False
    first, second = prev[0], prev[1]
    if first.kind not in ("org", "gov") or second.kind not in ("org", "gov") or first.canonical == second.canonical:
        return False
    prev_text = text_of(i - 1)
    return (
        prev_text[: first.start].strip() in ("", "The", "the")
        and _AND_BETWEEN.fullmatch(prev_text, first.end, second.start) is not None
    )


def headed_by(name: str, tail: str) -> bool:
    """Is `tail` (" commission", lower case, with its space) the head noun of `name`: its last word, or the word
    before "of"/"for" ("National Commission for Women", "Council of the European Union")?"""
    low = " " + name.lower()
    if low.endswith(tail):
        return True
    at = low.find(tail + " ")
    return at >= 0 and low.startswith(("of ", "for "), at + len(tail) + 1)


def official_by_shape(name: str) -> bool:
    """A public body by the shape of its name where the lexicon does not know it: "Paris prosecutor's office",
    "State Media Council of Hungary", "Danish Agency for Digital Government", "Bundesnetzagentur"."""
    return (
        name.endswith(_OFFICIAL_ENDS)
        or _OFFICIAL_HEAD_OF.search(name) is not None
        or _COMPOUND.fullmatch(name) is not None
        or _FOREIGN_NAME.fullmatch(name) is not None
    )


_OFFICIAL_ENDS = ("prosecutor's office", "prosecutor’s office", "Police", "Supervisor", "Tribunal", "Court")
_OFFICIAL_HEAD_OF = lazy_re(
    r"\b(?:Commission|Council|Agency|Authority|Commissioner|Inspectorate|Ombudsman|Regulator|Board|Office)"
    r"\s+(?:of|for)\s+[A-Z]"
)


def regulator_by_shape(span: ActorSpan) -> bool:
    """May "the regulator" or "the watchdog" be this body the lexicon does not know: a public body by its name's
    shape that is not a prosecutor, police force, court or ministry."""
    name = span.canonical
    return span.kind == "org" and name is not None and official_by_shape(name) and _NOT_REGULATOR.search(name) is None


_NOT_REGULATOR = lazy_re(r"rosecut|Police|Court|Tribunal|Minist|Department|gericht|Cour\b|Corte|Fiscal|Procura|Parquet")
