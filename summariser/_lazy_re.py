"""Regular expressions compiled on first use, for the action modules' module-level patterns.

The actions stage holds about a hundred and thirty patterns, some of them large tries; compiling them all at import
cost over a tenth of a second, which `import summariser` cannot afford. `LazyRe` keeps the source and compiles on the
first search, so the cost moves to the first article (once per process) and import stays cheap.

After the first use the methods (`search`, `match`, …) are the compiled pattern's own bound methods, stored on the
instance: a call then costs no Python frame at all (the actions stage makes a few hundred such calls per article).
A pattern given `first` (the characters its matches start with) searches through `_FirstCharScan` instead.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

__all__ = ["LazyRe", "first_chars", "lazy_re"]

_END = sys.maxsize
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub")


class LazyRe:
    """The part of `re.Pattern`'s interface the action modules use, compiled on first call."""

    __slots__ = ("_compiled", "_first", "_flags", "_source", *_METHODS)

    search: Callable[..., re.Match[str] | None]
    match: Callable[..., re.Match[str] | None]
    fullmatch: Callable[..., re.Match[str] | None]
    finditer: Callable[..., Iterator[re.Match[str]]]
    findall: Callable[..., list[Any]]
    sub: Callable[..., str]

    def __init__(self, source: str, flags: int = 0, first: str | None = None) -> None:
        self._source = source
        self._flags = flags
        self._first = first
        self._compiled: re.Pattern[str] | None = None
        # until the first call each method is a stub that compiles, installs the real methods and delegates
        for name in _METHODS:
            object.__setattr__(self, name, _Stub(self, name))

    @property
    def pattern(self) -> str:
        """The source of the pattern (as `re.Pattern.pattern`)."""
        return self._source

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern, compiled now if this is the first use."""
        return self._compiled or self._compile()

    def _compile(self) -> re.Pattern[str]:
        compiled = self._compiled = re.compile(self._source, self._flags)
        for name in _METHODS:
            object.__setattr__(self, name, getattr(compiled, name))
        if self._first is not None:
            scan = _FirstCharScan(compiled, self._first)
            object.__setattr__(self, "search", scan.search)
            object.__setattr__(self, "finditer", scan.finditer)
        return compiled


class _Stub:
    """A method of a `LazyRe` not yet compiled: the first call compiles and forwards."""

    __slots__ = ("_name", "_owner")

    def __init__(self, owner: LazyRe, name: str) -> None:
        self._owner = owner
        self._name = name

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return getattr(self._owner.compiled, self._name)(*args, **kwargs)


def lazy_re(source: str, flags: int = 0, first: str | None = None) -> LazyRe:
    """A pattern that compiles itself on first use (a drop-in for a module-level `re.compile`).

    `first` (a character-class body, as `first_chars` builds) promises that every match is non-empty and starts with
    one of those characters: `search` and `finditer` then skip to them (see `_FirstCharScan`)."""
    return LazyRe(source, flags, first)


def first_chars(chars: str, *, ignore_case: bool = False) -> str:
    """A character-class body for `lazy_re(first=…)` holding `chars`; with `ignore_case` also every character
    `re.IGNORECASE` lets match one of them (both cases, and "ſ" for "s", the Kelvin sign for "k", "İ ı" for "i")."""
    found = set(chars)
    if ignore_case:
        for ch in chars:
            found |= {ch.lower(), ch.upper(), *_FOLDS.get(ch.lower(), "")}
    return "".join(re.escape(ch) for ch in sorted(found))


# the non-ASCII characters `re.IGNORECASE` matches to an ASCII letter (checked over all of Unicode)
_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


class _FirstCharScan:
    """`search` and `finditer` of a pattern whose matches all start with one of a few characters.

    A pattern that opens with a look-behind or `\\b` gives `re` no first character to skip to, so it tries every
    position of the sentence. The locator opens with the class instead (its first character is consumed, then a
    look-behind steps back one and asks the pattern itself to match from there): `re` then jumps between possible
    starts in C, and the pattern's own `match` at that start gives the very match (groups, span) `search` would.
    """

    __slots__ = ("_locate", "_match")

    def __init__(self, compiled: re.Pattern[str], first: str) -> None:
        # (?-i:…) keeps the class case-sensitive, so `re` can use it to skip (the class already holds both cases)
        # ((?s:.) steps back over any character, a line break too)
        locator = re.compile(f"(?-i:[{first}])(?<=(?=(?:{compiled.pattern}))(?s:.))", compiled.flags)
        self._locate = locator.search
        self._match = compiled.match

    def search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        """As `re.Pattern.search`."""
        found = self._locate(text, pos, endpos)
        return None if found is None else self._match(text, found.start(), endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        """As `re.Pattern.finditer` (matches are never empty, so each search resumes where the last match ended)."""
        out: list[re.Match[str]] = []
        locate, match = self._locate, self._match
        found = locate(text, pos, endpos)
        while found is not None:
            start = found.start()
            m = match(text, start, endpos)
            if m is None:  # pragma: no cover - the locator only stops where the pattern matches
                break
            out.append(m)
            end = m.end()  # (the match starts where the locator stopped)
            found = locate(text, end if end > start else end + 1, endpos)
        return iter(out)
