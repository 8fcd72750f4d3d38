"""Whose words a framed quotation is: the main clause's subject after a speech participle ("…, posting that …"), or
nobody certain when the quote echoes a claim, a document or another subject inside reported speech."""

from __future__ import annotations

import re

from summariser import _speaker_patterns as P
from summariser._lazy_re import first_chars, lazy_re

__all__ = [
    "ASIDE_SOURCE",
    "BODY_ACT_LABEL",
    "BY_MEANS",
    "DESCRIBED_LEAD",
    "PLAIN_OBJECT",
    "SENT_STATEMENT",
    "aside_source",
    "echoed",
    "frame_limit",
    "framed_by_own_body",
    "framed_in_report",
    "issued_saying",
    "source_before",
    "trailing_participle",
    "words_of",
]

# a speech participle after a comma, close to the quote: its subject is the main clause's ("…, posting that …")
_COMMA_PARTICIPLE = lazy_re(
    r",\s+(?:posting|tweeting|claiming|accusing|calling|describing|branding|urging|dismissing)\b(?:\s+[^\s,;:]+){0,10}"
    r"\s*$"
)
# the subject issuing a document of theirs that says the quote: "issued a statement in Geneva calling on states to",
# "submitted written evidence saying its inquiry was", "published an update on its inquiry on Thursday, saying …"
_ISSUING = ("issued", "released", "published", "submitted", "sent", "posted", "put out", "gave", "filed")
_ISSUED_SAYING = lazy_re(
    r"\b(?:issued|released|published|submitted|sent|posted|put\s+out|gave|filed)\s+(?:a|an|its|his|her|their|written)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:statement|evidence|letter|submission|report|post|video|message|note|response|reply|"
    r"filing|update)\b(?:\s+[^\s,;:]+){0,7}?,?\s+(?P<part>saying|calling|urging|warning|stating|arguing|insisting|"
    r"noting)\b(?:\s+[^\s;:]+){0,24}\s*$",
    first=first_chars("fgiprs"),  # (a second quote of the same clause: "was '…' and that it expected '…'")
)
# a written source the participle may describe instead ("read out a post from the account, claiming …"); one the
# subject wrote in is theirs ("in a post on X, calling …")
_OTHER_SOURCE = lazy_re(
    r"(?<!\bin )\b(?:a|an|the|this|that|its|his|her|their)\s+(?:[\w-]+\s+)?(?:post|posts|tweet|letter|statement|"
    r"message|email|report|video|clip|speech|interview|account|image|picture|caption|petition|motion|document)\b",
    first=first_chars("ahit"),
)
# someone else's document right before a speech participle: "a letter from his lawyers describing it as"
_SOURCE_OF = lazy_re(
    r"\b(?:post|posts|tweet|tweets|letter|letters|statement|message|email|report|video|clip|speech|interview|"
    r"petition|motion|document|submission|filing|complaint)\s+(?:\w+\s+)?(?:from|by|of|signed)\b"
)
# "rejected claims that …", "dismissed suggestions of …": the quote echoes what others said (not "… as '…'")
_ECHOED = lazy_re(
    r"\b(?:rejected|rejects|dismissed|dismisses|denied|denies|disputed|disputes|refuted|rebuffed|ridiculed|mocked)\s+"
    r"(?:the\s+|these\s+|those\s+|any\s+|[\w.-]+['’]s\s+)?(?:[\w-]+\s+)?(?:claims?|suggestions?|accusations?|"
    r"allegations?|reports?|criticism|charges?|assertions?|characteri[sz]ations?|descriptions?|fears|concerns|idea|"
    r"notion|talk)\s+(?:that|of)\b(?:(?!\bas\b)[^:;])*$",
    first=first_chars("dmr"),
)
# a document or post of someone else's that frames the quote: "a letter from his lawyers describing it as"
_SOURCE_FRAMING = lazy_re(
    r"\b(?:post|posts|tweet|tweets|letter|letters|statement|message|messages|email|report|video|clip|speech|"
    r"petition|motion|document|submission|filing|complaint|caption|policy|guidance)\s+(?:from|by|of|signed by)\s+"
    r"[^.;:]{1,60}?\b(?:describing|calling|branding|labelling|labeling|dubbing|accusing|claiming|saying|warning|"
    r"insisting|arguing|urging)\b[^.;:]{0,80}$"
)
# the speaker passing on another's words: "Liz Kendall, quoting a victim's letter, said women felt '…'"
_QUOTING = lazy_re(r",\s+(quoting|citing|reading from|reading out|paraphrasing)\b")
# "in the words of one Labour MP, '…'", "to quote the minister, '…'": who the words are, right before them
_WORDS_OF = lazy_re(
    r"\b(?:in\s+the\s+words\s+of|to\s+quote)\s+(?P<who>[^,;:()]{2,80}?)\s*[,:]?\s*$", first=first_chars("it")
)
# "As Gaiman put it, '…'": the one whose phrasing the quote is
_AS_PUT_IT = lazy_re(
    r"\b[Aa]s\s+(?P<who>[^,;:()]{2,60}?)\s+(?:once\s+)?(?:put|puts|phrased|phrases)\s+it\s*[,:]?\s*$",
    first=first_chars("Aa"),
)
# the reported clause's own subject, one noun phrase and an auxiliary: " the company's own policy ", " that Elon
# Musk had " (no pronoun, relative, conjunction or second clause: "what she called" is the speaker's own frame)
_OWN_SUBJECT = lazy_re(
    r"\s+(?:that\s+)?(?!(?:she|he|it|they|we|I|what|who|which|and|but|as|while|because|when|if|to)\b)"
    r"(?:(?!(?:that|she|he|it|they|we|I|what|who|whom|which|and|but|or|as|while|because|when|if|to|by|her|his|"
    r"their|its)\b)[\w’'.-]+\s+){1,6}"
)


