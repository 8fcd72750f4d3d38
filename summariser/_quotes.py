"""Direct quotations of four or more words, joined across paragraphs, with their speakers.

Quotation spans come from `_text.find_quote_spans` (curly, straight and British single marks, apostrophes excluded);
speakers from `_speakers.SpeakerResolver`. A quote with an uncertain speaker keeps speaker None.
"""

from __future__ import annotations

import re
from dataclasses import replace

from summariser import _speaker_masks as M
from summariser import _speaker_patterns as P
from summariser._lazy_re import first_chars, lazy_re
from summariser._model import Quote
from summariser._names import NameIndex, build_name_index
from summariser._quote_candidates import Candidate, candidates
from summariser._quote_continuation import continuation
from summariser._quote_cues import one_of_them, script_cue, split_half
from summariser._quote_titles import cited_phrase, is_title, may_be_title, named_title
from summariser._speaker_answers import asker_answering, reply_to_asker, says_reply
from summariser._speaker_questions import (
    PRONOUN_AFTER,
    attribution_pronoun,
    named_after_quote,
    names_speaker,
    next_quote_start,
    reports_own_content,
)
from summariser._speakers import Attribution, SpeakerResolver
from summariser._text import Document, QuoteSpan, Sentence, find_quote_spans
from summariser._turns import Turns

__all__ = ["extract_quotes"]

MIN_WORDS = 4
_WORD = lazy_re(r"[^\W_]+(?:['’-][^\W_]+)*")
_SAY_WORD = lazy_re(
    r"(?:said|says|say|added|adds|wrote|writes|declared|insisted|warned|asked|replied|continued|tweeted|posted|"
    r"stated|explained|told\s+(?:\S+\s+){0,3}?)\s*$",
    re.IGNORECASE,
    first=first_chars("acdeiprstw", ignore_case=True),
)


# the speech verbs that end the speaker phrase of "That is what X told MPs"
_WHAT_VERBS = frozenset({"told", "said", "wrote", "says", "tells", "writes", "posted", "warned", "put"})


def extract_quotes(doc: Document, *, index: NameIndex | None = None) -> list[Quote]:
    """Every direct quotation of four or more words, with its resolved speaker or None."""
    if not doc.paragraphs:
        return []
    if len(doc.spans) != len(doc.paragraphs):
        doc = Document(doc.text, doc.paragraphs, doc.sentences, [find_quote_spans(p) for p in doc.paragraphs])
    if not any(doc.spans):
        return []  # no quotation marks (most feed items): no resolver to build (a third of a feed item's stage)
    resolver = SpeakerResolver(doc, index or build_name_index(doc))
    quotes: list[Quote] = []
    previous: tuple[Candidate, str | None] | None = None
    turns = Turns(resolver.masked)
    by_pronoun = False  # the last quote's speaker came from "he"/"she"
    pronouns: dict[str, str] = {}  # the pronoun each speaker was first found through
    for cand in candidates(doc):
        # count words properly only where it can matter (a split stopped after the words needed to tell)
        short = len(cand.text.split(None, 2 * MIN_WORDS)) < 2 * MIN_WORDS
        words = _WORD.findall(cand.text) if short else None
        if words is not None and len(words) < MIN_WORDS:
            if words and _spoken_fragment(doc.paragraphs[cand.last_para], cand):
                # '"Amazing," Davis said. "…"': too short to report, but it names who the next part is from
                att = _attribute(resolver, cand, previous, turns)
                if att is not None and att.speaker is not None:
                    resolver.remember(resolver.sentence_of(cand.last_para, cand.last_span.end - 1).index, att.speaker)
                    previous, by_pronoun = (cand, att.speaker), False
                    turns.record(cand.last_para, att.speaker, cand.text)
            continue
        if (
            may_be_title(cand.text) and is_title(cand.text, _WORD.findall(cand.text) if words is None else words)
        ) or named_title(resolver.masked[cand.para], cand.text, cand.span.start):
            continue
        if (
            short
            and cand.para == cand.last_para
            and cited_phrase(doc.paragraphs[cand.para], cand.text, cand.span.start, cand.last_span.end)
        ):
            continue  # 'Because "we already remove it" is a promise': a phrase talked about
        first = resolver.sentence_of(cand.para, cand.span.start)
        end_sent = resolver.sentence_of(cand.last_para, max(cand.last_span.end - 1, 0))
        att = _attribute(resolver, cand, previous, turns)
        if att is not None and _asker_would_answer(resolver, cand, att, previous):
            att = None
        if att is not None and att.speaker and names_speaker(att.how, att.speaker, cand.text, resolver.index.is_person):
            if att.how == "continued" and quotes and by_pronoun and quotes[-1].speaker == M.unmask(att.speaker):
                # '"…," he said. "… the one and only Michael McDonald."': the quote before, his by "he", is not his
                quotes[-1] = replace(quotes[-1], speaker=None, speaker_role=None)
            att = None  # '"… for Laura Denning to …," she said': the one talked about is not the one talking
        by_pronoun = att is not None and att.how == "pronoun"
        if by_pronoun and att is not None and att.speaker:
            masked = resolver.masked
            said = attribution_pronoun(masked[cand.para], cand.span.start, masked[cand.last_para], cand.last_span.end)
            if said is not None and pronouns.setdefault(att.speaker, said) != said:
                att = None  # "his mom … he said" then "she said" for the same person of unknown gender: not certain
        speaker = att.speaker if att else None
        turns.record(cand.last_para, speaker, cand.text)
        role = att.role if att else None
        if speaker is not None and role is None:
            role = resolver.index.role_of(speaker)
        resolver.remember(end_sent.index, speaker)
        previous = (cand, speaker)  # an unattributed sub-heading has speaker None, so passes nobody on
        partial = _is_partial(resolver, cand, first.start)
        if speaker is None and not (att and att.how == "agent"):
            role = None  # a role without a speaker only when it says whose agent spoke: "spokesperson for Tom Reid"
        speaker, role = (M.unmask(speaker) if speaker else None), (M.unmask(role) if role else None)
        quotes.append(Quote(cand.text, speaker, role, partial, first.index))
    return _without_slogans(quotes)


