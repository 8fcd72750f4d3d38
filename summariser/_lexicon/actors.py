"""Lexicons for action extraction: more actors, kinds of actor, governments by country, groups and references.

Kept apart from the seed lexicon so the seed stays small; `summariser._lexicon` re-exports nothing from here.
"""

from __future__ import annotations

from summariser._trie import words

# canonical -> aliases; organisations that act in this story's world beyond the seed list (matched case-sensitively)
MORE_ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "European Commission": ("the EU executive", "the EU's executive arm", "the bloc's executive", "EU executive"),
    "Ministry of Electronics and Information Technology": ("the IT ministry", "India's Ministry of Electronics and IT"),
    "eSafety Commissioner": ("the eSafety Commissioner", "the eSafety commissioner", "Australia's eSafety regulator"),
    "Federal Communications Commission": ("FCC",),
    "Department of Justice": ("DOJ", "Justice Department"),
    "White House": (),
    "Competition and Markets Authority": ("CMA",),
    "Advertising Standards Authority": ("ASA",),
    "Crown Prosecution Service": ("CPS",),
    "Metropolitan Police": ("the Met", "Scotland Yard"),
    "National Crime Agency": ("NCA",),
    "Science, Innovation and Technology Committee": ("the science and technology committee",),
    "House of Commons": ("the Commons",),
    "House of Lords": ("the Lords",),
    "Data Protection Commission": ("DPC", "Ireland's Data Protection Commission", "Irish Data Protection Commission"),
    "European Data Protection Board": ("EDPB",),
    "CNIL": (),
    "Garante": ("Italy's data protection authority", "the Garante"),
    "Australian Communications and Media Authority": ("ACMA",),
    "Malaysian Communications and Multimedia Commission": ("MCMC",),
    "Komdigi": ("Indonesia's communications ministry", "Indonesian communications ministry"),
    "National Data Protection Authority": ("ANPD",),  # Brazil's Autoridade Nacional de Proteção de Dados
    "Court of Justice of the European Union": ("CJEU", "European Court of Justice", "ECJ"),
    "Supreme Court": (),
    "High Court": ("a High Court judge",),
    "Europol": (),
    "Refuge": (),
    "NOYB": (),  # also written lower case: LOWER_CASE_BODIES
    "End Violence Against Women Coalition": ("EVAW",),
    "5Rights Foundation": ("5Rights",),
    "Internet Matters": (),
    "Open Rights Group": (),
    "Big Brother Watch": (),
    "Electronic Frontier Foundation": ("EFF",),
    "Amnesty International": (),
    "Human Rights Watch": (),
    "Women's Aid": (),
    "National Center on Sexual Exploitation": ("NCOSE",),
    "Common Sense Media": (),
    "Tech Transparency Project": (),
    "Center for Democracy and Technology": ("CDT",),
    "Apple": (),
    "Google": (),
    "Meta": (),
    "OpenAI": (),
    "Microsoft": (),
    "TikTok": (),
    "European Union": ("the EU", "the European Union"),
    "SNP": ("the Scottish National Party",),
    "Green Party": ("the Greens",),
    # parties elsewhere that articles name in full once, then as "the party"
    "AfD": ("Alternative for Germany",),
    "CDU": ("Christian Democratic Union",),
    "Democrats": (),
    "Republicans": (),
    "Sinn Féin": (),
    "Fianna Fáil": (),
    "Fine Gael": (),
    "Plaid Cymru": ("Plaid",),
    "DUP": ("Democratic Unionist Party",),
    "BJP": ("Bharatiya Janata Party",),
    "Pentagon": ("the Pentagon", "Defense Department", "the Defense Department"),
    "Scottish Labour": (),
    "Welsh Labour": (),
    "Scottish Conservatives": (),
    "SDLP": ("Social Democratic and Labour Party",),
    "UUP": ("Ulster Unionist Party",),
    "Alliance Party": (),
    "Department for Education": ("DfE",),
    "Department of Defense": (),
    "Ofqual": (),
    "UN": ("United Nations", "the UN"),
    # Australia's opposition (Liberal-National); capitalised, so "the coalition" of charities is not it
    "Coalition": ("the Coalition",),
    "Glitch": (),
    "NetChoice": (),
    # police forces, law firms and charities that recur in UK, Irish and US copy on image abuse
    "Police Scotland": (),
    "Police Service of Northern Ireland": ("PSNI",),
    "Leigh Day": (),
    "Barnardo's": (),
    "Revenge Porn Helpline": (),
    "American Civil Liberties Union": ("ACLU",),
    "National Center for Missing & Exploited Children": ("NCMEC",),
}
# US states that act in their own name ("Arizona and Pennsylvania sued xAI"); places for actor finding only, kept out
# of the seed PLACES so the entities list is unchanged
# bodies whose name is written lower case ("the privacy group noyb"), by canonical name: matched with a substring test
# (a lower-case first letter in the organisation scan would make it stop at every such letter)
LOWER_CASE_BODIES: dict[str, str] = {"noyb": "NOYB"}

