"""Lexicons for finding people and organisations: honorifics, organisations the shared lexicon lacks, organisation
kinds ("the regulator"), name suffixes, well-known office holders and the role words that make a title.

Data only; `_mentions` and `_roles` build their regexes from it. Extend by adding entries.
"""

from __future__ import annotations

from summariser._lexicon import LAWS, ORGANISATIONS, PLACES, ROLES
from summariser._name_ranks import RANKS_AND_FOREIGN_TITLES
from summariser._text import word_set

MALE_HONORIFICS = frozenset({"Mr", "Sir", "Lord", "Baron", "Viscount", "Earl", "Congressman", "King", "Prince"})
FEMALE_HONORIFICS = frozenset({"Ms", "Mrs", "Miss", "Dame", "Lady", "Baroness", "Congresswoman", "Queen", "Princess"})
NEUTRAL_HONORIFICS = frozenset(
    {"Mx", "Dr", "Prof", "Professor", "Judge", "Justice", "Senator", "Sen", "Rep", "Gov", "Governor", "Commissioner"}
    # the French courtesy title of lawyers and notaries ("Maître Anne Roux"); a set, so no role regex grows
    | {"Maître", "Maitre"}
    # "Hon." (the Honourable), the courtesy title of Nigerian, Kenyan and Commonwealth legislators: "Hon. Ada Obi"
    | {"Hon"}
)
HONORIFICS = MALE_HONORIFICS | FEMALE_HONORIFICS | NEUTRAL_HONORIFICS

# organisations the shared lexicon does not list yet (the lexicon wins where both name one)
EXTRA_ORGS: dict[str, tuple[str, ...]] = {
    "Meta": ("Meta Platforms",),
    "Google": (),
    "Apple": (),
    "Microsoft": (),
    "OpenAI": (),
    "Anthropic": (),
    "TikTok": (),
    "YouTube": (),
    "Snapchat": (),
    "Telegram": (),
    "Bluesky": (),
    "Reddit": (),
    "Tesla": (),
    "SpaceX": (),
    "Amazon": (),
    "BBC": (),
    "ITV": (),
    "Reuters": (),
    "European Union": (),
    "Metropolitan Police": ("the Met",),
    "Australian Communications and Media Authority": ("ACMA",),
    "Federal Communications Commission": ("FCC",),
    "Competition and Markets Authority": ("CMA",),
    "Internet Matters": (),
    "5Rights Foundation": ("5Rights",),
    "White House": (),
    "An Garda Síochána": ("Garda Síochána", "the Garda", "Gardaí"),
    "Crown Prosecution Service": ("CPS",),
    "National Crime Agency": ("NCA",),
    "Department of Justice": ("Justice Department",),
}

