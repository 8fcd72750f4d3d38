"""Timing phrases in a sentence ("early February", "this week", "on Monday") and their resolution to ISO dates.

A phrase that names one day ("on Monday", "yesterday", "12 January") becomes YYYY-MM-DD once the article's
publication date is known; anything vaguer ("this week", "by the end of the month") is kept as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from summariser._lazy_re import lazy_re
from summariser._trie import trie_pattern, words

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9}
_MONTH_ABBR.update({"oct": 10, "nov": 11, "dec": 12})

_DAY = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?= \d))"
)
_PERIOD = r"(?:week|month|year|weekend|summer|autumn|spring|winter|fall|quarter|term|session|parliament)"
_LEAD = r"(?:on|by|from|until|before|after|since)"
_NUMWORD = r"(?:a|one|two|three|four|five|six|\d{1,2}|a few|several|the next few|the coming)"
# Order matters: longer, more specific shapes first so the alternation takes the widest phrase.
_PATTERNS = (
    # day-month dates: "12 January", "on 3 March 2026", "January 12, 2026"
    rf"(?:{_LEAD} )?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)? (?P<m1>{_MON})(?: (?P<y1>\d{{4}}))?",
    rf"(?:{_LEAD} )?(?P<m2>{_MON}) (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? (?P<y2>\d{{4}}))?",
    # weekdays: "on Monday", "last Friday", "next Tuesday", "on Monday evening"
    rf"(?:(?P<wq>on|last|this|next|by|from|until|since|before|after|late on|early on|earlier on) )?{_DAY}"
    r"(?: (?:morning|afternoon|evening|night))?",
    r"(?P<rel>yesterday|today|tomorrow|tonight)(?: (?:morning|afternoon|evening))?",
    # "by the end of the month", "by the end of February", "the start of next year"
    rf"(?:by |at |before |until |from |towards )?the (?:end|start|beginning|middle|close) of "
    rf"(?:the |this |next |last )?(?:{_PERIOD}|{_MON}(?: \d{{4}})?|\d{{4}})",
    rf"(?:in )?{_MON} (?:last|next|this) year",
    # "early February", "mid-March", "late January 2026", "in February", "by March", "since January"
    rf"(?:(?:in|by|from|until|since|before|after|during|throughout|through|into) )?(?:(?:early|mid|late)[- ])?"
    rf"{_MON}(?: \d{{4}})?(?![\w'’])",
    # "this week", "later this month", "earlier this year", "next week", "last year", "in the coming weeks"
    rf"(?:(?:earlier|later|early|late) )?(?:this|next|last|the coming|the following|the previous) {_PERIOD}",
    r"(?:in|within|over|for) (?:the )?(?:coming|next|following|past|last) (?:few )?(?:days|weeks|months|years)",
    rf"(?:within|in) {_NUMWORD} (?:days|weeks|months|years|day|week|month|year)",
    rf"{_NUMWORD} (?:days|weeks|months|years) ago",
    r"(?:in|by|from|since|until|before|during) (?:the )?(?:spring|summer|autumn|winter|fall) (?:of )?\d{4}",
    # "in the 2016 campaign" is a campaign, not a time: "the" + year only when no noun follows
    r"(?:in|by|from|since|until|before|during|for) (?:the (?:(?:early|mid|late)[- ])?(?:19|20)\d{2}(?!\s+[a-z])"
    r"|(?:(?:early|mid|late)[- ])?(?:19|20)\d{2})(?![\w%.,]\d)",
    r"(?:at|over) the weekend|(?:in|by|over|during|before|until) the (?:new year|autumn|spring|summer|winter)",
    r"(?:in|over) recent (?:days|weeks|months)|within (?:days|weeks|months|hours)",
    r"(?:this|tomorrow|yesterday) (?:morning|afternoon|evening)|tonight",
    r"(?:with )?immediate effect|immediately|from today|from next (?:week|month|year)",
    r"(?:earlier|later) (?:today|this (?:week|month|year))",
)
# every phrase starts with one of these words or a digit: checking that first lets the scan skip most positions
_FIRST_WORDS = words(
    "on by from until before after since late early earlier later in at towards the during throughout "
    "through into mid this next last coming following previous within over for a one two three four five "
    "six several few immediately immediate with yesterday today tomorrow tonight"
)
_FIRST = trie_pattern([*_FIRST_WORDS, *_WEEKDAYS, *_MONTHS, *_MONTH_ABBR, "early-", "mid-", "late-"])
_TIMING = lazy_re(
    rf"(?<![\w-])(?=(?:{_FIRST})\b|\d)(?:" + "|".join(f"(?:{p})" for p in _PATTERNS) + r")(?![\w-])",
    re.IGNORECASE,
)
# every timing phrase holds one of these (or a digit); most sentences hold none and skip the full scan
_ANCHOR_LIST = (
    *_WEEKDAYS,
    *_MONTHS,
    *_MONTH_ABBR,
    *words("yesterday today tomorrow tonight week weeks month months year years weekend days day spring summer"),
    *words("autumn winter fall quarter term session parliament immediately immediate"),
    *words("morning afternoon evening tonight recent"),
)
_ANCHORS = lazy_re(r"\d|(?<![\w-])(?:" + trie_pattern(_ANCHOR_LIST) + r")(?![\w-])", re.IGNORECASE)
_ANCHOR_WORDS = frozenset(_ANCHOR_LIST)
_DIGIT = lazy_re(r"\d")
# leading words that carry no timing of their own ("in February" -> "February", "on Monday" -> "Monday")
# ("in the spring", "in recent days" keep theirs, as annotators write them)
_DROP_LEAD = lazy_re(
    rf"^(?:(?:in|on|at|during|throughout|through|into|for) (?=(?:{_MON}|\d{{4}}|{_DAY[6:-1]})\b)|(?:on|at|over) )",
    re.IGNORECASE,
)
_CAPITAL_OK = lazy_re(r"[A-Z]")
_MONTH_WORD = lazy_re(rf"\b{_MON}(?!\w)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TimingPhrase:
    """A timing expression found in a sentence: offsets, the words, and the value `when` should carry."""

    start: int
    end: int
    text: str
    value: str


def find_timings(
    text: str,
    *,
    published: datetime | date | None = None,
    future: bool = False,
    words: set[str] | frozenset[str] | None = None,
) -> list[TimingPhrase]:
    """Every timing phrase in `text`, resolved to an ISO date where one day is named and the article date is known.

    `words` may give the lower-cased words of `text` (split at spaces and punctuation other than hyphens)."""
    return [
        TimingPhrase(m.start(), m.end(), m.group(0), timing_value(m, published, future))
        for m in timing_matches(text, words)
    ]


def timing_matches(text: str, words: set[str] | frozenset[str] | None = None) -> list[re.Match[str]]:
    """The matches `find_timings` turns into phrases, in text order (`words` as there)."""
    if not _may_hold_timing(text, words):
        return []
    return [m for m in _timing_matches(text) if _is_real_timing(m)]


def timing_value(m: re.Match[str], published: datetime | date | None = None, future: bool = False) -> str:
    """The value `find_timings` gives the phrase `m` matched: an ISO date where it names one day and `published` is
    known, else its words. (A phrase scanned alone matches as it did inside its sentence: same groups, same value.)"""
    try:
        resolved = _resolve(m, published, future)
    except (OverflowError, ValueError):  # a sentinel publication date (0001-01-01, 9999-12-31): keep the words
        resolved = None
    return resolved or _DROP_LEAD.sub("", m.group(0))


def _may_hold_timing(text: str, words: set[str] | frozenset[str] | None) -> bool:
    """Does `text` hold a digit or an anchor word (`_ANCHORS`)? Most sentences do not and skip the full scan."""
    if words is not None and _NOT_PLAIN.search(text) is None:
        # printable ASCII (and the marks the word set splits at) without "_": the words are exactly the runs
        # `_ANCHORS` sees between non-word characters, so a set test answers it without trying every position
        return not _ANCHOR_WORDS.isdisjoint(words) or _DIGIT.search(text) is not None
    return _ANCHORS.search(text) is not None


# anything but printable ASCII other than "_", and the non-ASCII marks that split words for the caller's word set
_NOT_PLAIN = lazy_re("[^\x20-\x5e\x60-\x7e“”‘’—–…]")


# `_TIMING` tries all its shapes wherever a first word (`_FIRST`) starts; most shapes cannot start with that word.
# Each shape's possible first words ("<d>": a digit); a shape listed under a word it cannot start with only costs a try
_STARTS = (
    "on by from until before after since <d>",
    "on by from until before after since <month>",
    "on last this next by from until since before after late early earlier <weekday>",
    "yesterday today tomorrow tonight",
    "by at before until from towards the",
    "in <month>",
    "in by from until since before after during throughout through into early mid late <month>",
    "earlier later early late this next last the",
    "in within over for",
    "within in",
    "a one two three four five six <d> several the",
    "in by from since until before during",
    "in by from since until before during for",
    "at over in by during before until",
    "in over within",
    "this tomorrow yesterday tonight",
    "with immediate immediately from",
    "earlier later",
)
_CLASSES = {"<month>": (*_MONTHS, *_MONTH_ABBR), "<weekday>": _WEEKDAYS, "<d>": ("<d>",)}
_GROUPS = re.compile(r"\(\?P<(\w+)>")


def _shapes_by_word() -> dict[str, tuple[int, ...]]:
    """For each first word, the shapes (indices into `_PATTERNS`) that can start with it, in `_TIMING`'s order."""
    starts: dict[str, list[int]] = {}
    for k, spec in enumerate(_STARTS):
        for token in spec.split():
            for word in _CLASSES.get(token, (token,)):
                starts.setdefault(word, []).append(k)
    return {word: tuple(kept) for word, kept in starts.items()}


