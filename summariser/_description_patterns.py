"""Patterns for descriptions that speak: spokespeople, lawyers, anonymous sources, written sources, epithets.

Regexes are compiled once at import (the big ones on first use); `_descriptions`, `_speakers` and `_antecedents`
use them through this module.
"""

from __future__ import annotations

import re
from functools import cache

from summariser._lazy_re import first_chars, lazy_re
from summariser._text import alternation, lazy_pattern, word_set

SPOKES = r"spokesperson|spokesman|spokeswoman|spokespeople|representative|press officer|press office"

SPOKES_OF = lazy_re(rf"^(?:a|an|the|one)\s+(?P<org>.+?)\s+(?P<role>{SPOKES})$", re.IGNORECASE)

SPOKES_FOR = lazy_re(rf"^(?:a|an|the)\s+(?P<role>{SPOKES})\s+(?:for|from|at|of)\s+(?P<org>.+)$", re.IGNORECASE)

# a prepositional phrase that gives a time, not a place or an affiliation: "an official on Monday" is "an official"
NOT_TIME = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|\d|the\s+(?:morning|afternoon|evening|weekend|day)\b|"
    r"(?:last|this|next)\s))"
)

ANON_NOUNS = (
    "source|official|insider|aide|adviser|advisor|figure|ally|executive|employee|staffer|diplomat|person|"
    "member of staff|lobbyist|campaigner|researcher|analyst|lawyer|attorney|manager|worker|moderator|engineer|expert|"
    "victim|survivor|parent|mother|father|teacher|student|user|resident|MP|MEP|peer|civil servant|coordinator|"
    "partner|owner|officer|commenter|activist|investor|academic|consultant|contractor|developer|volunteer|organiser|"
    "minister|senator|lawmaker|legislator|councillor|witness|neighbour|neighbor|driver|nurse|doctor|founder|director|"
    "trader|economist|regulator|member|buyer|planner|strategist|banker|broker|agent|editor|producer|reporter|"
    "journalist|counsellor|therapist|psychologist|psychiatrist|scientist|professor|lecturer|technician|specialist|"
    "designer|programmer|accountant|auditor|clerk|assistant|negotiator|entrepreneur|creator|influencer|streamer|"
    "blogger|artist|writer|author|photographer|marketer|advertiser|publisher|retailer|landlord|farmer|pilot|soldier|"
    "veteran|paramedic|firefighter|detective|prosecutor|coach|customer|subscriber|shopper|pensioner|trustee|"
    "finalist|contestant|participant|competitor"
)

# "a former senior Pentagon official", "one Commission official involved in the case", "a partner at a large US firm
# who advises …": the description up to the noun and one prepositional phrase; a participle or relative clause after
# it describes them further and is no part of the name (the lazy phrase stops at the first such word)
ANON = lazy_pattern(
    # a determiner inside is a second noun phrase: "a step the minister (has rejected)" describes no one
    r"^(?P<det>a|an|one|another)\s+(?:(?!(?:the|this|that|these|those|his|her|its|their|our|my|your)\s)"
    r"[\w’'\u2063-]+\s+){0,6}?(?:" + ANON_NOUNS + r")"
    r"(?:\s+(?:close to|familiar with|at|in|on|for|of|from|with|within|inside)\s+" + NOT_TIME + r"[^,]+?)?"
    r"(?:\s+(?-i:[a-z]+ed)\s+by\s+[^,]+?)?"  # "a survivor supported by Refuge": the agent says whose
    # a noun after a possessive or a determiner is no participle: "familiar with the company's thinking"
    # (a parent known only through their child, "one mother whose daughter …", is no description of their own)
    r"(?=$|\s*,|\s+(?-i:who|which|that|speaking)\b|(?<!mother)(?<!father)(?<!parent)\s+(?-i:whose)\b|(?<!['’]s)(?<!\bthe)(?<!\bits)(?<!\btheir)(?<!\bhis)"
    r"(?<!\bher)\s+(?-i:[a-z]+ed|[a-z]+ing)\b|\s+(?-i:in|at|from)\s+(?-i:[A-Z])|"
    # (or its verb: "a 34-year-old nurse from Derby had seen …" is "a 34-year-old nurse from Derby")
    r"\s+(?-i:had|has|have|is|was|were|are|would|will|could|can|did|does|says|said|told)\b)",
    re.IGNORECASE,
)

