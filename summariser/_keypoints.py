"""Key points: the lede plus the few sentences that carry the news, in article order, without page furniture.

A sentence earns points for actions (opened, fined, will ban), named institutions and laws, numbers and dates, and
for coming early; it loses them for being a quotation, background or a repeat of what is already chosen. Cheap and
deterministic: a few regex searches per sentence, no model.
"""

from __future__ import annotations

import re

from summariser._boilerplate import is_boilerplate_line
from summariser._text import Document, Sentence, title_tokens

_MAX_POINTS = 5
_MIN_WORDS = 6
_MAX_WORDS = 70
_LISTING_WORDS = 20  # a listing of its own paragraph ("Tue – Sat 4PM …") is at most this long
_SCORE_LINE_WORDS = 10  # inside a paragraph only score lines run on ("Rovers 3 (2-1): Hollis 2 goals.")
_SCAN = 30
# words of running prose that listings, prices and score lines lack ("on", "for", "in" and "at" they have)
_PROSE_WORDS = frozenset(b"the of to and a is was were are has have had said it that".split())


def _forms(stems: str) -> frozenset[bytes]:
    words: set[str] = set()
    for stem in stems.split():
        base = stem.rstrip("e")
        words.update({stem, stem + "s", stem + "es", stem + "d", stem + "ed", base + "ed", base + "ing", stem + "ing"})
    return frozenset(w.encode() for w in words)


def _bytes_set(text: str) -> frozenset[bytes]:
    return frozenset(w.encode() for w in text.split())


# verbs of doing and deciding: the sentences a busy reader needs
_ACTION = _forms(
    "announce launch open fine ban banned banning block restrict remove order warn summon investigate probe sue "
    "charge convict sentence pass vote approve reject introduce propose plan pledge promise threaten call urge "
    "demand require agree refuse deny denied confirm publish suspend comply complied appeal rule legislate "
    "criminalise criminalize outlaw limit impose issue seek sought"
) | _bytes_set("will would must intends")
_INSTITUTION = _bytes_set(
    "Act Bill Commission Commissioner Ofcom regulator government minister ministers Parliament Congress Senate court "
    "police prosecutor prosecutors secretary department ministry EU agency watchdog attorney"
)
_MAGNITUDE = _bytes_set("million billion m bn per cent percent hours days weeks")
# bytes.split() separates at these six; everything else is part of a word
_CLASS_TABLE = bytes(
    32 if c in b" \t\n\r\x0b\x0c" else ord("1") if 48 <= c <= 57 else ord("A") if 65 <= c <= 90 else ord("x")
    for c in range(256)
)
_BACKGROUND = (
    "last year", "last month", "previously", "has long", "had long", "earlier this year", "it is not the first",
    "was founded", "formerly known", " in 2019", " in 2020", " in 2021", " in 2022", " in 2023", " in 2024",
)  # fmt: skip
_BYLINE = re.compile(
    r"^(?:by|reporting by|additional reporting by|written by|edited by|words by|compiled by)\s+[A-Z]", re.IGNORECASE
)
# the wire dateline before the lede, cut from the point shown: "LONDON, Jan 12 (Reuters) - ", "SACRAMENTO — ",
# "CLEVELAND, Ohio – ", "New York, NY – ", "NEW DELHI: ", "(AP) — ", "Hong Kong (CNN Business)": a place in capitals, or
# capitalised words with a comma (City, State), or a wire credit in brackets, then a dash or a colon; or one
# capitalised word and a dash before a capital ("Indianapolis – ")
_PLACE = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_AGENCY = r"\([A-Z][\w .&-]{0,30}\)"
_DATELINE = re.compile(
    rf"^(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){{0,3}}(?:,\s+{_PLACE}){{0,2}}|{_PLACE}(?:,\s+{_PLACE}){{1,2}})"
    rf"(?:,?\s+[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}})?\s*(?:{_AGENCY}\s*)?(?:[-–—]+\s+|:\s+)"
    rf"|^(?:{_PLACE}\s*)?{_AGENCY}(?:\s*[-–—]+\s*|(?=[A-Z]))"
    # one capitalised place and a spaced dash before a capital: "Indianapolis – Several thousand teachers …", but
    # not the first of a pair around an aside ("Grok — X's chatbot — produced …")
    r"|^[A-Z][a-z]+\s+[-–—]\s+(?=[A-Z])(?!.*\s[-–—]\s)"
)
# a list item's marker ("- Retiring early takes time.") or a bracketed press tag before the lede ("[Seoul=Yonhap] ")
_BULLET_FIRST = frozenset("-–—•*·[")
_DATELINE_REACH = 90
_BULLET = re.compile(r"^(?:[-–—•*·]\s+|\[[^\]]{1,40}=[^\]]{1,40}\]\s*)")
# a line holding only one of these headings starts the page's links to other stories: nothing after it is the article
_END_HEADINGS = frozenset(
    tuple(heading.encode().split())
    for heading in (
        "top stories", "related stories", "related articles", "related news", "related content", "more stories",
        "most read", "most popular", "most viewed", "partner news", "you may also", "you might also",
        "recommended for you", "more from",
    )
)  # fmt: skip
# these never open a sentence, so glued to the first link's capital they end the article too ("Top stories The House
# voted …"); "Most popular Android apps collect …" and "More from Brussels came …" are sentences
_GLUED_HEADINGS = frozenset(
    tuple(heading.encode().split())
    for heading in (
        "top stories", "related stories", "related articles", "related news", "related content", "more stories",
        "partner news", "recommended for you",
    )
)  # fmt: skip
_END_FIRST = frozenset(heading[0] for heading in _END_HEADINGS)
# a headline repeated this early as its own paragraph marks where the article starts
_HEADLINE_WITHIN = 10
_FURNITURE = (
    "getty images", "read more", "sign up", "newsletter", "cookie", "all rights reserved", "click here", "follow us",
    "photograph:", "image caption", "image source", "pictured", "share this",
)  # fmt: skip
# a word of each phrase above, as a token: most sentences have none, and a set test rules them all out at once
_FURNITURE_WORDS = _bytes_set(
    "getty read sign newsletter newsletters cookie cookies reserved click follow photograph caption source pictured "
    "share"
)
_BACKGROUND_WORDS = _bytes_set("last previously long earlier first founded formerly 2019 2020 2021 2022 2023 2024")
# the lower-case words `_score` counts, in one set: one pass over a sentence's words finds them all, and the few
# found are sorted into their kinds (each kind's count is the same as intersecting it with the whole sentence)
_LOWER_KEYS = _ACTION | _MAGNITUDE | _BACKGROUND_WORDS
_QUOTE_MARKS = '"“”‘'  # not ’ or ': those are mostly apostrophes
_ENDINGS = frozenset(".!\"”’'…)")
# the first letters of the byline words, either case (none has a special case fold): most sentences skip the regex
_BYLINE_FIRST = frozenset("bBrRaAwWeEcC")
_VERBISH = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says|can|could|did|does)\b|\w{3,}(?:ed|es)\b")