_BY_WORD = _shapes_by_word()
_GROUP_NAMES = _GROUPS.findall("".join(_PATTERNS))
# each shape compiled on its own, on first need: together no bigger than `_TIMING` (a pattern per list of shapes
# compiled five times as much, which a fresh worker process pays before it has saved anything)
_SHAPES: list[re.Pattern[str] | None] = [None] * len(_PATTERNS)


def _shape(k: int) -> re.Pattern[str]:
    """Shape `k` of `_TIMING` with its edges; the named groups it lacks close it unmatched (`m.group("wd")` is None)."""
    body = f"(?:{_PATTERNS[k]})"
    present = set(_GROUPS.findall(body))
    missing = [name for name in _GROUP_NAMES if name not in present]
    if missing:  # never matches: the groups only exist
        body += "|(?!)" + "".join(f"(?P<{name}>)" for name in missing)
    pattern = _SHAPES[k] = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)
    return pattern


# where `_TIMING`'s look-ahead lets a match start, on the lower-cased text: a first word that ends there, or a digit
_LOCATE = lazy_re(rf"(?<![\w-])(?:(?:{_FIRST})(?!\w)|\d)")


def _timing_matches(text: str) -> list[re.Match[str]]:
    """`_TIMING.finditer(text)`: in printable ASCII each possible start is located on the lower-cased text and only
    the shapes its first word can open are tried there (case-folding is then plain `lower`)."""
    if _NOT_PLAIN.search(text) is not None:
        return list(_TIMING.finditer(text))
    found: list[re.Match[str]] = []
    end = 0
    for at in _LOCATE.finditer(text.lower()):
        start = at.start()
        if start < end:
            continue  # inside the last match: `finditer` resumes after it
        word = at.group(0)
        # the first shape that matches there, in `_TIMING`'s order: the alternation's own choice (each shape carries
        # the closing edge, so a shape whose every match fails it gives way to the next, as in `_TIMING`)
        for k in _BY_WORD.get("<d>" if word.isdigit() else word, ()):
            m = (_SHAPES[k] or _shape(k)).match(text, start)
            if m is not None:
                found.append(m)
                end = m.end()
                break
    return found