def _asker_would_answer(
    resolver: SpeakerResolver, cand: Candidate, att: Attribution, previous: tuple[Candidate, str | None] | None
) -> bool:
    """True when a pronoun gave this quote to the one who asked the question it answers: 'X asked: "Will it be
    enforced?" / "It will," she said', or 'Patel put to her that … "…," she replied'."""
    if att.how != "pronoun" or att.speaker is None:
        return False
    if previous is not None and previous[1] == att.speaker:
        prev = previous[0]
        if asker_answering(resolver.masked[prev.last_para], prev.text, prev.last_para, cand.text, cand.para):
            return True
    if not says_reply(resolver.masked[cand.last_para]):
        return False  # no reply verb (most quotes): no need to join the text before the quote
    before = (
        (resolver.masked[cand.para - 1] if cand.para else "") + "\n" + resolver.masked[cand.para][: cand.span.start]
    )
    return reply_to_asker(before, resolver.masked[cand.last_para], att.speaker)


def _without_slogans(quotes: list[Quote]) -> list[Quote]:
    """A short quotation repeated word for word with no speaker anywhere is a slogan or tagline ("Meth. We're on
    it."), not speech; a quote someone is credited with is kept however often it recurs."""
    seen: dict[str, list[Quote]] = {}
    for q in quotes:
        if len(q.text.split(None, 8)) <= 8:  # (at most nine parts: enough to tell)
            seen.setdefault(q.text.strip(" .,").casefold(), []).append(q)
    slogans = {key for key, qs in seen.items() if len(qs) > 1 and all(q.speaker is None for q in qs)}
    if not slogans:
        return quotes
    return [q for q in quotes if q.text.strip(" .,").casefold() not in slogans]


