"""Discord's documented payload limits, checked the way the real API would (400 Invalid Form Body, code 50035).

The fake Discord refuses any message, followup, interaction callback or autocomplete answer that breaks them, and
records why, so a test sees both the bot's reaction to a 400 and the reason. Sources: API reference "Embed Limits",
"Create Message" (content ≤ 2,000, ≤ 10 embeds), "Application Command Option Choice" (≤ 25, name/value ≤ 100) and
"Allowed Mentions". Lengths are counted in Unicode code points, as Discord does.
"""

from __future__ import annotations

import re
from typing import Any

CONTENT_MAX = 2000
EMBEDS_MAX = 10
EMBED_TOTAL_MAX = 6000
FIELDS_MAX = 25
CHOICES_MAX = 25
CHOICE_MAX = 100
EMBED_PARTS = {"title": 256, "description": 4096}


def embed_violations(embeds: list[dict[str, Any]], where: str) -> list[str]:
    """Every limit the embeds of one message break (empty when they are fine)."""
    problems: list[str] = []
    if len(embeds) > EMBEDS_MAX:
        problems.append(f"{where}: {len(embeds)} embeds > {EMBEDS_MAX}")
    total = 0
    for n, embed in enumerate(embeds):
        at = f"{where}.embeds[{n}]"
        for key, limit in EMBED_PARTS.items():
            text = embed.get(key) or ""
            total += len(text)
            if len(text) > limit:
                problems.append(f"{at}.{key}: {len(text)} > {limit}")
        fields = embed.get("fields") or []
        if len(fields) > FIELDS_MAX:
            problems.append(f"{at}: {len(fields)} fields > {FIELDS_MAX}")
        for i, f in enumerate(fields):
            name, value = str(f.get("name") or ""), str(f.get("value") or "")
            total += len(name) + len(value)
            if not 1 <= len(name) <= 256 or not 1 <= len(value) <= 1024:
                problems.append(f"{at}.fields[{i}]: name {len(name)} / value {len(value)} chars")
        for key, limit in (("footer", 2048), ("author", 256)):
            text = str((embed.get(key) or {}).get("text" if key == "footer" else "name") or "")
            total += len(text)
            if len(text) > limit:
                problems.append(f"{at}.{key}: {len(text)} > {limit}")
        url = embed.get("url")
        if url and not str(url).lower().startswith(("http://", "https://")):
            problems.append(f"{at}.url: not http(s): {url!r}")
    if total > EMBED_TOTAL_MAX:
        problems.append(f"{where}: embeds total {total} > {EMBED_TOTAL_MAX}")
    return problems


def message_violations(body: dict[str, Any], where: str) -> list[str]:
    """Limits of a message body (Create Message, Execute Webhook, a callback's data, an edit)."""
    problems: list[str] = []
    content = body.get("content")
    if content is not None and len(str(content)) > CONTENT_MAX:
        problems.append(f"{where}.content: {len(str(content))} > {CONTENT_MAX}")
    problems += embed_violations(list(body.get("embeds") or []), where)
    return problems


def new_message_violations(body: dict[str, Any], where: str) -> list[str]:
    """A new message (Create Message, a followup) also needs something to show: Discord answers 50006 otherwise."""
    shown = ("content", "embeds", "components", "sticker_ids", "attachments", "poll")
    empty = [] if any(body.get(k) for k in shown) else [f"{where}: empty message (50006)"]
    return empty + message_violations(body, where)


def choice_violations(data: dict[str, Any], where: str) -> list[str]:
    """Limits of an autocomplete result (callback type 8)."""
    choices = list(data.get("choices") or [])
    problems = [f"{where}: {len(choices)} choices > {CHOICES_MAX}"] if len(choices) > CHOICES_MAX else []
    for i, c in enumerate(choices):
        name, value = str(c.get("name") or ""), c.get("value")
        if not 1 <= len(name.strip()) <= CHOICE_MAX or len(name) > CHOICE_MAX:
            problems.append(f"{where}.choices[{i}].name: {len(name)} chars {name[:40]!r}")
        if isinstance(value, str) and not 1 <= len(value) <= CHOICE_MAX:
            problems.append(f"{where}.choices[{i}].value: {len(value)} chars")
    return problems


def callback_violations(body: dict[str, Any], where: str) -> list[str]:
    """Limits of an interaction callback (4/7 message data, 8 autocomplete choices)."""
    data = body.get("data") or {}
    if body.get("type") == 8:
        return choice_violations(data, where)
    return message_violations(data, where)


def visible_text(body: dict[str, Any]) -> list[str]:
    """Every piece of text a message shows (content, titles, descriptions, fields, footers, authors)."""
    texts = [str(body.get("content") or "")]
    for embed in body.get("embeds") or []:
        texts += [str(embed.get("title") or ""), str(embed.get("description") or "")]
        texts += [f"{f.get('name')} {f.get('value')}" for f in embed.get("fields") or []]
        texts.append(str((embed.get("footer") or {}).get("text") or ""))
        texts.append(str((embed.get("author") or {}).get("name") or ""))
    return texts


_COMMAND_NAME = re.compile(r"^[-_\w]{1,32}$")


def command_violations(commands: list[dict[str, Any]]) -> list[str]:
    """Limits of a global bulk overwrite ("Application Command Object"): ≤ 100 chat commands, lowercase names of
    1-32 characters, descriptions 1-100, ≤ 25 options (required ones first) and ≤ 25 choices per option."""
    problems = [f"commands: {len(commands)} > 100"] if len(commands) > 100 else []

    def check(item: dict[str, Any], where: str) -> None:
        name, description = str(item.get("name") or ""), str(item.get("description") or "")
        if not _COMMAND_NAME.match(name) or name != name.lower():
            problems.append(f"{where}: bad name {name!r}")
        if not 1 <= len(description) <= 100:
            problems.append(f"{where}: description {len(description)} chars")
        options = list(item.get("options") or [])
        if len(options) > 25:
            problems.append(f"{where}: {len(options)} options > 25")
        required = [bool(o.get("required")) for o in options if o.get("type") not in (1, 2)]
        if required != sorted(required, reverse=True):
            problems.append(f"{where}: a required option after an optional one")
        for o in options:
            if len(o.get("choices") or []) > 25:
                problems.append(f"{where}.{o.get('name')}: more than 25 choices")
            check(o, f"{where}.{o.get('name')}")

    for cmd in commands:
        check(cmd, f"/{cmd.get('name')}")
    return problems
