"""HTML sniffing and main-text extraction with trafilatura (imported lazily: it costs ~0.5 s to import)."""

from __future__ import annotations

import logging
import re
from copy import copy
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from summariser._boilerplate import strip_boilerplate

if TYPE_CHECKING:
    from lxml.etree import HTMLParser
    from lxml.html import HtmlElement
    from trafilatura.settings import Extractor

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Article:
    """Main text (paragraphs separated by newlines) and page metadata; fields are None when the page lacks them."""

    text: str
    title: str | None = None
    byline: str | None = None
    date: str | None = None
    site: str | None = None
    url: str | None = None


_LEADING_JUNK = re.compile(r"^(?:\ufeff|\s|<!--.*?-->|<\?xml[^>]*>)*", re.S)
_DOC_START = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.I)
_TAG = re.compile(
    r"</?(?:p|div|span|a|br|article|section|main|header|footer|nav|h[1-6]|ul|ol|li|img|script|style|meta|link|"
    r"title|table|tr|td|figure|figcaption|blockquote|em|strong|b|i)\b[^<>]*>",
    re.I,
)
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "li", "blockquote", "pre", "td")
_FURNITURE = (
    "script", "style", "noscript", "svg", "template", "iframe", "select", "button", "input", "textarea", "nav",
    "footer", "aside",
)  # fmt: skip
# void elements trafilatura strips (MANUALLY_STRIPPED) before its cleaning reads them: no text (tails are kept), so
# dropping them with the furniture changes nothing, and spares its whole-tree XPaths and copies ~12% of the elements
_VOID_STRIPPED = ("img", "meta")
_FULL_DOC = re.compile(r"<(?:html|body)\b", re.I)
# control characters other than tab and line breaks, which XML (and so libxml2) does not allow
_CONTROL_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
# a doctype with a "/" in it on the first line, which libxml2 trips on (lxml bug 1955915)
_DOCTYPE = re.compile(rb"< ?! ?DOCTYPE[^>\n]*/[^<>\n]*>", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True when the input is an HTML document or fragment rather than plain text."""
    head = _LEADING_JUNK.sub("", text[:4096], count=1)
    if _DOC_START.match(head) or (head.startswith("<") and _TAG.match(head)):
        return True
    # a fragment that starts with text: count real tags, not a stray "<" in "x < 3"
    return len(_TAG.findall(head)) >= 3


def extract_article(html: str, *, url: str | None = None) -> Article:
    """Main text and metadata (title, byline, ISO date, site name, canonical URL) from an article page."""
    from summariser._htmlmeta import read_metadata

    tree = _parse(html)
    if tree is None:
        return Article(text="", url=url)
    meta = read_metadata(tree, url=url)
    date = meta.date or _markup_date(tree, url=url)
    _drop_furniture(tree)
    text = _main_text(tree, url=url) or _block_text(tree)
    return Article(
        text=strip_boilerplate(text, title=meta.title),
        title=meta.title,
        byline=meta.byline,
        date=date,
        site=meta.site,
        url=meta.url,
    )


def _parse(html: str) -> HtmlElement | None:
    from lxml.etree import ParserError
    from lxml.html import fromstring

    # trafilatura's load_html does the same (its parser settings, its repairs), but finds the control characters
    # libxml2 rejects with a regex over the whole page: deleting them from the UTF-8 bytes is C all the way
    # (a tenth of the time). A lone fragment gets a document to live in, as trafilatura rejects it otherwise.
    source = html if _FULL_DOC.search(html[:4096]) else f"<html><body>{html}</body></html>"
    raw = source.encode("utf-8", "surrogatepass").translate(None, _CONTROL_BYTES)
    # U+FFFE, U+FFFF are not characters either. Looked for in the text, not the bytes: most pages are Latin-1 or
    # BMP text, where a search for them stops at once or scans 2-byte units, while a 3-byte search of the UTF-8 crawls
    if "\ufffe" in source or "\uffff" in source:
        raw = raw.replace(b"\xef\xbf\xbe", b"").replace(b"\xef\xbf\xbf", b"")
    doctype = _DOCTYPE.match(raw)
    if doctype:
        raw = raw[doctype.end() :]
    try:
        tree = fromstring(raw, parser=_parser())
    except (ValueError, TypeError, ParserError) as exc:
        log.debug("unparseable HTML: %s", exc)
        return None
    return tree if tree is not None and len(tree) else None


@cache
def _parser() -> HTMLParser:
    from lxml.etree import ElementDefaultClassLookup, HTMLParser
    from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HtmlProcessingInstruction

    # trafilatura's settings: comments and processing instructions are never article text
    parser = HTMLParser(
        collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True
    )
    # lxml.html's own parser picks each element's class in Python (form, input, label... get subclasses), which
    # runs every time lxml hands an element to Python: ~1,300 times a page in trafilatura's XPaths. The same
    # HtmlElement for every tag, picked in C, behaves the same for everything trafilatura, htmldate and we call.
    parser.set_element_class_lookup(
        ElementDefaultClassLookup(
            element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity
        )
    )
    return parser


def _markup_date(tree: HtmlElement, *, url: str | None) -> str | None:
    from htmldate import find_date

    # pages without date metadata: htmldate's quick pass over the markup (~5 ms, 1 page in 8 of the corpus)
    try:
        found = find_date(tree, extensive_search=False, original_date=True, url=url)
    except ValueError:
        return None
    return found if isinstance(found, str) else None


def _drop_furniture(tree: HtmlElement) -> None:
    from lxml import etree

    # trafilatura discards these too, but only after copying the tree and running its pruning XPaths over them;
    # dropping them first (metadata already read) keeps its benchmark F1 and saves a fifth of the time
    etree.strip_elements(tree, *_FURNITURE, *_VOID_STRIPPED, etree.Comment, with_tail=False)


def _main_text(tree: HtmlElement, *, url: str | None) -> str:
    from trafilatura import bare_extraction

    try:
        doc = bare_extraction(tree, options=_options(url))
    except ValueError as exc:
        log.debug("trafilatura found no main text: %s", exc)
        return ""
    text = getattr(doc, "text", None)
    return text if isinstance(text, str) else ""


def _options(url: str | None) -> Extractor:
    # building an Extractor converts trafilatura's config values each time (~0.2 ms a page): copy a prepared one
    # (trafilatura only reads its shared config, sets and dicts)
    options = copy(_base_options())
    options.url = options.source = url
    return options


@cache
def _base_options() -> Extractor:
    from trafilatura.settings import Extractor

    # fast: skip the readability/justext fallbacks (slower, and lower F1 on the benchmark corpus);
    # no comments: reader comments are not the article; favour recall: quotes span paragraphs.
    return Extractor(output_format="python", fast=True, comments=False, recall=True)


def _block_text(tree: HtmlElement) -> str:
    # short fragments fall under trafilatura's minimum size: read paragraphs directly
    parts = []
    for node in tree.iter(*_BLOCKS):
        if any(child.tag in _BLOCKS for child in node.iterdescendants()):
            continue  # the inner blocks carry the text; reading both would repeat it
        text = " ".join(node.text_content().split())
        if text:
            parts.append(text)
    if not parts:
        body = tree.find(".//body")
        parts = [" ".join((body if body is not None else tree).text_content().split())]
    return "\n".join(p for p in parts if p)
