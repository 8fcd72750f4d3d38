"""Attribution patterns for quotes: speech verbs, spokesperson and anonymous-source phrases, and small helpers.

Regexes are compiled once at import; `_speakers` and `_antecedents` use them through this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summariser._lazy_re import first_chars, lazy_re
from summariser._lexicon import PLACES
from summariser._text import alternation, lazy_pattern, word_set

SAY = (
    r"said|says|say|added|adds|told|tells|wrote|writes|posted|tweeted|stated|states|explained|explains|insisted|"
    r"insists|warned|warns|argued|argues|claimed|claims|asked|asks|replied|replies|responded|responds|continued|"
    r"noted|notes|declared|declares|announced|admitted|admits|acknowledged|conceded|suggested|stressed|emphasised|"
    r"emphasized|commented|remarked|concluded|maintained|countered|cautioned|complained|vowed|promised|pledged|"
    r"predicted|confirmed|revealed|recalled|shouted|joked|pointed out|went on|according to|According to|testified|"
    r"recounted|quipped|observed|exclaimed|boasted|lamented|mused|weighed in|chimed in|reiterated|tweeted|comments|"
    r"shouts|shouted|ordered|assures|assured|begged|pleaded|yelled|screamed|whispered|shot back|fired back|hit back|"
    r"retorted|interjected|snapped|answered|put it to|fumed|fumes|raged|sobbed|gushed|ranted|seethed|thundered|raved|"
    # counsel's and judges' words in court copy: "senior advocate K.G. Raghavan submitted that the portal …"
    r"submitted that|contended|contends|ruled|"
    # present tense of verbs above, as features write them ("…, but cautions that …", "she recalls")
    r"cautions|stresses|concedes|acknowledges|suggests|recalls|recounts|laments|observes|quips|predicts|complains|"
    # a document's words: "the report concludes", "the lawsuit alleges"
    r"concludes|alleges|"
    r"emphasises|emphasizes|reiterates|exclaims|muses|bemoaned|bemoans|opined|opines|grumbled|griped|scoffed|"
    # how someone phrased it: "One official put it bluntly: …"
    r"put it bluntly|put it simply|put it plainly|put it starkly|put it succinctly|put it this way|"
    r"put it more bluntly|put it more simply|put it more starkly|put it another way"
)
# verbs that frame a fragment rather than a whole utterance: called it "…", dismissed the move as "…"
FRAME = (
    r"described|describes|called|calls|branded|brands|labelled|labeled|dubbed|dismissed|dismisses|condemned|"
    r"criticised|criticized|accused|accuses|urged|urges|hailed|praised|denounced|termed|welcomed|attacked|slammed|"
    r"decried|rejected|defended|promised|vowed|threatened|demanded|insisted|agreed|agrees|disagreed|blasted|blasts"
)
PARTICIPLE = (
    r"adding|saying|writing|warning|telling|insisting|noting|arguing|explaining|stressing|declaring|observing|"
    r"stating|ruling|concluding|asserting|asking|holding that|contending|submitting that"
)
# prefix tries of the verb lists: with the closing \b at most one verb of a list matches at a position, so a trie
# finds the same match as the flat alternation, several times faster; the look-ahead of possible first letters lets
# `re` pass over other positions without entering the alternation
_SAY_TRIE = alternation(SAY.split("|"))
_SAY_FIRST = "".join(sorted({w[0] for w in SAY.split("|")}))
_VERB_FIRST = "".join(sorted({w[0] for w in f"{SAY}|{FRAME}|{PARTICIPLE}".split("|")}))
# ("ruled" reports a judgment: "ruled on Thursday that …"; "had not ruled out a measure" reports nothing)
_NOT_RULED_OUT = r"(?!(?<=ruled)\s+out\b)"
SAY_RE = lazy_pattern(rf"(?=[{_SAY_FIRST}])\b{_SAY_TRIE}\b{_NOT_RULED_OUT}")
# (?<!-): the "called" of "so-called" is no speech verb
PRE_VERB_RE = lazy_pattern(
    rf"(?=[{_VERB_FIRST}])\b(?<!-)(?:(?P<say>{_SAY_TRIE}){_NOT_RULED_OUT}|(?P<frame>{alternation(FRAME.split('|'))})|"
    rf"(?P<part>{alternation(PARTICIPLE.split('|'))}))\b"
)
# (?<!\s) and the possessive \s++ keep this linear on the long blank runs of masked quotations (every alternative
# starts with a letter, so neither changes what matches)
AUX_TAIL = lazy_re(
    r"(?<!\s)(?:\s++(?:has|have|had|also|already|consistently|later|previously|earlier|then|repeatedly|separately|once|again|would|will|"
    r"has since|had earlier|simply|just|herself|himself|itself|themselves|publicly|privately|recently|"
    r"(?:on|last|this) \w+|in a statement|in a post(?: on \w+)?|(?:is|are|was|were) (?:expected|due|set|likely) to))+$",
    re.IGNORECASE,
)
# (a live-blog time stamp "11:48" opening the sentence is no clause break: "11:48 X's account has responded")
CLAUSE_BREAK = lazy_re(r"(?:[,;(—–]|:(?!\d)|\s-\s|\b(?:that|which|while|as|when|after|before|because|so|if)\b)")
# "with Kemi Badenoch accusing the government of being", "with one lawmaker accusing the company of treating": an
# absolute clause whose subject speaks, close to the quote that follows
WITH_SUBJECT = lazy_re(
    r"\bwith\s+(?P<subj>(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)\s+(?:accusing|saying|warning|insisting|arguing|calling|"
    r"describing|claiming|urging|branding|dismissing|telling)\b(?=(?:\s+\S+){0,12}\s*$)",
    first=first_chars("w"),
)
# any speech in a sentence: "said", "spoke to reporters", "told MPs"
SPOKE_RE = lazy_pattern(rf"(?=[{_SAY_FIRST}])\b(?:{_SAY_TRIE}|spoke|speaking)\b")
# '"…," Abernathy reported.': a verb that reports speech only right after a quotation, before the sentence ends
# (and a written source's text: '"…," the statement read.'; and '"…," Howard Pell, a senior fellow …, has written.')
REPORTED_AFTER = lazy_re(
    r"\b(?:reported|reports|read|reads|(?<=\bhas )written|(?<=\bhave )written)(?=\s*[.,]|\s+(?:on|in|last|this)\b)",
    first=first_chars("rw"),
)
# "in what host Tom Bergeron described as": the subject of a framing verb inside a free relative
WHAT_SUBJECT = lazy_re(r"\bwhat\s+([^,;:]{1,60}?)\s*$", first=first_chars("w"))
POST_LEAD = lazy_re(r"[\s,—–-]*")
VERB_FIRST_SUBJECT = lazy_re(
    r"\s*([^,.;:!?()]{1,120}?)(?=\s*(?:[,.;:!?()]|$|\s+(?:in|on|at|who|during|after|when|while|before|as)\s))"
)
LEAD_APPOSITION = lazy_pattern(
    r"\s*(?:(?:In|On|At|After|Before|Speaking|Asked|Writing|Responding|Earlier|Later|Meanwhile|However|Separately)"
    r"\b[^,]{0,40},\s*)?([^,()–—]{2,60}?)\s*(?:,|\(|–|—)\s*(?:who|whose|which|the|a|an|its|his|her|one|\d{1,3})\b"
)
# (a masked abbreviation's full stop is U+2024: "Sen\u2024 Karen Lindahl")
APPOSED_NAME = lazy_re(r"\s*,\s*((?:[A-Z][\w’'.\u2024-]*\s+){1,3}[A-Z][\w’'-]*)\s*(?:[,.;]|$)")
# a speech verb opening reported content: what follows is what was said, not who said it
REPORTED_THAT = lazy_pattern(rf"\b(?!according)(?:{_SAY_TRIE})\b{_NOT_RULED_OUT}\s+(?!(?:by|to)\b)\S")
# "said it had observed that …": the inner speech verb's subject is the same speaker, as a pronoun
# (after a short place phrase too: "wrote on X that he had asked …")
PRONOUN_SUBJECT = lazy_re(
    r"^\s*(?:(?:on|in)\s+[^,;:]{1,30}?\s+)?(?:that\s+)?(?:it|he|she|they)\s+(?:(?:had|has|have|would|was|were|is)\s+)?$"
)
# ... or the speaker's own body as that subject: "said her team had asked the company to '…'"
OWN_BODY_SUBJECT = lazy_re(
    r"^\s*(?:(?:on|in)\s+[^,;:]{1,30}?\s+)?(?:that\s+)?(?:his|her|its|their)\s+(?:own\s+)?(?:government|department|"
    r"office|ministry|team|officials|party|administration|agency|organisation|organization)\s+"
    r"(?:(?:had|has|have|would|was|were|is)\s+)?$"
)
# the subject and speech verb right before a reported clause's pronoun: "In a notice, the Ministry said (that) "
SAID_BEFORE_PRONOUN = lazy_re(
    r"(?:^|[,;:]\s*)((?:[Tt]he\s+)?[A-Z][^,;:]{0,60}?)\s+(?:said|says|told\s+\w+|added|insisted|claimed|confirmed|"
    r"announced|warned|argued)\s+(?:that\s+)?$",
    first=first_chars(",:;ABCDEFGHIJKLMNOPQRSTUVWXYZt"),
)
PLACE_SET = frozenset(PLACES)
PRONOUN_GENDER = {"he": "m", "she": "f"}
COORD_TAIL = lazy_re(r"\b(?:and|but)(?:\s+(?:also|later|then|\w+ly))?\s*$", first=first_chars("ab"))
JOINT = lazy_re(
    r"\b(?:and|&)\s+(?:[A-Z]|his|her|their)|^(?:[A-Z]\w+\s+)?(?:Senators|Ministers|MPs|Representatives)\b|"
    r"\b[a-z]{3,}[^s\W]s\s+(?:and|&)\s"  # "residents and councillor Jane Doe": a group and a person
)
WEAK_VERBS = word_set(
    "posted tweeted asked asks replied replies responded responds continued shouted joked recalled revealed "
    "confirmed announced noted notes declared declares answered"
)
INTRODUCES = lazy_re(r"[^.;:!?]{0,40}:\s*$")
CLAIM = lazy_re(
    r"['’]s\s+(?:\w+\s+)?(?P<noun>claim|claims|description|words|assertion|accusation|warning|remark|remarks|comment|"
    r"comments|suggestion|insistence|argument|complaint|boast|promise|threat|call|line|closing line|tweet|"
    r"tweets|post|posts|statement|statements|pledge|vow|assurance|assurances|admission)"
    r"\b(?:\s+that)?"
    r"(?:\s+[\w’'-]+){0,8}\s*$"
)
# a determiner right before a verb-like word makes it a noun: "give up their claims to …", "the comments"
# (or the first word of a noun compound: "member states", "news reports", "false claims")
DETERMINER_BEFORE = lazy_re(
    r"\b(?:the|a|an|their|his|her|its|our|my|your|these|those|this|such|(?-i:member|United|news|press|false))\s+$",
    re.IGNORECASE,
    first=first_chars("afhimnopstuy", ignore_case=True),
)
# "called the Government's threat '…'": the quote is the frame verb's complement, not the owner's words
FRAMED_OBJECT = lazy_re(
    r"\b(?:called|calls|branded|brands|described|describes|dubbed|labelled|labeled|termed)\s+(?:the\s+)?"
    r"[\w.’'-]+(?:\s+[A-Z][\w.’'-]*)?['’]s\s+(?:\w+\s+)?\w+\s*(?:as\s+)?$",
    first=first_chars("bcdlt"),
)
# a sentence after a quote that names its speaker: "So said Henna Virkkunen, …", "That was the verdict of one
# official", "Those are the words of Kim van Sparrentak"
CATAPHOR = lazy_re(
    r"\s*(?:(?:So|Thus)\s+(?:said|says|wrote|writes|argued|argues|warned|warns)|(?:That|This|Those|These|Such)\s+"
    r"(?:was|were|is|are)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:words|verdict|view|assessment|warning|message|"
    r"judgment|judgement|conclusion|argument|reaction|response|answer|comment|remarks|prediction|complaint)\s+"
    # ("That is what Melanie Dawes told MPs", "The warning came from …", "That was the message from …" too; a day
    # between: "That was the message on Tuesday from …")
    r"(?:(?:on|late|early|earlier|this|last)\s+(?:on\s+)?[A-Za-z]+\s+)?(?:of|from)|(?:That|This|Those|These)\s+(?:was|were|is|are)\s+what|(?:The|That|This|Those|These)\s+"
    r"(?:[\w-]+\s+)?(?:words|warning|message|verdict|plea|rebuke|criticism|reaction|response|answer|remarks)\s+"
    r"(?:came|come)\s+from|(?:The|That|This|Those|These|His|Her)\s+(?:[\w-]+\s+)?(?:remarks?|comments?|words|warning)"
    # ("The remark, made by Australia's communications minister, Anika Wells, on …")
    r",\s+(?:made|delivered|posted|written|given)\s+by)\s+(?=\S)"
)
# "'…?' / He Jianxiong, the former IMF director, said at an event in Washington.": a paragraph that only says who
# spoke - a speech verb with no object, then at most a time or place phrase - attributes the quote just before it
SAID_ALONE = lazy_re(
    r"(?P<verb>said|says|told reporters|added|wrote)(?=\s*(?:\.$|$|\s+(?:at|in|on|during|last|this|earlier|later|"
    r"before|after|while|when|from)\s+[^,;:]*\.?$))"
)
# where the speaker phrase after CATAPHOR ends: a clause mark or a time or place phrase
CATAPHOR_END = lazy_re(
    r"\s*(?:[,.;:!?()—–]|$|\s(?:last|this|on|in|at|during|as|when|who|after|before|speaking)\s|"
    r"\s(?:told|said|wrote|says|tells|writes|posted|warned|put\s+it)\b)"
)
# the person a question came from or was put to: "Asked by Greens senator Jane Doe whether …, the commissioner said",
# "Responding to a question from Labour's X, Ms Y said", "Speaking to Laura Kuenssberg, she said" — never the speaker
ADDRESSEE_BEFORE = lazy_re(
    r"\b(?:(?:asked|pressed|questioned|challenged|quizzed|grilled|interviewed|prompted|interrupted|heckled)"
    r"(?:\s+\w+ly|\s+again)?\s+by|(?:in\s+(?:reply|response|answer)|responding|replying|answering|speaking|talking)"
    r"\s+to(?:\s+(?:a|an|the)\s+(?:\w+\s+)?(?:question|questions|query|point|challenge|intervention)\s+from)?|"
    r"(?:a|an|the)\s+(?:\w+\s+)?(?:question|questions|query)\s+from|(?:an?\s+)?interview\s+with)"
    r"\s+[^,.;:()]{0,60}$",
    re.IGNORECASE,
    first=first_chars("apqcgihrst", ignore_case=True),  # every alternative's first letter: skip to those
)
# a sentence opening on two or more capitalised words, then a verb: "Birgit Sippel was unimpressed."
UNKNOWN_LEAD = lazy_re(
    r"\s*(?P<name>(?:[A-Z][\w’'-]+\s+){1,4}[A-Z][\w’'-]+)\s+(?:was|is|were|are|has|had|have|[a-z]+ed)\b"
)
# a sentence opening on a capitalised name then a verb ("Separately, Royal Mail confirmed …")
UNKNOWN_SUBJECT = lazy_re(
    r"\s*(?:(?:Separately|Meanwhile|Elsewhere|However|Earlier|Later|Last \w+|On \w+|In \w+),?\s+)?(?:The\s+)?"
    r"(?!(?:The|A|An|It|He|She|They|We|This|That|These|Those|There|Its|His|Her|Their)\b)"
    r"(?P<subject>[A-Z][\w’'&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'&-]*){0,4})\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:[a-z]+ed|said|says|told)\b"
)
# (an aside after the subject is no second subject: "X, for its part, says …", "Ofcom, however, said …")
JOINT_AFTER = lazy_re(
    r"\s*(?:and|&|,(?!\s+(?:part of|a unit of|an arm of|a division of|a subsidiary of|owned by|which|whose|"
    r"for (?:its|his|her|their) part|however|meanwhile|though|in turn|in response|in a statement|too)\b))\s"
)
# "Questioned by the committee's chair, Dame Caroline Dinenage, she said": the asker named in apposition
ADDRESSEE_APPOSED = lazy_re(
    r"\b(?:by|from|to|with)\s+(?:the|a|an|his|her|their|its|[A-Z][\w.]*['’]s?)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:chair|chairman|chairwoman|host|presenter|interviewer|senator|MP|MSP|member|colleague|counterpart|opponent|"
    r"leader|minister|secretary|questioner|journalist|reporter|correspondent|editor|anchor)\s*,\s*$",
    first=first_chars("bftw"),
)
# "Victoria Collins asked the minister whether …": the subject put the question; a quote in the next paragraph
# is the answer, someone else's
ASKED_OBJECT = lazy_re(
    r"(?:\s*,[^,]{1,60},)?\s+(?:(?:asked|pressed|questioned|challenged|quizzed|grilled)\s+"
    r"(?:the|her|him|them|[A-Z])[^.;]{0,60}?\b(?:whether|if|why|how|what|when|about|over)\b|"
    r"(?:later\s+|then\s+|also\s+)?put\s+(?:it|the\s+\w+|a\s+\w+)\s+to\s+(?:the|her|him|them|[A-Z]))"
)
PASSIVE_OPENER = lazy_re(r"\s*(?:Asked|Pressed|Questioned|Challenged|Interviewed|Prompted)\b[^.;]*$")
# (or a reported clause without "that" whose subject is a pronoun: "confirmed it had received … and was '…'")
# (or the question put to someone: "asked the minister whether the government would '…'")
WEAK_GAP_OK = lazy_re(
    r"[:,]\s*$|^\s*(?:that|why|whether|how|what)\b|^\s*(?:on|in)\s+[^.;:]{1,40}?\bthat\b|"
    r"^\s*(?:the|her|him|them|[A-Z][\w’'.-]*)(?:\s+[\w’'.-]+){0,5}?\s+(?:whether|if)\b|"
    # a request put to an office holder: "asks the prime minister to back a suspension of X '…'"
    r"^\s*the\s+(?:prime\s+minister|minister|government|commission|commissioner|chancellor|president|secretary|"
    r"regulator|committee|chair|house|speaker)\s+to\s+[a-z]+\b|"
    r"^\s*(?:it|he|she|they)\s+(?:had|has|have|was|were|is|are|would|will)\b|"
    # "replied to a question from the Labour MP Tonia Antoniazzi that …": the question's asker does not answer
    r"^\s*to\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:question|questions|query|queries)\s+(?:from\s+[^.;:\"“”]{1,70}?\s+)?that\b"
)
LEAD_PRONOUN = lazy_re(r"\s*(?:[A-Z][^,]{0,40},\s*)?(he|she|it|He|She|It)\b")
TAIL_PRONOUN = lazy_re(r"\b(he|she|it|they)\s*$", re.IGNORECASE, first=first_chars("hist", ignore_case=True))
WINDOW = 4
PERSONAL_NAME = lazy_re(
    r"(?:[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)? ){1,2}(?:Mc|Mac|O['’])?[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?",
    first=first_chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
)
SAY_JUST_BEFORE = lazy_re(r"\b(?:said|says|adds|added|according to|writes|wrote)\s+$", first=first_chars("asw"))
THE_NOUN = lazy_re(r"the\s+([a-z]{3,20}|MPs?|MEPs?|TD|MSP)", re.IGNORECASE)
PREPOSITIONS = word_set("to of for with by from in on at about after before against towards like")
# a sentence that judges how its subject spoke, then a colon: "Another official is more sanguine: '…'"
# (possessive \s*+ and \s++: matched against text with blanked-out quotes, long runs of spaces, where giving spaces
# back can never help the match but made it cubic)
COPULA_COLON = lazy_re(
    r"\s*+([^,:;()]{2,80}?)\s++(?:is|was|are|were|sounded|seemed|remains|remained)\s+(?:[a-z]+\s+){0,3}?[a-z]+\s*:\s*"
)
# (a live-blog entry may open on its time stamp: "14:10 - Virkkunen: '…'")
HEADLINE_LABEL = lazy_re(r"\s*+(?:\d{1,2}[:.]\d{2}\s*[-–—]\s*)?((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s*:\s*")
OPENS = lazy_re(r"(?:[Tt]he\s+)?")
# an organisation's own account or team speaking for it: "X Safety wrote", "the Meta newsroom said"
ORG_VOICES = frozenset(
    {
        "safety",
        "support",
        "newsroom",
        "policy",
        "team",
        "account",
        "press office",
        "safety team",
        "itself",
        "global affairs",
    }
)
# what may open a sentence before its subject: "Ofcom", "The regulator Ofcom", "In Malaysia, the opposition lawmaker X"
# a dateline opening wire copy: "BENGALURU: ", "LONDON — ", "WASHINGTON (AP) — ", "ALBANY, N.Y. — "
# (or a live-blog entry's time stamp: "18:05 - Elon Musk has responded …", "9.40am BST: Ofcom said …")
DATELINE = (
    r"(?:(?:[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]*){0,3}(?:\s*\([A-Za-z]+\))?|"
    r"\d{1,2}[.:]\d{2}\s*(?:am|pm)?(?:\s+[A-Z]{2,4})?)\s*(?::|—|–|-)\s+)?"
)
LEADING = lazy_re(
    r"\s*" + DATELINE + r"(?:(?:In|On|At|After|Earlier|Later|Meanwhile|However|Separately)\b[^,]{0,40},\s*)?"
    r"(?:[Tt]he\s+)?"
    # (a nationality and possessive words may describe it: "Malaysian women's rights group Women's Aid")
    r"(?:(?:[A-Z][a-z]+(?:an|ese|ish)|Dutch|French|Greek|Swiss|Czech|Thai|Welsh|Israeli|Pakistani|Iraqi|Saudi)\s+(?=[a-z])|"
    # (or a capitalised descriptor opening the sentence: "Defending champion Anna Lindqvist, who took silver, …")
    r"(?:Defending|Reigning|Veteran|Local|Fellow|Rival|Retired|Outgoing|Incoming)\s+(?=[a-z]))?"
    r"(?:(?!(?:of|for|with|by|to|from|and|or|in|on|at|about|as|like|than)\b)[a-z][\w-]*(?:['’]s?)?\s+){0,3}"
)
# (also "One MEP who follows the file, Lars Holm, …": "one" picks a member of a group, as "an" does; and the name
# may carry its own epithet: "…, the Dutch liberal Lars Holm, …")
LEADING_APPOSED = lazy_re(
    r"\s*(?:[Tt]he|[Hh]er|[Hh]is|[Ii]ts|[Tt]heir|[Aa]n?|One)\s+[^,]{1,40},\s*"
    r"(?:the\s+(?:[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+){1,2})?"
)


@dataclass(frozen=True, slots=True)
class Attribution:
    """A resolved speaker (None when uncertain), the role the article gives them, and how it was found."""

    speaker: str | None
    role: str | None
    how: str


@dataclass(frozen=True, slots=True)
class Said:
    sentence: int
    speaker: str
    kind: str  # "person" | "org" | "anon"


# the last word AUX_TAIL can end with, or the word before a free last word ("on Monday", "last week", "this month")
_AUX_LAST = word_set(
    "has have had also already consistently later previously earlier then repeatedly separately once again would "
    "will since simply just herself himself itself themselves publicly privately recently statement post to"
)
_AUX_BEFORE_LAST = word_set("on last this")


def strip_aux(head: str) -> str:
    """The subject before a speech verb without trailing auxiliaries and adverbials ("Ofcom has also", "he later")."""
    head = head.rstrip()
    words = head[-80:].rsplit(None, 2)
    if not words or (
        words[-1].casefold() not in _AUX_LAST and (len(words) < 2 or words[-2].casefold() not in _AUX_BEFORE_LAST)
    ):
        return head  # the common case: no auxiliary to strip, skip the regex
    if len(head) <= 80:
        return AUX_TAIL.sub("", head)
    return head[:-80] + AUX_TAIL.sub("", head[-80:])  # the tail is all that can match; keeps this linear


_PLACE_OWNER = lazy_re(
    r"(?:[Tt]he\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s\s+", first=first_chars("ABCDEFGHIJKLMNOPQRSTUVWXYZt")
)


def place_owner(prefix: str) -> bool:
    """True for a country or place as possessor before a name: "Brazil's ", "the UK's " (context, not a name)."""
    m = _PLACE_OWNER.fullmatch(prefix) if prefix else None
    return m is not None and m.group(1) in PLACE_SET


def unknown_name(head: str) -> bool:
    """True when the clause before a speech verb opens with a capitalised name-like word ("Ilyasah Shabazz, …")."""
    words = head.strip().split()
    # "Appearing for X, senior advocate …": a participle opening the sentence is no name
    return bool(words) and words[0][:1].isupper() and words[0] not in NOT_NAMES and not words[0].endswith("ing")


NOT_NAMES = word_set(
    "The A An It He She They We I This That These Those In On At After Before When While As But And Asked "
    "Speaking Some Many Most Critics Campaigners Officials Ministers Researchers Experts Lawyers Analysts So Thus "
    "Someone Somebody Nobody Everyone Everybody Anyone"
)


# "X, asked about the letter, said": a participle clause, not the sentence's speech verb
ASKED_PARTICIPLE = lazy_re(r"(?:asked|pressed|questioned|challenged)\s+(?:about|by|whether|if|on|over|what|why|how)\b")
PLURAL_VERBS = word_set("have are were say want deny insist claim believe")
# "Virkkunen's closing line: '…'": words introduced by their owner and a colon, with no speech verb
OWNED_LABEL = lazy_re(
    r"(?:^|[.;—–-]\s+|^\s*\d{1,2}[:.]\d{2}\s*(?:[—–-]\s*)?)((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*?)['’]s\s+"
    r"(?:closing |final |opening |parting |last |first )?(?:line|words|message|remarks|verdict|answer|reply|response)"
    r"(?:\s+(?:in|at|to|on)\s+[^:;.]{1,40}?)?\s*:\s*$"  # "… opening words in the press room:"
)

# "On Friday the billionaire …": a time phrase opening the subject without a comma
TIME_LEAD = lazy_re(
    r"\d{1,2}[:.]\d{2}\s+(?=[A-Za-z])|(?:On|Last|This|Earlier|Later)\s+(?:(?:on|this|last|that)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|morning|afternoon|evening|night|week|month|year)\s+(?=[a-z]|[A-Z][a-z])|"
    r"(?:In|By|Since|Until)\s+(?:(?:early|late|mid-)\s*)?(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|\d{4})(?:\s+\d{4})?\s+(?=[a-z]|[A-Z][a-z])"
)

# a speech verb inside a relative clause that closes before the quote: the quote is the main clause's
RELATIVE_OPEN = lazy_re(r",\s+(?:which|who|whom)\s[^,]*$")

# who an account or a message is really from is not certain: "an account describing itself as the platform's team"
SELF_DESCRIBED = lazy_re(
    r"\b(?:describ(?:ing|es|ed) (?:itself|himself|herself|themselves) as|claim(?:ing|s|ed) to be|purport(?:ing|s|ed) "
    r"to be|self-(?:described|styled|proclaimed)|posing as)\b",
    re.IGNORECASE,
    first=first_chars("cdps", ignore_case=True),
)


def self_described(text: str) -> bool:
    """True when the text says who someone is only by their own account ("describing itself as", "claiming to be")."""
    if "sel" not in text and "laim" not in text and "urport" not in text and "osing" not in text:
        return False  # most speaker phrases have none of these words: skip the pattern
    return SELF_DESCRIBED.search(text) is not None
