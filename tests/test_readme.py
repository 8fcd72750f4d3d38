"""The README's summariser example is the summariser's real output for the text shown beside it."""

from __future__ import annotations

import json
from pathlib import Path

import summariser

README = Path(__file__).resolve().parent.parent / "README.md"
TITLE = "Ofcom opens investigation into X over Grok images"


def _blocks() -> tuple[str, str]:
    text = README.read_text(encoding="utf-8")
    start = text.index("Example — four paragraphs of plain text")
    body_at = text.index("```text\n", start) + len("```text\n")
    body_end = text.index("```", body_at)
    json_at = text.index("```json\n", body_end) + len("```json\n")
    return text[body_at:body_end], text[json_at : text.index("```", json_at)]


def test_the_readme_example_output_is_what_the_summariser_gives() -> None:
    body, shown = _blocks()
    assert summariser.summarise(body, title=TITLE).to_dict() == json.loads(shown)
