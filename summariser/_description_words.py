"""Words and short patterns the description stage reads a speaker phrase by: kind nouns, past holders, a
spokesperson's principal, an organisation's unit, a trailing pronoun."""

from __future__ import annotations

import re

from summariser._lazy_re import first_chars, lazy_re

# the kind nouns a body is called by: "a spokesperson for the company", "the charity's director"
KIND_NOUNS = frozenset(
    {
        "company",
        "platform",
        "regulator",
        "firm",
        "force",
        "charity",
        "watchdog",
        "union",
        "agency",
        "ministry",
        "department",
    }
)

# an office no longer held: its holder does not speak for the organisation
PAST_HOLDER = lazy_re(
    r"\b(?:former|ex|then|one-time|onetime|erstwhile|previous)\b",
    re.IGNORECASE,
    first=first_chars("efopt", ignore_case=True),
)

# "Kemi Badenoch's spokesman", "a spokeswoman for Jane Reid": a spokesperson whose principal is named
PERSON_SPOKES = lazy_re(
    r"\b(?:(?P<own>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})['’]s\s+spokes(?:man|woman|person)"
    r"|spokes(?:man|woman|person)\s+for\s+(?P<for>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3}))\b"
)

# an organisation's unit named again without its owner: "the Safety team", "the Global Government Affairs account"
THE_UNIT = lazy_re(r"^the\s+((?:[A-Z][\w-]*\s+){1,4}(?:team|account|office|newsroom))$")

# a description ending on a pronoun: "a source close to her", "an aide to him"
LAST_PRONOUN = lazy_re(r"\s(her|him|it|them)$", re.IGNORECASE)
