"""Evidence that a capitalised run is a person's name: a speech verb, an apposition, an age after it.

Precompiled patterns `_mentions` tries around a name it cannot verify from a title or a known given name.
"""

from __future__ import annotations

from summariser._lazy_re import first_chars, lazy_re
from summariser._roles import names_role
from summariser._text import word_set

SPEECH_NEXT = lazy_re(
    r",?\s+(?:(?:himself|herself)\s+)?(?:said|says|told|added|adds|wrote|writes|posted|warned|argued|insisted|explained|noted|stated|replied|"
    r"acknowledged|admitted)\b|,\s+(?:a|an|the|one|who|whose|\d+)\b"
)
# "He Jianxiong, the former executive director …, said": the Chinese surname He before a given name, which the
# pronoun never is (a pronoun is not followed by a capitalised word and then an apposition or a speech verb)
SURNAME_HE = lazy_re(r",\s+(?:the|a|an)\s+[a-z]|,?\s+(?:said|says|told)\b")
# "Ellie, 20, from Norwich"; or a pseudonym: "Jess, not her real name,", "Sam (not his real name)"
AGE_AFTER = lazy_re(
    r",\s+\d{1,2},|,?\s+\(?not\s+(?:her|his|their)\s+real\s+name\b|"
    # "Tommy — who only goes by his first name online —", "Ana, who asked that only her first name be used,"
    r"\s*[,(—–-]+\s*who\s+(?:only\s+)?(?:goes|go|went|asked|asks|requested|wished|gave|agreed)\s+"
    r"(?:by|that|to|only)\s+(?:[a-z]+\s+){0,4}?(?:his|her|their)\s+first\s+name\b"
)
# ... or given before the name: "a teacher who gave only her first name, Hannah," ("identified only as Ms X" is no
# first name: left out)
FIRST_NAME_BEFORE = lazy_re(r"\b(?:his|her|their)\s+first\s+name,?\s*$", first=first_chars("ht"))
PLACE_PREP = lazy_re(r"\b(?:for|in|at|from|near|of)\s+$", first=first_chars("afino"))
# "Noeline Blackwell, online safety coordinator at the Alliance, said": a bare role apposition, then a speech verb
ROLE_APPOSED_SPEAKS = lazy_re(
    r",\s+[a-z][^,.;:]{0,50}?\b(?:coordinator|director|editor|manager|officer|founder|co-founder|chair|head|"
    r"president|researcher|lecturer|professor|analyst|campaigner|adviser|advisor|partner|lawyer|consultant|fellow|"
    r"author|leader|organiser|organizer|executive|economist|teacher|spokesperson|spokesman|spokeswoman|secretary)"
    r"\b[^,.;:]{0,50},\s+(?:said|says|told|added|wrote)\b"
)
SPEECH_VERB = lazy_re(r"\s+(?:said|says|told|added|wrote|insisted|warned)\b")
SPEECH_BEFORE = lazy_re(
    r"\b(?:said|says|[Aa]ccording to|added|adds|wrote|writes|asked|asks|comments|commented|explains|explained|notes|"
    r"noted|recalls|recalled|continues|continued|argues|argued|insists|insisted|warns|warned)\s+$"
)
# a party's or body's initials owning the name: "The AfD's Dirk Brandl", "the SNP's Kirsty Blackman" (initials with two
# capitals at least, so "X's Spicy Mode" or "Grok's Aurora" are not read as owners of a person)
INITIALS_OWNER = lazy_re(
    r"(?<![\w’'-])(?=[A-Z][a-z]{0,3}[A-Z])[A-Z][A-Za-z]{1,5}['’]s\s+$", first=first_chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
)
# what follows such a name when it is a person's: a clause verb or an apposition ("… Dirk Brandl accused", "…, who")
# (not "NASA's Jet Propulsion Laboratory in California" nor "ESA's Basic Activities, then …": bodies)
OWNED_NAME_NEXT = lazy_re(r",\s+(?:who|a|an|the)\s|\s+(?:[a-z]+ed|said|says|told|tells|has|had|is|was|will|would)\b")
# "Ryo Takahashi of the Japanese digital agency said", "Ryo Takahashi, of the agency, told": a name, its body, a verb;
# or a name with its body in commas
OF_BODY_SPEAKS = lazy_re(
    r",?\s+(?:of|from|at|for)\s+the\s+[^,.;:\"“”()]{2,60}?,?\s+(?:said|says|told|added|adds|wrote|warned|argued)\b|"
    r",\s+(?:of|from|at)\s+the\s+[^,.;:\"“”()]{2,60}?,"  # "For Bia Barbosa, of the Coalizão Direitos na Rede, the …"
)