def select_key_points(doc: Document, *, title: str | None = None) -> list[str]:
    """Three to five sentences that carry the news, in article order, no boilerplate (fewer for short articles)."""
    # the news is at the top: sentences after the first _SCAN are background, and scoring them costs time
    sentences = doc.sentences
    folded, words, lows = doc.tokens()
    title_lows = title_tokens(title)[1] if title else []
    last = len(sentences) - 1
    # alone in its paragraph: sentences come in article order (sentence i at position i, as `lows[s.index]` needs),
    # so its neighbours stand in other paragraphs (a count of every paragraph's sentences costs more on a feed item)
    candidates = [
        s
        for s in _article_part(sentences[:_SCAN], words, lows, title_lows)
        if _eligible(
            s,
            lows[s.index],
            folded[s.index],
            (s.index == 0 or sentences[s.index - 1].paragraph != s.paragraph)
            and (s.index == last or sentences[s.index + 1].paragraph != s.paragraph),
        )
    ]
    if not candidates:
        return []
    want = _how_many(len(candidates))
    title_words = _long_words(title_lows)
    lede = candidates[0]
    lede_words = _long_words(lows[lede.index])
    chosen: list[Sentence] = [] if _same_as_title(lede_words, title_words) else [lede]
    chosen_words = [lede_words] if chosen else []
    rest = candidates[1:]
    if want > len(rest):
        # every candidate may be chosen (three or fewer: a feed item's): the ranking matters only where two of them
        # are alike (the first ranked wins); otherwise each stands or falls against the title and the lede alone, and
        # no sentence needs a score
        rest_words = [_long_words(lows[s.index]) for s in rest]
        # (two sentences at most here, one pair: no generator over the pairs)
        if (
            (len(rest_words) < 2 or _similarity(rest_words[0], rest_words[1]) < 0.6)
            if len(rest_words) < 3
            else not any(_similarity(a, b) >= 0.6 for i, a in enumerate(rest_words) for b in rest_words[i + 1 :])
        ):
            for sentence, long_words in zip(rest, rest_words):  # noqa: B905 - built from `rest` (no keyword parse)
                if not _same_as_title(long_words, title_words) and not (
                    chosen_words and _similarity(long_words, chosen_words[0]) >= 0.6
                ):
                    chosen.append(sentence)
            return [_without_dateline(s.text.strip()) for s in chosen]  # in article order already
    total = len(doc.sentences)
    # best first, earlier first among equals (the indexes differ: the sentences themselves are never compared)
    ranked = sorted([(-_score(s, folded[s.index], words[s.index], lows[s.index], total), s.index, s) for s in rest])
    for _, _, sentence in ranked:
        if len(chosen) >= want:
            break
        long_words = _long_words(lows[sentence.index])
        if _same_as_title(long_words, title_words) or any(_similarity(long_words, c) >= 0.6 for c in chosen_words):
            continue
        chosen.append(sentence)
        chosen_words.append(long_words)
    chosen.sort(key=lambda s: s.index)
    return [_without_dateline(s.text.strip()) for s in chosen]


