"""feeds.yaml and environment settings: defaults, and one clear line for every kind of mistake."""

from __future__ import annotations

from pathlib import Path

import pytest

import summariser
from bot.config import Settings, load_feeds_config, parse_duration, parse_size
from bot.errors import ConfigError
from bot.store.db import DEFAULT_DATABASE_URL

ROOT = Path(__file__).resolve().parents[2]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "feeds.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def error_for(tmp_path: Path, text: str) -> str:
    with pytest.raises(ConfigError) as info:
        load_feeds_config(write(tmp_path, text))
    message = str(info.value)
    assert "\n" not in message and message.startswith(str(tmp_path / "feeds.yaml") + ": ")
    return message.split(": ", 1)[1]


def test_minimal_file_gets_defaults(tmp_path: Path) -> None:
    config = load_feeds_config(
        write(tmp_path, "feeds:\n  - name: bbc\n    url: https://feeds.bbci.co.uk/news/rss.xml\n")
    )
    (spec,) = config.feeds
    assert (spec.name, spec.url) == ("bbc", "https://feeds.bbci.co.uk/news/rss.xml")
    assert spec.interval_s == 600 and spec.fetch_full_text and spec.timeout_s == 20 and spec.max_bytes == 10_000_000
    assert spec.trusted
    assert config.topic == summariser.DEFAULT_TOPIC


def test_all_options_and_defaults_block(tmp_path: Path) -> None:
    text = """
defaults:
  interval: 15m
  max_bytes: 5MB
feeds:
  - name: a
    url: http://127.0.0.1:8080/feed.xml   # operator feeds may be on loopback
    interval: 1h30m
    fetch_full_text: false
    timeout: 45s
  - name: b
    url: https://e.example/b
    max_bytes: 500KB
topic:
  name: Grok in the EU
  subjects: [Grok, xAI]
  concerns: [Digital Services Act, European Commission]
  exclusions: [SpaceX]
"""
    config = load_feeds_config(write(tmp_path, text))
    a, b = config.feeds
    assert a.interval_s == 5400 and not a.fetch_full_text and a.timeout_s == 45 and a.max_bytes == 5_000_000
    assert b.interval_s == 900 and b.max_bytes == 500_000
    assert config.topic.name == "Grok in the EU"
    assert tuple(config.topic.subjects) == ("Grok", "xAI") and tuple(config.topic.exclusions) == ("SpaceX",)


def test_topic_second_references_and_government_lists_come_from_the_file(tmp_path: Path) -> None:
    text = """
feeds:
  - name: a
    url: https://e.example/a
topic:
  name: TikTok regulation
  subjects: [TikTok]
  concerns: [ban, regulator]
  descriptions: [video app]
  owners: [ByteDance]
  rivals: [Instagram]
  interventions: []
"""
    topic = load_feeds_config(write(tmp_path, text)).topic
    assert topic.descriptions == ("video app",) and topic.owners == ("ByteDance",) and topic.rivals == ("Instagram",)
    assert topic.interventions == ()  # an empty list turns the built-in one off
    assert topic.authorities  # not given: the built-in governments
    headline = "Malaysia restricts access to TikTok"
    assert not summariser.relevance(headline, title=headline, topic=topic).relevant  # interventions turned off
    with_lists = load_feeds_config(write(tmp_path, text.replace("  interventions: []\n", ""))).topic
    assert summariser.relevance(headline, title=headline, topic=with_lists).relevant  # a government acting on it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("feeds:\n  - name: a\n    url: ftp://e.example/x\n", "feeds[0].url (feed 'a'): not an http(s) URL"),
        (
            "feeds:\n  - name: a\n    url: https://e.example/a\n  - name: b\n    urll: https://e.example/b\n",
            "feeds[1].urll (feed 'b'): unknown key",
        ),
        ("feeds:\n  - name: a\n", "feeds[0].url (feed 'a'): required key is missing"),
        (
            "feeds:\n  - name: a\n    url: https://e.example/a\n    interval: 10 minutes\n",
            "feeds[0].interval (feed 'a'): bad duration '10 minutes'",
        ),
        (
            "feeds:\n  - name: a\n    url: https://e.example/a\n    interval: 30s\n",
            "feeds[0].interval (feed 'a'): too short: the minimum interval is 1m",
        ),
        (
            "feeds:\n  - name: a\n    url: https://e.example/a\n    max_bytes: lots\n",
            "feeds[0].max_bytes (feed 'a'): bad size 'lots'",
        ),
        (
            "feeds:\n  - name: bbc\n    url: https://e.example/a\n  - name: BBC\n    url: https://e.example/b\n",
            "feeds[1].name: duplicate feed name 'BBC' (also feeds[0])",
        ),
        ("feeds: []\n", "feeds: list at least one feed"),
        ("feeds:\n  - name: a\n    url: https://e.example/a\nextra: 1\n", "extra: unknown key"),
        (
            "feeds:\n  - name: a\n    url: https://e.example/a\ntopic:\n  subjects: [Grok]\n",
            "topic.concerns: required key is missing",
        ),
        ("- just\n- a list\n", "expected a mapping with a 'feeds:' list"),
        ("", "expected a mapping"),
        # were accepted and failed only when polled
        ("feeds:\n  - {name: a, url: 'http://e.example:99999/'}\n", "feeds[0].url (feed 'a'): bad port in URL"),
        ("feeds:\n  - {name: a, url: 'http://e.example:rss/'}\n", "feeds[0].url (feed 'a'): bad port in URL"),
        ("feeds:\n  - {name: a, url: 'http://:80/'}\n", "feeds[0].url (feed 'a'): no host in URL"),
        # were pydantic's wording ("Input should be a valid dictionary or instance of FeedConfig")
        ("feeds:\n", "feeds: expected a list"),
        ("feeds:\n  - https://e.example/a\n", "feeds[0]: expected a mapping"),
        ("feeds:\n  - {name: 7, url: 'https://e.example/a'}\n", "feeds[0].name: expected text"),
        ("feeds:\n  - {name: a, url: 'https://e.example/a', fetch_full_text: maybe}\n", "feeds[0].fetch_full_text"),
        (
            "feeds:\n  - {name: a, url: 'https://e.example/a'}\ntopic: {subjects: [], concerns: [ban]}\n",
            "topic.subjects: must not be empty",
        ),
        ("feeds:\n  - {name: a, url: 'https://e.example/a'}\ntopic: Grok\n", "topic: expected a mapping"),
    ],
)
def test_bad_files_give_one_line(tmp_path: Path, text: str, expected: str) -> None:
    assert error_for(tmp_path, text).startswith(expected)


