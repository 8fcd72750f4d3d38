"""Evidence that a capitalised run is a person's name: a speech verb, an apposition, an age after it.

Precompiled patterns `_mentions` tries around a name it cannot verify from a title or a known given name.
"""

from __future__ import annotations

from summariser._lazy_re import lazy_re

SPEECH_NEXT = lazy_re(
    r",?\s+(?:said|says|told|added|adds|wrote|writes|posted|warned|argued|insisted|explained|noted|stated|replied|"
    r"acknowledged|admitted)\b|,\s+(?:a|an|the|one|who|whose|\d+)\b"
)
# "He Jianxiong, the former executive director …, said": the Chinese surname He before a given name, which the
# pronoun never is (a pronoun is not followed by a capitalised word and then an apposition or a speech verb)
SURNAME_HE = lazy_re(r",\s+(?:the|a|an)\s+[a-z]|,?\s+(?:said|says|told)\b")
AGE_AFTER = lazy_re(r",\s+\d{1,2},")
PLACE_PREP = lazy_re(r"\b(?:for|in|at|from|near|of)\s+$")
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
# "Ryo Takahashi of the Japanese digital agency said", "Ryo Takahashi, of the agency, told": a name, its body, a verb;
# or a name with its body in commas
OF_BODY_SPEAKS = lazy_re(
    r",?\s+(?:of|from|at|for)\s+the\s+[^,.;:\"“”()]{2,60}?,?\s+(?:said|says|told|added|adds|wrote|warned|argued)\b|"
    r",\s+(?:of|from|at)\s+the\s+[^,.;:\"“”()]{2,60}?,"  # "For Bia Barbosa, of the Coalizão Direitos na Rede, the …"
)
