"""The evidence relevance weighs (counts of the subject and the concern by position) and the tests made on it."""

from __future__ import annotations

from dataclasses import dataclass

TITLE_WEIGHT = 3.0
LEDE_WEIGHT = 2.0


@dataclass(slots=True)
class Evidence:
    subject_title: bool = False
    subject_lede: bool = False
    subject_hits: float = 0.0  # sentences with a subject, two at most per sentence, weighted by position
    subject_body_sentences: int = 0
    concern: float = 0.0  # weighted by position and strength
    concern_title_or_lede: float = 0.0
    together: int = 0  # paragraphs (or the title) naming both a subject and a concern
    sentences: int = 0
    title_strong_and_weak: bool = False  # "government … deepfake offence": law meeting the topic's harms
    subject_named_title: bool = False  # the title names the subject as more than a medium
    strong_title_or_lede: bool = False  # the title or lede names a full-weight concern
    title_concern: float = 0.0
    bound: int = 0  # paragraphs (or the title) naming the subject (not as a medium) and a full-weight concern
    named_with_concern: int = 0  # paragraphs naming the subject (not as a medium) and any concern, a harm included
    title_bound: bool = False  # the title is one of the `bound`

    def copy(self) -> Evidence:
        """A copy, field by field in order (`dataclasses.replace` looks the fields up on every call)."""
        return Evidence(
            self.subject_title,
            self.subject_lede,
            self.subject_hits,
            self.subject_body_sentences,
            self.concern,
            self.concern_title_or_lede,
            self.together,
            self.sentences,
            self.title_strong_and_weak,
            self.subject_named_title,
            self.strong_title_or_lede,
            self.title_concern,
            self.bound,
            self.named_with_concern,
            self.title_bound,
        )


def decide(ev: Evidence, *, has_title: bool) -> bool:
    """Relevant: regulatory language, the subject prominent, and the two tied together."""
    return concerned(ev) and prominent(ev, has_title=has_title) and tied(ev)


def concerned(ev: Evidence) -> bool:
    """Enough regulatory language, by position and strength."""
    return ev.concern_title_or_lede >= 1.0 or ev.concern >= 2.0 or bool(ev.concern_title_or_lede and ev.concern >= 1.5)


def prominent(ev: Evidence, *, has_title: bool) -> bool:
    """Is the subject prominent enough to be what the story is about?"""
    # with a title that does not name the subject, the lede must name it twice (X and Grok, or X twice over), or once
    # when the title pairs a law with one of the topic's harms ("Scottish Government to match deepfake offence")
    subject = ev.subject_title or (
        ev.subject_lede and (not has_title or ev.subject_hits >= 4.0 or ev.title_strong_and_weak)
    )
    # a body that keeps coming back to the subject, or ties it to the concern twice, makes it part of the story
    return (
        subject
        or (ev.subject_body_sentences >= 3 and ev.subject_body_sentences >= 0.2 * ev.sentences)
        or (ev.subject_body_sentences >= 2 and ev.together >= 2 and ev.concern_title_or_lede >= 1.0)
    )


def tied(ev: Evidence) -> bool:
    """Is the regulatory language about the subject (not about something it is a medium for)?"""
    # the platform must be what the regulatory language is about: a full-weight concern in a paragraph that names
    # it as more than a medium ("posted on X", "Twitter users", "former Twitter chief executive"), or a headline
    # naming it with a concern of its own ("Indonesia blocks Grok over sexualised images") or over a regulatory lede
    return (
        ev.bound >= 1
        or (ev.subject_named_title and (ev.strong_title_or_lede or ev.title_concern >= 1.0))
        # a campaign "calls on ministers" in the headline and ties the platform to the harm in the body
        or (ev.named_with_concern >= 1 and ev.strong_title_or_lede)
    )
