"""AlertDispatcher + AlertService over real SQLite: once per subscription, non-matching and paused get nothing,
per-user limits, and enqueue + alerts_done in one transaction."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.alert_subscriptions import AlertService
from bot.core.alerting import AlertDispatcher
from bot.errors import UserInputError
from bot.store.discord_repo import DiscordRepo
from bot.store.pipeline_tables import stories as stories_table
from bot.store.stories import StoryStore
from tests.bot.core.fakes_d1 import T0, FixedClock, insert_stories, story


@pytest.fixture
def engine(any_engine: AsyncEngine) -> AsyncEngine:
    """Every test here runs on SQLite and, when GROKWATCH_TEST_POSTGRES_URL is set, on PostgreSQL too."""
    return any_engine


OFCOM = story(
    "ofcom-grok",
    "Ofcom opens investigation into X over Grok images",
    key_points=["The regulator is using its Online Safety Act powers."],
    quotes=[{"text": "Protecting children is our priority", "speaker": "Melanie Dawes"}],
    actions=[{"actor": "Ofcom", "action": "opened an investigation"}],
)
EU = story(
    "eu-xai",
    "Brussels presses xAI on chatbot safeguards",
    actions=[{"actor": "European Commission", "action": "sent a request"}],
)
XRAY = story("xray", "Hospital X-ray backlog grows", relevant=False)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(T0 + timedelta(minutes=5))


@pytest.fixture
def repo(engine: AsyncEngine) -> DiscordRepo:
    return DiscordRepo(engine, stories=StoryStore(engine))


def dispatcher(repo: DiscordRepo, engine: AsyncEngine, clock: FixedClock, **kw: int) -> AlertDispatcher:
    return AlertDispatcher(repo, StoryStore(engine), clock, **kw)  # type: ignore[arg-type]


async def pending_ids(engine: AsyncEngine) -> set[str]:
    async with engine.connect() as conn:
        rows = await conn.execute(sa.select(stories_table.c.id).where(stories_table.c.alerts_done.is_(False)))
        return {r[0] for r in rows}


async def test_each_matching_story_once_per_subscription(
    engine: AsyncEngine, repo: DiscordRepo, clock: FixedClock
) -> None:
    service = AlertService(repo, clock)
    dm = await service.add(user_id=1, query="ofcom", where="dm")
    here = await service.add(user_id=2, query='"melanie dawes" OR xai', where="here", guild_id=9, channel_id=90)
    miss = await service.add(user_id=3, query="brussels -xai")
    await insert_stories(engine, [OFCOM, EU, XRAY])

    report = await dispatcher(repo, engine, clock).dispatch()
    assert (report.stories, report.enqueued) == (2, 3)
    rows = await repo.outbox_rows(kind="alert")
    got = sorted((r.subscription_id, r.story_id, r.target_type, r.target_id, r.mention_user_id) for r in rows)
    assert got == sorted(
        [
            (dm.id, "ofcom-grok", "user", 1, None),
            (here.id, "ofcom-grok", "channel", 90, 2),
            (here.id, "eu-xai", "channel", 90, 2),
        ]
    )
    assert not any(r.subscription_id == miss.id for r in rows)
    assert await pending_ids(engine) == {"xray"}  # irrelevant stories never need alerts
    assert rows[0].payload["story"]["headline"] and rows[0].payload["query"]

    # A second run (and a replay of the same stories) enqueues nothing new.
    assert (await dispatcher(repo, engine, clock).dispatch()).enqueued == 0
    async with engine.begin() as conn:
        await conn.execute(sa.update(stories_table).values(alerts_done=False))
    assert (await dispatcher(repo, engine, clock).dispatch()).enqueued == 0
    assert len(await repo.outbox_rows(kind="alert")) == 3


async def test_paused_and_disabled_get_nothing(engine: AsyncEngine, repo: DiscordRepo, clock: FixedClock) -> None:
    service = AlertService(repo, clock)
    sub = await service.add(user_id=1, query="grok")
    assert await service.pause(1, sub.id) == 1
    await insert_stories(engine, [OFCOM])
    assert (await dispatcher(repo, engine, clock).dispatch()).enqueued == 0
    assert await repo.outbox_rows(kind="alert") == []
    assert await pending_ids(engine) == set()  # done even when nobody matched: never re-matched later


async def test_hourly_limit_skips_and_counts(engine: AsyncEngine, repo: DiscordRepo, clock: FixedClock) -> None:
    service = AlertService(repo, clock)
    sub = await service.add(user_id=1, query="grok")
    await insert_stories(
        engine, [story(f"g{n}", f"Grok story number {n}", first_seen=T0 + timedelta(seconds=n)) for n in range(5)]
    )
    report = await dispatcher(repo, engine, clock, max_per_hour=3).dispatch()
    assert (report.enqueued, report.skipped_over_limit) == (3, 2)
    assert (await service.subscriptions(1))[0].skipped_over_limit == 2
    # An hour later the budget is back.
    clock.advance(hours=1, minutes=1)
    await insert_stories(engine, [story("later", "Grok again", first_seen=clock.now())])
    assert (await dispatcher(repo, engine, clock, max_per_hour=3).dispatch()).enqueued == 1
    assert sub.id == (await service.subscriptions(1))[0].id


async def test_old_stories_are_not_alerted(engine: AsyncEngine, repo: DiscordRepo, clock: FixedClock) -> None:
    await AlertService(repo, clock).add(user_id=1, query="grok")
    # a new feed's back catalogue: first seen now, published a month ago; and a story left pending for days
    backlog = story("backlog", "Grok archive piece", published=T0 - timedelta(days=30), first_seen=T0)
    stale = story("stale", "Grok old news", published=T0 - timedelta(days=3), first_seen=T0 - timedelta(days=3))
    fresh = story("fresh", "Grok news today", published=T0 - timedelta(hours=2), first_seen=T0)
    await insert_stories(engine, [backlog, stale, fresh])
    report = await dispatcher(repo, engine, clock).dispatch()
    assert (report.too_old, report.enqueued) == (2, 1)
    assert [r.story_id for r in await repo.outbox_rows(kind="alert")] == ["fresh"]
    assert await pending_ids(engine) == set()


async def test_enqueue_and_mark_done_roll_back_together(engine: AsyncEngine, clock: FixedClock) -> None:
    class FailingMarker:
        async def mark_alerts_done(self, conn: object, story_ids: object) -> None:
            raise RuntimeError("crash while marking")

    repo = DiscordRepo(engine, stories=FailingMarker())  # type: ignore[arg-type]
    await AlertService(repo, clock).add(user_id=1, query="ofcom")
    await insert_stories(engine, [OFCOM])
    with pytest.raises(RuntimeError, match="crash while marking"):
        await dispatcher(repo, engine, clock).dispatch()
    assert await repo.outbox_rows() == []  # the alert row went with the failed transaction
    assert await pending_ids(engine) == {"ofcom-grok"}


async def test_the_same_here_alert_in_another_channel_is_another_alert(repo: DiscordRepo, clock: FixedClock) -> None:
    # Was: "You already have that alert" for the same query in a second channel
    service = AlertService(repo, clock)
    await service.add(user_id=1, query="grok", where="here", guild_id=9, channel_id=70)
    await service.add(user_id=1, query="grok", where="here", guild_id=9, channel_id=71)
    with pytest.raises(UserInputError, match="already have that alert"):
        await service.add(user_id=1, query="Grok", where="here", guild_id=9, channel_id=71)
    await service.add(user_id=1, query="grok", where="dm", guild_id=9, channel_id=71)
    with pytest.raises(UserInputError, match="already have that alert"):
        await service.add(user_id=1, query="grok", where="dm", guild_id=9, channel_id=70)  # one DM alert is enough
    assert len(await service.subscriptions(1)) == 3


async def test_service_limits_and_validation(repo: DiscordRepo, clock: FixedClock) -> None:
    service = AlertService(repo, clock, max_per_user=2)
    await service.add(user_id=1, query="grok")
    with pytest.raises(UserInputError, match="already have that alert"):
        await service.add(user_id=1, query="GROK")
    with pytest.raises(UserInputError, match="Unbalanced"):
        await service.add(user_id=1, query="(grok")
    with pytest.raises(UserInputError, match="need a channel"):
        await service.add(user_id=1, query="ofcom", where="here")
    await service.add(user_id=1, query="ofcom")
    with pytest.raises(UserInputError, match="limit is 2"):
        await service.add(user_id=1, query="xai")
    assert [label for _, label in await service.suggest(1, "ofc")] == [
        f"#{(await service.subscriptions(1))[1].id} ofcom (dm)"
    ]
