"""GrokwatchBot and the Discord composition root: services in, slash commands + scheduled jobs out.

`run_bot(settings)` is what `python -m bot run` calls when DISCORD_TOKEN is set. Tests build the same bot with
`build_services(...)` + `GrokwatchBot(...)` against a fake Discord (DISCORD_API_BASE / DISCORD_GATEWAY_URL).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import secrets
import signal
from collections.abc import Awaitable, Callable
from concurrent.futures import Executor
from dataclasses import dataclass
from typing import Any

import aiohttp
import discord
import yarl
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from discord import app_commands
from discord.ext import commands

from bot.cogs import load_cogs
from bot.cogs.common import answer_expired_buttons, on_tree_error, page_buttons_expired
from bot.cogs.publisher import DiscordPublisher
from bot.cogs.render_outgoing import plain_fallback, render_outgoing
from bot.cogs.services import BotServices
from bot.config import FeedsConfig, Settings, load_feeds_config
from bot.core.alert_subscriptions import AlertService
from bot.core.alerting import AlertDispatcher
from bot.core.delivery import OutboxWorker
from bot.core.digest_service import DigestService
from bot.core.fetch import FeedFetcher, make_client
from bot.core.guard import NetworkGuard
from bot.core.guild_feeds import GuildFeedService
from bot.core.housekeeping import Housekeeping
from bot.core.polling import Poller, PollReport, process_pool
from bot.core.ports import Clock, SystemClock
from bot.scheduling import ExtraJob, build_scheduler
from bot.store.db import open_engine
from bot.store.discord_repo import DiscordRepo
from bot.store.stories import StoryStore
from bot.tasks import TaskTracker, stop_tracked, track_jobs

log = logging.getLogger(__name__)

COMMANDS_HASH_KEY = "discord_commands_hash"
# View Channel, Send Messages, Embed Links, Read Message History (Discord "Permissions" bit values)
INVITE_PERMISSIONS = (1 << 10) | (1 << 11) | (1 << 14) | (1 << 16)


def apply_endpoints(api_base: str | None, gateway_url: str | None) -> None:
    """Point discord.py at a Discord-compatible server; must run before login (a plain Bot never asks for the
    gateway URL, so both are needed)."""
    if api_base:
        discord.http.Route.BASE = api_base.rstrip("/")
    if gateway_url:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)


def command_set_hash(tree: app_commands.CommandTree[Any]) -> str:
    """A stable hash of what a global sync would send: names, descriptions, options, permissions."""
    payload = sorted((cmd.to_dict(tree) for cmd in tree.get_commands()), key=lambda c: str(c.get("name")))
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


def invite_url(application_id: int) -> str:
    """The OAuth2 URL that adds the bot with the scopes and permissions it needs."""
    return (
        "https://discord.com/oauth2/authorize"
        f"?client_id={application_id}&scope=bot+applications.commands&permissions={INVITE_PERMISSIONS}"
    )


@dataclass(frozen=True, slots=True)
class BotOptions:
    """Knobs the composition root sets from Settings (`from_settings`), or a test sets directly."""

    guild_ready_timeout: float = 2.0
    alerts_interval_s: float = 15.0
    digests_interval_s: float = 30.0
    outbox_interval_s: float = 2.0
    guild_feeds_interval_s: float = 300.0
    poll_feeds: bool = True
    owner_ids: frozenset[int] = frozenset()
    outbox_lease_s: float = 120.0
    shutdown_grace_s: float = 5.0
    page_timeout_s: float = 600.0  # page buttons of a long answer (the followup token itself lasts 15 minutes)
    summarise_per_user: int = 5  # /summarise calls a member may start per minute (each fetches a page, costs CPU)
    summarise_parallel: int = 2  # summaries computed at once: each holds a thread of the loop's default executor
    # longest 429 wait inside one request (discord.py's minimum is 30 s): a slow-mode channel can answer hours, and
    # the outbox must move on to other channels instead of sleeping in that send
    max_ratelimit_timeout_s: float = 30.0
    send_timeout_s: float = 60.0  # one outbox message POST, 429 waits included: a hung answer must not hold the rest
    outbox_batch_deadline_s: float = 60.0  # one delivery run starts no post after this; the rest go next run

    @classmethod
    def from_settings(cls, settings: Settings, **overrides: Any) -> BotOptions:
        """The operator's settings (environment, validated by bot.config.Settings); `overrides` for tests."""
        values: dict[str, Any] = {
            "summarise_per_user": settings.summarise_per_user,
            "summarise_parallel": settings.summarise_parallel,
            "max_ratelimit_timeout_s": settings.discord_max_ratelimit_timeout_s,
            "send_timeout_s": settings.discord_send_timeout_s,
            "page_timeout_s": settings.page_timeout_s,
            "outbox_lease_s": settings.outbox_lease_s,
            "outbox_batch_deadline_s": settings.outbox_batch_deadline_s,
        }
        return cls(**{**values, **overrides})


