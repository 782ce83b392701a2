"""The cross-article dating pass: undated articles take the period of the articles they share
names with, and are analysed again against that date (in the worker pool when there is one).
"""

from __future__ import annotations

import logging
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from functools import partial

from timeline.model import Published, PubMethod
from timeline.parallel import map_bounded
from timeline.per_article import ArticleResult, analyse, failed_result
from timeline.settings import Settings

logger = logging.getLogger(__name__)

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


def _reanalyse_safely(
    result: ArticleResult, published: Published, settings: Settings
) -> ArticleResult:
    try:
        new = analyse(result.article, result.language, published, result.expressions, settings)
    except Exception as exc:  # keep the article with its new date, without events
        new = failed_result(result.article, result.language, exc, published)
    return replace(new, signature=result.signature, spellings=result.spellings)


def _signature_chunk(settings: Settings, texts: list[tuple[str, str]]) -> list[Named]:
    return [_names_of(text, language, settings.spacy_model) for text, language in texts]


def _reanalyse_chunk(
    settings: Settings, pairs: list[tuple[ArticleResult, Published]]
) -> list[ArticleResult]:
    return [_reanalyse_safely(result, published, settings) for result, published in pairs]


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
    from timeline.name_keys import canonical_key

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
