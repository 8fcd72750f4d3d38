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
            text = parts[0] if len(parts) == 1 else " ".join(p for p in parts if p)
            out.append(_candidate(pi, span, last_p, last, text))
    return out


# A frozen dataclass's __init__ sets each field through object.__setattr__; the slot descriptors set them directly,
# at half the cost (the same object, still frozen; as `_quote_spans` builds its spans)
_NEW = object.__new__
_SETTERS = tuple(Candidate.__dict__[name].__set__ for name in ("para", "span", "last_para", "last_span", "text"))


def _candidate(para: int, span: QuoteSpan, last_para: int, last_span: QuoteSpan, text: str) -> Candidate:
    cand: Candidate = _NEW(Candidate)
    set_para, set_span, set_last_para, set_last_span, set_text = _SETTERS
    set_para(cand, para)
    set_span(cand, span)
    set_last_para(cand, last_para)
    set_last_span(cand, last_span)
    set_text(cand, text)
    return cand


def _inner(para: str, span: QuoteSpan) -> str:
    a, b = span.inner
    return para[a:b].strip().rstrip(",").strip()
