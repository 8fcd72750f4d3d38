"""Bodies the article names that a description or a role points to: "Sweden's privacy regulator" is the Swedish
Authority for Privacy Protection when the article names it, "the commissioner's head of digital affairs" works for
the body named with "Commissioner", "officers" belong to the police force the article names most. Pure functions over
the article's sentences and their actor spans (`_actor_article.ArticleActors` calls them and remembers the answers).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from summariser._actor_governments import nation_in
from summariser._actor_patterns import ActorSpan
from summariser._lazy_re import lazy_re
from summariser._text import Sentence

# the kind words of "Sweden's national privacy regulator": the rest ("privacy") must be in the body's name
_BODY_KIND_WORDS = frozenset(
    (
        *("regulator", "watchdog", "authority", "agency", "commission", "national", "own", "main", "independent"),
        *("state", "top", "highest"),  # "Brazil's top electoral court": "electoral court" must be in the name
    )
)
# a police force's name ("Police Scotland", "Greater Manchester Police", "An Garda Síochána")
_FORCE = lazy_re(r"\b(?:Police|Constabulary|Garda|PSNI|Scotland\s+Yard)\b")

Spans = Callable[[int], list[ActorSpan]]


def named_country_body(
    sentences: Sequence[Sentence], spans: Spans, country: str, body: str, government: str | None
) -> str | None:
    """The organisation named with the words of `body` ("privacy regulator": "privacy") in its name and no other
    country's than `country` (a name with no nation only when the article's government is `country`); else None."""
    # a plural stands for its stem: "telecoms regulator" is the "Institute for … Telecommunications"
    keys = [w[:-1] if w.endswith("s") and len(w) > 5 else w for w in body.split() if w not in _BODY_KIND_WORDS]
    if not keys or not any(keys[0] in sent.text.lower() for sent in sentences):
        return None  # "Malaysia's communications regulator" in an article that never names it: the country
    for j, sent in enumerate(sentences):
        if keys[0] not in sent.text.lower():
            continue
        for span in spans(j):
            name = span.canonical
            if span.kind != "org" or name is None or span.ref.startswith("cbody:"):
                continue
            low = name.lower()
            nation = nation_in(name) if all(k in low for k in keys) else "?"
            if nation == country or (nation is None and government == country):
                return name
    return None


def first_body_named(sentences: Sequence[Sentence], spans: Spans, kind: str) -> str | None:
    """The first organisation named with `kind` in its name ("commissioner": the Federal Data Protection and
    Information Commissioner), lexicon or not."""
    for j in range(len(sentences)):
        for span in spans(j):
            if span.kind == "org" and span.canonical is not None and kind in span.canonical.lower():
                return span.canonical
    return None


def ministry_of_role(sentences: Sequence[Sentence], spans: Spans, role: str) -> str | None:
    """The one ministry the article names whose name holds every word of a minister's portfolio ("digital affairs
    minister" → "Ministry of Communication and Digital Affairs"), else None."""
    words = [w for w in role.lower().replace("-", " ").split() if w not in _ROLE_FILLER]
    if not words or "minister" not in role.lower():
        return None
    found: set[str] = set()
    for j in range(len(sentences)):
        if "inistry" not in sentences[j].text:
            continue
        for span in spans(j):
            name = span.canonical
            if span.kind in ("org", "gov") and name and "Ministry " in name and _holds(name.lower(), words):
                found.add(name)
    return found.pop() if len(found) == 1 else None


_ROLE_FILLER = frozenset(("minister", "the", "of", "for", "and", "deputy", "junior", "state", "federal", "national"))


def _holds(name: str, words: list[str]) -> bool:
    return all(f" {w}" in f" {name}" for w in words)


def police_force(sentences: Sequence[Sentence], spans: Spans) -> str | None:
    """The police force named most often (a tie: the first named), or None."""
    counts: dict[str, int] = {}
    for j, sent in enumerate(sentences):
        if _FORCE.search(sent.text) is None:
            continue
        for span in spans(j):
            if span.kind == "org" and span.canonical is not None and _FORCE.search(span.canonical):
                counts[span.canonical] = counts.get(span.canonical, 0) + 1
    return max(counts, key=lambda name: counts[name]) if counts else None