def _without_dateline(text: str) -> str:
    # `match`, not `sub`: an anchored alternation would still be tried at every position of the sentence
    if text[0] in _BULLET_FIRST:
        found = _BULLET.match(text)
        if found:
            text = text[found.end() :].lstrip()
    # every dateline ends in a bracket, a dash or a colon: most ledes have none near the start and skip the regex
    head = text[:_DATELINE_REACH]
    if "(" in head or "—" in head or "–" in head or "- " in head or ": " in head:
        found = _DATELINE.match(text)
        if found:
            text = text[found.end() :].lstrip()
    return text


def _article_part(
    sentences: list[Sentence], words: list[list[bytes]], lows: list[list[bytes]], title: list[bytes]
) -> list[Sentence]:
    """The sentences between a headline repeated on a line of its own (what precedes it is another story's teaser
    or navigation) and a related-links heading such as "Top stories" (what follows it is other stories)."""
    # sentences[i] is sentence i of the document: the word lists line up with the positions
    first, last = 0, len(sentences)
    # one set of first words, tested at once: most articles hold no heading word at all
    if not _END_FIRST.isdisjoint({low[0] for low in lows[1:last] if low}):
        last = _end_heading(lows, words, last)
    if title:
        start = title[0]
        for i in range(1, min(last, _HEADLINE_WITHIN + 1)):
            low = lows[i]
            if low and low[0] == start and len(low) >= 5 and low == title[: len(low)] and not sentences[i].start:
                first = i + 1
    return sentences[first:last]


def _end_heading(lows: list[list[bytes]], words: list[list[bytes]], last: int) -> int:
    """The index of the first sentence opening with a related-links heading, or `last`."""
    for i in range(1, last):
        low = lows[i]
        if not low or low[0] not in _END_FIRST:
            continue
        head = tuple(low[:2]) if tuple(low[:2]) in _END_HEADINGS else tuple(low[:3])
        if head not in _END_HEADINGS:
            continue
        n = len(head)
        # the heading stands alone, or one that never opens a sentence is glued to the first link's capital
        if len(low) == n or (head in _GLUED_HEADINGS and words[i][n][:1].isupper()):
            return i
    return last


def _how_many(candidates: int) -> int:
    if candidates >= 12:
        return _MAX_POINTS
    if candidates >= 7:
        return 4
    return min(3, candidates)