def _attribute(
    resolver: SpeakerResolver, cand: Candidate, previous: tuple[Candidate, str | None] | None, turns: Turns
) -> Attribution | None:
    first = resolver.sentence_of(cand.para, cand.span.start)
    masked = resolver.masked[cand.para]
    pre_empty = not masked[first.start : cand.span.start].strip()
    att = None if pre_empty else resolver.before(cand.para, first.start, cand.span.start, same_sentence=True, view=True)
    if att is not None and att.speaker is None and att.how == "unknown":
        # 'That being said, "…," he said': an opening the resolver could not read is no attribution of its own
        att = None
    if att is not None and att.speaker is None and att.how == "pronoun" and previous is not None:
        # '"…," he said, "…"': the second half of a split quote has the first half's speaker
        att = (
            split_half(
                resolver,
                cand.para,
                cand.span.start,
                first.start,
                previous[0].last_para,
                previous[0].last_span,
                previous[1],
            )
            or att
        )
    if (
        att is None
        and cand.last_span.closed
        and not _closes_sentence(resolver.doc.paragraphs[cand.last_para], cand.last_span)
    ):
        end_sent = resolver.sentence_of(cand.last_para, cand.last_span.end - 1)
        end = end_sent.start + len(end_sent.text)
        if end <= cand.last_span.end and cand.text.rstrip("’'\"”").endswith(("?", "!")):
            # '"… give it?" Blumenthal shot back.': the splitter ends the sentence at the question mark; not when
            # the next sentence reports a reply of its own ('"…?" Ellison responded that …')
            nxt = _next_sentence_end(resolver, cand.last_para, end_sent.index, end)
            end = end if reports_own_content(resolver.masked[cand.last_para], end, nxt) else nxt
        para_text, spans = resolver.doc.paragraphs[cand.last_para], resolver.doc.spans[cand.last_para]
        # '"Is that so?" "It depends," replied X': the clause after the next quotation is that quotation's
        end = min(end, next_quote_start(para_text, spans, cand.last_span.end) or end)
        att = resolver.after(cand.last_para, cand.last_span.end, end)
        if att is not None and att.speaker is None and att.how == "pronoun" and cand.last_para != cand.para:
            att = _run_on_pronoun(resolver, cand, end) or att
        if att is not None and att.speaker is None and att.how == "member":
            att = one_of_them(resolver, cand.last_para, cand.last_span.end, end) or att
    if att is None and pre_empty and first.index > 0:
        att = resolver.after_colon(resolver.doc.sentences[first.index - 1])
        if att is None and resolver.doc.sentences[first.index - 1].text.startswith("["):
            att = script_cue(resolver, resolver.doc.sentences[first.index - 1])
    if att is None and pre_empty:
        att = _cataphoric(resolver, cand)
    if att is None and not cand.last_span.closed:
        # a quotation never closed (a typo, a feed's cut summary) may hold its own attribution ('"… law, the
        # Commission said on Monday.'): carrying the previous speaker over would be a guess
        return None
    if att is None and pre_empty and not _is_heading(resolver.doc.paragraphs, cand):
        exchange, turn = turns.in_exchange(cand.para, cand.text) if cand.span.start == 0 else (False, None)
        if exchange:  # a question after an answer, or an answer after a question: the other side's turn
            return Attribution(turn, None, "turn")
        att = continuation(resolver, cand, previous)
        ends = _closes_sentence(resolver.doc.paragraphs[cand.last_para], cand.last_span)
        if (
            att is not None
            and att.speaker
            and not ends
            and named_after_quote(resolver, cand.last_para, cand.last_span, att.speaker)
        ):
            return None  # '"…," Howard Pell, a fellow at …, has written': someone else named after the quote
    return att


def _run_on_pronoun(resolver: SpeakerResolver, cand: Candidate, end: int) -> Attribution | None:
    """'"… / "…," she wrote.' closing a quote that runs over paragraphs: "she" is read where the quote opens, as
    the paragraphs of one quotation put no one new in view."""
    pron = PRONOUN_AFTER.match(resolver.masked[cand.last_para], cand.last_span.end, end)
    if pron is None:
        return None
    who = resolver._person_pronoun(pron.group(1).lower(), cand.para, cand.span.start)
    return Attribution(who, None, "pronoun") if who is not None else None


def _cataphoric(resolver: SpeakerResolver, cand: Candidate) -> Attribution | None:
    """'"…" / So said Henna Virkkunen, …': the sentence right after the quote (in its paragraph or opening the next)
    names who said it."""
    end_sent = resolver.sentence_of(cand.last_para, max(cand.last_span.end - 1, 0))
    sent_end = end_sent.start + len(end_sent.text)
    if sent_end > cand.last_span.end + 1:
        # the quote's sentence goes on: an attribution there is `after`'s, unless the splitter kept a new sentence
        # opening on a cataphor in it ('"… children." So says Chi Onwurah, …')
        masked = resolver.masked[cand.last_para]
        if not cand.text.rstrip().endswith((".", "!", "?")):
            return None
        lead = P.CATAPHOR.match(masked, cand.last_span.end, sent_end)
        return None if lead is None else _cataphor_speaker(resolver, cand.last_para, lead, sent_end)
    if end_sent.index + 1 >= len(resolver.doc.sentences):
        return None
    nxt = resolver.doc.sentences[end_sent.index + 1]
    if nxt.paragraph not in (cand.last_para, cand.last_para + 1) or (
        nxt.paragraph != cand.last_para and resolver.by_para[cand.last_para][-1] is not end_sent
    ):
        return None
    masked = resolver.masked[nxt.paragraph]
    lead = P.CATAPHOR.match(masked, nxt.start, nxt.start + len(nxt.text))
    if lead is None:
        return _said_alone(resolver, cand, nxt) if nxt.paragraph != cand.last_para else None
    return _cataphor_speaker(resolver, nxt.paragraph, lead, nxt.start + len(nxt.text))


