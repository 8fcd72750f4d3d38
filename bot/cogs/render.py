"""Pure rendering: stories, quotes, actions and summaries → Discord embeds within Discord's limits.

Everything from feeds and articles is untrusted: markdown and mention syntax are escaped and only http(s) links
survive. Nothing here talks to Discord; the cogs and the publisher send what these functions return.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import discord

from bot.core.quote_choice import top_quotes
from bot.core.text import MASS_MENTION as MASS_MENTION  # "as": re-exported, the cogs use these through render
from bot.core.text import MENTION_SYNTAX
from bot.core.text import code_span as code_span
from bot.core.text import truncate as truncate
from bot.models import Story

# Discord limits (API reference: "Embed Limits", "Create Message")
CONTENT_MAX = 2000
TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FIELDS_MAX = 25
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FOOTER_MAX = 2048
AUTHOR_MAX = 256
MESSAGE_EMBED_CHARS_MAX = 6000
EMBEDS_MAX = 10

ACCENT = discord.Colour(0x1D9BF0)
STATUS_LABELS = {
    "taken": "taken",
    "announced": "announced",
    "planned": "planned",
    "threatened": "threatened",
    "called_for": "called for",
    "refused": "refused",
}
# Markdown escaping of our own: discord.utils.escape_markdown matches `\[.+\]\(.+\)` greedily and escapes only the
# first character of the match, so with two links in one text everything between them (the second link included)
# stayed live. Here every markdown character outside a bare URL gets its backslash.
_BARE_URL = re.compile(r"https?://[^\s<>]+", re.IGNORECASE)
_INLINE_MARKDOWN = re.compile(r"([\\*_~|`\[\]])")
_LINE_MARKER = re.compile(r"^(\s*)([>#+-])", re.MULTILINE)  # block quote, heading, -# subtext, list item
_LINE_NUMBER = re.compile(r"^(\s*\d+)([.)])", re.MULTILINE)  # numbered list item
_WHITESPACE = re.compile(r"[ \t\r\f\v]+")
# bidi embeddings, overrides and isolates: one left open in a title or quote would flip how the rest of its line shows
# (the speaker after a quote, the next headline), so a feed could make text read as something else
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
# Discord's other angle-bracket markup (message formatting reference): timestamps <t:…>, custom emoji <:name:id> and
# <a:name:id> (any emoji's image, from any server), guild navigation <id:customize>; mentions and slash-command
# mentions are bot.core.text.MENTION_SYNTAX's. A feed that entity-escapes them (&lt;t:…&gt;) gets them past the
# HTML stripping, so they are broken here like mentions
_ANGLE_MARKUP = re.compile(r"<(?=(?:a|t|id)?:)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][”’\"']?(?=\s)")


def escape_markdown(text: str) -> str:
    """Every Discord markdown character made literal (bare http(s) URLs left intact so they still link)."""
    parts: list[str] = []
    start = 0
    for url in _BARE_URL.finditer(text):
        parts += [_INLINE_MARKDOWN.sub(r"\\\1", text[start : url.start()]), url.group(0)]
        start = url.end()
    parts.append(_INLINE_MARKDOWN.sub(r"\\\1", text[start:]))
    escaped = _LINE_MARKER.sub(r"\1\\\2", "".join(parts))
    return _LINE_NUMBER.sub(r"\1\\\2", escaped)


def safe_text(text: str | None, limit: int | None = None) -> str:
    """Untrusted text made inert: bidi controls dropped, markdown escaped, mentions broken with a zero-width space,
    then truncated."""
    if not text:
        return ""
    cleaned = _WHITESPACE.sub(" ", _BIDI_CONTROLS.sub("", text.replace("\u0000", ""))).strip()
    cleaned = escape_markdown(cleaned)
    cleaned = discord.utils.escape_mentions(cleaned)
    cleaned = MASS_MENTION.sub("@\u200b", cleaned)
    cleaned = MENTION_SYNTAX.sub("<\u200b", cleaned)
    cleaned = _ANGLE_MARKUP.sub("<\u200b", cleaned)
    return truncate(cleaned, limit) if limit is not None else cleaned


def safe_url(url: str | None) -> str | None:
    """The URL when it is an absolute http(s) URL without spaces or markdown-breaking characters, else None."""
    if not url or len(url) > 2048 or any(c in url for c in " <>()[]\n\r\t\"'"):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def link(label: str, url: str | None) -> str:
    """A masked link `[label](url)` for safe urls, else just the (already safe) label."""
    good = safe_url(url)
    return f"[{label}]({good})" if good else label


def timestamp(moment: datetime | None, style: str = "R") -> str:
    """Discord's localised timestamp markup (`<t:unix:R>` renders as "3 hours ago")."""
    return f"<t:{int(moment.timestamp())}:{style}>" if moment else "unknown time"


