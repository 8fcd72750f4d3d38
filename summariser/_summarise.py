"""The public entry point: wire extraction, quotes, actions, key points and relevance together."""

from __future__ import annotations

from datetime import datetime

from summariser._actions import extract_actions
from summariser._entities import extract_entities
from summariser._html import extract_article, looks_like_html
from summariser._keypoints import select_key_points
from summariser._model import Summary
from summariser._names import build_name_index
from summariser._quotes import extract_quotes
from summariser._relevance import DEFAULT_TOPIC, Topic, score_relevance
from summariser._text import split_document


def summarise(
    text_or_html: str,
    *,
    url: str | None = None,
    title: str | None = None,
    published: datetime | str | None = None,
    topic: Topic | None = None,
) -> Summary:
    """Summarise one article given as HTML or plain text; metadata arguments override what the page says."""
    source = byline = None
    page_date: str | None = None
    body = text_or_html
    if looks_like_html(text_or_html):
        article = extract_article(text_or_html, url=url)
        body = article.text
        title = title or article.title
        byline = article.byline
        source = article.site
        page_date = article.date
        url = url or article.url
    published_dt = _as_datetime(published) or _as_datetime(page_date)
    doc = split_document(body)
    # one name index per article: quotes, actions and entities all resolve people against it
    index = build_name_index(doc)
    quotes = extract_quotes(doc, index=index)
    actions = extract_actions(doc, published=published_dt, index=index, quotes=quotes)
    return Summary(
        title=title,
        url=url,
        published=published_dt.isoformat() if published_dt else None,
        source=source,
        byline=byline,
        key_points=select_key_points(doc, title=title),
        quotes=quotes,
        actions=actions,
        entities=extract_entities(doc, index=index),
        relevance=score_relevance(doc, title=title, topic=topic or DEFAULT_TOPIC),
    )


def _as_datetime(value: datetime | str | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