class TrackedTree(app_commands.CommandTree["GrokwatchBot"]):
    """A command tree whose invocations (commands, autocomplete) are tracked, so shutdown waits for them."""

    async def interaction_check(self, interaction: discord.Interaction[GrokwatchBot]) -> bool:
        # discord.py runs each interaction in its own task; once shutting down, new ones are dropped unanswered.
        return self.client.tasks.adopt_current()


class GrokwatchBot(commands.Bot):
    """The bot: holds the services, adds the cogs, syncs commands when they changed, runs the scheduler."""

    def __init__(self, services: BotServices, options: BotOptions | None = None) -> None:
        self.services = services
        self.options = options or BotOptions()
        # every task that may touch the database: scheduler jobs, startup work, events, interactions
        self.tasks = TaskTracker()
        intents = discord.Intents.none()
        intents.guilds = True  # guild/channel cache (system channels, option resolution); nothing privileged
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents,
            help_command=None,
            allowed_mentions=discord.AllowedMentions.none(),
            guild_ready_timeout=self.options.guild_ready_timeout,
            owner_ids=set(self.options.owner_ids) or None,
            tree_cls=TrackedTree,
            max_ratelimit_timeout=self.options.max_ratelimit_timeout_s,
        )
        self.publisher = DiscordPublisher(
            self, render_outgoing, plain_fallback, send_timeout_s=self.options.send_timeout_s
        )
        self.outbox = OutboxWorker(
            services.repo,
            self.publisher,
            services.clock,
            lease_s=self.options.outbox_lease_s,
            finder=self.publisher,
            batch_deadline_s=self.options.outbox_batch_deadline_s,
        )
        self.scheduler: AsyncIOScheduler | None = None
        self.synced_commands = False
        self.boot_id = secrets.token_hex(4)  # tags this run's page buttons (bot.cogs.common.page_buttons_expired)

    async def setup_hook(self) -> None:
        """Add cogs, then (as a tracked task, so a SIGTERM during start is handled) sync commands, requeue
        interrupted sends and start the scheduler."""
        await load_cogs(self)
        self.tree.on_error = on_tree_error  # type: ignore[method-assign]
        startup = self.tasks.spawn(self._startup(), name="grokwatch-startup")
        if startup is None:
            return  # closed before login finished
        await asyncio.wait({startup})  # not `await startup`: a shutdown cancel must not surface as a login error
        if not startup.cancelled():
            startup.result()  # a real failure (database, sync) stops the login

    async def _startup(self) -> None:
        try:
            await self.sync_commands_if_changed()
        except discord.HTTPException as exc:
            # Discord down or the daily command-create limit: the commands of the last sync keep working, and
            # delivery and polling must not wait for them; the hash is not stored, so the next start syncs again
            log.error("could not sync slash commands (%s); carrying on with the commands Discord has", exc)
        await self.outbox.recover()
        scheduler = build_scheduler(
            self.services.poller,
            self.services.feeds if self.options.poll_feeds else (),
            store=self.services.stories,
            extra_jobs=self.extra_jobs(),
            on_report=self.after_poll,
            # no clock: APScheduler runs on real time; the services read the injected clock for their logic
            housekeeping=self.housekeeping(),
        )
        track_jobs(scheduler, self.tasks)  # close() waits for a running job, then cancels and awaits it
        self.scheduler = scheduler
        scheduler.start()

    def housekeeping(self) -> Housekeeping:
        """Pruning of finished outbox rows older than OUTBOX_RETENTION_DAYS (0: none), on the services' clock."""
        s = self.services
        return Housekeeping(s.repo, s.clock, retention_days=s.settings.outbox_retention_days)

    def extra_jobs(self) -> list[ExtraJob]:
        """Alert dispatch, digest ticks, outbox delivery and guild feeds: plain service calls on intervals."""
        o = self.options
        jobs = [
            ExtraJob("alerts", self.services.dispatcher.dispatch, o.alerts_interval_s),
            ExtraJob("digests", self.services.digests.due, o.digests_interval_s),
            ExtraJob("outbox", self.outbox.run_once, o.outbox_interval_s),
        ]
        if o.poll_feeds:
            jobs.append(ExtraJob("guild-feeds", self.poll_guild_feeds, o.guild_feeds_interval_s, jitter_s=5.0))
        return jobs

    async def after_poll(self, report: PollReport) -> None:
        """Match alerts as soon as a poll stored relevant stories (the alerts job is the safety net); a concurrent
        run cannot double-send: the outbox is unique per subscription and story."""
        if report.relevant_stories:
            await self.services.dispatcher.dispatch()

    async def poll_guild_feeds(self) -> int:
        """Poll guilds' extra feeds through the guarded poller, respecting each feed's stored backoff."""
        services = self.services
        polled = 0
        now = services.clock.now()
        for spec in await services.guild_feeds.specs():
            state = await services.stories.feed_state(spec)
            if state.dead or (state.next_attempt is not None and state.next_attempt > now):
                continue
            await self.after_poll(await services.guarded_poller.poll_feed(spec))
            polled += 1
        return polled

    async def sync_commands_if_changed(self, *, force: bool = False) -> bool:
        """Global sync when the command set's hash differs from the one stored in the database."""
        digest = command_set_hash(self.tree)
        stored = await self.services.repo.get_meta(COMMANDS_HASH_KEY)
        if not force and stored == digest:
            log.info("slash commands unchanged (%s); not syncing", digest[:12])
            return False
        synced = await self.tree.sync()
        await self.services.repo.set_meta(COMMANDS_HASH_KEY, digest)
        self.synced_commands = True
        log.info("synced %d slash commands globally (%s)", len(synced), digest[:12])
        return True

    async def on_ready(self) -> None:
        """Log who we are and where to invite the bot (operators copy the URL from the log)."""
        log.info("connected as %s in %d guild(s)", self.user, len(self.guilds))
        if self.application_id is not None:
            log.info("invite URL: %s", invite_url(self.application_id))

    async def on_guild_available(self, guild: discord.Guild) -> None:
        """Remember each guild's system channel: where notices go when a digest or alert is disabled."""
        if self.tasks.adopt_current():  # discord.py runs each event in its own task: track it
            await self._remember_guild(guild)

    async def on_guild_join(self, guild: discord.Guild) -> None:
        if self.tasks.adopt_current():
            await self._remember_guild(guild)

    async def on_interaction(self, interaction: discord.Interaction[GrokwatchBot]) -> None:
        """Answer clicks on page buttons whose view died with an earlier run of the bot."""
        if interaction.type is not discord.InteractionType.component or interaction.data is None:
            return
        custom_id = str(interaction.data.get("custom_id") or "")
        if page_buttons_expired(custom_id, self.boot_id) and self.tasks.adopt_current():
            await answer_expired_buttons(interaction)

    async def on_guild_update(self, _before: discord.Guild, after: discord.Guild) -> None:
        """A new system channel is where the next notice goes (not the one remembered at start)."""
        if self.tasks.adopt_current():
            await self._remember_guild(after)

    async def on_guild_remove(self, guild: discord.Guild) -> None:
        """Kicked or the guild deleted (not an outage: that is on_guild_unavailable): its digests are turned off and
        its channels forgotten, so nothing is owed or retried there."""
        if self.tasks.adopt_current():
            await self.services.digests.forget_guild(guild.id)

    async def _remember_guild(self, guild: discord.Guild) -> None:
        system = guild.system_channel.id if guild.system_channel else None
        await self.services.repo.upsert_guild(guild.id, system_channel_id=system, now=self.services.clock.now())

    async def close(self) -> None:
        """Stop new work, let running jobs finish for a grace period, cancel and await the rest, then disconnect
        and release the database and HTTP clients (nothing may still hold a connection when they close)."""
        # A send cancelled mid-flight stays "sending" in the outbox and is resent with its nonce on the next start.
        await stop_tracked(self.tasks, self.scheduler, grace_s=self.options.shutdown_grace_s)
        await super().close()
        for close in self.services.closers:
            try:
                await close()
            except Exception:  # shutting down: log and keep closing the rest
                log.exception("error while closing %r", close)
        self.services.closers.clear()


