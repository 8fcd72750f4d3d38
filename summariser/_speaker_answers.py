"""An answer is not the asker's: after 'Laura Kuenssberg asked: "Will this law ever be enforced?"', a new paragraph
'"It will be enforced," she said' is the answer of someone else, so "she" must not go back to the one who asked."""

from __future__ import annotations

from summariser._lazy_re import lazy_re

# the question's paragraph (quotes blanked) says someone asked or put a question
_ASKING = lazy_re(r"\b(?:asked|asks|asking|put\s+(?:it|the\s+question|the\s+point)\s+to|pressed|quizzed)\b")
_CLOSE = "\"'”’ "


def asker_answering(masked_prev: str, prev_text: str, prev_para: int, text: str, para: int) -> bool:
    """True when the quote before (in paragraph `prev_para`, its masked text `masked_prev`) is a question someone
    is said to have asked, and this quote, opening the next paragraph, is a statement: its speaker answers."""
    if para != prev_para + 1 or not prev_text.rstrip(_CLOSE).endswith("?"):
        return False
    if text.rstrip(_CLOSE).endswith("?"):
        return False  # a second question: the asker may be going on
    return _ASKING.search(masked_prev) is not None
