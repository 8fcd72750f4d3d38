"""`python -m bot demo`: the whole pipeline, offline, against the bundled sample site, into a temporary database."""

from __future__ import annotations

import tempfile
import time
from datetime import timedelta
from pathlib import Path

from rich.console import Console

from bot import console as render
from bot.core.digests import build_digest
from bot.core.fetch import FeedFetcher, make_client
from bot.core.polling import Poller, PollReport, process_pool
from bot.core.ports import SystemClock
from bot.demo.site import DemoSite
from bot.models import FeedSpec
from bot.store.db import open_engine
from bot.store.stories import StoryStore
from summariser import DEFAULT_TOPIC


async def run_demo(out: Console) -> int:
    """Serve the sample, poll it twice (the second poll is all 304s), print stories, the digest and feed status."""
    started = time.perf_counter()
    clock = SystemClock()
    begin = clock.now() - timedelta(seconds=1)
    with tempfile.TemporaryDirectory(prefix="grokwatch-demo-") as tmp:
        engine = await open_engine(f"sqlite+aiosqlite:///{Path(tmp) / 'demo.db'}")
        pool = process_pool()
        try:
            async with DemoSite() as site, make_client() as client:
                store = StoryStore(engine)
                specs = [FeedSpec(name=f.site, url=site.feed_url(f), interval_s=600) for f in site.feeds]
                out.rule("grokwatch demo")
                out.print(f"Sample stories written for this project, served on {site.base}", highlight=False)
                poller = Poller(FeedFetcher(client), store, clock=clock, topic=DEFAULT_TOPIC, parse_executor=pool)
                # One feed at a time so the syndicated story is always first seen in the same outlet.
                first = [await poller.poll_feed(spec) for spec in specs]
                _print_first_poll(out, first, [s for r in first for s in r.relevant_stories])
                stored = {s.id: s for s in await store.latest(50)}
                render.print_stories(out, [stored[s.id] for r in first for s in r.relevant_stories if s.id in stored])
                second = await poller.poll_all(specs)
                out.print(f"Second poll: {render.status_line(second)}  (conditional GET: nothing re-announced)")
                end = clock.now()
                digest = build_digest(await store.between(begin, end), window_start=begin, window_end=end)
                render.print_digest(out, digest)
                out.print(render.feeds_table(await store.feed_states()))
        finally:
            if pool is not None:
                pool.shutdown(wait=True)
            await engine.dispose()
    out.print(f"demo finished in {time.perf_counter() - started:.1f} s")
    return 0


def _print_first_poll(out: Console, reports: list[PollReport], relevant: list[object]) -> None:
    new = sum(len(r.new_stories) for r in reports)
    off_topic = new - len(relevant)
    out.print(
        f"First poll: {render.status_line(reports)}\n"
        f"{len(relevant)} relevant stories to announce; {off_topic} off-topic stories stored for search but not "
        "announced; syndicated copies recognised by title and lede are shown as 'Also covered by'.\n"
    )
