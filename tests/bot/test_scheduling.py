"""build_scheduler: one job per feed with the right options; the database's next attempt is respected."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.fetch import FeedFetcher, make_client
from bot.core.polling import Poller, PollReport
from bot.models import FeedSpec
from bot.scheduling import ExtraJob, build_scheduler, feed_job_id
from bot.store.stories import StoryStore
from summariser import DEFAULT_TOPIC
from tests.bot.core.pipeline_helpers import FixedClock, Item, keyword_summarise, rss
from tests.servers.feedsite import FeedSite


async def test_one_job_per_feed_plus_extra_jobs(engine: AsyncEngine) -> None:
    store = StoryStore(engine)
    async with make_client() as client:
        poller = Poller(FeedFetcher(client), store, clock=FixedClock(), topic=DEFAULT_TOPIC)
        specs = [
            FeedSpec(name="a", url="http://127.0.0.1:9/a", interval_s=600),
            FeedSpec(name="b", url="http://127.0.0.1:9/b", interval_s=120),
        ]

        async def tick() -> None:
            return None

        scheduler = build_scheduler(poller, specs, store=store, extra_jobs=[ExtraJob("digest-tick", tick, 60.0)])
        jobs = {j.id: j for j in scheduler.get_jobs()}
        assert set(jobs) == {"feed:a", "feed:b", "digest-tick"}
        job = jobs["feed:b"]
        assert isinstance(job.trigger, IntervalTrigger) and job.trigger.interval == timedelta(seconds=120)
        assert job.trigger.jitter == 12.0
        assert job.max_instances == 1 and job.coalesce and job.misfire_grace_time == 60


async def test_feed_job_polls_and_respects_stored_next_attempt(engine: AsyncEngine) -> None:
    store = StoryStore(engine)
    clock = FixedClock()
    reports: list[PollReport] = []

    async def on_report(report: PollReport) -> None:
        reports.append(report)

    async with FeedSite() as site, make_client() as client:
        site.add_feed("/a.rss", rss([Item("Ofcom opens Grok inquiry into X", site.url("/1"), "Grok lede.", "g-1")]))
        spec = FeedSpec(name="a", url=site.url("/a.rss"), fetch_full_text=False)
        poller = Poller(FeedFetcher(client), store, clock=clock, topic=DEFAULT_TOPIC, summarise_fn=keyword_summarise)
        scheduler = build_scheduler(poller, [spec], store=store, on_report=on_report, clock=clock)
        scheduler.start(paused=True)
        try:
            job = scheduler.get_job(feed_job_id("a"))
            await job.func()
            assert site.hits("/a.rss") == 1 and len(reports) == 1 and len(reports[0].new_stories) == 1
            # the database says: not before an hour from now (backoff) → the job moves there without fetching
            later = clock.now() + timedelta(hours=1)
            await store.save_feed_state(replace(await store.feed_state(spec), next_attempt=later))
            await job.func()
            assert site.hits("/a.rss") == 1
            assert scheduler.get_job(feed_job_id("a")).next_run_time == later
        finally:
            scheduler.shutdown(wait=False)
