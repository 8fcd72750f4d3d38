"""`python -m summariser` as a subprocess: files, stdin, a URL on a loopback server, and clean failures."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "summariser"

_TEXT = """Ofcom has opened a formal investigation into X over sexualised images made with its Grok chatbot, \
the regulator said on Monday.

The inquiry will examine whether the platform breached its duties under the Online Safety Act. \
"We will move as fast as the law allows," an Ofcom spokesperson said.

The technology secretary, Liz Kendall, said she wanted the investigation concluded in weeks.
"""


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "summariser", *args], input=stdin, capture_output=True, cwd=ROOT, timeout=60
    )


def test_plain_text_file_to_json(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(_TEXT, encoding="utf-8")
    done = _run(str(path), "--title", "Ofcom investigates X over Grok images")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["title"] == "Ofcom investigates X over Grok images"
    assert data["key_points"][0].startswith("Ofcom has opened a formal investigation into X")
    assert data["relevance"]["relevant"] is True
    assert {"title", "url", "published", "source", "byline", "key_points", "quotes", "actions", "entities"} <= set(data)


def test_stdin_html_to_markdown() -> None:
    html = (FIXTURES / "ofcom-x-article.html").read_bytes()
    done = _run("-", "--format", "markdown", stdin=html)
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode("utf-8")
    assert out.startswith("# Ofcom sets X a deadline to explain Grok safeguards\n")
    assert "The Northern Ledger" in out
    assert "## Key points" in out
    assert "Sign up" not in out


def test_no_argument_reads_stdin() -> None:
    done = _run(stdin=_TEXT.encode("utf-8"))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["key_points"]


class _Handler(BaseHTTPRequestHandler):
    pages: ClassVar[dict[str, tuple[int, str, bytes]]] = {}
    seen_agents: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.seen_agents.append(self.headers.get("User-Agent", ""))
        status, ctype, body = self.pages.get(self.path, (404, "text/plain", b"not here"))
        self.send_response(status)
        if status in (301, 302):
            self.send_header("Location", body.decode())
            body = b""
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        return


@pytest.fixture
def site() -> Iterator[str]:
    html = (FIXTURES / "eu-dsa-wire.html").read_bytes()
    _Handler.pages = {
        "/story": (200, "text/html; charset=utf-8", html),
        "/moved": (301, "text/html", b"/story"),
        "/empty": (200, "text/html", b""),
        "/shell": (200, "text/html", b"<html><head><title>x</title></head><body><script>go()</script></body></html>"),
        "/latin1": (
            200,
            "text/plain; charset=iso-8859-1",
            "Café owners in Brighton said Ofcom had acted too slowly over X.".encode("latin-1"),
        ),
    }
    _Handler.seen_agents = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_url_is_fetched_with_our_user_agent_and_redirects_followed(site: str) -> None:
    done = _run(f"{site}/moved")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["title"] == "EU regulators question X over Grok deepfakes"
    assert data["byline"] == "Marta Kowalczyk"
    assert data["url"] == f"{site}/story"
    assert all("grokwatch" in agent for agent in _Handler.seen_agents)
    assert len(_Handler.seen_agents) == 2


def test_declared_charset_is_honoured(site: str) -> None:
    done = _run(f"{site}/latin1", "--format", "markdown")
    assert done.returncode == 0, done.stderr
    assert "Café owners" in done.stdout.decode("utf-8")


@pytest.mark.parametrize(
    ("path", "message"),
    [("/missing", "HTTP 404"), ("/empty", "is empty"), ("/shell", "no article text found")],
)
def test_bad_urls_exit_2_with_one_line(site: str, path: str, message: str) -> None:
    done = _run(f"{site}{path}")
    assert done.returncode == 2
    err = done.stderr.decode("utf-8").strip()
    assert len(err.splitlines()) == 1
    assert message in err and f"{site}{path}" in err
    assert done.stdout == b""


def test_unreachable_url_exits_2() -> None:
    with ThreadingHTTPServer(("127.0.0.1", 0), _Handler) as server:
        port = server.server_address[1]  # bound then closed: nothing listens there any more
    done = _run(f"http://127.0.0.1:{port}/story")
    assert done.returncode == 2
    assert f"127.0.0.1:{port}" in done.stderr.decode("utf-8")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "nope.txt", "cannot read"),
        (lambda p: p, "cannot read"),  # a directory
        (lambda p: _write(p / "blank.txt", b"  \n\n "), "is empty"),
        (lambda p: _write(p / "image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "not text"),
    ],
)
def test_unreadable_files_exit_2_naming_the_input(tmp_path: Path, make: object, message: str) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    done = _run(str(path))
    assert done.returncode == 2
    err = done.stderr.decode("utf-8").strip()
    assert len(err.splitlines()) == 1
    assert message in err and str(path) in err


def test_empty_stdin_exits_2() -> None:
    done = _run("-", stdin=b"")
    assert done.returncode == 2
    assert done.stderr.decode("utf-8").strip() == "summariser: stdin is empty"


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
