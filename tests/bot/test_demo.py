"""`python -m bot demo` runs offline and prints stories with attributed quotes, dedupe and a digest."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bot.demo.site import load_sample

ROOT = Path(__file__).resolve().parents[2]


def test_sample_has_stories_decoys_and_one_syndicated_story() -> None:
    feeds, stories = load_sample()
    assert {f.kind for f in feeds} == {"rss", "atom"}
    assert 12 <= len(stories) <= 16
    assert sum(len(s.feeds) > 1 for s in stories) == 1
    assert any("SpaceX" in s.title for s in stories) and any("Malcolm X" in s.title for s in stories)


def test_demo_prints_stories_quotes_and_digest() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISCORD_TOKEN", "DATABASE_URL")}
    env["COLUMNS"] = "200"
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "demo"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "Ofcom opens formal investigation into X over Grok" in out
    assert "Melanie Dawes" in out  # a quote with its speaker
    assert "Also covered by: Demo Europe Desk" in out  # the syndicated story, deduplicated
    assert "Digest" in out and "Second poll:" in out and "2 unchanged" in out
    assert "SpaceX launches" not in out and "Malcolm X's centenary" not in out  # decoys stored, not announced
