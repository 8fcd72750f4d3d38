"""Pure text transforms shared by core, store and the Discord layer: the matching fold and user text in inline code.

`fold` is the one definition of "the same text" for every search, filter, autocomplete and alert match: users type
without accents and in any case, so "ecole" finds "École", "regulacion" "regulación", "ограничение" "Ограничение".
`code_span` shows user text (an alert query, say) literally in a message; core cannot import the cogs, so both the
delivery worker's notices and the cogs' replies use this one.
"""

from __future__ import annotations

import functools
import re
import unicodedata

ELLIPSIS = "…"
# `<@id>`, `<@!id>`, `<@&id>`, `<#id>`, `</cmd:id>`: Discord renders these as live mentions/links
MENTION_SYNTAX = re.compile(r"<(?=[@#/])")
MASS_MENTION = re.compile(r"@(?=(everyone|here)\b)", re.IGNORECASE)


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(combining marks, characters `fold` changes) of the Basic Multilingual Plane, as character classes; built on
    the first non-ASCII fold (~50 ms), from the running Python's Unicode tables.

    Marks: a non-zero canonical combining class. Changed: a mark, a character with a decomposition, another case
    fold or another lower case, or one NFC may join to the character before it (the second of a canonical pair,
    Hangul vowel/final jamo) — and, for the shortcut's sake, any astral character (emoji, 𝐀).
    The classes list BMP characters only: a class wholly below U+10000 compiles to a bitmap, one astral range makes it
    a range list ten times slower; astral marks (Brahmi, musical notation…) never decorate a letter users type.
    """
    marks: list[int] = []
    changed: set[int] = set(range(0x1161, 0x1176)) | set(range(0x11A8, 0x11C3))  # Hangul V and T jamo
    for code in range(0x80, 0x10000):
        ch = chr(code)
        decomposition = unicodedata.decomposition(ch)
        if unicodedata.combining(ch):
            marks.append(code)
            changed.add(code)
        elif decomposition or ch.casefold() != ch or ch.lower() != ch:  # Cherokee: lower() differs, casefold not
            changed.add(code)
        parts = decomposition.split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            changed.add(int(parts[1], 16))
    return _char_class(marks, "+"), re.compile(_char_class(sorted(changed), "").pattern + "|[\U00010000-\U0010ffff]")


def combining_marks_class() -> str:
    """The combining marks `fold` drops (every BMP mark), as one regular-expression character class "[…]"."""
    return _patterns()[0].pattern.removesuffix("+")


def _char_class(codes: list[int], repeat: str) -> re.Pattern[str]:
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return re.compile("[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges) + "]" + repeat)


def fold(text: str) -> str:
    """Text for accent- and case-insensitive comparison: NFKD, combining marks dropped, case folded, NFC.

    "École" -> "ecole", "ΚΟΜΙΣΙΌΝ" -> "κομισιον", "Straße" -> "strasse", "ﬁnal" -> "final". NFC at the end puts back
    what NFKD took apart without a mark (Hangul syllables), so text in scripts without accents stays as typed.
    Idempotent: fold(fold(s)) == fold(s) for every character (tested over all of Unicode).
    """
    if text.isascii():  # most text: NFKD, the marks and NFC change nothing here, casefold is lower()
        return text.lower()
    marks, changed = _patterns()
    if changed.search(text) is None:  # curly quotes, dashes, "£", CJK: lower() is the whole fold (tested)
        return text.lower()
    folded = marks.sub("", unicodedata.normalize("NFKD", text)).casefold()
    return folded if folded.isascii() else unicodedata.normalize("NFC", folded)


def truncate(text: str, limit: int) -> str:
    """Cut to at most `limit` characters, ending with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    return text[: max(0, limit - 1)].rstrip() + ELLIPSIS


def code_span(text: str, limit: int = 200) -> str:
    """User text shown literally in an inline code span (markdown and mentions do not render there); a backtick,
    which would end the span early and let the rest render, is swapped for a look-alike."""
    inner = " ".join(text.split()).replace("`", "ˋ")
    # mentions do not render inside code, but a zero-width break costs nothing if a client ever disagrees
    inner = MENTION_SYNTAX.sub("<\u200b", MASS_MENTION.sub("@\u200b", inner))
    return f"`{truncate(inner, limit) or ' '}`"
