"""Reshaping one name or span that `_actor_spans.find_spans` found: a possessive or a trailing verb cut off, a court
of appeals carried over its circuit, "X of the Y" read as the person, "Wildberger's ministry" as the minister's.
"""

from __future__ import annotations

from summariser._action_patterns import VERB_FORMS
from summariser._actor_patterns import _TITLE_TOKENS, ActorSpan
from summariser._givennames import gender_of_first_name
from summariser._lazy_re import lazy_re

# "Judge Amara K. Whitfield of the …", "Johnny Ryan of the …": a titled or given-named person before "of"
_PERSON_OF = lazy_re(r"(?P<person>(?P<first>[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){1,4})\s+of\s")


def _person_of(name: str, known_end: int | None) -> str | None:
    """The person a generic organisation span opens with ("Judge A. B. Whitfield of the … Court"), else None;
    `known_end` is the length of a person the names module found at the span's start, if any."""
    m = _PERSON_OF.match(name)
    if m is None:
        return None
    first = m.group("first")
    if first in _TITLE_TOKENS or gender_of_first_name(first) is not None or known_end == m.end("person"):
        return m.group("person")
    return None


_CIRCUIT = lazy_re(r"\s+for\s+the\s+(?:[A-Z][\w-]*\s+){1,2}Circuit\b")


def _with_circuit(span: ActorSpan, text: str) -> ActorSpan:
    """A court of appeals span carried over the circuit that names it."""
    if span.kind != "org" or not (span.canonical or "").endswith("Court of Appeals"):
        return span
    m = _CIRCUIT.match(text, span.end)
    if m is None:
        return span
    return span._replace(end=m.end(), text=text[span.start : m.end()], canonical=f"{span.canonical}{m.group(0)}")


# a person's department: "Wildberger's ministry", "Mehl's department"
_HOLDERS_DEPT = lazy_re(r"([A-Z][\w'’-]+)['’]s\s+(?:ministry|department)")


def _holders_dept(span: ActorSpan) -> ActorSpan:
    """ "Wildberger's ministry said": the minister's department, resolved through them (ref "mdept:Wildberger")."""
    held = _HOLDERS_DEPT.fullmatch(span.canonical) if span.kind == "org" and span.canonical else None
    return span if held is None else span._replace(canonical=None, kind="ref", ref="mdept:" + held.group(1))


def _verb_trimmed(end: int, name: str, canonical: str) -> tuple[int, str, str]:
    """An organisation name never ends in a lower-case verb: "Coimisiún na Meán sent X …" read as one name loses
    the "sent" (a name index may run on past a lower-case particle such as "na")."""
    head, _, last = name.rpartition(" ")
    if not last.islower() or last not in VERB_FORMS or not canonical.endswith(" " + last):
        return end, name, canonical
    return end - len(last) - 1, head, canonical[: -len(last) - 1]


def _unpossessed(name: str, end: int) -> tuple[str, int]:
    """ "Julie Inman Grant's" (office) is Julie Inman Grant: the possessive is not part of the name."""
    if name.endswith(("'s", "’s")):
        return name[:-2], end - 2
    return name, end
