"""The words around a name that say whether it is a person's, and whose clause it opens or closes.

"Hosting Cook at Dreamforce …", "Within Delhi, …": a capitalised run whose first word is a gerund or a preposition is
no name (a fake "Hosting Cook" would make the real Tim Cook ambiguous, or take his quotes). "said planetary geologist
Rosaly Lopes": an occupation between a speech verb and an unknown given name makes it a person's name; "… of NASA's
laboratory" after the name is where that person works. "Prices rose too, said Mary Lovely, an economist.": the name
after an inverted speech verb is the speaker of that sentence.
"""

from __future__ import annotations

from collections.abc import Iterable

from summariser._givennames import gender_of_first_name
from summariser._lazy_re import lazy_re
from summariser._people import Mention
from summariser._text import word_set

# prepositions that open a sentence before a name or a place (those in CAP_STOP are dropped earlier)
LEAD_PREPOSITIONS = word_set(
    """Amidst Amongst Inside Outside Across Behind Beside Besides Via Along Alongside Around Near Beneath Below Above
    Per Except"""
)


# what follows a person's name, never a gerund's object ("Hosting Cook at Dreamforce", "Following Assange's arrest"):
# a comma or bracket ("Irving Azoff, the manager,") or a speech verb ("Xiaoming Zhou said")
_NAME_END = lazy_re(
    r"\s*[,(]|\s+(?:said|says|told|tells|added|adds|wrote|writes|explained|noted|argued|insisted|warned|replied|"
    r"responded|stressed|cautioned)\b"
)


# participles that open a sentence as prepositions do, even before a comma ("Regarding MagSafe, we've …",
# "Speaking Tuesday, she said …"): never a given name
_OPENING_PARTICIPLES = word_set(
    """Regarding Following Including Concerning Considering Excluding Pending Barring Assuming Speaking Writing
    Joining Growing Citing Noting Adding Asking Responding Reporting Hosting Questioning"""
)


def clause_lead(first: str, text: str = "", end: int = 0) -> bool:
    """True for a first word that opens a clause, not a name: a preposition ("Within") or a gerund ("Hosting",
    "Questioning"; three letters or more before "ing", no known given name, and the run ending at `end` of `text`
    not followed by a comma or speech verb as names are: "Irving Azoff, …" and "Xiaoming Zhou said" stay names)."""
    if first in LEAD_PREPOSITIONS or first in _OPENING_PARTICIPLES:
        return True
    return (
        len(first) >= 6
        and first.endswith("ing")
        and first[0].isupper()
        and gender_of_first_name(first) is None
        and _NAME_END.match(text, end) is None
    )


# the reporting verbs that may stand before a speaker's name ("said planetary geologist …", ", said Mary Lovely")
_REPORTING = "said|says|added|adds|wrote|writes|explained|explains|noted|notes"

# "said planetary geologist Rosaly Lopes", "says lead author Ana Paz": a speech verb, then one to three lower-case
# words ending on an occupation, right before a name the given-name list does not know: the name is a person's
OCCUPATION_AFTER_SPEECH = lazy_re(
    r"\b(?:" + _REPORTING + r"|told\s+\w+)\s+"
    r"(?!(?:the|a|an|that|this|its|his|her|their|in|on|at|of|for|to|by|from|with)\s)(?:[a-z][\w-]*\s+){0,2}"
    r"(?!(?:after|earlier|later|never|ever|under|over|whether|either|neither|rather|further|other|together|former|"
    r"latter|however|recent|current|frequent|sooner|per|for|or|nor)\s)"
    r"[a-z][\w-]*(?:ist|ists|er|or|ian|ant|ent|man|woman|author|expert|chief|head|fellow)\s+$"
)
# "… planetary geologist Rosaly Lopes of NASA's laboratory": the body a named person works for, after the name
AFFILIATION_TAIL = lazy_re(r"(?:of|at)\s+[^,;:()]{1,60}")
# "Prices have risen too, said Mary Lovely, an economist.": the name after an inverted speech verb that closes a
# reported clause is that clause's speaker (a subject), when its own clause ends right after it (", a …", ".")
INVERTED_SPEECH = lazy_re(r",\s*(?:" + _REPORTING + r")\s+(?:[a-z][\w-]*\s+){0,3}$")
CLAUSE_CLOSES = lazy_re(r"\s*(?:[,.;]|$)")


def inverted_speaker(
    mentions: Iterable[tuple[int, Mention]], text: str, start: int, verb_end: int
) -> tuple[int, str] | None:
    """(offset, name) of the person an inverted speech verb names ("…, said Mary Lovely, an economist."), when the
    verb at `verb_end` follows a comma and the name ends its clause; else None."""
    for pos, m in mentions:
        if pos <= verb_end or pos > verb_end + 60:
            continue
        if (
            m.kind == "person"
            and INVERTED_SPEECH.search(text, start, pos)
            and CLAUSE_CLOSES.match(text, pos + len(m.text))
        ):
            return pos, m.canonical
        return None  # the first name after the verb decides
    return None


# lower-case title words before a name, no preposition, article or clause word among them: "study lead author ",
# "former minister " (not "lawyers for ", "critics of ", "the head of ")
TITLE_BEFORE = lazy_re(
    r"(?:(?!(?:for|of|to|with|by|from|at|on|in|and|or|but|the|a|an|who|which|that|whose|as|than)\s)[a-z][\w-]*\s+){1,4}"
)
