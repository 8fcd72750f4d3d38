"""Composition root: `python -m bot` / `grokwatch` — logging is configured here and nowhere else."""

from __future__ import annotations

import asyncio
import logging
import multiprocessing.forkserver
import os
import signal
import sys

from bot.config import Settings
from bot.console import clean


def _configure_logging(argv: list[str]) -> None:
    # `run` is a service and logs at INFO by default; one-shot commands keep the terminal for their output.
    default = "INFO" if argv[:1] == ["run"] else "WARNING"
    level = os.environ.get("LOG_LEVEL", "").strip().upper() or default
    level = _LEVEL_ALIASES.get(level, level)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(SafeFormatter(LOG_FORMAT))
    logging.basicConfig(level=level if level in logging.getLevelNamesMapping() else "WARNING", handlers=[handler])
    if logging.getLogger().getEffectiveLevel() >= logging.INFO:
        # At INFO these narrate every job run, migration step and HTTP request; the console would drown in them.
        for name in _CHATTY_LIBRARIES:
            logging.getLogger(name).setLevel(logging.WARNING)


LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class SafeFormatter(logging.Formatter):
    """Log lines without terminal control characters: messages quote feed text, server replies and URLs."""

    def format(self, record: logging.LogRecord) -> str:
        """The formatted record (traceback included), control characters dropped."""
        return clean(super().format(record))


_LEVEL_ALIASES = {"WARN": "WARNING", "FATAL": "CRITICAL"}
_CHATTY_LIBRARIES = ("apscheduler", "alembic", "httpx")
# Subcommands that parse and summarise in worker processes.
_POOL_COMMANDS = frozenset({"run", "poll", "demo"})


def _start_workers_ignoring_ctrl_c() -> None:
    """Start the fork server the worker pools use with SIGINT ignored, so their workers inherit that.

    Ctrl-C reaches the whole foreground process group: workers would each die with a KeyboardInterrupt traceback
    (and fail the call in hand) while the main process is still shutting down in order; it stops them itself.
    """
    if sys.platform == "win32":
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        multiprocessing.forkserver.ensure_running()
    except (OSError, ValueError):
        pass  # no fork server here: the pool falls back as it would have
    finally:
        signal.signal(signal.SIGINT, previous)


def _run_discord(settings: Settings) -> int:
    """Start the Discord bot (imported lazily: console mode and the CLI never load discord.py)."""
    from bot.app import run_bot

    return asyncio.run(run_bot(settings))


def main(argv: list[str] | None = None) -> int:
    """Entry point for the `grokwatch` command."""
    from bot.cli import run_cli

    args = sys.argv[1:] if argv is None else argv
    _configure_logging(args)
    if args[:1] and args[0] in _POOL_COMMANDS and not {"-h", "--help"} & set(args):
        _start_workers_ignoring_ctrl_c()
    return run_cli(args, discord_runner=_run_discord)


if __name__ == "__main__":
    raise SystemExit(main())
