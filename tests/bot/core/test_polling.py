"""The poller against a real loopback feed site and a real SQLite database."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core import polling
from bot.core.fetch import FeedFetcher
from bot.core.polling import Poller, process_pool
from bot.models import FeedSpec
from bot.store.db import open_engine
from bot.store.stories import StoryStore
from summariser import DEFAULT_TOPIC, Article, Summary, summarise
from tests.bot.core.pipeline_helpers import FixedClock, Item, keyword_summarise, rss
from tests.servers.feedsite import FeedSite

OFCOM = Item(
    title="Ofcom opens investigation into X over Grok images",
    link="/news/ofcom-grok?utm_source=rss",
    lede='Ofcom has opened an investigation into X over Grok. "We will act," the regulator said in a statement today.',
    guid="wire-1",
)
KENDALL = Item(
    title="Kendall says Grok deepfakes offence comes into force this week",
    link="/news/kendall-grok",
    lede="The Technology Secretary told MPs the offence in the Crime and Policing Bill would apply to Grok images.",
    guid="wire-2",
)
SPACEX = Item(
    title="SpaceX launches 27 Starlink satellites from Vandenberg",
    link="/news/spacex",
    lede="SpaceX launched another batch of Starlink satellites from California on Tuesday night.",
    guid="wire-3",
)


def poller(fetcher: FeedFetcher, engine: AsyncEngine, **kw: Any) -> Poller:
    kw.setdefault("summarise_fn", keyword_summarise)
    return Poller(fetcher, StoryStore(engine), clock=FixedClock(), topic=DEFAULT_TOPIC, **kw)


def absolute(site: FeedSite, items: list[Item]) -> list[Item]:
    return [Item(i.title, site.url(i.link), i.lede, i.guid, i.published, i.content) for i in items]


async def test_new_stories_once_then_304(site: FeedSite, fetcher: FeedFetcher, engine: AsyncEngine) -> None:
    site.add_feed("/wire.rss", rss(absolute(site, [OFCOM, KENDALL, SPACEX])), etag='"v1"')
    p = poller(fetcher, engine, fetch_full_text=False)
    spec = FeedSpec(name="wire", url=site.url("/wire.rss"))
    first = await p.poll_feed(spec)
    assert first.error is None and len(first.new_stories) == 3
    assert {s.title for s in first.relevant_stories} == {OFCOM.title, KENDALL.title}
    ofcom = next(s for s in first.new_stories if s.title == OFCOM.title)
    assert ofcom.canonical_url == site.url("/news/ofcom-grok")  # tracking parameters stripped
    second = await p.poll_feed(spec)
    assert second.not_modified and second.new_stories == []
    assert site.requests[-1].header("If-None-Match") == '"v1"'
    state = (await StoryStore(engine).feed_states())[0]
    assert state.etag == '"v1"' and state.stories_seen == 3 and state.last_success is not None


async def test_dedupe_across_feeds_by_guid_url_and_title(
    site: FeedSite, fetcher: FeedFetcher, engine: AsyncEngine
) -> None:
    base = absolute(site, [OFCOM])[0]
    site.add_feed("/a.rss", rss([base]))
    # same article URL with other tracking noise and another guid
    site.add_feed("/b.rss", rss([Item(base.title + " (update)", site.url("/news/ofcom-grok?fbclid=1"), "x", "b-9")]))
    # another outlet, another link, same headline and lede (syndicated)
    site.add_feed("/c.rss", rss([Item(base.title, site.url("/other/ofcom"), base.lede, "c-1")]))
    # same permalink guid as feed a would have, if a used one: guid match across feeds
    p = poller(fetcher, engine, fetch_full_text=False)
    specs = [FeedSpec(name=n, url=site.url(f"/{n}.rss")) for n in ("a", "b", "c")]
    reports = [await p.poll_feed(s) for s in specs]
    assert [len(r.new_stories) for r in reports] == [1, 0, 0]
    store = StoryStore(engine)
    assert await store.count() == 1
    story = (await store.latest(5))[0]
    assert set(story.also_covered_by) == {"b", "c"}


async def test_near_identical_title_and_lede_with_reworded_headline(
    site: FeedSite, fetcher: FeedFetcher, engine: AsyncEngine
) -> None:
    lede = (
        "Ofcom has opened a formal investigation into X under the Online Safety Act after Grok was used to create "
        "sexualised images of real women and children, the regulator said on Monday."
    )
    site.add_feed("/a.rss", rss([Item("Ofcom investigates X over Grok images", site.url("/a/1"), lede, "a-1")]))
    site.add_feed(
        "/b.rss", rss([Item("Regulator Ofcom investigates X over Grok images", site.url("/b/1"), lede, "b-1")])
    )
    p = poller(fetcher, engine, fetch_full_text=False)
    a = await p.poll_feed(FeedSpec(name="a", url=site.url("/a.rss")))
    b = await p.poll_feed(FeedSpec(name="b", url=site.url("/b.rss")))
    assert len(a.new_stories) == 1 and b.new_stories == []


async def test_restart_never_reannounces_but_finds_story_published_while_down(
    site: FeedSite, fetcher: FeedFetcher, tmp_path: Path
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'g.db'}"
    site.add_feed("/wire.rss", rss(absolute(site, [OFCOM, KENDALL])), etag='"v1"')
    spec = FeedSpec(name="wire", url=site.url("/wire.rss"))
    engine = await open_engine(url)
    assert len((await poller(fetcher, engine, fetch_full_text=False).poll_feed(spec)).new_stories) == 2
    await engine.dispose()
    # While "down", the feed gained an item dated before the last poll; the server forgot its ETag.
    old = Item("Grok image curbs questioned by MPs", site.url("/news/old"), "MPs questioned Grok curbs.", "wire-0",
               published=datetime(2025, 12, 1, tzinfo=UTC))  # fmt: skip
    site.add_feed("/wire.rss", rss([*absolute(site, [OFCOM, KENDALL]), old]), etag='"v2"')
    engine = await open_engine(url)
    report = await poller(fetcher, engine, fetch_full_text=False).poll_feed(spec)
    assert [s.title for s in report.new_stories] == [old.title]
    assert await StoryStore(engine).count() == 3
    await engine.dispose()


_CRASH = {
    "sqlite": (
        ["CREATE TRIGGER crash_mid_poll BEFORE INSERT ON story_keys BEGIN SELECT RAISE(ABORT, 'disk crashed'); END"],
        ["DROP TRIGGER crash_mid_poll"],
    ),
    "postgresql": (
        [
            "CREATE FUNCTION crash_mid_poll() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk crashed'; END $$"
            " LANGUAGE plpgsql",
            "CREATE TRIGGER crash_mid_poll BEFORE INSERT ON story_keys FOR EACH STATEMENT EXECUTE FUNCTION"
            " crash_mid_poll()",
        ],
        ["DROP TRIGGER crash_mid_poll ON story_keys", "DROP FUNCTION crash_mid_poll()"],
    ),
}


async def _sql(engine: AsyncEngine, statements: list[str]) -> None:
    async with engine.begin() as conn:
        for statement in statements:
            await conn.execute(sa.text(statement))


async def test_crash_mid_poll_commits_nothing_and_retry_stores_each_once(
    site: FeedSite, fetcher: FeedFetcher, engine: AsyncEngine
) -> None:
    site.add_feed("/wire.rss", rss(absolute(site, [OFCOM, KENDALL, SPACEX])), etag='"v1"')
    spec = FeedSpec(name="wire", url=site.url("/wire.rss"))
    # the database fails half-way through the poll's transaction: after the stories, before their keys
    install, remove = _CRASH[engine.dialect.name]
    await _sql(engine, install)
    store = StoryStore(engine)
    report = await poller(fetcher, engine, fetch_full_text=False).poll_feed(spec)
    assert report.error is not None and "disk crashed" in report.error
    assert await store.count() == 0
    state = (await store.feed_states())[0]
    assert state.etag is None and state.consecutive_failures == 1  # validators not advanced: next poll refetches
    await _sql(engine, remove)
    retry = await poller(fetcher, engine, fetch_full_text=False).poll_feed(spec)
    assert len(retry.new_stories) == 3 and await store.count() == 3
    again = await poller(fetcher, engine, fetch_full_text=False).poll_feed(spec)
    assert again.new_stories == [] and await store.count() == 3


async def test_failing_feeds_are_isolated_and_recorded(
    site: FeedSite, fetcher: FeedFetcher, engine: AsyncEngine
) -> None:
    site.add_feed("/good.rss", rss(absolute(site, [OFCOM])))
    site.add_status("/broken.rss", 500)
    site.add_feed("/bad.rss", "<rss><channel><item><title>unclosed", content_type="application/rss+xml")
    site.add_page("/page.rss", "<!doctype html><html><head><title>Home</title></head><body>hi</body></html>")
    specs = [FeedSpec(name=n, url=site.url(f"/{n}.rss"), timeout_s=3) for n in ("broken", "bad", "page", "good")]
    reports = await poller(fetcher, engine, fetch_full_text=False).poll_all(specs)
    by_name = {r.feed: r for r in reports}
    assert by_name["good"].error is None and len(by_name["good"].new_stories) == 1
    assert "500" in (by_name["broken"].error or "")
    assert by_name["page"].error and "HTML" in by_name["page"].error
    assert by_name["bad"].error or by_name["bad"].warning
    states = {s.name: s for s in await StoryStore(engine).feed_states()}
    assert states["broken"].consecutive_failures == 1 and states["broken"].last_error
    assert states["good"].consecutive_failures == 0


async def test_failed_article_fetch_still_stores_story_from_feed_text(
    site: FeedSite, fetcher: FeedFetcher, engine: AsyncEngine
) -> None:
    site.add_feed("/wire.rss", rss(absolute(site, [OFCOM])))
    site.add_status("/news/ofcom-grok", 404)
    report = await poller(fetcher, engine).poll_feed(FeedSpec(name="wire", url=site.url("/wire.rss")))
    assert site.hits("/news/ofcom-grok") == 1
    [story] = report.new_stories
    assert story.relevant and story.summary["key_points"][0].startswith("Ofcom has opened")


async def test_article_page_canonical_wins_and_full_text_is_summarised(
    site: FeedSite, fetcher: FeedFetcher, engine: AsyncEngine
) -> None:
    site.add_feed("/wire.rss", rss(absolute(site, [OFCOM, SPACEX])))
    site.add_page(
        "/news/ofcom-grok",
        '<html><head><link rel="canonical" href="/articles/2026/ofcom-grok"></head><body><article>'
        "<p>Full article text about Grok and Ofcom, with much more detail than the feed item carries: the"
        " regulator's letter, the deadline it set and what the company said in reply.</p></article></body></html>",
    )
    report = await poller(fetcher, engine).poll_feed(FeedSpec(name="wire", url=site.url("/wire.rss")))
    ofcom = next(s for s in report.new_stories if s.relevant)
    assert ofcom.canonical_url == site.url("/articles/2026/ofcom-grok")
    assert "Full article text" in ofcom.summary["key_points"][0]
    assert site.hits("/news/spacex") == 0  # off-topic: no article fetch


async def test_no_article_fetch_when_feed_carries_full_text(
    site: FeedSite, fetcher: FeedFetcher, engine: AsyncEngine
) -> None:
    body = "<p>" + ("Grok and the Online Safety Act. " * 60) + "</p>"
    item = Item(OFCOM.title, site.url("/news/full"), OFCOM.lede, "full-1", content=body)
    site.add_feed("/wire.rss", rss([item]))
    report = await poller(fetcher, engine).poll_feed(FeedSpec(name="wire", url=site.url("/wire.rss")))
    assert len(report.new_stories) == 1 and site.hits("/news/full") == 0


async def test_real_summariser_decides_relevance(site: FeedSite, fetcher: FeedFetcher, engine: AsyncEngine) -> None:
    decoy = Item("Patients wait weeks for X-ray results", site.url("/xray"), "NHS X-ray backlog grows.", "x-1")
    site.add_feed("/wire.rss", rss([*absolute(site, [OFCOM]), decoy]))
    p = Poller(fetcher, StoryStore(engine), clock=FixedClock(), topic=DEFAULT_TOPIC, fetch_full_text=False)
    report = await p.poll_feed(FeedSpec(name="wire", url=site.url("/wire.rss")))
    assert [s.title for s in report.relevant_stories] == [OFCOM.title]
    assert len(report.new_stories) == 2  # the decoy is stored for search, not announced


async def test_fetched_article_text_is_stored_and_searchable(
    site: FeedSite, fetcher: FeedFetcher, engine: AsyncEngine
) -> None:
    site.add_feed("/wire.rss", rss(absolute(site, [OFCOM])))
    paragraph = (
        "The regulator's letter, seen by this newspaper, gives the company until the end of the month to explain "
        "how Grok's image tool was tested before launch and names the Wexford review as its model."
    )
    site.add_page(
        "/news/ofcom-grok",
        f"<html><head><title>Ofcom and Grok</title></head><body><nav>Home | News</nav><article><h1>{OFCOM.title}"
        f"</h1><p>{paragraph}</p><p>{paragraph.replace('letter', 'notice')}</p></article></body></html>",
    )
    report = await poller(fetcher, engine).poll_feed(FeedSpec(name="wire", url=site.url("/wire.rss")))
    [story] = report.new_stories
    store = StoryStore(engine)
    stored = await store.get(story.id)
    assert stored is not None and stored.text is not None and "Wexford review" in stored.text
    assert "Home | News" not in stored.text  # the page's main text, not its furniture
    # a word only the article page has (not the feed's title or lede) finds the story
    assert [s.id for s in await store.search("Wexford")] == [story.id]
    assert (await store.latest(5))[0].text is None  # lists never load the text


async def test_ttl_is_honoured_after_not_modified(site: FeedSite, fetcher: FeedFetcher, engine: AsyncEngine) -> None:
    # <ttl> only comes with the 200's body and max-age only with the 200's headers: the 304s carry neither
    site.add_feed(
        "/wire.rss",
        rss(absolute(site, [OFCOM]), ttl_minutes=90),
        etag='"v1"',
        headers={"Cache-Control": "max-age=3600"},
        headers_on_304=False,
    )
    clock = FixedClock()
    p = Poller(fetcher, StoryStore(engine), clock=clock, topic=DEFAULT_TOPIC, summarise_fn=keyword_summarise)
    spec = FeedSpec(name="wire", url=site.url("/wire.rss"), interval_s=600.0, fetch_full_text=False)
    assert len((await p.poll_feed(spec)).new_stories) == 1
    again = await p.poll_feed(spec)
    assert again.not_modified
    [state] = await StoryStore(engine).feed_states()
    assert state.min_interval_s == 90 * 60.0
    assert state.next_attempt == clock.now() + timedelta(minutes=90)


async def test_poll_all_records_unchanged_feeds_together(
    site: FeedSite, fetcher: FeedFetcher, engine: AsyncEngine
) -> None:
    for n in ("a", "b", "c"):
        site.add_feed(
            f"/{n}.rss", rss([Item(f"Story {n} on Grok and Ofcom rules", site.url(f"/{n}/1"), "x", n)]), etag=f'"{n}"'
        )
    site.add_status("/d.rss", 500)
    clock = FixedClock()
    p = Poller(fetcher, StoryStore(engine), clock=clock, topic=DEFAULT_TOPIC, summarise_fn=keyword_summarise)
    specs = [FeedSpec(name=n, url=site.url(f"/{n}.rss"), fetch_full_text=False) for n in "abcd"]
    await p.poll_all(specs)
    clock.current += timedelta(hours=1)
    reports = await p.poll_all(specs)
    assert [r.not_modified for r in reports] == [True, True, True, False]
    states = {s.name: s for s in await StoryStore(engine).feed_states()}
    assert all(states[n].last_success == clock.now() and states[n].etag == f'"{n}"' for n in "abc")
    assert states["d"].consecutive_failures == 2 and states["d"].last_success is None


async def test_real_summariser_judges_relevance_first_and_summarises_only_relevant_stories(
    site: FeedSite, fetcher: FeedFetcher, engine: AsyncEngine
) -> None:
    site.add_feed("/wire.rss", rss(absolute(site, [OFCOM, SPACEX])))
    p = poller(fetcher, engine, summarise_fn=summarise, fetch_full_text=False)
    report = await p.poll_feed(FeedSpec(name="wire", url=site.url("/wire.rss")))
    stored = {s.title: s for s in report.new_stories}
    assert set(stored) == {OFCOM.title, SPACEX.title}  # off-topic stories are stored too, for search and audit
    ofcom, spacex = stored[OFCOM.title].summary, stored[SPACEX.title].summary
    assert ofcom["relevance"]["relevant"] and ofcom["key_points"] and "Ofcom" in ofcom["entities"]["organisations"]
    assert not spacex["relevance"]["relevant"]
    assert spacex["key_points"] == [] and spacex["quotes"] == [] and spacex["actions"] == []
    # the shortcut and the full summary never disagree about relevance
    full = summarise(SPACEX.lede, title=SPACEX.title)
    assert spacex["relevance"] == full.to_dict()["relevance"]


OFCOM_PAGE = (
    "<html><head><title>Ofcom opens investigation</title></head><body><article>"
    "<p>Ofcom has opened a formal investigation into X under the Online Safety Act after its Grok chatbot was used"
    " to create sexualised images of real people, the regulator said on Monday.</p>"
    "<p>The watchdog said it would examine whether the platform had assessed the risk of illegal content and acted"
    " quickly enough to remove it. It can fine companies up to 10% of their worldwide revenue.</p>"
    "</article></body></html>"
)
PRODUCT_PAGE = (
    "<html><body><article><p>xAI has added a voice mode to its Grok chatbot, letting subscribers talk to the"
    " assistant in twelve languages. The company said the feature would reach more countries next month, and"
    " that it had trained new voices with professional actors over the summer.</p></article></body></html>"
)


async def test_short_items_naming_the_subject_get_a_second_look_from_their_page(
    site: FeedSite, fetcher: FeedFetcher, engine: AsyncEngine
) -> None:
    vague = Item("What next for Grok after a bruising week?", site.url("/news/vague"), "", "v-1")
    product = Item("Grok gets a new voice mode", site.url("/news/voice"), "xAI added voice to its chatbot.", "v-2")
    other = Item("Broadband firm fined over billing errors", site.url("/news/bills"), "A fine was imposed.", "v-3")
    site.add_feed("/wire.rss", rss([vague, product, other]))
    site.add_page("/news/vague", OFCOM_PAGE)
    site.add_page("/news/voice", PRODUCT_PAGE)
    p = poller(fetcher, engine, summarise_fn=summarise)
    report = await p.poll_feed(FeedSpec(name="wire", url=site.url("/wire.rss")))
    by_title = {s.title: s for s in report.new_stories}
    assert len(by_title) == 3  # every story is stored, announced or not
    promoted = by_title[vague.title]
    assert promoted.relevant and promoted.summary["relevance"]["relevant"]
    assert any("Ofcom" in a["actor"] for a in promoted.summary["actions"])
    assert not by_title[product.title].relevant  # the page is product news: still off-topic
    assert site.hits("/news/vague") == 1 and site.hits("/news/voice") == 1
    assert site.hits("/news/bills") == 0  # no subject named: no page fetched


async def test_a_relevant_story_keeps_its_feed_summary_when_the_page_has_no_text(
    site: FeedSite, fetcher: FeedFetcher, engine: AsyncEngine
) -> None:
    site.add_feed("/wire.rss", rss(absolute(site, [OFCOM])))
    site.add_page("/news/ofcom-grok", "<html><body><script>render()</script><div id='app'></div></body></html>")
    p = poller(fetcher, engine, summarise_fn=summarise)
    report = await p.poll_feed(FeedSpec(name="wire", url=site.url("/wire.rss")))
    [story] = report.new_stories
    assert site.hits("/news/ofcom-grok") == 1
    assert story.relevant and story.summary["key_points"] and "Ofcom" in story.summary["key_points"][0]


def raising_on_poison(text: Any, **kw: Any) -> Summary:
    """The keyword stand-in, except that it fails on one story (a summariser bug on one input)."""
    if "POISON" in str(kw.get("title")) or (isinstance(text, Article) and "POISON" in text.text):
        raise RuntimeError("summariser bug")
    return keyword_summarise(text, **kw)


async def test_an_item_that_breaks_the_summariser_is_stored_and_the_others_are_not_held_up(
    site: FeedSite, fetcher: FeedFetcher, engine: AsyncEngine
) -> None:
    poison = Item("Grok POISON headline", site.url("/news/poison"), "Grok and Ofcom again.", "p-1")
    site.add_feed("/wire.rss", rss([*absolute(site, [OFCOM, SPACEX]), poison]))
    p = poller(fetcher, engine, summarise_fn=raising_on_poison, fetch_full_text=False)
    report = await p.poll_feed(FeedSpec(name="wire", url=site.url("/wire.rss")))
    assert report.error is None
    assert {s.title for s in report.new_stories} == {OFCOM.title, SPACEX.title, poison.title}
    assert [s.title for s in report.relevant_stories] == [OFCOM.title]
    again = await p.poll_feed(FeedSpec(name="wire", url=site.url("/wire.rss")))
    assert again.new_stories == []  # stored once: the next poll neither fails on it nor stores it twice


async def test_an_article_page_that_breaks_the_summariser_leaves_the_feed_summary(
    site: FeedSite, fetcher: FeedFetcher, engine: AsyncEngine
) -> None:
    site.add_feed("/wire.rss", rss(absolute(site, [OFCOM])))
    site.add_page(
        "/news/ofcom-grok", "<html><body><article><p>" + "POISON Grok text. " * 40 + "</p></article></body></html>"
    )
    p = poller(fetcher, engine, summarise_fn=raising_on_poison)
    report = await p.poll_feed(FeedSpec(name="wire", url=site.url("/wire.rss")))
    [story] = report.new_stories
    assert site.hits("/news/ofcom-grok") == 1
    assert story.relevant and story.summary["key_points"][0].startswith("Ofcom has opened")


async def test_a_process_pool_parses_and_summarises_feeds_polled_together(
    site: FeedSite, fetcher: FeedFetcher, engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the pool's calls are batched (PoolBatcher): stories, feed errors and the startup-heap freeze all come through
    monkeypatch.setattr(polling, "_startup_heap_frozen", False)  # as in a fresh process, whatever ran before
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    site.add_feed("/a.rss", rss(absolute(site, [OFCOM, SPACEX])), etag='"a"')
    site.add_feed("/b.rss", rss(absolute(site, [KENDALL])), etag='"b"')
    site.add_page("/c.rss", "<!doctype html><html><head><title>Sign in</title></head><body>x</body></html>")
    specs = [FeedSpec(name=n, url=site.url(f"/{n}.rss")) for n in ("a", "b", "c")]
    pool = process_pool(2)
    assert pool is not None
    with pool:
        reports = await poller(fetcher, engine, fetch_full_text=False, parse_executor=pool).poll_all(specs)
    a, b, c = reports
    assert sorted(s.title for s in a.new_stories) == sorted([OFCOM.title, SPACEX.title])
    assert [s.title for s in b.relevant_stories] == [KENDALL.title]
    assert c.error is not None and "HTML page instead of a feed" in c.error
    assert polling._startup_heap_frozen and gc.get_freeze_count() > 0  # the first poll froze the startup heap


class BrokenPool(ThreadPoolExecutor):
    """An executor whose workers have died: every submission fails as a broken process pool's does."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        raise BrokenProcessPool("a worker died")