def trailing_participle(pre: str, verbs: list[re.Match[str]]) -> bool:
    """True when the text before a quote ends in ", posting that …" (after every speech verb) and no document of
    another's sits before the participle: the main clause's subject speaks."""
    if ", " not in pre:
        return False
    found = _COMMA_PARTICIPLE.search(pre)
    return (
        found is not None
        and (not verbs or verbs[-1].start() < found.start())
        and not _OTHER_SOURCE.search(pre, 0, found.start())
    )


def issued_saying(pre: str, verbs: list[re.Match[str]]) -> int | None:
    """Where the verb is in text before a quote that ends in "issued a statement calling on …" / "submitted written
    evidence saying …" with no speech verb before it: the subject of that verb speaks through their document."""
    if "ing " not in pre or not any(verb in pre for verb in _ISSUING):
        return None
    found = _ISSUED_SAYING.search(pre)
    if found is None or any(v.start() < found.start() for v in verbs):
        return None
    # "published a letter from the campaigners saying …": another's document
    return None if _SOURCE_OF.search(pre, found.start(), found.start("part")) else found.start()


def source_before(pre: str, end: int) -> bool:
    """True when someone else's document comes right before a speech participle ending at `end`."""
    return _SOURCE_OF.search(pre, 0, end) is not None


def echoed(pre: str) -> bool:
    """True when the quote echoes a claim ("rejected claims that …"), another's document ("a letter from his
    lawyers describing it as …") or words the subject is passing on ("quoting a victim's letter"): not the words of
    the sentence's subject."""
    return (
        _ECHOED.search(pre) is not None
        or ("ing" in pre and _SOURCE_FRAMING.search(pre) is not None)
        or (("quot" in pre or "cit" in pre or "read" in pre) and _quoting(pre))
    )


def _quoting(pre: str) -> bool:
    # "…, citing a '…'" right before the quote gives the subject's own reason ("declined, citing 'commercial
    # confidentiality'"); "citing a letter from her lawyers that called it '…'" passes on another's words
    m = _QUOTING.search(pre)
    return m is not None and not (m.group(1) == "citing" and len(pre[m.end() :].split()) <= 2)


