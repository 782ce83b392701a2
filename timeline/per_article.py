"""The per-article stages: language, publication date, tagging, event candidates.

``process_article`` is a pure function of one article and the settings, so it runs unchanged
in a worker process; what it returns (``ArticleResult``) is all the cross-article steps need.
A stage failing on one article costs that article's events and leaves a warning.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from timeline.model import Article, Candidate, Published
from timeline.settings import Settings
from timeline.temporal.expression import Expression

if TYPE_CHECKING:
    from timeline.similarity import Features

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ArticleResult:
    """What the per-article stages learned about one article."""

    article: Article
    language: str
    published: Published
    expressions: tuple[Expression, ...]
    candidates: tuple[Candidate, ...]
    # Names the article mentions, for relating articles when dating from the corpus: found
    # while reading the sentences when that costs nothing more, else None until that step
    # needs them (most collections have no undated article).
    signature: frozenset[str] | None = None
    # What merging compares each candidate by, computed here in the worker, not in the
    # (serial) merge step; one per candidate.
    features: tuple[Features, ...] = ()
    # How the article writes the names of ``signature`` (key, words), for evidence.
    spellings: tuple[tuple[str, str], ...] = ()


def article_language(article: Article, settings: Settings) -> str:
    """The forced language, the one the input gave, or the detected one."""
    from timeline.language import detect_language

    if settings.language:
        return settings.language
    if article.language:
        return article.language
    return detect_language(article.title + "\n" + article.text, settings.languages)


def _given(article: Article, settings: Settings) -> Article:
    date = settings.published.get(article.id)
    return replace(article, published=date) if date else article


def analyse(
    article: Article,
    language: str,
    published: Published,
    expressions: tuple[Expression, ...] | None = None,
    settings: Settings | None = None,
) -> ArticleResult:
    """Tag and find event candidates once the publication date is settled."""
    from timeline import events, temporal
    from timeline.similarity import features

    if expressions is None:
        expressions = tuple(temporal.extract(article.text, language))
    resolved = temporal.resolve(article.text, expressions, published.date, language)
    tagged = temporal.join_ranges(article.text, language, resolved, published.date)
    reading = events.read_article(
        article, language, published, tagged.timexes, settings, tagged.ranges
    )
    return ArticleResult(
        article,
        language,
        published,
        expressions,
        reading.candidates,
        reading.names,
        tuple(features(c) for c in reading.candidates),
        reading.spellings,
    )


def process_article(
    article: Article, settings: Settings, language: str | None = None
) -> ArticleResult:
    """Every per-article stage; a pure function of the article and the settings.

    ``language``: the article's, when ``languages_of`` found it already."""
    from timeline import pubdate, temporal

    article = _given(article, settings)
    language = language or article_language(article, settings)
    expressions = tuple(temporal.extract(article.text, language))
    published = pubdate.infer_published(article, language, expressions)
    return analyse(article, language, published, expressions, settings)


def failed_result(
    article: Article, language: str, exc: Exception, published: Published
) -> ArticleResult:
    """The record of an article a stage failed on: no events, and a warning that says so."""
    where = exc.__traceback__
    while where is not None and where.tb_next is not None:
        where = where.tb_next
    module = where.tb_frame.f_globals.get("__name__", "?") if where else "?"
    note = f"internal: {module} failed on this article ({type(exc).__name__}: {exc}); no events"
    logger.warning("%s: %s", article.id, note, exc_info=logger.isEnabledFor(logging.DEBUG))
    article = replace(article, warnings=(*article.warnings, note[:300]))
    return ArticleResult(article, language, published, (), (), None)


def process_article_safely(
    article: Article, settings: Settings, language: str | None = None
) -> ArticleResult:
    """``process_article``, but a stage that raises costs only this article's events."""
    try:
        return process_article(article, settings, language)
    except Exception as exc:  # a bug in one stage must not lose the other articles
        language = article.language or settings.language or "und"
        return failed_result(article, language, exc, Published.unknown("not analysed"))


_worker_settings: Settings | None = None


def init_worker(settings: Settings) -> None:
    global _worker_settings
    _worker_settings = settings


def process_chunk(articles: list[Article]) -> list[ArticleResult]:
    """``process_articles`` in a worker, with the settings ``init_worker`` gave it."""
    return process_articles(articles, _worker_settings or Settings())


def process_articles(articles: list[Article], settings: Settings) -> list[ArticleResult]:
    """``process_article_safely`` over a few articles, their languages detected first, one
    after another: the detector's tables (tens of megabytes) stay in the processor's cache
    instead of being fetched again after each article's other stages (a third of its time)."""
    languages = languages_of(articles, settings)
    return [
        process_article_safely(article, settings, language)
        for article, language in zip(articles, languages, strict=True)
    ]


def languages_of(articles: list[Article], settings: Settings) -> list[str | None]:
    """Each article's language (``article_language``); None where detecting it failed, so
    that processing the article tries again and reports the failure as its own."""
    found: list[str | None] = []
    for article in articles:
        try:
            found.append(article_language(_given(article, settings), settings))
        except Exception:
            found.append(None)
    return found
