"""The poller's CPU-bound steps, run in worker processes: parse + identity keys, near-duplicate checks + summaries.

Everything here takes and returns picklable values, so a ProcessPoolExecutor can run it; the poller's event loop
only moves bytes and rows. One call per feed (not per item) keeps the inter-process traffic small, and what crosses
between processes is plain tuples: frozen slotted dataclasses pickle through Python-level `__getstate__` /
`__setstate__`, which cost the poller process more than the rest of its per-entry work.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import logging
import multiprocessing
import pickle
import traceback
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from datetime import datetime
from typing import Any, NamedTuple, TypeVar

from bot.core import dedupe
from bot.core.feedtext import truncate
from bot.core.identity import IdentityKey, identity_parts
from bot.core.off_topic import OffTopicRow, off_topic_dict, off_topic_summary, off_topic_values
from bot.core.parse import parse_entries
from summariser import Article, Relevance, Summary, Topic, extract_article, relevance, summarise

log = logging.getLogger(__name__)

T = TypeVar("T")
SummariseFn = Callable[..., Summary]
RelevanceFn = Callable[..., Relevance]
# Stored article text is capped: a long read is ~60,000 characters; more is a page the extractor misjudged.
ARTICLE_TEXT_MAX_CHARS = 100_000


class SummaryJob(NamedTuple):
    """One entry to summarise; `candidate` is the (title, lede) of a stored story it may merely repeat."""

    text: str
    url: str | None
    title: str
    published: datetime | None
    lede: str = ""
    candidate: tuple[str, str] | None = None


# What crosses to the worker: a SummaryJob's fields as a plain tuple (NamedTuples pickle through Python code too).
JobTuple = tuple[str, str | None, str, datetime | None, str, tuple[str, str] | None]


class EntryRow(NamedTuple):
    """A parsed entry and its identity, as the poller process handles it (FeedEntry's fields, then the keys)."""

    feed: str
    guid: str | None
    url: str | None
    canonical_url: str | None
    title: str
    published: datetime | None
    lede: str
    content: str | None
    publisher: str | None
    keys: tuple[IdentityKey, ...]
    title_key: str | None
    fingerprint: str | None
    story_id: str


class ParsedRows(NamedTuple):
    """A parsed feed as the worker returns it: what the feed says about itself, and one plain tuple per entry."""

    warning: str | None
    ttl_s: float | None
    rows: list[tuple[Any, ...]]

    def entries(self) -> list[EntryRow]:
        """The rows as EntryRow views (no copying of fields)."""
        # tuple.__new__ directly: `_make` re-checks the length of rows this module built itself, in Python
        return list(map(_entry_row, self.rows))


_entry_row: Callable[[tuple[Any, ...]], EntryRow] = functools.partial(tuple.__new__, EntryRow)


class TopicRef(NamedTuple):
    """A Topic as it crosses to the workers: its pickle, unpickled once per worker process rather than once per call.

    A topic pickles to ~10 KB of keyword tables; sending the object itself cost a pickling in the poller process and
    an unpickling plus a re-hash (for the summariser's matcher cache) in the worker at every call.
    """

    key: str
    blob: bytes

    @classmethod
    def of(cls, topic: Topic) -> TopicRef:
        """Pickle `topic` once, named by a digest of its pickle."""
        blob = pickle.dumps(topic, protocol=pickle.HIGHEST_PROTOCOL)
        return cls(hashlib.sha256(blob).hexdigest(), blob)

    def load(self) -> Topic:
        """The topic, unpickled on first use in this process."""
        topic = _TOPICS.get(self.key)
        if topic is None:
            if len(_TOPICS) >= 32:  # topics are few (feeds.yaml's, tests'): a bound, not an eviction policy
                _TOPICS.clear()
            topic = _TOPICS[self.key] = pickle.loads(self.blob)
        return topic


_TOPICS: dict[str, Topic] = {}


def _topic(topic: Topic | TopicRef) -> Topic:
    return topic.load() if isinstance(topic, TopicRef) else topic


def process_pool(workers: int = 2) -> ProcessPoolExecutor | None:
    """A process pool for parsing and summarising (CPU-bound), or None where processes are unavailable."""
    try:
        # forkserver: forking a process that runs an event loop and database threads is unsafe.
        return ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("forkserver"), initializer=_warm_worker
        )
    except (OSError, ValueError, NotImplementedError) as exc:
        log.warning("no process pool (%s); parsing in a thread", exc)
        return None


# Calls out in the executor at once: two workers' worth with one call queued behind each running one, so a worker
# that finishes finds its next call waiting rather than idling for a round trip through the poller's event loop.
_CALLS_IN_FLIGHT = 4
# Tasks (one feed's parse or summaries each) per call at most: enough to share a round trip's fixed cost, few enough
# that the last calls of a poll still spread over both workers.
_TASKS_PER_CALL = 8