async def build_services(
    settings: Settings,
    *,
    clock: Clock | None = None,
    guard: NetworkGuard | None = None,
    parse_executor: Executor | None = None,
    feeds_config: FeedsConfig | None = None,
) -> BotServices:
    """The composition root for the bot's services (tests inject a clock, a guard for loopback, no processes)."""
    clock = clock or SystemClock()
    config = feeds_config or load_feeds_config(settings.feeds_config)
    engine = await open_engine(settings.database_url)
    stories = StoryStore(engine)
    repo = DiscordRepo(engine, stories=stories)
    guard = guard or NetworkGuard()
    client = make_client()
    guarded_client = make_client(transport=guard.transport())
    fetcher = FeedFetcher(client)
    guarded_fetcher = FeedFetcher(guarded_client, guard=guard)
    poller = Poller(fetcher, stories, clock=clock, topic=config.topic, parse_executor=parse_executor)
    guarded_poller = Poller(
        guarded_fetcher, stories, clock=clock, topic=config.topic, parse_executor=parse_executor, fetch_full_text=False
    )
    closers: list[Callable[[], Awaitable[object]]] = [client.aclose, guarded_client.aclose, engine.dispose]
    return BotServices(
        settings=settings,
        engine=engine,
        clock=clock,
        topic=config.topic,
        feeds=config.feeds,
        stories=stories,
        repo=repo,
        poller=poller,
        guarded_poller=guarded_poller,
        guarded_fetcher=guarded_fetcher,
        digests=DigestService(
            repo, stories, clock, grace_minutes=settings.digest_grace_minutes, quiet_note=settings.digest_quiet_note
        ),
        alerts=AlertService(repo, clock, max_per_user=settings.alerts_max_per_user),
        dispatcher=AlertDispatcher(repo, stories, clock, max_per_hour=settings.alerts_max_per_hour),
        guild_feeds=GuildFeedService(repo, guarded_fetcher, guard, clock, limit=settings.guild_feed_limit),
        closers=closers,
    )


