"""Discord API payloads for the fake Discord (tests/servers/fake_discord.py), shaped as Discord documents them:
user, guild member, channel, guild (GUILD_CREATE), message, interaction data options; plus the records tests read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

APP_ID = 1_100_000_000_000_000_001
BOT_ID = APP_ID  # Discord bots share the application's id
OWNER_ID = 1_100_000_000_000_000_002
GUILD_ID = 1_100_000_000_000_000_010
CHANNEL_ID = 1_100_000_000_000_000_011
OTHER_CHANNEL_ID = 1_100_000_000_000_000_012
ADMIN_ID = 1_100_000_000_000_000_020
MEMBER_ID = 1_100_000_000_000_000_021

# permission bits (Discord "Permissions" topic)
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
EMBED_LINKS = 1 << 14
READ_MESSAGE_HISTORY = 1 << 16
MANAGE_GUILD = 1 << 5
ADMINISTRATOR = 1 << 3
MEMBER_PERMISSIONS = VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | READ_MESSAGE_HISTORY
ADMIN_PERMISSIONS = MEMBER_PERMISSIONS | MANAGE_GUILD

JSON = "application/json"  # exactly: a charset suffix makes discord.py treat the body as text


def user_payload(user_id: int, name: str, *, bot: bool = False) -> dict[str, Any]:
    """A Discord user object."""
    return {
        "id": str(user_id),
        "username": name,
        "global_name": name,
        "discriminator": "0",
        "avatar": None,
        "bot": bot,
        "public_flags": 0,
        "flags": 0,
    }


def opt(name: str, value: Any, *, type_: int = 3, focused: bool = False) -> dict[str, Any]:
    """An application command interaction data option (type 3 string, 4 integer, 7 channel …)."""
    option: dict[str, Any] = {"name": name, "type": type_, "value": value}
    if focused:
        option["focused"] = True
    return option


def sub(name: str, *options: dict[str, Any]) -> dict[str, Any]:
    """A subcommand option (type 1) wrapping its own options."""
    return {"name": name, "type": 1, "options": list(options)}


@dataclass
class FakeChannel:
    id: int
    name: str
    guild_id: int | None = None
    type: int = 0  # GUILD_TEXT; 1 = DM
    recipient_id: int | None = None
    # permission overwrite objects ({"id", "type": 0 role | 1 member, "allow", "deny"}), sent in GUILD_CREATE
    overwrites: list[dict[str, Any]] = field(default_factory=list)

    def payload(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": str(self.id), "type": self.type, "name": self.name, "flags": 0}
        if self.guild_id is not None:
            overwrites = list(self.overwrites)
            data.update(
                guild_id=str(self.guild_id), position=0, permission_overwrites=overwrites, nsfw=False, topic=None
            )
            data.update(last_message_id=None, rate_limit_per_user=0, parent_id=None)
        if self.recipient_id is not None:
            data["recipients"] = [user_payload(self.recipient_id, f"user{self.recipient_id % 1000}")]
            data["last_message_id"] = None
        return data

    def denies(self, user_id: int, bit: int) -> bool:
        """Whether a member overwrite for `user_id` denies permission `bit` here (all this fake models)."""
        return any(
            int(o.get("type", -1)) == 1 and int(o["id"]) == user_id and int(o.get("deny", "0")) & bit
            for o in self.overwrites
        )


@dataclass
class FakeGuild:
    id: int = GUILD_ID
    name: str = "Policy Watchers"
    owner_id: int = OWNER_ID
    channels: list[FakeChannel] = field(default_factory=list)
    system_channel_id: int | None = None

    def payload(self, bot_user: dict[str, Any]) -> dict[str, Any]:
        everyone = {"id": str(self.id), "name": "@everyone", "permissions": str(MEMBER_PERMISSIONS), "position": 0}
        everyone.update(color=0, hoist=False, managed=False, mentionable=False, flags=0)
        now = datetime.now(UTC).isoformat()
        me = {"user": bot_user, "roles": [], "joined_at": now, "deaf": False, "mute": False, "flags": 0}
        return {
            "id": str(self.id),
            "name": self.name,
            "icon": None,
            "owner_id": str(self.owner_id),
            "unavailable": False,
            "member_count": 3,
            "large": False,
            "features": [],
            "roles": [everyone],
            "emojis": [],
            "stickers": [],
            "channels": [c.payload() for c in self.channels],
            "threads": [],
            "members": [me],
            "presences": [],
            "voice_states": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "system_channel_id": str(self.system_channel_id) if self.system_channel_id else None,
            "joined_at": now,
            "preferred_locale": "en-GB",
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
        }


@dataclass
class PostedMessage:
    """A message the bot posted to a channel (or a DM channel), as sent."""

    id: int
    channel_id: int
    payload: dict[str, Any]
    dm_user_id: int | None = None

    @property
    def content(self) -> str:
        return str(self.payload.get("content") or "")

    @property
    def embeds(self) -> list[dict[str, Any]]:
        return list(self.payload.get("embeds") or [])

    def text(self) -> str:
        """Content plus every embed's title/description/fields, for substring assertions."""
        parts = [self.content]
        for embed in self.embeds:
            parts += [embed.get("title", ""), embed.get("description", ""), embed.get("footer", {}).get("text", "")]
            parts += [f"{f.get('name', '')} {f.get('value', '')}" for f in embed.get("fields", [])]
        return "\n".join(p for p in parts if p)


