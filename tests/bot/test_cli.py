"""`python -m bot` as a subprocess against a loopback feed site: poll --once, feeds, digest, errors, --help."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.bot.core.pipeline_helpers import Item, rss
from tests.servers.feedsite import FeedSite

ROOT = Path(__file__).resolve().parents[2]

OFCOM = Item(
    title="Ofcom opens investigation into X over Grok sexualised images",
    link="/news/ofcom-grok",
    lede=(
        "Ofcom has opened a formal investigation into Elon Musk's X under the Online Safety Act after the Grok AI "
        'tool was used to create sexualised images. "Platforms must protect people in the UK," said Melanie Dawes, '
        "Ofcom's chief executive."
    ),
    guid="wire-1",
)
DECOY = Item(
    title="Patients wait weeks for X-ray results as NHS backlog grows",
    link="/news/xray",
    lede="Hospital patients in England are waiting up to six weeks for X-ray results, figures show.",
    guid="wire-2",
)


async def run(*args: str, timeout: float = 90) -> tuple[int, str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISCORD_TOKEN", "DATABASE_URL", "FEEDS_CONFIG")}
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, cwd=ROOT, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(proc.communicate(), timeout)
    return int(proc.returncode or 0), out.decode(), err.decode()


@pytest.fixture
async def site() -> AsyncIterator[FeedSite]:
    async with FeedSite() as s:
        items = [Item(i.title, s.url(i.link), i.lede, i.guid) for i in (OFCOM, DECOY)]
        s.add_feed("/wire.rss", rss(items), etag='"v1"')
        s.add_status("/broken.rss", 500)
        yield s


def write_config(tmp_path: Path, site: FeedSite) -> Path:
    cfg = tmp_path / "feeds.yaml"
    cfg.write_text(
        "defaults:\n  fetch_full_text: false\n  timeout: 5s\nfeeds:\n"
        f"  - name: wire\n    url: {site.url('/wire.rss')}\n"
        f"  - name: broken\n    url: {site.url('/broken.rss')}\n",
        encoding="utf-8",
    )
    return cfg


async def test_poll_once_json_lines_and_failing_feed_on_stderr(site: FeedSite, tmp_path: Path) -> None:
    cfg, db = write_config(tmp_path, site), f"sqlite:///{tmp_path / 'g.db'}"
    code, out, err = await run("poll", "--once", "--config", str(cfg), "--db", db, "--json")
    assert code == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["title"] for line in lines] == [OFCOM.title]
    first = lines[0]
    assert set(first) == {"id", "title", "url", "feed", "published", "summary"}
    assert first["feed"] == "wire" and first["url"] == site.url("/news/ofcom-grok")
    assert {"quotes", "actions", "key_points", "relevance"} <= set(first["summary"])
    failing = [line for line in err.splitlines() if "broken" in line]
    assert len(failing) == 1 and "500" in failing[0]
    # a second run finds nothing new: restart never re-announces
    code, out, _ = await run("poll", "--once", "--config", str(cfg), "--db", db, "--json")
    assert code == 0 and out.strip() == ""

    code, out, err = await run("feeds", "--config", str(cfg), "--db", db)
    assert code == 0, err
    assert "wire" in out and "broken" in out and "HTTP 500" in out

    code, out, err = await run("digest", "--since", "48h", "--format", "json", "--db", db)
    assert code == 0, err
    digest = json.loads(out)
    assert [i["headline"] for i in digest["items"]] == [OFCOM.title]


async def test_poll_once_prints_rich_stories(site: FeedSite, tmp_path: Path) -> None:
    cfg, db = write_config(tmp_path, site), f"sqlite:///{tmp_path / 'g.db'}"
    code, out, _ = await run("poll", "--once", "--config", str(cfg), "--db", db)
    assert code == 0
    assert "Ofcom opens investigation" in out and "X-ray" not in out
    assert "1 failing" in out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("feeds:\n  - name: a\n    url: ftp://nope\n", "feeds[0].url"),
        ("feeds:\n  - name: a\n    url: http://x/\n    intervall: 5m\n", "intervall"),
        ("feeds: [\n", "feeds.yaml"),
    ],
)
async def test_bad_config_is_one_line_without_traceback(tmp_path: Path, text: str, expected: str) -> None:
    cfg = tmp_path / "feeds.yaml"
    cfg.write_text(text, encoding="utf-8")
    code, out, err = await run("poll", "--once", "--config", str(cfg), "--db", f"sqlite:///{tmp_path / 'g.db'}")
    assert code != 0 and out == ""
    assert len(err.strip().splitlines()) == 1 and expected in err and "Traceback" not in err


# A directory is not a database. Was: SQLAlchemy's message with a second "(Background on this error at: …)" line,
# then, now and then, a traceback from the failed connection's driver thread calling into the closed event loop.
@pytest.mark.parametrize(
    ("db", "expected"), [("not a url", "not a database URL"), ("sqlite:///{tmp}", "unable to open")]
)
async def test_bad_database_is_one_line(tmp_path: Path, site: FeedSite, db: str, expected: str) -> None:
    cfg = write_config(tmp_path, site)
    code, _, err = await run("poll", "--once", "--config", str(cfg), "--db", db.format(tmp=tmp_path))
    assert code != 0 and len(err.strip().splitlines()) == 1 and "Traceback" not in err and expected in err


@pytest.mark.parametrize("command", ["run", "poll", "digest", "feeds", "demo"])
async def test_help_on_each_command(command: str) -> None:
    code, out, _ = await run(command, "--help")
    assert code == 0 and "usage:" in out
