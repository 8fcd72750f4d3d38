"""How a guild sees a stored story: the visibility rule in SQL, "also covered by" and a row made into a Story.

Guild scope (see bot.store.stories): an operator feed's story is everyone's; a guild feed's only that guild's.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.models import Story
from bot.store.pipeline_tables import stories, story_sightings


def visible_to(guild_id: int | None) -> sa.ColumnElement[bool]:
    """SQL over `stories`: the story is visible to the guild — an operator feed or the guild's own feed carried it.

    None is the operator's view: stories from operator feeds only. The column test comes first so the subquery only
    runs for guild-only stories.
    """
    if guild_id is None:
        return stories.c.everywhere.is_(True)
    sg = story_sightings.c
    return sa.or_(
        stories.c.everywhere.is_(True), sa.exists().where(sg.story_id == stories.c.id, sg.guild_id == guild_id)
    )


async def also_covered(
    conn: AsyncConnection, rows: list[sa.Row[Any]], guild_id: int | None
) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Per story, the feed to show it under and the other outlets that carried it, counting only sightings the guild
    can see: a sighting in another feed, named by its publisher when that differs from the story's own, else by the
    feed's name. A story first seen in a guild's feed is shown under a feed the viewer can see."""
    if not rows:
        return {}
    own = {r.id: (r.feed, r.publisher) for r in rows}
    visible: dict[str, list[sa.Row[Any]]] = {}
    ids = list(own)
    for i in range(0, len(ids), 500):
        stmt = sa.select(story_sightings).where(story_sightings.c.story_id.in_(ids[i : i + 500]))
        for s in await conn.execute(stmt.order_by(story_sightings.c.seen_at, story_sightings.c.feed)):
            if s.guild_id is None or s.guild_id == guild_id:
                visible.setdefault(s.story_id, []).append(s)
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for sid, (feed, publisher) in own.items():
        seen = visible.get(sid, [])
        if seen and all(s.feed != feed for s in seen):
            feed = seen[0].feed  # the first feed was another guild's: its name is not this viewer's business
        names: list[str] = []
        for s in seen:
            if s.feed == feed:
                continue
            name = s.publisher if s.publisher and s.publisher != publisher else s.feed
            if name not in names and name != publisher:
                names.append(name)
        out[sid] = (feed, tuple(names))
    return out


def story_from_row(row: sa.Row[Any], feed: str, also: tuple[str, ...]) -> Story:
    return Story(
        id=row.id,
        feed=feed,
        title=row.title,
        url=row.url,
        canonical_url=row.canonical_url,
        guid=row.guid,
        published=row.published,
        first_seen=row.first_seen,
        lede=row.lede,
        publisher=row.publisher,
        relevant=bool(row.relevant),
        summary=dict(row.summary or {}),
        also_covered_by=also,
        alerts_done=bool(row.alerts_done),
        text=row._mapping.get("text"),
    )