def kin_before(text: str, start: int) -> bool:
    """True when the name at `start` follows a kinship noun of someone's ("Her daughter, Lucía Quiroga")."""
    before = text[max(0, start - 40) : start].rstrip(" ,")
    if before[before.rfind(" ") + 1 :].lower() not in _KIN_NOUNS:
        return False  # the common case, without the regex
    return KIN_BEFORE.search(text, max(0, start - 40), start) is not None


_KIN_NOUNS = word_set(
    "daughter son wife husband widow widower brother sister mother father niece nephew grandson granddaughter "
    "grandmother grandfather cousin aunt uncle stepson stepdaughter stepmother stepfather daughter-in-law son-in-law "
    "sibling child"
)
# "Her daughter, Lucía Quiroga,": a relative named by a kinship noun, who shares the article's subject's surname; the
# bare surname then means the subject (news copy calls relatives by their full or given name)
KIN_BEFORE = lazy_re(
    r"\b(?:[Hh]er|[Hh]is|[Tt]heir|[Ww]hose)\s+(?:(?:late|elder|eldest|younger|youngest|only|former|adult|estranged|"
    r"twin)\s+)?(?:daughter|son|wife|husband|widow|widower|brother|sister|mother|father|niece|nephew|grandson|"
    r"granddaughter|grandmother|grandfather|cousin|aunt|uncle|stepson|stepdaughter|stepmother|stepfather|"
    r"daughter-in-law|son-in-law|sibling|child)\s*,?\s*$",
    first=first_chars("HTWhtw"),
)

# "the UN special rapporteur on violence against women and girls, Reem Alsalem, said": a determiner's clause holding a
# title, then the name between commas
# (or a body's or country's possessive: "Indonesia's Minister of Communication and Digital Affairs, Meutya Hafid,";
# or one of a group: "One senator who follows the case, Ueli Brandt,")
_TITLE_CLAUSE = lazy_re(
    r"(?:^\s*|[,;(]\s*|\b(?:[Ss]eparately|[Mm]eanwhile|and|but)\s+)"
    # (a possessor of up to three words: "Sinn Féin's communications spokesperson, Sorca Clarke,")
    r"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2}['’]s|[Aa]n?|One)\s"
)


_EPITHET_TAIL = lazy_re(r",\s*the\s+(?:[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+)?[a-z][\w-]*$")


def titled_in_commas(text: str, start: int, end: int) -> bool:
    """True when the name at [start, end) stands between commas right after a clause that gives a title."""
    if not text.startswith(",", end):
        return False
    before = text[max(0, start - 100) : start].rstrip()
    epithet = _EPITHET_TAIL.search(before)  # "…, the Swiss centrist Ueli Brandt,": the name's own epithet
    if epithet is not None:
        before = before[: epithet.start() + 1]
    if not before.endswith(","):
        return False
    clause = before[before.rfind(",", 0, len(before) - 1) + 1 : -1]
    opener = _TITLE_CLAUSE.search(clause)
    return opener is not None and opener.start() <= 12 and names_role(clause[opener.end() :])


# "The group that owns most of her music, Big Machine, says", "The company that runs the awards, Dick Clark
# Productions,": a body described, then named in apposition
_BODY_CLAUSE = lazy_re(
    r"\b[Tt]he\s+(?:[a-z-]+\s+)?(?:group|company|firm|label|charity|organisation|organization|business|agency|"
    r"union|club|band|studio|network|publisher|broadcaster|retailer|chain|developer|operator|owner)\s+(?:that|which)\s"
    r"[^,;:.]{1,80},\s*$",
    first=first_chars("Tt"),
)


def body_apposed(text: str, start: int, end: int) -> bool:
    """True when the name at [start, end) stands in commas after a clause describing a body ("The group that owns
    her music, Big Machine, says")."""
    if not text.startswith(",", end) or not text[max(0, start - 2) : start].rstrip().endswith(","):
        return False
    return _BODY_CLAUSE.search(text, max(0, start - 120), start) is not None
