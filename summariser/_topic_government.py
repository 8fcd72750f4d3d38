"""Built-in keyword lists for government acting on a subject, shared by every topic unless it brings its own.

Headlines name the state by its country, capital or people ("Malaysia restricts …", "Tokyo asks …", "after French
pressure") rather than by a regulator or a law: these words are no concern on their own ("Grok launches in Japan"),
but one of them acting ("Japan urges", "Indonesia temporarily blocks", "Brazilian order") is government acting.
"""

from __future__ import annotations


def _phrases(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p.strip() for p in text.replace("\n", ";").split(";") if p.strip()))


# Places and peoples (as written: "Turkey", not "turkey") and the bodies of government that are not already a concern.
AUTHORITIES: tuple[str, ...] = _phrases(
    """
    Afghanistan; Albania; Algeria; Argentina; Armenia; Australia; Austria; Azerbaijan; Bahrain; Bangladesh; Belarus;
    Belgium; Bolivia; Bosnia; Brazil; Britain; Bulgaria; Cambodia; Cameroon; Canada; Chile; China; Colombia;
    Costa Rica; Croatia; Cuba; Cyprus; Czechia; Czech Republic; Denmark; Ecuador; Egypt; England; Estonia; Ethiopia;
    Finland; France; Germany; Ghana; Greece; Hong Kong; Hungary; Iceland; India; Indonesia; Iran; Iraq; Ireland; Israel;
    Italy; Japan; Jordan; Kazakhstan; Kenya; Kuwait; Latvia; Lebanon; Lithuania; Luxembourg; Malaysia; Malta; Mexico;
    Moldova; Mongolia; Morocco; Myanmar; Nepal; Netherlands; New Zealand; Nigeria; North Korea; Norway; Oman; Pakistan;
    Peru; Philippines; Poland; Portugal; Qatar; Romania; Russia; Rwanda; Saudi Arabia; Scotland; Senegal; Serbia;
    Singapore; Slovakia; Slovenia; South Africa; South Korea; Spain; Sri Lanka; Sudan; Sweden; Switzerland; Syria;
    Taiwan; Tanzania; Thailand; Tunisia; Turkey; Türkiye; Uganda; UK; Ukraine; United Kingdom; United States; Uruguay;
    US; USA; Uzbekistan; Venezuela; Vietnam; Wales; Zambia; Zimbabwe; Northern Ireland; UAE; Korea;
    Abu Dhabi; Amsterdam; Ankara; Athens; Bangkok; Beijing; Berlin; Bern; Bogotá; Bogota; Brasília; Brasilia;
    Bucharest; Budapest; Buenos Aires; Cairo; Canberra; Colombo; Copenhagen; Delhi; New Delhi; Dhaka; Dublin;
    Helsinki; Islamabad; Jakarta; Jerusalem; Kathmandu; Kyiv; Kiev; Kuala Lumpur; Lisbon; London; Madrid; Manila;
    Mexico City; Moscow; Nairobi; Oslo; Ottawa; Paris; Prague; Pretoria; Riyadh; Rome; Santiago; Seoul; Stockholm;
    Taipei; Tehran; The Hague; Tokyo; Vienna; Warsaw; Washington; Wellington; Westminster; Holyrood; Stormont;
    Alabama; Alaska; Arizona; Arkansas; California; Colorado; Connecticut; Delaware; Florida; Hawaii; Idaho;
    Illinois; Indiana; Iowa; Kansas; Kentucky; Louisiana; Maine; Maryland; Massachusetts; Michigan; Minnesota;
    Mississippi; Missouri; Montana; Nebraska; Nevada; New Hampshire; New Jersey; New Mexico; New York; North Carolina;
    North Dakota; Ohio; Oklahoma; Oregon; Pennsylvania; Rhode Island; South Carolina; South Dakota; Tennessee; Texas;
    Utah; Vermont; Virginia; West Virginia; Wisconsin; Wyoming; Ontario; Quebec; Queensland; Victoria; Bavaria;
    Karnataka; Maharashtra; Kerala; Tamil Nadu; Punjab; Catalonia;
    American; Argentine; Argentinian; Australian; Austrian; Bangladeshi; Belgian; Brazilian; British; Bulgarian;
    Californian; Canadian; Chilean; Chinese; Colombian; Croatian; Czech; Danish; Dutch; Egyptian; Emirati; English;
    Estonian; European; Filipino; Finnish; French; German; Greek; Hungarian; Indian; Indonesian; Iranian; Irish;
    Israeli; Italian; Japanese; Kenyan; Korean; Malaysian; Mexican; Nepali; Nigerian; Norwegian; Pakistani; Peruvian;
    Philippine; Polish; Portuguese; Romanian; Russian; Saudi; Scottish; Singaporean; Slovak; South African;
    South Korean; Spanish; Sri Lankan; Swedish; Swiss; Taiwanese; Texan; Thai; Turkish; Ukrainian; Venezuelan;
    Vietnamese; Welsh; Pentagon; Kremlin; Élysée; Elysee; Bundestag; Senedd; Knesset; Duma; Lok Sabha; Dáil;
    Oireachtas; Commons; Lords; Capitol Hill; administration; authorities; officials; governor; mayor; PM; cabinet;
    province; junta; regime; judge; judges; magistrate; censors; MPs; MEPs; lawmakers; legislators; senators;
    ministers; minister; ministry; government; regulator; regulators; watchdog; court; courts; police; prosecutors;
    parliament; congress; senate; assembly; committee; committees
    """
)