_COMPANY = frozenset({"company", "platform"})
# surnames distinctive enough to stand for one public figure when the article never gives the full name
FAMOUS_SURNAMES: dict[str, str] = {
    "Musk": "Elon Musk",
    "Starmer": "Keir Starmer",
    "Trump": "Donald Trump",
    "Zuckerberg": "Mark Zuckerberg",
    "Albanese": "Anthony Albanese",
    "Macron": "Emmanuel Macron",
    "Farage": "Nigel Farage",
    "Badenoch": "Kemi Badenoch",
    "Yaccarino": "Linda Yaccarino",
}
FAMOUS_KNIGHTS: dict[str, str] = {"Keir": "Keir Starmer", "Ed": "Ed Davey", "Lindsay": "Lindsay Hoyle"}
# office holders as of early 2026, used only for people the article names and only when it gives them no role
KNOWN_ROLES: dict[str, tuple[str, ...]] = {
    "Keir Starmer": ("prime minister",),
    "Liz Kendall": ("technology secretary",),
    "Peter Kyle": ("business secretary",),
    "Rachel Reeves": ("chancellor",),
    "Shabana Mahmood": ("home secretary",),
    "Yvette Cooper": ("foreign secretary",),
    "Lisa Nandy": ("culture secretary",),
    "Kemi Badenoch": ("Conservative leader",),
    "Nigel Farage": ("Reform UK leader",),
    "Ed Davey": ("Liberal Democrat leader",),
    "John Swinney": ("first minister",),
    "Melanie Dawes": ("Ofcom chief executive",),
    "Elon Musk": ("owner of X",),
    "Henna Virkkunen": ("executive vice-president",),
    "Ursula von der Leyen": ("Commission president",),
    "Julie Inman Grant": ("eSafety commissioner",),
    "Anthony Albanese": ("prime minister",),
    "Narendra Modi": ("prime minister",),
    "Ashwini Vaishnaw": ("IT minister",),
    "Donald Trump": ("president",),
    "JD Vance": ("vice-president",),
    "Marco Rubio": ("secretary of state",),
    "Emmanuel Macron": ("president",),
    "Rob Bonta": ("attorney general",),
    "Gavin Newsom": ("governor",),
    "Pete Hegseth": ("defense secretary",),
}
ORG_KINDS: dict[str, frozenset[str]] = {
    "Ofcom": frozenset({"regulator"}),
    "European Commission": frozenset({"commission", "regulator"}),
    "X": _COMPANY,
    "xAI": frozenset({"company"}),
    "Information Commissioner's Office": frozenset({"regulator"}),
    "Department for Science, Innovation and Technology": frozenset({"department"}),
    "Home Office": frozenset({"department"}),
    "Federal Trade Commission": frozenset({"regulator", "commission"}),
    "Federal Communications Commission": frozenset({"regulator", "commission"}),
    "eSafety Commissioner": frozenset({"regulator"}),
    "Ministry of Electronics and Information Technology": frozenset({"department"}),
    "Arcom": frozenset({"regulator"}),
    "Coimisiún na Meán": frozenset({"regulator"}),
    "Australian Communications and Media Authority": frozenset({"regulator"}),
    "Competition and Markets Authority": frozenset({"regulator"}),
    "Internet Watch Foundation": frozenset({"charity"}),
    "NSPCC": frozenset({"charity"}),
    "Molly Rose Foundation": frozenset({"charity"}),
    "5Rights Foundation": frozenset({"charity"}),
    "Internet Matters": frozenset({"charity"}),
    "Center for Countering Digital Hate": frozenset({"charity", "campaign"}),
    "Labour": frozenset({"party"}),
    "Conservatives": frozenset({"party"}),
    "Liberal Democrats": frozenset({"party"}),
    "Reform UK": frozenset({"party"}),
    "Department of Justice": frozenset({"department"}),
    "An Garda Síochána": frozenset({"police"}),
    "Metropolitan Police": frozenset({"police"}),
    **{name: _COMPANY for name in ("Meta", "Google", "TikTok", "YouTube", "Snapchat", "Telegram", "Bluesky", "Reddit")},
    **{name: frozenset({"company"}) for name in ("Apple", "Microsoft", "OpenAI", "Anthropic", "Tesla", "SpaceX")},
    "Amazon": frozenset({"company"}),
    # "the broadcaster said" after "ITV has confirmed"
    **{name: frozenset({"broadcaster"}) for name in ("BBC", "ITV")},
}
SUFFIX_KINDS: dict[str, frozenset[str]] = {
    "Commission": frozenset({"commission", "regulator"}),
    "Authority": frozenset({"regulator"}),
    "Regulator": frozenset({"regulator"}),
    "Agency": frozenset({"regulator"}),
    "Foundation": frozenset({"charity"}),
    "Trust": frozenset({"charity"}),
    "Ministry": frozenset({"department"}),
    "Department": frozenset({"department"}),
    "Office": frozenset({"department"}),
    "Inc": frozenset({"company"}),
    "Telecom": frozenset({"company"}),
    "Technologies": frozenset({"company"}),
    "Labs": frozenset({"company"}),
    "Media": frozenset({"company"}),
    "Broadband": frozenset({"company"}),
    "Ltd": frozenset({"company"}),
    "Corp": frozenset({"company"}),
    "Corporation": frozenset({"company"}),
    "Group": frozenset({"company"}),
    "Party": frozenset({"party"}),
    "Council": frozenset(),
    "Protection": frozenset({"regulator"}),
    "Security": frozenset({"department"}),
    "Enforcement": frozenset({"regulator"}),
    "Administration": frozenset({"department", "regulator"}),
    "Bureau": frozenset({"regulator"}),
    "Board": frozenset(),
    "Organisation": frozenset({"charity"}),
    "Organization": frozenset({"charity"}),
    "Alliance": frozenset({"charity", "campaign"}),
    "Union": frozenset({"union"}),
    "Coalition": frozenset({"charity", "campaign"}),
    "Network": frozenset(),
    "School": frozenset(),
    "Centre": frozenset(),
    "Center": frozenset(),
    "Service": frozenset(),
    "Committee": frozenset(),
    "Institute": frozenset(),
    "Association": frozenset(),
    "University": frozenset(),
    "Police": frozenset({"police"}),
    "Constabulary": frozenset({"police"}),
    "Court": frozenset(),
    "Parliament": frozenset(),
    # company and body endings that no surname has: "Dick Clark Productions", "Human Rights Watch"
    "Productions": frozenset({"company"}),
    "Records": frozenset({"company"}),
    "Studios": frozenset({"company"}),
    "Pictures": frozenset({"company"}),
    "Entertainment": frozenset({"company"}),
    "Partners": frozenset({"company"}),
    "Holdings": frozenset({"company"}),
    "Ventures": frozenset({"company"}),
    "Industries": frozenset({"company"}),
    "Pharmaceuticals": frozenset({"company"}),
    "Airways": frozenset({"company"}),
    "Society": frozenset({"charity"}),
    "Federation": frozenset(),
    "Watch": frozenset({"charity", "campaign"}),
    "Press": frozenset({"media"}),
    "Aid": frozenset({"charity"}),
}

