"""The public entry point: wire extraction, quotes, actions, key points and relevance together."""

from __future__ import annotations

from datetime import datetime

from summariser._actions import extract_actions
from summariser._entities import extract_entities
from summariser._html import Article, extract_article, looks_like_html
from summariser._keypoints import select_key_points
from summariser._model import Relevance, Summary
from summariser._names import build_name_index
from summariser._quotes import extract_quotes
from summariser._relevance import DEFAULT_TOPIC, Topic, score_relevance
from summariser._text import split_document, without_surrogates


def summarise(
    text_or_html: str | Article,
    *,
    url: str | None = None,
    title: str | None = None,
    published: datetime | str | None = None,
    topic: Topic | None = None,
) -> Summary:
    """Summarise one article (HTML, plain text or an extracted Article); arguments override the page's metadata."""
    article = _as_article(text_or_html, url)
    title = _clean(title or article.title)
    url = url or article.url
    published_dt = _as_datetime(published) or _as_datetime(article.date)
    doc = split_document(article.text)
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
        relevance=score_relevance(doc, title=title, topic=topic or DEFAULT_TOPIC),
    )


def relevance(
    text_or_html: str | Article, *, url: str | None = None, title: str | None = None, topic: Topic | None = None
) -> Relevance:
    """Only the relevance judgement, exactly as summarise() makes it: a cheap first step for off-topic text."""
    article = _as_article(text_or_html, url)
    doc = split_document(article.text)
    return score_relevance(doc, title=_clean(title or article.title), topic=topic or DEFAULT_TOPIC)


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
