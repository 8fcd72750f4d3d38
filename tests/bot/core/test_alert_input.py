"""/alerts ids a hostile or careless user can type: Discord allows integers up to 2^53, the database key holds 32
bits. SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.alert_subscriptions import AlertService
from bot.store.discord_repo import DiscordRepo
from tests.bot.core.fakes_d1 import FixedClock


@pytest.fixture
def engine(any_engine: AsyncEngine) -> AsyncEngine:
    return any_engine


@pytest.mark.parametrize("alert_id", [2**31, 2**53, -1, 0])
async def test_an_alert_id_no_alert_can_have_is_simply_not_found(engine: AsyncEngine, alert_id: int) -> None:
    # Was (PostgreSQL): asyncpg refused 2^31 and beyond for the INTEGER key ("value out of int32 range") and the
    # user got "failed on our side" for /alerts remove and /alerts pause.
    alerts = AlertService(DiscordRepo(engine), FixedClock())
    mine = await alerts.add(user_id=5, query="grok fine")
    assert await alerts.remove(5, alert_id) is False
    assert await alerts.pause(5, alert_id) == 0
    assert [s.id for s in await alerts.subscriptions(5)] == [mine.id]
    assert await alerts.pause(5, mine.id) == 1
