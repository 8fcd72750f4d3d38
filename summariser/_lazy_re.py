"""Regular expressions compiled on first use, for the action modules' module-level patterns.

The actions stage holds about a hundred and thirty patterns, some of them large tries; compiling them all at import
cost over a tenth of a second, which `import summariser` cannot afford. `LazyRe` keeps the source and compiles on the
first search, so the cost moves to the first article (once per process) and import stays cheap.

After the first use the methods (`search`, `match`, …) are the compiled pattern's own bound methods, stored on the
instance: a call then costs no Python frame at all (the actions stage makes a few hundred such calls per article).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

__all__ = ["LazyRe", "lazy_re"]

_END = sys.maxsize
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub")


class LazyRe:
    """The part of `re.Pattern`'s interface the action modules use, compiled on first call."""

    __slots__ = ("_compiled", "_flags", "_source", *_METHODS)

    search: Callable[..., re.Match[str] | None]
    match: Callable[..., re.Match[str] | None]
    fullmatch: Callable[..., re.Match[str] | None]
    finditer: Callable[..., Iterator[re.Match[str]]]
    findall: Callable[..., list[Any]]
    sub: Callable[..., str]

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
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
        return compiled


class _Stub:
    """A method of a `LazyRe` not yet compiled: the first call compiles and forwards."""

    __slots__ = ("_name", "_owner")

    def __init__(self, owner: LazyRe, name: str) -> None:
        self._owner = owner
        self._name = name

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return getattr(self._owner.compiled, self._name)(*args, **kwargs)


def lazy_re(source: str, flags: int = 0) -> LazyRe:
    """A pattern that compiles itself on first use (a drop-in for a module-level `re.compile`)."""
    return LazyRe(source, flags)
