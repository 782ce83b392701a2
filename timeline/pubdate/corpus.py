"""Dating articles from the corpus: related articles are written within days of each other.

Two steps, for articles whose own text left them undated:
1. an article whose text fits several years ("Monday January 10", no year named) takes the one
   alternative that its related articles also fit, when so narrow a meeting is unlikely to be
   chance (method text: the days are its own, the corpus only chose the year); a dateline
   whose years only its lead's weekday narrowed takes instead the one year of the full dates
   its related articles name ("the Aug. 7, 1998, bombings"; ``named_events``);
2. an article with no usable date of its own takes the period of the dated articles it shares
   rare names with (else of the whole collection): their weighted median day, a wider interval,
   cut by the article's own weekdays read in that week, and the reasons as evidence (method
   corpus). It stays unknown when no article is dated, when the related articles disagree
   (spread over more than a month), are mostly undated or only one is dated, when an undated
   related article names a later year (the story goes on), when the period is before a year
   its own text names, or when the collection is mostly undated.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping, Sequence, Set
from dataclasses import replace

from timeline.model import Published, PubMethod
from timeline.pubdate.clues import Clue, ClueKind, Span
from timeline.pubdate.coincidence import chance_matches
from timeline.pubdate.dispatch import lead_weekday
from timeline.pubdate.named_events import NamedDay, choose_by_named_days, named_days
from timeline.pubdate.relations import EntityIndex, WindowIndex
from timeline.pubdate.text_clues import read_clues
from timeline.pubdate.week_cues import has_week_cues
from timeline.pubdate.writing_day import Reasoning, best_in_span, date_from_clues
from timeline.settings import CorpusDating
from timeline.temporal.expression import Expression

logger = logging.getLogger(__name__)

OwnText = tuple[str, Sequence[Expression], str]  # an article's text, expressions, language

TOLERANCE = dt.timedelta(days=7)  # related articles are written within about a week
WIDEN = dt.timedelta(days=3)  # a corpus date is less certain than the dates it comes from
SHOWN = 4  # ids and entities quoted in the evidence
COLLECTION_WIDEN = dt.timedelta(days=30)  # no related article: the collection, loosely
# how sure the step must be (chance, spread, dated shares): ``settings.CorpusDating``
MAX_WEEK_SPAN = 62  # a period longer than this (days) is no week to read weekdays in


def _names(ids: Sequence[str]) -> str:
    shown = ", ".join(sorted(ids)[:SHOWN])
    return shown + (f" and {len(ids) - SHOWN} more" if len(ids) > SHOWN else "")


def choose_alternative(
    doc_id: str,
    own: Published,
    windows: WindowIndex,
    peers: Set[str],
    bar: CorpusDating | None = None,
) -> Published | None:
    """The one alternative of ``own`` that related articles fit, or None.

    None too when several fit, or when the related articles' periods are so many or so wide
    that one of ``own``'s alternatives would meet them by chance.
    """
    bar = bar or CorpusDating()
    others = peers - {doc_id}
    support: list[tuple[Published, list[str]]] = []
    for alt in own.alternatives:
        if alt.earliest is None or alt.latest is None:
            continue
        fitting = windows.near(alt.earliest, alt.latest, others)
        if fitting:
            support.append((alt, fitting))
    if len(support) != 1:  # none, or several years fit the related articles too
        return None
    alt, fitting = support[0]
    own_windows = [(a.earliest, a.latest) for a in own.alternatives if a.earliest and a.latest]
    chance = chance_matches(own_windows, windows.of(others), TOLERANCE.days)
    if chance > bar.max_chance:
        logger.debug("%s: a year met by chance %.2f times; not chosen", doc_id, chance)
        return None
    reason = (
        f"year {alt.date.year if alt.date else '?'}: of the years the text fits, the only "
        f"one its related articles fit ({_names(fitting)})"
    )
    return replace(alt, evidence=(*alt.evidence, reason), warnings=own.warnings)


def _weighted_median(days: Sequence[tuple[dt.date, float]]) -> dt.date:
    """The day at which half of the weight is reached, days in order."""
    ordered = sorted(days)
    total, running = sum(w for _, w in ordered), 0.0
    for day, weight in ordered:
        running += weight
        if running >= total / 2:
            return day
    return ordered[-1][0]


def latest_year(clues: Sequence[Clue]) -> int | None:
    """The latest year a text names outside the future tense (it was written in it or after)."""
    return max((c.year for c in clues if c.kind is ClueKind.YEAR and c.year), default=None)


def _refused(own: Published, why: str) -> Published:
    return replace(own, evidence=(*own.evidence, why))


def _own_weekdays(
    published: Published, span: Span, clues: Sequence[Clue], reason: str
) -> Published:
    """The corpus period cut by the article's weekdays, read in the week of its median day."""
    if (span.latest - span.earliest).days > MAX_WEEK_SPAN:
        return published
    kinds = {c.kind for c in clues}
    if not has_week_cues(clues) and ClueKind.WRITING_WEEKDAY not in kinds:
        return published
    anchor = span.best if has_week_cues(clues) else None  # the week: that of the median day
    anchored = Span(span.earliest, span.best, span.latest, anchor, ahead=1)
    why = Reasoning()
    final = best_in_span(anchored, clues, why)
    if (final.earliest, final.latest, final.best) == (span.earliest, span.latest, span.best):
        return published
    said = tuple(dict.fromkeys(why.evidence))
    quoted = {line.split(": ", 1)[0] for line in said}  # "'Dienstag'": told more precisely
    text_part = tuple(
        e for e in published.evidence if e != reason and e.split(": ", 1)[0] not in quoted
    )
    return replace(
        published,
        date=final.best,
        earliest=final.earliest,
        latest=final.latest,
        evidence=tuple(dict.fromkeys((*text_part, *said, reason))),
        warnings=(*published.warnings, *why.warnings),
    )


