"""Verb tables and precompiled patterns for action extraction: which words signal an action and with what status.

Every verb is listed once by its base form with a class; the inflected forms are generated here, at import time,
so the extractor does one dictionary lookup per candidate word.
"""

from __future__ import annotations

import re
from typing import Literal

# re-exported: the clause modules call `P.modal_cue`
from summariser._action_modals import modal_cue as modal_cue
from summariser._lazy_re import first_chars, lazy_re
from summariser._trie import words

VerbClass = Literal["do", "announce", "plan", "threaten", "call", "refuse"]
Form = Literal["base", "s", "past", "ing"]

# base form -> class. "do" verbs are actions in themselves (taken when finite past, planned after "will" …);
# the other classes carry their status with them whatever the tense.
_VERBS: dict[str, VerbClass] = {
    **dict.fromkeys(
        words(
            "open launch start begin fine ban block restrict limit remove suspend pass approve adopt order "
            "require force compel summon write issue publish introduce table bring criminalise criminalize "
            "outlaw legislate sue charge arrest prosecute investigate examine review assess probe request send "
            "disable switch turn update implement geoblock geo-block roll enforce designate amend strengthen "
            "expand extend tighten close shut consult seek take act intervene appeal challenge overturn uphold "
            "grant impose levy penalise penalize sanction bar prohibit halt pause withdraw delete comply agree "
            "meet contact convene subpoena refer escalate sign enact vote raid seize pull notify instruct direct "
            "make hand rule hold file lodge demand hit carry widen stop conduct draft decide conclude report "
            "find use set look give accept back respond share follow apply go join build support lift restore "
            "appoint cooperate co-operate defend provide tell search invite lay fix dismiss release reach contest "
            "submit brief increase drop appear register study advance move liaise work run repeal scrap revoke "
            "testify reprimand pursue classify deliver detain help assist return commit pre-empt prejudge offer "
            "present monitor forward award step oblige affirm reverse vacate remand resolve reintroduce serve "
            "allow throttle circulate reserve raise"
        ),
        "do",
    ),
    **dict.fromkeys(["announce", "unveil", "confirm", "pledge", "vow", "promise", "reveal"], "announce"),
    **dict.fromkeys(["plan", "intend", "consider", "propose", "prepare", "weigh", "explore"], "plan"),
    **dict.fromkeys(["threaten", "warn"], "threaten"),
    **dict.fromkeys(
        ["call", "urge", "press", "ask", "lobby", "petition", "push", "want", "expect", "recommend"], "call"
    ),
    **dict.fromkeys(["refuse", "reject", "decline", "deny", "ignore", "oppose", "keep", "veto"], "refuse"),
}
# "demand" is a call, but "demanded" also reads as an order from a regulator; the brief lists it under called_for
_VERBS["demand"] = "call"

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "begin": ("began", "begun"),
    "write": ("wrote", "written"),
    "bring": ("brought",),
    "send": ("sent",),
    "seek": ("sought",),
    "take": ("took", "taken"),
    "make": ("made",),
    "hold": ("held",),
    "shut": ("shut",),
    "put": ("put",),
    "hit": ("hit",),
    "find": ("found",),
    "set": ("set",),
    "give": ("gave", "given"),
    "go": ("went", "gone"),
    "build": ("built",),
    "tell": ("told",),
    "lay": ("laid",),
    "meet": ("met",),
    "uphold": ("upheld",),
    "withdraw": ("withdrew", "withdrawn"),
    "run": ("ran",),
}
_DOUBLE = {"ban", "bar", "ship", "plan", "shut", "fit", "hit", "stop", "refer", "compel", "drop", "submit", "run"}


def _inflect(base: str) -> dict[str, Form]:
    forms: dict[str, Form] = {base: "base"}
    if base.endswith("y") and base[-2] not in "aeiou":
        stem = base[:-1]
        forms[stem + "ies"] = "s"
        forms[stem + "ied"] = "past"
        forms[base + "ing"] = "ing"
    else:
        double = base + base[-1] if base in _DOUBLE else base
        forms[base + ("es" if base.endswith(("s", "sh", "ch", "x")) else "s")] = "s"
        if base.endswith("e"):
            forms[base + "d"] = "past"
            forms[base[:-1] + "ing"] = "ing"
        else:
            forms[double + "ed"] = "past"
            forms[double + "ing"] = "ing"
    for irregular in _IRREGULAR.get(base, ()):
        forms[irregular] = "past"
    if base in _IRREGULAR:
        for regular in (base + "ed", base + "d", base + base[-1] + "ed"):
            if regular not in _IRREGULAR[base]:
                forms.pop(regular, None)
    return forms


