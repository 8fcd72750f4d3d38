"""Identity lookups: which polled entries are already stored stories, and whether the polling feed carried them."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.core.identity import SOFT_KINDS, IdentityKey, Match
from bot.store.bulk import in_values, json_text_array
from bot.store.pipeline_tables import stories, story_keys, story_sightings


async def lookup_keys(conn: AsyncConnection, keys: Iterable[str]) -> dict[str, str]:
    """Map each known key hash to its story id (soft keys are left out by the callers that need certainty)."""
    wanted = list(set(keys))
    found: dict[str, str] = {}
    for i in range(0, len(wanted), 500):  # stay well under SQLite's bound-parameter limit
        chunk = wanted[i : i + 500]
        where, params = in_values(conn, story_keys.c.key, chunk)
        rows = await conn.execute(sa.select(story_keys.c.key, story_keys.c.story_id).where(where), params)
        found.update({r.key: r.story_id for r in rows})
    return found


MatchRequest = tuple[str, Sequence[Sequence[IdentityKey]]]  # (feed, one key set per entry)


async def match_many(engine: AsyncEngine, requests: Sequence[MatchRequest]) -> list[list[Match | None]]:
    """Per request, per key set: the stored story it already is (and whether that feed has carried it), or None —
    several feeds' entries in one round trip (the fixed cost of a lookup is most of it)."""
    wanted = list({h for _, keysets in requests for keys in keysets for _, h in keys})
    feeds = sorted({feed for feed, _ in requests})
    found: dict[str, tuple[str, str, str]] = {}  # key -> (story id, title, lede if soft)
    sighted: set[tuple[str, str]] = set()  # (story id, feed) among the requesting feeds
    async with engine.connect() as conn:
        sqlite_json = conn.dialect.name == "sqlite"
        stmt = _match_statement(conn.dialect.name)
        for i in range(0, len(wanted), _MATCH_CHUNK):
            chunk = wanted[i : i + _MATCH_CHUNK]
            params = {"match_feeds": json.dumps(feeds) if sqlite_json else feeds,
                      "match_keys": json_text_array(chunk) if sqlite_json else chunk}  # fmt: skip
            for key, sid, seen, title, lede in await conn.execute(stmt, params):
                found[key] = (sid, title or "", lede or "")
                if seen is not None:
                    sighted.add((sid, seen))
    return [[_match(found, sighted, feed, keys) for keys in keysets] for feed, keysets in requests]


def _match(
    found: dict[str, tuple[str, str, str]], sighted: set[tuple[str, str]], feed: str, keys: Sequence[IdentityKey]
) -> Match | None:
    # a plain loop: most entries of a poll are new, and two generators per entry cost more than the lookups
    maybe = None
    for kind, h in keys:
        hit = found.get(h)
        if hit is not None:
            if kind not in SOFT_KINDS:  # the first hard key found decides
                return Match(hit[0], (hit[0], feed) in sighted)
            if maybe is None:
                maybe = hit
    if maybe is None:
        return None
    return Match(maybe[0], (maybe[0], feed) in sighted, soft=True, title=maybe[1], lede=maybe[2])


# Keys per lookup statement: PostgreSQL binds each (limit 32767); SQLite gets them as one JSON parameter.
_MATCH_CHUNK = 2000


@functools.cache
def _match_statement(dialect: str) -> sa.Select[Any]:
    """The key lookup behind `match_many`, built once (building and cache-keying it cost more than running it).

    One row per (key, sighting by a requesting feed), or one with a NULL feed when none of them carried the story.
    """
    if dialect == "sqlite":  # parameters as JSON arrays read by json_each, as in `in_values`
        keys = sa.func.json_each(sa.bindparam("match_keys", type_=sa.Text)).table_valued("value")
        feeds = sa.func.json_each(sa.bindparam("match_feeds", type_=sa.Text)).table_valued("value")
        key_in = story_keys.c.key.in_(sa.select(keys.c.value))
        feed_in = story_sightings.c.feed.in_(sa.select(feeds.c.value))
    else:
        key_in = story_keys.c.key.in_(sa.bindparam("match_keys", expanding=True))
        feed_in = story_sightings.c.feed.in_(sa.bindparam("match_feeds", expanding=True))
    sighting = sa.and_(story_sightings.c.story_id == story_keys.c.story_id, feed_in)
    soft = sa.and_(stories.c.id == story_keys.c.story_id, story_keys.c.kind.in_(sorted(SOFT_KINDS)))
    joined = story_keys.outerjoin(story_sightings, sighting).outerjoin(stories, soft)
    cols = (story_keys.c.key, story_keys.c.story_id, story_sightings.c.feed, stories.c.title, stories.c.lede)
    return sa.select(*cols).select_from(joined).where(key_in)
