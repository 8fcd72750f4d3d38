"""The CLI's async commands: poll once, digest, feeds, and console mode (scheduled polling without Discord)."""

from __future__ import annotations

import asyncio
import logging
import signal
import sqlite3
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, TextIO

from rich.console import Console
from sqlalchemy.ext.asyncio import AsyncEngine

from bot import console as render
from bot.config import FeedsConfig, Settings
from bot.core.digests import Digest, build_digest, digest_to_dict, digest_to_markdown
from bot.core.fetch import FeedFetcher, make_client
from bot.core.polling import Poller, PollReport, process_pool
from bot.core.ports import SystemClock
from bot.errors import StoreError
from bot.models import Story
from bot.scheduling import ExtraJob, build_scheduler
from bot.store.db import create_engine, migrate
from bot.store.stories import StoryStore
from bot.tasks import TaskTracker, stop_tracked, track_jobs

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Pipeline:
    """The assembled services a command works with."""

    engine: AsyncEngine
    store: StoryStore
    poller: Poller


@asynccontextmanager
async def open_store(database_url: str) -> AsyncIterator[StoryStore]:
    """A migrated store, disposed on exit; any failure to open it is a StoreError (one line, no traceback)."""
    try:
        engine = create_engine(database_url)
    except StoreError:
        raise
    except Exception as exc:  # the SQLite file's directory cannot be created
        raise StoreError(f"cannot open the database: {type(exc).__name__}: {exc}") from exc
    try:
        _check_sqlite_file(engine)
        await migrate(engine)
    except BaseException as exc:
        # disposed here, in the loop: a connection left to the garbage collector calls back into a closed loop
        await engine.dispose()
        if isinstance(exc, StoreError) or not isinstance(exc, Exception):
            raise
        # a driver refusing a URL option raises TypeError/ValueError, not SQLAlchemyError
        raise StoreError(f"cannot open the database: {type(exc).__name__}: {exc}{_hint(str(exc))}") from exc
    try:
        yield StoryStore(engine)
    finally:
        await engine.dispose()


def _check_sqlite_file(engine: AsyncEngine) -> None:
    """Open and write a SQLite file once with the standard library, so an unusable path is a clear StoreError.

    Through the async driver the same failure leaves the connection's thread behind (SQLAlchemy does not close a
    connection whose setup failed), and it later prints a traceback into the closed event loop.
    """
    url = engine.url
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:") or url.query.get("uri"):
        return
    try:
        conn = sqlite3.connect(url.database, timeout=30)
        try:
            conn.execute("PRAGMA journal_mode=WAL")  # a write: fails on a directory or a read-only file
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open SQLite database {url.database!r}: {exc} (is it a writable file?)") from None


def _hint(message: str) -> str:
    if "sslmode" in message:
        return " (asyncpg takes ?ssl=require, not ?sslmode=require)"
    return ""


@asynccontextmanager
async def open_pipeline(database_url: str, config: FeedsConfig, *, processes: bool = True) -> AsyncIterator[Pipeline]:
    """Store + shared HTTP client + fetcher + process pool + poller; everything closed on exit."""
    pool = process_pool() if processes else None
    try:
        async with open_store(database_url) as store, make_client() as client:
            poller = Poller(FeedFetcher(client), store, clock=SystemClock(), topic=config.topic, parse_executor=pool)
            yield Pipeline(store.engine, store, poller)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def story_json(story: Story) -> dict[str, Any]:
    """The `poll --json` line for one story."""
    return {
        "id": story.id,
        "title": story.title,
        "url": story.canonical_url or story.url,
        "feed": story.feed,
        "published": story.published.isoformat(),
        "summary": story.summary,
    }


def report_failures(reports: list[PollReport], err: TextIO) -> None:
    """One stderr line per failing feed, naming it and the reason."""
    for r in reports:
        if r.error:
            print(f"feed {render.clean(r.feed)}: {render.clean(r.error)}", file=err)


