"""DigestService: `/digest schedule|show|off|now` and the scheduler's `due(now)` job, over the one digest builder.

A scheduled slot is handled exactly once: the outbox row (UNIQUE(schedule_id, window_end=slot)), the schedule's
last_run_at and the channel's last story ids are written in ONE transaction. A slot missed while the bot was down is
sent on start if it is at most `grace` old, otherwise skipped (last_run_at advanced, nothing sent) — never twice.

A digest whose post Discord refused (channel gone, permission lost) or that delivery gave up on is "failed" in the
outbox, and then it does not count as shown: the next digest for the channel starts where that one started and
leaves out only what was shown before it (kept in the row as `already_shown`). The transaction that marks a digest
failed also records its stories as owed to the channel, and the next digest carries owed stories whatever its window:
a digest that fails after a later one was built (an outage longer than the retries, two refused /digest now in a row)
loses nothing. Recording that next digest takes up the owed stories it read, in its own transaction; so no crash can
lose or repeat a post. Owed stories are dropped only with their channel: deleted (Discord's 404, bot.core.delivery)
or in a guild that removed the bot (`forget_guild`); a 403 keeps them, as permissions can be given back.
"""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal, Protocol

from bot.core.digest_schedule import PERIOD, DigestSchedule, ScheduleSpec, last_run_at_or_before, parse_schedule
from bot.core.digests import Digest, build_digest, digest_to_dict
from bot.core.outbox import OutboxItem, OutboxRow
from bot.core.ports import Clock
from bot.models import Story

log = logging.getLogger(__name__)

DEFAULT_WINDOW = timedelta(hours=24)
RunOutcome = Literal["enqueued", "quiet", "missed", "already_done"]


@dataclass(frozen=True, slots=True)
class ChannelDigestState:
    """Where the channel's last digest ended and which stories it showed."""

    channel_id: int
    last_window_end: datetime
    last_story_ids: frozenset[str]


@dataclass(frozen=True, slots=True)
class DigestRun:
    """What `due` did for one schedule."""

    schedule_id: int
    channel_id: int
    slot: datetime
    outcome: RunOutcome
    stories: int = 0


@dataclass(frozen=True, slots=True)
class _Built:
    """A digest built for a channel, the ids it left out as already shown and the owed ids it took up."""

    digest: Digest
    shown: frozenset[str]
    owed: list[str]


class DigestRepo(Protocol):
    async def save_schedule(self, spec: ScheduleSpec, *, now: datetime) -> DigestSchedule:
        """Create or replace the channel's schedule (enabled, last_run_at = now so no past slot fires)."""
        ...

    async def schedules(self, guild_id: int | None = None, *, enabled_only: bool = False) -> list[DigestSchedule]: ...

    async def disable_schedules(self, guild_id: int, channel_id: int | None, reason: str) -> int: ...

    async def channel_state(self, channel_id: int) -> ChannelDigestState | None: ...

    async def forget_guild(self, guild_id: int, reason: str, *, now: datetime) -> int:
        """Schedules off, the guild's channels' owed stories, digest state and pending posts dropped, the guild
        marked removed (until it joins again: upsert_guild) so no later digest is recorded for it."""
        ...

    async def record_digest(
        self,
        *,
        guild_id: int,
        channel_id: int,
        window_end: datetime,
        story_ids: Sequence[str],
        item: OutboxItem | None,
        schedule_id: int | None = None,
        advance_channel: bool = True,
        carried: Sequence[str] = (),
    ) -> bool:
        """One transaction: enqueue `item` (if any); set the schedule's last_run_at = window_end; with
        advance_channel, remember the channel's window end + story ids; the `carried` owed stories are no longer
        owed. False (nothing written) when that schedule slot was already done, or the guild removed the bot."""
        ...

    async def owed_stories(self, channel_id: int) -> frozenset[str]:
        """Stories of the channel's digests that were never posted, not yet carried by a later digest."""
        ...

    async def failed_digest(self, channel_id: int, window_end: datetime) -> OutboxRow | None:
        """The channel's digest ending at `window_end` when it was not posted ("failed"), else None."""
        ...


class StoriesBetween(Protocol):
    async def between(
        self, start: datetime, end: datetime, relevant_only: bool = True, *, guild_id: int | None = None
    ) -> list[Story]:
        """Stories in the window that the guild can see (None: operator stories only)."""
        ...

    async def by_ids(
        self, story_ids: Iterable[str], relevant_only: bool = True, *, guild_id: int | None = None
    ) -> list[Story]:
        """The stories with these ids that the guild can see."""
        ...


