"""Composition root: `python -m bot` / `grokwatch` — logging is configured here and nowhere else."""

from __future__ import annotations

import asyncio
import logging
import os
import sys

from bot.config import Settings


def _configure_logging(argv: list[str]) -> None:
    # `run` is a service and logs at INFO by default; one-shot commands keep the terminal for their output.
    default = "INFO" if argv[:1] == ["run"] else "WARNING"
    level = os.environ.get("LOG_LEVEL", "").strip().upper() or default
    logging.basicConfig(
        level=level if level in logging.getLevelNamesMapping() else "WARNING",
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


def _run_discord(settings: Settings) -> int:
    """Start the Discord bot (imported lazily: console mode and the CLI never load discord.py)."""
    from bot.app import run_bot

    return asyncio.run(run_bot(settings))


def main(argv: list[str] | None = None) -> int:
    """Entry point for the `grokwatch` command."""
    from bot.cli import run_cli

    args = sys.argv[1:] if argv is None else argv
    _configure_logging(args)
    return run_cli(args, discord_runner=_run_discord)


if __name__ == "__main__":
    raise SystemExit(main())
