"""Classify one capitalised run's name tokens: a person, a short reference ("Ms Khan"), an organisation or nothing.

Split from `_mentions` (which finds the runs); titles, honorifics, peers and connected names are taken apart here.
"""

from __future__ import annotations

from summariser import _name_evidence as E
from summariser._doc_orgs import (
    add_org,
    maybe_org,
    owned_org_start,
)
from summariser._givennames import gender_of_first_name, surname_gender
from summariser._lead_words import OCCUPATION_AFTER_SPEECH, clause_lead
from summariser._name_groups import drop_affiliation, has_role_word, org_tail, split_connected, split_role_object
from summariser._name_titles import unknown_title
from summariser._name_tokens import PARTICLE as _PARTICLE
from summariser._namelex import (
    CAP_STOP,
    HONORIFICS,
    NON_PERSON,
    SUFFIX_KINDS,
)
from summariser._people import (
    CONNECTED,
    GLUE_FIRST,
    NAME_SUFFIXES,
    PARTY_NOUNS,
    Scan,
    Short,
    Tok,
    add_person,
    find_added,
    make_mention,
    not_a_name,
    note_listed_roles,
    tie,
)
from summariser._roles import ROLE_WORDS, is_role_phrase, role_around, role_text

_PEERAGE = frozenset({"Baroness", "Lord", "Lady", "Baron", "Viscount", "Earl"})


def _classify_single(text: str, sentence: int, word: str, a: int, b: int, scan: Scan) -> None:
    """`_classify` of one name token (most capitalised runs), without its list and group machinery."""
    if word in CAP_STOP:
        if E.SPEECH_VERB.match(text, b):  # "Sunday said": a surname that is also a day or month, speaking
            scan.shorts.append((Short(sentence, a, b, word, None, word), None))
        return
    if word in SUFFIX_KINDS and owned_org_start(text, a) is not None:
        add_org(text, sentence, a, b, scan)  # "Scottish Women's Aid": the owner's words and the ending
        return
    if word in NON_PERSON or word.endswith("."):
        return  # no person, and one word is never an organisation of its own here
    # "Ellie, 20, from Norwich" or "Maya said": a known given name speaking is a person known by one name
    aged = bool(E.AGE_AFTER.match(text, b) or E.FIRST_NAME_BEFORE.search(text, max(0, a - 40), a)) or (
        gender_of_first_name(word) is not None and E.SPEECH_VERB.match(text, b) is not None
    )
    scan.shorts.append((Short(sentence, a, b, word, None, word, "", aged, text, (a, b)), None))


