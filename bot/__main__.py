"""Composition root: `python -m bot` / `grokwatch`."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Entry point for the `grokwatch` command."""
    from bot.cli import run_cli

    return run_cli(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    raise SystemExit(main())