US_STATES: tuple[str, ...] = (
    *words(
        "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois "
        "Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri "
        "Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Wisconsin Wyoming"
    ),
    *("New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota", "Rhode Island"),
    *("South Carolina", "South Dakota", "West Virginia"),
)
# capitalised abbreviations that are not actors on their own
NON_ACTOR_ACRONYMS = frozenset(
    words(
        "AI CSAM UK US USA EU UN TV BBC CEO CTO PM MP MPs MEP MEPs NHS GDP OK PDF URL API CNN AP AFP RTÉ RTE "
        "VPN LGBT NCII DM DMs JPEG PNG GIF SMS USB GPU CPU IT ID PR HQ FAQ IPO AGM ISP ISPS PLC LLC LTD INC "
        "GMT BST UTC EST PST KC QC MBE OBE CBE DBE MLA MLAs MSP MSPs TD TDs AM MS MHK"
    )
)

# what kind of actor a canonical name is; used to pick "the regulator", "the company" and the agent of a threat
REGULATORS = frozenset(
    (
        "Ofcom",
        "European Commission",
        "Information Commissioner's Office",
        "Federal Trade Commission",
        "eSafety Commissioner",
        "Arcom",
        "Coimisiún na Meán",
        "Federal Communications Commission",
        "Competition and Markets Authority",
        "Advertising Standards Authority",
        "Data Protection Commission",
        "CNIL",
        "Garante",
        "Australian Communications and Media Authority",
        "Malaysian Communications and Multimedia Commission",
        "Komdigi",
        "Ministry of Electronics and Information Technology",
    )
)
# political parties: what "the party" or "her party" means in an article
PARTIES = frozenset(
    (
        "Coalition",
        "Labour",
        "Conservatives",
        "Liberal Democrats",
        "Reform UK",
        "SNP",
        "Green Party",
        "AfD",
        "CDU",
        "Democrats",
        "Republicans",
        "Sinn Féin",
        "Fianna Fáil",
        "Fine Gael",
        "Plaid Cymru",
        "DUP",
        "BJP",
        "Scottish Labour",
        "Welsh Labour",
        "Scottish Conservatives",
        "SDLP",
        "UUP",
        "Alliance Party",
    )
)
COMPANIES = frozenset(("X", "xAI", "Apple", "Google", "Meta", "OpenAI", "Microsoft", "TikTok"))
COURTS = frozenset(("Supreme Court", "High Court", "Court of Justice of the European Union"))

# which regulator holds a law's powers: the agent of "X could face fines under the Online Safety Act"
LAW_ENFORCERS: dict[str, str] = {
    "Online Safety Act": "Ofcom",
    "Digital Services Act": "European Commission",
    "AI Act": "European Commission",
    "Digital Markets Act": "European Commission",
    "Take It Down Act": "Federal Trade Commission",
    "Online Safety Amendment (Social Media Minimum Age) Act": "eSafety Commissioner",
    "Information Technology Act": "Ministry of Electronics and Information Technology",
}

