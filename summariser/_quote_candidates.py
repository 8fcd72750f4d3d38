"""Quotation candidates: each quotation span of a document, with a run-on quote over several paragraphs joined."""

from __future__ import annotations

from dataclasses import dataclass

from summariser._text import Document, QuoteSpan


@dataclass(frozen=True, slots=True)
class Candidate:
    """A quotation: where it opens, where it closes (a run-on quote may span paragraphs) and its words."""

    para: int
    span: QuoteSpan
    last_para: int
    last_span: QuoteSpan
    text: str


def candidates(doc: Document) -> list[Candidate]:
    """Every quotation of `doc` in order, a run-on quote over several paragraphs as one."""
    out: list[Candidate] = []
    consumed: set[int] = set()  # paragraphs whose first span continues a run-on quote
    for pi, spans in enumerate(doc.spans):
        for si, span in enumerate(spans):
            if si == 0 and pi in consumed:
                continue
            parts = [_inner(doc.paragraphs[pi], span)]
            last_p, last = pi, span
            # a run-on quote: the paragraph ends unclosed and the next one re-opens with a quotation mark
            while not last.closed and last_p + 1 < len(doc.paragraphs):
                nxt = doc.spans[last_p + 1]
                if not nxt or nxt[0].start != 0 or nxt[0].single != last.single:
                    break
                last_p, last = last_p + 1, nxt[0]
                consumed.add(last_p)
                parts.append(_inner(doc.paragraphs[last_p], last))
            text = " ".join(p for p in parts if p)
            out.append(Candidate(pi, span, last_p, last, text))
    return out


def _inner(para: str, span: QuoteSpan) -> str:
    a, b = span.inner
    return para[a:b].strip().rstrip(",").strip()
