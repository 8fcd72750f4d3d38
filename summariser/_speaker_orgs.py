"""Organisations the name index does not know, recognised as speakers by the shape of their names.

"The Mobile Operators' Association said …", "The centre-right Liberal Union Party, which …, accused …",
"LibreNet, which represents developers, said …": a capitalised name that ends in the head word of a body, a public
body by the shape `_actor_shapes` recognises, or a one-word name the copy says represents others.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from summariser import _description_patterns as D
from summariser._actor_shapes import official_by_shape
from summariser._givennames import gender_of_first_name
from summariser._lazy_re import first_chars, lazy_re
from summariser._lexicon import PLACES
from summariser._namelex import CAP_STOP
from summariser._roles import is_role_phrase
from summariser._speaker_patterns import Attribution

__all__ = ["POLITICAL_LEAD", "THE_BODY", "opening_body", "org_officer", "shaped_org", "subsidiary", "unlisted_owner"]

# the last word of a body's name: "… Association", "… Party", "… Centre"
_HEADS = frozenset(
    (
        *("Association", "Federation", "Foundation", "Institute", "Institution", "Centre", "Center", "Council"),
        *("Union", "Alliance", "Coalition", "Society", "League", "Network", "Trust", "Forum", "Campaign"),
        *("Movement", "Chamber", "Confederation", "Initiative", "Party", "Collective", "Consortium", "Guild"),
        *("Office", "Agency", "Authority", "Commission", "Committee", "Ministry", "Department", "Bureau", "Board"),
    )
)
# a one-word name whose relative clause says it is a body: "LibreNet, which represents developers, said"
_REPRESENTS = lazy_re(
    r"\s*,\s*(?:which|that)\s+(?:represents|lobbies\s+for|speaks\s+for|campaigns|counts|advocates)\b|"
    r"\s*,\s*whose\s+members\b"
)
# offices one person holds, which `official_by_shape` counts as bodies: their words are that person's
_ONE_HOLDER = lazy_re(
    r"\b(?:Commissioner|Ombudsman|Supervisor|Ombudsperson|Controller|Prosecutor)\b(?!['’]s)", first=first_chars("COPS")
)
_GENDERED = lazy_re(r"\b(?:he|she|his|her)\b", first=first_chars("hs"))
# "The conservative Popular Party", "the main opposition Republican People's Party": a party's political colour
# between the article and its name
POLITICAL_LEAD = lazy_re(
    r"[Tt]he\s+(?:(?:main|ruling|governing|opposition|conservative|liberal|progressive|socialist|nationalist|"
    r"populist|centrist|(?:centre|center|far|hard)-(?:right|left)|(?:left|right)-wing)\s+){1,2}"
)


def shaped_org(phrase: str, after: str) -> str | None:
    """The organisation `phrase` names by its shape, or None; `after` is the copy right after the phrase."""
    name = D.unlisted_org(phrase[4:] if phrase.startswith("The ") else phrase)
    if name is None:
        return None
    words = name.split()
    if words[0] in CAP_STOP:
        return None  # "Meanwhile", "Monday": no name
    if len(words) >= 2:
        if _ONE_HOLDER.search(name) and _GENDERED.search(after):
            return None  # "The Children's Commissioner for England has said she …": the person holding it
        return name if words[-1] in _HEADS or official_by_shape(name) else None
    # one word: only when the copy says what it is, and it could not be someone's given name
    return name if _REPRESENTS.match(after) and not gender_of_first_name(name) else None


def unlisted_owner(owner: str) -> str | None:
    """The name in "Sinn Féin's communications spokesperson" when the index does not know it: whoever a
    spokesperson speaks for is credited, person or body; never a place ("Ireland's spokesperson") or an acronym."""
    name = D.unlisted_org(owner)
    if name is None or not 1 <= len(name.split()) <= 4 or name in PLACES:
        return None
    first = name.split()[0]
    return None if first in PLACES or first in CAP_STOP else name


# "the group said", "the group's spokesperson": a kind noun that may stand for a body introduced just before
THE_BODY = lazy_re(
    r"^[Tt]he\s+(?P<noun>group|organi[sz]ation|centre|center|association|party|institute|foundation|campaign|"
    r"charity|coalition|alliance|network|union)$"
)
# a sentence opening on a capitalised name the index may not know, with an optional apposition, then its verb:
# "Instituto Marielle Franco called on …", "Save RGV, a local group, said …"
_OPENING_BODY = lazy_re(
    r"\s*(?:The\s+)?(?P<name>[A-Z][\w’'&.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'&.-]*){0,5})"
    r"(?P<app>,\s+(?:a|an)\s+[^,]{1,60},)?\s+(?:has\s+|had\s+|have\s+)?(?:[a-z]+ed|said|says|told|urges|calls)\b"
)
# the name a noun must carry for "the centre", "the party" …; "group" and the like fit any body
_NAMED_KIND = {
    "centre": ("Centre", "Center"),
    "center": ("Centre", "Center"),
    "association": ("Association",),
    "party": ("Party",),
    "institute": ("Institute", "Instituto", "Institut"),
    "foundation": ("Foundation", "Fundação", "Fundación"),
    "union": ("Union",),
}


def opening_body(sentence: str, noun: str) -> str | None:
    """The body the sentence opens on when the index does not know it and its copy says it is one ("Save RGV, a
    local group, said", "Instituto Marielle Franco called on", "The Digital Rights Centre urged"); it must fit
    `noun` ("the centre" needs a Centre)."""
    m = _OPENING_BODY.match(sentence)
    if m is None:
        return None
    name = D.unlisted_org(m.group("name"))
    if name is None or name.split()[0] in PLACES or name.split()[0] in CAP_STOP:
        return None
    app = m.group("app")
    if not (
        (app and D.ORG_APPOSITIVE.match(app[1:]))
        or shaped_org(name, sentence[m.end("name") :])
        or official_by_shape(name)
    ):
        return None
    wanted = _NAMED_KIND.get(noun)
    return name if wanted is None or any(w in name.split() for w in wanted) else None


# "the CHP deputy chair": a body's name (one to four capitalised words) between "the" and a title
_ORG_OFFICER = lazy_re(r"[Tt]he\s+((?:[A-Z][\w'’&.-]*\s+){1,4}?)([a-z][\w\s-]{2,40})")


def org_officer(
    phrase: str, orgs: list[str], texts: Sequence[str], holder_named: Callable[[str, str], bool]
) -> Attribution:
    """ "X Corp. Japan said": a body's national arm; "the CHP deputy chair said": an unnamed officer speaks for the
    one body named before the title, as "X's head of policy" does, unless the article names someone holding that
    title (`holder_named`, or the title set beside a name anywhere in `texts`)."""
    arm = subsidiary(phrase, orgs)
    if arm is not None:
        return Attribution(arm, None, "named")  # "X Corp. Japan, the platform's local subsidiary, said"
    officer = _ORG_OFFICER.fullmatch(phrase)
    if officer is None or len(orgs) != 1 or not is_role_phrase(officer.group(2)):
        return Attribution(None, None, "unclear")
    title = officer.group(2).strip()
    named = re.compile(rf"\b{re.escape(title)},?\s+(?:[A-Z][\w'’-]+\s+){{1,3}}")
    if holder_named(phrase, phrase[: officer.end(1)]) or any(named.search(t) for t in texts):
        return Attribution(None, None, "unclear")  # "Its deputy chair, Mirela Kos, …": someone holds it
    return Attribution(orgs[0], title, "spokesperson")


def subsidiary(phrase: str, orgs: list[str]) -> str | None:
    """ "X Corp. Japan", "Meta Ireland": one body's name with a country after it, its national arm, as written."""
    name = phrase.replace("\u2024", ".").removeprefix("The ").removeprefix("the ")
    head, _, place = name.rpartition(" ")
    if len(orgs) != 1 or not head or place not in PLACES or not all(w[:1].isupper() for w in head.split()):
        return None
    return name