EPHEMERAL_FLAG = 64


@dataclass
class InteractionRecord:
    """One injected interaction and everything the bot answered to it."""

    id: int
    token: str
    payload: dict[str, Any]
    callbacks: list[dict[str, Any]] = field(default_factory=list)
    original_edits: list[dict[str, Any]] = field(default_factory=list)
    followups: list[dict[str, Any]] = field(default_factory=list)
    followup_messages: list[dict[str, Any]] = field(default_factory=list)
    # per followup: whether Discord shows it only to the invoker (the first followup after a defer takes the defer's
    # flags unless the deferred original was deleted first — Discord's documented rule)
    followup_ephemeral: list[bool] = field(default_factory=list)
    original_deleted: bool = False

    @property
    def responses(self) -> list[dict[str, Any]]:
        """Message bodies the user would see: callback data (type 4/7), edits of the original, followups."""
        bodies = [c.get("data") or {} for c in self.callbacks if c.get("type") in (4, 7)]
        return bodies + self.original_edits + self.followups

    def text(self) -> str:
        parts = []
        for body in self.responses:
            parts.append(PostedMessage(0, 0, body).text())
        return "\n".join(parts)

    def public_text(self) -> str:
        """What everyone in the channel sees (ephemeral answers and a deleted original left out)."""
        bodies = [
            c.get("data") or {}
            for c in self.callbacks
            if c.get("type") in (4, 7) and not (c.get("data") or {}).get("flags", 0) & EPHEMERAL_FLAG
        ]
        deferred_public = any(
            c.get("type") == 5 and not (c.get("data") or {}).get("flags", 0) & EPHEMERAL_FLAG for c in self.callbacks
        )
        if deferred_public and not self.original_deleted:
            bodies += self.original_edits
        bodies += [b for b, hidden in zip(self.followups, self.followup_ephemeral, strict=True) if not hidden]
        return "\n".join(PostedMessage(0, 0, body).text() for body in bodies)


@dataclass
class Failure:
    status: int
    retry_after: float = 0.05


def message_payload(message_id: int, channel_id: str, body: dict[str, Any], author: dict[str, Any]) -> dict[str, Any]:
    """A message object echoing what the bot sent."""
    return {
        "id": str(message_id),
        "channel_id": str(channel_id),
        "type": 0,
        "content": body.get("content") or "",
        "author": author,
        "embeds": body.get("embeds") or [],
        "components": body.get("components") or [],
        "attachments": [],
        "mentions": [],
        "mention_roles": [],
        "mention_everyone": False,
        "pinned": False,
        "tts": False,
        "flags": int(body.get("flags") or 0),
        "timestamp": datetime.now(UTC).isoformat(),
        "edited_timestamp": None,
    }


def interaction_payload(
    interaction_id: int,
    type_: int,
    data: dict[str, Any],
    *,
    user_id: int,
    permissions: int,
    guild_id: int | None,
    channel_id: int,
    channel: FakeChannel | None,
) -> dict[str, Any]:
    """An interaction object (Discord "Receiving and Responding"): in a guild with `member` + its permissions
    string, else in a DM with `user`."""
    user = user_payload(user_id, f"user{user_id % 1000}")
    payload: dict[str, Any] = {
        "id": str(interaction_id),
        "application_id": str(APP_ID),
        "type": type_,
        "data": data,
        "token": f"itoken-{interaction_id}",
        "version": 1,
        "locale": "en-GB",
        "app_permissions": str(MEMBER_PERMISSIONS),
        "attachment_size_limit": 10_485_760,
        "entitlements": [],
        "authorizing_integration_owners": {"0": str(guild_id or user_id)},
        "channel_id": str(channel_id),
    }
    if guild_id is None:
        payload.update(user=user, context=1, channel={"id": str(channel_id), "type": 1, "recipients": [user]})
        return payload
    member = {"user": user, "roles": [], "joined_at": datetime.now(UTC).isoformat(), "deaf": False, "mute": False}
    member.update(flags=0, permissions=str(permissions))
    payload.update(guild_id=str(guild_id), guild_locale="en-GB", context=0, member=member)
    if channel is not None:
        payload["channel"] = {**channel.payload(), "permissions": str(permissions)}
    return payload
