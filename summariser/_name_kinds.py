"""The description nouns an article calls a named body by ("the regulator", "the office") and the kinds each may
stand for; `_names.NameIndex` resolves a description to the one body in view that fits."""

from __future__ import annotations

# description noun -> organisation kinds it can stand for ("the regulator" -> Ofcom)
KIND_WORDS: dict[str, frozenset[str]] = {
    "regulator": frozenset({"regulator"}),
    "watchdog": frozenset({"regulator"}),
    "company": frozenset({"company"}),
    "firm": frozenset({"company"}),
    "platform": frozenset({"platform"}),
    "social network": frozenset({"platform"}),
    "social media platform": frozenset({"platform"}),
    "site": frozenset({"platform"}),
    "start-up": frozenset({"company"}),
    "startup": frozenset({"company"}),
    "charity": frozenset({"charity"}),
    "campaign group": frozenset({"charity", "campaign"}),
    "group": frozenset({"charity", "campaign"}),
    "department": frozenset({"department"}),
    "ministry": frozenset({"department"}),
    "commission": frozenset({"commission"}),
    "agency": frozenset({"regulator"}),
    "party": frozenset({"party"}),
    "force": frozenset({"police"}),
    "police": frozenset({"police"}),
    "union": frozenset({"union"}),
    "administration": frozenset({"regulator", "department"}),
    "authority": frozenset({"regulator"}),  # named: "the authority" for the National Data Protection Authority
    "secretariat": frozenset({"department"}),
    "court": frozenset({"court"}),  # named: "the court" for the Karnataka High Court
    "committee": frozenset({"committee"}),  # named: "the committee" for the Women and Equalities Committee
    "broadcaster": frozenset({"broadcaster"}),
    # named only: "the office" for the Personal Data Protection Office, "the centre" for the Centre for Independent
    # Journalism (the kind is the name's own word)
    **dict.fromkeys(
        (
            "office",
            "centre",
            "center",
            "institute",
            "foundation",
            "trust",
            "association",
            "society",
            "federation",
            "council",
            "forum",
            "board",
        ),
        frozenset(),
    ),
}
