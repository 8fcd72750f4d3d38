"""canonical_url and friends: one form per article, tracking stripped, meaning kept."""

from __future__ import annotations

import random
import re

import pytest

from bot.core import urls
from bot.core.urls import canonical_url, host_of, is_tracking_param, unwrap_redirect


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("HTTPS://WWW.BBC.CO.UK/news/technology-123", "https://www.bbc.co.uk/news/technology-123"),
        ("https://www.bbc.co.uk:443/news/x?at_medium=RSS&at_campaign=rss", "https://www.bbc.co.uk/news/x"),
        ("http://example.com:80/a#comments", "http://example.com/a"),
        ("http://example.com:8080/a", "http://example.com:8080/a"),
        (
            "https://www.theguardian.com/technology/2026/jan/12/x?CMP=Share_iOSApp_Other&utm_source=tw&utm_medium=s",
            "https://www.theguardian.com/technology/2026/jan/12/x",
        ),
        ("https://e.example/a?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&ocid=5&cmpid=6&ref=hn", "https://e.example/a"),
        ("https://e.example/search?q=grok&page=2", "https://e.example/search?page=2&q=grok"),
        ("https://e.example/search?page=2&q=grok&utm_term=x", "https://e.example/search?page=2&q=grok"),
        ("https://e.example", "https://e.example/"),
        ("https://e.example/path with space", "https://e.example/path%20with%20space"),
        ("https://user:pw@e.example/a", "https://e.example/a"),
        ("  https://e.example/a  ", "https://e.example/a"),
    ],
)
def test_canonical_url(raw: str, expected: str) -> None:
    assert canonical_url(raw) == expected


def test_canonical_url_is_idempotent() -> None:
    once = canonical_url("HTTPS://Example.COM:443/a/b?z=1&a=2&utm_source=x#top")
    assert canonical_url(once) == once


@pytest.mark.parametrize("raw", ["mailto:desk@example.org", "not a url", "urn:uuid:1234", "https://[bad"])
def test_non_http_urls_returned_unchanged(raw: str) -> None:
    assert canonical_url(raw) == raw


def test_tracking_params() -> None:
    assert is_tracking_param("utm_source") and is_tracking_param("UTM_Medium") and is_tracking_param("CMP")
    assert not is_tracking_param("id") and not is_tracking_param("q") and not is_tracking_param("page")


def test_unwrap_google_redirect() -> None:
    wrapped = "https://www.google.com/url?rct=j&sa=t&url=https://paper.example/story&ct=ga"
    assert unwrap_redirect(wrapped) == "https://paper.example/story"
    assert unwrap_redirect("https://paper.example/story") == "https://paper.example/story"
    assert unwrap_redirect("https://www.google.com/url?url=javascript:alert(1)").startswith("https://www.google.com")


def test_host_of() -> None:
    assert host_of("https://www.BBC.co.uk/news") == "bbc.co.uk"
    assert host_of("https://feeds.bbci.co.uk/news/rss.xml") == "feeds.bbci.co.uk"
    assert host_of(None) is None and host_of("nope") is None


def test_already_canonical_shortcut_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    # URLs the shortcut returns as they are must be exactly what the full treatment returns
    rnd = random.Random(5)
    seeds = ["https://news.example.org/tech/2026/jan/12/ofcom-x", "http://bench.invalid/5/3", "https://a.b/",
             "https://x.example/p;v=1/(a)*", "https://x.example/%7Euser/~me", "http://x.example./a"]  # fmt: skip
    cases = set(seeds)
    for _ in range(3000):
        chars = list(rnd.choice(seeds))
        for _ in range(rnd.randint(1, 3)):
            chars.insert(rnd.randint(0, len(chars)), rnd.choice("aB0./-_~%:@!$&'()*+,;=?#[] \té"))
        cases.add("".join(chars))
    shortcut = {u for u in cases if urls._ALREADY_CANONICAL.fullmatch(u)}
    monkeypatch.setattr(urls, "_ALREADY_CANONICAL", re.compile(r"(?!)"))  # the full treatment for every URL
    full = urls.canonical_url.__wrapped__
    assert len(shortcut) > 300
    assert all(full(u) == u for u in shortcut)
