"""Paragraph and sentence segmentation (placeholder: replaced by the full segmenter)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    paragraph: int
    text: str


@dataclass(frozen=True, slots=True)
class Document:
    text: str
    paragraphs: list[str]
    sentences: list[Sentence]


_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


def split_document(text: str) -> Document:
    """Split text into paragraphs (blank or single newlines) and sentences, indexed in article order."""
    paragraphs = [p.strip() for p in re.split(r"\n+", text) if p.strip()]
    sentences: list[Sentence] = []
    for pi, para in enumerate(paragraphs):
        for chunk in _SPLIT.split(para):
            if chunk.strip():
                sentences.append(Sentence(len(sentences), pi, chunk.strip()))
    return Document(text=text, paragraphs=paragraphs, sentences=sentences)