def resolve_when(
    text: str, anchor: int, *, published: datetime | date | None = None, future: bool = False, limit: int | None = None
) -> str | None:
    """The timing phrase nearest to character `anchor` (ties go to the later one), or None when there is none."""
    best: tuple[int, TimingPhrase] | None = None
    for t in find_timings(text, published=published, future=future):
        if limit is not None and t.start >= limit:
            continue
        dist = t.start - anchor if t.start >= anchor else anchor - t.end + 1
        if best is None or dist < best[0]:
            best = (dist, t)
    return best[1].value if best else None


def _is_real_timing(m: re.Match[str]) -> bool:
    # "May" and abbreviations are only months when capitalised; "may" is a modal verb, "Mar" could be a name
    month = m.group("m1") or m.group("m2")
    phrase = m.group(0)
    if month is None and not m.group("wd") and not m.group("rel"):
        word = _MONTH_WORD.search(phrase)
        if word is None:
            return True
        token = word.group(0)
        if not _CAPITAL_OK.match(token):
            return False
        return not (token.lower() == "may" and phrase == token)
    if month is not None and not _CAPITAL_OK.match(month):
        return False
    return not (m.group("wd") and not _CAPITAL_OK.match(m.group("wd")))


def _as_date(published: datetime | date | None) -> date | None:
    if isinstance(published, datetime):
        return published.date()
    return published


def _month_number(token: str) -> int:
    key = token.rstrip(".").lower()
    if key in _MONTHS:
        return _MONTHS.index(key) + 1
    return _MONTH_ABBR[key]


def _resolve(m: re.Match[str], published: datetime | date | None, future: bool) -> str | None:
    pub = _as_date(published)
    if pub is None:
        return None
    if m.group("rel"):
        offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[m.group("rel").lower()]
        return (pub + timedelta(days=offset)).isoformat()
    if m.group("wd"):
        return _resolve_weekday(pub, m.group("wd").lower(), (m.group("wq") or "").lower(), future)
    day, month, year = (m.group("d1"), m.group("m1"), m.group("y1"))
    if day is None:
        day, month, year = (m.group("d2"), m.group("m2"), m.group("y2"))
    if day is None or month is None:
        return None
    return _resolve_day_month(pub, int(day), _month_number(month), int(year) if year else None)


def _resolve_weekday(pub: date, weekday: str, qualifier: str, future: bool) -> str | None:
    target = _WEEKDAYS.index(weekday)
    back = (pub.weekday() - target) % 7
    ahead = (target - pub.weekday()) % 7
    if qualifier == "last":
        return (pub - timedelta(days=back or 7)).isoformat()
    if qualifier == "next":
        return (pub + timedelta(days=ahead or 7)).isoformat()
    if qualifier == "this":
        return None  # "this Friday" could be either side of publication; keep the words
    if future or qualifier in ("by", "until", "from"):
        return (pub + timedelta(days=ahead)).isoformat()
    return (pub - timedelta(days=back)).isoformat()


def _resolve_day_month(pub: date, day: int, month: int, year: int | None) -> str | None:
    candidates = [year] if year else [pub.year - 1, pub.year, pub.year + 1]
    best: date | None = None
    for y in candidates:
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if best is None or abs((d - pub).days) < abs((best - pub).days):
            best = d
    return best.isoformat() if best else None
