"""Question-and-answer interviews: the paragraphs that answer the interviewer's questions, where an unquoted "I" is the
interviewee and "we" their organisation ("We opened the investigation in January"); and opinion pieces, whose
author's note ("Jane Doe is a professor of law at …") says whose unquoted "Parliament should …" it is.
"""

from __future__ import annotations

from summariser._lazy_re import lazy_re
from summariser._text import Document

# an interview asks at least this many questions; an article with one rhetorical question is not one
_MIN_QUESTIONS = 3


# "KH: What sanctions are possible?" / "Park: Corrective orders …": a transcript's speaker labels
_LABEL = lazy_re(r"([A-Z][\w.]*(?:\s[A-Z][\w.-]*){0,2}):\s")


def answer_sentences(doc: Document) -> frozenset[int]:
    """Indices of the sentences in paragraphs that follow a question paragraph, up to the next question; empty when
    the article is not laid out as questions and answers. In a labelled transcript the answers are the paragraphs
    of the label that never asks (the first answer may follow a question that runs on in its own paragraph)."""
    last: dict[int, str] = {}
    first_text: dict[int, str] = {}
    for sent in doc.sentences:
        last[sent.paragraph] = sent.text
        first_text.setdefault(sent.paragraph, sent.text)
    questions = {p for p, text in last.items() if text.rstrip(" ”’\"'").endswith("?")}
    if len(questions) < _MIN_QUESTIONS:
        return frozenset()
    labels = {p: m.group(1) for p, text in first_text.items() if text[:1].isupper() and (m := _LABEL.match(text))}
    asking = {labels[p] for p in questions if p in labels}
    answering = [p for p, label in labels.items() if label not in asking]
    if asking and len(answering) >= _MIN_QUESTIONS:
        return frozenset(s.index for s in doc.sentences if s.paragraph in answering)
    first = min(questions)
    return frozenset(s.index for s in doc.sentences if s.paragraph > first and s.paragraph not in questions)


# the author's note of an opinion piece, a paragraph of its own at the top or the bottom
_AUTHOR_NOTE = lazy_re(
    r"(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s+is\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:professor|lecturer|columnist|fellow|researcher|writer|author|editor|lawyer|barrister|analyst|scholar)\b"
)


def opinion_author(doc: Document) -> str | None:
    """The writer of an opinion piece, named in an author's note that is the first or last paragraph on its own
    ("Aurélie Tremblay is a professor of law at …"); None for any other article."""
    if not doc.sentences:
        return None
    first, last = doc.sentences[0], doc.sentences[-1]
    for sent in (first, last):
        alone = sum(1 for s in doc.sentences if s.paragraph == sent.paragraph) == 1
        m = _AUTHOR_NOTE.match(sent.text) if alone and " is " in sent.text else None
        if m is not None:
            return m.group("name")
    return None