async def poll_once(settings: Settings, config: FeedsConfig, *, as_json: bool, out: Console) -> int:
    """Poll every feed once, store, print every new relevant story; failing feeds go to stderr (exit 0)."""
    async with open_pipeline(settings.database_url, config) as p:
        reports = await p.poller.poll_all(config.feeds)
    report_failures(reports, sys.stderr)
    stories = [s for r in reports for s in r.relevant_stories]
    if as_json:
        for story in stories:
            sys.stdout.write(render.json_line(story_json(story)) + "\n")
        sys.stdout.flush()
    else:
        render.print_stories(out, stories)
        out.print(render.status_line(reports))
    return 0


async def digest(settings: Settings, *, since: timedelta, fmt: str, out: Console) -> int:
    """Print the digest for the last `since` (stories first seen in the window): JSON, Markdown text when
    piped or redirected, a rich rendering of the same digest on a terminal."""
    async with open_store(settings.database_url) as store:
        end = SystemClock().now()
        built = await digest_between(store, end - since, end)
    if fmt == "markdown" and out.is_terminal:
        render.print_digest(out, built)
    else:
        sys.stdout.write(_digest_as_text(built, fmt) + "\n")
        sys.stdout.flush()
    return 0


async def digest_between(store: StoryStore, start: datetime, end: datetime) -> Digest:
    """The digest of a window, from the one builder in bot.core.digests."""
    return build_digest(await store.between(start, end), window_start=start, window_end=end)


async def digest_text(store: StoryStore, start: datetime, end: datetime, fmt: str) -> str:
    """The digest of a window as Markdown or JSON text (control characters dropped or escaped)."""
    return _digest_as_text(await digest_between(store, start, end), fmt)


def _digest_as_text(built: Digest, fmt: str) -> str:
    if fmt == "json":
        return render.json_text(digest_to_dict(built))
    return render.clean(digest_to_markdown(built)).rstrip("\n")


async def feeds(settings: Settings, config: FeedsConfig | None, *, out: Console) -> int:
    """Print per-feed state: configured feeds first (even if never polled), then any others in the database."""
    async with open_store(settings.database_url) as store:
        states = {s.name: s for s in await store.feed_states()}
        if config is not None:
            for spec in config.feeds:
                states.setdefault(spec.name, await store.feed_state(spec))
    out.print(render.feeds_table(list(states.values())))
    return 0


async def console_mode(settings: Settings, config: FeedsConfig, *, digest_every: timedelta, out: Console) -> int:
    """Poll on schedule, print new relevant stories, a periodic digest and feed status, until Ctrl-C / SIGTERM."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with suppress(NotImplementedError, RuntimeError):  # not on Windows event loops
            loop.add_signal_handler(sig, stop.set)
    round_reports: dict[str, PollReport] = {}

    async def on_report(report: PollReport) -> None:
        round_reports[report.feed] = report
        render.print_stories(out, report.relevant_stories)
        if report.error:
            out.print(f"[yellow]feed {render.markup_text(report.feed)}: {render.markup_text(report.error)}[/yellow]")

    async with open_pipeline(settings.database_url, config) as p:

        async def print_digest() -> None:
            end = SystemClock().now()
            render.print_digest(out, await digest_between(p.store, end - digest_every, end))

        async def print_status() -> None:
            out.print(f"[dim]{render.status_line(list(round_reports.values()))}[/dim]", highlight=False)

        jobs = [
            ExtraJob("console-digest", print_digest, digest_every.total_seconds(), run_at_start=False),
            ExtraJob("console-status", print_status, 300.0, run_at_start=False),
        ]
        scheduler = build_scheduler(p.poller, config.feeds, store=p.store, extra_jobs=jobs, on_report=on_report)
        # every job is tracked so shutdown can wait for a running poll, then cancel and await it before disposal
        tracker = TaskTracker()
        track_jobs(scheduler, tracker)
        scheduler.start()
        out.print(f"grokwatch: polling {len(config.feeds)} feeds (Ctrl-C to stop)", highlight=False)
        try:
            await stop.wait()
        finally:
            await stop_tracked(tracker, scheduler, grace_s=5.0)
            out.print("grokwatch: stopped", highlight=False)
    return 0
