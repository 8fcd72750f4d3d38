"""The poller: fetch → parse (off the loop) → dedupe → summarise (relevance) → full text → store, one feed at a time.

Each feed's outcome is a PollReport value; a failing feed is recorded in its state (with backoff) and never stops
the others. A poll's stories and the feed's new state commit together, so a crash mid-poll leaves the ETag where it
was and the next poll sees the same entries again: nothing lost, nothing stored twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import partial
from typing import Any, TypeVar

from bot.core.backoff import next_state_after
from bot.core.fulltext import Fetcher, fetch_article
from bot.core.identity import Match, PollStore, Sighting, StoryRecord
from bot.core.page_policy import is_relevant, needs_second_look
from bot.core.poll_records import display_publisher, story_record
from bot.core.poll_work import (
    EntryRow,
    JobTuple,
    PoolBatcher,
    RelevanceFn,
    SummariseFn,
    TopicRef,
    expand_summary,
    parse_and_identify,
    summarise_page,
    summarise_rows,
)
from bot.core.poll_work import process_pool as process_pool  # re-exported: callers build the pool from here
from bot.core.ports import Clock
from bot.errors import FeedParseError
from bot.models import FeedSpec, FeedState, FetchResult, Story
from summariser import Topic, relevance, summarise

log = logging.getLogger(__name__)

T = TypeVar("T")


class _Countdown:
    """The feeds of one `poll_all` yet to reach their write; at zero the store hears the burst is over."""

    def __init__(self, feeds: int, end_of_burst: Callable[[], None]) -> None:
        self.left = feeds
        self._end_of_burst = end_of_burst

    def arrival(self) -> Callable[[], None]:
        """One feed's arrival, counted once however often it is called (at its write, and when its poll ends)."""
        seen = False

        def arrived() -> None:
            nonlocal seen
            if seen:
                return
            seen = True
            self.left -= 1
            if self.left == 0:
                # without this the last group commit waited out the store's quiet interval with both workers idle
                self._end_of_burst()

        return arrived


@dataclass(frozen=True, slots=True)
class PollReport:
    """What one poll of one feed did: stories new to the database (relevant or not), or why it failed."""

    feed: str
    new_stories: list[Story] = field(default_factory=list)
    error: str | None = None
    not_modified: bool = False
    warning: str | None = None

    @property
    def relevant_stories(self) -> list[Story]:
        """The new stories worth announcing."""
        return [s for s in self.new_stories if s.relevant]


_startup_heap_frozen = False


def _freeze_startup_heap() -> None:
    """Once per process, before its first poll: the objects alive then leave the garbage collector's rounds.

    They are the imported modules, the summariser's lexicons, config and clients, which live as long as the process;
    every full collection walked them all again (a cold poll of 1,000 feeds: 8 full collections, 0.034 ms per stored
    story, a fifth to a quarter of the poller's event-loop CPU; 0.016 once frozen). Garbage cycles among them, if any
    ever become garbage, are never reclaimed: a bounded, one-time cost (the documented use of `gc.freeze`).
    """
    global _startup_heap_frozen
    if not _startup_heap_frozen:
        _startup_heap_frozen = True
        gc.collect()  # what is already garbage goes now, not into the frozen generation
        gc.freeze()


# The collector's young-generation threshold while polls run (CPython's default is 700 new container objects). A
# cold poll allocates a few hundred per stored story and keeps the stories until its reports are read, so the default
# ran a collection every ~3 stories and re-walked the survivors in the older generations again and again: 1,000 feeds,
# 0.034 ms of collection per stored story, 0.015 with this (a tenth of the poller process's CPU per story). Only the
# spacing of collections changes; garbage cycles still go, a few thousand allocations later.
_POLL_GC_THRESHOLD = 10_000
_POLL_GC_OLDER = 50  # young collections per middle-generation one (default 10): the survivors are the stories
_polls_running = 0
_gc_thresholds: tuple[int, int, int] | None = None


@contextlib.contextmanager
def _collector_spaced_out() -> Iterator[None]:
    """While any poll_all runs in this process, collections come less often (restored when the last one ends)."""
    global _polls_running, _gc_thresholds
    if _polls_running == 0:
        _gc_thresholds = gc.get_threshold()
        young, middle, old = _gc_thresholds
        gc.set_threshold(max(young, _POLL_GC_THRESHOLD), max(middle, _POLL_GC_OLDER), old)
    _polls_running += 1
    try:
        yield
    finally:
        _polls_running -= 1
        if _polls_running == 0 and _gc_thresholds is not None:
            gc.set_threshold(*_gc_thresholds)
            _gc_thresholds = None