CAP_STOP = word_set(
    """The A An But And Or In On At By For From To With Without Of As If When While After Before Since Until During
    This That These Those It Its He She His Her They Their We Our You Your I My There Here Then Now Still Yet So
    However Meanwhile Earlier Later Last Next Speaking Asked According Under Over About Although Though Because
    Despite Instead Also Only Even Both Each Every Some Many Most Other Such No Not Yes Why How What Where Who
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
    September October November December New Former Senior Shadow Deputy Acting Good Thanks Please Sources
    Neither Either Nor Whether Unlike Once Unless Whilst Whereas Amid Among Against Between Within Beyond Towards
    Toward Through Throughout Upon"""
)
NON_PERSON = (
    word_set(
        """Act Bill Street House Office Party News Online Safety Grok Imagine Commission Authority Agency Foundation
    Trust Ministry Department Inc Ltd Corp Corporation Group Council Committee Institute Association University
    Police Court Parliament Government Union Services Service Minister Secretary President Senator Commissioner
    Chancellor Prime Times Guardian Telegraph Mail Express Mirror Sky Channel Radio Today Week Code
    Centre Center Square Road Kingdom States Republic Airlines Bank Digital Tech AI Olympics Paralympics
    Edition Pro Ultra Premium Plus System Systems"""
    )
    | frozenset(PLACES)
    | frozenset(LAWS)
    | frozenset(SUFFIX_KINDS)
)

ROLE_HEADS = sorted(
    {
        *ROLES,
        "secretary of state",
        "deputy prime minister",
        "foreign secretary",
        "health secretary",
        "business secretary",
        "digital minister",
        "online safety minister",
        "tech minister",
        "technology minister",
        "leader",
        "governor",
        "mayor",
        "judge",
        "chairman",
        "chairwoman",
        "chief executive officer",
        "chief technology officer",
        "ceo",
        "director",
        "vice-president",
        "vice president",
        "congressman",
        "congresswoman",
        "representative",
        "campaigner",
        "activist",
        # occupations written as a title before a name in British copy ("Organiser Sorcha Lynch said")
        "organiser",
        "organizer",
        "co-founder",
        "economist",
        "journalist",
        "scientist",
        "presenter",
        "comedian",
        "novelist",
        "historian",
        "teacher",
        "nurse",
        "student",
        "farmer",
        "artist",
        "professor",
        "lawyer",
        "lawmaker",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "ambassador",
        "envoy",
        "special envoy",
        "rapporteur",
        "special rapporteur",
        "administrator",
        "associate administrator",
        "deputy administrator",
        "commissioner",
        "attorney",
        "district attorney",
        "attorney general",
        "prosecutor",
        "press secretary",
        "chief of staff",
        "head coach",
        "dl",
        "qb",
        "quarterback",
        "linebacker",
        "defenseman",
        "defenceman",
        "winger",
        "goaltender",
        "striker",
        "goalkeeper",
        "midfielder",
        "defender",
        "pitcher",
        "coach",
        "legislator",
        "opposition lawmaker",
        "analyst",
        "researcher",
        "head",
        "boss",
        "regulator",
        "secretary",
        "counsel",
        "general secretary",
        "executive director",
        "speaker",
        "sen.",
        "rep.",
        "gov.",
        "td",
        "detective sergeant",
        "detective inspector",
        "chief justice",
        "headteacher",
        "headmaster",
        "headmistress",
        "head teacher",
        "principal",
        "councillor",
        "coroner",
        "sheriff",
        "inspector",
        "sergeant",
        "superintendent",
        "constable",
        "chief constable",
        "first minister",
        "deputy first minister",
        # US state legislatures and city councils ("Assemblymember Alex Bores")
        "assemblymember",
        "assemblyman",
        "assemblywoman",
        "councilmember",
        "council member",
        "board member",
        "censor",
        "chief censor",
        "councilman",
        "councilwoman",
        "alderman",
        "state senator",
        "state representative",
        "delegate",
        "advocate",
        "senior advocate",
        "barrister",
        "solicitor",
        # military ranks before a name ("General Mark Milley", "Lt Col Alexander Vindman")
        "general",
        "lieutenant general",
        "major general",
        "brigadier general",
        "brigadier",
        "admiral",
        "vice admiral",
        "rear admiral",
        "colonel",
        "lieutenant colonel",
        "lt col",
        "lt gen",
        "maj gen",
        "gen",
        "col",
        "lieutenant",
        "commander",
        "field marshal",
        "air marshal",
        "air chief marshal",
        *RANKS_AND_FOREIGN_TITLES,
    },
    key=len,
    reverse=True,
)

ORG_CANON: dict[str, str] = {}
for _table in (EXTRA_ORGS, ORGANISATIONS):  # lexicon last so it wins
    for _name, _aliases in _table.items():
        for _alias in (_name, *_aliases):
            ORG_CANON[_alias] = _name
