"""Run the stages: sources -> language -> pubdate -> temporal -> events -> merge.

The per-article part is a pure function of one article (``process_article``) and runs in a
process pool; the cross-article part (dating from the corpus, merging) runs after it on the
small records it returns. Nothing here prints or writes files.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace

from timeline.model import (
    Article,
    Candidate,
    Document,
    DocStatus,
    Published,
    PubMethod,
    SkippedInput,
    Timeline,
    Timex,
)
from timeline.settings import Settings
from timeline.temporal.expression import Expression

logger = logging.getLogger(__name__)

Progress = Callable[[int], None]


@dataclass(frozen=True)
class ArticleResult:
    """What the per-article stages learned about one article."""

    article: Article
    language: str
    published: Published
    expressions: tuple[Expression, ...]
    timexes: tuple[Timex, ...]
    candidates: tuple[Candidate, ...]
    signature: frozenset[str]  # entities, for relating articles when dating from the corpus


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


def analyse(article: Article, language: str, published: Published) -> ArticleResult:
    """Tag and find event candidates once the publication date is settled."""
    from timeline import events, temporal

    expressions = tuple(temporal.extract(article.text, language))
    timexes = tuple(temporal.resolve(article.text, expressions, published.date, language))
    candidates = tuple(events.find_candidates(article, language, published, timexes))
    signature = frozenset(events.article_entities(article.text, language))
    return ArticleResult(article, language, published, expressions, timexes, candidates, signature)


def process_article(article: Article, settings: Settings) -> ArticleResult:
    """Every per-article stage; a pure function of the article and the settings."""
    from timeline import pubdate, temporal

    article = _given(article, settings)
    language = article_language(article, settings)
    expressions = tuple(temporal.extract(article.text, language))
    published = pubdate.infer_published(article, language, expressions)
    return analyse(article, language, published)


def _process_pair(pair: tuple[Article, Settings]) -> ArticleResult:
    return process_article(*pair)


def process_all(
    articles: Iterable[Article], settings: Settings, progress: Progress | None = None
) -> Iterator[ArticleResult]:
    """Process articles in order, over ``settings.jobs`` processes when more than one."""
    if settings.jobs <= 1:
        for article in articles:
            yield process_article(article, settings)
            if progress:
                progress(1)
        return
    with ProcessPoolExecutor(max_workers=settings.jobs) as pool:
        pairs = ((article, settings) for article in articles)
        for result in pool.map(_process_pair, pairs, chunksize=8):
            yield result
            if progress:
                progress(1)


def date_from_corpus(results: list[ArticleResult]) -> list[ArticleResult]:
    """Give undated articles the period of the articles they share events with."""
    from timeline import pubdate

    undated = [r for r in results if r.published.method is PubMethod.UNKNOWN]
    if not undated:
        return results
    inferred = pubdate.date_from_corpus(
        {r.article.id: r.published for r in results},
        {r.article.id: r.signature for r in results},
    )
    out = []
    for result in results:
        new = inferred.get(result.article.id)
        if result.published.method is PubMethod.UNKNOWN and new and new.date is not None:
            out.append(analyse(result.article, result.language, new))
        else:
            out.append(result)
    return out


def _document(result: ArticleResult) -> Document:
    a = result.article
    return Document(
        id=a.id,
        source=a.source,
        title=a.title,
        language=result.language,
        published=result.published,
        warnings=a.warnings + result.published.warnings,
        url=a.url,
    )


def _skipped(item: SkippedInput) -> Document:
    return Document(
        id=item.id,
        source=item.source,
        title="",
        language=None,
        published=Published.unknown("not read"),
        status=DocStatus.SKIPPED,
        warnings=(item.reason,),
    )


def build_from_articles(
    articles: Iterable[Article | SkippedInput],
    settings: Settings | None = None,
    progress: Progress | None = None,
) -> Timeline:
    """Build a timeline from articles already read (or skipped inputs to account for)."""
    from timeline import merge

    settings = settings or Settings()
    skipped: list[SkippedInput] = []

    def usable() -> Iterator[Article]:
        for item in articles:
            if isinstance(item, SkippedInput):
                skipped.append(item)
                if progress:
                    progress(1)
            else:
                yield item

    results = date_from_corpus(list(process_all(usable(), settings, progress)))
    candidates = [c for r in results for c in r.candidates]
    events = merge.merge_events(candidates, settings)
    documents = [_document(r) for r in results] + [_skipped(s) for s in skipped]
    return Timeline(documents=tuple(documents), events=tuple(events))


def build(
    sources: Sequence[str], settings: Settings | None = None, progress: Progress | None = None
) -> Timeline:
    """Read ``sources`` (files, folders, ``-`` for stdin) and build their timeline."""
    from timeline.sources import read_sources

    settings = settings or Settings()
    return build_from_articles(read_sources(sources, settings), settings, progress)