class WorkerTraceback(Exception):
    """The traceback of an exception raised in a worker process (chained as its cause, for the log)."""


class PoolBatcher:
    """Runs CPU-bound calls in an executor, several to one round trip when calls queue up behind busy workers.

    A round trip through a process pool costs the poller process a wake-up of the executor's manager thread, a
    pickling, an unpickling and a future (~0.2 ms of CPU, more on a loaded host), whatever the call does; during a busy
    poll, calls that wait for a worker anyway travel together. A lone call goes at once, as it would unbatched.
    """

    def __init__(
        self, executor: Executor, *, in_flight: int = _CALLS_IN_FLIGHT, per_call: int = _TASKS_PER_CALL
    ) -> None:
        self.executor = executor
        self._limit = in_flight
        self._per_call = per_call
        self._queue: deque[tuple[Callable[[], Any], asyncio.Future[Any]]] = deque()
        self._in_flight = 0

    async def run(self, fn: Callable[[], T]) -> T:
        """`fn()` in the executor (alone or with others queued at the time); its result or its exception."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._queue.append((fn, future))
        self._pump(loop)
        return await future

    def _pump(self, loop: asyncio.AbstractEventLoop) -> None:
        while self._queue and self._in_flight < self._limit:
            batch: list[tuple[Callable[[], Any], asyncio.Future[Any]]] = []
            while self._queue and len(batch) < self._per_call:
                task = self._queue.popleft()
                if not task[1].done():  # its poll was cancelled while it waited
                    batch.append(task)
            if not batch:
                continue
            try:
                call = loop.run_in_executor(self.executor, run_tasks, [fn for fn, _ in batch])
            except Exception as exc:  # a broken or shut-down pool: every caller hears it
                for _, future in batch:
                    future.set_exception(exc)
                continue
            self._in_flight += 1
            call.add_done_callback(functools.partial(self._finished, loop, batch))

    def _finished(
        self,
        loop: asyncio.AbstractEventLoop,
        batch: list[tuple[Callable[[], Any], asyncio.Future[Any]]],
        done: asyncio.Future[list[tuple[bool, Any, str | None]]],
    ) -> None:
        self._in_flight -= 1
        if done.cancelled():  # the pool was shut down with its queued calls cancelled
            for _, future in batch:
                future.cancel()
            self._pump(loop)  # whatever still waits hears of the shut-down pool rather than waiting forever
            return
        failure = done.exception()
        outcomes = done.result() if failure is None else [(False, failure, None)] * len(batch)
        for (_, future), (ok, value, tb) in zip(batch, outcomes, strict=True):
            if future.done():
                continue
            if ok:
                future.set_result(value)
            else:
                if tb:
                    value.__cause__ = WorkerTraceback(tb)
                future.set_exception(value)
        self._pump(loop)


def run_tasks(tasks: Sequence[Callable[[], Any]]) -> list[tuple[bool, Any, str | None]]:
    """Run tasks in a worker, each on its own: (True, result, None) or (False, exception, its traceback)."""
    out: list[tuple[bool, Any, str | None]] = []
    for task in tasks:
        try:
            out.append((True, task(), None))
        except Exception as exc:
            out.append((False, _portable(exc), traceback.format_exc()))
    return out


def _portable(exc: Exception) -> Exception:
    """The exception itself when it survives pickling (to cross back from a worker), else a RuntimeError naming it."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


def _warm_worker() -> None:
    """Load the parser and the summariser's lexicons once per worker, not during the first poll."""
    # a date and a quote too: the timing and speaker patterns compile on first need
    summarise(
        'Ofcom said on Monday it would fine X by 12 March 2026. "We will act on Grok," a spokesperson said.',
        title="Warm-up",
    )


def parse_and_identify(
    body: bytes,
    *,
    feed_name: str,
    headers: dict[str, str],
    base_url: str,
    now: datetime,
) -> ParsedRows:
    """Parse a feed and compute each entry's identity keys (both CPU-bound: run in a worker)."""
    parsed = parse_entries(body, feed_name=feed_name, headers=headers, base_url=base_url, now=now)
    # EntryRow's fields: the entry's (EntryFields: FeedEntry's, in its order), then its identity
    return ParsedRows(parsed.warning, parsed.ttl_s, [(*e, *identity_parts(e)) for e in parsed.entries])


# An off-topic story's summary as a worker sends it back: (published as ISO text, score, relevant, matched). The
# poller rebuilds the dict (`off_topic_dict`) from these and the title and URL it sent: pickling the dict, unpickling
# it and building it in the worker cost ~47,000 instructions per off-topic item, this ~27,000 (most items are).
SummaryRow = dict[str, Any] | OffTopicRow | None


