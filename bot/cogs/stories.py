"""Read-only story commands: /latest, /story, /quotes, /actions, /search, /help.

Every read passes the interaction's guild: a guild sees operator stories plus its own /feeds add feeds' stories,
never another guild's; in DMs (no guild) operator stories only.
"""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogs import render
from bot.cogs.common import defer_public, parse_since, send_pages, services_of
from bot.errors import UserInputError

SINCE_HELP = "How far back: 24h, 3d, 2w or a date like 2026-03-01"
HELP_TEXT = """\
**grokwatch** follows news coverage of how X and Grok are regulated, summarises each story (key points, quotes \
with speakers, regulatory actions) and brings it here.

**Reading**
`/latest [count] [since]` latest relevant stories · `/story <story>` one story in full
`/search <query> [since]` full-text search · `/quotes [who] [since]` who said what
`/actions [actor] [since]` the regulatory timeline by actor · `/summarise <url>` summarise any article

**Digests** (Manage Server to change)
`/digest now` · `/digest schedule <channel> <time> [timezone] [frequency] [weekday]` · `/digest show` · `/digest off`

**Alerts**
`/alerts add <query> [where]` · `/alerts list` · `/alerts remove <alert>` · `/alerts pause`
Queries: words, "quoted phrases", AND / OR / NOT (or -word), parentheses, e.g. `grok AND (fine OR ban) -opinion`.

**Feeds**
`/feeds list` · `/feeds status` · `/feeds add <url> [name]` and `/feeds remove <feed>` (Manage Server)
"""


def choice_name(text: str) -> str:
    """An autocomplete label: one line, 1-100 characters (Discord refuses the whole answer otherwise); "" if blank."""
    return render.truncate(" ".join(text.split()), 100)


def name_choices(names: list[str]) -> list[app_commands.Choice[str]]:
    """Speaker/actor suggestions as choices; blank names dropped (an empty choice name fails the whole list)."""
    return [app_commands.Choice(name=label, value=n[:100]) for n in names if (label := choice_name(n))][:25]


async def story_autocomplete(interaction: discord.Interaction[Any], current: str) -> list[app_commands.Choice[str]]:
    """Stories whose title contains what was typed, newest first."""
    found = await services_of(interaction).stories.suggest_stories(current, limit=25, guild_id=interaction.guild_id)
    return [app_commands.Choice(name=choice_name(title) or sid[:100], value=sid) for sid, title in found]


async def speaker_autocomplete(interaction: discord.Interaction[Any], current: str) -> list[app_commands.Choice[str]]:
    """Quoted speakers containing what was typed."""
    names = await services_of(interaction).stories.suggest_speakers(current, limit=25, guild_id=interaction.guild_id)
    return name_choices(names)


async def actor_autocomplete(interaction: discord.Interaction[Any], current: str) -> list[app_commands.Choice[str]]:
    """Action actors containing what was typed."""
    names = await services_of(interaction).stories.suggest_actors(current, limit=25, guild_id=interaction.guild_id)
    return name_choices(names)


class StoriesCog(commands.Cog):
    """Reading stored coverage."""

    @app_commands.command(name="latest", description="Latest relevant stories: headline, source, key points, quote")
    @app_commands.describe(count="How many stories (1-25, default 5)", since=SINCE_HELP)
    async def latest(
        self, interaction: discord.Interaction[Any], count: app_commands.Range[int, 1, 25] = 5, since: str | None = None
    ) -> None:
        services = services_of(interaction)
        start = parse_since(since, services.clock.now())  # bad input is refused before deferring: privately
        await defer_public(interaction)
        found = await services.stories.latest(count, since=start, guild_id=interaction.guild_id)
        await send_pages(interaction, render.stories_pages(found), empty="No relevant stories yet.")

    @app_commands.command(name="story", description="One story in full: key points, quotes, actions, other outlets")
    @app_commands.describe(story="Start typing a headline")
    @app_commands.autocomplete(story=story_autocomplete)
    async def story(self, interaction: discord.Interaction[Any], story: str) -> None:
        await defer_public(interaction)
        found = await services_of(interaction).stories.get(story.strip(), guild_id=interaction.guild_id)
        if found is None:
            raise UserInputError("No story with that id: pick one from the suggestions as you type.")
        await send_pages(interaction, render.paginate(render.story_full(found)), empty="")

    @app_commands.command(name="quotes", description="Quotes from the coverage, optionally by one speaker")
    @app_commands.describe(who="Part of the speaker's name", since=SINCE_HELP)
    @app_commands.autocomplete(who=speaker_autocomplete)
    async def quotes(
        self, interaction: discord.Interaction[Any], who: str | None = None, since: str | None = None
    ) -> None:
        services = services_of(interaction)
        start = parse_since(since, services.clock.now())
        await defer_public(interaction)
        found = await services.stories.quotes(who=who, since=start, limit=50, guild_id=interaction.guild_id)
        await send_pages(interaction, render.quotes_pages(found), empty="No quotes found.")

    @app_commands.command(name="actions", description="The regulatory action timeline, grouped by actor, with status")
    @app_commands.describe(actor="Part of the actor's name (a regulator, court, government…)", since=SINCE_HELP)
    @app_commands.autocomplete(actor=actor_autocomplete)
    async def actions(
        self, interaction: discord.Interaction[Any], actor: str | None = None, since: str | None = None
    ) -> None:
        services = services_of(interaction)
        start = parse_since(since, services.clock.now())
        await defer_public(interaction)
        found = await services.stories.actions(actor=actor, since=start, limit=100, guild_id=interaction.guild_id)
        await send_pages(interaction, render.actions_pages(found), empty="No regulatory actions found.")

    @app_commands.command(name="search", description="Full-text search over stored stories")
    @app_commands.describe(
        query="Words to look for in titles, key points, quotes, speakers and actors", since=SINCE_HELP
    )
    async def search(self, interaction: discord.Interaction[Any], query: str, since: str | None = None) -> None:
        services = services_of(interaction)
        start = parse_since(since, services.clock.now())
        if not query.strip():
            raise UserInputError("Give some words to search for.")
        await defer_public(interaction)
        found = await services.stories.search(query[:200], since=start, limit=25, guild_id=interaction.guild_id)
        await send_pages(interaction, render.stories_pages(found), empty="Nothing matched that search.")

    @app_commands.command(name="help", description="What grokwatch does and how to use it")
    async def help(self, interaction: discord.Interaction[Any]) -> None:
        await interaction.response.send_message(
            render.plain(HELP_TEXT), ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
        )
