"""render.py / render_outgoing.py: escaping, safe links and Discord's limits, without a bot."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import discord
import pytest

from bot.cogs import render
from bot.cogs.render_outgoing import alert_message, digest_message, fit_embeds, notice_message, plain_fallback
from bot.core.digests import build_digest, digest_item, digest_to_dict, item_to_dict
from bot.core.ports import OutgoingMessage
from bot.models import Story

NOW = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)


def story(
    n: int = 1,
    *,
    title: str = "Ofcom opens investigation into X over Grok images",
    quotes: int = 1,
    actions: int = 1,
    points: int = 2,
    url: str | None = "https://news.example/ofcom-x",
) -> Story:
    summary = {
        "key_points": [
            f"Point {i}: the regulator said it would examine the platform's safeguards." for i in range(points)
        ],
        "quotes": [
            {
                "text": f"We will not hesitate to act, statement {i}.",
                "speaker": "Melanie Dawes",
                "speaker_role": "Ofcom chief executive",
                "partial": False,
                "sentence": i,
            }
            for i in range(quotes)
        ],
        "actions": [
            {
                "actor": "Ofcom",
                "action": "opened an investigation",
                "target": "X",
                "status": "taken",
                "when": "4 March",
                "instrument": "Online Safety Act",
                "sentence": i,
            }
            for i in range(actions)
        ],
        "relevance": {"score": 0.9, "relevant": True, "matched": ["grok"]},
    }
    return Story(
        id=f"s{n}",
        feed="wire",
        title=title,
        url=url,
        canonical_url=url,
        guid=None,
        published=NOW - timedelta(hours=n),
        first_seen=NOW,
        lede="The regulator acted on Tuesday.",
        publisher="Wire News",
        relevant=True,
        summary=summary,
        also_covered_by=("Daily Courier",),
    )


def total_chars(embeds: list[discord.Embed]) -> int:
    return sum(len(e) for e in embeds)


@pytest.mark.parametrize(
    ("raw", "forbidden"),
    [
        ("@everyone look", "@everyone"),
        ("ping @HERE now", "(?i)@here"),
        ("hi <@123456789012345678>", "<@1"),
        ("role <@&123456789012345678>", "<@&"),
        ("see <#123456789012345678>", "<#"),
        ("[click me](https://evil.example)", r"(?<!\\)\[click me\]\("),
        ("**bold** claim", r"(?<!\\)\*\*bold"),
    ],
)
def test_safe_text_neutralises_mentions_and_markdown(raw: str, forbidden: str) -> None:
    assert re.search(forbidden, render.safe_text(raw)) is None


def test_safe_text_drops_bidi_controls_that_would_flip_the_rest_of_a_line() -> None:
    # Was: a right-to-left override in a quote made the speaker after it read backwards ("semaD eineleM")
    raw = "We will act\u202e on Grok \u2066isolated\u2069 \u202bembedded\u202c"
    assert render.safe_text(raw) == "We will act on Grok isolated embedded"
    assert render.safe_text("حظر الإعلانات \u200f") == "حظر الإعلانات \u200f"  # Arabic and an RLM mark stay


@pytest.mark.parametrize(
    "markup",
    [
        "<t:1798000000:R>",
        "<t:1798000000>",
        "<:evil:123456789012345678>",
        "<a:spin:123456789012345678>",
        "<id:customize>",
    ],
)
def test_safe_text_breaks_discords_other_angle_bracket_markup(markup: str) -> None:
    # Was: a feed's entity-escaped "&lt;t:…&gt;" or "&lt;:name:id&gt;" reached Discord live: a made-up countdown or
    # any server's custom emoji image inside a headline
    out = render.safe_text(f"Deadline {markup} for X")
    assert markup not in out and out == f"Deadline <\u200b{markup[1:]} for X"
    assert render.safe_text("a < b: fine, 3<4") == "a < b: fine, 3<4"  # a plain "<" is left alone


def test_safe_text_truncates_with_ellipsis() -> None:
    out = render.safe_text("word " * 200, 50)
    assert len(out) <= 50 and out.endswith("…")


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://news.example/a", True),
        ("http://news.example/a?b=1", True),
        ("javascript:alert(1)", False),
        ("data:text/html,hi", False),
        ("ftp://news.example/file", False),
        ("https://news.example/a) [x](https://evil", False),
        ("", False),
        (None, False),
    ],
)
def test_safe_url_only_http(url: str | None, ok: bool) -> None:
    assert (render.safe_url(url) is not None) is ok


def test_story_card_has_link_source_points_and_quote() -> None:
    [embed] = render.story_card(story())
    assert embed.url == "https://news.example/ofcom-x"
    assert embed.footer.text == "Wire News"
    assert "Point 0" in (embed.description or "") and "Melanie Dawes" in (embed.description or "")
    assert "Point 2" not in (embed.description or "")


def test_story_card_drops_non_http_link_and_escapes_title() -> None:
    [embed] = render.story_card(story(title="@everyone **Grok** <@&123456789012345678>", url="javascript:x()"))
    assert embed.url is None
    assert "@everyone" not in (embed.title or "") and "**" not in (embed.title or "")


def test_story_full_respects_field_and_total_limits() -> None:
    big = story(quotes=80, actions=60, points=30)
    embeds = render.story_full(big)
    for embed in embeds:
        assert len(embed.fields) <= render.FIELDS_MAX
        assert len(embed) <= render.MESSAGE_EMBED_CHARS_MAX
        assert all(len(f.value or "") <= render.FIELD_VALUE_MAX for f in embed.fields)
        assert len(embed.description or "") <= render.DESCRIPTION_MAX
    text = " ".join(f.value or "" for e in embeds for f in e.fields)
    assert "statement 79" in text and "Daily Courier" in text
    for page in render.paginate(embeds):
        assert len(page) <= render.EMBEDS_MAX and total_chars(page) <= render.MESSAGE_EMBED_CHARS_MAX


def test_stories_pages_paginate_by_count_and_size() -> None:
    pages = render.stories_pages([story(n) for n in range(12)], per_page=5)
    assert [len(p) for p in pages] == [5, 5, 2]


def test_paginate_splits_on_total_characters() -> None:
    embeds = [discord.Embed(description="x" * 4000) for _ in range(3)]
    assert [len(p) for p in render.paginate(embeds)] == [1, 1, 1]


def test_actions_grouped_by_actor_with_status() -> None:
    other = {
        "actor": "European Commission",
        "action": "requested information",
        "target": "X",
        "status": "called_for",
        "when": None,
    }
    pages = render.actions_pages([(story(1), story(1).summary["actions"][0]), (story(2), other)])
    names = [f.name for p in pages for e in p for f in e.fields]
    values = " ".join(f.value or "" for p in pages for e in p for f in e.fields)
    assert names == ["Ofcom", "European Commission"]
    assert "*taken*" in values and "*called for*" in values


def test_quotes_pages_name_speaker_and_story() -> None:
    s = story()
    pages = render.quotes_pages([(s, s.summary["quotes"][0])])
    text = pages[0][0].description or ""
    assert "Melanie Dawes" in text and "https://news.example/ofcom-x" in text


def test_digest_message_fits_one_message() -> None:
    stories = [story(n, points=2, quotes=1, title=f"Story {n} " + "long headline " * 30) for n in range(10)]
    digest = build_digest(stories, window_start=NOW - timedelta(days=1), window_end=NOW)
    content, embeds = digest_message({"digest": digest_to_dict(digest)})
    assert len(content) <= render.CONTENT_MAX
    assert 1 <= len(embeds) <= render.EMBEDS_MAX
    assert total_chars(embeds) <= render.MESSAGE_EMBED_CHARS_MAX
    assert "grokwatch digest" in content


def test_text_only_digest_accounts_for_every_story_within_one_message() -> None:
    # long headlines and long URLs: the text fallback must not be cut mid-link by the 2,000-character cap while its
    # stories are recorded as shown; what does not fit is linked-less or counted with a pointer to /latest
    stories = [
        story(
            n,
            title=f"Story {n} " + "a long headline about the regulator " * 4,
            url=f"https://news.example/{n}/" + "x" * 110,
        )
        for n in range(10)
    ]
    digest = build_digest(stories, window_start=NOW - timedelta(days=1), window_end=NOW)
    content, embeds = plain_fallback(OutgoingMessage("digest", {"digest": digest_to_dict(digest)}))
    assert embeds == [] and len(content) <= render.CONTENT_MAX and not content.endswith("…")
    bullets = [line for line in content.splitlines() if line.startswith("• ")]
    more = re.search(r"…and (\d+) more \(see `/latest`\)\.$", content)
    assert len(bullets) + (int(more.group(1)) if more else 0) == len(digest.items)
    assert all(line.endswith(")") for line in bullets if "](" in line)  # every link that is shown is whole


def test_quiet_digest_is_a_short_note() -> None:
    digest = build_digest([], window_start=NOW - timedelta(days=1), window_end=NOW)
    content, embeds = digest_message(digest_to_dict(digest))
    assert "quiet" in content and embeds == []


def test_fit_embeds_drops_what_does_not_fit() -> None:
    kept, dropped = fit_embeds([discord.Embed(description="y" * 3001) for _ in range(4)])
    assert len(kept) == 1 and dropped == 3


def test_alert_mentions_only_the_subscriber_and_escapes_the_story() -> None:
    item = item_to_dict(digest_item(story(title="@everyone Grok fined")))
    content, [embed] = alert_message({"story": item, "query": "grok AND fine"}, 42)
    assert content.startswith("<@42> ") and "grok AND fine" in content
    assert "@everyone" not in (embed.title or "")


def test_notice_is_escaped() -> None:
    content, embeds = notice_message({"text": "Digest for <#123456789012345678> off: @here <@&123456789012345678>"}, 7)
    assert "@here" not in content and "<@&" not in content and embeds == []
    assert content.startswith("<@7> ") and "<#123456789012345678>" in content


def test_many_quotes_split_into_pages_within_limits() -> None:
    s = story(quotes=60)
    pages = render.quotes_pages([(s, q) for q in s.summary["quotes"]])
    assert len(pages) > 1
    assert all(len(p) == 1 and len(p[0].description or "") <= render.DESCRIPTION_MAX for p in pages)
    assert "statement 59" in (pages[-1][0].description or "")


def test_story_full_shows_an_inert_excerpt_of_the_article_text() -> None:
    body = "@everyone Ofcom said on Tuesday it had opened a **formal** investigation. " * 10 + "Tail words " * 200
    full = replace(story(), text=body)
    fields = {f.name: f.value or "" for e in render.story_full(full) for f in e.fields}
    shown = fields["From the article"]
    assert len(shown) <= render.EXCERPT_MAX
    assert shown.endswith("investigation.")  # cut at a sentence end, not mid-word
    assert "@everyone" not in shown and "**formal**" not in shown
    assert "From the article" not in {f.name for e in render.story_full(story()) for f in e.fields}


def test_escape_markdown_escapes_every_link_and_keeps_bare_urls() -> None:
    out = render.safe_text("[a](https://x.example) **b** [c](https://y.example) see https://z.example/a_b")
    assert out == r"\[a\](https://x.example) \*\*b\*\* \[c\](https://y.example) see https://z.example/a_b"
    assert render.escape_markdown("# h\n1. n\n-# s") == "\\# h\n1\\. n\n\\-# s"
