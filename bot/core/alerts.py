"""The alert query language (pure): words, "quoted phrases", AND / OR / NOT (or -word), parentheses, implicit AND.

Matching is case- and accent-insensitive (bot.core.text.fold: "ecole" matches "École") and whole-word over Unicode
tokens: both the query and the story are tokenised the same way and compared as token sequences, never as a user
regex (no ReDoS). A token is a run of letters/digits that may contain inner hyphens or apostrophes, so `x` matches
"X" and "X's" but not "x-ray" or "SpaceX". Operators are recognised in any case; quote them ("or") to search for the
word itself. Precedence: NOT > AND > OR."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.core.text import fold
from bot.errors import UserInputError
from bot.models import Story

MAX_QUERY_CHARS = 300
MAX_TERMS = 20
MAX_DEPTH = 8

# Letters/digits, optionally joined by single inner hyphens or apostrophes (x-ray, o'brien, don't).
_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*")
_POSSESSIVE = re.compile(r"['’]s$")
_LEX = re.compile(r'\s*(?:(\()|(\))|"([^"]*)("?)|(-?)([^\s()"]+))')


def tokenise(text: str) -> tuple[str, ...]:
    """Folded whole-word tokens of `text` (accents dropped, case folded; possessive 's dropped)."""
    norm = fold(text).replace("_", " ")
    return tuple(_POSSESSIVE.sub("", t) for t in _TOKEN.findall(norm))


@dataclass(frozen=True, slots=True)
class AlertDocument:
    """The tokenised text of a story that alerts are matched against; phrases never span two fields."""

    fields: tuple[tuple[str, ...], ...]
    positions: Mapping[str, tuple[tuple[int, int], ...]] = field(default_factory=dict)

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> AlertDocument:
        """Tokenise each text as its own field and index where every token occurs."""
        fields = tuple(t for t in (tokenise(s) for s in texts if s) if t)
        where: dict[str, list[tuple[int, int]]] = {}
        for f, tokens in enumerate(fields):
            for i, token in enumerate(tokens):
                where.setdefault(token, []).append((f, i))
        return cls(fields, {k: tuple(v) for k, v in where.items()})

    def contains(self, phrase: tuple[str, ...]) -> bool:
        """True when the token sequence occurs inside one field (work bounded by the first token's occurrences)."""
        starts = self.positions.get(phrase[0], ())
        if len(phrase) == 1 or not starts:
            return bool(starts)
        if not all(w in self.positions for w in phrase[1:]):
            return False
        n = len(phrase)
        return any(self.fields[f][i : i + n] == phrase for f, i in starts)


def alert_document(story: Story) -> AlertDocument:
    """Title, key points, quotes, speakers and actors of a story, ready for Query.matches."""
    summary: Mapping[str, Any] = story.summary or {}
    texts: list[str] = [story.title]
    texts += [str(p) for p in summary.get("key_points") or []]
    for q in summary.get("quotes") or []:
        texts += [str(q.get("text") or ""), str(q.get("speaker") or "")]
    for a in summary.get("actions") or []:
        texts.append(str(a.get("actor") or ""))
    return AlertDocument.from_texts(texts)


@dataclass(frozen=True, slots=True)
class Term:
    """A word (one token) or a phrase (several tokens in a row)."""

    tokens: tuple[str, ...]

    def matches(self, doc: AlertDocument) -> bool:
        return doc.contains(self.tokens)

    def __str__(self) -> str:
        return " ".join(self.tokens) if len(self.tokens) == 1 else '"' + " ".join(self.tokens) + '"'


@dataclass(frozen=True, slots=True)
class Not:
    operand: Node

    def matches(self, doc: AlertDocument) -> bool:
        return not self.operand.matches(doc)

    def __str__(self) -> str:
        return f"NOT {_wrap(self.operand)}"


@dataclass(frozen=True, slots=True)
class And:
    operands: tuple[Node, ...]

    def matches(self, doc: AlertDocument) -> bool:
        return all(o.matches(doc) for o in self.operands)

    def __str__(self) -> str:
        return " AND ".join(_wrap(o) for o in self.operands)


@dataclass(frozen=True, slots=True)
class Or:
    operands: tuple[Node, ...]

    def matches(self, doc: AlertDocument) -> bool:
        return any(o.matches(doc) for o in self.operands)

    def __str__(self) -> str:
        return " OR ".join(_wrap(o) for o in self.operands)


Node = Term | Not | And | Or


def _wrap(node: Node) -> str:
    return f"({node})" if isinstance(node, And | Or) else str(node)


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed alert query: `matches(doc)` evaluates it; `str(query)` is its normalised form."""

    root: Node
    source: str
    terms: int

    def matches(self, doc: AlertDocument) -> bool:
        """True when the story's document satisfies the query."""
        return self.root.matches(doc)

    def matches_story(self, story: Story) -> bool:
        """Convenience: tokenise the story and match."""
        return self.matches(alert_document(story))

    def __str__(self) -> str:
        return str(self.root)


# ---- lexer + recursive-descent parser -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Tok:
    kind: str  # "(" ")" "AND" "OR" "NOT" "TERM"
    tokens: tuple[str, ...] = ()


def _lex(text: str) -> list[_Tok]:
    out: list[_Tok] = []
    pos = 0
    while pos < len(text):
        m = _LEX.match(text, pos)
        if m is None or m.end() == pos:
            break
        pos = m.end()
        lpar, rpar, phrase, closing, minus, word = m.groups()
        if lpar:
            out.append(_Tok("("))
        elif rpar:
            out.append(_Tok(")"))
        elif phrase is not None:
            if not closing:
                raise UserInputError('Unclosed quote: every " needs a matching ".')
            out.append(_Tok("TERM", _term_tokens(phrase, shown=f'"{phrase}"')))
        elif word is not None:
            if minus:
                out.append(_Tok("NOT"))
            upper = word.upper()
            if not minus and upper in ("AND", "OR", "NOT"):
                out.append(_Tok(upper))
            else:
                out.append(_Tok("TERM", _term_tokens(word, shown=word)))
    return out


def _term_tokens(text: str, *, shown: str) -> tuple[str, ...]:
    tokens = tokenise(text)
    if not tokens:
        raise UserInputError(f"{shown} has no letters or digits to search for.")
    return tokens


class _Parser:
    def __init__(self, toks: Sequence[_Tok]) -> None:
        self.toks = toks
        self.i = 0
        self.terms = 0

    def peek(self) -> str | None:
        return self.toks[self.i].kind if self.i < len(self.toks) else None

    def take(self) -> _Tok:
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def parse_or(self, depth: int) -> Node:
        parts = [self.parse_and(depth)]
        while self.peek() == "OR":
            self.take()
            parts.append(self.parse_and(depth))
        return parts[0] if len(parts) == 1 else Or(tuple(parts))

    def parse_and(self, depth: int) -> Node:
        parts = [self.parse_unary(depth)]
        while self.peek() in ("AND", "NOT", "TERM", "("):
            if self.peek() == "AND":
                self.take()
            parts.append(self.parse_unary(depth))
        return parts[0] if len(parts) == 1 else And(tuple(parts))

    def parse_unary(self, depth: int) -> Node:
        kind = self.peek()
        if kind == "NOT":
            self.take()
            return Not(self.parse_unary(depth))
        if kind == "(":
            if depth >= MAX_DEPTH:
                raise UserInputError(f"Too many nested parentheses (at most {MAX_DEPTH}).")
            self.take()
            node = self.parse_or(depth + 1)
            if self.peek() != ")":
                raise UserInputError("Unbalanced parentheses: a ( is never closed.")
            self.take()
            return node
        if kind == "TERM":
            self.terms += 1
            if self.terms > MAX_TERMS:
                raise UserInputError(f"Too many terms (at most {MAX_TERMS}).")
            return Term(self.take().tokens)
        if kind is None:
            raise UserInputError("The query ends where a word was expected.")
        if kind == ")":
            raise UserInputError("Unbalanced parentheses: a ) has no matching (.")
        raise UserInputError(f"{kind} needs a word on both sides.")


_EMPTY = AlertDocument.from_texts(())
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})


def parse_query(text: str) -> Query:
    """Parse an alert query; raises UserInputError with a one-line reason for a bad one."""
    # Phones type curly quotes; they mean the same phrase.
    text = text.translate(_QUOTES).strip()
    if not text:
        raise UserInputError("The alert query is empty: give a word, a phrase in quotes, or a combination.")
    if len(text) > MAX_QUERY_CHARS:
        raise UserInputError(f"The alert query is too long ({len(text)} characters; at most {MAX_QUERY_CHARS}).")
    parser = _Parser(_lex(text))
    root = parser.parse_or(0)
    if parser.peek() is not None:
        tok = parser.peek()
        raise UserInputError(
            "Unbalanced parentheses: a ) has no matching (." if tok == ")" else f"Unexpected {tok} in the query."
        )
    query = Query(root, text, parser.terms)
    if query.matches(_EMPTY):
        # e.g. "-grok" or "NOT x": would fire on almost every story.
        raise UserInputError("The query must require at least one word, not only exclude words.")
    return query
