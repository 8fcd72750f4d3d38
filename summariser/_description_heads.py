"""The words second references by description are judged by: title heads and what may stand for them, ranks,
qualifiers, epithets, nations, and what any reader knows of a few public figures (see `_description_index`)."""

from __future__ import annotations

from summariser._lazy_re import lazy_re
from summariser._text import word_set

# heads a description resolves on, each with the words that may stand for it in the description the article gave
HEADS: dict[str, frozenset[str]] = {
    "minister": word_set("counterpart minister secretary"),
    "secretary": word_set("secretary"),
    "boss": word_set(
        "boss chair chairman chairwoman chief commissioner director executive founder head leader owner president"
    ),
    "chief": word_set(
        "boss chair chairman chairwoman chief commissioner director executive founder head owner president"
    ),
    "executive": word_set("chief director executive founder head manager officer owner president vice-president"),
    "chairman": word_set("chair chairman chairwoman"),
    "chairwoman": word_set("chair chairman chairwoman"),
    "chair": word_set("chair chairman chairwoman"),
    "vice-president": word_set("vice-president"),
    "founder": word_set("co-founder founder owner"),
    "owner": word_set("co-founder founder owner"),
    "commissioner": word_set("commissioner vice-president"),
    "mp": word_set("mp"),
    "mep": word_set("mep"),
    "senator": word_set("senator"),
    "lawmaker": word_set("congressman congresswoman lawmaker mep mp representative senator"),
    "judge": word_set("judge justice"),
    "justice": word_set("judge justice"),
    "lawyer": word_set("attorney barrister lawyer solicitor"),
    "billionaire": word_set("billionaire"),
    "tycoon": word_set("billionaire tycoon"),
}
# heads too vague to judge without a modifier: "the executive" may be an unnamed one the article just quoted
GENERIC = word_set("boss chief executive lawyer")
# heads that name a body, never a person's title ("the group" is not the group's founder), and an unnamed voice or
# a document, resolved elsewhere ("the spokesperson", "the letter")
ORG_HEADS = word_set(
    "account agency authority bloc board body charity coalition commission committee company complaint council "
    "court decision department document email filing firm government group judgment letter ministry notice office "
    "official order organisation organization party platform post regulator reply report ruling service source "
    "spokesman spokesperson spokeswoman statement team union watchdog"
)
# words that make a title another title: "first minister", "deputy chair", "home secretary" (never news)
RANKS = word_set(
    "assistant associate attorney chief culture defence deputy education finance first foreign general health "
    "home interior junior justice prime solicitor state vice"
)
# ranks that make "minister" another office: "the minister" is not the prime, first or deputy first minister
HEAD_RANKS = word_set("chief deputy first prime")
# nouns an article uses for a new fact about the one person it has named: "the former trade union organiser"
VARIATION = word_set("activist campaigner defender organiser organizer politician veteran")
# words that make an apposition a description of the person beyond the title words `names_role` knows
EPITHETS = word_set("attorney billionaire counterpart judge justice lawyer mep mogul mp senator tycoon") | VARIATION
AGED = lazy_re(r"^(?P<age>\d{1,3})-year-old(?:\s+[a-z-]+)?$")
# modifiers that never narrow a description: "the cabinet minister" is any minister in the cabinet
NEUTRAL = word_set("agency cabinet company firm group platform senior state tech top")
NATIONS = {
    "French": "France",
    "Spanish": "Spain",
    "German": "Germany",
    "Italian": "Italy",
    "Indian": "India",
    "Brazilian": "Brazil",
    "Australian": "Australia",
    "British": "UK",
    "Irish": "Ireland",
    "Dutch": "Netherlands",
    "Finnish": "Finland",
    "Polish": "Poland",
    "American": "US",
    "Canadian": "Canada",
    "Japanese": "Japan",
}
# what a reader knows of a figure the whole story is about, whatever the article says of him: his epithets, and his
# roles when the description names the company ("the Tesla chief executive", not "the executive")
KNOWN: dict[str, str] = {"Elon Musk": "billionaire tycoon mogul"}
KNOWN_ROLES: dict[str, tuple[frozenset[str], str]] = {
    "Elon Musk": (word_set("Tesla SpaceX xAI"), "owner founder boss chief executive of Tesla SpaceX X xAI")
}
# a title held in the past or in opposition is another title: "the minister" is not the former culture secretary
QUALIFIERS = word_set("ex former opposition outgoing shadow then")