# surface form (lower case) -> (base, form, class)
VERB_FORMS: dict[str, tuple[str, Form, VerbClass]] = {}
for _base, _cls in _VERBS.items():
    for _surface, _form in _inflect(_base).items():
        VERB_FORMS.setdefault(_surface, (_base, _form, _cls))

# only the past of these: "served X with demands", "the judge allowed claims … to go forward"; their other forms
# are everyday words ("allows users to", "serving customers") that would only cost time
for _surface in ("allow", "allows", "allowing", "serve", "serves", "serving"):
    del VERB_FORMS[_surface]

# the verb forms a sentence's word set is intersected with (`_action_gates.candidate_verbs` then places them with
# `str.find`: cheaper than scanning every sentence with a 600-form trie)
VERB_FORM_SET = frozenset(VERB_FORMS)
# words that make a sentence worth a closer look even without a verb from the table
OTHER_CUES = frozenset(
    words(
        "force effect table option options must should needs needed ought face faces facing investigation "
        "inquiry probe fine lawsuit proceedings crackdown calls demands threat refusal plans proposals "
        "decision warning threats"
    )
)
CUE_WORDS = frozenset(VERB_FORMS) | OTHER_CUES
# fixed phrases that are actions whatever their verb ("comes into force", "all options on the table")
IN_FORCE = lazy_re(
    r"\b(?:comes?|came|coming|takes?|took|taking|will (?:come|take)|(?:will|would) be)"
    r"\s+(?:into\s+force|effect|in\s+force)\b",
    first=first_chars("ctw"),
)
# a quotation mark may open on the negation of a speaker's own stance: she would "not rule out" an inquiry; not on
# "had "not ruled out"" or "was "on the table"": quoted there, they are too often someone else's words about the actor
# ("Campaigners said a ban was "on the table"", "Musk mocked …, saying the government had "not ruled out" anything")
_Q = '["“”]?'
ALL_OPTIONS = lazy_re(
    r"\b(?:all|every) options? (?:(?:are|were|is|was|remain(?:ed|s)?) )?on the table"
    r"|\b(?:everything|a ban|banning \w+|blocking \w+|a block|that option|this option)\s+(?:is|was|remains|remained"
    r"|would be|will be)\s+(?:(?:not|still)\s+)?(?:off|on)\s+the\s+table"
    r"|\b(?:banning|blocking)\s+\w+\s+(?:is|was|remains)\s+(?:an|one)\s+option"
    r"|(?:nothing|no option|no options) (?:is|was|are|were|will be) off the table|(?:would|will) not rule anything out"
    r"|\b(?:nothing|no option|no options) (?:is|was|are|were|has been|had been|will be) ruled out"
    rf"|(?:has|have|had|did) not ruled out|(?:would|will) {_Q}not rule out"
    r"|(?:refused|declined)(?:\s+(?:on\s+\w+day|again|today|yesterday|repeatedly))?\s+to\s+rule\s+out"
    r"|not ruling out"
    r"|\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+not\s+(?:being\s+)?ruled\s+out"
    r"|\b(?:all|both|each) of (?:those|these|them) (?:are|is|remain) on the table",
    re.IGNORECASE,
    first=first_chars("abdehinrtw", ignore_case=True),
)

# "X could face fines of up to 10% of turnover": a threat whose agent is the regulator, not X
FACE = lazy_re(
    # after a bare "to" these words are verbs, not penalties: "asks ministers to ban the use of Grok"
    r"\b(?!to\s+(?:now\s+|also\s+|still\s+)?(?:ban|fine|sanction|charge)\b)"
    r"(?:could|may|might|would|will|risks?|faces?|facing|to|or|on\s+pain\s+of)\s+(?:now\s+|also\s+|still\s+)?"
    r"(?:face\s+|lead\s+to\s+|result\s+in\s+)?"
    # "the platform faces a non-compliance decision and a fine of up to 6 percent"
    r"(?:(?:a|an)\s+(?:[\w-]+\s+)?decision\s+and\s+)?"
    r"(?:(?:a|an|the)\s+)?(?:(?:possible|potential|heavy|hefty|huge|large|multi-?million|record|fresh|periodic|civil"
    r"|criminal|daily)\s+)*"
    r"(?:fines?|penalt(?:y|ies)|sanctions?|ban|bans|being\s+(?:banned|blocked|fined)|legal\s+action|enforcement"
    r"\s+action|lawsuits?|prosecution|charges|suspension|a\s+block|(?:a\s+)?referral\s+to"
    # "could lose its safe harbour protection", "could lead to the loss of the legal immunity" (Indian IT Rules)
    r"|(?:los(?:e|ing)|loss\s+of)\s+(?:its\s+|their\s+|the\s+)?(?:legal\s+)?(?:safe[\s-]+harbou?r|immunity))\b",
    re.IGNORECASE,
    first=first_chars("cfmortw", ignore_case=True),
)

