"""The masked text the speaker patterns read: quotations blanked out, and the full stops of abbreviations and the
commas inside organisations' names replaced by stand-ins, every offset unchanged."""

from __future__ import annotations

import re

from summariser._lazy_re import lazy_re
from summariser._name_tokens import DOTTED_TITLES
from summariser._text import QuoteSpan, word_set

COMMA = "\u2063"  # stands in for a comma inside an organisation's name in the masked text

_SPACE_RUN = lazy_re(r"\s*")


def skip_space(text: str, start: int, end: int) -> int:
    """`start` moved past all leading blanks but two: an anchored pattern that opens with optional blanks then tries
    at most three ways to split the run (the most any of ours needs), not one per blank of a masked quotation."""
    run = _SPACE_RUN.match(text, start, end)
    return max(start, run.end() - 2) if run else start


def mask(para: str, spans: list[QuoteSpan]) -> str:
    """The paragraph with every quotation (marks included) blanked out, offsets unchanged."""
    if not spans:
        return para
    out: list[str] = []
    pos = 0
    for span in spans:  # in order and disjoint, as find_quote_spans gives them: slices, not a list of characters
        start = max(span.start, pos)
        if span.end > start:
            out += (para[pos:start], " " * (span.end - start))
            pos = span.end
    out.append(para[pos:])
    return "".join(out)


ABBREVIATION_DOT = "\u2024"  # stands in for the full stop of an abbreviation in the masked text
_ABBREVIATIONS = word_set(
    "U.S U.K U.N E.U D.C Lt Col Gen Sgt Capt Cmdr Adm Jr Sr Rev Inc Corp Co Ltd No Jan Feb Aug Sept Sep Oct Nov Dec"
) | frozenset(DOTTED_TITLES)


def _abbreviation_stop() -> str:
    """A full stop before a blank or comma whose word (back to a blank, "(", a line break or the start) is a listed
    abbreviation or a capital A-Z alone: one look-behind per word length (they must be fixed-width)."""
    by_length: dict[int, list[str]] = {1: ["[A-Z]"]}
    for word in sorted(_ABBREVIATIONS):
        by_length.setdefault(len(word), []).append(re.escape(word))
    behind = "|".join(rf"(?<=(?<![^ (\n])(?:{'|'.join(words)})\.)" for _, words in sorted(by_length.items()))
    return rf"\.(?=[\s,])(?:{behind})"


# the literal first character lets `re` skip to the few full stops, and the look-behinds reject a sentence's end
# there, so Python sees only the abbreviations (most paragraphs have none)
_ABBREVIATION_STOP = lazy_re(_abbreviation_stop())


def mask_abbreviations(text: str) -> str:
    """'Mr. Brooks', 'U.S. Attorney Nora Cobb', 'James P. Kennedy': abbreviation full stops replaced, offsets kept."""
    if "." not in text:
        return text
    cuts = []
    for m in _ABBREVIATION_STOP.finditer(text):
        i = m.start()
        cuts.append(i)
        if text[i - 2 : i - 1] == ".":  # "U.S": the inner full stops too
            word = text[max(text.rfind(" ", 0, i), text.rfind("(", 0, i), text.rfind("\n", 0, i)) + 1 : i]
            cuts.extend(i - len(word) + j for j, ch in enumerate(word) if ch == ".")
    if not cuts:
        return text
    chars = list(text)
    for i in cuts:
        chars[i] = ABBREVIATION_DOT
    return "".join(chars)


def unmask(text: str) -> str:
    """A phrase from the masked text back in the article's own punctuation."""
    return text.replace(ABBREVIATION_DOT, ".").replace(COMMA, ",")