def quote_line(quote: dict[str, Any], limit: int = 300) -> str:
    """“text” — Speaker (role), escaped."""
    text = safe_text(str(quote.get("text") or ""), limit)
    speaker = safe_text(quote.get("speaker") or "unattributed", 100)
    role = quote.get("speaker_role")
    who = f"{speaker}, {safe_text(role, 80)}" if role else speaker
    return f"“{text}” — {who}"


def action_line(action: dict[str, Any], *, with_actor: bool = True) -> str:
    """**Actor** action target — status (when)."""
    status = STATUS_LABELS.get(str(action.get("status")), safe_text(str(action.get("status") or "?")))
    what = " ".join(safe_text(str(action.get(k) or "")) for k in ("action", "target") if action.get(k))
    when = f" ({safe_text(str(action['when']), 60)})" if action.get("when") else ""
    actor = f"**{safe_text(str(action.get('actor') or '?'), 100)}** " if with_actor else ""
    return truncate(f"{actor}{what} — *{status}*{when}", 400)


def footer_text(text: str | None, limit: int) -> str:
    """Text for an embed footer, which Discord shows literally (no markdown, no mentions): one line, capped, and
    not escaped — a backslash there would be printed."""
    return truncate(" ".join((text or "").split()), limit)


def story_source(story: Story) -> str:
    """The publisher (or feed) for a footer."""
    return footer_text(story.publisher or story.feed, 100)


def top_quote(story: Story) -> dict[str, Any] | None:
    best = top_quotes(story.summary.get("quotes") or [], 1)
    return dict(best[0]) if best else None


@dataclass
class EmbedSpec:
    """What one logical card says, before it is split to fit Discord's limits."""

    title: str
    url: str | None = None
    description: str = ""
    fields: list[tuple[str, str]] = field(default_factory=list)
    footer: str = ""
    when: datetime | None = None


def build_embeds(spec: EmbedSpec) -> list[discord.Embed]:
    """One card as one or more embeds: ≤ 25 fields each, every part within its limit (later ones continue)."""
    first = discord.Embed(title=truncate(spec.title, TITLE_MAX) or None, url=safe_url(spec.url), colour=ACCENT)
    if spec.description:
        first.description = truncate(spec.description, DESCRIPTION_MAX)
    embeds = [first]
    current = first
    for name, value in spec.fields:
        if len(current.fields) >= FIELDS_MAX or len(current) + len(name) + len(value) > MESSAGE_EMBED_CHARS_MAX - 400:
            current = discord.Embed(colour=ACCENT)
            embeds.append(current)
        current.add_field(
            name=truncate(name, FIELD_NAME_MAX) or "\u200b",
            value=truncate(value, FIELD_VALUE_MAX) or "\u200b",
            inline=False,
        )
    if spec.footer:
        embeds[-1].set_footer(text=truncate(spec.footer, FOOTER_MAX))
    if spec.when is not None:
        embeds[-1].timestamp = spec.when
    return embeds


def chunk_lines(lines: Iterable[str], limit: int = FIELD_VALUE_MAX) -> list[str]:
    """Join lines into blocks no longer than `limit` (a single overlong line is truncated)."""
    blocks: list[str] = []
    current = ""
    for line in lines:
        line = truncate(line, limit)
        if current and len(current) + 1 + len(line) > limit:
            blocks.append(current)
            current = line
        else:
            current = f"{current}\n{line}" if current else line
    if current:
        blocks.append(current)
    return blocks


def paginate(embeds: Sequence[discord.Embed], *, per_page: int = EMBEDS_MAX) -> list[list[discord.Embed]]:
    """Group embeds into messages: ≤ `per_page` (max 10) embeds and ≤ 6,000 characters each."""
    pages: list[list[discord.Embed]] = []
    page: list[discord.Embed] = []
    size = 0
    for embed in embeds:
        length = len(embed)
        full = len(page) >= min(per_page, EMBEDS_MAX) or size + length > MESSAGE_EMBED_CHARS_MAX
        if page and full:
            pages.append(page)
            page, size = [], 0
        page.append(embed)
        size += length
    if page:
        pages.append(page)
    return pages


def story_card(story: Story, *, points: int = 2) -> list[discord.Embed]:
    """A compact story: linked title, source and time, one or two key points, the top quote."""
    lines = [f"• {safe_text(p, 400)}" for p in (story.summary.get("key_points") or [])[:points]]
    quote = top_quote(story)
    if quote is not None:
        lines.append(f"> {quote_line(quote)}")
    description = "\n".join(lines) or safe_text(story.lede, 500)
    spec = EmbedSpec(safe_text(story.title, TITLE_MAX), story.url, description, footer=story_source(story))
    spec.when = story.published
    return build_embeds(spec)


# a taste of the stored article text under /story; the link is there for the rest
EXCERPT_MAX = 700