class DigestService:
    """Builds digests for channels and enqueues them through the outbox; schedules live in the repo."""

    def __init__(
        self,
        repo: DigestRepo,
        stories: StoriesBetween,
        clock: Clock,
        *,
        grace_minutes: float = 180,
        max_stories: int = 10,
        quiet_note: bool = True,
    ) -> None:
        self._repo = repo
        self._stories = stories
        self._clock = clock
        self._grace = timedelta(minutes=grace_minutes)
        self._max = max_stories
        self._quiet_note = quiet_note
        # one build + record at a time per channel: the scheduler's job and a /digest now interleave on one event
        # loop, and two builds from the same state would both carry the same stories (the bot is one process)
        self._channel_locks: defaultdict[int, asyncio.Lock] = defaultdict(asyncio.Lock)

    async def schedule(
        self,
        *,
        guild_id: int,
        channel_id: int,
        time: str,
        created_by: int,
        tz: str = "UTC",
        frequency: str = "daily",
        weekday: str | int | None = None,
    ) -> DigestSchedule:
        """Validate (UserInputError) and save the channel's schedule, replacing any previous one."""
        spec = parse_schedule(
            guild_id=guild_id,
            channel_id=channel_id,
            time=time,
            tz=tz,
            frequency=frequency,
            weekday=weekday,
            created_by=created_by,
        )
        now = self._clock.now()
        saved = await self._repo.save_schedule(spec, now=now)
        if await self._repo.channel_state(channel_id) is None:
            # The first digest covers one period back; a skipped (missed) slot then rolls its stories forward.
            await self._repo.record_digest(
                guild_id=guild_id,
                channel_id=channel_id,
                window_end=now - PERIOD[spec.frequency],
                story_ids=[],
                item=None,
            )
        return saved

    async def show(self, guild_id: int) -> list[DigestSchedule]:
        """The guild's schedules (enabled and disabled, with disabled_reason)."""
        return await self._repo.schedules(guild_id)

    async def off(self, guild_id: int, channel_id: int | None = None) -> int:
        """Disable the guild's schedules (or one channel's); returns how many were on."""
        return await self._repo.disable_schedules(guild_id, channel_id, "turned off with /digest off")

    async def forget_guild(self, guild_id: int) -> int:
        """The guild removed the bot: turn its digests off and forget its channels; returns schedules turned off."""
        n = await self._repo.forget_guild(guild_id, "the bot was removed from the server", now=self._clock.now())
        log.info("guild %s removed the bot: %d digest schedule(s) turned off, its channels forgotten", guild_id, n)
        return n

    async def build_for_channel(
        self, channel_id: int, *, guild_id: int | None, until: datetime, default_window: timedelta
    ) -> Digest:
        """The digest since the channel's last one (or `default_window`), minus the stories it already showed;
        only stories the channel's guild can see (operator feeds plus its own /feeds add feeds)."""
        return (await self._build(channel_id, guild_id=guild_id, until=until, default_window=default_window)).digest

    async def _build(
        self, channel_id: int, *, guild_id: int | None, until: datetime, default_window: timedelta
    ) -> _Built:
        """`build_for_channel`, the ids it left out as already shown (they go into the outbox row) and the owed ids
        it took up (recording it clears them). Owed stories come whatever the window and are never left out."""
        state = await self.shown(channel_id)
        start = state.last_window_end if state else until - default_window
        owed = await self._repo.owed_stories(channel_id)
        exclude = (state.last_story_ids if state else frozenset()) - owed
        stories = await self._stories.between(start, until, relevant_only=True, guild_id=guild_id)
        found: set[str] = set()
        if owed:
            log.info("channel %s: %d stories of digests never posted come with this one", channel_id, len(owed))
            owed_stories = await self._stories.by_ids(owed, relevant_only=True, guild_id=guild_id)
            found = {s.id for s in owed_stories}
            stories += owed_stories
        digest = build_digest(stories, window_start=start, window_end=until, exclude_ids=exclude, max_stories=self._max)
        # only what this digest shows stops being owed (plus stories no longer visible here); the rest, cut by the
        # story cap, stay owed to the next digest
        carried = (owed & set(digest.story_ids)) | (owed - found)
        return _Built(digest, exclude, sorted(carried))

    async def shown(self, channel_id: int) -> ChannelDigestState | None:
        """Where the channel's digests stand: its last recorded digest — unless that one was never posted, then
        what that digest had started from (its stories stay unshown). None before the channel's first digest."""
        state = await self._repo.channel_state(channel_id)
        if state is None:
            return None
        row = await self._repo.failed_digest(channel_id, state.last_window_end)
        before = _state_before(row, state) if row is not None else None
        if before is None:
            return state
        ended = state.last_window_end.isoformat()
        log.info("channel %s: the digest ending %s was not posted; its stories stay unshown", channel_id, ended)
        return before

    async def post_now(self, *, guild_id: int, channel_id: int, requested_by: int | None = None) -> Digest:
        """`/digest now`: build since the channel's last digest and enqueue it (quiet windows post the short note);
        `requested_by` is told if Discord then refuses the post (its stories then stay unshown)."""
        async with self._channel_locks[channel_id]:
            return await self._post_now(guild_id=guild_id, channel_id=channel_id, requested_by=requested_by)

    async def _post_now(self, *, guild_id: int, channel_id: int, requested_by: int | None) -> Digest:
        now = self._clock.now()
        built = await self._build(channel_id, guild_id=guild_id, until=now, default_window=DEFAULT_WINDOW)
        digest = built.digest
        item = _digest_item(
            digest, built.shown, guild_id=guild_id, channel_id=channel_id, schedule_id=None, user_id=requested_by
        )
        await self._repo.record_digest(
            guild_id=guild_id,
            channel_id=channel_id,
            window_end=now,
            story_ids=sorted(digest.story_ids),
            item=item,
            carried=built.owed,
        )
        return digest

    async def preview(self, *, since: datetime, until: datetime | None = None, guild_id: int | None = None) -> Digest:
        """A digest of any window without recording anything (the CLI's `digest` command: operator view)."""
        end = until or self._clock.now()
        stories = await self._stories.between(since, end, relevant_only=True, guild_id=guild_id)
        return build_digest(stories, window_start=since, window_end=end, max_stories=self._max)

    async def due(self, now: datetime | None = None) -> list[DigestRun]:
        """Handle every enabled schedule whose run time has passed: enqueue within grace, skip beyond it."""
        now = now or self._clock.now()
        runs: list[DigestRun] = []
        for sched in await self._repo.schedules(enabled_only=True):
            slot = last_run_at_or_before(sched, now)
            if sched.last_run_at is not None and sched.last_run_at >= slot:
                continue
            async with self._channel_locks[sched.channel_id]:
                runs.append(await self._run(sched, slot, now))
        return runs

    async def _run(self, sched: DigestSchedule, slot: datetime, now: datetime) -> DigestRun:
        if now - slot > self._grace:
            log.info(
                "digest for channel %s at %s missed by more than the grace window: skipped", sched.channel_id, slot
            )
            done = await self._claim_slot(sched, slot)  # the skipped window's stories roll into the next digest
            return DigestRun(sched.id, sched.channel_id, slot, "missed" if done else "already_done")
        state = await self._repo.channel_state(sched.channel_id)
        if state is not None and state.last_window_end >= slot:
            # a /digest now already covered this slot: claim it without posting, and never move the channel back
            await self._claim_slot(sched, slot)
            return DigestRun(sched.id, sched.channel_id, slot, "already_done")
        built = await self._build(
            sched.channel_id, guild_id=sched.guild_id, until=slot, default_window=PERIOD[sched.frequency]
        )
        digest = built.digest
        item = None
        if not digest.is_empty or self._quiet_note:
            item = _digest_item(
                digest, built.shown, guild_id=sched.guild_id, channel_id=sched.channel_id, schedule_id=sched.id
            )
        done = await self._repo.record_digest(
            guild_id=sched.guild_id,
            channel_id=sched.channel_id,
            window_end=slot,
            story_ids=sorted(digest.story_ids),
            item=item,
            schedule_id=sched.id,
            carried=built.owed,
        )
        if not done:
            return DigestRun(sched.id, sched.channel_id, slot, "already_done")
        return DigestRun(sched.id, sched.channel_id, slot, "enqueued" if item else "quiet", len(digest.items))

    async def _claim_slot(self, sched: DigestSchedule, slot: datetime) -> bool:
        """Mark the schedule's slot done without posting or moving the channel's window; False if already done."""
        return await self._repo.record_digest(
            guild_id=sched.guild_id,
            channel_id=sched.channel_id,
            window_end=slot,
            story_ids=[],
            item=None,
            schedule_id=sched.id,
            advance_channel=False,
        )


def _digest_item(
    digest: Digest,
    already_shown: frozenset[str],
    *,
    guild_id: int,
    channel_id: int,
    schedule_id: int | None,
    user_id: int | None = None,
) -> OutboxItem:
    return OutboxItem(
        kind="digest",
        target_type="channel",
        target_id=channel_id,
        payload={"digest": digest_to_dict(digest), "already_shown": sorted(already_shown)},
        guild_id=guild_id,
        user_id=user_id,
        schedule_id=schedule_id,
        window_end=digest.window_end,  # the slot of a scheduled digest; for every digest, where its window ends
    )


def _state_before(row: OutboxRow, state: ChannelDigestState) -> ChannelDigestState | None:
    """When `row` is the digest that set the channel's `state`, the state that digest started from; else None.

    Rows written before `already_shown` existed never match (their digests count as shown, as they did).
    """
    payload = row.payload
    window = payload.get("digest") or {}
    if row.target_id != state.channel_id or "already_shown" not in payload or not window.get("window_end"):
        return None
    if datetime.fromisoformat(window["window_end"]) != state.last_window_end:
        return None
    start = datetime.fromisoformat(window["window_start"])
    return ChannelDigestState(state.channel_id, start, frozenset(payload["already_shown"]))
