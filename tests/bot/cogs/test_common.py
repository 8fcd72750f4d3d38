"""Option parsing, error mapping, mention policy and app helpers of the Discord layer, without a bot."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import discord
import pytest
import yarl
from discord import app_commands

from bot.app import INVITE_PERMISSIONS, apply_endpoints, command_set_hash, invite_url
from bot.cogs.common import fetch_failure, friendly_error, parse_since
from bot.cogs.publisher import mentions_for, part_nonce
from bot.cogs.stories import name_choices
from bot.core.ports import OutgoingMessage
from bot.errors import BlockedURLError, FeedParseError, FetchError, UserInputError

NOW = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24h", NOW - timedelta(hours=24)),
        ("3d", NOW - timedelta(days=3)),
        ("2w", NOW - timedelta(weeks=2)),
        ("90m", NOW - timedelta(minutes=90)),
        ("24 hours", NOW - timedelta(hours=24)),  # as people type it
        ("3 Days ago", NOW - timedelta(days=3)),
        ("1 week", NOW - timedelta(weeks=1)),
        ("90 mins", NOW - timedelta(minutes=90)),
        ("2 hrs", NOW - timedelta(hours=2)),
        ("2026-03-01", datetime(2026, 3, 1, tzinfo=UTC)),
        ("2026-03-01T08:00+01:00", datetime(2026, 3, 1, 7, 0, tzinfo=UTC)),
        (None, None),
        ("  ", None),
    ],
)
def test_parse_since(text: str | None, expected: datetime | None) -> None:
    assert parse_since(text, NOW) == expected


def test_parse_since_refuses_nonsense() -> None:
    with pytest.raises(UserInputError, match="since"):
        parse_since("last tuesday", NOW)
    with pytest.raises(UserInputError, match="since"):
        parse_since("3 months", NOW)  # "m" is minutes; "months" is not taken for it


def test_friendly_errors_for_our_exceptions_only() -> None:
    assert friendly_error(UserInputError("Pick a story.")) == "Pick a story."
    assert "not allowed" in (friendly_error(BlockedURLError("10.0.0.1 is a private address")) or "")
    assert "Could not fetch" in (friendly_error(FetchError("timed out")) or "")
    assert "not look like a feed" in (friendly_error(FeedParseError("HTML page")) or "")
    wrapped = app_commands.CommandInvokeError.__new__(app_commands.CommandInvokeError)
    wrapped.original = UserInputError("inner")
    assert friendly_error(wrapped) == "inner"
    assert friendly_error(RuntimeError("bug")) is None  # bugs get the generic reply and a log line


def test_fetch_failure_keeps_guard_refusals_distinct() -> None:
    assert isinstance(fetch_failure("blocked: 127.0.0.1 is a loopback address", "http://x"), BlockedURLError)
    plain = fetch_failure("HTTP 500", "http://x")
    assert type(plain) is FetchError and str(plain) == "HTTP 500"


def test_mentions_none_except_the_subscriber() -> None:
    quiet = mentions_for(OutgoingMessage("digest", {})).to_dict()
    assert quiet == {"parse": []}
    alert = mentions_for(OutgoingMessage("alert", {}, mention_user_id=42)).to_dict()
    assert alert == {"parse": [], "users": [42]}


def test_part_nonce_fits_discord_and_is_stable() -> None:
    message = OutgoingMessage("digest", {"nonce": "n" * 24})
    assert part_nonce(message, 0) == "n" * 22
    assert part_nonce(message, 1) == "n" * 22 + "-1"
    assert all(len(part_nonce(message, i) or "") <= 25 for i in range(5))
    assert part_nonce(OutgoingMessage("digest", {}), 0) is None


def _tree(description: str) -> app_commands.CommandTree[discord.Client]:
    tree: app_commands.CommandTree[discord.Client] = app_commands.CommandTree(
        discord.Client(intents=discord.Intents.none())
    )

    @tree.command(name="latest", description=description)
    async def latest(interaction: discord.Interaction[discord.Client]) -> None:
        pass

    return tree


def test_command_set_hash_changes_only_with_the_commands() -> None:
    assert command_set_hash(_tree("Latest stories")) == command_set_hash(_tree("Latest stories"))
    assert command_set_hash(_tree("Latest stories")) != command_set_hash(_tree("Newest stories"))


def test_apply_endpoints(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(discord.http.Route, "BASE", discord.http.Route.BASE)
    monkeypatch.setattr(
        discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    )
    apply_endpoints("http://127.0.0.1:5000/api/v10/", "ws://127.0.0.1:5000/gateway")
    assert discord.http.Route.BASE == "http://127.0.0.1:5000/api/v10"
    assert yarl.URL("ws://127.0.0.1:5000/gateway") == discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY


def test_invite_url_has_scopes_and_permissions() -> None:
    assert INVITE_PERMISSIONS == 84992  # View Channel, Send Messages, Embed Links, Read Message History
    url = invite_url(123)
    assert "client_id=123" in url and "scope=bot+applications.commands" in url and "permissions=84992" in url


def test_autocomplete_names_are_one_line_capped_and_never_blank() -> None:
    choices = name_choices(["", "   ", "Melanie\nDawes", "x" * 150, *(f"n{i}" for i in range(30))])
    assert [c.name for c in choices[:2]] == ["Melanie Dawes", "x" * 99 + "…"]
    assert len(choices) == 25 and all(1 <= len(c.name) <= 100 and len(c.value) <= 100 for c in choices)
