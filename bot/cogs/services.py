"""What the cogs are given: the core services, built by the composition root (bot.app), never at import time."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import Settings
from bot.core.alert_subscriptions import AlertService
from bot.core.alerting import AlertDispatcher
from bot.core.digest_service import DigestService
from bot.core.fetch import FeedFetcher
from bot.core.guild_feeds import GuildFeedService
from bot.core.polling import Poller
from bot.core.ports import Clock
from bot.models import FeedSpec
from bot.store.discord_repo import DiscordRepo
from bot.store.stories import StoryStore
from summariser import Topic


@dataclass
class BotServices:
    """Every service a command or job may call; cogs reach it as `bot.services`."""

    settings: Settings
    engine: AsyncEngine
    clock: Clock
    topic: Topic
    feeds: Sequence[FeedSpec]  # operator feeds (feeds.yaml, trusted)
    stories: StoryStore
    repo: DiscordRepo
    poller: Poller  # operator feeds
    guarded_poller: Poller  # guild feeds: every fetch through the network guard
    guarded_fetcher: FeedFetcher  # /summarise
    digests: DigestService
    alerts: AlertService
    dispatcher: AlertDispatcher
    guild_feeds: GuildFeedService
    closers: list[Callable[[], Awaitable[object]]] = field(default_factory=list)
