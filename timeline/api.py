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
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING

from timeline.garbage import collecting_less
from timeline.model import (
    Article,
    Candidate,
    DocStatus,
    Document,
    Published,
    PubMethod,
    SkippedInput,
    Timeline,
)
from timeline.parallel import fork_pool, map_bounded
from timeline.settings import Settings
from timeline.temporal.expression import Expression

if TYPE_CHECKING:
    from timeline.similarity import Features

logger = logging.getLogger(__name__)

Progress = Callable[[int], None]


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


Named = tuple[frozenset[str], tuple[tuple[str, str], ...]]


def signature_of(text: str, language: str, model: str | None = None) -> frozenset[str]:
    """The names an article mentions (never raises: an empty set when they cannot be read)."""
    return _names_of(text, language, model)[0]


def _names_of(text: str, language: str, model: str | None) -> Named:
    """The keys of the names an article mentions, and how it first writes each."""
    from timeline.entities import article_names, spellings_of

    try:
        names = article_names(text, language, model)
    except Exception as exc:  # the corpus step then treats the article as unrelated
        logger.warning("names could not be read (%s: %s)", type(exc).__name__, exc)
        return frozenset(), ()
    return frozenset(n.key for n in names), tuple(spellings_of(names).items())


def process_article(article: Article, settings: Settings) -> ArticleResult:
    """Every per-article stage; a pure function of the article and the settings."""
    from timeline import pubdate, temporal

    article = _given(article, settings)
    language = article_language(article, settings)
    expressions = tuple(temporal.extract(article.text, language))
    published = pubdate.infer_published(article, language, expressions)
    return analyse(article, language, published, expressions, settings)


def _failed(article: Article, language: str, exc: Exception, published: Published) -> ArticleResult:
    """The record of an article a stage failed on: no events, and a warning that says so."""
    where = exc.__traceback__
    while where is not None and where.tb_next is not None:
        where = where.tb_next
    module = where.tb_frame.f_globals.get("__name__", "?") if where else "?"
    note = f"internal: {module} failed on this article ({type(exc).__name__}: {exc}); no events"
    logger.warning("%s: %s", article.id, note, exc_info=logger.isEnabledFor(logging.DEBUG))
    article = replace(article, warnings=(*article.warnings, note[:300]))
    return ArticleResult(article, language, published, (), (), None)


def process_article_safely(article: Article, settings: Settings) -> ArticleResult:
    """``process_article``, but a stage that raises costs only this article's events."""
    try:
        return process_article(article, settings)
    except Exception as exc:  # a bug in one stage must not lose the other articles
        language = article.language or settings.language or "und"
        return _failed(article, language, exc, Published.unknown("not analysed"))


def _reanalyse_safely(
    result: ArticleResult, published: Published, settings: Settings
) -> ArticleResult:
    try:
        new = analyse(result.article, result.language, published, result.expressions, settings)
    except Exception as exc:  # keep the article with its new date, without events
        new = _failed(result.article, result.language, exc, published)
    return replace(new, signature=result.signature, spellings=result.spellings)


_worker_settings: Settings | None = None


def _init_worker(settings: Settings) -> None:
    global _worker_settings
    _worker_settings = settings


def _process_chunk(articles: list[Article]) -> list[ArticleResult]:
    settings = _worker_settings or Settings()
    return [process_article_safely(article, settings) for article in articles]


def _signature_chunk(settings: Settings, texts: list[tuple[str, str]]) -> list[Named]:
    return [_names_of(text, language, settings.spacy_model) for text, language in texts]


def _reanalyse_chunk(
    settings: Settings, pairs: list[tuple[ArticleResult, Published]]
) -> list[ArticleResult]:
    return [_reanalyse_safely(result, published, settings) for result, published in pairs]


def process_all(
    articles: Iterable[Article],
    settings: Settings,
    progress: Progress | None = None,
    pool: ProcessPoolExecutor | None = None,
) -> Iterator[ArticleResult]:
    """Process articles in order, over ``settings.jobs`` processes when more than one."""
    if pool is None:
        results: Iterable[ArticleResult] = (
            process_article_safely(article, settings) for article in articles
        )
    else:
        results = map_bounded(pool, _process_chunk, articles, settings.jobs)
    for result in results:
        yield result
        if progress:
            progress(1)


def date_from_corpus(
    results: list[ArticleResult],
    settings: Settings | None = None,
    pool: ProcessPoolExecutor | None = None,
) -> list[ArticleResult]:
    """Give undated articles the period of the articles they share events with."""
    from timeline import pubdate

    settings = settings or Settings()
    jobs = settings.jobs
    if not any(r.published.method is PubMethod.UNKNOWN for r in results):
        return results
    results = _with_signatures(results, settings, pool)
    try:
        inferred = pubdate.date_from_corpus(
            {r.article.id: r.published for r in results},
            {r.article.id: r.signature or frozenset() for r in results},
            {r.article.id: (r.article.text, r.expressions, r.language) for r in results},
            settings.corpus_dating,
            _spellings(results),
        )
    except Exception as exc:  # dating from the corpus is a refinement: keep what we have
        logger.warning(
            "dating from the corpus failed (%s: %s); articles stay undated", type(exc).__name__, exc
        )
        return results
    todo: dict[int, tuple[ArticleResult, Published]] = {}
    for index, result in enumerate(results):
        new = inferred.get(result.article.id)
        if result.published.method is PubMethod.UNKNOWN and new and new.date is not None:
            todo[index] = (result, new)
    pairs = list(todo.values())
    if pool is None:
        redone = _reanalyse_chunk(settings, pairs)
    else:
        redone = list(map_bounded(pool, partial(_reanalyse_chunk, settings), pairs, jobs))
    out = list(results)
    for index, result in zip(todo, redone, strict=True):
        out[index] = result
    return out


def _spellings(results: list[ArticleResult]) -> dict[str, str]:
    """How the articles spell each name key, for evidence a reader can follow ("Central Asian",
    not its key "kentral asian"): the first spelling of an event's names wins, then the
    first spelling in the articles of names no event mentions."""
    from timeline.entities import canonical_key

    spelled: dict[str, str] = {}
    for result in results:
        for candidate in result.candidates:
            for name in candidate.entities:
                spelled.setdefault(canonical_key(name), name)
    for result in results:
        for key, name in result.spellings:
            spelled.setdefault(key, name)
    return spelled


def _with_signatures(
    results: list[ArticleResult], settings: Settings, pool: ProcessPoolExecutor | None
) -> list[ArticleResult]:
    """The results, each with the names its article mentions (read now where still missing)."""
    missing = [i for i, r in enumerate(results) if r.signature is None]
    if not missing:
        return results
    texts = [(results[i].article.text, results[i].language) for i in missing]
    if pool is None:
        signatures = _signature_chunk(settings, texts)
    else:
        found = map_bounded(pool, partial(_signature_chunk, settings), texts, settings.jobs)
        signatures = list(found)
    out = list(results)
    for index, (signature, spellings) in zip(missing, signatures, strict=True):
        out[index] = replace(out[index], signature=signature, spellings=spellings)
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
    (at the first task) after ``warm_up``."""
    warm_up(settings)
    return fork_pool(settings.jobs, _init_worker, (settings,))


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
