"""Second chances for a story the main relevance rules turned down: references to the subject, and short copy."""

from __future__ import annotations

from summariser._relevance_evidence import LEDE_WEIGHT as _LEDE_WEIGHT
from summariser._relevance_evidence import TITLE_WEIGHT as _TITLE_WEIGHT
from summariser._relevance_evidence import Evidence as _Evidence
from summariser._relevance_evidence import prominent as _subject
from summariser._relevance_evidence import tied as _tied
from summariser._topic import Topic
from summariser._topic_match import Unit, UnitHits
from summariser._topic_medium import as_medium as _as_medium
from summariser._topic_refs import TopicReferences as Refs
from summariser._topic_refs import references_for
from summariser._topic_short import acts_on_owned_platform, as_background, refers_to_kind

_EARLY_UNITS = 3  # sentences from the top in which the subject's name makes a bare description its


def relevant_by_reference(
    units: list[Unit],
    places: list[tuple[float, int]],
    hits: list[UnitHits],
    ev: _Evidence,
    *,
    has_title: bool,
    topic: Topic,
) -> bool:
    """Is the story about the subject once its descriptions and its owner count ("AI chatbot" in a court report's
    headline, "Elon Musk says ..." over a lede about Grok)? Never where a rival could be what they refer to."""
    if not ev.subject_hits:
        return False  # references back to a subject the story never names are too weak (and most pages stop here)
    refs = references_for(topic)
    if refs.names_rival(units):
        return False
    # a regulatory story with a section on the subject: named twice and bound to a full-weight concern ("the
    # regulator said it had formally investigated X"), under a headline or lede that is regulatory itself
    if ev.subject_body_sentences >= 2 and ev.bound >= 1 and ev.strong_title_or_lede:
        return True
    # a bare description ("the chatbot") is the subject's only where the story names the subject early; one named
    # last ("Earlier this year Grok was banned in Turkey") is an aside in a story about some other chatbot
    early = any(hits[i].subjects for i in range(min(len(hits), _EARLY_UNITS + (places[0][1] == -1))))
    # (units, places, hits and levels are one per unit by construction: zips without `strict=`, whose keyword costs
    # ~1.7 K instructions a call)
    levels = [0 if hit.subjects else refs.describes(unit) for unit, hit in zip(units, hits)]  # noqa: B905
    if not _tied(ev):
        # "MPs demand answers from Musk's platform": a description its owner holds is the platform by name
        strong = {paragraph for (_, paragraph), hit in zip(places, hits) if hit.strong}  # noqa: B905
        if not any(level == 2 and place[1] in strong for level, place in zip(levels, places)):  # noqa: B905
            return False
    more = ev.copy()
    # the owner speaks through the platform ("Musk used X to attack ministers"), so his headline counts only over a
    # lede that names the subject by a name that is never a medium (Grok, xAI) with a concern in the same sentence
    lede_ties = any(
        hits[i].concern
        and any(name not in topic.ambiguous and not _as_medium(units[i][1], at) for at, name in hits[i].subject_at)
        for i, (weight, _) in enumerate(places)
        if weight == _LEDE_WEIGHT and hits[i].subjects
    )
    for i, (weight, _) in enumerate(places):
        is_title = weight == _TITLE_WEIGHT
        # the owner stands for the subject in a headline whose lede names the subject with a concern
        if levels[i] < (1 if early else 2) and not (is_title and lede_ties and refs.names_owner(units[i])):
            continue
        if hits[i].subjects:
            continue
        more.subject_hits += weight
        more.subject_title |= is_title
        more.subject_lede |= weight == _LEDE_WEIGHT
        more.subject_body_sentences += not is_title
    return _subject(more, has_title=has_title)


_SHORT_SENTENCES = 5  # a short item: the subject in two of its sentences is as much as three in a long one


def short_copy(
    units: list[Unit],
    places: list[tuple[float, int]],
    hits: list[UnitHits],
    ev: _Evidence,
    named_in: set[int],
    *,
    has_title: bool,
    topic: Topic,
) -> bool:
    """Is short copy about the subject where the rules made for whole articles look for more than it can hold? A
    headline and a sentence or two, or a short article of a few sentences, name the subject once or twice."""
    refs = references_for(topic)
    if not (_tied(ev) or _owned_platform(units, places, hits, refs) or _short_item(units, places, hits, ev, refs)):
        return False
    if _subject(ev, has_title=has_title):
        return True
    # a short article that names the subject in two of its sentences comes back to it as a long one does in three
    if ev.subject_body_sentences >= 2 and ev.sentences <= _SHORT_SENTENCES:
        return True
    # a regulatory headline over a lede sentence that binds the subject, named once, to full-weight regulatory
    # language ("Downing Street frustrated with Ofcom pace" over "... the pace of Ofcom's investigation into X"), but
    # not as background to another story ("The fine comes weeks after the regulator opened an investigation into X"),
    # nor where the owner's politics ("Musk used X to attack ministers") or a rival could be what the story is about
    if not has_title or ev.subject_title or not hits[0].strong:
        return False
    for i, (weight, _) in enumerate(places):
        if weight == 1.0:
            break
        if weight == _LEDE_WEIGHT and i in named_in and hits[i].strong:
            lows = units[i][1]
            first = min(at for at, _ in hits[i].subject_at if not _as_medium(lows, at))
            if not as_background(lows, first) and not refs.names_owner(units[i]):
                return not refs.names_owner(units[0]) and not refs.names_rival(units)
    return False


def _owned_platform(units: list[Unit], places: list[tuple[float, int]], hits: list[UnitHits], refs: Refs) -> bool:
    """The owner answering a regulator that acts on "his platform": "X's owner has mocked Ofcom's investigation into
    his platform" names the platform only in the owner's title, but it is what the act is on."""
    for i, (weight, _) in enumerate(places):
        if weight == 1.0:
            return False  # the title and the lede come first
        hit = hits[i]
        named = hit.subjects and hit.strong and acts_on_owned_platform(units[i][1])
        if named and not refs.names_rival(units[i : i + 1]):
            return True
    return False


def _short_item(
    units: list[Unit], places: list[tuple[float, int]], hits: list[UnitHits], ev: _Evidence, refs: Refs
) -> bool:
    """Is a short item (a headline naming the subject over a few one-sentence paragraphs) one story, so that its
    full-weight regulatory language is about the subject though no paragraph holds both ("Saudi investor calls on X to
    fix Grok" ... "We will apply our laws to every platform," the minister said)?"""
    if not ev.subject_title or not ev.subject_lede or ev.sentences > _SHORT_SENTENCES:
        return False
    # the headline or lede carries a concern of its own (a harm at least), and no rival is named anywhere that the
    # regulatory language could be about: a product item with a stray line on the government stays off-topic
    if not ev.concern_title_or_lede or refs.names_rival(units):
        return False
    # the subject named in the lede as more than a medium: the item is about it, not about where something was posted
    if not any(
        weight == _LEDE_WEIGHT and hits[i].subjects and _named(units[i][1], hits[i])
        for i, (weight, _) in enumerate(places)
    ):
        return False
    # a full-weight concern that is the item's own: not background to it ("Separately, Ofcom fined a broadband firm"),
    # and naming the subject or the kind of thing it is ("apply our laws to every platform", "regulate AI image tools")
    for i, hit in enumerate(hits):
        if hit.strong:
            lows = units[i][1]
            if not as_background(lows, len(lows)) and (hit.subjects or refers_to_kind(lows)):
                return True
    return False


def _named(lows: list[bytes], hit: UnitHits) -> bool:
    return any(not _as_medium(lows, at) for at, _ in hit.subject_at)