# one member of a crowd whose post or complaint the article quotes ("one subscriber wrote on Reddit", "one owner
# from Arizona wrote in a complaint"): a voice picked from many, not a source; the quote keeps no speaker
CROWD_VOICE = lazy_re(
    r"^one\s+(?:[\w’'-]+\s+){0,3}?(?:owner|subscriber|user|customer|reader|viewer|player|gamer|fan|follower|"
    r"commenter|respondent|listener|shopper|buyer|passenger|motorist|member of the public)\b",
    re.IGNORECASE,
)
CROWD_POST = lazy_re(r"\s*(?:wrote|writes|posted|posts|commented|comments|complained)\b")

# an indefinite description of one person: "a senior civil servant", "an official"
UNNAMED = lazy_re(r"(?:a|an)\s")

# a sentence opening on one: "A Tesla owner in California …", "In Brussels, one official …"
LEADING_INDEFINITE = lazy_re(r"\s*(?:[A-Z][^,]{0,40},\s*)?((?:A|An|One|Another|a|an|one|another)\s)")

# someone known only as one of a group ("One of the women at the roundtable, a nurse, said"): no speaker
GROUP_MEMBER = lazy_re(
    r"\s*(?:one|some|many|two|three|several|most)\s+of\s+(?:(?:the|her|his|their|its)\s|(?:them|those|these|us)\b)",
    re.I,
)

# a written source speaking: "… ," the statement said / read / continued
_WRITTEN_NOUNS = "statement|letter|post|notice|filing|release|email|message|complaint|update|memo|memorandum"
THE_WRITTEN = lazy_re(rf"^the\s+({_WRITTEN_NOUNS})$", re.IGNORECASE)
# a written or recorded thing a later "it said" can stand for: "a message read aloud", "her statement"
WRITTEN_THING = lazy_re(
    r"\b(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{_WRITTEN_NOUNS}|note|e-mail|tweet|video|recording|voicemail)\b"
)

# an age epithet: "the 29-year-old (teacher)", for the person already named
AGE_THE = r"[Tt]he\s+\d{1,3}-year-old\b"

# an epithet for the person in view: "the 56-year-old", "the actor", "the singer and guitarist"
EPITHET = lazy_re(
    r"^the\s+(?:\d{1,3}-year-old|(?:[\w-]+\s+)?(?:actor|actress|singer|star|rapper|musician|guitarist|drummer|"
    r"coach|striker|player|quarterback|veteran|billionaire|entrepreneur|tycoon|businessman|businesswoman|comedian|"
    r"author|novelist|writer|presenter|host|athlete|champion|forward|defender|midfielder|goalkeeper|pitcher|"
    # a nationality for the athlete or visitor in view: "the Swede said"
    r"Swede|Dane|Norwegian|Finn|Briton|Frenchman|Frenchwoman|German|Italian|Spaniard|Dutchman|Dutchwoman|"
    r"American|Canadian|Australian|New Zealander|Japanese|Austrian|Swiss|Irishman|Irishwoman|Scot|Welshman)"
    r"(?:\s+and\s+[\w-]+)?)$",
    re.IGNORECASE,
)