def _classify(text: str, sentence: int, toks: list[Tok], scan: Scan, *, strict: bool = False) -> None:
    if len(toks) == 2:
        # most runs are a plain given name and surname ("Elon Musk"): no stop word, title or honorific in front and
        # one space between, so none of the steps below changes them; straight to the person
        word, a, b = toks[0]
        if (
            toks[1][1] == b + 1
            and word not in CAP_STOP
            and word.lower() not in ROLE_WORDS
            and word.rstrip(".") not in HONORIFICS
            and not word.endswith(("-old", "-olds"))
            and (not scan.list_roles or (sentence, a) not in scan.list_roles)
        ):
            _classify_person(text, sentence, a, toks, "", None, scan, strict=strict)
            return
    if len(toks) == 1 and toks[0][0] in CAP_STOP and E.SPEECH_VERB.match(text, toks[0][2]):
        # "Sunday said": a surname that is also a day or month, as the subject of a speech verb
        scan.shorts.append((Short(sentence, toks[0][1], toks[0][2], toks[0][0], None, toks[0][0]), None))
        return
    if not (len(toks) == 2 and toks[0][0] == "He" and E.SURNAME_HE.match(text, toks[1][2])):
        # "Sixteen-year-old Mia Takahashi": an age compound describes the person, it is no part of the name
        while toks and (toks[0][0] in CAP_STOP or toks[0][0].endswith(("-old", "-olds"))):
            toks = toks[1:]
    if not toks:
        return
    cut = next((i for i in range(1, len(toks) - 1) if toks[i][0] == "And"), 0) if len(toks) > 2 else 0
    if cut:  # "Alicia Keys And Protestors Clash Outside Stadium": a title-case headline, two runs, no one name
        _classify(text, sentence, toks[:cut], scan, strict=strict)
        _classify(text, sentence, toks[cut + 1 :], scan, strict=strict)
        return
    pre_role: str | None = scan.list_roles.get((sentence, toks[0][1])) if scan.list_roles else None
    plural: str | None = None
    if len(toks) > 2 and toks[0][0].endswith("s") and toks[0][0][:-1].lower() in ROLE_WORDS:
        # "Senators Amy Klobuchar, …, and Marsha Blackburn": a plural title before a list of names, each of them
        pre_role, toks = role_text(toks[0][0][:-1]), toks[1:]
        plural = pre_role
        note_listed_roles(text, sentence, toks[-1][2], pre_role, scan)
    if len(toks) > 2:
        kept = drop_affiliation(toks)
        if len(kept) < len(toks) and toks[len(toks) - len(kept) - 1][0] in PARTY_NOUNS:
            # "German Social Democrat Birgit Sippel": a party member, so a person, though the given name is unknown
            pre_role = pre_role or text[toks[0][1] : toks[len(toks) - len(kept) - 1][2]]
        toks = kept
    if len(toks) > 2:  # "special envoy to Ukraine Kurt Volker": the place ends the title, not the name
        toks, object_role = split_role_object(text, toks)
        pre_role = object_role or pre_role
    if len(toks) > 2:  # "Brazilian Supreme Court Justice Alexandre de Moraes": the court is no part of the name
        cut = next((i for i in range(len(toks) - 2, 0, -1) if toks[i][0].rstrip(".") in HONORIFICS), 0)
        if cut and is_role_phrase(text[toks[0][1] : toks[cut][2]]):
            cut = 0  # "Minister of Justice Ricardo Lewandowski": the title word ends a title, it is no honorific
        # "Ask Dr. Mike": a word before a courtesy title that is no given name and no title is no part of the name
        stray = (
            cut == 1
            and toks[1][0].rstrip(".") in _COURTESY | _PEERAGE  # "Crossbencher Baroness Kidron"
            and toks[0][0].rstrip(".") not in HONORIFICS
            and toks[0][0].lower() not in ROLE_WORDS
            and not gender_of_first_name(toks[0][0])
        )
        if cut and (stray or any(t[0] in NON_PERSON for t in toks[:cut])):
            _classify(text, sentence, toks[:cut], scan, strict=True)
            toks = toks[cut:]
    seg_start = toks[0][1]
    role: str | None = None
    # the longest title that still leaves a full name, else one that leaves a surname ("Prime Minister Starmer")
    if len(toks) > 1 and has_role_word(toks):
        for k in [*range(len(toks) - 2, 0, -1), len(toks) - 1]:
            prefix = text[toks[0][1] : toks[k][1]].strip()
            if k == len(toks) - 1 and (toks[k][0] in SUFFIX_KINDS or prefix.lower() in _RANKS):
                continue  # "General Court", "General Motors": an institution, not a title and a surname
            if k > 0 and is_role_phrase(prefix):
                role, toks = role_text(prefix), toks[k:]
                break
        else:  # "Indiana State Teachers Association President Keith Gambill": a title word, then a given name
            cut = next(
                (
                    i
                    for i in range(len(toks) - 3, 0, -1)
                    if toks[i][0].lower() in ROLE_WORDS and gender_of_first_name(toks[i + 1][0])
                ),
                0,
            )
            if cut and not CONNECTED.search(text, toks[0][1], toks[cut][1]):  # "X and Energy Secretary Y": two
                role, toks = role_text(text[toks[0][1] : toks[cut][2]]), toks[cut + 1 :]
    role = role or pre_role
    if role is None and len(toks) == 3 and unknown_title(text, toks):
        role, toks = role_text(toks[0][0]), toks[1:]  # "Tánaiste Simon Harris": a title the lexicon lacks
    honorific = ""
    while len(toks) > 1 and toks[0][0].rstrip(".") in HONORIFICS:
        honorific = f"{honorific} {toks[0][0].rstrip('.')}".strip()
        toks = toks[1:]
    groups = split_connected(text, toks)
    if len(groups) == 1:
        _classify_person(text, sentence, seg_start, toks, honorific, role, scan, strict=strict)
        return
    org_from = org_tail(groups)
    if org_from is not None:
        org_toks = [t for _, g in groups[org_from:] for t in g]
        add_org(text, sentence, org_toks[0][1], org_toks[-1][2], scan)
        groups = groups[:org_from]
    if honorific in _PEERAGE and len(groups) >= 2 and groups[1][0] == "of" and len(groups[0][1]) == 1:
        # "Baroness Lloyd of Effra": a peer is known by the whole title
        end = groups[1][1][-1][2]
        suffix = text[groups[0][1][0][2] : end]
        short = Short(sentence, seg_start, end, text[seg_start:end], honorific, groups[0][1][0][0], suffix)
        if role is None:  # "the technology minister Baroness Lloyd of Effra": the title before the peer
            short.context, short.role_span = text, (seg_start, end)
        scan.shorts.append((short, role))
        groups = groups[2:]
        honorific, role = "", None
    for i, (_, group) in enumerate(groups):
        if i == 0:
            _classify_person(text, sentence, seg_start, group, honorific, role, scan, strict=strict)
        else:  # "Communication and Digital Affairs Minister Meutya Hafid": each part may carry its own title
            if plural is not None:  # "Senators Maria Cantwell and Ted Cruz": the plural title is each one's
                scan.list_roles[(sentence, group[0][1])] = plural
            _classify(text, sentence, group, scan, strict=True)  # "Customs and Border Protection" is no person