def period_of(
    doc_id: str,
    own: Published,
    dated: Mapping[str, Published],
    entities: EntityIndex,
    clues: Sequence[Clue] = (),
    alternatives: Sequence[Published] | None = None,
    named_years: Mapping[str, int] | None = None,
    bar: CorpusDating | None = None,
) -> Published:
    """The period of the related dated articles (else of the collection) as a corpus date.

    Stays unknown when that period is no period: its days spread over more than a month, it
    lies before a year the text itself names, only one related article or too small a share
    of them (by weight) is dated, an undated related article names a later year
    (the story goes on beyond that period), or (for the collection) too few articles are
    dated to speak for it. ``named_years``: the latest year each undated article names.
    """
    named_years, bar = named_years or {}, bar or CorpusDating()
    scores = entities.scores(doc_id)
    peers = sorted(p for p in scores if p in dated)
    chosen = peers or sorted(dated)
    weighted = [(d, scores.get(p, 1.0)) for p in chosen if (d := dated[p].date) is not None]
    days = sorted(d for d, _ in weighted)
    if (days[-1] - days[0]).days > bar.max_spread_days:
        return _refused(
            own,
            f"the related articles ({_names(chosen)}) are dated {days[0]}..{days[-1]}: no period",
        )
    if not peers and len(dated) < bar.min_dated_share * len(entities.signatures):
        return _refused(
            own, f"no related article, and too few articles are dated ({_names(chosen)})"
        )
    if len(peers) == 1:
        return _refused(
            own,
            f"only one related article is dated ({peers[0]}): one cannot show the story "
            "keeps to one period",
        )
    dated_weight = sum(w for p, w in scores.items() if p in dated)
    if peers and dated_weight < bar.min_related_dated * sum(scores.values()):
        return _refused(
            own,
            f"most related articles are undated ({len(peers)} of {len(scores)} dated): "
            "the story's period is not known",
        )
    own_year = latest_year(clues)
    if own_year and days[-1].year < own_year:
        return _refused(
            own, f"the text names {own_year}, after its related articles ({_names(chosen)})"
        )
    later = sorted(p for p in scores if p not in dated and named_years.get(p, 0) > days[-1].year)
    if peers and later:
        return _refused(
            own,
            f"related articles {_names(later)} name a year after {_names(chosen)} are dated: "
            "the story spans more than one period",
        )
    lows = [e for p in chosen if (e := dated[p].earliest) is not None]
    highs = [e for p in chosen if (e := dated[p].latest) is not None]
    median = _weighted_median(weighted)
    widen = WIDEN if peers else COLLECTION_WIDEN
    earliest, latest = min(lows, default=median) - widen, max(highs, default=median) + widen
    if peers:
        shared = [entities.spelled(e) for e in entities.shared(doc_id, chosen[:SHOWN])]
        why = (
            f"no date of its own; dated from related articles {_names(chosen)} "
            f"(shared: {', '.join(shared[:SHOWN])})"
        )
    else:
        why = (
            f"no date of its own, no related article; dated from the collection ({_names(chosen)})"
        )
    alternatives = own.alternatives if alternatives is None else alternatives
    fits = [a for a in alternatives if a.date is not None and earliest <= a.date <= latest]
    if fits:
        alt = min(fits, key=lambda a: abs(((a.date or median) - median).days))
        return replace(
            alt, method=PubMethod.CORPUS, evidence=(*alt.evidence, why), warnings=own.warnings
        )
    period = Published(
        median, earliest, latest, PubMethod.CORPUS, (*own.evidence, why), own.warnings
    )
    return _own_weekdays(period, Span(earliest, median, latest), clues, why)


