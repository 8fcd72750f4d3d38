"""The Publisher port over discord.py: posts outbox messages to channels and DMs, mapping failures to SendResult."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Collection, Sequence
from datetime import datetime, timedelta

import aiohttp
import discord

from bot.cogs.render import CONTENT_MAX, truncate
from bot.core.outbox import TargetType
from bot.core.ports import OutgoingMessage, SendResult

log = logging.getLogger(__name__)

# Discord JSON error codes (API reference, "JSON Error Codes")
CANNOT_DM_USER = 50007
READY_TIMEOUT_S = 60.0
# one message POST, 429 waits included (discord.py waits ≤ max_ratelimit_timeout): an answer that never comes must
# not hold the outbox, and a post it may hide is found in the channel's history before any resend
SEND_TIMEOUT_S = 60.0
# how far back a lost answer's post is looked for: one Get Channel Messages request (Discord's maximum page)
HISTORY_LIMIT = 100
# a post is looked for from its outbox row's creation on, less this much for the bot's clock running ahead of
# Discord's: an older identical message (last month's same notice) belongs to another row
CLOCK_SKEW = timedelta(seconds=30)
# Discord's JSON error codes for a channel (or thread) or user that does not exist; a 404 without one (an HTML page
# from a proxy or Discord's edge during an incident) says nothing about the channel and is retried
UNKNOWN_CHANNEL = 10003
UNKNOWN_USER = 10013
# 400s that are about the target, not the message (a locked archived thread, a voice or forum channel): the target
# refused it, like a 403 (its digest's stories stay owed); the text-only version would be refused the same way
TARGET_REFUSALS = frozenset({50083, 50008, 40058, 50024})
Rendered = tuple[str, list[discord.Embed]]
Renderer = Callable[[OutgoingMessage], Sequence[Rendered]]


def mentions_for(message: OutgoingMessage) -> discord.AllowedMentions:
    """Nobody is pinged, except the subscriber in their own channel alert."""
    if message.mention_user_id is not None:
        return discord.AllowedMentions(
            everyone=False, roles=False, replied_user=False, users=[discord.Object(id=message.mention_user_id)]
        )
    return discord.AllowedMentions.none()


def _shape(content: str, embeds: Sequence[discord.Embed]) -> tuple[str, tuple[tuple[str, str], ...]]:
    """What identifies a posted message: its content and its rich embeds' titles and descriptions (Discord trims
    them). Link previews Discord adds later for a URL in the content (type "link", "article"…) are not ours."""
    ours = [e for e in embeds if e.type == "rich"]
    return content.strip(), tuple(((e.title or "").strip(), (e.description or "").strip()) for e in ours)


def part_nonce(message: OutgoingMessage, index: int) -> str | None:
    """The outbox nonce (≤ 25 chars) for part `index`: Discord drops a resend with the same nonce (enforce_nonce)."""
    nonce = message.payload.get("nonce")
    if not nonce:
        return None
    return str(nonce)[:22] + (f"-{index}" if index else "")


class DiscordPublisher:
    """Implements bot.core.ports.Publisher with `get_partial_messageable` and DM channels."""

    def __init__(
        self,
        client: discord.Client,
        render: Renderer,
        fallback: Callable[[OutgoingMessage], Rendered] | None = None,
        *,
        send_timeout_s: float = SEND_TIMEOUT_S,
    ) -> None:
        self._client = client
        self._render = render
        self._fallback = fallback
        self._send_timeout = send_timeout_s

    async def send_to_channel(self, channel_id: int, message: OutgoingMessage) -> SendResult:
        """Post to a guild channel by id (no cache needed)."""
        channel = self._client.get_partial_messageable(channel_id)
        return await self._send(channel, message, dm=False)

    async def send_to_user(self, user_id: int, message: OutgoingMessage) -> SendResult:
        """DM a user; a closed DM is reported as dm_closed, never retried."""
        try:
            async with asyncio.timeout(self._send_timeout):  # as a post: an answer that never comes holds nothing
                channel = await self._client.create_dm(discord.Object(id=user_id))
        except discord.HTTPException as exc:
            return self._failure(exc, dm=True)
        except discord.RateLimited as exc:
            return SendResult("retry", f"rate limited for {exc.retry_after:.0f} s", retry_after_s=exc.retry_after)
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            return SendResult("retry", f"network: {exc!r}")
        return await self._send(channel, message, dm=True)

    async def find_posted(
        self,
        target_type: TargetType,
        target_id: int,
        message: OutgoingMessage,
        *,
        since: datetime,
        exclude: Collection[int] = frozenset(),
    ) -> tuple[int, ...] | None:
        """Ids of our messages posted from `since` on (other than `exclude`) among the target's last HISTORY_LIMIT
        that render as `message` (an earlier attempt whose answer was lost posted it), the oldest per part; () when
        there are none; None when the history cannot be read in time."""
        me = self._client.user
        if me is None or self._history_hidden(target_type, target_id):
            return None
        parts = self._render(message)
        wanted = {_shape(truncate(content, CONTENT_MAX), embeds) for content, embeds in parts}
        if self._fallback is not None:
            content, embeds = self._fallback(message)
            wanted.add(_shape(truncate(content, CONTENT_MAX), embeds))
        oldest = discord.utils.time_snowflake(since - CLOCK_SKEW)
        try:
            # the same deadline as a post: a read that never answers must not hold the outbox either
            async with asyncio.timeout(self._send_timeout):
                if target_type == "user":
                    channel: discord.abc.Messageable = await self._client.create_dm(discord.Object(id=target_id))
                else:
                    channel = self._client.get_partial_messageable(target_id)
                ours = [m async for m in channel.history(limit=HISTORY_LIMIT) if m.author.id == me.id]
        except (discord.HTTPException, discord.RateLimited, TimeoutError, aiohttp.ClientError, OSError) as exc:
            # no Read Message History, the channel gone, Discord down or slow: the caller resends with the nonce
            log.info("cannot read the history of %s %s: %r", target_type, target_id, exc)
            return None
        found = sorted(
            m.id for m in ours if m.id >= oldest and m.id not in exclude and _shape(m.content, m.embeds) in wanted
        )
        return tuple(found[: len(parts)])

    def _history_hidden(self, target_type: TargetType, target_id: int) -> bool:
        """Whether the bot lacks Read Message History in a cached guild channel: Discord then answers the history
        with no messages (not an error), which must not be taken for "certainly not posted"."""
        channel = self._client.get_channel(target_id) if target_type == "channel" else None
        if not isinstance(channel, discord.abc.GuildChannel | discord.Thread) or channel.guild.me is None:
            return False  # a DM, or not cached: the history answer itself is all there is to go on
        if channel.permissions_for(channel.guild.me).read_message_history:
            return False
        log.info("no Read Message History in channel %s: cannot look for an earlier post", target_id)
        return True

    async def _send(self, channel: discord.abc.Messageable, message: OutgoingMessage, *, dm: bool) -> SendResult:
        if not self._client.is_ready():
            # jobs start in setup_hook, before the gateway is READY: hold the first sends until it is
            try:
                await asyncio.wait_for(self._client.wait_until_ready(), READY_TIMEOUT_S)
            except TimeoutError:
                return SendResult("retry", "not connected to Discord yet", retry_after_s=READY_TIMEOUT_S)
        parts = self._render(message)
        ids: list[int] = []
        try:
            for index, (content, embeds) in enumerate(parts):
                try:
                    async with asyncio.timeout(self._send_timeout):
                        sent = await self._post(channel, message, index, content, embeds)
                except discord.HTTPException as exc:
                    if exc.status != 400 or exc.code in TARGET_REFUSALS or ids or self._fallback is None:
                        raise
                    # Discord refused the payload itself (Invalid Form Body): retrying the same bytes cannot
                    # succeed, so the text-only version goes instead, once; nothing was posted yet
                    log.error("Discord refused %s message (%s); sending the text-only version", message.kind, exc)
                    try:
                        async with asyncio.timeout(self._send_timeout):
                            ids.append((await self._post(channel, message, 0, *self._fallback(message))).id)
                    except discord.HTTPException as again:
                        return self._failure(again, dm=dm)  # a second 400 is "rejected": never retried
                    break
                if embeds and not sent.embeds:
                    await self._embeds_suppressed(sent, message)
                ids.append(sent.id)
        except discord.HTTPException as exc:
            if ids:
                # part of a series went out: report it sent rather than repeat what people already saw
                log.warning("message series cut short after %d part(s): %s", len(ids), exc)
                return SendResult("sent", f"partial: {exc}", message_ids=tuple(ids))
            return self._failure(exc, dm=dm)
        except discord.RateLimited as exc:
            # a rate limit longer than the client waits inside a request (slow mode): back off this row only
            if ids:
                return SendResult("sent", f"partial: rate limited {exc.retry_after:.0f} s", message_ids=tuple(ids))
            return SendResult("retry", f"rate limited for {exc.retry_after:.0f} s", retry_after_s=exc.retry_after)
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            if ids:
                return SendResult("sent", f"partial: {exc!r}", message_ids=tuple(ids))
            return SendResult("retry", f"network: {exc!r}")
        return SendResult("sent", message_ids=tuple(ids))

    async def _embeds_suppressed(self, sent: discord.Message, message: OutgoingMessage) -> None:
        """Discord posts the content of a message whose embeds the bot lacks Embed Links for, and drops the embeds
        without an error: the stories would be recorded as shown yet never seen. The text-only version (linked
        headlines) replaces the bare heading in the same message."""
        log.warning(
            "Embed Links is missing in channel %s: %s message %s sent as text", sent.channel.id, message.kind, sent.id
        )
        if self._fallback is None:
            return
        content, _ = self._fallback(message)
        try:
            # the message is posted whatever happens here: a slow or failed edit must neither hold the outbox nor
            # turn this post into a retry (a second copy)
            async with asyncio.timeout(self._send_timeout):
                await sent.edit(content=truncate(content, CONTENT_MAX), allowed_mentions=mentions_for(message))
        except (discord.HTTPException, discord.RateLimited, TimeoutError, aiohttp.ClientError, OSError) as exc:
            log.warning("could not add the text version to message %s: %r", sent.id, exc)

    @staticmethod
    async def _post(
        channel: discord.abc.Messageable,
        message: OutgoingMessage,
        index: int,
        content: str,
        embeds: list[discord.Embed],
    ) -> discord.Message:
        nonce = part_nonce(message, index)
        text = truncate(content, CONTENT_MAX) or None
        if nonce is None:
            return await channel.send(content=text, embeds=embeds, allowed_mentions=mentions_for(message))
        return await channel.send(content=text, embeds=embeds, allowed_mentions=mentions_for(message), nonce=nonce)

    @staticmethod
    def _failure(exc: discord.HTTPException, *, dm: bool) -> SendResult:
        detail = f"{exc.status} {exc.code}: {exc.text}"[:300]
        if isinstance(exc, discord.Forbidden) or (exc.status == 400 and exc.code in TARGET_REFUSALS):
            return SendResult("dm_closed" if dm or exc.code == CANNOT_DM_USER else "forbidden", detail)
        if isinstance(exc, discord.NotFound):
            if exc.code in (UNKNOWN_CHANNEL, UNKNOWN_USER):
                return SendResult("gone", detail)
            return SendResult("retry", detail)
        if exc.status == 400:
            return SendResult("rejected", detail)
        if exc.status == 429:
            return SendResult("retry", detail, retry_after_s=30.0)
        # 5xx and anything unexpected: try again later; the outbox backs off and gives up eventually
        return SendResult("retry", detail)