async def test_a_broken_process_pool_falls_back_to_threads(
    site: FeedSite, fetcher: FeedFetcher, engine: AsyncEngine
) -> None:
    site.add_feed("/wire.rss", rss(absolute(site, [OFCOM, SPACEX])), etag='"v1"')
    with BrokenPool(max_workers=1) as pool:
        p = poller(fetcher, engine, fetch_full_text=False, parse_executor=pool)
        report = await p.poll_feed(FeedSpec(name="wire", url=site.url("/wire.rss")))
    assert report.error is None and len(report.new_stories) == 2
    assert p.executor is None  # later polls go straight to threads


async def test_collections_are_spaced_out_while_polls_run_and_restored_after(
    site: FeedSite, fetcher: FeedFetcher, engine: AsyncEngine
) -> None:
    # a poll keeps its stories until its reports are read: the collector's default rhythm re-walked them all the time
    for n in ("a", "b"):
        site.add_feed(f"/{n}.rss", rss([Item(f"Grok story {n} for Ofcom", site.url(f"/{n}/1"), "Grok lede.", n)]))
    seen: list[tuple[int, int, int]] = []

    def summarise_watching(text: str | Article, **kw: Any) -> Summary:
        seen.append(gc.get_threshold())
        return keyword_summarise(text, **kw)

    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    try:
        p = poller(fetcher, engine, summarise_fn=summarise_watching)
        specs = [FeedSpec(name=n, url=site.url(f"/{n}.rss"), fetch_full_text=False) for n in "ab"]
        # two polls at once (the scheduler's and a command's): the thresholds come back when the last one ends
        await asyncio.gather(p.poll_all(specs[:1]), p.poll_all(specs[1:]))
        assert len(seen) == 2 and all(t == (polling._POLL_GC_THRESHOLD, polling._POLL_GC_OLDER, 10) for t in seen)
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*before)


