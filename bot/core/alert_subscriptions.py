"""AlertService: what `/alerts add|list|remove|pause` call — validation and per-user limits, no Discord types."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from bot.core.alerting import AlertSubscription, Where
from bot.core.alerts import parse_query
from bot.core.ports import Clock
from bot.core.text import fold
from bot.errors import UserInputError


class SubscriptionRepo(Protocol):
    async def add_subscription(
        self, *, user_id: int, guild_id: int | None, channel_id: int | None, query: str, where: Where, now: datetime
    ) -> AlertSubscription: ...

    async def subscriptions(self, user_id: int) -> list[AlertSubscription]: ...

    async def remove_subscription(self, user_id: int, subscription_id: int) -> bool: ...

    async def set_paused(self, user_id: int, subscription_id: int | None, paused: bool) -> int:
        """Pause/resume one (or all, when None) of the user's subscriptions; resuming clears dm_closed state."""
        ...


MAX_SUBSCRIPTION_ID = 2**31 - 1


class AlertService:
    """Keyword alert subscriptions for one bot: add (validated, limited), list, remove, pause/resume."""

    def __init__(self, repo: SubscriptionRepo, clock: Clock, *, max_per_user: int = 10) -> None:
        self._repo = repo
        self._clock = clock
        self._max = max_per_user

    async def add(
        self, *, user_id: int, query: str, where: str = "dm", guild_id: int | None = None, channel_id: int | None = None
    ) -> AlertSubscription:
        """Validate the query and the user's limit, then store; raises UserInputError with a friendly reason."""
        parsed = parse_query(query)
        if where not in ("dm", "here"):
            raise UserInputError("Deliver alerts to `dm` or `here`.")
        if where == "here" and channel_id is None:
            raise UserInputError("`here` alerts need a channel: use the command in a server channel.")
        existing = await self._repo.subscriptions(user_id)
        if len(existing) >= self._max:
            raise UserInputError(
                f"You already have {len(existing)} alerts (the limit is {self._max}); remove one first."
            )
        normalised = str(parsed)
        # the same query by DM, or in the same channel; "here" in another channel is another alert
        same_place = [s for s in existing if s.where == where and (where == "dm" or s.channel_id == channel_id)]
        if any(str(parse_query(s.query)) == normalised for s in same_place if _valid(s.query)):
            raise UserInputError(f"You already have that alert: {normalised}")
        return await self._repo.add_subscription(
            user_id=user_id,
            guild_id=guild_id,
            channel_id=channel_id,
            query=parsed.source,
            where="here" if where == "here" else "dm",
            now=self._clock.now(),
        )

    async def subscriptions(self, user_id: int) -> list[AlertSubscription]:
        """The user's subscriptions, oldest first."""
        return await self._repo.subscriptions(user_id)

    async def remove(self, user_id: int, subscription_id: int) -> bool:
        """Delete one of the user's own subscriptions; False when it is not theirs or does not exist."""
        if not _possible_id(subscription_id):
            return False
        return await self._repo.remove_subscription(user_id, subscription_id)

    async def pause(self, user_id: int, subscription_id: int | None = None, *, paused: bool = True) -> int:
        """Pause (or resume with paused=False) one subscription or all of them; returns how many changed."""
        if subscription_id is not None and not _possible_id(subscription_id):
            return 0
        return await self._repo.set_paused(user_id, subscription_id, paused)

    async def suggest(self, user_id: int, prefix: str = "", limit: int = 25) -> list[tuple[int, str]]:
        """Autocomplete choices (id, label) among the user's subscriptions."""
        low = fold(prefix)
        out: list[tuple[int, str]] = []
        for s in await self._repo.subscriptions(user_id):
            label = f"#{s.id} {s.query} ({s.where}{', paused' if s.paused else ''})"
            if not low or low in fold(label):
                out.append((s.id, label[:100]))
        return out[:limit]


def _possible_id(subscription_id: int) -> bool:
    # ids are 32-bit integer keys; Discord lets a user type any integer up to 2^53, which PostgreSQL refuses to
    # compare with an INTEGER column (asyncpg: "value out of int32 range") instead of finding nothing
    return 0 < subscription_id <= MAX_SUBSCRIPTION_ID


def _valid(query: str) -> bool:
    try:
        parse_query(query)
    except UserInputError:
        return False
    return True
