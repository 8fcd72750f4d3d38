"""A quote right after a sentence in which someone only reacts: "Asked about the catch, Swann laughed. '…'".

Feature copy puts the speaker in a sentence of gesture (laughed, smiled, shrugged) and lets the bare quote follow; the
one who made the gesture says it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summariser._lazy_re import lazy_re
from summariser._text import Sentence

if TYPE_CHECKING:
    from summariser._speakers import SpeakerResolver

# the gesture is the sentence's last verb, with at most an adverb or a short "and" after it
_GESTURE = lazy_re(
    r"\s(?:laughed|laughs|smiled|smiles|shrugged|shrugs|sighed|sighs|nodded|nods|grinned|grins|chuckled|chuckles|"
    r"winced|winces|paused|pauses)(?:\s+(?:again|briefly|slightly|ruefully|wryly|softly|loudly|and\s+\w+))?\s*[.:]?$"
)
_GESTURE_WORDS = ("laugh", "smil", "shrug", "sigh", "nod", "grin", "chuckl", "winc", "paus")


def gesture_subject(resolver: SpeakerResolver, sent: Sentence) -> str | None:
    """The person who makes the gesture that ends `sent` ("…, Swann laughed."), when the sentence names no one else
    after them and holds no quotation; else None."""
    text = resolver.masked[sent.paragraph]
    end = sent.start + len(sent.text.rstrip())
    if not any(w in sent.text for w in _GESTURE_WORDS):
        return None
    verb = _GESTURE.search(text, sent.start, end)
    if verb is None:
        return None
    found = resolver._subject_before(sent.paragraph, sent.start, verb.start())
    if found is None or found.speaker is None or not resolver.index.is_person(found.speaker):
        return None
    named = {m.canonical for _, m in resolver.outside.get(sent.index, ()) if m.kind == "person"}
    return found.speaker if named <= {found.speaker} else None
