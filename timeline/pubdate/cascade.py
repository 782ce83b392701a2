"""The publication-date cascade: given > metadata > text > unknown.

Each step is a small function returning a ``Published`` or None; the first answer wins
(the htmldate way). Dating from the corpus happens later, across articles (``corpus.py``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from timeline.model import Article, Published, PubMethod
from timeline.pubdate.text_clues import read_clues
from timeline.pubdate.writing_day import date_from_clues
from timeline.temporal.expression import Expression

logger = logging.getLogger(__name__)

Step = Callable[[Article, str, Sequence[Expression]], Published | None]


def from_given(article: Article, lang: str, expressions: Sequence[Expression]) -> Published | None:
    """The date the user or the input supplied always wins."""
    if article.published is None:
        return None
    day = article.published
    return Published(day, day, day, PubMethod.GIVEN, (f"given: {day.isoformat()}",))


def from_metadata(
    article: Article, lang: str, expressions: Sequence[Expression]
) -> Published | None:
    """The page's own publication date (HTML metadata, read by the sources stage)."""
    if article.metadata_published is None:
        return None
    day = article.metadata_published
    return Published(day, day, day, PubMethod.METADATA, (f"page metadata: {day.isoformat()}",))


def from_text(article: Article, lang: str, expressions: Sequence[Expression]) -> Published:
    """What the text proves: datelines, dated weekdays, the calendar, tense and weekdays."""
    clues = read_clues(article.text, expressions, lang)
    return date_from_clues(clues)


STEPS: tuple[Step, ...] = (from_given, from_metadata)


def infer_published(article: Article, lang: str, expressions: Sequence[Expression]) -> Published:
    """The article's publication date with its method and evidence; never raises on bad input."""
    try:
        for step in STEPS:
            found = step(article, lang, expressions)
            if found is not None:
                return found
        published = from_text(article, lang, expressions)
    except (ValueError, TypeError, AttributeError, OverflowError, IndexError, KeyError) as exc:
        logger.warning("article %s: publication date not inferred (%s)", article.id, exc)
        return Published.unknown(f"could not read the text's dates: {exc}")
    logger.debug("article %s: %s %s", article.id, published.method, published.date)
    return published
