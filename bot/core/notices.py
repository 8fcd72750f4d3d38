"""The notices the delivery worker sends when it turns a digest or alert off or cannot post: who gets them and what
they say. Pure builders of outbox items; bot.core.delivery decides when.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bot.core.alerting import AlertSubscription
from bot.core.digest_schedule import DigestSchedule
from bot.core.outbox import OutboxItem, OutboxRow
from bot.core.text import code_span


@dataclass(frozen=True, slots=True)
class GuildNoticeTargets:
    """Where a guild wants operational notices: an explicit notice channel, else the system channel."""

    guild_id: int
    notice_channel_id: int | None = None
    system_channel_id: int | None = None


def notice_item(
    target_id: int,
    target_type: Literal["channel", "user"],
    text: str,
    reason: str,
    *,
    guild_id: int | None,
    mention: int | None = None,
    fallback_user: int | None = None,
) -> OutboxItem:
    """A notice row; `fallback_user` is DMed the same text if the channel refuses it."""
    return OutboxItem(
        kind="notice",
        target_type=target_type,
        target_id=target_id,
        payload={"text": text, "reason": reason},
        mention_user_id=mention,
        guild_id=guild_id,
        user_id=fallback_user if target_type == "channel" else None,
    )


def guild_notice_channel(guild: GuildNoticeTargets | None, *, other_than: int) -> int | None:
    """The guild's notice channel, else its system channel — never the channel that just failed."""
    for channel in (guild.notice_channel_id, guild.system_channel_id) if guild else ():
        if channel is not None and channel != other_than:
            return channel
    return None


def _guild_else_user(
    guild: GuildNoticeTargets | None, failed: int, user: int | None, text: str, reason: str, *, guild_id: int | None
) -> OutboxItem | None:
    """To the guild's notice channel (`user` DMed if it refuses), else to `user` directly; None if neither exists."""
    channel = guild_notice_channel(guild, other_than=failed)
    if channel is not None:
        return notice_item(channel, "channel", text, reason, guild_id=guild_id, fallback_user=user)
    return None if user is None else notice_item(user, "user", text, reason, guild_id=guild_id)


def schedule_notice(
    s: DigestSchedule, guild: GuildNoticeTargets | None, reason: str, *, deleted: bool = False
) -> OutboxItem:
    if deleted:
        text = (
            f"The digest scheduled for <#{s.channel_id}> has been turned off: {reason}. The channel was "
            "deleted: run /digest schedule in another channel to keep getting digests."
        )
    else:
        text = (
            f"The digest scheduled for <#{s.channel_id}> has been turned off: {reason}. "
            "Fix the channel or my permissions there, then run /digest schedule again: "
            "the stories it could not post will be in the next digest there."
        )
    item = _guild_else_user(guild, s.channel_id, s.created_by, text, "digest_disabled", guild_id=s.guild_id)
    assert item is not None  # a schedule always has the member who set it up
    return item


def digest_refused_notice(
    row: OutboxRow, guild: GuildNoticeTargets | None, reason: str, *, deleted: bool = False
) -> OutboxItem | None:
    if deleted:
        text = (
            f"The digest requested for <#{row.target_id}> could not be posted: {reason}. The channel was "
            "deleted; /latest shows its stories."
        )
    else:
        text = (
            f"The digest requested for <#{row.target_id}> could not be posted: {reason}. "
            "Its stories were not marked as shown: fix my permissions in that channel and run /digest now again "
            "(or wait for the next scheduled digest) to get them; /latest shows them meanwhile."
        )
    return _guild_else_user(guild, row.target_id, row.user_id, text, "digest_refused", guild_id=row.guild_id)


def subscription_notice(sub: AlertSubscription, reason: str) -> OutboxItem:
    text = f"Your alert {code_span(sub.query)} has been turned off: {reason}. Add it again with /alerts add."
    return notice_item(sub.user_id, "user", text, "alert_disabled", guild_id=sub.guild_id)
