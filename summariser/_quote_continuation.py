"""A bare quotation carrying on a speaker: the quote or reported speech just before it, if nobody intervenes."""

from __future__ import annotations

from summariser import _speaker_patterns as P
from summariser._quote_candidates import Candidate
from summariser._quote_reported import addressing, described_before, quoted_paragraph, reported_before
from summariser._speaker_gestures import gesture_subject
from summariser._speakers import Attribution, SpeakerResolver
from summariser._text import Sentence


def continuation(
    resolver: SpeakerResolver, cand: Candidate, previous: tuple[Candidate, str | None] | None
) -> Attribution | None:
    """A bare quote carries on the speaker of the quote or reported speech just before it, if nobody intervenes."""
    if previous is not None and previous[1] is not None:
        prev, speaker = previous
        if prev.last_para == cand.para:
            between = (prev.last_span.end, cand.span.start)
            if not _others_between(resolver, cand.para, between, speaker):
                return Attribution(speaker, None, "continued")
            return None
        if prev.last_para == cand.para - 1 and cand.span.start == 0:
            tail = (prev.last_span.end, len(resolver.doc.paragraphs[prev.last_para]))
            if not _others_between(resolver, prev.last_para, tail, speaker):
                return Attribution(speaker, None, "continued")
            return None
    if cand.span.start != 0:
        # "Ofcom said the inquiry was continuing. '…'": a quote opening a sentence after reported speech in the
        # same paragraph carries that speaker, when no quotation comes between
        first = resolver.sentence_of(cand.para, cand.span.start)
        if first.index == 0:
            return None
        last = resolver.doc.sentences[first.index - 1]
        if last.paragraph != cand.para or any(s.start < cand.span.start for s in resolver.doc.spans[cand.para]):
            return None
        att = resolver.before(last.paragraph, last.start, last.start + len(last.text))
        if att is None or not att.speaker:
            reacted = gesture_subject(resolver, last)  # "Asked about the catch, Swann laughed. '…'"
            if reacted is None:  # "Solomon ended the interview by addressing X's owner directly. '…'"
                return addressing(resolver, last)
            return Attribution(reacted, None, "gesture")
        # "Ofcom said it had a letter from Ms Reid. '…'" could be the letter's words: only when no one else is named
        # (names in the subject before the speech verb are the speaker's apposition: "X, the ANPD's president, said")
        verb = P.PRE_VERB_RE().search(resolver.masked[cand.para], last.start, last.start + len(last.text))
        after_verb = verb.start() if verb is not None else last.start
        named = {m.canonical for pos, m in resolver.outside.get(last.index, ()) if pos >= after_verb}
        if att.how == "document":
            return None  # "The guidance says platforms must … '…'": the document's words or the writer's, unsure
        return Attribution(att.speaker, att.role, "reported") if named <= {att.speaker} else None
    if cand.para == 0:
        return None
    if not resolver.by_para[cand.para - 1] or quoted_paragraph(resolver, cand.para - 1):
        return None
    # a long reported clause still leads to the quote when it names no one (`same_sentence` allows that); background
    # sentences after it ("Ofcom has 40 staff on the case.") do not change who is speaking
    reacted = gesture_subject(resolver, resolver.by_para[cand.para - 1][-1]) if cand.span.start == 0 else None
    if reacted is not None:  # "Swann laughed. / '…'"
        return Attribution(reacted, None, "gesture")
    found = reported_before(resolver, cand.para - 1, cand.last_para)
    if found is not None:
        att, last = found
        if att.how == "document" or _named_after_verb(resolver, last) - {att.speaker}:
            return None  # "Kendall said Dawes had written to her. / '…'": the letter's words, or hers
        return Attribution(att.speaker, att.role, "reported")
    return described_before(resolver, cand.para - 1, cand.text, cand.last_para)


def _named_after_verb(resolver: SpeakerResolver, sent: Sentence) -> set[str]:
    """People named after the first speech verb of a sentence (its reported clause): anyone there may be the source
    of a quotation that follows."""
    text = resolver.masked[sent.paragraph]
    verb = P.PRE_VERB_RE().search(text, sent.start, sent.start + len(sent.text))
    after = verb.start() if verb is not None else sent.start
    return {
        m.canonical
        for pos, m in resolver.outside.get(sent.index, ())
        if pos >= after and m.kind == "person" and text[pos + m.end - m.start : pos + m.end - m.start + 1] not in "'’"
    }


def _others_between(resolver: SpeakerResolver, para: int, span: tuple[int, int], speaker: str | None) -> bool:
    # the attribution clause itself ("said Imran Ahmed, the CCDH's chief executive") names no one new
    skip = resolver.sentence_of(para, span[0]).index
    last = resolver.sentence_of(para, max(span[1] - 1, span[0])).index
    for index in range(skip + 1, last + 1):
        for pos, m in resolver.outside.get(index, ()):
            if span[0] <= pos < span[1] and m.canonical != speaker:
                return True
    return False
