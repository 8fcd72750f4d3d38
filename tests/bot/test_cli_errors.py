"""The CLI's failure paths: database problems are one line without the password, a closed pipe is quiet, and
`feeds` says why the configured feeds are missing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import run_cli

ROOT = Path(__file__).resolve().parents[2]


def one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # asyncpg refuses libpq's sslmode with a TypeError while connecting (was: a traceback)
        ("postgresql://grok:s3cret@127.0.0.1:1/g?sslmode=require", "ssl=require"),
        # the driver is not installed: SQLAlchemy's message quoted the whole URL, password included
        ("mysql://grok:s3cret@127.0.0.1:1/g", "MySQLdb"),
        # the data directory cannot be created (a file is in the way; was: a FileExistsError traceback)
        ("sqlite:///{tmp}/taken/g.db", "File exists"),
    ],
)
def test_database_problems_are_one_line_without_the_password(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], url: str, expected: str
) -> None:
    (tmp_path / "taken").write_text("not a directory", encoding="utf-8")
    code = run_cli(["digest", "--format", "json", "--db", url.format(tmp=tmp_path)])
    line = one_error_line(capsys)
    assert code == 1 and line.startswith("grokwatch: database: ") and expected in line
    assert "s3cret" not in line


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["digest", "--since", "0s"], "--since: '0s' is too short"),
        (["digest", "--since", "soon"], "--since: bad duration 'soon'"),
        (["digest", "--since", "99999999999d"], "--since: '99999999999d' is too long"),  # was an OverflowError
        (
            ["run", "--digest-every", "10s"],
            "--digest-every: '10s' is too short: at least 60s",
        ),  # was a digest every 10 s
    ],
)
def test_bad_durations_are_argument_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], expected: str
) -> None:
    code = run_cli([*argv, "--db", f"sqlite:///{tmp_path / 'g.db'}"])
    assert code == 2 and one_error_line(capsys).startswith(f"grokwatch: {expected}")


def test_feeds_says_why_the_configured_feeds_are_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FEEDS_CONFIG", str(tmp_path / "nope.yaml"))
    code = run_cli(["feeds", "--db", f"sqlite:///{tmp_path / 'g.db'}"])
    captured = capsys.readouterr()
    assert code == 0 and "Feeds" in captured.out  # the database's view is still shown
    assert f"{tmp_path / 'nope.yaml'}: file not found (showing the feeds in the database only)" in captured.err


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes")
def test_closed_stdout_pipe_is_a_quiet_exit(tmp_path: Path) -> None:
    read, write = os.pipe()
    os.close(read)  # the reader is gone, as after `grokwatch digest --format json | head -0`
    try:
        env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DISCORD_TOKEN")}
        proc = subprocess.run(
            [sys.executable, "-m", "bot", "digest", "--format", "json", "--db", f"sqlite:///{tmp_path / 'g.db'}"],
            cwd=ROOT, env=env, stdout=write, stderr=subprocess.PIPE, text=True, timeout=120,
        )  # fmt: skip
    finally:
        os.close(write)
    assert proc.returncode == 141 and "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr
