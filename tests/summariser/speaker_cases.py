"""The shared runner of the speaker-cause test files: named sentence cases, each with the speakers of its quotes."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from summariser._quotes import extract_quotes
from summariser._text import split_document

Case = tuple[str, str, list[str | None]]


def speaker_tests(cases: Sequence[Case], *, min_traps: int) -> tuple[Callable[..., None], Callable[[], None]]:
    """`test_speaker` (one test per case: the speakers of its quotes, in order) and `test_each_mechanism_has_traps`
    (case names unique, at least `min_traps` traps where the speaker must stay None)."""

    @pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=n) for n, t, e in cases])
    def test_speaker(text: str, expected: list[str | None]) -> None:
        assert [q.speaker for q in extract_quotes(split_document(text))] == expected

    def test_each_mechanism_has_traps() -> None:
        names = [name for name, _, _ in cases]
        assert len(set(names)) == len(names)
        assert sum(name.startswith("trap_") for name in names) >= min_traps

    return test_speaker, test_each_mechanism_has_traps
