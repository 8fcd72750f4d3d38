"""Migration 0007_guild_removed_at: guild_settings gains removed_at (NULL for the guilds already known), and goes back
without it on downgrade, rows kept. SQLite and PostgreSQL."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.store.db import migrate
from bot.store.discord_repo import DiscordRepo
from tests.bot.core.fakes_d1 import T0
from tests.bot.store.migration_steps import downgrade


def columns(sync: Connection) -> list[str]:
    return [c["name"] for c in sa.inspect(sync).get_columns("guild_settings")]


async def test_0007_adds_removed_at_and_keeps_the_guilds_known(any_engine: AsyncEngine) -> None:
    engine = any_engine
    async with engine.begin() as conn:
        await conn.run_sync(downgrade, "0004_digest_owed")
        assert "removed_at" not in await conn.run_sync(columns)
        await conn.execute(
            sa.text("INSERT INTO guild_settings (guild_id, system_channel_id, updated_at) VALUES (1, 61, :t)"),
            {"t": T0},
        )
    await migrate(engine)

    async with engine.connect() as conn:
        assert "removed_at" in await conn.run_sync(columns)
        removed = (await conn.execute(sa.text("SELECT removed_at FROM guild_settings WHERE guild_id = 1"))).scalar()
    assert removed is None  # a guild known before the migration is one the bot is in
    repo = DiscordRepo(engine)
    targets = await repo.guild_targets(1)
    assert targets is not None and targets.system_channel_id == 61
    await repo.forget_guild(1, "the bot was removed from the server", now=T0)

    async with engine.begin() as conn:
        await conn.run_sync(downgrade, "0004_digest_owed")
        assert "removed_at" not in await conn.run_sync(columns)
        kept = (await conn.execute(sa.text("SELECT system_channel_id FROM guild_settings"))).scalars().all()
    assert kept == [61]
    await migrate(engine)  # and up again
