"""Regular expressions compiled on first use, for the action modules' module-level patterns.

The actions stage holds about a hundred and thirty patterns, some of them large tries; compiling them all at import
cost over a tenth of a second, which `import summariser` cannot afford. `LazyRe` keeps the source and compiles on the
first search, so the cost moves to the first article (once per process) and import stays cheap.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator

__all__ = ["LazyRe", "lazy_re"]

_END = sys.maxsize


class LazyRe:
    """The part of `re.Pattern`'s interface the action modules use, compiled on first call."""

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def pattern(self) -> str:
        """The source of the pattern (as `re.Pattern.pattern`)."""
        return self._source

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern, compiled now if this is the first use."""
        return self._compiled or self._compile()

    def _compile(self) -> re.Pattern[str]:
        self._compiled = re.compile(self._source, self._flags)
        return self._compiled

    def search(self, string: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        """As `re.Pattern.search`."""
        c = self._compiled or self._compile()
        return c.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        """As `re.Pattern.match`."""
        c = self._compiled or self._compile()
        return c.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        """As `re.Pattern.fullmatch`."""
        c = self._compiled or self._compile()
        return c.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        """As `re.Pattern.finditer`."""
        c = self._compiled or self._compile()
        return c.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = _END) -> list[str]:
        """As `re.Pattern.findall` (for patterns with at most one group)."""
        c = self._compiled or self._compile()
        return c.findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        """As `re.Pattern.sub`."""
        c = self._compiled or self._compile()
        return c.sub(repl, string, count)


def lazy_re(source: str, flags: int = 0) -> LazyRe:
    """A pattern that compiles itself on first use (a drop-in for a module-level `re.compile`)."""
    return LazyRe(source, flags)
