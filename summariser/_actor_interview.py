"""Question-and-answer interviews: the paragraphs that answer the interviewer's questions, where an unquoted "I" is the
interviewee and "we" their organisation ("We opened the investigation in January").
"""

from __future__ import annotations

from summariser._text import Document

# an interview asks at least this many questions; an article with one rhetorical question is not one
_MIN_QUESTIONS = 3


def answer_sentences(doc: Document) -> frozenset[int]:
    """Indices of the sentences in paragraphs that follow a question paragraph, up to the next question; empty when
    the article is not laid out as questions and answers."""
    last: dict[int, str] = {}
    for sent in doc.sentences:
        last[sent.paragraph] = sent.text
    questions = {p for p, text in last.items() if text.rstrip(" ”’\"'").endswith("?")}
    if len(questions) < _MIN_QUESTIONS:
        return frozenset()
    first = min(questions)
    return frozenset(s.index for s in doc.sentences if s.paragraph > first and s.paragraph not in questions)