# a descriptor for the person just in view, never for a counterpart ("the judge", "the minister" are not here):
# "the Fine Gael TD", "the Tipperary TD", "the 26-year-old nurse from Leeds"; a title is one only after a nationality
# the writer varies the name with: "The Finnish commissioner said" after Henna Virkkunen spoke
PERSON_EPITHET = lazy_re(
    r"^[Tt]he\s+(?:[\w’'-]+\s+){0,3}?(?P<noun>\d{1,3}-year-old(?:\s+[a-z]+)?|TD|MP|MEP|MSP|senator|congressman|"
    r"congresswoman|lawmaker|legislator|politician|peer|campaigner|activist|(?:mum|mother|dad|father)(?:-of-[a-z]+)?|"
    r"[A-Z][a-z]+(?:ish|ian|ese|ch|i)\s+(?:commissioner|minister|diplomat|lawyer|prosecutor|judge|official|"
    r"executive|ambassador|envoy|economist|academic|scientist|researcher|entrepreneur|investor|"
    # a party's member: "the Danish Social Democrat said" after Christel Schaldemose spoke
    r"(?:Social |Christian |Liberal )?Democrat|Republican|Conservative|Liberal|Green|Socialist))"
    r"(?:\s+(?:from|in)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?$"
)

# a description before an organisation's name: "His AI company xAI", "the media regulator Ofcom"
ORG_DESCRIPTOR = lazy_re(
    r"(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[A-Z][\w.]*['’]s)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|platform|"
    r"regulator|watchdog|charity|group|agency|ministry|department|union|start-up|startup|network|site|app|service|"
    r"body|authority|broadcaster|newspaper|bank)\s+",
    first=first_chars("ABCDEFGHIJKLMNOPQRSTUVWXYZhit"),
)

# an apposition that says a name is an organisation: ", a trade group whose members …", ", an advocacy group,"
ORG_APPOSITIVE = lazy_re(
    r"\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:group|organi[sz]ation|body|association|charity|coalition|think tank|"
    r"non-?profit|union|alliance|federation|foundation|lobby|company|firm|start-?up|network|consortium|mouthpiece|"
    r"newspaper|broadcaster|news agency|record label|label|studio|publisher)\b(?!['’])"
)

# which organisation kinds a bare noun can stand for ("the company" -> a company or platform)
KIND_OF_NOUN: dict[str, frozenset[str]] = {
    "company": frozenset({"company", "platform"}),
    "firm": frozenset({"company"}),
    "platform": frozenset({"platform"}),
    "regulator": frozenset({"regulator"}),
    "watchdog": frozenset({"regulator"}),
    "charity": frozenset({"charity"}),
    "union": frozenset({"union"}),
    "force": frozenset({"police"}),
}

# "one of the officials" -> "an official"
ONE_OF = lazy_re(r"^one\s+of\s+the\s+(?P<noun>[a-z]+?)s$", re.IGNORECASE)

ANON_NOUN_SET = frozenset(ANON_NOUNS.split("|"))

# the nouns an unnamed source is described by ("a senior official", "the aide")
_SOURCE_NOUNS = (
    "source|official|insider|aide|spokesperson|spokesman|spokeswoman|diplomat|employee|lobbyist|adviser|executive|"
    "campaigner|ally"
)

INDEFINITE_SOURCE = lazy_re(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'\u2063-]+\s+){0,6}?(?P<noun>" + _SOURCE_NOUNS + ")"
    r"(?:\s+(?:for|from|at|on|in|of|close to|familiar with)\s+" + NOT_TIME + r"[^,.;:()]{1,80}?"
    r"(?=\s+(?:said|says|told|tells|added|adds|warned|warns|argued|argues|insisted|insists|wrote|concedes|conceded|"
    r"admits|admitted|claims|claimed|suggests|suggested|"
    # other finite verbs end the description too: "A spokesman for Elon Musk declined to comment" is not all a name
    r"declined|declines|refused|refuses|confirmed|confirms|denied|denies|responded|responds|replied|replies|"
    r"noted|notes|stressed|stresses|explained|explains|acknowledged|acknowledges|did|does|would|could|will|"
    r"has|had|have|is|was|were|are)\b|[,.;:()]|$))?",
    first=first_chars("AOao"),
)

BARE_SPOKES = lazy_re(r"^(?:a|an|the)\s+(?:spokesperson|spokesman|spokeswoman)$", re.IGNORECASE)

# ("the representative" too: "X's legal representative said …; the representative added")
THE_SOURCE = lazy_re(r"^the\s+(?:former\s+|senior\s+)?(?:" + _SOURCE_NOUNS + "|representative)$", re.I)

