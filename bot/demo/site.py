"""The demo's loopback news site: bundled sample stories served as an RSS feed, an Atom feed and article pages.

Feeds answer conditional GETs (ETag → 304) so a second poll shows the cheap path; feed links carry utm_ tracking
parameters and article pages declare their canonical URL, so canonicalisation and dedupe have work to do.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from importlib import resources
from typing import Any
from xml.sax.saxutils import escape

import yaml
from aiohttp import web


@dataclass(frozen=True, slots=True)
class DemoStory:
    """One sample article."""

    slug: str
    feeds: tuple[str, ...]
    published: datetime
    author: str
    title: str
    lede: str
    body: tuple[str, ...]
    full_text_in_feed: bool = False


@dataclass(frozen=True, slots=True)
class DemoFeed:
    """One sample feed (an outlet)."""

    key: str
    title: str
    site: str
    kind: str
    path: str


def load_sample() -> tuple[list[DemoFeed], list[DemoStory]]:
    """Read the bundled sample stories (bot/demo/stories.yaml)."""
    raw: dict[str, Any] = yaml.safe_load(resources.files("bot.demo").joinpath("stories.yaml").read_text("utf-8"))
    feeds = [DemoFeed(key=k, **v) for k, v in raw["publishers"].items()]
    stories = [
        DemoStory(
            slug=s["slug"],
            feeds=tuple(s["feeds"]),
            published=datetime.fromisoformat(s["published"].replace("Z", "+00:00")),
            author=s["author"],
            title=s["title"],
            lede=s["lede"],
            body=tuple(s["body"]),
            full_text_in_feed=bool(s.get("full_text_in_feed", False)),
        )
        for s in raw["stories"]
    ]
    return feeds, stories


class DemoSite:
    """`async with DemoSite() as site:` serves the sample on 127.0.0.1 (port 0); `site.feed_url(feed)`."""

    def __init__(self) -> None:
        self.feeds, self.stories = load_sample()
        self._runner: web.AppRunner | None = None
        self.base = ""
        self.requests: list[str] = []

    async def __aenter__(self) -> DemoSite:
        app = web.Application()
        app.router.add_get("/feeds/{name}", self._feed)
        app.router.add_get("/{outlet}/{slug}", self._article)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.base = f"http://127.0.0.1:{port}"
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def feed_url(self, feed: DemoFeed) -> str:
        """Where a sample feed is served."""
        return self.base + feed.path

    def link(self, feed: DemoFeed, story: DemoStory) -> str:
        """The link a feed gives for a story: per-outlet path plus tracking noise the pipeline strips."""
        return f"{self.base}/{feed.key}/{story.slug}?utm_source=rss&utm_medium={feed.kind}"

    async def _feed(self, request: web.Request) -> web.Response:
        self.requests.append(request.path)
        feed = next((f for f in self.feeds if f.path == request.path), None)
        if feed is None:
            raise web.HTTPNotFound()
        items = [s for s in self.stories if feed.key in s.feeds]
        body = (_rss if feed.kind == "rss" else _atom)(self, feed, items).encode("utf-8")
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        ctype = "application/rss+xml" if feed.kind == "rss" else "application/atom+xml"
        return web.Response(body=body, headers={"ETag": etag, "Content-Type": f"{ctype}; charset=utf-8"})

    async def _article(self, request: web.Request) -> web.Response:
        self.requests.append(request.path)
        slug = request.match_info["slug"]
        feed = next((f for f in self.feeds if f.key == request.match_info["outlet"]), None)
        story = next((s for s in self.stories if s.slug == slug), None)
        if feed is None or story is None:
            raise web.HTTPNotFound()
        return web.Response(text=_page(self, feed, story), content_type="text/html", charset="utf-8")


def _rss(site: DemoSite, feed: DemoFeed, items: list[DemoStory]) -> str:
    entries = "".join(
        f"<item><title>{escape(s.title)}</title><link>{escape(site.link(feed, s))}</link>"
        f'<guid isPermaLink="false">{feed.key}-{escape(s.slug)}</guid>'
        f"<pubDate>{format_datetime(s.published)}</pubDate><dc:creator>{escape(s.author)}</dc:creator>"
        f"<description>{escape(s.lede)}</description></item>"
        for s in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<channel><title>{escape(feed.title)}</title><link>{site.base}/</link><ttl>10</ttl>"
        f"<description>Sample news feed for the grokwatch demo</description>{entries}</channel></rss>"
    )


def _atom(site: DemoSite, feed: DemoFeed, items: list[DemoStory]) -> str:
    def content(s: DemoStory) -> str:
        if not s.full_text_in_feed:
            return ""
        return f'<content type="html">{escape("".join(f"<p>{p}</p>" for p in s.body))}</content>'

    entries = "".join(
        f"<entry><title>{escape(s.title)}</title>"
        f'<link rel="alternate" href="{escape(site.link(feed, s))}"/>'
        f"<id>tag:demo.grokwatch.invalid,2026:{escape(s.slug)}</id>"
        f"<updated>{s.published.isoformat()}</updated><published>{s.published.isoformat()}</published>"
        f"<author><name>{escape(s.author)}</name></author><summary>{escape(s.lede)}</summary>{content(s)}</entry>"
        for s in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{escape(feed.title)}</title><id>{site.base}{feed.path}</id>"
        f'<link rel="self" href="{site.base}{feed.path}"/><updated>{max(s.published for s in items).isoformat()}'
        f"</updated>{entries}</feed>"
    )


def _page(site: DemoSite, feed: DemoFeed, story: DemoStory) -> str:
    paragraphs = "\n".join(f"<p>{escape(p)}</p>" for p in story.body)
    return f"""<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>{escape(story.title)} | {escape(feed.site)}</title>
<link rel="canonical" href="{site.base}/news/{escape(story.slug)}">
<meta property="og:site_name" content="{escape(feed.site)}">
<meta property="og:title" content="{escape(story.title)}">
<meta property="article:published_time" content="{story.published.isoformat()}">
<meta name="author" content="{escape(story.author.split(",")[0])}">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/politics">Politics</a> <a href="/tech">Technology</a></nav>
<main><article>
<h1>{escape(story.title)}</h1>
<p class="byline">By {escape(story.author)} · {story.published.strftime("%-d %B %Y")}</p>
{paragraphs}
</article></main>
<footer><p>Sign up to our morning briefing newsletter.</p><p>© 2026 {escape(feed.site)}. Sample site for the
grokwatch demo.</p></footer>
</body></html>"""
