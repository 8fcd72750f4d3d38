"""The terminal front (placeholder until the pipeline CLI lands)."""

from __future__ import annotations


def run_cli(argv: list[str]) -> int:
    """Parse arguments and run a subcommand."""
    print("grokwatch: no commands yet")
    return 2