# "the government must act", "X needed to get a grip": a call when a speaker says it
MUST = lazy_re(
    r"\b(?:must|should|needs\s+to|needed\s+to|has\s+to|had\s+to|ought\s+to)\s+(?!not\b|have\s+been\b)"
    r"(?:have\s+(?=\w+(?:ed|en)\b))?(?:\w+ly\s+|also\s+|now\s+)?"  # "should have used its powers": a call too
    r"[“\"‘']?[a-z]+",
    re.IGNORECASE,
    first=first_chars("hmnos", ignore_case=True),
)
# "announced an investigation" is the investigation itself
LAUNCH_NOUN = lazy_re(
    r"^\s+(?:an?|the|its|their|his|her)?\s*(?:(?:formal|new|criminal|civil|full|joint|separate|own|urgent)\s+)*"
    r"(?:investigation|inquiry|probe|proceedings|lawsuit|legal action|fine|ban)\b",
    re.IGNORECASE,
)


# Auxiliaries before a past form: passive ("was fined") versus active perfect ("has fined")
PASSIVE_AUX = lazy_re(
    r"(?P<aux>\b(?:was|were|is|are|been|be|being|get|got|gets))\s+(?:\w+ly\s+|also\s+|now\s+|then\s+|already\s+)*$",
    re.IGNORECASE,
    first=first_chars("abgiw", ignore_case=True),
)
FUTURE_PASSIVE = lazy_re(
    r"(?:\b(?:will|would|shall)|\b(?:is|are|set|due|expected)\s+to)\s+be\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
THREAT_PASSIVE = lazy_re(r"\b(?:could|may|might|risks?|faces?|facing)\s+(?:being|be)\s+(?:\w+ly\s+)?$", re.I)
NEGATED = lazy_re(
    r"\b(?:not|never|n['’]t|yet\s+to|no\s+longer|failed\s+to|without)\s+(?:\w+ly\s+|been\s+|yet\s+|be\s+)*$",
    re.I,
    first=first_chars("fnwy", ignore_case=True),
)
PROGRESSIVE = lazy_re(
    r"\b(?:is|are|was|were|been|be)\s+(?:\w+ly\s+|also\s+|now\s+|still\s+|already\s+)*[“\"‘']?$",  # was "evaluating
    re.I,
    first=first_chars("abiw", ignore_case=True),
)
# words before a past form that make it an adjective ("the restricted feature"), not a verb
ADJECTIVAL_BEFORE = frozenset(words("the a an its their his her our this that these those any some such no"))
# "declined to comment" and friends are not refusals anyone needs told about
NON_ACTION_OBJECTS = lazy_re(
    r"^\s*(?:\w+ly\s+|later\s+|again\s+)?(?:to\s+)?(?:comment|respond|reply|elaborate|say|answer|confirm"
    r"|give(?!\s+(?:oral\s+|written\s+)?evidence\b)|provide"
    r"|be\s+interviewed|speak|state|disclose|discuss|specify|detail|reveal|explain|address)\b"
    r"|^\s+(?:to\s+know\s+|of\s+\w+\s+)?(?:how|why|what|whether|when|where|who)\b"
    r"|^\s+(?:that|this|it|those|these)\s*(?:[.,;:!?”\"’]|$)"  # "Van Velden rejected that.": a claim, not a move
    r"|^\s+(?:that|the|this|these|those|any|such|all|his|her|their)\s+(?:\w+\s+)?(?:suggestion|criticism|"
    r"characteri[sz]ation|claims?|accusations?|allegations?|idea|comparison|description|charges?|premise|report|"
    r"reports|assertion|view|argument|notion|interpretation|framing|account)s?\b|^\s+(?:any\s+)?(?:wrongdoing|claims?|suggestions?|accusations?|allegations?|criticism|reports?|assertions?"
    r"|comparisons?|characteri[sz]ations?|descriptions?)\b",
    re.IGNORECASE,
)
# the "to" in "wrote to", "appealed to" and "agreed to" belongs to the verb
PREPOSITIONS = frozenset(
    words(
        "to into against on of with from at for by about over towards toward under than like including as "
        "via across upon within after before between among amid despite"
    )
)

# noun phrases that name an action: "Ofcom's investigation into X", "an investigation by Ofcom into X"
NOUN_ACTIONS: dict[str, tuple[str, str]] = {
    "investigation": ("taken", "launched an investigation"),
    "inquiry": ("taken", "opened an inquiry"),
    "probe": ("taken", "launched a probe"),
    "fine": ("taken", "imposed a fine"),
    "ban": ("taken", "imposed a ban"),
    "lawsuit": ("taken", "filed a lawsuit"),
    "case": ("taken", "brought a case"),
    "legal action": ("taken", "took legal action"),
    "proceedings": ("taken", "opened proceedings"),
    "crackdown": ("taken", "launched a crackdown"),
    "calls": ("called_for", "called for"),
    "call": ("called_for", "called for"),
    "demands": ("called_for", "demanded"),
    "demand": ("called_for", "demanded"),
    "threat": ("threatened", "threatened"),
    "refusal": ("refused", "refused"),
    "plans": ("planned", "plans"),
    "plan": ("planned", "plans"),
    "proposals": ("planned", "proposed"),
    "decision": ("taken", "decided"),
    "order": ("taken", "ordered"),
    "warning": ("threatened", "warned"),
    "block": ("taken", "imposed a block"),  # "Indonesia's temporary block on Grok stays in place"
    # (session 10) more acts named by a noun: "Malaysia's restriction on Grok", "India's notice to X",
    # "the IT ministry's advisory", "X's appeal against the fine", "the minister's announcement of a review"
    "restriction": ("taken", "imposed a restriction"),
    "restrictions": ("taken", "imposed restrictions"),
    "suspension": ("taken", "suspended"),
    "notice": ("taken", "issued a notice"),
    "advisory": ("taken", "issued an advisory"),
    "orders": ("taken", "issued orders"),
    "appeal": ("taken", "lodged an appeal"),
    "challenge": ("taken", "brought a challenge"),
    "complaint": ("taken", "filed a complaint"),
    "findings": ("taken", "issued findings"),
    "finding": ("taken", "found"),
    "guidance": ("taken", "issued guidance"),
    "announcement": ("announced", "announced"),
}
# acts whose noun stands for itself without a complement ("Ofcom's £18 million fine, the largest …", "Komdigi's
# order gives providers 14 days"): the others need "into/against/…" after them ("X's challenge is to …" is no act)
BARE_ACT_NOUNS = frozenset(
    [
        "investigation",
        "inquiry",
        "probe",
        "fine",
        "ban",
        "block",
        "restriction",
        "restrictions",
        "suspension",
        "notice",
        "advisory",
        "order",
        "orders",
        "lawsuit",
    ]
)
# the word stem an action's words share with its bare noun: a bare "Ofcom's investigation" after Ofcom "opened an
# investigation" (or an earlier bare mention) names the same act again, not a new one
NOUN_STEMS = {
    "investigation": "investigat",
    "inquiry": "inquir",
    "probe": "probe",
    "fine": "fine",
    "ban": "ban",
    "block": "block",
    "restriction": "restrict",
    "restrictions": "restrict",
    "suspension": "suspen",
    "notice": "notice",
    "advisory": "advisory",
    "order": "order",
    "orders": "order",
    "lawsuit": "lawsuit",
}
_STEMS = frozenset(NOUN_STEMS.values())


def act_stems(phrase: str) -> list[str]:
    """The bare-noun stems an action's words hold ("opened an investigation into X" -> ["investigat"])."""
    low = phrase.lower()
    return [stem for stem in _STEMS if stem in low]


# what may follow a bare act noun: the clause's punctuation or its finite verb
BARE_NOUN_NEXT = lazy_re(
    r"\s*[,.;)]|\s+(?:(?:has|had|have|is|was|were|are|came|comes|followed|follows|gives|gave"
    r"|remains|remained|requires|required|directs|took|takes|drew|draws|also|last|this|which)\b)"
)
_NOUNS = "|".join(sorted(map(re.escape, NOUN_ACTIONS), key=len, reverse=True))
_NOUN_ADJ = (
    r"(?:(?:formal|new|proposed|planned|ongoing|landmark|record|initial|fresh|urgent|main|provisional|final|interim"
    r"|temporary|outright|nationwide|preliminary|blocking|removal|takedown|retention|enforcement|information"
    r"|administrative|corrective|legal|wider|full|public|joint"
    r"|criminal|civil|separate|own|\S*[€$£]\S*(?:\s+(?:million|billion|m|bn))?|[\d.]+m)\s+){0,3}"
)
# "ORG's (formal) investigation into|of|against …"  (possessor checked by the caller, who knows the actors)
POSSESSIVE_NOUN = lazy_re(
    rf"['’]s?\s+{_NOUN_ADJ}(?P<noun>{_NOUNS})(?:\s+(?P<prep>into|of|against|on|over|for|to|under)\b"
    # "Ofcom's inquiry, opened in May, …": the participle says the owner started it
    r"|(?=,\s+(?:opened|launched|begun|started|announced|issued|ordered|imposed|published)\b)"
    r"|(?P<bare>\b))",
    re.IGNORECASE,
)
# "an investigation by Ofcom into …"
NOUN_BY_ANY = lazy_re(
    rf"\b(?:an?|the)\s+{_NOUN_ADJ}(?P<noun>{_NOUNS})\s+by\s+", re.IGNORECASE, first=first_chars("at", ignore_case=True)
)

# where an action phrase stops
# (the words after the space grouped by first letter: `re` tries each alternative at every space, so sharing the
# first letters tries a third fewer; at any one space the same words match, so every match is the same)
PHRASE_END = lazy_re(
    r"[,;:.!?()“”\"|•]|\s[–—-]\s|\s(?:a(?:fter|mid|lthough|s\s+part|nd\s+(?:said|says|added|warned|insisted|told|is"
    r"|was|has|had|will|would|could|may|might|must|should|that)|ccording|rguing)|b(?:ecause|ut)|claiming|following"
    r"|if|noting|remain(?:s|ed)|s(?:aying|tating|tay(?:s|ed))|unless|wh(?:ich|o|ile|ereas))\b",
    re.IGNORECASE,
)
# where a clause starts (for finding the subject of a verb)
CLAUSE_BREAK = lazy_re(
    r";|:|\s[–—]\s|,\s+(?:and|but|while|whereas|after|before|as|when|although|though|because|since|so|with)\s"
    r"|\band\s+(?=(?:has|have|had|will|would|is|are|was|were|also|then|later|subsequently|could|may|said)\b)"
    r"|\band\s+(?=[a-z]+ed\b)|\bbut\s+(?=[a-z])",
)
# parentheticals skipped when looking for a subject: relative clauses and appositives between commas
PARENTHETICAL = lazy_re(
    r",\s+(?P<rel>which|who|whose|whom|where)\b[^,;]{1,160}(?:,|$)"
    r"|,\s+(?:the|a|an|its|owned|run|led|chaired|headed|founded|formerly|backed|now|known|sponsored|co-sponsored"
    r"|introduced|tabled|proposed|written|drafted)\b[^,;]{1,90},"
    r"|\s[–—]\s[^–—]{1,120}\s[–—]\s|\([^)]{0,160}\)"
    # an attribution inside the clause: "The committee, he added, would invite …"
    r"|,\s+(?:he|she|they|it|we)\s+(?:said|added|says|adds|noted|insisted|stressed),"
)

# "X asked whether the government would ban Y": a parliamentary question that presses for the act, a call by X
ASKED_WHETHER = lazy_re(
    r"\b(?:asked|asks|asking)\s+(?:[^,;:“”\"]{0,50}?\s)?(?:whether|if)\s+[^,;:“”\"]{1,60}?\s+"
    r"(?:would|will|could|planned\s+to|intended\s+to|(?:was|were|is|are)\s+(?:prepared|willing|going|ready)\s+to)"
    r"\s+(?:also\s+|now\s+|\w+ly\s+)?(?:go\s+further\s+and\s+)?(?P<verb>[a-z-]+)\b",
    first=first_chars("a"),
)
# a change in the law stated as news: "… will become a criminal offence", "is to become illegal"
BECOME_OFFENCE = lazy_re(
    r"\b(?:will|would|shall|(?:is|are)\s+(?:set\s+|due\s+|expected\s+)?to)\s+(?:now\s+|soon\s+)?become\s+"
    r"(?:a\s+|an\s+)?(?:specific\s+|new\s+|standalone\s+|separate\s+)?(?:criminal\s+offence|offence|crime|illegal"
    r"|unlawful)\b",
    re.IGNORECASE,
    first=first_chars("aisw", ignore_case=True),
)
