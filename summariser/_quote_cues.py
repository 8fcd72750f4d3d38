"""Quote attributions the clause patterns do not give: a broadcast script's cue line, the second half of a split
quote, and "one of them" after an unnamed group."""

from __future__ import annotations

import re

from summariser._lazy_re import lazy_re
from summariser._speakers import Attribution, SpeakerResolver
from summariser._text import QuoteSpan, Sentence

__all__ = ["one_of_them", "script_cue", "split_half"]

# a broadcast script's cue for a clip of someone speaking: "[SOT — KEN PAXTON, TEXAS ATTORNEY GENERAL]"
_SCRIPT_CUE = lazy_re(
    r"\[(?:SOT|SOUNDBITE|SOUND ON TAPE|SOT/FULL|BITE)\s*[—–:-]+\s*(?P<who>[^,\]]{3,60})(?:,[^\]]*)?\]\s*"
)
_CUE_TITLES = frozenset(
    {"Rep.", "Sen.", "Gov.", "Dr.", "Mr.", "Mrs.", "Ms.", "Rep", "Sen", "Gov", "Dr", "Mayor", "Judge"}
)


def script_cue(resolver: SpeakerResolver, cue: Sentence) -> Attribution | None:
    """The person a script's cue line names, when the article names them too ("KEN PAXTON" -> Ken Paxton)."""
    m = _SCRIPT_CUE.fullmatch(cue.text)
    if m is None:
        return None
    words = [w.capitalize() for w in m.group("who").split()]
    while words and words[0] in _CUE_TITLES:
        words = words[1:]
    who = resolver.index.resolve(" ".join(words), sentence=cue.index) if words else None
    if who is None or not (resolver.index.is_person(who) or resolver.index.is_org(who)):
        return None
    return Attribution(who, resolver.index.role_of(who), "cue")


# the attribution between the halves of a split quote: ', he said, ', ' she added: '
_SPLIT_GAP = lazy_re(r"[\s,]*(?:he|she|it|they)\s+(?:said|says|added|adds|continued|went on)[\s,:]*", re.IGNORECASE)


def split_half(
    resolver: SpeakerResolver,
    para: int,
    start: int,
    sentence_start: int,
    prev_para: int,
    prev_span: QuoteSpan,
    speaker: str | None,
) -> Attribution | None:
    """'"…," he said, "…"': the second half of a split quote (opening at `start`) has the speaker of the first half
    (the quotation `prev_span` of the same sentence), when only a pronoun and a speech verb stand between."""
    if (
        speaker is None
        or prev_para != para
        or prev_span.start < sentence_start
        or not _SPLIT_GAP.fullmatch(resolver.masked[para], prev_span.end, start)
    ):
        return None
    return Attribution(speaker, resolver.index.role_of(speaker), "split")


_ONE_OF_THEM = lazy_re(r"[\s,]*one\s+of\s+(?:them|those)\s+(?:said|says|added|told)\b", re.IGNORECASE)


def one_of_them(resolver: SpeakerResolver, para: int, start: int, end: int) -> Attribution | None:
    """'Two Commission officials said … "…," one of them said': one of the unnamed group that just spoke ("a
    Commission official"); a group of named people leaves it unknown."""
    m = _ONE_OF_THEM.match(resolver.masked[para], start, end)
    if m is None:
        return None
    sent = resolver.sentence_of(para, start)
    who = resolver._one_of_group(sent, start - sent.start)
    return Attribution(who, None, "anonymous") if who is not None else None