OWNED = lazy_re(
    r"^(?P<owner>.+?)['’]s?\s+(?:\w+\s+){0,3}?(?:statement|letter|notice|post|blog post|email|filing|submission|"
    r"response|reply|team|lawyers?|spokesperson|spokesman|spokeswoman|press office|account|rep|representative|"
    r"publicist)$",
    re.IGNORECASE,
)

# an unnamed office holder of an organisation: "X's head of global government affairs", "the company's chief executive"
# (opening the sentence too: "The company's head of sales told clients …")
OWNED_ROLE = lazy_re(
    r"^(?P<owner>(?:[Tt]he\s+)?[\w.-]+(?:\s+[A-Z][\w.-]*){0,3}?)['’]s\s+(?:[\w-]+\s+){0,3}?"
    r"(?:head|chief|director|executive|officer|president|vice-president|chair|chairman|chairwoman|manager|lead|"
    r"representative)(?:\s+(?:of|for|in)\s+[\w\s-]{1,40})?$"
)

# an unnamed office holder of the organisation in view: "said its director", "its chief executive said"
ITS_ROLE = lazy_re(
    r"^its\s+(?:[\w-]+\s+){0,3}?(?:head|chief|director|executive|officer|president|vice-president|chair|chairman|"
    r"chairwoman|manager|representative|spokeswoman|spokesman|spokesperson)(?:\s+(?:of|for|in|on)\s+[\w\s-]{1,40})?$",
    re.IGNORECASE,
)

ITS = lazy_re(
    r"^(?:its|their)\s+(?:\w+\s+)?(?:statement|letter|notice|post|team|lawyers?|spokesperson|spokesman|"
    r"spokeswoman|press office|account)$",
    re.IGNORECASE,
)

# "lawyers for Tom Reid", "an attorney representing Ms Lee": they speak for the client, they are not the client
COUNSEL_FOR = lazy_re(
    r"^(?:(?:a|an|the|one)\s+)?(?P<role>lawyers?|attorneys?|solicitors?|barristers?|counsel)\s+"
    r"(?:for|representing|acting for)\s+(?P<org>.+)$",
    re.IGNORECASE,
)

# "Mr Reid", "Dr Sara Lee": an honorific makes a person, whatever the index thinks
HONORIFIC_NAME = lazy_re(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lord|Lady)\.?\s+[A-Z]")

# the first words the `_special` patterns (THE_SOURCE … ITS, COUNSEL_FOR) can start with; OWNED needs an apostrophe
SPECIAL_FIRST = word_set("the a an one another its their lawyer lawyers attorney attorneys solicitors counsel")

KIND_NOUN = lazy_re(
    r"\b(?:company|firm|platform|regulator|watchdog|charity|group|department|ministry|force|"
    r"commission|agency|party|government|council|organisation|organization|office)$",
    re.IGNORECASE,
    first=first_chars("acdfgmoprw", ignore_case=True),
)

GENERIC_ORG = {
    "government": "UK government",
    "the government": "UK government",
    "No 10": "Downing Street",
    "Number 10": "Downing Street",
    "prime minister": "Downing Street",
    "Prime Minister": "Downing Street",
}

WRITTEN = lazy_re(
    r"(?:statement|letter|notice|post|blog post|email|filing|submission|account)$",
    re.I,
    first=first_chars("abeflnps", ignore_case=True),
)

# people an article may introduce as "a doctor …" and then call "the doctor"
PERSON_NOUNS = word_set(
    "doctor nurse officer witness teacher driver neighbour neighbor mother father parent resident survivor victim "
    "lawyer attorney analyst executive engineer researcher scientist professor student worker employee manager "
    "diplomat official source insider aide adviser advisor campaigner activist lobbyist user man woman boy girl "
    "teenager pensioner shopper voter passenger owner founder spokesman spokeswoman spokesperson moderator "
    "investor trader economist expert academic lecturer consultant contractor developer volunteer organiser person"
)

# titles that an article may give an unnamed person ("another Labour MP") and then use alone ("the MP said")
TITLE_NOUNS = frozenset({"MP", "MEP", "TD", "MSP", "senator", "minister", "peer"})

