"""More object rules for `_verb_objects._VERB_OBJECT`: what must follow a verb of litigation, letters, help and
testimony for it to be an action ("sought an injunction", "testified against the bill", "is helping the Commission").
Kept apart so each module stays readable; every rule is anchored ("^…"), as `object_fits` expects.
"""

from __future__ import annotations

import re

from summariser._lazy_re import LazyRe, lazy_re
from summariser._trie import words

_ASSIST = (
    r"^\s+(?:the\s+)?(?:(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*))*|police|investigators|prosecutors|regulators"
    r"|authorities|the\s+(?:regulator|commission|inquiry|investigation))(?:\s+(?:with|in|to)\b|[,.]|\s*$)"
)

MORE_OBJECTS: dict[str, LazyRe] = {
    # "X had ignored four takedown requests", "opposed the disclosure order": refusing what an authority asked
    "ignore": lazy_re(
        r"^\s+(?:\S+\s+){0,3}?(?:requests?|notices?|orders?|demands?|deadlines?|warnings?|summons|letters?)\b", re.I
    ),
    "oppose": lazy_re(
        r"^\s+(?:the\s+|a\s+|an\s+|any\s+)?(?:[\w-]+\s+){0,2}?(?:order|application|bill|motion|request|measures?|ban"
        r"|amendments?|injunction)\b",
        re.I,
    ),
    # "she would present a bill making it a crime …", "will present its findings"
    "present": lazy_re(
        r"^\s+(?:\S+\s+){0,2}?(?:bill|legislation|amendments?|findings|report|proposals?|plan|evidence|case"
        r"|draft\s+(?:law|bill|regulation|decree))\b",
        re.I,
    ),
    # "has forwarded 214 complaints to the Commission": passing a case on to another body; "forwarded an email" is not
    "forward": lazy_re(
        r"^\s+(?!(?:an?\s+|the\s+)?(?:e-?mails?|messages?|links?|posts?)\b)[^.;:“”\"]{1,80}?\bto\s+(?:the\s+)?(?-i:[A-Z])"
        r"|^\s+(?:more\s+than\s+|over\s+|about\s+|nearly\s+)?[\d,]+\s+(?:complaints|cases|reports|referrals)\b",
        re.I,
    ),
    # "would step up monitoring", "stepped up its enforcement"; "stepped down" and "stepped in" are other stories
    "step": lazy_re(
        r"^\s+up\s+(?:its\s+|their\s+|the\s+)?(?:\w+\s+){0,2}?(?:monitoring|enforcement|checks|scrutiny"
        r"|pressure|efforts|oversight|inspections|action|investigations?|patrols|supervision)\b",
        re.I,
    ),
    # "would oblige platforms to keep data": an obligation on someone to do something
    "oblige": lazy_re(r"^\s+(?:[\w'’-]+\s+){1,4}?to\s+[a-z]", re.I),
    # "awarded costs against the company": a court's order; "awarded a prize" is not
    "award": lazy_re(r"^\s+(?:\S+\s+){0,2}?(?:costs|damages|compensation)\b", re.I),
    # "would monitor takedowns", "will monitor X's compliance closely"; "monitored the situation" says nothing
    "monitor": lazy_re(r"^\s+(?:\S+\s+){0,2}?(?:takedowns|compliance|removals|implementation|enforcement)\b", re.I),
    # "he would offer amendments on the Senate floor"
    "offer": lazy_re(
        r"^\s+(?:\S+\s+){0,2}?(?:amendments?|a\s+bill|legislation|a\s+motion|undertakings|commitments)\b", re.I
    ),
    # "would not commit to leaving the platform" (a refusal through the negative cue)
    "commit": lazy_re(r"^\s+to\s+\w+ing\b", re.I),
    # "would not pre-empt Ofcom's investigation"
    "pre-empt": lazy_re(r"^\s+\S", re.I),
    "prejudge": lazy_re(r"^\s+\S", re.I),
    # "the government will keep its accounts on X": staying on the platform, which campaigners asked it to leave
    "keep": lazy_re(r"^\s+(?:its|their|his|her)\s+(?:official\s+)?accounts?\b(?!\s+[“\"]?under\b)", re.I),
    # "testified against the bill"; "testified before the committee that …" is speech
    "testify": lazy_re(r"^\s+(?:\w+ly\s+)?(?:against|in\s+(?:favour|favor|support)\s+of)\b", re.I),
    # "classified the images as objectionable": a censor's ruling; "classified networks" is an adjective
    "classify": lazy_re(
        r"^\s+(?:\S+\s+){1,10}?as\s+(?:objectionable|illegal|unlawful|restricted|prohibited|harmful)\b", re.I
    ),
    # "are pursuing xAI under state law", "pursue legal action"; "pursued a career" is biography
    "pursue": lazy_re(
        r"^\s+(?:(?-i:[A-Z])|(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:case|cases|claims?|action|charges"
        r"|investigation|inquiry|prosecution|complaint|lawsuit|company|platform|firm|enforcement)\b)",
        re.I,
    ),
    # "is helping the Commission with the DSA case", "was assisting police"; "helped her family" is no act on the story
    "help": lazy_re(_ASSIST),
    "assist": lazy_re(_ASSIST),
    # "will deliver a petition to Downing Street", "delivered its findings"
    "deliver": lazy_re(
        r"^\s+(?:\S+\s+){0,3}?(?:petition|letter|findings|decision|verdict|ruling|judgment|report|notice|warning)\b",
        re.I,
    ),
    # "sought an injunction", "sought to block": a move; "sought to make her health an issue" is politics
    "seek": lazy_re(
        r"^\s+(?:to\s+(?:ban|block|stop|halt|force|overturn|prevent|restrict|suspend|bar|remove|fine|sue|prosecute"
        r"|challenge|quash|enforce|compel|limit|curb|regulate|criminalise|outlaw|extend|expand|widen|obtain|recover)\b"
        r"|(?:an?\s+|the\s+|further\s+|more\s+|urgent\s+|formal\s+)*(?:[\w-]+\s+){0,2}?(?:injunction|order|ruling|review"
        r"|damages|information|data|answers|assurances|clarification|details|evidence|meeting|talks|views|penalt\w*"
        r"|fines?|ban|suspension|disclosure|documents|records|measures|action|sanctions|powers|compensation"
        r"|redress|approval|permission|leave|extradition|removal|closure|undertakings|commitments)\b)",
        re.I,
    ),
    # denying a request is an act; denying a claim ("denied being unfair", "denies wrongdoing") is not news
    "deny": lazy_re(
        r"^\s+(?:\S+\s+){0,3}?(?:requests?|applications?|appeals?|permission|access|entry|bail|licen[cs]es?|approval"
        r"|motions?|petitions?|bids?|exemptions?|waivers?)\b",
        re.I,
    ),
    # "bring charges", "bring into force", "bring forward legislation"; not "brought his love of show business"
    "bring": lazy_re(
        r"^\s+(?:(?:\S+\s+){0,3}?(?:charges?|cases?|lawsuits?|action|proceedings|claims?|legislation|bills?|laws?|rules"
        r"|bans?|measures|amendments?|regulations|prosecutions?|offences?|proposals)\b|forward|in\b|(?:\S+\s+){0,10}?into\s+force"
        r"|an?\s+end|it\s+to)",
        re.I,
    ),
    "send": lazy_re(
        r"^\s+(?:\S+\s+){0,6}?(?:letters?|notices?|requests?|demands?|warnings?|questions|summons|subpoenas?|"
        r"cease-and-desist|formal|legal|findings|data|evidence|report|dossier)\b",
        re.I,
    ),
    "search": lazy_re(
        r"^\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?(?:offices?|headquarters|premises|homes?|properties|servers)\b",
        re.I,
    ),
    "invite": lazy_re(
        r"^\s+(?:\S+\s+){1,4}?to\s+(?:appear|give\s+evidence|testify|attend|(?:a|an|the|its|their)\s+(?:public\s+)?"
        r"(?:hearing|session|evidence\s+session|meeting))\b",
        re.I,
    ),
    # "resolved on Tuesday to summon the company": a body's decision; "resolved the dispute" says nothing of whom
    "resolve": lazy_re(
        r"^\s+(?:\S+\s+){0,3}?to\s+(?:summon|investigate|ban|block|refer|impose|fine|write|seek|open|launch|hold|call"
        r"|ask|demand|introduce|amend|reject|suspend|sue|pursue|issue|publish|establish|appoint|subpoena|compel|examine"
        r"|review|probe|recommend|censure|sanction)\b",
        re.I,
    ),
}


