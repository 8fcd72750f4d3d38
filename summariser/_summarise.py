"""The public entry point: wire extraction, quotes, actions, key points and relevance together."""

from __future__ import annotations

from datetime import datetime

from summariser._html import Article, extract_article, looks_like_html
from summariser._keypoints import select_key_points
from summariser._model import Relevance, Summary
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
    # the quote, name and action stages (97 of the package's 114 modules) load on the first summary, not at
    # import: a process that only judges relevance or extracts pages never needs them
    from summariser._actions import extract_actions
    from summariser._entities import extract_entities
    from summariser._names import build_name_index
    from summariser._quotes import extract_quotes

    article = _as_article(text_or_html, url)
    title = _clean(title or article.title)
    url = url or article.url
    published_dt = _as_datetime(published) or _as_datetime(article.date)
    doc = _document(article.text)
    # one name index per article: quotes, actions and entities all resolve people against it
    index = build_name_index(doc)
    quotes = extract_quotes(doc, index=index)
    actions = extract_actions(doc, published=published_dt, index=index, quotes=quotes)
    return Summary(
        title=title,
        url=url,
        published=published_dt.isoformat() if published_dt else None,
        source=article.site,
        byline=article.byline,
        key_points=select_key_points(doc, title=title),
        quotes=quotes,
        actions=actions,
        entities=extract_entities(doc, index=index),
        relevance=score_relevance(doc, title=title, topic=topic or DEFAULT_TOPIC) if relevance is None else relevance,
    )


def relevance(
    text_or_html: str | Article, *, url: str | None = None, title: str | None = None, topic: Topic | None = None
) -> Relevance:
    """Only the relevance judgement, exactly as summarise() makes it: a cheap first step for off-topic text."""
    article = _as_article(text_or_html, url)
    title, topic = _clean(title or article.title), topic or DEFAULT_TOPIC
    # most polled items name no keyword at all: their judgement is known without splitting the text into sentences
    if keyword_free(article.text, title=title, topic=topic):
        return Relevance(score=0.0, relevant=False, matched=[])
    return score_relevance(_document(article.text), title=title, topic=topic)


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


def _as_article(text_or_html: str | Article, url: str | None) -> Article:
    if isinstance(text_or_html, Article):
        return text_or_html
    if looks_like_html(text_or_html):
        return extract_article(text_or_html, url=url)
    return Article(text=text_or_html)


def _as_datetime(value: datetime | str | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
