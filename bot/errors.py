"""One exception tree for grokwatch.

GrokwatchError
├── ConfigError          bad feeds.yaml or environment (message names file, key path, problem)
├── StoreError           database unreachable or migration failure
├── FetchError           a feed or page could not be fetched (per-feed, recorded, never fatal)
│   └── BlockedURLError  a user-supplied URL failed the network guard
├── FeedParseError       bytes fetched but not a usable feed (HTML page, challenge page, no entries)
└── UserInputError       a chat or CLI user gave something we cannot act on (shown to them as-is)
"""

from __future__ import annotations


class GrokwatchError(Exception):
    """Base of every error grokwatch raises on purpose."""


class ConfigError(GrokwatchError):
    """Configuration is invalid; the message is one line naming where and what."""


class StoreError(GrokwatchError):
    """The database could not be opened, migrated or written."""


class FetchError(GrokwatchError):
    """A fetch failed; `url` names what, the message says why."""

    def __init__(self, message: str, *, url: str | None = None, status: int | None = None) -> None:
        super().__init__(message)
        self.url = url
        self.status = status


class BlockedURLError(FetchError):
    """A user-supplied URL points somewhere the network guard refuses (private, loopback, metadata…)."""


class FeedParseError(GrokwatchError):
    """Fetched bytes are not a feed with entries."""


class UserInputError(GrokwatchError):
    """Input from a user that we refuse with a friendly message."""