def test_yaml_syntax_error_names_line_and_column(tmp_path: Path) -> None:
    message = error_for(tmp_path, "feeds:\n  - name: a\n   url: https://e.example/a\n")
    assert message.startswith("YAML syntax error: line 3, column 4")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # YAML keeps the last of two equal keys: the first URL (or feed list) would vanish without a word
        ("feeds:\n  - name: a\n    url: https://e.example/a\n    url: https://e.example/b\n", "line 4, column 5"),
        (
            "feeds:\n  - {name: a, url: 'https://e.example/a'}\nfeeds:\n  - {name: b, url: 'https://e.example/b'}\n",
            "line 3",
        ),
    ],
)
def test_a_key_written_twice_is_an_error(tmp_path: Path, text: str, expected: str) -> None:
    message = error_for(tmp_path, text)
    assert message.startswith(f"YAML error: {expected}") and "duplicate key" in message


def test_merge_keys_may_override(tmp_path: Path) -> None:
    text = "defaults: {interval: 15m}\nfeeds:\n  - &a {name: a, url: 'https://e.example/a'}\n  - <<: *a\n    name: b\n"
    assert [f.name for f in load_feeds_config(write(tmp_path, text)).feeds] == ["a", "b"]


def test_several_problems_are_counted(tmp_path: Path) -> None:
    message = error_for(tmp_path, "feeds:\n  - name: a\n  - name: b\n")
    assert message.endswith("(and 1 more problem)")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"nope\.yaml: file not found$"):
        load_feeds_config(tmp_path / "nope.yaml")


def test_durations_and_sizes() -> None:
    assert parse_duration("90s") == 90 and parse_duration("10m") == 600 and parse_duration("1h") == 3600
    assert parse_duration("1h30m") == 5400 and parse_duration(120) == 120
    for bad in ("10 minutes", "", "m", "1.5h", True):
        with pytest.raises(ValueError):
            parse_duration(bad)
    assert parse_size("5MB") == 5_000_000 and parse_size("10 MB") == 10_000_000 and parse_size("1MiB") == 2**20
    assert parse_size(1234) == 1234


def test_shipped_feeds_yaml_is_valid() -> None:
    config = load_feeds_config(ROOT / "feeds.yaml")
    assert 10 <= len(config.feeds) <= 20
    assert all(spec.url.startswith("https://") for spec in config.feeds)
    assert any("news.google.com/rss/search" in spec.url for spec in config.feeds)
    assert any("gov.uk/search" in spec.url for spec in config.feeds)


def test_settings_from_env() -> None:
    settings = Settings.from_env(
        {"DISCORD_TOKEN": "secret-token", "LOG_LEVEL": "debug", "FEEDS_CONFIG": "x.yaml", "DATABASE_URL": ""}
    )
    assert settings.discord_token == "secret-token" and settings.log_level == "DEBUG"
    assert settings.feeds_config == "x.yaml" and settings.database_url == DEFAULT_DATABASE_URL
    assert "secret-token" not in repr(settings)
    assert settings.alerts_max_per_user == 10 and settings.guild_feed_limit == 10


def test_settings_defaults_from_clean_environment() -> None:
    settings = Settings.from_env()
    assert settings.discord_token is None and settings.feeds_config == "feeds.yaml"


def test_bad_environment_names_the_variable() -> None:
    with pytest.raises(ConfigError, match=r"^environment: LOG_LEVEL: "):
        Settings.from_env({"LOG_LEVEL": "loud"})
    assert Settings.from_env({"LOG_LEVEL": "warn"}).log_level == "WARNING"  # the logging module's own alias
    with pytest.raises(ConfigError, match=r"^environment: ALERTS_MAX_PER_USER: "):
        Settings.from_env({"ALERTS_MAX_PER_USER": "many"})
