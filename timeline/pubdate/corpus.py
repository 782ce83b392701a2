"""Dating articles from the corpus: related articles are written within days of each other.

Two steps, for articles whose own text left them undated:
1. an article whose text fits several years ("Monday January 10", no year named) takes the one
   alternative that its related articles also fit (method text: the days are its own, the
   corpus only chose the year);
2. an article with no usable date of its own takes the period of the dated articles it shares
   entities with (else of the whole collection): their median day, a wider interval, and the
   reason as evidence (method corpus). If no article is dated, all stay unknown; so does an
   article whose period spreads over more than a month, or whose collection is mostly undated.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence, Set
from dataclasses import replace

from timeline.model import Published, PubMethod

logger = logging.getLogger(__name__)

TOLERANCE = dt.timedelta(days=7)  # related articles are written within about a week
WIDEN = dt.timedelta(days=3)  # a corpus date is less certain than the dates it comes from
SHOWN = 4  # ids and entities quoted in the evidence
MIN_SHARED = 2  # one shared name ("Washington") relates too much; two make a story
COMMON_FROM = 20  # in a collection this large ...
COMMON_SHARE = 0.5  # ... a name in more than this share of the articles is ignored
COLLECTION_WIDEN = dt.timedelta(days=30)  # no related article: the collection, loosely
MAX_SPREAD = dt.timedelta(days=31)  # dates further apart than this are no one period
MIN_DATED_SHARE = 0.25  # the collection speaks for an article only when this share is dated


class EntityIndex:
    """Which articles share entities with which: an inverted index of the signatures."""

    def __init__(self, signatures: Mapping[str, frozenset[str]]) -> None:
        self.signatures = signatures
        self.holders: dict[str, list[str]] = defaultdict(list)
        for doc_id, signature in signatures.items():
            for entity in signature:
                self.holders[entity].append(doc_id)
        if len(signatures) >= COMMON_FROM:  # a name most articles mention relates nothing
            limit = COMMON_SHARE * len(signatures)
            self.holders = defaultdict(
                list, {e: h for e, h in self.holders.items() if len(h) <= limit}
            )

    def related(self, doc_id: str) -> set[str]:
        """The other articles sharing at least ``MIN_SHARED`` entities with ``doc_id``."""
        own = self.signatures.get(doc_id, frozenset())
        counts = Counter(p for entity in own for p in self.holders[entity] if p != doc_id)
        return {p for p, n in counts.items() if n >= MIN_SHARED}

    def shared(self, doc_id: str, others: Iterable[str]) -> list[str]:
        """The entities ``doc_id`` shares with any of ``others``, sorted."""
        own = self.signatures.get(doc_id, frozenset())
        return sorted({e for p in others for e in own & self.signatures.get(p, frozenset())})


def _windows(p: Published) -> list[tuple[dt.date, dt.date]]:
    if p.earliest is not None and p.latest is not None and p.date is not None:
        return [(p.earliest, p.latest)]
    return [(a.earliest, a.latest) for a in p.alternatives if a.earliest and a.latest]


class WindowIndex:
    """Every article's possible writing days, bucketed by week, to find articles near a span."""

    def __init__(self, published: Mapping[str, Published]) -> None:
        self.weeks: dict[int, set[str]] = defaultdict(set)
        for doc_id, p in published.items():
            for lo, hi in _windows(p):
                for week in range(lo.toordinal() // 7, hi.toordinal() // 7 + 1):
                    self.weeks[week].add(doc_id)

    def near(self, low: dt.date, high: dt.date, among: Set[str]) -> list[str]:
        """Articles of ``among`` with a window in the weeks within ``TOLERANCE`` of the span."""
        low, high = low - TOLERANCE, high + TOLERANCE
        found: set[str] = set()
        for week in range(low.toordinal() // 7, high.toordinal() // 7 + 1):
            found |= self.weeks.get(week, set())
        return sorted(found & among)


def _names(ids: Sequence[str]) -> str:
    shown = ", ".join(sorted(ids)[:SHOWN])
    return shown + (f" and {len(ids) - SHOWN} more" if len(ids) > SHOWN else "")


def choose_alternative(
    doc_id: str, own: Published, windows: WindowIndex, peers: Set[str]
) -> Published | None:
    """The one alternative of ``own`` that most related articles fit, or None if no single one."""
    support: list[tuple[int, Published, list[str]]] = []
    for alt in own.alternatives:
        if alt.earliest is None or alt.latest is None:
            continue
        fitting = [d for d in windows.near(alt.earliest, alt.latest, peers) if d != doc_id]
        support.append((len(fitting), alt, fitting))
    supported = [item for item in support if item[0] > 0]
    if len(supported) != 1:  # none, or several years fit the related articles too
        return None
    _, alt, fitting = supported[0]
    reason = (
        f"year {alt.date.year if alt.date else '?'}: of the years the text fits, the only "
        f"one its related articles fit ({_names(fitting)})"
    )
    return replace(alt, evidence=(*alt.evidence, reason), warnings=own.warnings)


def period_of(
    doc_id: str, own: Published, dated: Mapping[str, Published], entities: EntityIndex
) -> Published:
    """The period of the related dated articles (else of the collection) as a corpus date.

    Stays unknown when that period is no period: its days spread over more than a month, or
    (for the collection) too few articles are dated to speak for it.
    """
    peers = sorted(p for p in entities.related(doc_id) if p in dated)
    chosen = peers or sorted(dated)
    days = sorted(d for p in chosen if (d := dated[p].date) is not None)
    spread = days[-1] - days[0]
    if spread > MAX_SPREAD:
        why = f"the related articles ({_names(chosen)}) are dated {days[0]}..{days[-1]}: no period"
        return replace(own, evidence=(*own.evidence, why))
    if not peers and len(dated) < MIN_DATED_SHARE * len(entities.signatures):
        why = f"no related article, and too few articles are dated ({_names(chosen)})"
        return replace(own, evidence=(*own.evidence, why))
    lows = [e for p in chosen if (e := dated[p].earliest) is not None]
    highs = [e for p in chosen if (e := dated[p].latest) is not None]
    median = days[(len(days) - 1) // 2]
    widen = WIDEN if peers else COLLECTION_WIDEN
    earliest, latest = min(lows, default=median) - widen, max(highs, default=median) + widen
    if peers:
        shared = entities.shared(doc_id, chosen[:SHOWN])
        why = (
            f"no date of its own; dated from related articles {_names(chosen)} "
            f"(shared: {', '.join(shared[:SHOWN])})"
        )
    else:
        why = (
            f"no date of its own, no related article; dated from the collection ({_names(chosen)})"
        )
    fits = [a for a in own.alternatives if a.date is not None and earliest <= a.date <= latest]
    if fits:
        alt = min(fits, key=lambda a: abs(((a.date or median) - median).days))
        return replace(
            alt, method=PubMethod.CORPUS, evidence=(*alt.evidence, why), warnings=own.warnings
        )
    return Published(median, earliest, latest, PubMethod.CORPUS, (*own.evidence, why), own.warnings)


def date_from_corpus(
    published: Mapping[str, Published], signatures: Mapping[str, frozenset[str]]
) -> dict[str, Published]:
    """A date for every article whose method is unknown, from the articles related to it."""
    unknown = [d for d, p in published.items() if p.method is PubMethod.UNKNOWN]
    out = {d: published[d] for d in unknown}
    dated = {d: p for d, p in published.items() if p.date is not None}
    entities = EntityIndex(signatures)
    if any(published[d].alternatives for d in unknown):
        windows = WindowIndex(published)
        everyone = set(published)
        for doc_id in unknown:
            own = published[doc_id]
            if own.alternatives:
                peers = entities.related(doc_id) or everyone  # no entities: the whole collection
                chosen = choose_alternative(doc_id, own, windows, peers)
                if chosen is not None:
                    out[doc_id] = chosen
    dated.update({d: p for d, p in out.items() if p.date is not None})
    if not dated:
        return out
    for doc_id in unknown:
        if out[doc_id].date is None:
            out[doc_id] = period_of(doc_id, published[doc_id], dated, entities)
    logger.debug(
        "corpus dated %d of %d undated articles", sum(1 for p in out.values() if p.date), len(out)
    )
    return out
