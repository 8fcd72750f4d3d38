"""Command line: `python -m summariser [PATH|URL|-] [--format json|markdown] [--title T]`.

The only place in the package that reads files or the network. Exit status 0 on success, 2 when the input cannot be
read, fetched or holds no article text (one line on stderr naming the input).
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import httpx

from summariser import summarise
from summariser._html import extract_article, looks_like_html

log = logging.getLogger(__name__)

USER_AGENT = "grokwatch-summariser/0.1 (news summariser command line)"
FETCH_TIMEOUT_S = 20.0
MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.I)


class InputError(Exception):
    """The input cannot be used; the message is the one line shown to the user."""


@dataclass(frozen=True, slots=True)
class Source:
    text: str
    url: str | None


def main(argv: list[str] | None = None) -> int:
    """Summarise one article and print it; returns the exit status."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    for noisy in ("trafilatura", "htmldate", "httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.CRITICAL)  # their messages are not the user's business
    try:
        source = read_input(args.input)
        _require_article_text(source, args.input)
    except InputError as exc:
        print(f"summariser: {exc}", file=sys.stderr)
        return 2
    summary = summarise(source.text, url=source.url, title=args.title)
    out = summary.to_markdown() if args.format == "markdown" else summary.to_json(indent=2) + "\n"
    sys.stdout.write(out)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m summariser",
        description="Summarise one news article (HTML or plain text): key points, quotes, actions, relevance.",
    )
    parser.add_argument("input", nargs="?", default="-", help="a file path, an http(s) URL, or - for stdin (default)")
    parser.add_argument("--format", choices=("json", "markdown"), default="json", help="output format (json)")
    parser.add_argument("--title", default=None, help="the headline, when the input does not carry it")
    return parser


def read_input(name: str) -> Source:
    """The text behind a path, URL or "-" (stdin); InputError with a one-line reason when it cannot be read."""
    if name == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        return Source(_decode(_capped(data, "stdin"), "stdin"), None)
    if re.match(r"^https?://", name, re.I):
        return fetch_url(name)
    path = Path(name)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(f"cannot read {name}: {exc.strerror or exc}") from exc
    return Source(_decode(_capped(data, name), name), None)


def fetch_url(url: str) -> Source:
    """GET one page with a size cap, a deadline and our User-Agent."""
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5"}
    try:
        with (
            httpx.Client(
                timeout=FETCH_TIMEOUT_S, follow_redirects=True, max_redirects=MAX_REDIRECTS, headers=headers
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise InputError(f"cannot fetch {url}: HTTP {response.status_code} {response.reason_phrase}".rstrip())
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > MAX_BYTES:
                    raise InputError(f"cannot fetch {url}: larger than {MAX_BYTES // (1024 * 1024)} MB")
                chunks.append(chunk)
            data = b"".join(chunks)
            charset = response.charset_encoding
            final_url = str(response.url)
    except httpx.HTTPError as exc:
        raise InputError(f"cannot fetch {url}: {type(exc).__name__}: {exc}".rstrip(": ")) from exc
    return Source(_decode(data, url, charset), final_url)


def _capped(data: bytes, name: str) -> bytes:
    if len(data) > MAX_BYTES:
        raise InputError(f"{name} is larger than {MAX_BYTES // (1024 * 1024)} MB")
    return data


def _decode(data: bytes, name: str, charset: str | None = None) -> str:
    if not data.strip():
        raise InputError(f"{name} is empty")
    if b"\x00" in data[:4096]:
        raise InputError(f"{name} is not text (binary data)")
    declared = _META_CHARSET.search(data[:4096])
    for encoding in (charset, declared.group(1).decode("ascii") if declared else None, "utf-8"):
        if not encoding:
            continue
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("cp1252", errors="replace")


def _require_article_text(source: Source, name: str) -> None:
    if not source.text.strip():
        raise InputError(f"{name} is empty")
    if looks_like_html(source.text) and not extract_article(source.text, url=source.url).text.strip():
        raise InputError(f"no article text found in {name}")


if __name__ == "__main__":
    sys.exit(main())
