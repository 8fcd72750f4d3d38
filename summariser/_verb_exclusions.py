"""Object rules that exclude rather than require: the verb is an action whatever follows it except a few readings
("weigh in on the row", "blocked a shot", "forced her to hide"). Merged into `_verb_objects._VERB_OBJECT`; every
rule is anchored with "^" (`object_fits` uses `match`).
"""

from __future__ import annotations

import re

from summariser._lazy_re import LazyRe, lazy_re

EXCLUDED_OBJECTS: dict[str, LazyRe] = {
    # "weighing interim measures"; "weigh in on the row" is an opinion
    "weigh": lazy_re(r"^(?!\s+(?:in|up|down|on|heavily|more|less)\b)", re.I),
    "pass": lazy_re(r"^(?!\s+(?:them|it|him|her|on|up|away|through)\b)", re.I),
    # "required replacing the keyboard" describes; "required X to verify ages" orders
    "require": lazy_re(r"^(?!\s+\w+ing\b)", re.I),
    "adopt": lazy_re(r"^(?!\s+(?:en\s+masse|widely|quickly|early|it|them)\b)", re.I),
    # "introduced Cook to the audience" is a courtesy; "introduced legislation", "introduced restrictions" are acts
    "introduce": lazy_re(r"^(?!\s+(?:him|her|them|me|us|himself|herself|(?-i:[A-Z][a-z]+)\s+(?:to|as))\b)", re.I),
    "promise": lazy_re(r"^(?!\s+(?:a\s+lot|much|more|plenty|big)\b)", re.I),
    "decide": lazy_re(r"^(?!\s+(?:that|not)\b)", re.I),
    "issue": lazy_re(
        r"^(?!\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:statement|response|apology|comment|denial|reply|rebuttal)s?\b)",
        re.I,
    ),
    # "confirmed their absence", "confirmed “a large number of cases”", "confirmed the agreement": a fact told, no act
    # ("confirmed it would …", "confirmed that …" report the act itself: `_action_clauses`)
    "confirm": lazy_re(r"^(?!\s+[“\"‘']?(?:the|their|its|his|her|a|an)\s)", re.I),
    "reintroduce": lazy_re(r"^(?!\s+(?:him|her|them|me|us|himself|herself)\b)", re.I),
    "seize": lazy_re(r"^(?!\s+(?:on|upon)\b)", re.I),
    # "forced her to hide" is a crime story; platforms and companies are forced, people threatened
    "force": lazy_re(r"^(?!\s+(?:her|him|me|us|you|them)\b)", re.I),
    # "opened X on the morning of 2 January" is a user opening the app, not a case
    "open": lazy_re(r"^(?!\s+(?:to|up|the\s+scoring|the\s+door|fire|(?-i:X|Grok)(?!['’]s)|the\s+app)\b)", re.I),
    # "blocked a shot" is sport; "blocked Grok", "blocked access" are acts
    "block": lazy_re(r"^(?!\s+(?:a|the|his|her)\s+(?:shot|kick|punt|pass|path|view|road|street|entrance)s?\b)", re.I),
}