def framed_in_report(pre: str, vm: re.Match[str]) -> bool:
    """True when a framing verb sits inside reported speech with a subject of its own, not a pronoun for the
    speaker: "said the company's own policy described the feature as" (the policy's words, not the speaker's)."""
    say = None
    for earlier in P.SAY_RE().finditer(pre, 0, vm.start()):
        say = earlier
    if say is None or say.group().lower() == "according to" or P.DETERMINER_BEFORE.search(pre, 0, say.start()):
        return False
    return _OWN_SUBJECT.fullmatch(pre, say.end(), vm.start()) is not None


def framed_by_own_body(pre: str, vm: re.Match[str]) -> bool:
    """True when a framing verb inside reported speech has the speaker's own body as subject: "said his government
    had urged the company to" (the frame is the speaker's side's; the speech verb before it says who)."""
    say = None
    for earlier in P.SAY_RE().finditer(pre, 0, vm.start()):
        say = earlier
    return say is not None and P.OWN_BODY_SUBJECT.search(pre[say.end() : vm.start()]) is not None


def words_of(pre: str) -> tuple[int, int] | None:
    """The span of who "in the words of …" / "to quote …" / "as … put it" names, when that phrase runs right up to
    the quote."""
    found = _WORDS_OF.search(pre) or (_AS_PUT_IT.search(pre) if "put it" in pre or "phrase" in pre else None)
    return found.span("who") if found is not None else None


# "said by email that …": the means of speaking, not the agent of a passive ("promised by his government")
BY_MEANS = lazy_re(r" by (?:e-?mail|phone|telephone|text(?: message)?|letter|video(?: link| call)?|message)\b")
# a sentence opening on a definite description, then its main verb: "The Paris prosecutor's office confirmed"
DESCRIBED_LEAD = lazy_re(r"\s*((?:The|the)\s[^,;:()]{2,60}?)\s+(?:has\s+|had\s+)?[a-z]{3,}ed\b")
# a body that sent the words quoted after the colon: "X, which has sent us a statement:"
SENT_STATEMENT = lazy_re(
    r"(?:,\s+which|\s+who)?\s+(?:has\s+|had\s+|have\s+)?(?:sent|issued|released|emailed|given|gave|put\s+out)\s+"
    r"(?:us\s+|reporters\s+|the\s+BBC\s+)?(?:a|an|its|this|the\s+following)\s+(?:brief\s+|short\s+|written\s+)?statement"
    r"(?:\s+to\s+(?:us|reporters|the\s+\w+|this\s+\w+))?\s*:\s*$"  # ("sent a statement to the programme:")
)
# a statement introducing the quote (before a colon, or the paragraph before it), with its author: "read out a
# statement from a DSIT spokesperson:", "a statement that a company spokesperson sent to the programme:"
STATEMENT_BY = lazy_re(
    r"\b(?:a|an|the)\s+(?:brief\s+|short\s+|written\s+)?statement\s+(?:(?:(?:issued|released|put\s+out)\s+)?(?:from|by)\s+(?P<by>[^,;:]{2,60}?)|"
    r"(?:that|which)\s+(?P<sender>[^,;:]{2,60}?)\s+(?:had\s+|has\s+)?(?:sent|gave|issued|provided|emailed)"
    r"(?:\s+(?:to\s+)?(?:us|the\s+\w+|this\s+\w+|reporters))?)\s*:?\s*$",
    first=first_chars("at"),
)
# a plain object after a weak speech verb ("answered most requests for account data", "confirmed the figures"): no
# clause of reported words follows it
PLAIN_OBJECT = lazy_re(r"\s+(?:most|many|all|some|the|its|their|his|her|a|an)\s+(?!(?:question|questions)\b)[a-z]")
# a body's act or statement labelling a headline's words: "Ofcom investigation: '…'", "X statement: '…'"
BODY_ACT_LABEL = lazy_re(
    r"\s*((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*)\s+(?:investigation|probe|inquiry|statement|response|warning|"
    r"ruling|verdict|review)\s*:\s*"
)
# an "according to" aside closed by a comma before the reported clause goes on: ", according to a filing, that"
ASIDE_SOURCE = lazy_re(r"\s+(?:a|an|the|his|her|its|their)\s[^,;:]{1,80},\s+(?:that\s|it\s|he\s|she\s|they\s)")


