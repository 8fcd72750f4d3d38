"""Shared pieces of the Discord layer: option parsing, permission checks, paginated replies, error replies."""

from __future__ import annotations

import logging
import re
import secrets
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from bot.cogs.render import ACCENT, chunk_lines
from bot.errors import BlockedURLError, FeedParseError, FetchError, GrokwatchError, UserInputError

if TYPE_CHECKING:
    from bot.cogs.services import BotServices

log = logging.getLogger(__name__)

# "24h", "3d", also as people type them: "24 hours", "3 days ago", "1 week", "90 mins"
_RELATIVE = re.compile(
    r"^\s*(\d{1,4})\s*(m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)(?:\s+ago)?\s*$", re.IGNORECASE
)
_UNITS = {"m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
PAGE_TIMEOUT_S = 600.0
# an interaction token (and so the webhook that edits its messages) works for 15 minutes (Discord: Interactions)
TOKEN_LIFETIME_S = 15 * 60.0
PAGE_BUTTON_PREFIX = "gw-page:"  # + the process's boot id: a click on a button of an earlier process is recognised


def page_buttons_expired(custom_id: str, boot_id: str) -> bool:
    """A page button left by an earlier run of the bot (its view died with that process)."""
    return custom_id.startswith(PAGE_BUTTON_PREFIX) and not custom_id.startswith(f"{PAGE_BUTTON_PREFIX}{boot_id}:")


def services_of(interaction: discord.Interaction[Any]) -> BotServices:
    """The BotServices the GrokwatchBot was built with."""
    return interaction.client.services  # type: ignore[no-any-return]


def parse_since(text: str | None, now: datetime) -> datetime | None:
    """`24h`, `3d`, `2w`, `90m` or an ISO date (`2026-03-01`) → a UTC datetime; None when not given."""
    if not text or not text.strip():
        return None
    match = _RELATIVE.match(text)
    if match:
        return now - timedelta(seconds=int(match.group(1)) * _UNITS[match.group(2)[0].lower()])
    try:
        parsed = datetime.fromisoformat(text.strip())
        # an offset can push a date at the calendar's edge past year 9999 (OverflowError)
        return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
    except (ValueError, OverflowError):
        raise UserInputError(f"`since` must look like 24h, 3d, 2w or 2026-03-01, not {text[:40]!r}") from None


def require_manage_guild(interaction: discord.Interaction[Any]) -> None:
    """Server-side check of the member's Manage Server permission (default_permissions alone is only a UI hint)."""
    if interaction.guild_id is None:
        raise UserInputError("This command only works in a server.")
    if not interaction.permissions.manage_guild:
        raise UserInputError("You need the **Manage Server** permission for this.")


def missing_post_permissions(perms: discord.Permissions, *, thread: bool = False) -> str:
    """The permissions a digest or channel alert needs that `perms` lacks, named for the user ("" when none); in a
    thread Discord checks Send Messages in Threads, not Send Messages."""
    needed = {
        "View Channel": perms.view_channel,
        "Send Messages in Threads" if thread else "Send Messages": (
            perms.send_messages_in_threads if thread else perms.send_messages
        ),
        "Embed Links": perms.embed_links,
    }
    return ", ".join(name for name, ok in needed.items() if not ok)


def require_can_post(perms: discord.Permissions, where: str, advice: str, *, thread: bool = False) -> None:
    """Refuse up front (UserInputError naming what is missing) when the bot cannot post a digest or alert there."""
    missing = missing_post_permissions(perms, thread=thread)
    if missing:
        raise UserInputError(f"I cannot post {where} (missing {missing}): {advice}")


def require_member_can_post(perms: discord.Permissions, *, thread: bool = False) -> None:
    """Refuse a channel alert where the member may not post: the bot must not post for them in an announcements or
    rules channel (UserInputError)."""
    if not (perms.send_messages_in_threads if thread else perms.send_messages):
        raise UserInputError("You cannot post in this channel, so your alerts cannot either: use `dm`.")


def in_thread(interaction: discord.Interaction[Any]) -> bool:
    """Was the command used in a thread (where posting needs Send Messages in Threads)?"""
    return isinstance(interaction.channel, discord.Thread)


def require_guild(interaction: discord.Interaction[Any]) -> int:
    """The guild id, or a friendly refusal in DMs."""
    if interaction.guild_id is None:
        raise UserInputError("This command only works in a server.")
    return interaction.guild_id


class Paginator(discord.ui.View):
    """Previous / next buttons over pre-rendered pages; only the person who asked can turn them."""

    def __init__(
        self,
        pages: Sequence[Sequence[discord.Embed]],
        owner_id: int,
        *,
        timeout: float = PAGE_TIMEOUT_S,
        boot_id: str = "",
    ) -> None:
        # the buttons must come off while a token that can edit the message still works
        super().__init__(timeout=min(timeout, TOKEN_LIFETIME_S - 60))
        self.pages = [list(p) for p in pages]
        self.owner_id = owner_id
        self.index = 0
        self.message: discord.WebhookMessage | None = None
        self._last_click: discord.Interaction[Any] | None = None
        tag = f"{PAGE_BUTTON_PREFIX}{boot_id}:{secrets.token_hex(6)}"
        for name, button in (("prev", self.previous), ("page", self.counter), ("next", self.next)):
            button.custom_id = f"{tag}:{name}"
        self._sync_buttons()

    async def on_timeout(self) -> None:
        """Take the buttons off when they stop working: a click after the timeout would otherwise go unanswered
        and Discord would show "This interaction failed"."""
        try:
            if self._last_click is not None:
                # each click restarts the timeout, so the command's own token may be past its 15 minutes by now;
                # the last click's token is at most one timeout old, and its original response is this message
                await self._last_click.edit_original_response(view=None)
            elif self.message is not None:
                await self.message.edit(view=None)
        except discord.HTTPException:
            log.info("could not remove the expired page buttons of message %s", self.message and self.message.id)

    def _sync_buttons(self) -> None:
        self.previous.disabled = self.index == 0
        self.next.disabled = self.index >= len(self.pages) - 1
        self.counter.label = f"{self.index + 1}/{len(self.pages)}"

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        if interaction.user.id != self.owner_id:
            await interaction.response.send_message("These buttons belong to someone else's command.", ephemeral=True)
            return False
        return True

    async def _show(self, interaction: discord.Interaction[Any], index: int) -> None:
        self.index = max(0, min(index, len(self.pages) - 1))
        self._sync_buttons()
        await interaction.response.edit_message(embeds=self.pages[self.index], view=self)
        self._last_click = interaction

    @discord.ui.button(label="◀", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: discord.Interaction[Any], _button: discord.ui.Button[Any]) -> None:
        await self._show(interaction, self.index - 1)

    @discord.ui.button(label="1/1", style=discord.ButtonStyle.secondary, disabled=True)
    async def counter(self, interaction: discord.Interaction[Any], _button: discord.ui.Button[Any]) -> None:
        await interaction.response.defer()
        self._last_click = interaction

    @discord.ui.button(label="▶", style=discord.ButtonStyle.secondary)
    async def next(self, interaction: discord.Interaction[Any], _button: discord.ui.Button[Any]) -> None:
        await self._show(interaction, self.index + 1)


async def defer_public(interaction: discord.Interaction[Any]) -> None:
    """Defer with a public "thinking…" message, remembering it so an error can replace it privately."""
    interaction.extras["public_defer"] = True
    await interaction.response.defer(thinking=True)


async def send_pages(
    interaction: discord.Interaction[Any],
    pages: Sequence[Sequence[discord.Embed]],
    *,
    empty: str,
    content: str | None = None,
) -> None:
    """Follow up a deferred interaction with the first page (and buttons when there are more)."""
    interaction.extras["answered"] = True
    none = discord.AllowedMentions.none()
    if not pages:
        await interaction.followup.send(empty, allowed_mentions=none)
        return
    if len(pages) == 1:
        await interaction.followup.send(content=content or "", embeds=list(pages[0]), allowed_mentions=none)
        return
    options = getattr(interaction.client, "options", None)
    timeout = getattr(options, "page_timeout_s", PAGE_TIMEOUT_S)
    view = Paginator(pages, interaction.user.id, timeout=timeout, boot_id=getattr(interaction.client, "boot_id", ""))
    view.message = await interaction.followup.send(
        content=content or "", embeds=list(pages[0]), view=view, allowed_mentions=none, wait=True
    )


LIST_BLOCK_MAX = 3900  # one embed description (4,096) with room to spare


async def send_lines(interaction: discord.Interaction[Any], lines: Sequence[str], *, title: str, empty: str) -> None:
    """Follow up a deferred interaction with a list that may outgrow one message's 2,000 characters: embed pages of
    whole lines (never a line or a link cut in the middle), with buttons when there is more than one page."""
    blocks = chunk_lines(lines, LIST_BLOCK_MAX)
    pages = [
        [discord.Embed(title=title if n == 0 else f"{title} (cont.)", description=block, colour=ACCENT)]
        for n, block in enumerate(blocks)
    ]
    await send_pages(interaction, pages, empty=empty)


async def answer_expired_buttons(interaction: discord.Interaction[Any]) -> None:
    """A click on page buttons of an earlier run: take the buttons off and say why (else: "interaction failed")."""
    await interaction.response.edit_message(view=None)
    text = "These page buttons expired when grokwatch restarted: run the command again."
    await interaction.followup.send(text, ephemeral=True, allowed_mentions=discord.AllowedMentions.none())


async def reply(interaction: discord.Interaction[Any], text: str, *, ephemeral: bool = True) -> None:
    """Answer with our own short text, whether or not the interaction was deferred."""
    none = discord.AllowedMentions.none()
    if interaction.response.is_done():
        extras = interaction.extras
        if ephemeral and extras.get("public_defer") and not extras.get("answered"):
            # Discord gives the first followup the defer's visibility; deleting the public "thinking…" message
            # first lets a private error replace it instead of being shown to the whole channel
            try:
                await interaction.delete_original_response()
            except discord.HTTPException:
                log.warning("could not delete the deferred response of interaction %s", interaction.id)
        await interaction.followup.send(text[:2000], ephemeral=ephemeral, allowed_mentions=none)
    else:
        await interaction.response.send_message(text[:2000], ephemeral=ephemeral, allowed_mentions=none)


def fetch_failure(reason: str | None, url: str) -> FetchError:
    """The error for a failed fetch of a user-supplied URL (a guard refusal stays a BlockedURLError)."""
    text = reason or "no response"
    if text.startswith("blocked:"):
        return BlockedURLError(text.removeprefix("blocked:").strip(), url=url)
    return FetchError(text, url=url)


def friendly_error(error: BaseException) -> str | None:
    """The message shown for our own errors (and permission failures); None for bugs, which get a generic reply."""
    if isinstance(error, app_commands.CommandInvokeError):
        error = error.original
    if isinstance(error, UserInputError):
        return str(error)
    if isinstance(error, BlockedURLError):
        return f"That URL is not allowed: {error}"
    if isinstance(error, FetchError):
        return f"Could not fetch that URL: {error}"
    if isinstance(error, FeedParseError):
        return f"That does not look like a feed: {error}"
    if isinstance(error, GrokwatchError):
        return f"Something went wrong: {error}"
    if isinstance(error, (app_commands.CommandSignatureMismatch, app_commands.CommandNotFound)):
        # Discord sent the command as it was before a deploy changed it (global commands take a while to update)
        return "This command changed since your Discord app loaded it: reopen the command list and try again."
    if isinstance(error, app_commands.TransformerError):
        # an option discord.py could not turn into its type (a channel missing from its cache)
        return "One of the options is not valid here: pick it from the list Discord offers."
    if isinstance(error, app_commands.MissingPermissions):
        return "You need the **Manage Server** permission for this."
    if isinstance(error, app_commands.CheckFailure):
        return "You cannot use this command here."
    return None


async def on_tree_error(interaction: discord.Interaction[Any], error: app_commands.AppCommandError) -> None:
    """The one error handler: our errors become friendly ephemeral replies; anything else is logged."""
    message = friendly_error(error)
    if message is not None:
        # our errors quote what the user typed (a time, a query, a URL): never render it as a mention
        message = discord.utils.escape_mentions(message)
    else:
        name = interaction.command.qualified_name if interaction.command else "?"
        log.error("command /%s failed", name, exc_info=error)
        message = "Sorry, that failed on our side. The error has been logged."
    try:
        await reply(interaction, message, ephemeral=True)
    except discord.HTTPException:
        log.warning("could not deliver the error reply for interaction %s", interaction.id)