def date_from_corpus(
    published: Mapping[str, Published],
    signatures: Mapping[str, frozenset[str]],
    texts: Mapping[str, OwnText] | None = None,
    settings: CorpusDating | None = None,
    spellings: Mapping[str, str] | None = None,
) -> dict[str, Published]:
    """A date for every article whose method is unknown, from the articles related to it.

    ``texts`` (text, expressions, language per article id) lets an undated article's own
    clues take part: every year its calendar fits, its weekdays read in the corpus week, and
    the full dates related articles name. ``settings``: how sure the step must be.
    ``spellings``: how the articles spell the names in ``signatures`` (keys), for the evidence.
    """
    try:
        return _date_from_corpus(
            published, signatures, texts or {}, settings or CorpusDating(), spellings or {}
        )
    except (TypeError, ValueError, AttributeError, OverflowError, KeyError) as exc:
        logger.warning("dating from the corpus failed (%s); undated articles stay undated", exc)
        return {d: p for d, p in published.items() if p.method is PubMethod.UNKNOWN}


def _has_dateline(clues: Sequence[Clue]) -> bool:
    """Whether the text's calendar comes from its dateline (the day of writing itself).

    Only then may the days related articles name give its year: a weekday with its date told
    in the body may be retold weeks later, and a year given to it would claim its news week.
    """
    return any(c.kind is ClueKind.DATELINE for c in clues)


def _own_clues(texts: Mapping[str, OwnText], doc_id: str) -> list[Clue]:
    if doc_id not in texts:
        return []
    text, expressions, lang = texts[doc_id]
    return read_clues(text, expressions, lang)


def _date_from_corpus(
    published: Mapping[str, Published],
    signatures: Mapping[str, frozenset[str]],
    texts: Mapping[str, OwnText],
    bar: CorpusDating,
    spellings: Mapping[str, str],
) -> dict[str, Published]:
    unknown = [d for d, p in published.items() if p.method is PubMethod.UNKNOWN]
    out = {d: published[d] for d in unknown}
    clues = {d: _own_clues(texts, d) for d in unknown}
    full = dict(published)  # undated articles with every year their calendar fits
    guessed: dict[str, Published] = {}  # ... when a guess (the lead's weekday) narrowed them
    for doc_id in unknown:
        again = date_from_clues(clues[doc_id], all_alternatives=True) if clues[doc_id] else None
        if again is not None and again.method is PubMethod.UNKNOWN:
            if lead_weekday(clues[doc_id]) is None:
                full[doc_id] = again
            else:  # two years in seven fit: calendars would meet by chance
                guessed[doc_id] = again
    dated = {d: p for d, p in published.items() if p.date is not None}
    entities = EntityIndex(signatures, bar.min_shared_names, bar.min_shared_weight, spellings)
    if any(full[d].alternatives or d in guessed for d in unknown):
        windows = WindowIndex(full, TOLERANCE)
        everyone = set(published)
        days: dict[str, list[NamedDay]] = {d: named_days(d, own[1]) for d, own in texts.items()}
        for doc_id in unknown:
            own = guessed.get(doc_id, full[doc_id])
            if not own.alternatives:
                continue
            related = entities.related(doc_id)
            chosen = None
            if doc_id not in guessed:  # no entities: the whole collection
                chosen = choose_alternative(doc_id, own, windows, related or everyone, bar)
            if chosen is None and related and _has_dateline(clues[doc_id]):
                chosen = choose_by_named_days(doc_id, own, days, related, bar)
            if chosen is not None:
                out[doc_id] = chosen
    dated.update({d: p for d, p in out.items() if p.date is not None})
    if not dated:
        return out
    named_years = {d: y for d in unknown if (y := latest_year(clues[d]))}
    for doc_id in unknown:
        if out[doc_id].date is None:
            out[doc_id] = period_of(
                doc_id,
                published[doc_id],
                dated,
                entities,
                clues[doc_id],
                full[doc_id].alternatives,
                named_years,
                bar,
            )
    logger.debug(
        "corpus dated %d of %d undated articles", sum(1 for p in out.values() if p.date), len(out)
    )
    return out
