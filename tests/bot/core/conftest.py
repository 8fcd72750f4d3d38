"""Fixtures shared by the service tests: a loopback feed site and a fetcher without retries."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.core.fetch import FeedFetcher, make_client
from tests.servers.feedsite import FeedSite


@pytest.fixture
async def site() -> AsyncIterator[FeedSite]:
    async with FeedSite() as s:
        yield s


@pytest.fixture
async def fetcher() -> AsyncIterator[FeedFetcher]:
    async with make_client() as client:
        yield FeedFetcher(client, retries=0)
