"""Titles written before a name that the shared role list lacks: devolved-parliament members, British police ranks
(written out and abbreviated) and legislators' titles in other languages ("Nationalrat Min Li Marti")."""

from __future__ import annotations

RANKS_AND_FOREIGN_TITLES: tuple[str, ...] = (
    # members of the devolved parliaments ("Green MSP Maggie Chapman", "DUP MLA Emma Little-Pengelly")
    "msp",
    "mla",
    "convener",
    "convenor",
    # British police ranks, written out and abbreviated before a surname ("ACC Smith", "Det Supt Kaur")
    "assistant chief constable",
    "deputy chief constable",
    "acc",
    "dcc",
    "dci",
    "chief superintendent",
    "detective superintendent",
    "detective chief superintendent",
    "chief inspector",
    "detective chief inspector",
    "supt",
    "ch supt",
    "det supt",
    "det insp",
    "insp",
    "ch insp",
    "det sgt",
    "assistant commissioner",
    "deputy assistant commissioner",
    "deputy commissioner",
    # legislators' titles in other languages, before a name ("Nationalrat Min Li Marti", "Senadora Ana Lima")
    "nationalrat",
    "bundesminister",
    "bundesministerin",
    "abgeordnete",
    "abgeordneter",
    "diputado",
    "diputada",
    "senador",
    "senadora",
    "deputado",
    "deputada",
    "kamerlid",
)
