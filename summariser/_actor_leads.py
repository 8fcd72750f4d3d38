"""Actors a sentence describes rather than names: bodies introduced by what they are ("advocacy group OpenMedia",
"Netsafe, the agency that …"), documents whose issuer acts, and leads the article names elsewhere ("A federal judge",
"officers", "the Legislature"); `_actor_spans.find_spans` adds them to its spans, `_actors` resolves the references.
"""

from __future__ import annotations

from summariser._actor_bodies import (
    _DEFINED_BODY,
    _DESCRIBED_BODY,
    _NOT_BODY_NAMES,
    _may_define_a_body,
    _may_name_a_body,
)
from summariser._actor_documents import DOCUMENT_SUBJECT
from summariser._actor_patterns import _ALIASES, _PLACES, ActorSpan
from summariser._lazy_re import lazy_re


def described_and_lead_spans(text: str) -> list[ActorSpan]:
    """The described bodies, document subjects and later-named leads of sentence `text`, in `find_spans`' order."""
    found: list[ActorSpan] = []
    for m in _A_COMMITTEE.finditer(text) if "ommittee" in text else ():  # named further on: resolved forwards
        found.append(ActorSpan(m.start(), m.end(), m.group(0), None, "ref", "committee"))
    for m in _DESCRIBED_BODY.finditer(text) if _may_name_a_body(text) else ():
        name = m.group("name")  # "advocacy group OpenMedia", "the trade body techUK": the name after its kind
        if name not in _PLACES and name.split()[0] not in _NOT_BODY_NAMES:
            found.append(ActorSpan(m.start("name"), m.end("name"), name, _ALIASES.get(name, name), "org"))
    for m in _DEFINED_BODY.finditer(text) if _may_define_a_body(text) else ():
        name = m.group("name")  # "Netsafe, the agency that handles complaints, said …": a body the sentence defines
        if name not in _PLACES and name.split()[0] not in _NOT_BODY_NAMES:
            found.append(ActorSpan(m.start("name"), m.end("name"), name, _ALIASES.get(name, name), "org"))
    doc = DOCUMENT_SUBJECT.match(text) if text[:1] in "TI" else None
    if doc is not None:  # "The notice, issued last week, gave X 24 hours": its issuer acts (`_actor_documents`)
        found.append(ActorSpan(0, doc.end(), doc.group(0), None, "ref", "doc:" + doc.group("noun")))
    for m in _OFFICERS.finditer(text) if "fficers" in text or "etectives" in text or "nvestigators" in text else ():
        if _OFFICERS_AFTER.search(text, max(0, m.start() - 12), m.start()):  # "said officers had …": the force's
            found.append(ActorSpan(m.start(), m.end(), m.group(0), None, "ref", "police"))
    for m in _THE_LEGISLATURE.finditer(text) if "Legislature" in text else ():  # the state's, resolved later
        found.append(ActorSpan(m.start(), m.end(), m.group(0), None, "ref", "legislature"))
    for m in _A_JUDGE.finditer(text) if "judge" in text else ():  # "A federal judge on Tuesday refused …": named later
        found.append(ActorSpan(m.start(), m.end(), m.group(0), None, "ref", "judge"))
    for m in _A_COURT.finditer(text) if "court" in text else ():  # "A Berlin court has ordered …": named next
        found.append(ActorSpan(m.start(), m.end(), m.group(0), None, "ref", "acourt"))
    for m in _A_BENCH.finditer(text) if "Bench" in text else ():  # the court's bench, with the judges on it
        found.append(ActorSpan(m.start(), m.end(), m.group(0), None, "ref", "court"))
    return found


# "A Senate committee has recommended …", "a cross-party committee of MPs said": a lead that names the committee later
_A_COMMITTEE = lazy_re(
    r"(?<![\w'’-])[Aa]n?\s+(?:(?:[A-Z][\w-]*|cross-party|parliamentary|congressional|legislative|select|powerful)\s+){0,5}"
    r"(?:sub)?committee(?:\s+of\s+(?:MPs|peers|senators|lawmakers|MEPs|legislators))?(?![\w-])"
)


# "officers had made 23 arrests", "Detectives have charged …": the police force the story names
_OFFICERS = lazy_re(r"(?<![\w'’-])(?:[Pp]olice\s+)?(?:[Oo]fficers|[Dd]etectives|[Ii]nvestigators)\b")
_OFFICERS_AFTER = lazy_re(r"(?:^|\b(?:said|says|that|and|when)\s+|,\s+)$")
# "In May the Legislature amended the law": a US state's legislature, named by the state the story is about
_THE_LEGISLATURE = lazy_re(r"(?<![\w'’-])[Tt]he\s+Legislature\b")


# a court story's lead: the judge is named in the next sentences ("U.S. District Judge Karen Halvorsen wrote …")
# "A Division Bench comprising Chief Justice Vibhu Bakhru and Justice C.M. Poonacha also directed …": one span, so
# the judges it lists are not the verb's subject (Indian copy); the court is the one the article names
_A_BENCH = lazy_re(
    r"(?<![\w'’-])[Aa]\s+(?:Division|Full|Constitution|[a-z]+-judge)\s+Bench"
    r"(?:\s+(?:comprising|of|headed\s+by|led\s+by)(?:\s+(?:[A-Z][\w.'’-]*|and))*)?"
)
# "A Berlin court", "A criminal court in Ankara", "A Turkish court" opening a story: the court the next sentences name
_A_COURT = lazy_re(
    r"(?<![\w'’-])A\s+(?:(?:[A-Z][\w-]+|criminal|federal|regional|district|state|local|provincial|administrative)\s+)"
    r"{1,2}court(?:\s+in\s+[A-Z][\w-]+)?(?![\w-])"
)
_A_JUDGE = lazy_re(r"(?<![\w'’-])A\s+(?:(?:federal|district|state|county|U\.S\.|senior|appeals)\s+){0,2}judge(?![\w-])")
