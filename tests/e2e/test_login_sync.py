"""The bot logs in, identifies, and syncs every command (with descriptions) once per command-set change."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import Harness

pytestmark = pytest.mark.e2e

EXPECTED = {"latest", "story", "summarise", "quotes", "actions", "search", "digest", "alerts", "feeds", "help", "sync"}


def _descriptions(command: dict) -> list[str]:
    found = [command["description"]]
    for option in command.get("options", []):
        found += _descriptions(option)
    return found


async def test_login_identify_and_sync(harness: Harness) -> None:
    await harness.start_bot()
    fake = harness.fake
    assert len(fake.identifies) == 1
    assert fake.identifies[0]["intents"] & 1  # GUILDS, nothing privileged
    assert len(fake.command_puts) == 1
    names = {c["name"] for c in fake.commands}
    assert names == EXPECTED
    for command in fake.commands:
        for text in _descriptions(command):
            assert text and text != "…", f"/{command['name']} has an option without a description"
    subs = {c["name"]: {o["name"] for o in c.get("options", [])} for c in fake.commands}
    assert subs["digest"] == {"now", "schedule", "show", "off"}
    assert subs["alerts"] == {"add", "list", "remove", "pause"}
    assert subs["feeds"] == {"list", "status", "add", "remove"}
    # /digest is a server's business: not offered in DMs (Discord hides a command whose contexts lack 1 and 2)
    offered_in_dms = {c["name"] for c in fake.commands if c.get("contexts") is None or 1 in c["contexts"]}
    assert "digest" not in offered_in_dms and fake.command("digest")["dm_permission"] is False
    assert {"latest", "story", "alerts", "feeds", "help"} <= offered_in_dms
    story_opt = fake.command("story")["options"][0]
    assert story_opt["autocomplete"] is True


async def test_restart_does_not_resync_unchanged_commands(harness: Harness) -> None:
    await harness.start_bot()
    await harness.stop_bot()
    await harness.start_bot()
    assert len(harness.fake.identifies) == 2
    assert len(harness.fake.command_puts) == 1  # hash stored in the DB: no second sync