def excerpt(text: str, limit: int) -> str:
    """The article's opening paragraphs, made inert, cut at a sentence end (or with an ellipsis) within `limit`."""
    opening = " ".join(p.strip() for p in text.split("\n") if p.strip())[: limit * 2]
    cleaned = safe_text(opening)
    if len(cleaned) <= limit:
        return cleaned
    ends = [m.end() for m in _SENTENCE_END.finditer(cleaned, 0, limit)]
    if ends and ends[-1] >= limit // 2:
        return cleaned[: ends[-1]]
    return truncate(cleaned, limit)


def story_full(story: Story) -> list[discord.Embed]:
    """One story in full: key points, every quote, actions with status/timing, link, other outlets."""
    summary = story.summary
    points = "\n".join(f"• {safe_text(p, 600)}" for p in summary.get("key_points") or [])
    spec = EmbedSpec(safe_text(story.title, TITLE_MAX), story.url, points or safe_text(story.lede, 1500))
    for i, block in enumerate(chunk_lines(quote_line(q, 900) for q in summary.get("quotes") or [])):
        spec.fields.append(("Quotes" if i == 0 else "Quotes (cont.)", block))
    for i, block in enumerate(chunk_lines(action_line(a) for a in summary.get("actions") or [])):
        spec.fields.append(("Actions" if i == 0 else "Actions (cont.)", block))
    if story.text:
        spec.fields.append(("From the article", excerpt(story.text, EXCERPT_MAX)))
    if story.also_covered_by:
        spec.fields.append(("Also covered by", ", ".join(safe_text(s, 100) for s in story.also_covered_by)))
    spec.footer = f"{story_source(story)} · id {story.id}"
    spec.when = story.published
    return build_embeds(spec)


def stories_pages(stories: Sequence[Story], *, per_page: int = 5) -> list[list[discord.Embed]]:
    """Compact cards for a list of stories, paginated."""
    embeds = [e for s in stories for e in story_card(s)]
    return paginate(embeds, per_page=per_page)


def quotes_pages(items: Sequence[tuple[Story, dict[str, Any]]]) -> list[list[discord.Embed]]:
    """Quotes, newest first, each with its speaker and the story it came from; one screenful per page."""
    lines = [f"{quote_line(q, 600)}\n↳ {link(safe_text(s.title, 120), s.url)}" for s, q in items]
    blocks = chunk_lines(lines, 3500)
    embeds = [
        discord.Embed(title="Quotes" if i == 0 else None, description=b, colour=ACCENT) for i, b in enumerate(blocks)
    ]
    return paginate(embeds, per_page=1)


def actions_pages(items: Sequence[tuple[Story, dict[str, Any]]]) -> list[list[discord.Embed]]:
    """The regulatory action timeline grouped by actor: one field per actor, status and date on every line."""
    by_actor: dict[str, list[str]] = {}
    for story, action in items:
        actor = safe_text(str(action.get("actor") or "Unknown"), FIELD_NAME_MAX)
        when = story.published.strftime("%d %b %Y")
        by_actor.setdefault(actor, []).append(
            f"{when} · {action_line(action, with_actor=False)} ({link('source', story.url)})"
        )
    fields = [
        (actor if i == 0 else f"{actor} (cont.)", block)
        for actor, lines in by_actor.items()
        for i, block in enumerate(chunk_lines(lines))
    ]
    embeds: list[discord.Embed] = []
    for start in range(0, len(fields), 8):
        embeds += build_embeds(EmbedSpec("Regulatory actions" if start == 0 else "", fields=fields[start : start + 8]))
    return paginate(embeds, per_page=1)


def summary_embeds(summary: dict[str, Any], url: str) -> list[discord.Embed]:
    """An on-demand article summary (/summarise)."""
    points = "\n".join(f"• {safe_text(p, 600)}" for p in summary.get("key_points") or [])
    spec = EmbedSpec(safe_text(summary.get("title") or url, TITLE_MAX), url, points or "No key points found.")
    for i, block in enumerate(chunk_lines(quote_line(q, 900) for q in summary.get("quotes") or [])):
        spec.fields.append(("Quotes" if i == 0 else "Quotes (cont.)", block))
    for i, block in enumerate(chunk_lines(action_line(a) for a in summary.get("actions") or [])):
        spec.fields.append(("Actions" if i == 0 else "Actions (cont.)", block))
    relevance = summary.get("relevance") or {}
    spec.footer = (
        f"{footer_text(summary.get('source') or urlsplit(url).netloc, 100)} · relevance {relevance.get('score', 0):.2f}"
    )
    return build_embeds(spec)


def plain(text: str) -> str:
    """Our own message text (not feed-derived), cut to the 2,000-character content limit."""
    return truncate(text, CONTENT_MAX)
