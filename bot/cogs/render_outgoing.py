"""Pure rendering of outbox messages (digests, alerts, notices) into Discord message parts.

A digest is ONE message whenever it can be (≤ 10 embeds, ≤ 6,000 characters): a single send is all-or-nothing, so
a retry after a crash never repeats half a digest. What does not fit is counted in a "…and N more" line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import discord

from bot.cogs.render import (
    ACCENT,
    CONTENT_MAX,
    DESCRIPTION_MAX,
    EMBEDS_MAX,
    FOOTER_MAX,
    MASS_MENTION,
    MESSAGE_EMBED_CHARS_MAX,
    TITLE_MAX,
    action_line,
    code_span,
    footer_text,
    link,
    plain,
    quote_line,
    safe_text,
    safe_url,
    timestamp,
    truncate,
)
from bot.core.digests import DigestItem, digest_from_dict, item_from_dict
from bot.core.ports import OutgoingMessage

Rendered = tuple[str, list[discord.Embed]]
_PING_SYNTAX = re.compile(r"<(?=@)")


@dataclass(frozen=True, slots=True)
class Detail:
    """How much of a story an item embed shows (digests shrink their lowest-ranked items to fit one message)."""

    points: int = 2
    point_chars: int = 400
    quote_chars: int = 300
    actions: int = 3
    title_chars: int = TITLE_MAX
    covered: int = 8


FULL = Detail()
# richest first; the last one (headline + source) lets ten stories fit in one message whatever their text
LEVELS = (FULL, Detail(1, 250, 200, 1, TITLE_MAX, 3), Detail(1, 150, 0, 0, 200, 0), Detail(0, 0, 0, 0, 150, 0))


def item_embed(item: DigestItem, detail: Detail = FULL) -> discord.Embed:
    """One digest/alert item: linked headline, key points, strongest quote, actions, other outlets."""
    lines = [f"• {safe_text(p, detail.point_chars)}" for p in item.key_points[: detail.points]]
    if item.quote is not None and detail.quote_chars:
        quote = {"text": item.quote.text, "speaker": item.quote.speaker, "speaker_role": item.quote.speaker_role}
        lines.append(f"> {quote_line(quote, detail.quote_chars)}")
    for action in item.actions[: detail.actions]:
        lines.append(
            action_line(
                {
                    "actor": action.actor,
                    "action": action.action,
                    "target": action.target,
                    "status": action.status,
                    "when": action.when,
                }
            )
        )
    embed = discord.Embed(
        title=safe_text(item.headline, detail.title_chars) or "(untitled)",
        url=safe_url(item.url),
        description=truncate("\n".join(lines), DESCRIPTION_MAX) or None,
        colour=ACCENT,
        timestamp=item.published,
    )
    footer = footer_text(item.source, 100)
    if item.also_covered_by and detail.covered:
        footer += " · also covered by " + ", ".join(footer_text(s, 60) for s in item.also_covered_by[: detail.covered])
    embed.set_footer(text=truncate(footer, FOOTER_MAX))
    return embed


def fit_items(items: Sequence[DigestItem]) -> list[discord.Embed]:
    """One embed per item (≤ 10) within the 6,000-character message total: the lowest-ranked items are shown with
    less detail first, so every story the digest records as shown is actually in the message."""
    variants = [[item_embed(item, detail) for detail in LEVELS] for item in items[:EMBEDS_MAX]]
    level = [0] * len(variants)
    while sum(len(v[n]) for v, n in zip(variants, level, strict=True)) > MESSAGE_EMBED_CHARS_MAX:
        shrinkable = [i for i, n in enumerate(level) if n < len(LEVELS) - 1]
        if not shrinkable:
            break
        level[shrinkable[-1]] += 1
    return [v[n] for v, n in zip(variants, level, strict=True)]


def fit_embeds(embeds: list[discord.Embed]) -> tuple[list[discord.Embed], int]:
    """Drop trailing embeds until ≤ 10 and ≤ 6,000 characters remain; returns (kept, dropped)."""
    kept = list(embeds[:EMBEDS_MAX])
    while kept and sum(len(e) for e in kept) > MESSAGE_EMBED_CHARS_MAX:
        kept.pop()
    return kept, len(embeds) - len(kept)


def digest_message(payload: Mapping[str, Any]) -> Rendered:
    """A digest payload (digest_to_dict) as one message: heading content + one embed per story."""
    digest = digest_from_dict(payload.get("digest") or payload)
    since = _time(digest.window_start)
    if digest.is_empty:
        return plain(f"**grokwatch digest** — quiet window: no new stories about the topic since {since}."), []
    embeds, _ = fit_embeds(fit_items(digest.items))
    dropped = len(digest.items) - len(embeds)  # only past ten stories: fit_items makes ten fit
    count = len(embeds)
    head = f"**grokwatch digest** — {count} stor{'y' if count == 1 else 'ies'} since {since}, most important first."
    more = digest.omitted + dropped
    if more:
        head += f"\n…and {more} more (see `/latest`)."
    return plain(head), embeds


def alert_message(payload: Mapping[str, Any], mention_user_id: int | None) -> Rendered:
    """An alert: the matching story, the subscription's query, and the subscriber's mention in channel alerts."""
    item = item_from_dict(payload.get("story") or payload.get("item") or payload)
    query = payload.get("query")
    text = "**grokwatch alert**"
    if query:
        text += f" for {code_span(str(query), 200)}"
    if mention_user_id is not None:
        text = f"<@{mention_user_id}> {text}"
    return plain(text), [item_embed(item)]


def notice_message(payload: Mapping[str, Any], mention_user_id: int | None = None) -> Rendered:
    """A notice from grokwatch itself (a disabled digest or alert, DMs closed): our template, with any user or
    Discord text in it made inert (channel links `<#id>` stay: they never ping)."""
    text = str(payload.get("text") or payload.get("message") or "grokwatch notice")
    text = discord.utils.escape_mentions(text)
    text = MASS_MENTION.sub("@\u200b", text)
    text = _PING_SYNTAX.sub("<\u200b", text)
    prefix = f"<@{mention_user_id}> " if mention_user_id is not None else ""
    return plain(prefix + truncate(text, 1800)), []


def plain_fallback(message: OutgoingMessage) -> Rendered:
    """A digest or alert as text only (escaped headlines, no embeds): sent when Discord refuses the rich version
    with 400 Invalid Form Body, so a payload Discord dislikes never costs the channel its digest or alert."""
    if message.kind == "digest":
        digest = digest_from_dict(message.payload.get("digest") or message.payload)
        head, _ = digest_message(message.payload)
        lines = _budgeted_lines(digest.items, CONTENT_MAX - 50 - len(head))
    elif message.kind == "alert":
        head, _ = alert_message(message.payload, message.mention_user_id)
        item = item_from_dict(message.payload.get("story") or message.payload.get("item") or message.payload)
        lines = [f"• {link(safe_text(item.headline, 300), item.url)}"]
    else:
        return notice_message(message.payload, message.mention_user_id)
    return plain("\n".join([head, *lines])), []


def _budgeted_lines(items: Sequence[DigestItem], budget: int) -> list[str]:
    """One line per story within `budget` characters: linked while it fits, the bare headline after, and a count
    of what is left rather than a cut (the digest records every story as shown)."""
    lines: list[str] = []
    for n, item in enumerate(items):
        title = safe_text(item.headline, 150)
        rest = len(items) - n - 1
        reserve = len(f"…and {rest} more (see `/latest`).") + 1 if rest else 0
        for line in (f"• {link(title, item.url)}", f"• {title}"):
            if len(line) + 1 + reserve <= budget:
                lines.append(line)
                budget -= len(line) + 1
                break
        else:
            lines.append(f"…and {len(items) - n} more (see `/latest`).")
            break
    return lines


def render_outgoing(message: OutgoingMessage) -> list[Rendered]:
    """The message parts to send for one outbox message."""
    if message.kind == "digest":
        return [digest_message(message.payload)]
    if message.kind == "alert":
        return [alert_message(message.payload, message.mention_user_id)]
    return [notice_message(message.payload, message.mention_user_id)]


def _time(moment: datetime) -> str:
    return timestamp(moment, "f")