def summarise_batch(
    fn: SummariseFn, jobs: Sequence[JobTuple], topic: Topic | TopicRef, relevance_fn: RelevanceFn | None = None
) -> list[dict[str, Any] | None]:
    """Summarise each job in one worker call; None for a job that is a near-duplicate of its candidate story."""
    rows = summarise_rows(fn, jobs, topic, relevance_fn)
    return [expand_summary(row, job[2], job[1]) for job, row in zip(jobs, rows, strict=True)]


def expand_summary(row: SummaryRow, title: str, url: str | None) -> dict[str, Any] | None:
    """A `summarise_rows` result as the stored summary dict (None stays None: a near-duplicate)."""
    return off_topic_dict(title, url, *row) if isinstance(row, tuple) else row


def summarise_rows(
    fn: SummariseFn, jobs: Sequence[JobTuple], topic: Topic | TopicRef, relevance_fn: RelevanceFn | None = None
) -> list[SummaryRow]:
    """`summarise_batch` as the pool returns it: off-topic summaries as an OffTopicRow (see `expand_summary`)."""
    topic = _topic(topic)
    out: list[SummaryRow] = []
    for job in map(SummaryJob._make, jobs):
        if job.candidate is not None and dedupe.is_near_duplicate(job.title, job.lede, *job.candidate):
            out.append(None)
            continue
        try:
            out.append(
                _summary(
                    fn, relevance_fn, job.text, url=job.url, title=job.title, published=job.published, topic=topic,
                    as_row=True,
                )
            )  # fmt: skip
        except Exception:  # one item the summariser cannot handle must not lose the feed's other stories, or itself
            log.exception("summariser failed on %r (%s); stored with its relevance only", job.title, job.url)
            out.append(_fallback_summary(relevance_fn, job, topic))
    return out


def _fallback_summary(relevance_fn: RelevanceFn | None, job: SummaryJob, topic: Topic) -> dict[str, Any]:
    """The story's relevance alone (or not relevant when that fails too), so the story is stored, never lost."""
    judged = Relevance(score=0.0, relevant=False, matched=[])
    if relevance_fn is not None:
        try:
            judged = relevance_fn(job.text, url=job.url, title=job.title, topic=topic)
        except Exception:
            log.exception("relevance failed on %r too; stored as not relevant", job.title)
    summary = off_topic_summary(job.title, job.url, job.published, judged)
    if judged.relevant and job.lede.strip():
        summary["key_points"] = [truncate(" ".join(job.lede.split()), 400)]
    return summary


def summarise_page(
    fn: SummariseFn,
    html: str,
    url: str | None,
    title: str,
    published: datetime | None,
    topic: Topic | TopicRef,
    relevance_fn: RelevanceFn | None = None,
) -> tuple[dict[str, Any] | None, str | None]:
    """Summarise a fetched article page and keep its main text to store (capped); (None, None) when it fails."""
    topic = _topic(topic)
    try:
        article = extract_article(html, url=url)
        summary = expand_summary(
            _summary(fn, relevance_fn, article, url=url, title=title, published=published, topic=topic), title, url
        )
    except Exception:  # the caller keeps the feed text's summary: a page that breaks the summariser loses nothing
        log.exception("summariser failed on the article page %s; the feed text's summary stands", url)
        return None, None
    text = article.text.strip()
    return summary, truncate(text, ARTICLE_TEXT_MAX_CHARS) if text else None


def _summary(
    fn: SummariseFn,
    relevance_fn: RelevanceFn | None,
    text: str | Article,
    *,
    url: str | None,
    title: str,
    published: datetime | None,
    topic: Topic,
    as_row: bool = False,
) -> dict[str, Any] | OffTopicRow:
    """The full summary for relevant text; off-topic text gets its relevance only (it is stored, never posted).

    `as_row`: an off-topic summary may come back as its OffTopicRow (for `summarise_rows`).
    """
    if relevance_fn is None:
        return fn(text, url=url, title=title, published=published, topic=topic).to_dict()
    judged = relevance_fn(text, url=url, title=title, topic=topic)
    if not judged.relevant:
        # Most polled items are off-topic and only search and audit ever read them: skipping quotes, actions and
        # key points there is most of a cold poll's CPU.
        if as_row and (row := off_topic_values(published, judged)) is not None:
            return row
        return off_topic_summary(title, url, published, judged)
    if fn is summarise and relevance_fn is relevance:
        # the summariser's own judgement of the same text, title and topic: not scored a second time
        return summarise(text, url=url, title=title, published=published, topic=topic, relevance=judged).to_dict()
    return fn(text, url=url, title=title, published=published, topic=topic).to_dict()
