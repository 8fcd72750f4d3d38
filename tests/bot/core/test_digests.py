"""The one digest builder: ranking, exclusion of the previous digest, quiet windows, the strongest quote."""

from __future__ import annotations

from datetime import timedelta

from bot.core.digests import (
    build_digest,
    digest_from_dict,
    digest_to_dict,
    digest_to_markdown,
    strongest_quote,
)
from tests.bot.core.fakes_d1 import T0, story

START, END = T0 - timedelta(hours=24), T0


def test_most_important_first_relevance_then_actions_outlets_recency() -> None:
    minor = story("minor", "Commentators debate Grok's future", score=0.3, published=END - timedelta(hours=1))
    fine = story(
        "fine",
        "Ofcom fines X over Grok deepfakes",
        score=0.8,
        published=END - timedelta(hours=20),
        actions=[{"actor": "Ofcom", "action": "fined X", "status": "taken"}],
        also=("BBC News", "The Guardian"),
    )
    talk = story(
        "talk",
        "MPs call for Grok inquiry",
        score=0.8,
        published=END - timedelta(hours=20),
        actions=[{"actor": "MPs", "action": "called for an inquiry", "status": "called_for"}],
    )
    d = build_digest([minor, talk, fine], window_start=START, window_end=END)
    assert [i.story_id for i in d.items] == ["fine", "talk", "minor"]
    assert d.items[0].also_covered_by == ("BBC News", "The Guardian")
    assert d.items[0].actions[0].status == "taken"


def test_recency_breaks_ties() -> None:
    old = story("old", "EU questions xAI", published=END - timedelta(hours=23))
    new = story("new", "EU questions xAI again", published=END - timedelta(hours=1))
    d = build_digest([old, new], window_start=START, window_end=END)
    assert [i.story_id for i in d.items] == ["new", "old"]


def test_previous_digest_stories_and_irrelevant_ones_are_excluded() -> None:
    a, b = story("a", "Grok under scrutiny in Dublin"), story("b", "Ofcom writes to X")
    off = story("off", "Malcolm X biography reviewed", relevant=False)
    d = build_digest([a, b, off], window_start=START, window_end=END, exclude_ids=frozenset({"a"}))
    assert [i.story_id for i in d.items] == ["b"]


def test_max_stories_counts_what_was_left_out() -> None:
    many = [story(f"s{n}", f"Story {n} on Grok regulation", published=END - timedelta(minutes=n)) for n in range(12)]
    d = build_digest(many, window_start=START, window_end=END, max_stories=10)
    assert len(d.items) == 10
    assert d.omitted == 2


def test_quiet_window_is_an_empty_digest_with_a_short_note() -> None:
    d = build_digest([], window_start=START, window_end=END)
    assert d.is_empty
    text = digest_to_markdown(d)
    assert "No new stories" in text
    assert len(text.splitlines()) <= 3


def test_strongest_quote_prefers_attributed_named_complete_longer() -> None:
    quotes = [
        {"text": "unacceptable", "speaker": "Peter Kyle", "partial": True},
        {
            "text": "We are looking very closely at what has happened on the platform.",
            "speaker": None,
            "partial": False,
        },
        {"text": "We expect X to comply in full.", "speaker": "a spokesperson", "partial": False},
        {"text": "We expect X to comply with the law, in full, now.", "speaker": "Melanie Dawes", "partial": False},
    ]
    best = strongest_quote(quotes)
    assert best is not None
    assert best.speaker == "Melanie Dawes"
    assert strongest_quote(quotes[:2]) is not None and strongest_quote(quotes[:2]).speaker == "Peter Kyle"  # type: ignore[union-attr]
    assert strongest_quote([]) is None


def test_item_fields_and_json_round_trip() -> None:
    s = story(
        "r1",
        "Brussels opens DSA proceedings against X",
        key_points=["The Commission opened formal proceedings.", "X has ten days to reply.", "A third point."],
        quotes=[{"text": "The rules apply to everyone.", "speaker": "Henna Virkkunen"}],
        actions=[{"actor": "European Commission", "action": "opened proceedings", "status": "taken", "when": "Monday"}],
    )
    d = build_digest([s], window_start=START, window_end=END)
    item = d.items[0]
    assert item.key_points == ("The Commission opened formal proceedings.", "X has ten days to reply.")
    assert item.url == "https://news.example.com/r1"
    assert item.source == "The Courier"
    assert digest_from_dict(digest_to_dict(d)) == d
    md = digest_to_markdown(d)
    assert "[Brussels opens DSA proceedings against X](https://news.example.com/r1)" in md
    assert "— Henna Virkkunen" in md
    assert "European Commission: opened proceedings (taken, Monday)" in md


def test_only_http_links_survive() -> None:
    s = story("js", "Odd link")
    s = type(s)(**{**{f: getattr(s, f) for f in s.__slots__}, "url": "javascript:alert(1)", "canonical_url": None})
    d = build_digest([s], window_start=START, window_end=END)
    assert d.items[0].url is None


def test_feed_text_cannot_add_markdown_to_a_digest_file() -> None:
    s = story(
        "md",
        "Ofcom acts [click here](https://evil.example) ![pixel](https://evil.example/p.png) <script>x</script>",
        key_points=["# Not a heading\n\n* not a list item, **not bold**, `not code`", "Second point."],
        quotes=[{"text": "We will act | now", "speaker": "_Ofcom_"}],
        actions=[{"actor": "Ofcom", "action": "fined [X](https://evil.example)", "status": "taken"}],
    )
    md = digest_to_markdown(build_digest([s], window_start=START, window_end=END))
    assert "](https://evil.example)" not in md.replace("\\](https://evil.example)", "")
    assert "<script>" not in md and "\\<script\\>" in md
    assert "\\!\\[pixel\\]" in md
    assert "- \\# Not a heading \\* not a list item, \\*\\*not bold\\*\\*, \\`not code\\`" in md
    assert "— \\_Ofcom\\_" in md and "We will act \\| now" in md
    assert "Ofcom: fined \\[X\\](https://evil.example) (taken)" in md
