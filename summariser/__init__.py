"""grokwatch summariser: one news article (HTML or text) in, a structured Summary out.

Pure and deterministic: no network, no database, no asyncio, nothing downloaded at run time.
"""

from summariser._html import Article, extract_article
from summariser._model import ACTION_STATUSES, Action, ActionStatus, Entities, Quote, Relevance, Summary
from summariser._relevance import DEFAULT_TOPIC, Topic
from summariser._summarise import relevance, summarise

__all__ = [
    "ACTION_STATUSES",
    "DEFAULT_TOPIC",
    "Action",
    "ActionStatus",
    "Article",
    "Entities",
    "Quote",
    "Relevance",
    "Summary",
    "Topic",
    "extract_article",
    "relevance",
    "summarise",
]