class _BurstWatchingStore(StoryStore):
    """A StoryStore that records its writes and the poller's end-of-burst hint, in order."""

    def __init__(self, engine: AsyncEngine) -> None:
        super().__init__(engine)
        self.events: list[str] = []

    async def commit_poll(self, state: Any, records: Any, sightings: Any) -> Any:
        self.events.append(f"write {state.name}")
        return await super().commit_poll(state, records, sightings)

    async def save_feed_state(self, state: Any) -> None:
        self.events.append(f"write {state.name}")
        await super().save_feed_state(state)

    def end_of_burst(self) -> None:
        self.events.append("end")
        super().end_of_burst()


async def test_poll_all_tells_the_store_when_its_last_feed_reaches_its_write(
    site: FeedSite, fetcher: FeedFetcher, engine: AsyncEngine
) -> None:
    for n in ("a", "b", "c"):
        site.add_feed(f"/{n}.rss", rss([Item(f"Story {n} on Grok and Ofcom rules", site.url(f"/{n}/1"), "x", n)]))
    site.add_status("/d.rss", 500)
    store = _BurstWatchingStore(engine)
    p = Poller(fetcher, store, clock=FixedClock(), topic=DEFAULT_TOPIC, summarise_fn=keyword_summarise)
    specs = [FeedSpec(name=n, url=site.url(f"/{n}.rss"), fetch_full_text=False) for n in "abcd"]
    reports = await p.poll_all(specs)
    assert [len(r.new_stories) for r in reports] == [1, 1, 1, 0] and reports[3].error
    # once, when every feed has written or is about to (the hint comes just before the last feed's write)
    assert store.events.count("end") == 1
    assert sorted(e for e in store.events if e != "end") == [f"write {n}" for n in "abcd"]
    assert store.events.index("end") >= 3
    assert len(await store.latest(10, relevant_only=False)) == 3  # nothing lost to the early commit
    store.events.clear()
    await p.poll_feed(specs[0])  # a lone poll is no burst: no hint
    assert store.events == ["write a"]
