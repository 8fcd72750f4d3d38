"""The terminal front: `python -m bot run|poll --once|digest|feeds|demo` (issue 4 §9). Thin: parse, call, render."""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import signal
import sys
from collections.abc import Callable, Coroutine
from contextlib import suppress
from datetime import timedelta
from typing import Any

from rich.console import Console

from bot import cli_pipeline
from bot.config import FeedsConfig, Settings, load_feeds_config, parse_duration
from bot.errors import ConfigError, GrokwatchError, StoreError

DiscordRunner = Callable[[Settings], int]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with one subcommand per job."""
    parser = argparse.ArgumentParser(
        prog="grokwatch", description="Follow news about how X and Grok are regulated; summarise and deliver it."
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(p: argparse.ArgumentParser, *, config: bool = True) -> None:
        if config:
            p.add_argument("--config", metavar="PATH", help="feeds file (default: $FEEDS_CONFIG or feeds.yaml)")
        p.add_argument("--db", metavar="URL", help="database URL (default: $DATABASE_URL or sqlite under ./data/)")

    run = sub.add_parser("run", help="the main job: Discord bot with DISCORD_TOKEN, else console mode")
    run.description = "With DISCORD_TOKEN set, run the Discord bot; without it, poll on schedule and print stories."
    common(run)
    run.add_argument("--digest-every", default="6h", metavar="DURATION", help="console digest period (default 6h)")

    poll = sub.add_parser("poll", help="poll every feed once and print new relevant stories")
    poll.description = "Poll every feed once, store, and print every story new to the database and relevant."
    poll.add_argument("--once", action="store_true", help="poll once and exit (required; `run` polls on a schedule)")
    common(poll)
    poll.add_argument("--json", action="store_true", help='one JSON object per line: {"id","title","url","feed",…}')

    dig = sub.add_parser("digest", help="print the digest for a window")
    dig.description = "Print the digest the bot would post for the window: stories grouped, most important first."
    dig.add_argument("--since", default="24h", metavar="DURATION", help="window length, e.g. 90m, 24h (default 24h)")
    dig.add_argument("--format", choices=("markdown", "json"), default="markdown", help="output format")
    common(dig, config=False)

    fds = sub.add_parser("feeds", help="per-feed polling state")
    fds.description = "Per feed: last success, last error, consecutive failures, next poll, stories seen."
    common(fds)

    demo = sub.add_parser("demo", help="offline demo: sample feeds on loopback through the whole pipeline")
    demo.description = "Serve bundled sample feeds on 127.0.0.1, run the pipeline into a temporary database, print."
    return parser


def run_cli(argv: list[str], *, discord_runner: DiscordRunner | None = None) -> int:
    """Parse arguments and run a subcommand; configuration and database problems are one line on stderr."""
    args = build_parser().parse_args(argv)
    out = Console(highlight=False, soft_wrap=False)
    try:
        return _dispatch(args, out, discord_runner)
    except ConfigError as exc:
        _error(str(exc))
        return 2
    except StoreError as exc:
        _error(f"database: {exc}")
        return 1
    except GrokwatchError as exc:
        _error(str(exc))
        return 1
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except BrokenPipeError:
        # the reader went away (`grokwatch poll --once --json | head -1`): stop quietly, and point stdout at
        # /dev/null so the interpreter's final flush does not raise again
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


# `scheme://user:password@host`: a database URL's password never reaches the terminal or a log collector.
_URL_PASSWORD = re.compile(r"(\b[a-z][a-z0-9+.-]*://[^\s:/@]*:)[^\s@/]+@", re.I)


def _error(message: str) -> None:
    # One line: drivers append "(Background on this error at: …)" and the like on further lines.
    first = message.strip().splitlines()[0] if message.strip() else "error"
    print("grokwatch: " + _URL_PASSWORD.sub(r"\1***@", first), file=sys.stderr)


def _dispatch(args: argparse.Namespace, out: Console, discord_runner: DiscordRunner | None) -> int:
    if args.command == "demo":
        from bot.demo.run import run_demo

        return _run(run_demo(out))
    settings = _settings(args)
    if args.command == "digest":
        since = timedelta(seconds=_duration("--since", args.since, minimum=1))
        return _run(cli_pipeline.digest(settings, since=since, fmt=args.format, out=out))
    if args.command == "feeds":
        config = load_feeds_config(settings.feeds_config) if args.config else _config_if_present(settings)
        return _run(cli_pipeline.feeds(settings, config, out=out))
    if args.command == "poll":
        if not args.once:
            raise ConfigError("poll: only `poll --once` is supported; use `run` to poll on a schedule")
        return _run(
            cli_pipeline.poll_once(settings, load_feeds_config(settings.feeds_config), as_json=args.json, out=out)
        )
    # run
    if settings.discord_token:
        if discord_runner is None:
            raise ConfigError("DISCORD_TOKEN is set but the Discord layer is not available")
        return discord_runner(settings)
    # a digest is a summary of a period: a shorter one would repeat the same stories on every tick
    every = timedelta(seconds=_duration("--digest-every", args.digest_every, minimum=60))
    config = load_feeds_config(settings.feeds_config)
    return _run(cli_pipeline.console_mode(settings, config, digest_every=every, out=out))


def _settings(args: argparse.Namespace) -> Settings:
    settings = Settings.from_env()
    overrides: dict[str, Any] = {}
    if getattr(args, "config", None):
        overrides["feeds_config"] = args.config
    if getattr(args, "db", None):
        overrides["database_url"] = args.db
    return settings.model_copy(update=overrides) if overrides else settings


def _config_if_present(settings: Settings) -> FeedsConfig | None:
    try:
        return load_feeds_config(settings.feeds_config)
    except ConfigError as exc:
        # `feeds` still shows what the database knows, but says why the configured feeds are missing from it
        _error(f"{exc} (showing the feeds in the database only)")
        return None


def _duration(option: str, value: str, *, minimum: float) -> float:
    try:
        seconds = parse_duration(value)
    except ValueError as exc:
        raise ConfigError(f"{option}: {exc}") from None
    if seconds < minimum:
        raise ConfigError(f"{option}: {value!r} is too short: at least {minimum:g}s")
    if seconds > _MAX_DURATION_S:  # dates before year 1 and timers past C's int overflow
        raise ConfigError(f"{option}: {value!r} is too long: at most 36500d")
    return seconds


_MAX_DURATION_S = 36_500 * 86_400.0


def _run(coro: Coroutine[Any, Any, int]) -> int:
    return asyncio.run(_until_terminated(coro))


async def _until_terminated(coro: Coroutine[Any, Any, int]) -> int:
    """Await `coro`; SIGTERM cancels it as Ctrl-C does, so its cleanups run (pool, database), then exit 143."""
    task = asyncio.current_task()
    terminated = False

    def on_term() -> None:
        nonlocal terminated
        terminated = True
        if task is not None:
            task.cancel()

    with suppress(NotImplementedError, RuntimeError):  # no signal handlers on Windows event loops
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, on_term)
    try:
        return await coro
    except asyncio.CancelledError:
        if not terminated:
            raise
        _error("terminated")
        return 128 + signal.SIGTERM