# Objects the main rules (`_verb_objects`) miss, tried when those fail: the common collocations of court, legislative
# and regulatory news ("granted X's petition for review", "submitted a motion", "would seek the Attorney General's
# advice", "has registered a new code", "backed the French position")
ALSO_OBJECTS: dict[str, LazyRe] = {
    "grant": lazy_re(
        r"^\s+(?:\S+\s+){0,3}?(?:petition|review|permission|leave\s+to\s+appeal|stay|certiorari|bail)\b",
        re.I,
    ),
    "submit": lazy_re(
        r"^\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:\S+\s+){0,2}?(?:motion|resolution|brief|draft\s+decision|decision)\b",
        re.I,
    ),
    "seek": lazy_re(r"^\s+(?:\S+\s+){0,4}?(?:advice|guidance|opinion)\b", re.I),
    "register": lazy_re(
        r"^\s+(?:an?\s+|the\s+|its\s+)?(?:new\s+)?(?:\S+\s+){0,2}?(?:code|codes|standard|standards)\b", re.I
    ),
    "back": lazy_re(r"^\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:position|proposal|resolution|call|request|demand)\b"),
    "join": lazy_re(r"^\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:brief|motion|petition|appeal)\b", re.I),
    # "has offered its staff to help monitor compliance": help lent to another body
    "offer": lazy_re(r"^\s+(?:its\s+|their\s+)?(?:own\s+)?(?:staff|assistance|experts|expertise|resources)\b", re.I),
    # "would not accept written answers": refusing what the company offers
    "accept": lazy_re(r"^\s+(?:\S+\s+){0,2}?(?:answers|assurances|explanations?|excuses|undertaking)\b", re.I),
}


