"""Groups of unnamed sources ("two media buyers said", "Several Labour peers voted …") and the one of them that
speaks ("said one", "One, speaking afterwards, said"), as a description: "a media buyer", "a Labour peer"."""

from __future__ import annotations

import re

from summariser._description_patterns import indefinite
from summariser._lazy_re import lazy_re

# "two media buyers said …", "Sources close to the regulator said …": a group of unnamed sources speaking, whose
# "one" ("said one, who asked not to be named") is then one of them: "a media buyer", "a source close to the regulator"
_GROUP_NOUNS = (
    "sources|officials|insiders|aides|advisers|advisors|executives|employees|staffers|diplomats|lobbyists|buyers|"
    "analysts|lawyers|bankers|investors|traders|engineers|moderators|researchers|campaigners|activists|MPs|MEPs|"
    "ministers|senators|lawmakers|members of staff|civil servants|people familiar with the matter|peers|"
    "councillors|backbenchers|legislators"
)
GROUP_SOURCE = lazy_re(
    r"(?:^|(?<=\s))(?:(?:two|three|four|five|six|several|some|many|other|\d+)\s+)?"
    r"(?P<mods>(?:(?!(?-i:said|told|and|or|but|the|of|to|in|at|for)\b)[\w’'-]+\s+){0,3}?)"
    r"(?P<noun>" + _GROUP_NOUNS + r")"
    r"(?P<post>\s+(?:close to|familiar with|at|in|from|within|inside)\s+[^,.;:()]{1,60}?)?"
    r"(?=,?\s+(?:said|say|says|told)\b)",
    re.IGNORECASE,
)

# a sentence opening on a counted group that acts: "Several Labour peers voted with …", then "One, …, said"
GROUP_LEAD = lazy_re(
    # (a bare plural too: "Ministers have made their position clear. '…,' one told Parliament")
    r"\s*(?:(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|[Mm]any|[Aa] few|[Aa] number of|\d+)\s+)?"
    r"(?!(?:The|Her|His|Its|Their|Our|My|Your|These|Those|This|That|Such|Other)\b)"
    r"(?P<mods>(?:(?!(?-i:said|told|and|or|but|the|of|to|in|at|for)\b)[\w’'-]+\s+){0,3}?)"
    r"(?P<noun>(?i:" + _GROUP_NOUNS + r"))"
    r"(?P<post>\s+(?:close to|familiar with|at|in|from|within|inside)\s+[^,.;:()]{1,60}?)?"
    r"(?=\s+(?-i:[a-z]+ed|have|had|are|were|also)\b)",
)


def one_of_group(match: re.Match[str]) -> str:
    """ "media buyers" -> "a media buyer", "Sources close to the regulator" -> "a source close to the regulator"."""
    noun = match.group("noun")
    low = noun.lower()
    if low == "people familiar with the matter":
        return "a person familiar with the matter"
    singular = noun.replace("members", "member").replace("servants", "servant") if " " in noun else noun[:-1]
    words = [*match.group("mods").split(), singular]
    first = words[0].lower()
    if (
        words[0][:1].isupper()
        and not words[0][1:2].isupper()
        and (first in _OPENING_WORDS or f"{first}s" in _OPENING_WORDS)
    ):
        words[0] = words[0].lower()  # "Senior officials said", "Sources close to …": the sentence's capital
    return indefinite("a " + " ".join(words) + (match.group("post") or ""))


_OPENING_WORDS = frozenset(
    {"senior", "former", "current", "junior", "government", "industry", "company", "party", *_GROUP_NOUNS.split("|")}
)
