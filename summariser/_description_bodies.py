"""Public bodies an article names by their place or nation: "the Paris prosecutor's office", "the US military"."""

from __future__ import annotations

import re

from summariser._lazy_re import first_chars, lazy_re
from summariser._lexicon.actors import GOVERNMENTS

# "the US military said", "The French foreign ministry said": a country's arm named by its adjective; the speaker is
# the phrase itself without its article ("US military"), as the page gives it
_NATIONAL = sorted((adj for adj, country in GOVERNMENTS.items() if adj != country or adj in ("US", "UK")), key=len)
NATIONAL_BODY = lazy_re(
    r"^(?:[Tt]he\s+)?(?P<adj>" + "|".join(re.escape(a) for a in reversed(_NATIONAL)) + r")\s+"
    r"(?P<body>(?:foreign|defence|defense|interior|health|finance|justice|economy|trade)\s+ministry|military|army|navy|"
    r"air force|armed forces|coast guard|embassy|foreign office)$"
)

# a city's or county's office named by its place: "the Paris prosecutor's office", "the Manhattan district attorney's
# office"; later "the prosecutor's office" is that same office when the article named only one
_LOCAL_BODY = (
    r"(?:public\s+)?prosecutor['’]s\s+office|district\s+attorney['’]s\s+office|attorney\s+general['’]s\s+office|"
    r"sheriff['’]s\s+office|coroner['’]s\s+office|police\s+department|fire\s+department"
)
LOCAL_BODY = lazy_re(
    r"^(?:[Tt]he\s+)?(?!(?:The|A|An|This|That|Its|His|Her|Their)\b)(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+"
    r"(?P<body>" + _LOCAL_BODY + r")$"
)
THE_LOCAL_BODY = lazy_re(r"^[Tt]he\s+(?P<body>" + _LOCAL_BODY + r")$")
# the same offices under a capitalised name: "the Ankara Chief Public Prosecutor's Office"
NAMED_OFFICE_IN_TEXT = lazy_re(
    r"\b(?!(?:The|A|An|This|That|Its|His|Her|Their)\b)(?P<place>[A-Z][a-z]+(?:\s[A-Z][\w-]*){0,3})\s+"
    r"(?P<body>(?:Public\s+)?Prosecutor['’]s\s+Office|District\s+Attorney['’]s\s+Office|"
    r"Attorney\s+General['’]s\s+Office|Sheriff['’]s\s+Office|Coroner['’]s\s+Office|Police\s+Department)\b",
    first=first_chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
)
LOCAL_BODY_IN_TEXT = lazy_re(
    r"\b(?!(?:The|A|An|This|That|Its|His|Her|Their)\b)(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+"
    r"(?P<body>" + _LOCAL_BODY + r")\b",
    first=first_chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
)
