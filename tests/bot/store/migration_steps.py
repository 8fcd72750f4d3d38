"""Migration steps for tests: the schema taken back to an older revision, to test a migration's upgrade."""

from __future__ import annotations

from alembic import command
from sqlalchemy import Connection

from bot.store.db import alembic_config


def downgrade(conn: Connection, target: str) -> None:
    """Run Alembic's downgrade to `target` on `conn` (use with `AsyncConnection.run_sync`)."""
    command.downgrade(alembic_config(conn), target)