async def run_bot(settings: Settings) -> int:
    """Run the bot until SIGTERM/SIGINT or a fatal login error; returns the process exit code."""
    if not settings.discord_token:
        log.error("DISCORD_TOKEN is not set")
        return 2
    apply_endpoints(settings.discord_api_base, settings.discord_gateway_url)
    executor = process_pool()
    services = await build_services(settings, parse_executor=executor)
    if executor is not None:
        services.closers.append(_shutdown_executor(executor))
    options = BotOptions.from_settings(settings)
    log.info(
        "delivery: post deadline %g s, rate limits waited up to %g s, lease %g s, runs start no post after %g s; "
        "/summarise %d a minute per member, %d at once; page buttons %g s",
        options.send_timeout_s,
        options.max_ratelimit_timeout_s,
        options.outbox_lease_s,
        options.outbox_batch_deadline_s,
        options.summarise_per_user,
        options.summarise_parallel,
        options.page_timeout_s,
    )
    bot = GrokwatchBot(services, options)
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        # not on every platform, and only from the main thread
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    runner = asyncio.create_task(bot.start(settings.discord_token), name="discord-bot")
    stopper = asyncio.create_task(stop.wait(), name="stop-signal")
    done, _ = await asyncio.wait({runner, stopper}, return_when=asyncio.FIRST_COMPLETED)
    if stopper in done:
        log.info("shutdown requested; closing the bot")
    await bot.close()
    stopper.cancel()
    try:
        await runner
    except discord.LoginFailure as exc:
        log.error("Discord refused the token: %s", exc)
        return 1
    except (aiohttp.ClientError, OSError, discord.GatewayNotFound) as exc:
        # an operator's network or DNS problem, not a bug: one line, no traceback
        log.error("cannot reach Discord at %s: %s", discord.http.Route.BASE, exc or type(exc).__name__)
        return 1
    except discord.HTTPException as exc:
        log.error("Discord answered HTTP %s during login: %s", exc.status, exc.text or exc)
        return 1
    except Exception:
        log.exception("the bot stopped with an error")
        return 1
    return 0


def _shutdown_executor(executor: Executor) -> Callable[[], Awaitable[None]]:
    async def shutdown() -> None:
        await asyncio.to_thread(executor.shutdown, wait=True, cancel_futures=True)

    return shutdown