# relatives and people an article introduces without a name; a gender only where the word gives one
NOUN_GENDER = {
    **dict.fromkeys(
        word_set("mother daughter sister wife grandmother aunt niece girlfriend woman girl schoolgirl mum"), "f"
    ),
    **dict.fromkeys(
        word_set("father son brother husband grandfather uncle nephew boyfriend man boy schoolboy dad"), "m"
    ),
}

_GENDERED_WORDS = lazy_re(
    r"\b(?:her|his|herself|himself|" + "|".join(NOUN_GENDER) + r")\b",
    re.IGNORECASE,
    first=first_chars("abdfghmnsuw", ignore_case=True),
)


def description_gender(phrase: str) -> str | None:
    """ "a teacher in her forties" -> "f", "a father from Surrey" -> "m"; None when the words give none or both."""
    found = set()
    for m in _GENDERED_WORDS.finditer(phrase):
        word = m.group().lower()
        found.add("f" if word in ("her", "herself") else "m" if word in ("his", "himself") else NOUN_GENDER[word])
    return found.pop() if len(found) == 1 else None


_OTHER_NOUNS = sorted(
    PERSON_NOUNS
    | set(NOUN_GENDER)
    | {
        "friend",
        "partner",
        "colleague",
        "client",
        "classmate",
        "child",
        "pupil",
        "prosecutor",
        "detective",
        "journalist",
    }
)

# a sentence that opens on someone unnamed: "One of her clients, a 19-year-old student, …", "The student had …"
OTHER_PERSON = lazy_pattern(
    r"\s*(?:(?:One\s+of\s+(?:her|his|their)\s+\w+|[A-Z][^,]{0,40}),\s+)?(?i:a|an|one|the|her|his|their)\s+"
    rf"(?:[\w’'-]+\s+){{0,3}}?(?P<noun>{alternation(_OTHER_NOUNS)})\b(?!['’])"
)

_INTRODUCED_PLAIN = word_set("teacher student pupil nurse doctor teenager pensioner survivor victim parent resident")

# someone new introduced anywhere in a sentence: "The statement quotes a 15-year-old girl who …" — a later "she" may
# be her rather than the woman named before
INTRODUCED_PERSON = lazy_pattern(
    r"(?=[Aa])\b(?i:a|an|another)\s+(?:[\w’'-]+\s+){0,3}?"
    rf"(?P<noun>{alternation(sorted(set(NOUN_GENDER) | _INTRODUCED_PLAIN))})\b(?!['’])"
)


@cache
def indefinite_noun(noun: str) -> re.Pattern[str]:
    """'a doctor', 'an official at the embassy', 'one police officer': an indefinite mention of `noun`."""
    return re.compile(
        rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'-]+\s+){{0,3}}?{re.escape(noun)}\b"
        r"(?:\s+(?:from|at|on|in|with|for|close to|familiar with|involved in|briefed on|with knowledge of)\s+"
        + NOT_TIME
        + r"[^,.;:()]{1,80}?(?=\s+(?:said|says|told|added|who)\b|[,.;:()]|$|"
        # or its verb: "a person close to the company disputed that account" is "a person close to the company"
        # (a participle after a determiner or possessive is no verb: "close to the embattled company")
        r"(?<!\bthe)(?<!\ba)(?<!\ban)(?<!['’]s)(?<!\bits)(?<!\btheir)(?<!\bhis)(?<!\bher)\s+(?:[a-z]+ed|denies|disputes|"
        r"rejects|declines|refuses|insists|maintains|disagrees|spoke|gave|sent|wrote|met|made|took|has|had|was|is|would|will|did|does)\b))?"
    )


def _article_for(word: str) -> str:
    """'a' or 'an' by sound, near enough for news copy ("an MP", "a European official", "an unnamed source")."""
    low = word.lower()
    if word.isupper() or (len(word) == 1 and word.isalpha()):  # an acronym or a letter ("an X user"), read aloud
        return "an" if word[0] in "AEFHILMNORSX" else "a"
    if low.startswith(("eu", "uni", "use", "usu", "one")):
        return "a"
    if low.startswith(("hour", "hon", "heir")):
        return "an"
    return "an" if low[:1] in "aeiou" else "a"