# adjective or country -> the canonical name of its government
# adjective or country -> the canonical name of its government. Annotators name foreign governments by their
# country ("Japan asked X …"); the UK's is "UK government" as in the seed lexicon.
GOVERNMENTS: dict[str, str] = {
    "UK": "UK government",
    "British": "UK government",
    "Britain": "UK government",
    "Scottish": "Scottish government",
    "Welsh": "Welsh government",
    **{
        adjective: country
        for adjective, country in (
            ("Australian", "Australia"),
            ("Australia", "Australia"),
            ("Indian", "India"),
            ("India", "India"),
            ("US", "US"),
            ("American", "US"),
            ("Irish", "Ireland"),
            ("French", "France"),
            ("German", "Germany"),
            ("Italian", "Italy"),
            ("Spanish", "Spain"),
            ("Polish", "Poland"),
            ("Canadian", "Canada"),
            ("Indonesian", "Indonesia"),
            ("Malaysian", "Malaysia"),
            ("Brazilian", "Brazil"),
            ("Japanese", "Japan"),
            ("Turkish", "Turkey"),
            ("Philippine", "Philippines"),
            ("South Korean", "South Korea"),
            ("Dutch", "Netherlands"),
            ("Belgian", "Belgium"),
            ("Swedish", "Sweden"),
            ("Danish", "Denmark"),
            ("Norwegian", "Norway"),
            ("Chinese", "China"),
            ("Russian", "Russia"),
            ("Pakistani", "Pakistan"),
            ("Kenyan", "Kenya"),
            ("Nigerian", "Nigeria"),
            ("Mexican", "Mexico"),
            ("Singaporean", "Singapore"),
            ("New Zealand", "New Zealand"),
            ("South African", "South Africa"),
        )
    },
}
# words in an article that say which country "the government" belongs to
COUNTRY_CUES: dict[str, tuple[str, ...]] = {
    "UK government": (
        "UK",
        "Britain",
        "British",
        "Ofcom",
        "Westminster",
        "Downing Street",
        "No 10",
        "MPs",
        "Starmer",
        "Home Office",
        "Whitehall",
        "England",
        "House of Lords",
        "Kendall",
        "DSIT",
        "Home Secretary",
        "Crime and Policing Bill",
    ),
    "Australia": ("Australia", "Australian", "eSafety", "Canberra", "Albanese"),
    "India": ("India", "Indian", "MeitY", "New Delhi", "Modi", "Lok Sabha", "Rajya Sabha"),
    "US": ("Washington", "Congress", "White House", "Trump administration"),
    "Ireland": ("Dáil", "Taoiseach", "Coimisiún na Meán", "Ireland", "Irish"),
    "Canada": ("Canada", "Ottawa", "Canadian"),
    "Japan": ("Japan", "Japanese", "Tokyo"),
    "Malaysia": ("Malaysia", "Malaysian", "Kuala Lumpur"),
    "Indonesia": ("Indonesia", "Indonesian", "Jakarta"),
    "France": ("France", "French", "Paris"),
    "Scottish government": ("Holyrood", "MSPs", "Swinney", "Scottish Government"),
    "New Zealand": ("New Zealand", "New Zealanders", "Wellington", "Netsafe"),
    "South Africa": ("South Africa", "Pretoria"),
    "Brazil": ("Brazil", "Brasília", "Brasilia"),
    "South Korea": ("South Korea", "Seoul"),
    "Welsh government": ("Senedd", "Welsh Government", "Welsh ministers", "Cardiff Bay"),
    "Italy": ("Italy", "Italian", "Rome", "Meloni"),
    "Germany": ("Germany", "Berlin", "Bundestag"),
    "Spain": ("Spain", "Spanish", "Madrid"),
    # the other governments the lexicon names: their country, adjective and seat
    "Norway": ("Norway", "Norwegian", "Oslo", "Storting"),
    "Netherlands": ("Netherlands", "Dutch", "The Hague"),
    "Poland": ("Poland", "Polish", "Warsaw", "Sejm"),
    "Kenya": ("Kenya", "Kenyan", "Nairobi"),
    "Sweden": ("Sweden", "Swedish", "Stockholm", "Riksdag"),
    "Denmark": ("Denmark", "Danish", "Copenhagen", "Folketing"),
    "Belgium": ("Belgium", "Belgian"),
    "Philippines": ("Philippines", "Philippine", "Manila"),
    "Nigeria": ("Nigeria", "Nigerian", "Abuja"),
    "Mexico": ("Mexico", "Mexican"),
    "Singapore": ("Singapore", "Singaporean"),
    "Pakistan": ("Pakistan", "Pakistani", "Islamabad"),
    "Turkey": ("Turkey", "Turkish", "Ankara"),
}

# capitals that stand for their government when they are a sentence's subject ("Ottawa was weighing new
# legislation", "Canberra has ordered …"); European capitals are left out ("Paris prosecutors", "Dublin-based")
SEATS_AS_ACTORS: dict[str, str] = {
    "Canberra": "Australia",
    "Ottawa": "Canada",
    "New Delhi": "India",
    "Jakarta": "Indonesia",
    "Kuala Lumpur": "Malaysia",
    "Ankara": "Turkey",
    "Seoul": "South Korea",
    "Tokyo": "Japan",
    "Brasília": "Brazil",
    "Brasilia": "Brazil",
    "Wellington": "New Zealand",
    "Manila": "Philippines",
    "Nairobi": "Kenya",
    "Pretoria": "South Africa",
    "Washington": "United States",
}

# plural groups that call for things; canonical is the word as a group name
GROUPS: tuple[str, ...] = (
    "campaigners",
    "charities",
    "child safety campaigners",
    "online safety campaigners",
    "women's rights groups",
    "women's groups",
    "victims' groups",
    "consumer groups",
    "campaign groups",
    "state attorneys general",
    "attorneys general",
    "backbenchers",
    "lawmakers",
    "legislators",
    "MPs",
    "MEPs",
    "peers",
    "parties",
    "senators",
    "Democrats",
    "Republicans",
    # annotators name a group of legislators not broken down in the sentence by the whole phrase
    "bipartisan group of senators",
    "bipartisan group of lawmakers",
    "cross-party group of MPs",
    "cross-party group of peers",
)

# references resolved through the article: kind words for "the company", "the regulator" …
COMPANY_REFS = (
    "the company",
    "the firm",
    "the platform",
    "the social media platform",
    "the social network",
    "the social media company",
    "the social media firm",
    "the site",
    "the app",
    "the tech company",
    "the tech firm",
    "the start-up",
    "the startup",
    "the AI company",
    "the AI firm",
    "the chatbot maker",
    "Musk's company",
    "Musk's firm",
    "Musk's platform",
)
REGULATOR_REFS = ("the regulator", "the watchdog", "the media regulator", "the online safety regulator", "the agency")
COURT_REFS = ("the court", "the judge", "the judges", "the tribunal")
GOVERNMENT_REFS = ("the government", "ministers", "the administration", "the executive")
