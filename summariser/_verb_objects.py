"""What must follow a verb for it to be an action: "called for" or "called on … to", "took action", "wrote to",
"sought an injunction". A verb whose words after it fail its pattern is no action ("called it a disgrace").
"""

from __future__ import annotations

import re

from summariser._action_objects import MORE_OBJECTS
from summariser._lazy_re import LazyRe, lazy_re
from summariser._verb_exclusions import EXCLUDED_OBJECTS


def _lazy(source: str, flags: int = 0) -> LazyRe:
    # compiled on first search: seventy compiled at import would cost tens of milliseconds
    return lazy_re(source, flags)


_START = (
    r"(?i)^\s+(?:an?\s+|formal\s+|legal\s+|(?:enforcing|investigating|blocking|removing|restricting|issuing|fining"
    r"|suspending|prosecuting|examining|reviewing|assessing|consulting|charging|arresting|geoblocking|deleting|limiting"
    r"|using|proceedings|legal|monitoring)\b)"
)

_VERB_OBJECT: dict[str, LazyRe] = {
    **MORE_OBJECTS,
    **EXCLUDED_OBJECTS,  # verbs that take any object but a few ("weigh in", "blocked a shot")
    "call": _lazy(r"^\s+(?:for|on|upon)\b|^\s+(?:\w+\s+){1,6}?to\s+\w", re.I),
    # "recommended that ministers ban …", "recommended the regulator be given powers", "recommended banning …"
    "recommend": _lazy(
        r"^\s+(?:that\b|\w+ing\b|(?:\S+\s+){1,6}?(?:be|should)\s+\w|(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:ban"
        r"|changes|amendments?|powers|legislation|law|measures|fines?|penalt\w+)\b)",
        re.I,
    ),
    # "registered a case against …" (an FIR in Indian copy); "registered users" is no act
    "register": _lazy(
        r"^\s+(?:an?\s+|the\s+|two\s+|three\s+|\d+\s+)?(?:[\w-]+\s+){0,2}?(?:case|cases|FIRs?|first\s+information"
        r"\s+reports?|complaints?|objection)\b",
        re.I,
    ),
    # "would study the report" (a plan: see `_PROCEDURAL`); "studied law at Oxford" is biography
    "study": _lazy(
        r"^\s+(?:the|its|their|our|these|those)\s+(?:[\w-]+\s+){0,2}?(?:report|findings|recommendations|proposals"
        r"|judgment|ruling|decision|responses|evidence|options|measures|changes)\b",
        re.I,
    ),
    # "advanced legislation that would …", "advanced the bill"
    "advance": _lazy(
        r"^\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:legislation|bill|measure|amendments?|proposals?)\b",
        re.I,
    ),
    # "expected to move amendments", "would move to outlaw nudify tools"; "moved to London" is not an act
    "move": _lazy(
        r"^\s+(?:an?\s+|the\s+|its\s+|their\s+|government\s+)?(?:[\w-]+\s+){0,2}?(?:amendments?|motion|bill|writ)\b"
        r"|^\s+(?:quickly\s+|swiftly\s+)?to\s+(?:ban|block|outlaw|criminalise|criminalize|restrict|fine|suspend|regulate"
        r"|legislate|close|strip|force|compel|sanction)\b",
        re.I,
    ),
    # "was liaising with X to obtain data"
    "liaise": _lazy(r"^\s+(?:closely\s+)?with\b", re.I),
    # "would raise the issue with her counterpart", "had raised the matter with the minister"; "raised concerns" or
    # "raised money" is no act
    "raise": _lazy(r"^\s+(?:the\s+)?(?:issue|matter|case)\s+(?:directly\s+|formally\s+|again\s+)?with\b", re.I),
    # "would work closely with Ofcom", "was working with law enforcement"; "works at the BBC" is biography
    "work": _lazy(
        r"^\s+(?:closely\s+|together\s+)?(?:with|alongside)\s+(?:the\s+)?(?:(?-i:[A-Z])|law\s+enforcement|police"
        r"|regulators?|authorities|prosecutors|investigators|government|commission|ministers)"
        # "officials were working on changes to the Harmful Digital Communications Act"
        r"|^\s+on\s+(?:\S+\s+){0,2}?(?:changes|amendments?|legislation|a\s+bill|new\s+rules|proposals|regulations)\b",
        re.I,
    ),
    # "which is running its own investigation"
    "run": _lazy(
        r"^\s+(?:its|their|the|an?|his|her)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:investigation|inquiry|probe|review"
        r"|consultation)\b",
        re.I,
    ),
    "push": _lazy(r"^\s+(?:for|ahead)\b|^\s+(?:\w+\s+){1,4}?to\s+\w", re.I),
    "press": _lazy(r"^\s+(?:for|ahead)\b|^\s+(?:\w+\s+){1,4}?(?:to|over|on)\s+\w", re.I),
    "write": _lazy(r"^\s+to\b", re.I),
    # a court or regulator throwing out a case; "dismissed the claims as nonsense" is an opinion
    "dismiss": _lazy(
        r"^\s+(?:\S+\s+){0,5}?(?:case|cases|lawsuit|suit|claims?|petition|appeal|charges?|complaints?|motion|challenge"
        r"|proceedings|(?:judicial\s+)?review|application)\b(?!\s+(?:as|that)\b)",
        re.I,
    ),
    # "released draft legislation", "released its findings"; "released a song", "released the hostages" are not
    "release": _lazy(
        r"^\s+(?:\S+\s+){0,3}?(?:legislation|bill|report|findings|guidance|decision|rules|code|proposals|framework"
        r"|amendments?|regulations|consultation)\b",
        re.I,
    ),
    # "will reach a provisional decision"; "reached 10 million users" is not an act
    "reach": _lazy(
        r"^\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:\S+\s+){0,2}?(?:decision|view|conclusion|verdict|findings?|ruling"
        r"|agreement|settlement|determination)\b",
        re.I,
    ),
    # "will contest the provisional findings"; "contested the election" is politics, not a response to enforcement
    "contest": _lazy(
        r"^[\s”\"’']+(?:the\s+|its\s+|any\s+|a\s+|an\s+)?(?:\S+\s+){0,3}?(?:findings?|decision|fine|ruling|order|orders"
        r"|charges?|case|notice|penalty|ban)\b",
        re.I,
    ),
    # "submitted its reply", "submitted evidence to the committee"; "submitted to pressure" is not an act
    "submit": _lazy(
        r"^\s+(?:an?\s+|the\s+|its\s+|their\s+|his\s+|her\s+)?(?:\S+\s+){0,2}?(?:reply|response|evidence|representations"
        r"|report|documents|complaint|petition|bill|amendments?|plan|proposals?|submissions?|information|data|answers"
        r"|statement)\b",
        re.I,
    ),
    # "has briefed officials in three countries"; briefing reporters is press handling
    "brief": _lazy(
        r"^\s+(?:\S+\s+){0,2}?(?:officials|ministers|MPs|MEPs|lawmakers|legislators|senators|regulators|staff|police"
        r"|investigators|the\s+(?:committee|regulator|minister|government|commission))\b",
        re.I,
    ),
    # "prepared to increase the maximum penalties"
    "increase": _lazy(
        r"^\s+(?:the\s+|its\s+)?(?:\S+\s+){0,2}?(?:penalties|fines?|powers|sanctions|enforcement|funding|budget)\b",
        re.I,
    ),
    # "later dropped its case", "dropped the charges"; "dropped 5%" and "dropped the feature" are not enforcement
    "drop": _lazy(
        r"^\s+(?:its\s+|the\s+|their\s+|his\s+|her\s+|a\s+)?(?:\S+\s+){0,2}?(?:case|cases|charges?|investigation|inquiry"
        r"|probe|proceedings|lawsuit|suit|claims?|appeal|prosecution|complaint)\b",
        re.I,
    ),
    # "expanded its investigation", "expanded the restrictions"; "expanding its data centre" is business
    "expand": _lazy(
        r"^\s+(?:its\s+|the\s+|their\s+|his\s+|her\s+|an?\s+)?(?:\S+\s+){0,2}?(?:investigation|inquiry|probe|proceedings"
        r"|case|ban|restrictions?|rules|powers|scope|block|requirements|enforcement|measures|geoblock\w*|lawsuit|suit"
        r"|complaint|demands?|list|order|law)\b|^\s+(?:to\s+cover|its\s+\w+\s+to)\b",
        re.I,
    ),
    # "is due to appear before the committee" (a plan: past forms are dropped); "appears to be" is not an act
    "appear": _lazy(
        r"^\s+(?:\S+\s+){0,2}?before\s+(?:the\s+|a\s+|an\s+)?(?:\S+\s+){0,4}?(?:committee|court|judge|parliament"
        r"|congress|senate|inquiry|MPs|peers|lawmakers|tribunal|panel|hearing|Parliament|Congress|Senate|Dáil|Oireachtas)\b",
        re.I,
    ),
    # "exploring a group claim", "exploring legal options"; "explores themes of …" is a review
    "explore": _lazy(
        r"^\s+(?:\S+\s+){0,3}?(?:claims?|action|options|measures|ban|lawsuit|case|proceedings|legislation|steps"
        r"|sanctions|fines?|whether)\b",
        re.I,
    ),
    "make": _lazy(
        r"^\s+[“\"‘']?(?:urgent\s+|formal\s+)?(?:contact|it\s+(?:a|an)\b|(?:\S+\s+){1,3}?(?:illegal|unlawful)\b"
        r"|an?\s+(?:\w+\s+)?(?:statement|"
        r"decision|ruling|referral|complaint)|an\s+order|changes|representations|(?:\S+\s+){0,2}?(?:executives|staff|"
        r"officials|representatives|engineers)\s+available|(?:\S+\s+){0,2}?available\s+to\b|(?=[^.;]{0,100}?\b(?:offence|crime)\b)(?:\S+\s+){0,10}?(?:a|an)\s+(?:\w+\s+)?"
        r"(?:offence|crime)\b)",
        re.I,
    ),
    "take": _lazy(
        r"^\s+(?:(?:urgent|swift|immediate|formal|legal|enforcement|further|additional|tough|decisive|\w+ly)\s+)*"
        r"(?:action|steps|measures|"
        r"down|the\s+decision|a\s+decision|(?:\w+\s+)?decisions|evidence\s+from|\w+\s+to\s+court)",
        re.I,
    ),
    "hold": _lazy(
        r"^\s+(?:urgent\s+)?(?:talks|an?\s+(?:[\w-]+\s+){0,3}?(?:hearing|meeting|session|vote|roundtable|round\s+table)"
        r"|an\s+inquiry)",
        re.I,
    ),
    "turn": _lazy(r"^\s+off\b|^\s+\w+(?:\s+\w+)?\s+off\b", re.I),
    "switch": _lazy(r"^\s+off\b|^\s+\w+(?:\s+\w+)?\s+off\b", re.I),
    "roll": _lazy(r"^\s+out\b|^\s+back\b", re.I),
    # "hand down", "hand over data", "hand details of users … to law enforcement"
    "hand": _lazy(
        r"^\s+(?:down|over)\b|^\s+(?:\S+\s+){1,8}?(?:over\s+)?to\s+(?:the\s+)?(?:police|law\s+enforcement|authorities"
        r"|prosecutors|investigators|regulators?|courts?|(?-i:[A-Z][\w'’-]+))\b",
        re.I,
    ),
    "carry": _lazy(r"^\s+out\b", re.I),
    "hit": _lazy(
        r"^\s+(?:\S+\s+){1,3}?with\s+(?:an?\s+)?(?:\S+\s+){0,3}?(?:fines?|penalt|ban|sanction|order|notice)", re.I
    ),
    # "set out its plans" ("set out to learn" is an intention), "set up a dedicated team"
    "set": _lazy(
        r"^\s+out\b(?!\s+to\b)|^\s+up\s+(?:an?\s+|the\s+|its\s+)?(?:\S+\s+){0,2}?(?:team|unit|task\s*force"
        r"|helpline|inquiry|panel|portal|working\s+group|hotline)\b",
        re.I,
    ),
    "look": _lazy(r"^\s+(?:closely\s+|again\s+|carefully\s+)?(?:at|into)\b", re.I),
    "give": _lazy(
        r"^\s+(?!no\b)(?:an?\s+)?(?:\w+\s+)?(?:update|evidence|details|assurances|undertakings)\b"
        r"|^\s+(?:\S+\s+){1,4}?(?:\w+|\d+)\s+(?:days?|weeks?|hours?|months?)\s+to\s+\w"  # "gave X five days to stop"
        r"|^\s+(?:\S+\s+){1,4}?until\s+\S+(?:\s+\S+)?\s+to\s+\w",  # "has given the company until Friday to respond"
        re.I,
    ),
    "accept": _lazy(r"^\s+(?:\w+\s+)?(?:commitments|undertakings|the\s+(?:findings|recommendations))\b", re.I),
    "back": _lazy(
        r"^\s+(?:the\s+|a\s+|an\s+|her\s+|his\s+|their\s+)?(?:government\s+|new\s+|proposed\s+|outright\s+)*(?:amendments?|bill|ban|calls"
        r"|proposals|legislation|offence|measures|plans?|change|changes|law|motion|move|version)\b"
        r"|^\s+(?:the\s+government|ministers)\s+on\b|^\s+(?:the\s+|its\s+)?(?:commissioner|regulator|watchdog)\b"
        r"|^\s+\w+ing\s+(?:the|a|an)\s+(?:bill|amendments?|legislation|motion|ban)\b",
        re.I,
    ),
    "respond": _lazy(
        r"^\s+(?:formally|in\s+full|to\s+(?:the|both|its|their)\s+(?:\w+\s+)?(?:petitions?|findings|consultation"
        r"|report|notice|letter|request|senators|committee|questions|concerns)"
        # "will respond to eSafety within the required timeframe", "respond to the ICO in full": to a named body
        r"|to\s+(?:the\s+)?(?-i:[a-z]?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|na|de|of|for|and)){0,4})"
        r"\s+(?:in\s+full|within|by)\b)",
        re.I,
    ),
    # "referred the matter to Arcom" is an act; "referred queries to a statement" is press handling
    "refer": _lazy(
        r"^\s+(?!to\b|(?:\w+\s+)?(?:queries|questions|inquiries|enquiries|requests|reporters|journalists|comments?)\b)",
        re.I,
    ),
    # "joined a multistate lawsuit", "joined calls for …": taking part in an action, not joining a platform
    "join": _lazy(
        r"^\s+(?:an?\s+|the\s+|other\s+)?(?:[\w-]+\s+){0,2}?(?:letter|lawsuit|suit|investigation|inquiry|probe|complaint"
        r"|coalition|legal\s+action|case|calls?|demands?|boycott|challenge)\b",
        re.I,
    ),
    "apply": _lazy(
        r"^\s+to\s+(?:the\s+|a\s+)?(?:[A-Z][\w']*\s+){0,3}(?:[Cc]ourts?|[Tt]ribunal|judge)\b|^\s+for\s+(?:an?\s+)?"
        r"(?:injunction|judicial\s+review|order)",
    ),
    # "lifted its temporary block", "restored access": undoing a measure is an act too
    # "told X and xAI to suspend the generation of such images": an order
    "tell": _lazy(
        r"^\s+(?:\S+\s+){1,4}?to\s+(?:suspend|stop|remove|take|delete|block|ban|halt|disable|restrict|comply|hand"
        r"|provide|explain|report|fix|change|end|withdraw|pull|cease)\b",
        re.I,
    ),
    "fix": _lazy(
        r"^\s+(?:the|a|an|this|that)\s+(?:[\w-]+\s+)?(?:problem|issue|flaw|bug|loophole|vulnerability|fault)\b"
        r"|^\s+(?:them|it)\b",  # "We have made mistakes, and we have fixed them."
        re.I,
    ),
    "lift": _lazy(
        r"^\s+(?:its|the|a|an|their)\s+(?:[\w-]+\s+){0,2}?(?:block|ban|restrictions?|suspension|sanctions|order|measures?)\b",
        re.I,
    ),
    "restore": _lazy(r"^\s+(?:\w+\s+)?(?:access|the\s+(?:service|feature|app|chatbot|tool)|Grok|X)\b", re.I),
    "lay": _lazy(
        r"^\s+(?:the\s+|a\s+|an\s+|new\s+|its\s+)*(?:[\w-]+\s+){0,2}?(?:order|orders|regulations|bill|legislation"
        r"|instrument|amendments?|motion|report|guidance|code)\b",
        re.I,
    ),
    "appoint": _lazy(
        r"^\s+(?:a|an|the|its|new)\s+(?:[\w-]+\s+){0,3}?(?:contact|representative|officer|head|lead|monitor|administrator"
        r"|director|team|inquiry|panel|investigator|judge|envoy|commissioner|regulator)\b",
        re.I,
    ),
    "cooperate": _lazy(r"^\s+(?:fully\s+)?(?:with\b|in\s+(?:the|any)\b)", re.I),
    "co-operate": _lazy(r"^\s+(?:fully\s+)?(?:with\b|in\s+(?:the|any)\b)", re.I),
    "defend": _lazy(
        r"^\s+(?:the|its|their|this|our)\s+(?:[\w-]+\s+)?(?:claim|case|decision|challenge|lawsuit|action|appeal|law|ban"
        r"|order|rules|position|investigation)\b|^[”\"’']?\s+itself\b",  # "would “defend itself vigorously”"
        re.I,
    ),
    "provide": _lazy(
        r"^\s+(?:\S+\s+){0,3}?(?:information|data|details|documents|evidence|answers|access|assurances|undertakings"
        r"|records)\b",
        re.I,
    ),
    "share": _lazy(
        r"^\s+(?:(?:its|their|the)\s+)?(?:\w+\s+)?(?:data|findings|evidence|report|research|information)\b", re.I
    ),
    # "Malaysia followed a day later", "followed on Jan. 11": doing the same as the country just named
    "follow": _lazy(
        r"^\s+(?:it|suit|the\s+(?:example|decision|lead|committee)\b|(?:a|one|two|three|several|\d+)\s+days?\s+later"
        r"|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
        r"|the\s+(?:next|following)\s+day|shortly\s+after|soon\s+after)",
        re.I,
    ),
    "build": _lazy(
        r"^\s+(?:in\s+)?(?:new\s+|additional\s+|extra\s+|stronger\s+|more\s+)*(?:safeguards|protections|guardrails"
        r"|filters|restrictions|checks|controls)\b",
        re.I,
    ),
    "support": _lazy(
        r"^\s+(?:the\s+|a\s+|an\s+|its\s+|her\s+|his\s+|their\s+)?(?:government\s+|new\s+|proposed\s+|outright\s+)*(?:amendments?|bill|ban"
        r"|calls|proposals|legislation|offence|measures|plans?|change|changes|law|motion|move|version)\b"
        # "would support “reasonable federal standards”", "which is supporting the case"
        r"|^\s+[“\"‘']?(?:\w+\s+){0,2}?(?:federal\s+|national\s+|common\s+)?standards\b|^\s+the\s+case\b"
        r"|^\s+(?:the\s+government|ministers)\s+on\b|^\s+(?:the\s+|its\s+)?(?:commissioner|regulator|watchdog)\b"
        r"|^\s+\w+ing\s+(?:the|a|an)\s+(?:bill|amendments?|legislation|motion|ban)\b",
        re.I,
    ),
    "use": _lazy(
        r"^\s+(?:the|its|their|our|every|all|new|existing|emergency)\s+(?:\S+\s+){0,5}?(?:powers?|tools?|Bill|Act|law|"
        r"legislation|rules|measures|options|levers?|procedure)\b"
        # "where our powers apply, we will not hesitate to use them": the powers named just before
        r"|^\s+(?:them|it)(?=[,.;:!?]?[”\"’']|[.!?]?$)"
    ),
    "stop": _lazy(r"^\s+(?:posting|using|accepting|advertising|the|its|X|Grok)\b", re.I),
    "report": _lazy(
        r"^\s+(?:\S+\s+){1,4}?to\s+(?:the\s+)?(?:police|prosecutors|(?-i:[A-Z][\w'’-]+)|the\s+regulator)\b", re.I
    ),
    "find": _lazy(r"^\s+that\s+(?:\S+\s+){1,8}?(?:breach|fail|violat|broke|infring)", re.I),
    # "expected the FTC to “enforce it to the letter”", "expected “full compliance” from every platform"
    "expect": _lazy(r"^\s+(?!to\b)(?:\S+\s+){1,4}?to\s+[“\"‘']?\w|^\s+[“\"‘']?(?:full\s+)?compliance\b", re.I),
    "conduct": _lazy(r"^\s+(?:an?|its|the)\s+(?:\w+\s+){0,2}(?:investigation|inquiry|review|assessment|probe)", re.I),
    # "drafting the heads of a Bill", "is drafting rules that would …"
    "draft": _lazy(
        r"^\s+(?:\S+\s+){0,4}?(?:bill|law|legislation|amendments?|rules|guidance|regulations|code|offence)\b", re.I
    ),
    "pause": _lazy(r"^\s+(?:the|its|a|an|X|Grok)\b", re.I),
    "halt": _lazy(r"^\s+(?:the|its|a|an|X|Grok)\b", re.I),
    "pull": _lazy(r"^\s+(?:the|its|X|Grok|out|back)\b", re.I),
    # "preparing ever since" says nothing; "prepared legislation", "preparing to act" do
    "prepare": _lazy(
        r"^\s+(?:to\s|an?\s|the\s|its\s|their\s|new\s|draft\s|legal\s|(?:\w+\s+)?(?:legislation|bills?|laws?|rules"
        r"|regulations|proceedings|case|charges)\b|for\s+(?:a|an|the)\s+(?:\w+\s+)?(?:vote|ban|legislation|challenge|case"
        r"|appeal|hearing|fight))",
        re.I,
    ),
    "rule": _lazy(r"^\s+(?:that|out|against|in\s+favour|on)\b", re.I),
    # "served X with demands", "had served notices on X Corp" (a formal act); "served the community" is not
    "serve": _lazy(
        r"^\s+(?:\S+\s+){0,4}?(?:notices?|orders?|summons(?:es)?|papers|writs?|demands?|subpoenas?)\b"
        r"|^\s+(?:on|with)\s+(?:\S+\s+){0,3}?(?:notices?|orders?|demands?|X|xAI)\b",
        re.I,
    ),
    # a court's ruling: "allowed claims of negligence … to go forward", "allowed the appeal"; "allowed users to
    # generate images" is what a product does
    "allow": _lazy(
        r"^(?=[^.;]{0,200}?\bto\s+(?:go\s+forward|proceed|go\s+ahead)\b)\s+(?:\S+\s+){0,20}?to\s+(?:go\s+forward|proceed"
        r"|go\s+ahead)\b|^\s+(?:the\s+|its\s+|an\s+)?appeal\b",
        re.I,
    ),
    # "has circulated a draft decision to the other authorities"
    "circulate": _lazy(r"^\s+(?:an?\s+|the\s+|its\s+)?(?:\S+\s+){0,2}?(?:draft|decision|proposal|report)\b", re.I),
    # "reserved its verdict on the appeal": a court's step ("reserved a table" is not)
    "reserve": _lazy(r"^\s+(?:its\s+|the\s+|their\s+)?(?:verdict|judgment|judgement|decision|order|ruling)\b", re.I),
    # "want X to act", or "want interim measures now": wanting an act is calling for it
    "want": _lazy(
        r"^\s+(?!to\b)(?:\S+\s+){1,5}?to\s+\w|^\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:measures|action|ban|sanctions"
        r"|investigation|inquiry|answers|fines?|enforcement|legislation|law)\b",
        re.I,
    ),
    "grant": _lazy(r"^\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:injunction|order|application|appeal|approval|licen[cs]e)"),
    "ask": _lazy(r"^\s+(?!why|whether|if|how|what|when|who|Grok|the chatbot|it\b)(?:\S+\s+){0,6}?(?:to\s+\w|for\b)"),
    # "warned against a regulatory pile-on that could …" is an opinion, not a threat
    "warn": _lazy(
        r"^(?!\s+(?:in\s+a\s+\w+\s+|on\s+\w+\s+)?against\b)\s+(?:\S+\s+){0,14}?(?:could|would|may|might|will|faces?|risks?|of\s+(?:\w+\s+)?(?:fines|action|"
        r"consequences|sanctions|penalties|enforcement))\b|^\s+(?:X|xAI|the\s+company|the\s+platform|platforms|"
        r"companies|firms|Musk)\b",
        re.I,
    ),
    "urge": _lazy(r"^\s+\S", re.I),
    # "began enforcing the Act", "started an inquiry"; "started writing about it", "started visiting schools" are a
    # person's story, not an act of enforcement
    "start": _lazy(_START),
    "begin": _lazy(_START),
    "meet": _lazy(
        r"^\s+(?:with\s+)?(?:\S+\s+){0,2}?(?:X|xAI|representatives|executives|officials|Musk|ministers|MPs|regulators"
        r"|staff|peers|senators|lawmakers)\b",
        re.I,
    ),
    "close": _lazy(r"^\s+(?:the|a|its|X|loopholes?|gaps?)\b", re.I),
    "go": _lazy(r"^\s+(?:further\b|to\s+(?:the\s+)?courts?\b)", re.I),
    "return": _lazy(r"^\s+to\s+(?:the\s+)?(?:courts?|committee)\b", re.I),  # "return to court", "… to the committee"
    # "acting on his direction" is obeying, not acting
    "act": _lazy(
        r"^\s+(?:\w+ly\s+)?(?:against|on(?!\s+(?:\w+\s+)?(?:direction|instructions?|orders|advice|behalf|"
        r"information|tips?)\b)|to\s+\w+)\b",
        re.I,
    ),
}


def object_fits(rule: LazyRe, after: str) -> bool:
    """Does the text after a verb meet its object rule, also when the object is quoted ('had taken “immediate
    action”', 'met “senior executives”')?"""
    # every rule is anchored ("^…" in each alternative), so `match` answers as `search` would without trying the
    # other positions of the sentence (tests/summariser/test_action_gates.py checks the anchors)
    if rule.match(after):
        return True
    stripped = after.lstrip()
    return stripped[:1] in _OPENING and rule.match(" " + stripped[1:]) is not None


_OPENING = frozenset("“‘\"'")
