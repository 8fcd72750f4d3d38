"""An answer is not the asker's: after 'Laura Kuenssberg asked: "Will this law ever be enforced?"', a new paragraph
'"It will be enforced," she said' is the answer of someone else, so "she" must not go back to the one who asked."""

from __future__ import annotations

from summariser._lazy_re import first_chars, lazy_re

# the question's paragraph (quotes blanked) says someone asked or put a question
_ASKING = lazy_re(
    r"\b(?:asked|asks|asking|put\s+(?:(?:it|the\s+question|the\s+point)\s+)?to|pressed|quizzed|challenged)\b",
    first=first_chars("acpq"),
)
# the quote's own attribution says it answers: '"…," she replied'
# (every verb opens on r, a, c or s: `re` skips to those letters instead of trying \b everywhere)
_REPLYING = lazy_re(
    r"\b(?:replied|replies|responded|answered|retorted|countered|shot\s+back)\b", first=first_chars("racs")
)
_CLOSE = "\"'”’ "


def asker_answering(masked_prev: str, prev_text: str, prev_para: int, text: str, para: int) -> bool:
    """True when the quote before (in paragraph `prev_para`, its masked text `masked_prev`) is a question someone
    is said to have asked, and this quote, opening the next paragraph, is a statement: its speaker answers."""
    if para != prev_para + 1 or not prev_text.rstrip(_CLOSE).endswith("?"):
        return False
    if text.rstrip(_CLOSE).endswith("?"):
        return False  # a second question: the asker may be going on
    return _ASKING.search(masked_prev) is not None


def says_reply(masked_here: str) -> bool:
    """True when the paragraph holds a reply verb ("she replied"): `reply_to_asker` is False without one."""
    return _REPLYING.search(masked_here) is not None


def reply_to_asker(masked_before: str, masked_here: str, speaker: str) -> bool:
    """True when this paragraph's quote is said to reply ("she replied") and the text just before it (the previous
    paragraph and this one up to the quote) has `speaker` asking or putting something to someone ("Patel put to her
    that …"): the reply is not the asker's."""
    if _REPLYING.search(masked_here) is None:
        return False
    surname = speaker.rsplit(None, 1)[-1]
    # the last question put before the quote decides; its asker is named just before the verb
    starts = [m.start() for m in _ASKING.finditer(masked_before)]
    return bool(starts) and surname in masked_before[max(0, starts[-1] - 60) : starts[-1]]
