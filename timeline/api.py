"""Run the stages: sources -> language -> pubdate -> temporal -> events -> merge.

The per-article part is a pure function of one article (``process_article``) and runs in a
process pool that is fed in bounded chunks, so memory stays flat however many articles stream
in; the cross-article part (dating from the corpus, merging) runs after it on the small records
it returns. A stage failing on one article costs that article's events and leaves a warning;
it never stops the run. Nothing here prints or writes files.
"""

from __future__ import annotations

import gc
import itertools
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import AbstractContextManager

from timeline.corpus_pass import date_from_corpus, signature_of
from timeline.garbage import collecting_less
from timeline.model import (
    Article,
    DocStatus,
    Document,
    Published,
    SkippedInput,
    Timeline,
)
from timeline.parallel import CHUNK_SIZE, chunks, fork_pool, map_bounded
from timeline.per_article import (
    ArticleResult,
    analyse,
    article_language,
    init_worker,
    process_article,
    process_articles,
    process_chunk,
)
from timeline.settings import Settings

__all__ = [
    "ArticleResult",
    "analyse",
    "article_language",
    "build",
    "build_from_articles",
    "date_from_corpus",
    "process_all",
    "process_article",
    "signature_of",
    "warm_up",
    "worker_pool",
]

logger = logging.getLogger(__name__)

Progress = Callable[[int], None]


def process_all(
    articles: Iterable[Article],
    settings: Settings,
    progress: Progress | None = None,
    pool: ProcessPoolExecutor | None = None,
) -> Iterator[ArticleResult]:
    """Process articles in order, over ``settings.jobs`` processes when more than one."""
    if pool is None:
        results: Iterable[ArticleResult] = (
            result
            for chunk in chunks(articles, CHUNK_SIZE)
            for result in process_articles(chunk, settings)
        )
    else:
        results = map_bounded(pool, process_chunk, articles, settings.jobs)
    for result in results:
        yield result
        if progress:
            progress(1)


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
    pool: ProcessPoolExecutor | None = None,
) -> Timeline:
    """Build a timeline from articles already read (or skipped inputs to account for).

    With ``settings.jobs > 1`` the per-article work runs in ``pool`` (made here when not given;
    a given pool must have been made with ``worker_pool``).
    """
    settings = settings or Settings()
    with collecting_less():
        if settings.jobs > 1 and pool is None:
            with worker_pool(settings) as own:
                return _build_from_articles(articles, settings, progress, own)
        if pool is None:
            warm_up(settings)
        return _build_from_articles(articles, settings, progress, pool)


def _build_from_articles(
    articles: Iterable[Article | SkippedInput],
    settings: Settings,
    progress: Progress | None,
    pool: ProcessPoolExecutor | None,
) -> Timeline:
    skipped: list[SkippedInput] = []

    def usable() -> Iterator[Article]:
        for item in articles:
            if isinstance(item, SkippedInput):
                skipped.append(item)
                if progress:
                    progress(1)
            else:
                yield item

    started = time.perf_counter()
    # the pool's workers were forked after ``warm_up``: the parent tags nothing itself
    stream = usable()
    first = next(stream, None)
    if first is not None and pool is not None and not getattr(pool, "_processes", None):
        warm_up(settings, first)  # the workers are not forked yet: they will inherit it
    todo = stream if first is None else itertools.chain((first,), stream)
    results = list(_in_workers(process_all(todo, settings, progress, pool), pool))
    per_article = time.perf_counter()
    results = date_from_corpus(results, settings, pool)
    corpus = time.perf_counter()
    timeline = _merged(results, skipped, settings)
    logger.info(
        "%d articles in %.2f s (%d jobs), corpus dating %.2f s, merging %.2f s",
        len(results),
        per_article - started,
        settings.jobs,
        corpus - per_article,
        time.perf_counter() - corpus,
    )
    return timeline


def _in_workers(results: Iterator[ArticleResult], pool: object) -> Iterator[ArticleResult]:
    """``results``, with what the parent holds when workers fork kept out of the collector's
    walks meanwhile (``gc.freeze``): the workers then do not copy those pages just to scan
    them. Collected normally again afterwards."""
    if pool is None:
        yield from results
        return
    gc.freeze()
    try:
        yield from results
    finally:
        gc.unfreeze()


def _merged(
    results: list[ArticleResult], skipped: list[SkippedInput], settings: Settings
) -> Timeline:
    """The cross-article step: every article's candidates merged into events."""
    from timeline import merge

    candidates = [c for r in results for c in r.candidates]
    compared = [f for r in results for f in r.features]
    known = compared if len(compared) == len(candidates) else None  # else merge computes them
    events = merge.merge_events(candidates, settings, known) if candidates else []
    documents = [_document(r) for r in results] + [_skipped(s) for s in skipped]
    return Timeline(documents=tuple(documents), events=tuple(events))


def warm_up(settings: Settings, first: Article | None = None) -> None:
    """Import what every article needs whatever its language (spaCy, the stages), and load
    one language (the forced one, else the ``first`` article's: its rules, its spaCy pipeline,
    and the language model when it had to be detected) before workers fork, so that they
    inherit them instead of each loading them again (about 0.8 s per worker). Never raises
    (what fails here is loaded, and reported, by the work itself)."""
    try:
        import spacy  # noqa: F401

        from timeline import events, pubdate, similarity, temporal  # noqa: F401
        from timeline.sentences import pipeline
        from timeline.temporal.grammar import grammar_for

        language = settings.language or (article_language(first, settings) if first else None)
        if language:
            grammar_for(language)
            pipeline(language)
    except Exception as exc:  # only a head start: the work itself reports real problems
        logger.warning("warming up failed (%s: %s)", type(exc).__name__, exc)


def worker_pool(settings: Settings) -> AbstractContextManager[ProcessPoolExecutor]:
    """The process pool the per-article work (and file reading) runs in, its workers forked
    (at the first task) after ``warm_up``.

    Unless the language is forced, the language model loads meanwhile on another core (its
    decompression runs beside the imports): one core would otherwise stand idle until the
    workers fork. Done before any worker forks."""
    from timeline.language import load_in_background

    loading = None if settings.language else load_in_background(settings.languages)
    warm_up(settings)
    if loading is not None:
        loading.join()
    return fork_pool(settings.jobs, init_worker, (settings,))


def build(
    sources: Sequence[str], settings: Settings | None = None, progress: Progress | None = None
) -> Timeline:
    """Read ``sources`` (files, folders, ``-`` for stdin) and build their timeline.

    With ``settings.jobs > 1`` files are also read (decoded, HTML extracted) in the workers.
    """
    from timeline.sources import read_sources

    settings = settings or Settings()
    with collecting_less():  # the workers, forked inside, inherit the thresholds
        if settings.jobs <= 1:
            return build_from_articles(read_sources(sources, settings), settings, progress)
        with worker_pool(settings) as pool:  # its workers start with the first task submitted
            items = read_sources(sources, settings, pool)  # a missing path raises here, at once
            return build_from_articles(items, settings, progress, pool)