# "… disagreed with the provisional findings and would contest them": an object pronoun for a noun just named
_PRONOUN_OBJECT = lazy_re(r"\s+(?:them|it)\b(?!\s+(?:to|was|is|had|has|would|will)\b)")
_DETERMINER = re.compile(r"\s(?:the|its|their|a|an|any)\s")


def pronoun_object_fits(rule: LazyRe, text: str, start: int, end: int) -> bool:
    """Does the object pronoun after the verb at `start`…`end` stand for a noun phrase earlier in its clause that fits
    the verb's object rule ("said it disagreed with the findings and would contest them": contest the findings)?"""
    if _PRONOUN_OBJECT.match(text, end) is None:  # at the offset: no copy of the sentence's tail
        return False
    left = text[max(0, start - 120) : start]
    cut = max(left.rfind("."), left.rfind(";"), left.rfind("“"), left.rfind('"'))
    left = left[cut + 1 :]
    return any(rule.match(left[m.start() :]) is not None for m in _DETERMINER.finditer(left))


# "commitments it considered sufficient", "requests that it considered contrary to US law": a judgement, no plan
_JUDGED = lazy_re(
    # "requests it considered to threaten free speech": what the thing does in someone's view
    r"^\s+to\s+(?:threaten|violate|breach|infringe|undermine|harm|endanger|pose|amount|constitute)\b"
    r"|^\s+(?:to\s+be\s+)?(?:\w+ly\s+)?(?:sufficient|insufficient|contrary|necessary|unnecessary|appropriate"
    r"|inappropriate|adequate|inadequate|illegal|unlawful|lawful|legal|harmful|acceptable|unacceptable|proportionate"
    r"|disproportionate|excessive|legitimate|relevant|irrelevant|reasonable|unreasonable|serious|safe|unsafe)\b",
    re.I,
)


def judged(base: str, after: str) -> bool:
    """Is "considered" followed by the judgement it makes ("considered sufficient"), not by what is weighed?"""
    return base == "consider" and _JUDGED.match(after) is not None


# formal acts named by a participle after their object: "blocking orders issued by the ministry", "the fine imposed by
# the Commission"; everyday verbs ("shared by users", "made by") and ones that mostly describe ("results published by
# the company", "signed by the president" of a law already in force, "enforced by the FTC") are left out
REDUCED = frozenset(
    words(
        "issue file impose open launch bring pass approve adopt order introduce table lodge send block ban restrict "
        "suspend grant levy designate refer draft dismiss uphold overturn register sign"
    )
)
# that participle's agent: right after it, or after a short time ("an investigation opened in January by the KNPA")
BY_SOON = lazy_re(r"\s+(?:(?:in|on|last|earlier\s+this)\s+(?:[\w-]+\s+){1,2}?)?by\s+(?:the\s+)?(?=[A-Z])")


def reduced_by(base: str, text: str, start: int, end: int) -> bool:
    """Is the past form at `start`…`end` a participle with its agent after it ("proceedings brought by the DPC"), not
    a passive with its auxiliary ("are being drafted by …", which keeps its own object rule)?"""
    if base not in REDUCED or BY_SOON.match(text, end) is None:
        return False
    before = text[max(0, start - 12) : start].split()
    return not before or before[-1].lower() not in _AUXILIARIES


_AUXILIARIES = frozenset(("being", "been", "be", "is", "are", "was", "were", "has", "have", "had"))


def also_fits(base: str, after: str) -> bool:
    """Does the text after a verb meet one of the objects `ALSO_OBJECTS` adds for it?"""
    return base in ALSO_OBJECTS and ALSO_OBJECTS[base].match(after) is not None
