"""The public entry point: wire extraction, quotes, actions, key points and relevance together."""

from __future__ import annotations

from datetime import datetime

from summariser._html import Article, extract_article, looks_like_html
from summariser._keypoints import select_key_points
from summariser._model import Relevance, Summary, new_relevance, new_summary
from summariser._relevance import DEFAULT_TOPIC, Topic, keyword_free, score_relevance
from summariser._text import Document, split_document, without_surrogates


def summarise(
    text_or_html: str | Article,
    *,
    url: str | None = None,
    title: str | None = None,
    published: datetime | str | None = None,
    topic: Topic | None = None,
    relevance: Relevance | None = None,
) -> Summary:
    """Summarise one article (HTML, plain text or an extracted Article); arguments override the page's metadata.

    `relevance`: the judgement `relevance()` already made for the same text, title and topic, used as is (not
    scored twice); the summary is the same as without it.
    """
    stages = _stages[0] if _stages else _load_stages()
    text, page = _as_article(text_or_html, url)
    title = _clean(title or page.title)
    url = url or page.url
    published_dt = _as_datetime(published) or _as_datetime(page.date)
    doc = _document(text)
    # one name index per article: quotes, actions and entities all resolve people against it
    index = stages.build_name_index(doc)
    quotes = stages.extract_quotes(doc, index=index)
    actions = stages.extract_actions(doc, published=published_dt, index=index, quotes=quotes)
    return new_summary(
        title,
        url,
        published_dt.isoformat() if published_dt else None,
        page.site,
        page.byline,
        select_key_points(doc, title=title),
        quotes,
        actions,
        stages.extract_entities(doc, index=index),
        score_relevance(doc, title=title, topic=topic or DEFAULT_TOPIC) if relevance is None else relevance,
    )


class _Stages:
    """The quote, name, action and entity stages (97 of the package's 114 modules): they load on the first summary,
    not at import, so a process that only judges relevance or extracts pages never needs them."""

    def __init__(self) -> None:
        from summariser._actions import extract_actions
        from summariser._entities import extract_entities
        from summariser._names import build_name_index
        from summariser._quotes import extract_quotes

        self.extract_actions = extract_actions
        self.extract_entities = extract_entities
        self.build_name_index = build_name_index
        self.extract_quotes = extract_quotes


# loaded once; four `from … import` statements on every call cost ~4 µs, a summary of a feed lede ~0.3 ms
_stages: list[_Stages] = []


def _load_stages() -> _Stages:
    if not _stages:
        _stages.append(_Stages())
    return _stages[0]


def relevance(
    text_or_html: str | Article, *, url: str | None = None, title: str | None = None, topic: Topic | None = None
) -> Relevance:
    """Only the relevance judgement, exactly as summarise() makes it: a cheap first step for off-topic text."""
    text, page = _as_article(text_or_html, url)
    title, topic = _clean(title or page.title), topic or DEFAULT_TOPIC
    # most polled items name no keyword at all: their judgement is known without splitting the text into sentences
    if keyword_free(text, title=title, topic=topic):
        return new_relevance(0.0, False, [])
    return score_relevance(_document(text), title=title, topic=topic)


# The last text split into a Document, with it: the poller asks relevance() first and then summarise() for relevant
# text, passing the same string, which is split once (its word tokens too: the Document memoises them). Keyed by
# identity, so only that very string object hits, and held here, so its id cannot be reused meanwhile.
_last_split: list[tuple[str, Document]] = []


def _document(text: str) -> Document:
    """split_document(text), reusing the last split when `text` is the same object."""
    last = _last_split[0] if _last_split else None  # one read: another thread may replace the entry
    if last is not None and last[0] is text:
        return last[1]
    doc = split_document(text)
    _last_split[:] = [(text, doc)]
    return doc


def _clean(title: str | None) -> str | None:
    return without_surrogates(title) if title else title


# the metadata of plain text: none (an Article costs ~10 K instructions to build, a feed item's relevance ~450 K)
_NO_METADATA = Article(text="")


def _as_article(text_or_html: str | Article, url: str | None) -> tuple[str, Article]:
    """The main text, and the Article whose metadata (title, url, date, site, byline) goes with it."""
    if isinstance(text_or_html, Article):
        return text_or_html.text, text_or_html
    # a page has a tag within its first 4,096 characters (`looks_like_html` reads no further); most feed text has no
    # "<" at all, and one C scan spares the sniffing regexes
    if text_or_html.find("<", 0, 4096) >= 0 and looks_like_html(text_or_html):
        article = extract_article(text_or_html, url=url)
        return article.text, article
    return text_or_html, _NO_METADATA


def _as_datetime(value: datetime | str | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