# What a government does to the subject, as verbs and as the nouns headlines use ("French pressure", "Brazilian
# order"); lower-case ones get simple inflections.
INTERVENTIONS: tuple[str, ...] = _phrases(
    """
    ask; asks; tell; tells; told; order; orders; urge; demand; press; presses; pressure; summon; summons; summoned;
    grill; question; probe; investigate; block; restrict; ban; banned; banning; suspend; fine; fined; fining; sue;
    sanction; censor; throttle; slow; slows; slowed; curb; curbs; target; warn; lift; unblock; restore; review;
    quit; quits; quitting; leave; leaves; leaving; drop; stop; stops; stopped; boycott; hit; hits; hitting;
    scrutinise; scrutinize; rebuke; slam; condemn; criticise; criticize; attack; call; calls; called; seek; sought;
    shut; shuts; shutting; threaten; cut; cuts; backlash; crackdown; scrutiny; ruling; deadline; warning; request;
    notice; rules; guidance; notify
    """
)

# Words that may stand between a government and its act: "Italy's privacy watchdog warns", "Finland to review",
# "Philippines considers blocking", "Indonesia temporarily blocks" (words in -ly count too).
GAP_WORDS: frozenset[bytes] = frozenset(
    b"""s to will would may could might has have had is are was were be been set move moves plans plan consider
    considers considering weigh weighs weighing vow vows threaten threatens threatening want wants now also again
    still reportedly state members executive committee agency authority president premier commission council
    election electoral privacy data media telecoms telecom communications internet it digital tech information
    competition consumer high supreme top federal national local city prime secretary general attorney issue issues
    issued chair chairman chairwoman body""".split()
)

# What the subject does when a government acts: complies, backs down, goes to court ("X agrees to curb Grok after
# French pressure", "X removes Grok image tool in UK after backlash", "X appeals EU fine").
RESPONSES: tuple[str, ...] = _phrases(
    """
    agree; agrees; agreed; comply; complies; complied; bow; bows; bowed; cave; caves; caved; yield; yields; remove;
    removes; removed; pull; pulls; pulled; curb; curbs; curbed; limit; limits; limited; restrict; restricts;
    restricted; tighten; tightens; tightened; suspend; suspends; suspended; disable; disables; disabled; geoblock;
    geoblocks; geoblocked; withdraw; withdraws; withdrew; halt; halts; halted; pause; pauses; paused; block; blocks;
    appeal; appeals; appealed; challenge; challenges; challenged; sue; sues; defy; defies; defied; fight; fights;
    threaten; threatens; threatened;
    exit; exits; back; backs; backed
    """
)
