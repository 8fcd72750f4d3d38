"""The running bot schedules housekeeping with OUTBOX_RETENTION_DAYS on the services' clock, and its job prunes."""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa

from bot.core.outbox import OutboxItem
from bot.scheduling import HOUSEKEEPING_JOB_ID
from bot.store.discord_tables import outbox
from bot.store.outbox_store import insert_outbox
from tests.e2e.conftest import Harness


async def test_the_bot_schedules_housekeeping_that_prunes_old_delivery_records(harness: Harness) -> None:
    bot = await harness.start_bot()
    await harness.wait_for(lambda: bot.scheduler is not None and bot.scheduler.running)
    assert bot.scheduler is not None
    job = bot.scheduler.get_job(HOUSEKEEPING_JOB_ID)
    assert job is not None and job.max_instances == 1 and job.coalesce

    repo = harness.services.repo
    old = harness.clock.now() - timedelta(days=31)
    async with repo.engine.begin() as conn:  # written as sent at once: the running outbox job never sees it due
        assert await insert_outbox(conn, OutboxItem("notice", "channel", 1, {"text": "old"}), old)
        await conn.execute(sa.update(outbox).where(outbox.c.created_at == old).values(status="sent"))
    report = await job.func()
    assert report.total == 1 and await repo.outbox_rows(kind="notice") == []