def _cataphor_speaker(resolver: SpeakerResolver, para: int, lead: re.Match[str], end: int) -> Attribution | None:
    """The speaker named after a cataphor ("So said", "That was the message from") up to the clause's end."""
    masked = resolver.masked[para]
    stop = P.CATAPHOR_END.search(masked, lead.end() + 1, end)
    if lead.group().rstrip().endswith("what") and (
        stop is None or (stop.group().split() or [""])[0] not in _WHAT_VERBS
    ):
        return None  # "That is what Melanie Dawes wants to avoid.": only "… what X told/said" names a speaker
    found = resolver.interpret(para, lead.end(), stop.start() if stop else end)
    if stop is not None and (found is None or found.speaker is None or found.how == "anonymous"):
        # "Those were the words of one victim, Sara Malik, who …": the name in apposition says who
        appos = P.APPOSED_NAME.match(masked, stop.start(), end)
        named = resolver.interpret(para, appos.start(1), appos.end(1)) if appos else None
        if named is not None and named.speaker is not None and resolver.index.is_person(named.speaker):
            return named
    return found if found is not None and found.speaker is not None else None


def _said_alone(resolver: SpeakerResolver, cand: Candidate, nxt: Sentence) -> Attribution | None:
    """'"…" / He Jianxiong, the former IMF director, said at an event.': a whole-paragraph quote, then a paragraph
    opening on a sentence that says only who spoke (no object, no quotation of its own)."""
    para = resolver.doc.paragraphs[cand.last_para]
    if cand.span.start != 0 or para[cand.last_span.end :].strip() not in ("", ".") or resolver.doc.spans[nxt.paragraph]:
        return None
    masked = resolver.masked[nxt.paragraph]
    end = nxt.start + len(nxt.text.rstrip())
    verb = P.SAID_ALONE.search(masked, nxt.start, end)
    if verb is None or not masked[nxt.start : verb.start()].strip():
        return None
    found = resolver._subject_before(nxt.paragraph, nxt.start, verb.start())
    return found if found is not None and found.speaker is not None and found.how != "several" else None


def _next_sentence_end(resolver: SpeakerResolver, para: int, index: int, end: int) -> int:
    """The end of the sentence after `index` when it is in the same paragraph, else `end`."""
    sents = resolver.doc.sentences
    if index + 1 < len(sents) and sents[index + 1].paragraph == para:
        return sents[index + 1].start + len(sents[index + 1].text)
    return end


def _spoken_fragment(para: str, cand: Candidate) -> bool:
    """A short quotation that opens its sentence and ends on a comma, "?" or "!" inside the marks: speech."""
    span = cand.last_span
    opens = cand.span.start == 0 or para[: cand.span.start].rstrip().endswith((".", "!", "?", '"', "”"))
    return opens and span.closed and span.end >= 2 and para[span.end - 2] in ",?!"


def _closes_sentence(para: str, span: QuoteSpan) -> bool:
    """'… in their offices." His co-complainant, who asked …': a quote ending on a full stop, then a capital, ends its
    sentence; what follows is not its attribution (that would be '…," he said')."""
    inner_end = span.end - 2
    return (
        inner_end > span.start
        and para[inner_end] == "."
        and para[inner_end - 1 : inner_end] != "."
        and para[span.end : span.end + 2][:1] == " "
        and (para[span.end + 1 : span.end + 2].isupper() or _CAMEL_NEXT.match(para, span.end + 1) is not None)
    )


# a brand that opens on a lower-case letter opens a sentence too: '… it is X." eSafety has written back', "xAI said"
_CAMEL_NEXT = lazy_re(r"[a-z]{1,4}[A-Z]")


def _is_heading(paragraphs: list[str], cand: Candidate) -> bool:
    """A paragraph that is only a quotation with no sentence-final mark, or that opens with an ellipsis or a digit,
    is a quoted sub-heading (a claim under review), not more of the speech above it."""
    if cand.span.start != 0 or not cand.last_span.closed:
        return False
    tail = paragraphs[cand.last_para][cand.last_span.end :].strip()
    if tail not in ("", ".", "!", "?"):
        return False
    inner = paragraphs[cand.last_para][slice(*cand.last_span.inner)].rstrip()
    first = paragraphs[cand.para][cand.span.start + 1 :].lstrip()[:1]
    return first in ("…", ".") or first.isdigit() or (not tail and not inner.endswith((".", "!", "?", "…")))


def _is_partial(resolver: SpeakerResolver, cand: Candidate, sent_start: int) -> bool:
    if cand.last_para != cand.para:
        return False
    pre = resolver.masked[cand.para][sent_start : cand.span.start].rstrip()
    first_char = cand.text.lstrip("…. ")[:1]
    if not pre or pre.endswith(","):
        return first_char.islower()
    if pre.endswith(":"):
        return False
    return not (first_char.isupper() and _SAY_WORD.search(pre))