# military ranks: a title only before a full name ("General Mark Milley"), never before one word ("General Motors")
_RANKS = frozenset({"general", "gen", "captain", "commander", "colonel", "col", "admiral", "lieutenant", "brigadier"})
_COURTESY = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame"})


def _classify_person(
    text: str,
    sentence: int,
    seg_start: int,
    toks: list[Tok],
    honorific: str,
    role: str | None,
    scan: Scan,
    *,
    strict: bool = False,
) -> None:
    # a word that is no name part, or initials only ("U.S."): no person (loops, not generators: called per name)
    initials = True
    not_person = False
    for i, t in enumerate(toks):
        if t[0] in NON_PERSON and not (i == 0 and t[0] == "Bill" and len(toks) > 1):
            not_person = True  # "Bill" names a law ("the Online Safety Bill") but opens a name ("Bill Lee")
            break
        if initials and not t[0].endswith("."):
            initials = False
    not_person = not_person or initials
    if not_person:
        maybe_org(text, sentence, toks, scan)
        return
    start, end = toks[0][1], toks[-1][2]
    if len(toks) == 1:
        short = Short(sentence, seg_start, end, text[seg_start:end], honorific or None, toks[0][0])
        # "Ellie, 20, from Norwich" or "Maya said": a known given name speaking is a person known by one name
        short.aged = not honorific and (
            bool(E.AGE_AFTER.match(text, end) or E.FIRST_NAME_BEFORE.search(text, max(0, seg_start - 40), seg_start))
            or (gender_of_first_name(toks[0][0]) is not None and E.SPEECH_VERB.match(text, end) is not None)
        )
        if role is None:
            short.context, short.role_span = text, (seg_start, end)
        scan.shorts.append((short, role))
        return
    role = role or role_around(text, seg_start, end)
    name = text[start:end]
    if " and " in name or " & " in name:
        return  # "Locksley and von Moltke identified …": two people (the particle hid the "and"), no one name
    if not (honorific or role or gender_of_first_name(toks[0][0])) and E.PLACE_PREP.search(
        text, max(0, seg_start - 12), seg_start
    ):
        return  # "the MP for Norwich North"
    first, last = toks[0][0], toks[-1][0]
    if last.rstrip(".") in NAME_SUFFIXES and len(toks) > 2:
        last = toks[-2][0]  # "James P. Kennedy Jr.": the surname is Kennedy
    if not honorific and not_a_name(first, last):
        if first not in GLUE_FIRST:
            maybe_org(text, sentence, toks, scan)  # "the journal Lung Health", "the Harbour Brotherhood"
        return
    if not (honorific or role) and clause_lead(first, text, end):
        return  # "Hosting Cook at Dreamforce …", "Within Delhi, …": a clause opens, no name
    existing = find_added(scan, first, last, name)
    if existing is None and not honorific and not role and (name in scan.orgs or E.body_apposed(text, seg_start, end)):
        add_org(text, sentence, start, end, scan)  # "The group that owns her music, Big Machine, says": a body
        return
    if existing is None:
        evidence = (
            honorific
            or role
            or gender_of_first_name(first)
            or surname_gender(last)  # "Markéta Dvorská of the Greens": a woman's surname, whatever the given name
            or _PARTICLE.search(name)  # "Ruud van Nistelrooy", "Rhun ap Iorwerth": only people's names have these
            or (not strict and E.SPEECH_NEXT.match(text, end))
            or (not strict and E.ROLE_APPOSED_SPEAKS.match(text, end))
            or (not strict and E.OF_BODY_SPEAKS.match(text, end))
            or (not strict and E.SPEECH_BEFORE.search(text, max(0, seg_start - 25), seg_start))
            or (
                not strict
                and len(toks) == 2
                and E.INITIALS_OWNER.search(text, max(0, seg_start - 10), seg_start) is not None
                and E.OWNED_NAME_NEXT.match(text, end) is not None
            )
            or (not strict and OCCUPATION_AFTER_SPEECH.search(text, max(0, seg_start - 60), seg_start))
            or (not strict and E.titled_in_commas(text, seg_start, end))
        )
        if not evidence:
            scan.unverified.append((sentence, seg_start, end, name, role))
            return
        existing = add_person(scan, name, honorific or None)
        if E.kin_before(text, seg_start):
            scan.kin.add(existing.canonical)
    tie(existing, honorific or None, role)
    scan.raw.append(make_mention(text[seg_start:end], existing.canonical, "person", sentence, seg_start, end))