def _eligible(sentence: Sentence, lows: list[bytes], folded: bytes, alone: bool) -> bool:
    n_words = len(lows)
    if n_words < _MIN_WORDS or n_words > _MAX_WORDS:
        return False
    text = sentence.text.strip()
    if text[-1] not in _ENDINGS:
        return False  # introduces a quote (":"), asks ("?"), or is a heading or caption without a full stop
    if text[0] in _QUOTE_MARKS and text[-1] in "\"”’'":
        return False  # a bare quotation: the quotes section carries it, with its speaker
    # the phrases are looked for only when one of their words is there: a set test in C
    if not _FURNITURE_WORDS.isdisjoint(lows) and _names_any(_FURNITURE, text.lower()):
        return False
    if text[0] in _BYLINE_FIRST and _BYLINE.match(text):
        return False
    if text[0] == "(" and text.rstrip(".")[-1] == ")":
        return False  # a whole sentence in brackets is an aside, never the news
    if text.count("|") >= 2:
        return False  # a table row, or a heading and a byline run together by the page layout
    # prose has function words ("the", "of", "said"): a short line of capitalised words and figures with hardly any
    # is a listing, a score line or a heading ("Tue – Sat 4PM (Closed on Sun & Mon)"); the count is C over bytes
    if (
        n_words <= (_LISTING_WORDS if alone else _SCORE_LINE_WORDS)
        and _PROSE_WORDS.isdisjoint(lows)  # stops at the first "the": most sentences skip the count
        and (b" " + folded).translate(_CLASS_TABLE).count(b" x") * 4 < n_words
    ):
        return False
    if not alone:
        return True
    # furniture stands alone: a credit or sign-up line is a paragraph of its own, never mid-paragraph
    if is_boilerplate_line(text):
        return False
    return not _looks_like_caption(text, n_words)


def _looks_like_caption(text: str, n_words: int) -> bool:
    # a short paragraph of its own with no verb: "Elon Musk at a conference in Paris last year."
    return n_words <= 14 and not _VERBISH.search(text)


def _score(sentence: Sentence, folded: bytes, toks: list[bytes], lower: list[bytes], total: int) -> float:
    # one expression where it can be (the same additions in the same order): bytecode is what costs here
    text = sentence.text
    index = sentence.index
    # words starting with a digit or a capital, the first word aside for capitals: in the folded sentence with
    # spaces as " ", digits as "1", capitals as "A", a word start is a non-space after a space (C counts, no loop)
    classes = b" " + folded.translate(_CLASS_TABLE)
    keys = _LOWER_KEYS.intersection(lower)
    numbers = classes.count(b" 1") + (len(keys & _MAGNITUDE) if keys else 0)
    capitals = classes.count(b" A") - (toks[0][:1].isupper() if toks else 0)
    actions = len(keys & _ACTION) if keys else 0
    institutions = len(_INSTITUTION.intersection(toks))
    score = (
        2.0 / (1.0 + 0.25 * index)  # news comes first
        + (actions if actions < 2 else 2) * 1.0
        + (institutions if institutions < 2 else 2) * 0.6
        + (numbers if numbers < 2 else 2) * 0.5
        + (capitals if capitals < 3 else 3) * 0.2
    )
    if (keys and not _BACKGROUND_WORDS.isdisjoint(keys) and _names_any(_BACKGROUND, text.lower())) or (
        lower and lower[0] == b"in" and text.lstrip()[3:5] in ("19", "20")
    ):
        score -= 1.0
    # _QUOTE_MARKS, unrolled; an ASCII sentence (most: `isascii` reads a flag) can hold only the straight one
    if (
        text.count('"') if text.isascii() else text.count('"') + text.count("“") + text.count("”") + text.count("‘")
    ) >= 2:
        # a quotation belongs in the quotes section
        score -= 1.5 if text.lstrip()[:1] in _QUOTE_MARKS else 0.5
    if total and index > 0.8 * total:
        score -= 0.5  # closing lines are background and reaction
    return score


def _names_any(phrases: tuple[str, ...], lowered: str) -> bool:
    """Does the lower-cased sentence hold one of the phrases? A substring search each: `re` scanning for an
    alternation's first letters costs several times more (~90 instructions a character)."""
    return any(phrase in lowered for phrase in phrases)


def _long_words(lows: list[bytes]) -> set[bytes]:
    return {w for w in lows if len(w) > 3}


def _same_as_title(words: set[bytes], title: set[bytes]) -> bool:
    # a headline repeated as the first line; a lede that merely shares the headline's words is still the lede
    if not words or not title:
        return False
    shared = len(words & title)
    return shared / (len(words) + len(title) - shared) >= 0.7  # the union's size, without building it


def _similarity(a: set[bytes], b: set[bytes]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