class Poller:
    """Polls feeds into the store; one instance serves the scheduler, the CLI and the demo."""

    def __init__(
        self,
        fetcher: Fetcher,
        store: PollStore,
        *,
        clock: Clock,
        topic: Topic,
        parse_executor: Executor | None = None,
        fetch_full_text: bool = True,
        summarise_fn: SummariseFn = summarise,
        relevance_fn: RelevanceFn | None = None,
        max_concurrent_feeds: int = 128,
    ) -> None:
        self.fetcher = fetcher
        self.store = store
        self.clock = clock
        self.topic = topic
        self.executor = parse_executor
        self._batcher = PoolBatcher(parse_executor) if parse_executor is not None else None
        self.fetch_full_text = fetch_full_text
        self.summarise_fn = summarise_fn
        # Relevance first, the full summary only for relevant text. A stand-in summariser judges relevance itself
        # unless it comes with its own relevance function, so the two can never disagree.
        self.relevance_fn = relevance_fn or (relevance if summarise_fn is summarise else None)
        # Twice the store's group-commit batch (64 feeds): a feed holds its slot until its stories are committed, so
        # with one batch's worth of slots a commit in progress left no feed fetching, parsing or summarising.
        self._feeds = asyncio.Semaphore(max_concurrent_feeds)

    @property
    def topic(self) -> Topic:
        """What relevance is judged against."""
        return self._topic

    @topic.setter
    def topic(self, value: Topic) -> None:
        self._topic = value
        self._topic_ref = TopicRef.of(value)  # what the workers get: pickled once, not at every call

    async def poll_all(self, specs: Sequence[FeedSpec]) -> list[PollReport]:
        """Poll every feed concurrently (bounded); one report per feed, in order."""
        states = await self.store.feed_states_for(specs)  # one query, not one per feed
        # Unchanged feeds' new states are written together at the end: a 304 changes no stories, so losing its
        # state to a crash costs nothing but one more conditional GET, and one transaction beats hundreds.
        unchanged: list[FeedState] = []
        countdown = _Countdown(len(specs), self.store.end_of_burst)
        with _collector_spaced_out():
            reports = await asyncio.gather(
                *(
                    self._poll_guarded(spec, st, unchanged, countdown.arrival())
                    for spec, st in zip(specs, states, strict=True)
                )
            )
        if unchanged:
            try:
                await self.store.save_feed_states(unchanged)
            except Exception:  # the stories are stored; only the bookkeeping of unchanged feeds is lost
                log.exception("could not record the state of %d unchanged feeds", len(unchanged))
        return list(reports)

    async def poll_feed(self, spec: FeedSpec, *, state: FeedState | None = None) -> PollReport:
        """Poll one feed and store what is new; failures become the report's `error`, never an exception."""
        return await self._poll_guarded(spec, state, None)

    async def _poll_guarded(
        self,
        spec: FeedSpec,
        state: FeedState | None,
        unchanged: list[FeedState] | None,
        arrived: Callable[[], None] = lambda: None,
    ) -> PollReport:
        _freeze_startup_heap()
        try:
            return await self._poll_held(spec, state, unchanged, arrived)
        finally:
            arrived()  # a poll that wrote nothing (or failed before its write) is done too

    async def _poll_held(
        self, spec: FeedSpec, state: FeedState | None, unchanged: list[FeedState] | None, arrived: Callable[[], None]
    ) -> PollReport:
        async with self._feeds:
            if state is None:
                state = await self.store.feed_state(spec)
            if state.dead:
                return PollReport(spec.name, error=f"feed is marked dead ({state.last_error or 'gone'})")
            try:
                return await self._poll(spec, state, unchanged, arrived)
            except Exception as exc:  # isolation: one feed's bug or bad data must not stop the others
                log.exception("feed %s: poll failed", spec.name)
                reason = f"{type(exc).__name__}: {exc}".splitlines()[0]
                await self._record_failure(spec, state, reason)
                return PollReport(spec.name, error=reason)

    async def _poll(
        self, spec: FeedSpec, state: FeedState, unchanged: list[FeedState] | None, arrived: Callable[[], None]
    ) -> PollReport:
        result = await self.fetcher.fetch(
            spec.url,
            etag=state.etag,
            last_modified=state.last_modified,
            timeout_s=spec.timeout_s,
            max_bytes=spec.max_bytes,
        )
        now = self.clock.now()
        if result.status != "ok":
            new_state = next_state_after(state, result, now=now, interval_s=spec.interval_s)
            if result.status == "not_modified" and unchanged is not None:
                unchanged.append(new_state)
            else:
                await self.store.save_feed_state(new_state)
            if result.status == "not_modified":
                return PollReport(spec.name, not_modified=True)
            return PollReport(spec.name, error=result.error or f"HTTP {result.status_code}")
        try:
            parsed = await self._run(
                partial(
                    parse_and_identify,
                    result.body,
                    feed_name=spec.name,
                    headers=result.headers,
                    base_url=result.final_url or spec.url,
                    now=now,
                )
            )
        except FeedParseError as exc:
            failed = replace(result, status="error", error=f"not a usable feed: {exc}", body=b"")
            await self.store.save_feed_state(next_state_after(state, failed, now=now, interval_s=spec.interval_s))
            return PollReport(spec.name, error=failed.error)
        records, sightings = await self._new_records(spec, parsed.entries(), now)
        new_state = next_state_after(state, result, now=now, interval_s=spec.interval_s, parsed_ttl_s=parsed.ttl_s)
        arrived()  # before the write: the last feed's arrival lets the group commit it joins go at once
        stored = await self.store.commit_poll(new_state, records, sightings)
        if stored:
            log.info("feed %s: %d new stories (%d relevant)", spec.name, len(stored), sum(s.relevant for s in stored))
        return PollReport(spec.name, new_stories=stored, warning=parsed.warning)

    async def _new_records(
        self, spec: FeedSpec, entries: list[EntryRow], now: datetime
    ) -> tuple[list[StoryRecord], list[Sighting]]:
        """Dedupe entries against the store, then summarise and (when relevant) fetch full text for the new ones."""
        matches = await self.store.match(spec.name, [e.keys for e in entries])
        fresh: list[tuple[EntryRow, Match | None]] = []
        sightings: list[Sighting] = []
        for entry, match in zip(entries, matches, strict=True):
            if match is None or match.soft:  # a soft match is confirmed or rejected in the worker
                fresh.append((entry, match))
            elif not match.sighted:
                sightings.append(self._sighting(spec, entry, match))
        if not fresh:
            return [], sightings
        jobs: list[JobTuple] = [
            (
                e.content or e.lede or e.title,
                e.canonical_url or e.url,
                e.title,
                e.published,
                e.lede,
                (m.title, m.lede) if m is not None else None,
            )
            for e, m in fresh
        ]
        work = partial(summarise_rows, self.summarise_fn, jobs, self._topic_ref, self.relevance_fn)
        results = await self._run(work)
        new: list[tuple[EntryRow, dict[str, Any]]] = []
        for (entry, match), job, row in zip(fresh, jobs, results, strict=True):
            if (summary := expand_summary(row, job[2], job[1])) is not None:
                new.append((entry, summary))
            elif match is not None and not match.sighted:  # a near-duplicate of the stored story: a sighting
                sightings.append(self._sighting(spec, entry, match))
        # relevant stories, and short ones naming the subject (page_policy), fetch a page when the feed lacks it
        wanted = [k for k, (e, summary) in enumerate(new) if self._wants_article(spec, e, summary)]
        if not wanted:
            return [story_record(spec, e, summary, now, None) for e, summary in new], sightings
        pages = await asyncio.gather(*(self._article(spec, new[k][0], new[k][1]) for k in wanted))
        upgraded = dict(zip(wanted, pages, strict=True))
        records = [story_record(spec, e, summary, now, upgraded.get(k)) for k, (e, summary) in enumerate(new)]
        return records, sightings

    @staticmethod
    def _sighting(spec: FeedSpec, entry: EntryRow, match: Match) -> Sighting:
        return Sighting(match.story_id, spec.name, display_publisher(entry, {}), entry.url, entry.keys)

    def _wants_article(self, spec: FeedSpec, entry: EntryRow, summary: dict[str, Any]) -> bool:
        if entry.content is not None or not (spec.fetch_full_text and self.fetch_full_text and entry.url):
            return False
        return is_relevant(summary) or needs_second_look(summary, entry.title, entry.lede, self.topic)

    async def _article(
        self, spec: FeedSpec, entry: EntryRow, summary: dict[str, Any]
    ) -> tuple[dict[str, Any], str | None, str | None]:
        """(summary, canonical URL, text) from the article page; the feed-text ones when the page cannot be had."""
        assert entry.url is not None  # _wants_article checked
        article, error = await fetch_article(
            self.fetcher, entry.url, timeout_s=spec.timeout_s, max_bytes=spec.max_bytes
        )
        if article is None:
            log.info("feed %s: article %s not fetched (%s); summary from feed text", spec.name, entry.url, error)
            return summary, entry.canonical_url, entry.content
        canonical = article.canonical_url or entry.canonical_url
        page = partial(
            summarise_page,
            self.summarise_fn,
            article.html,
            canonical or article.final_url,
            entry.title,
            entry.published,
            self._topic_ref,
            # a story the feed text already made relevant gets its full summary whatever the page's own verdict
            None if is_relevant(summary) else self.relevance_fn,
        )
        page_summary, text = await self._run(page)
        if page_summary is None or not text or len(text.split()) < len(entry.lede.split()):
            # nothing readable on the page (a script-only shell, a consent wall): the feed's own text says more
            log.info("feed %s: article %s has no readable text; summary from feed text", spec.name, entry.url)
            return summary, canonical, entry.content
        return page_summary, canonical, text

    async def _run(self, fn: Callable[[], T]) -> T:
        """Run CPU-bound work in the process pool when there is one, else in a thread (never on the loop)."""
        if self._batcher is not None:
            try:
                return await self._batcher.run(fn)
            except BrokenProcessPool:  # a worker died (OOM killer, sandbox): carry on in threads, not fail forever
                log.error("process pool broken; parsing and summarising in threads from now on")
                self.executor = self._batcher = None
        return await asyncio.to_thread(fn)

    async def _record_failure(self, spec: FeedSpec, state: FeedState, reason: str) -> None:
        failed = FetchResult(status="error", url=spec.url, error=reason)
        try:
            await self.store.save_feed_state(
                next_state_after(state, failed, now=self.clock.now(), interval_s=spec.interval_s)
            )
        except Exception:  # the database itself may be what failed; the report still names the reason
            log.exception("feed %s: could not record the failure", spec.name)
