"""Where a quote is not the words of the one an attribution near it points to.

'"Is that realistic?" "It depends," responded Mark Ellison': the clause after the second quote attributes the second
quote only. '"Which rockets could do it?" Ellison responded that only one could.': a reply that reports its own
content ("responded that …") is not the attribution of the question before it. '"It was easy for Laura Denning to
…," she said': a person carried over by a pronoun is not the one the quote talks about by full name. "Ford and Fry
replied": a joint subject is no one's alone, even with one name unresolved. '"…," Howard Pell, a fellow at …, has
long held': a name right after the quote may be its speaker, so the speaker before does not simply carry on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from summariser._lazy_re import first_chars, lazy_re
from summariser._people import Mention
from summariser._text import QuoteSpan, has_word

if TYPE_CHECKING:
    from summariser._speakers import SpeakerResolver

# a speech verb followed by its own reported clause: the sentence reports what was said, it does not attribute the
# quotation before it ("that morning", "that day" is a time, not a clause)
_OWN_CLAUSE = lazy_re(
    r"\b(?:responded|responds|replied|replies|answered|answers|said|says|countered|retorted|insisted|argued|"
    r"explained|acknowledged|conceded|admitted)\s+(?:that|by|with)\s+(?!(?:morning|day|night|week|evening|"
    r"afternoon|year|month|time)\b)"
)
_WORD_CHAR = lazy_re(r"[^\W_]")
# at most this many words before the verb: the subject of the next sentence, not a clause of its own
_SUBJECT_WORDS = 8
# a name after a quote must come within this many words of the closing mark: the quote's own attribution clause
_TRAILING_WORDS = 4


def next_quote_start(para: str, spans: list[QuoteSpan], after: int) -> int | None:
    """The start of the quotation that follows right after offset `after` (only spaces and punctuation between),
    else None: an attribution beyond it belongs to that quotation, not to the one ending at `after`."""
    for span in spans:
        if span.start >= after:
            return span.start if _WORD_CHAR.search(para, after, span.start) is None else None
    return None


def reports_own_content(masked: str, start: int, end: int) -> bool:
    """True when the sentence in masked[start:end] opens on a subject and a speech verb with its own reported
    clause ("Ellison responded that …"): it reports speech rather than attributing a quote before it."""
    m = _OWN_CLAUSE.search(masked, start, end)
    return m is not None and len(masked[start : m.start()].split()) <= _SUBJECT_WORDS


# attributions that only carry a person over from earlier text (a pronoun, a bare quote going on), not a name given
# with the quote itself
_CARRIED = frozenset({"pronoun", "continued"})


def names_speaker(how: str, speaker: str, text: str, is_person: Callable[[str], bool]) -> bool:
    """True when a person carried over (a pronoun, a quote going on) is named in full inside the quoted words:
    '"It was easy for Laura Denning to …," she said' talks about Laura Denning; she is not the one speaking. (A body
    names itself in its statements: "The Garda would ask anyone affected to come forward.")"""
    if how not in _CARRIED or " " not in speaker or speaker not in text or not is_person(speaker):
        return False
    return has_word(text, speaker)


# a joint subject whose first name the index could not resolve: "Ford and Fry replied", "Both Ford and Fry said"
_BARE_AND = lazy_re(r"(?:[Bb]oth\s+)?[A-Z][\w’'.-]*\s+(?:and|&)\s+", first=first_chars("ABCDEFGHIJKLMNOPQRSTUVWXYZb"))


def unresolved_partner(phrase: str, start: int, mentions: Iterable[tuple[int, Mention]]) -> bool:
    """True when the speaker phrase (at `start` of its paragraph) is "<Word> and <person>", the person named by a bare
    name (no title in the mention): "Ford and Fry replied" is a joint subject, even when "Ford" (two people of that
    name in the article) was not resolved; "Communications Minister Jane Doe" after "Internal Affairs and" is one."""
    m = _BARE_AND.match(phrase)
    if m is None:
        return False
    at = start + m.end()
    for pos, mention in mentions:
        if pos == at and mention.kind == "person":
            return set(mention.text.split()) <= set(mention.canonical.split())
    return False


def named_after_quote(resolver: SpeakerResolver, para: int, span: QuoteSpan, speaker: str) -> bool:
    """True when the clause right after a closed quote (span `span` of paragraph `para`) names someone other than
    `speaker` within a few words, in the quote's sentence: '"…," Howard Pell, a senior fellow at …, has written' may
    be Pell's words even when the attribution was not read, so the speaker before must not simply carry on."""
    if not span.closed:
        return False
    tail = resolver.sentence_of(para, span.end - 1)
    end = tail.start + len(tail.text)
    for pos, m in resolver.outside.get(tail.index, ()):
        if span.end <= pos < end and m.canonical != speaker:
            gap = resolver.masked[para][span.end : pos]
            return not any(c in gap for c in ".!?") and len(gap.split()) <= _TRAILING_WORDS
    return False


# "he"/"she" right after a quote (only spaces or a comma between)
PRONOUN_AFTER = lazy_re(r"[\s,]*(he|she)\b", re.IGNORECASE)
_PRONOUN_BEFORE = lazy_re(r"\b(he|she)\b[^.!?]{0,40}$", re.IGNORECASE, first=first_chars("hs", ignore_case=True))


def attribution_pronoun(first: str, start: int, last: str, end: int) -> str | None:
    """ "he" or "she": the pronoun of a quote's attribution, right after it ('"…," she said'; `last` is the masked
    paragraph where the quote ends at `end`) or shortly before it in its sentence ('She told the BBC: "…"'; `first`
    the masked paragraph where it opens at `start`); None when there is none."""
    after = PRONOUN_AFTER.match(last, end)
    if after is not None:
        return after.group(1).lower()
    before = _PRONOUN_BEFORE.search(first, max(0, start - 60), start)
    return before.group(1).lower() if before is not None else None


# a question put to the sentence's pronoun subject: "Asked whether Elon Musk had overruled staff, he declined …"
_ASKED_OPENER = lazy_re(
    r"\s*(?:When\s+)?[Aa]sked\s+(?:whether|if|about|why|how|what|when|who|to)\b[^,;:]*,\s+(?:he|she)\b",
    first=first_chars(" AaW"),
)


def asked_about(masked: str, sent_start: int, pos: int) -> bool:
    """True when the mention at `pos` lies in a question-opener whose answerer is a pronoun: the one asked about,
    never the one answering."""
    m = _ASKED_OPENER.match(masked, sent_start)
    return m is not None and pos < m.end()