def indefinite(phrase: str) -> str:
    """'one senior official' -> 'a senior official'; 'an Ofcom insider' stays."""
    det, rest = phrase.split(None, 1)
    det = "a" if det.lower() in ("one", "another") else det.lower()
    if det in ("a", "an"):
        det = _article_for(rest.split()[0])
    return f"{det} {rest}"


_KIND_AFTER = re.compile(r"(?<=[A-Za-z])\s+(?:group|party|bloc|coalition|alliance|campaign|movement|caucus)$")


def unlisted_org(text: str) -> str | None:
    """A capitalised organisation name the index does not know ("Common Sense Media"); never a bare acronym."""
    text = re.sub(r"^(?:the|a|an)\s+", "", text.strip())
    # "the Patriots for Europe group": the name without the kind of body written after it
    text = _KIND_AFTER.sub("", text) if " " in text else text
    words = text.split()
    if (
        not words
        or HONORIFIC_NAME.match(text)  # "Mr Reid" is never an organisation
        or (len(words) == 1 and (text.isupper() or not text[:1].isupper()))
        or not all(w[:1].isupper() or w in ("of", "for", "and", "&", "the") for w in words)
    ):
        return None
    return text


def role_from_description(phrase: str) -> str | None:
    low = phrase.strip()
    for det in ("the ", "The ", "a ", "A ", "an ", "An "):
        if low.startswith(det):
            low = low[len(det) :]
            break
    return low if low and low[0].islower() and len(low.split()) <= 5 else None


# a sentence opening on an organisation's kind: "The regulator says …", "The company said …"
LEADING_KIND = lazy_re(
    r"\s*((?:[Tt]he)\s+(?:regulator|watchdog|company|firm|platform|ministry|department|agency|commission|union|"
    r"charity|force))\b"
)

# "Swift's rep told …": a person's representative is credited to the person, as a spokesperson is
SPOKES_END = lazy_re(
    r"(?:spokesperson|spokesman|spokeswoman|rep|representative|publicist)$",
    re.IGNORECASE,
    first=first_chars("prs", ignore_case=True),
)
# "a statement from the Department for Education", "a letter signed by Ofcom", "a March 2019 study by …"
WRITTEN_FROM = lazy_re(
    r"^(?:a|an|the)\s+(?:\w+\s+){0,2}(?:statement|letter|notice|post|filing|release|email|report|survey|study)\s+"
    r"(?:(?:from|by|issued by|signed by|released by|published by)\s+(?P<org>.+)|"
    r"on\s+(?P<site>.+?)['’]s\s+(?:official\s+)?(?:website|site|blog|account|page))$",  # "a post on X's blog"
    re.IGNORECASE,
)


# a fronted origin before an anonymous subject: "15:33 — From the Patriots for Europe group, an MEP accuses …"
FRONTED_FROM = lazy_re(r"(?:^|(?<=[—–-]\s)|(?<=\.\s))\s*From\s+(?P<org>the\s+(?=[^,;:]*[A-Z])[^,;:]{3,60}?),\s*$")


# an apposition naming who made, led or backs the subject ("The letter, organised by the MP Jo Ray, says"): that
# agent is not the subject; authorship verbs are left out ("The report, written by Jo Ray, says": her words)
AGENT_CLAUSE = lazy_re(
    r"\s*(?:(?!(?:written|drafted|authored|penned|signed|issued|sent|published|released)\b)[a-z]+ed|led|run|set\s+up|"
    r"brought|begun|made|held|chosen|won|taken|given)\s+by\s"
)

# "An X spokesperson in Singapore": where the spokesperson is, after the description (a place the caller checks)
PLACED_SPOKES = lazy_re(
    r"(?:spokes(?:person|man|woman)|representative)(?:\s+for\s+[^,]{2,40}?)?\s+(in|from)\s+(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)$"
)