def aside_source(text: str, verb: re.Match[str]) -> bool:
    """True when `verb` is the "according to" of an aside in commas before the reported clause goes on."""
    return (
        verb.group() == "according to"
        and text[: verb.start()].rstrip().endswith(",")
        and ASIDE_SOURCE.match(text, verb.end()) is not None
    )


# an appeal whose content is an infinitive clause: "called on the regulator to publish its findings and to use '…'"
_APPEAL_GAP = lazy_re(r"\s+(?:on\s+)?(?:[\w’'.-]+\s+){1,4}?to\s")
_APPEAL_VERBS = frozenset({"called", "calls", "urged", "urges"})


def frame_limit(vm: re.Match[str], gap: str) -> int:
    """How many words a framing verb may stand from its quote: 8, or 14 for an appeal ("called on X to …", "urged X
    to …"), whose infinitive clause runs longer before the quoted words."""
    return 14 if vm.group().lower() in _APPEAL_VERBS and _APPEAL_GAP.match(gap) else 8


# a quotation that opens on a finite verb is the predicate of the noun before it, not that noun's words: 'said that
# Smith's complaint "was the one that opened the door"' quotes the sayer, not Smith
PREDICATE_QUOTE = lazy_re(
    r"[\"“‘']\s*(?:was|is|were|are|has|have|had|would|will|could|should|can|may|might|must|did|does|remains|"
    r"remained)\s"
)


# a copula after the owned noun: the quote is what the noun is said to be ("Ofcom's statement was '…'")
_COPULA_TAIL = lazy_re(
    r"\b(?:was|is|were|are|been|be|seems?|seemed|looks?|looked|remains?|remained|appears?|appeared|sounds?|sounded|"
    r"became|becomes)(?:\s+\w+ly)?(?:\s+(?:as|like))?\s*$",
    first=first_chars("abilrsw"),
)


# a speech verb's own quotation closed, then a new predicate of its subject with a perfect auxiliary: "promised to
# '…' the issue in February and had '…'" (the second quote is the reporting speaker's, not that verb's)
OWN_QUOTE_THEN = lazy_re(r"\s{5,}(?:\S[^;:]{0,60}?\s)?(?:and|but)\s+(?:had|has|have)\s+(?:\w+ly\s+)?$")


def near_participle(pre: str, verb: re.Match[str]) -> bool:
    """True when the quote follows the speech participle closely: ten words, or twenty with no other speech verb
    ("welcomed the notice, saying the department would work with the regulator and the board '…'")."""
    n = len(pre[verb.end() :].split())
    return n <= 10 or (n <= 20 and P.SAY_RE().search(pre, verb.end()) is None)


def owned_words(pre: str) -> re.Match[str] | None:
    """The owner's words noun closing `pre` ("Liz Kendall's statement in January that she would"), or None: not when
    the claim's words were a quotation before it, nor when a speech verb follows the noun ("Ofcom's statement that
    Musk had called the rules '…'": that verb's subject speaks) or a copula judges it ("said Ofcom's statement had
    been '…'": the sentence's speaker's words)."""
    claim = P.CLAIM.search(pre) if "'s" in pre or "’s" in pre else None  # CLAIM needs a possessive
    if claim is None or "    " in claim.group():
        return None  # "… the ministry's claim '…,' and that '…'": the claim's words were the quotation before
    tail = claim.end("noun")
    if P.PRE_VERB_RE().search(pre, tail) is not None or (_COPULA_TAIL.search(pre, tail) and " that " not in pre[tail:]):
        return None
    return claim


def statement_author(pre: str) -> tuple[int, int] | None:
    """Where the author of a statement introducing the quote is named ("read out a statement from Ofcom:", "a
    statement that a DSIT spokesperson sent to the programme:"), or None."""
    by = STATEMENT_BY.search(pre, max(0, len(pre) - 160)) if "statement " in pre[-160:] else None
    if by is None:
        return None
    return by.span("by") if by.group("by") is not None else by.span("sender")
