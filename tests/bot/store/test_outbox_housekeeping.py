"""OutboxStore.prune and failed_digest on real SQLite and PostgreSQL: what housekeeping may delete and what it must
keep (unfinished rows, the failed digest that still sets its channel's state), the indexed failed-digest lookup, and
migration 0003_outbox_digest_lookup filling window_end on older `/digest now` rows."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.digest_service import DigestService
from bot.core.outbox import OutboxItem
from bot.store.db import migrate
from bot.store.discord_repo import DiscordRepo
from bot.store.discord_tables import outbox
from bot.store.outbox_store import insert_outbox
from bot.store.stories import StoryStore
from tests.bot.core.fakes_d1 import T0, FixedClock, insert_stories, story
from tests.bot.store.migration_steps import downgrade

OLD = T0 - timedelta(days=40)
CUTOFF = T0 - timedelta(days=30)
STATUSES = ("pending", "sending", "sent", "failed", "dead")


@pytest.fixture
def engine(any_engine: AsyncEngine) -> AsyncEngine:
    """Every test here runs on SQLite and, when GROKWATCH_TEST_POSTGRES_URL is set, on PostgreSQL too."""
    return any_engine


@pytest.fixture
def repo(engine: AsyncEngine) -> DiscordRepo:
    return DiscordRepo(engine)


async def set_status(engine: AsyncEngine, row_id: int, status: str) -> None:
    async with engine.begin() as conn:
        await conn.execute(sa.update(outbox).where(outbox.c.id == row_id).values(status=status))


async def add_row(repo: DiscordRepo, item: OutboxItem, *, created: datetime, status: str) -> int:
    assert await repo.enqueue(item, now=created)
    row_id = max(r.id for r in await repo.outbox_rows())
    await set_status(repo.engine, row_id, status)
    return row_id


def alert(n: int) -> OutboxItem:
    return OutboxItem("alert", "user", 5, {"story": {"n": n}}, user_id=5, subscription_id=1, story_id=f"s{n}")


def notice(n: int) -> OutboxItem:
    return OutboxItem("notice", "channel", 42, {"text": str(n)})


async def test_prune_deletes_finished_rows_older_than_the_cutoff_and_nothing_else(repo: DiscordRepo) -> None:
    kept: set[int] = set()
    n = 0
    for created in (OLD, T0 - timedelta(days=1)):
        for status in STATUSES:
            for make in (alert, notice):
                n += 1
                row_id = await add_row(repo, make(n), created=created, status=status)
                if created > CUTOFF or status in ("pending", "sending"):
                    kept.add(row_id)

    assert await repo.prune(CUTOFF) == {"alert": 3, "notice": 3}  # old sent, failed, dead of each kind
    assert {r.id for r in await repo.outbox_rows()} == kept
    assert await repo.prune(CUTOFF) == {}  # nothing left to prune


async def test_prune_in_batches_deletes_and_counts_every_row(repo: DiscordRepo) -> None:
    for n in range(7):
        await add_row(repo, notice(n), created=OLD, status="sent")
    await add_row(repo, notice(99), created=OLD, status="pending")
    assert await repo.prune(CUTOFF, batch=3) == {"notice": 7}
    assert [r.payload["text"] for r in await repo.outbox_rows()] == ["99"]


async def test_a_failed_digest_that_still_sets_its_channel_state_is_kept(
    engine: AsyncEngine, repo: DiscordRepo
) -> None:
    await insert_stories(engine, [story("a", "Ofcom opens Grok inquiry", first_seen=OLD - timedelta(hours=2))])
    clock = FixedClock(OLD)
    digests = DigestService(repo, StoryStore(engine), clock)
    refused = await digests.post_now(guild_id=1, channel_id=60)
    [row] = await repo.outbox_rows(kind="digest")
    await set_status(engine, row.id, "failed")  # Discord refused it (what the delivery worker records)

    clock.t = T0
    assert await repo.prune(CUTOFF) == {}
    state = await digests.shown(60)
    assert state is not None and state.last_window_end == refused.window_start  # its stories are still unshown
    assert [i.story_id for i in (await digests.post_now(guild_id=1, channel_id=60)).items] == ["a"]

    # The channel has moved on: the failed digest no longer sets anything and goes like any other old row.
    clock.t = T0 + timedelta(days=31)
    assert await repo.prune(CUTOFF + timedelta(days=31)) == {"digest": 1}
    assert [r.created_at for r in await repo.outbox_rows(kind="digest", status="pending")] == [T0]
    assert len(await repo.outbox_rows(kind="digest")) == 1


async def test_failed_digest_is_found_by_channel_and_window_end(repo: DiscordRepo) -> None:
    end = T0 - timedelta(hours=1)
    # a `/digest now` item: no schedule, no window_end of its own — record_digest stamps it
    item = OutboxItem("digest", "channel", 60, {"digest": {}, "already_shown": []}, guild_id=1)
    assert await repo.record_digest(guild_id=1, channel_id=60, window_end=end, story_ids=["a"], item=item)
    assert await repo.failed_digest(60, end) is None  # pending: not failed
    [row] = await repo.outbox_rows(kind="digest")
    await set_status(repo.engine, row.id, "failed")
    found = await repo.failed_digest(60, end)
    assert found is not None and found.id == row.id and found.target_id == 60
    assert await repo.failed_digest(61, end) is None
    assert await repo.failed_digest(60, end + timedelta(seconds=1)) is None


async def test_the_failed_digest_lookup_is_indexed(engine: AsyncEngine) -> None:
    def indexes(sync: Connection) -> dict[str | None, list[str | None]]:
        return {ix["name"]: list(ix["column_names"]) for ix in sa.inspect(sync).get_indexes("outbox")}

    async with engine.connect() as conn:
        assert (await conn.run_sync(indexes))["ix_outbox_target_window"] == ["target_id", "window_end"]
        query = (
            "SELECT id FROM outbox WHERE target_id = 60 AND window_end = '2026-11-20 08:00:00'"
            " AND kind = 'digest' AND status = 'failed'"
        )
        if engine.dialect.name == "sqlite":
            plan = [str(r[-1]) for r in await conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {query}")]
        else:  # an empty table is scanned whatever its indexes: ask whether the index CAN serve the lookup
            await conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
            plan = [str(r[0]) for r in await conn.exec_driver_sql(f"EXPLAIN {query}")]
        assert any("ix_outbox_target_window" in line for line in plan), plan


async def test_0003_fills_window_end_of_older_digest_rows(engine: AsyncEngine) -> None:
    async with engine.begin() as conn:
        await conn.run_sync(downgrade, "0002_discord")
        heads = {r[0] for r in await conn.execute(sa.text("SELECT version_num FROM alembic_version"))}
        assert "0002_discord" in heads and "0003_outbox_digest_lookup" not in heads
        # rows as the code before 0003 wrote them: a `/digest now` row without window_end, stamped with its end
        now_digest = OutboxItem("digest", "channel", 60, {"digest": {}, "already_shown": []}, guild_id=1)
        scheduled = OutboxItem("digest", "channel", 61, {"digest": {}}, guild_id=1, schedule_id=3, window_end=OLD)
        for item, created in ((now_digest, T0), (scheduled, OLD + timedelta(minutes=5)), (alert(1), T0)):
            assert await insert_outbox(conn, item, created)
    await migrate(engine)

    async with engine.connect() as conn:
        rows = (await conn.execute(sa.select(outbox.c.target_id, outbox.c.window_end).order_by(outbox.c.id))).all()
    assert [tuple(r) for r in rows] == [(60, T0), (61, OLD), (5, None)]  # scheduled and alert rows untouched
    await set_status(engine, 1, "failed")
    found = await DiscordRepo(engine).failed_digest(60, T0)
    assert found is not None and found.id == 1
