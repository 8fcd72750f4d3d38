"""feedtext: cheap HTML-to-text for feed fields."""

from __future__ import annotations

import re

from bot.core.feedtext import html_to_text, truncate


def test_plain_text_whitespace_is_collapsed_as_the_regex_would() -> None:
    # the no-markup shortcut splits on str.isspace, which is exactly what \s matches in str patterns
    spaces = "".join(chr(c) for c in range(0x3001) if chr(c).isspace())
    text = f"  Ofcom{spaces}opens\u00a0an inquiry\n\tinto X  "
    assert html_to_text(text) == re.sub(r"\s+", " ", text).strip() == "Ofcom opens an inquiry into X"
    assert html_to_text(text, keep_paragraphs=True) == "Ofcom opens an inquiry into X"


def test_markup_and_entities() -> None:
    assert html_to_text("<p>One &amp; two</p><p>three</p>", keep_paragraphs=True) == "One & two\nthree"
    assert html_to_text("&lt;b&gt; stays <b>text</b>") == "<b> stays text"


def test_truncate_at_a_word() -> None:
    assert truncate("a" * 10, 20) == "a" * 10
    assert truncate("the regulator said on Tuesday that it would act", 20) == "the regulator said…"
