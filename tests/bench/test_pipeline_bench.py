"""The pipeline bench's generated feeds look like real ones: ledes open on their own story, a little agency copy."""

from __future__ import annotations

from collections import Counter

from bench.pipeline_bench import _AGENCY_STORIES, _agency_copy, feed_bytes
from bot.core import dedupe
from bot.core.identity import entry_identity, lede_opening
from bot.core.parse import parse_feed
from bot.models import FeedEntry

FEEDS = 200


def _entries() -> list[FeedEntry]:
    return [
        e
        for n in range(FEEDS)
        for e in parse_feed(
            feed_bytes(n, 30), feed_name=f"bench-{n}", headers={"content-type": "application/rss+xml"}
        ).entries
    ]


def test_feeds_are_deterministic_and_complete() -> None:
    assert feed_bytes(7, 30) == feed_bytes(7, 30)
    assert feed_bytes(7, 30) != feed_bytes(8, 30)
    entries = parse_feed(feed_bytes(7, 30), feed_name="bench-7").entries
    assert len(entries) == 30
    assert len({e.url for e in entries}) == 30  # every item its own article


def test_lede_openings_repeat_only_for_agency_copy() -> None:
    entries = _entries()
    openings = Counter(" ".join(lede_opening(e.lede)) for e in entries)
    repeats = sum(n - 1 for n in openings.values())
    agency = sum("agency-" in e.title or not e.title.endswith(")") for e in entries)
    # 2 % of items are agency copy (one of 200 stories), so a few repeat an opening; the rest open on their own story
    assert 0.01 * len(entries) <= agency <= 0.035 * len(entries)
    assert repeats <= agency
    first_by_opening: dict[str, FeedEntry] = {}
    unrelated = 0
    for e in entries:
        earlier = first_by_opening.setdefault(" ".join(lede_opening(e.lede)), e)
        if earlier is not e and not dedupe.is_near_duplicate(e.title, e.lede, earlier.title, earlier.lede):
            unrelated += 1
    assert unrelated <= 0.002 * len(entries)  # chance collisions of two stories' openings: rare, as in real feeds


def test_agency_copies_are_near_duplicates_under_either_headline() -> None:
    for story in range(0, _AGENCY_STORIES, 17):
        (title, lede), (rehead, same_lede) = _agency_copy(story, False), _agency_copy(story, True)
        assert lede == same_lede and title != rehead
        assert dedupe.is_near_duplicate(rehead, same_lede, title, lede)
        # the agency's own headline is a fingerprint (hard) match; the outlet's a lede-key candidate
        a = entry_identity(FeedEntry("a", None, "http://a.invalid/1", "http://a.invalid/1", title, None, lede))
        b = entry_identity(FeedEntry("b", None, "http://b.invalid/1", "http://b.invalid/1", rehead, None, lede))
        assert a.fingerprint != b.fingerprint
        assert {k for k in a.keys if k[0] == "lede"} == {k for k in b.keys if k[0] == "lede"} != set()
