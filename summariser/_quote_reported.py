"""Who a bare quotation paragraph continues when the paragraph before it reported someone's speech: "Melanie Dawes
said the regulator had written to the company. Ofcom has 40 staff on the case. / '…'" — Dawes, as the sentences
after her speech only give background and nobody else speaks or is named."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summariser import _description_patterns as D
from summariser import _speaker_patterns as P
from summariser._lazy_re import first_chars, lazy_re
from summariser._speaker_patterns import Attribution
from summariser._text import Sentence

if TYPE_CHECKING:
    from summariser._speakers import SpeakerResolver

__all__ = ["addressing", "described_before", "quoted_paragraph", "reported_before"]

# background sentences may be skipped back over at most this many times
_BACK = 2
_PERSONAL = lazy_re(r"\b(?:[Hh]e|[Ss]he|him|her|[Tt]hey|them|[Ww]e|I)\b", first=first_chars("HISTWhstw"))
_WORD = lazy_re(r"[^\W_]+")
# words that make a sentence someone's response, which a bare quote after it may carry on
_RESPONSE = lazy_re(
    r"\b(?:den(?:y|ies|ied)|disput\w+|refus\w+|declin\w+|respon\w+|comment\w*|statement|spokes\w+|reply|replies|"
    r"insist\w*|maintain\w*|contend\w*|counter\w*|argu\w+|quot\w+|posted|wrote|writes|letter)\b",
    re.IGNORECASE,
    first=first_chars("acdilmpqrsw", ignore_case=True),
)
_QUOTE_WORDS = 4
# a speech verb right after a name: "Julia Lopez said", "Meta has argued", "Ofcom also warned"
_SPEECH_NEXT = lazy_re(
    r"\s+(?:has\s+|had\s+|have\s+|also\s+|then\s+|later\s+)?(?:said|says|told|warned|argued|insisted|claimed|"
    r"added|wrote|writes|replied|responded|countered|accused|urged)\b"
)
# a sentence about a body described, not named: "The company has since changed its policy."
_BODY_LEAD = lazy_re(
    r"\s*(?:[A-Z][^,]{0,30},\s*)?[Tt]he\s+(?:[\w-]+\s+)?(?:company|firm|platform|group|business|app|service|"
    r"regulator|watchdog|government|ministry|department|commission|agency|charity|council|union|bank|channel)\b"
)
# a quotation in the first person singular: someone telling their own story
_FIRST_PERSON = lazy_re(r"\b(?:I|I['’]m|I['’]ve|I['’]d|I['’]ll|my|me|myself)\b", first=first_chars("Im"))
_HE = lazy_re(r"\b(?:[Hh]e|him|[Hh]is|[Hh]imself)\b", first=first_chars("Hh"))
_SHE = lazy_re(r"\b(?:[Ss]he|[Hh]er|[Hh]erself)\b", first=first_chars("HShs"))
_LEAD_PRONOUN = lazy_re(r"\s*(?:He|She)\b")
# a description of the subject itself: "is a primary school teacher", ", a nurse from Leeds,"
_PREDICATE = lazy_re(r"(?:\b(?:is|was|are|were|became|becomes|as|now)|,)\s*$", first=first_chars(",abinw"))
# someone else close to the person described: "Her sister had sent her the link"
_RELATION = lazy_re(
    r"\b(?:sister|brother|mother|father|mum|dad|husband|wife|son|daughter|partner|friend|colleague|boss|lawyer|"
    r"solicitor|neighbour|neighbor|cousin|aunt|uncle|niece|nephew|boyfriend|girlfriend|children|family)\b",
    re.IGNORECASE,
    first=first_chars("abcdfghlmnpsuw", ignore_case=True),
)  # as `_quotes.MIN_WORDS`: a shorter quotation is a fragment, not a quote of its own


def quoted_paragraph(resolver: SpeakerResolver, para: int) -> bool:
    """True when paragraph `para` holds a quotation long enough to be a quote (a fragment like "every option" in
    reported speech does not make the paragraph someone's direct speech)."""
    text = resolver.doc.paragraphs[para]
    return any(len(_WORD.findall(text[slice(*span.inner)])) >= _QUOTE_WORDS for span in resolver.doc.spans[para])


def reported_before(resolver: SpeakerResolver, para: int, quote_end: int) -> tuple[Attribution, Sentence] | None:
    """The attribution of the last sentence of paragraph `para` that reports speech, with that sentence, when every
    sentence after it in the paragraph is background: no one named, no speech verb, no pronoun, no one unnamed."""
    sents = resolver.by_para[para]
    skipped: list[Sentence] = []
    for back, sent in enumerate(reversed(sents)):
        att = resolver.before(para, sent.start, sent.start + len(sent.text), same_sentence=True)
        if att is None and back == 0:
            att = addressing(resolver, sent)  # "Solomon ended the interview by addressing X's owner directly."
        if att is not None and att.speaker is not None:
            if _two_speakers(resolver, para, att.speaker):
                return None  # "Lucy Powell said …, while Julia Lopez said … / '…'": either of them
            if any(_another_body(resolver, s, att.speaker) for s in skipped):
                return None  # "… The company has since changed its policy. / 'We have made changes'": its words
            if skipped and _other_after(resolver, quote_end, att.speaker):
                return None  # the quote may be the one introduced after it
            return att, sent
        if back >= _BACK or not _background(resolver, sent):
            return None
        skipped.append(sent)
    return None


# the subject turning to speak, with no speech verb: "Solomon ended the interview by addressing X's owner directly."
_BY_SPEAKING = lazy_re(
    r"\b(?:ended|closed|began|opened|finished|signed\s+off|wound\s+up)\b[^.;:]{0,40}?\bby\s+(?:addressing|"
    r"telling|saying|warning|asking|thanking|appealing\s+to|reminding)\b"
)


def addressing(resolver: SpeakerResolver, sent: Sentence) -> Attribution | None:
    """The person opening a sentence that ends a paragraph by turning to speak ("… ended the interview by addressing
    X's owner directly."), whose words the next paragraph's bare quote then gives; None otherwise."""
    if " by " not in sent.text or _BY_SPEAKING.search(sent.text) is None:
        return None
    lead = resolver._leading_subject(sent.paragraph, sent.start)
    if lead is None or not resolver.index.is_person(lead):
        return None
    return Attribution(lead, resolver.index.role_of(lead), "addressing")


def _two_speakers(resolver: SpeakerResolver, para: int, speaker: str) -> bool:
    """True when paragraph `para` has a speech verb right after the name of someone else of the speaker's kind
    (person or organisation): two voices in one paragraph, so a bare quote after it could be either's."""
    person = resolver.index.is_person(speaker)
    text = resolver.masked[para]
    for sent in resolver.by_para[para]:
        found = resolver.outside.get(sent.index, ())
        if len(found) < 2:
            continue  # (most sentences name one entity or none: no rival speaker there)
        for pos, m in found:
            if (
                m.canonical != speaker
                and resolver.index.is_person(m.canonical) == person
                and _SPEECH_NEXT.match(text, pos + m.end - m.start) is not None
            ):
                return True
    return False


def _another_body(resolver: SpeakerResolver, sent: Sentence, speaker: str) -> bool:
    """True when a background sentence is about an organisation that is not the speaker's own ("Ofcom has 40 staff
    on the case" after Ofcom's chief executive is hers): a quote after it may be that body's statement."""
    lead = resolver._leading_subject(sent.paragraph, sent.start)
    if lead is not None and lead != speaker and resolver.index.is_org(lead):
        role = resolver.index.role_of(speaker) or ""
        return lead not in role
    return _BODY_LEAD.match(sent.text) is not None


def _background(resolver: SpeakerResolver, sent: Sentence) -> bool:
    """True for a sentence that cannot put anyone new in view: it names no person, has no speech verb, no personal
    pronoun, and opens on no one unnamed or unknown ("Ofcom has 40 staff working on the case.")."""
    text = resolver.masked[sent.paragraph]
    end = sent.start + len(sent.text)
    if any(m.kind == "person" for _, m in resolver.outside.get(sent.index, ())):
        return False
    if P.SPOKE_RE().search(text, sent.start, end) or P.PRE_VERB_RE().search(text, sent.start, end):
        return False
    if _RESPONSE.search(text, sent.start, end):
        return False  # "X has denied any wrongdoing.": whoever responded may be the one quoted next
    if _PERSONAL.search(text, sent.start, end) or resolver._leading_unnamed(sent.index):
        return False
    if D.INTRODUCED_PERSON().search(text, sent.start, end) or D.OTHER_PERSON().match(text, sent.start, end):
        return False
    unknown = P.UNKNOWN_SUBJECT.match(text, sent.start, end)
    return unknown is None or any(
        unknown.start("subject") <= pos < unknown.end("subject") for pos, _ in resolver.outside.get(sent.index, ())
    )


def described_before(resolver: SpeakerResolver, para: int, quote: str, quote_end: int) -> Attribution | None:
    """ "Hannah Okoye, 29, is a primary school teacher from Wolverhampton. / 'I remember thinking …'": a quote in
    the first person after a paragraph that only describes one named person — every sentence about them (their name
    or their pronoun first), nobody else named, related or unnamed, and no speech reported."""
    sents = resolver.by_para[para]
    if not sents or len(sents) > 3 or not _FIRST_PERSON.search(quote):
        return None
    lead = resolver._leading_subject(para, sents[0].start)
    if lead is None or not resolver.index.is_person(lead):
        return None
    gender = resolver.index.gender_of(lead)
    text = resolver.masked[para]
    for i, sent in enumerate(sents):
        end = sent.start + len(sent.text)
        if any(m.kind == "person" and m.canonical != lead for _, m in resolver.outside.get(sent.index, ())):
            return None
        if P.SPOKE_RE().search(text, sent.start, end) or P.PRE_VERB_RE().search(text, sent.start, end):
            return None  # reported speech the resolver could not read: not a description to go on
        if _RELATION.search(text, sent.start, end) or resolver._leading_unnamed(sent.index):
            return None
        if any(
            not _PREDICATE.search(text, sent.start, m.start())
            for m in D.INTRODUCED_PERSON().finditer(text, sent.start, end)
        ):
            return None  # "a colleague sent her a link": someone new (not "is a teacher", which is them)
        if (gender != "m" and _HE.search(text, sent.start, end)) or (
            gender != "f" and _SHE.search(text, sent.start, end)
        ):
            return None  # a pronoun that does not fit them (or, gender unknown, any pronoun): someone else
        if i and resolver._leading_subject(para, sent.start) != lead and not _LEAD_PRONOUN.match(text, sent.start):
            return None  # a sentence about something else: the paragraph is not only about them
    if _other_after(resolver, quote_end, lead):
        return None  # "'…' / That is how her sister Grace recalls it.": the words may be someone introduced after
    return Attribution(lead, resolver.index.role_of(lead), "described")


def _other_after(resolver: SpeakerResolver, quote_para: int, lead: str) -> bool:
    """True when the paragraph after the quote opens on someone other than `lead`: a person named or related, a
    speech verb, or an unnamed person (the quote may be theirs, named after it)."""
    if quote_para + 1 >= len(resolver.by_para) or not resolver.by_para[quote_para + 1]:
        return False
    sent = resolver.by_para[quote_para + 1][0]
    text = resolver.masked[sent.paragraph]
    end = sent.start + len(sent.text)
    return (
        any(m.kind == "person" and m.canonical != lead for _, m in resolver.outside.get(sent.index, ()))
        or _RELATION.search(text, sent.start, end) is not None
        or resolver._leading_unnamed(sent.index) is not None
        or P.SPOKE_RE().search(text, sent.start, end) is not None
    )
