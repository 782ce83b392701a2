"""Merge the candidates of every article into events: one event per thing that happened.

Blocking by date first: a candidate is only compared with events whose dates overlap its own
(found through an index of entity words and numbers by day or year), so the cost stays close
to linear in the number of mentions. Candidates are taken from the most precise date to the
least, so an event is founded by its most precise telling and keeps that date; vaguer
mentions ("this week") join it. A mention one day off joins only when it is clearly the same
event, and the disagreement is recorded in ``Event.conflicts``. Two mentions from one article
are never merged, nor are mentions dated only to a century ("21st-century ironies"): such a
date says nothing about which event two sentences tell. Everything is deterministic: the
order of input files does not matter.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from timeline.event_records import chronological, event_record, kept, one_name_per_key
from timeline.model import Candidate, Event, EventDate, Granularity
from timeline.settings import Settings
from timeline.similarity import (
    Features,
    features,
    shares_a_rare_name,
    similarity,
    token_weights,
)

logger = logging.getLogger(__name__)

THRESHOLD = 0.5  # similarity above which a candidate joins an event on an overlapping date
NEAR_THRESHOLD = 0.75  # for a vaguer date to join, and for events one day apart to be one
DAY_SPAN = 31  # events up to a month long are indexed by day, longer ones by year
MAX_YEARS = 200
UNMERGED = frozenset({Granularity.CENTURY})  # too vague to tell two tellings are one event


@dataclass
class _Cluster:
    """An event being built: its founding candidate, its members and what they name."""

    founder: int
    date: EventDate | None
    members: list[int] = field(default_factory=list)
    documents: set[str] = field(default_factory=set)
    entities: list[frozenset[str]] = field(default_factory=list)
    numbers: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    conflicts: list[str] = field(default_factory=list)
    alive: bool = True  # False once merged into another event


def _sort_key(candidate: Candidate) -> tuple[object, ...]:
    date = candidate.date
    width = (date.end - date.start).days if date else 10**6
    start = date.start.toordinal() if date else 0
    m = candidate.mention
    return (width, start, candidate.approximate, m.document, m.start, m.end, candidate.title)


def _buckets(date: EventDate, tolerance: int = 0) -> Iterator[tuple[str, int]]:
    """Index cells of a date: an event up to a month long sits in its days, a longer one in
    its years.

    A look-up visits the same kind of cells as it registers in: candidates are placed from
    the narrowest date to the widest, so when a short one is placed every event is short,
    and a long one joins only long events; the one-day reconciling looks only at days.
    """
    if (date.end - date.start).days < DAY_SPAN:
        first, last = date.start.toordinal() - tolerance, date.end.toordinal() + tolerance
        for day in range(first, last + 1):
            yield ("d", day)
        return
    for year in range(date.start.year, min(date.end.year, date.start.year + MAX_YEARS) + 1):
        yield ("y", year)


def _width(date: EventDate) -> int:
    return (date.end - date.start).days


def _overlap(a: EventDate, b: EventDate, tolerance: int = 0) -> bool:
    slack = dt.timedelta(days=tolerance)
    return a.start <= b.end + slack and b.start <= a.end + slack


def _continuation(candidate: Candidate) -> tuple[str, int, int, str] | None:
    """What ties the sentences of one article that tell one event and how long it lasts:
    the same date expression and the same duration ("... will start leaving in two days.
    The withdrawal should last ten days.")."""
    timex = candidate.mention.timex
    if timex is None or candidate.duration is None:
        return None
    return (candidate.mention.document, timex.start, timex.end, candidate.duration)


def _fold_genitives(all_features: list[Features]) -> list[Features]:
    """The corpus gazetteer: "Kasachstans" is "Kasachstan" when the corpus knows the latter."""
    tokens = {t for f in all_features for t in f.tokens}
    folds = {t: t[:-1] for t in tokens if len(t) >= 5 and t.endswith("s") and t[:-1] in tokens}
    if not folds:
        return all_features
    return [
        Features(
            tuple(frozenset(folds.get(t, t) for t in key) for key in f.entities), f.numbers, f.words
        )
        for f in all_features
    ]


class _Merger:
    """Assigns candidates to clusters through a (word, day-or-year) index."""

    def __init__(self, candidates: Sequence[Candidate], known: Sequence[Features] | None = None):
        self.candidates = candidates
        self.order = sorted(range(len(candidates)), key=lambda i: _sort_key(candidates[i]))
        own = list(known) if known is not None else [features(c) for c in candidates]
        self.features = _fold_genitives(own)
        per_document: dict[str, set[str]] = {}
        for candidate, feats in zip(candidates, self.features, strict=True):
            per_document.setdefault(candidate.mention.document, set()).update(feats.tokens)
        self.weights = token_weights(per_document)
        self.documents = len(per_document)
        self.clusters: list[_Cluster] = []
        self.index: dict[tuple[str, str, int], list[int]] = {}
        self.undated: dict[str, int] = {}
        self.continued: dict[tuple[str, int, int, str], int] = {}

    def keys(self, feats: Features) -> set[str]:
        if feats.entities or feats.numbers:
            return set(feats.tokens) | {f"#{n}" for n in feats.numbers}
        return {f"~{w}" for w in feats.words}

    def run(self) -> list[_Cluster]:
        for i in self.order:
            self.place(i)
        self.reconcile()
        return [c for c in self.clusters if c.alive]

    def place(self, i: int) -> None:
        candidate, feats = self.candidates[i], self.features[i]
        if candidate.date is None:
            text = " ".join(candidate.mention.sentence.lower().split())
            found = self.undated.get(text)
            if (
                found is not None
                and candidate.mention.document not in self.clusters[found].documents
            ):
                self.absorb(found, i, feats)
            else:
                self.undated[text] = self.found(i)
            return
        continuation = _continuation(candidate)
        best = self.continued.get(continuation) if continuation else None
        if best is None:
            best = self.best(candidate, feats)
        if best is None:
            self.register(self.found(i), feats)
        else:
            self.absorb(best, i, feats)
            self.register(best, feats)

    def best(self, candidate: Candidate, feats: Features) -> int | None:
        """The most similar event whose date overlaps the candidate's, if similar enough."""
        assert candidate.date is not None
        if candidate.date.granularity in UNMERGED:
            return None
        document = candidate.mention.document
        best, best_score = None, THRESHOLD
        for c in self.nearby(feats, candidate.date, 0):
            cluster = self.clusters[c]
            if document in cluster.documents:
                continue
            if cluster.date is not None and cluster.date.granularity in UNMERGED:
                continue
            score = self.score(feats, cluster)
            assert cluster.date is not None
            vaguer = _width(candidate.date) > _width(cluster.date)
            if vaguer and (
                score <= NEAR_THRESHOLD
                or not shares_a_rare_name(feats, cluster.entities, self.weights, self.documents)
            ):
                continue  # "this month" joins a day's event only when clearly the same
            if score > best_score:
                best, best_score = c, score
        return best

    def nearby(self, feats: Features, date: EventDate, tolerance: int) -> list[int]:
        """Events sharing a word or number with ``feats`` on overlapping dates, oldest first."""
        found: set[int] = set()
        cells = list(_buckets(date, tolerance))
        for key in self.keys(feats):
            for cell in cells:
                found.update(self.index.get((key, *cell), ()))
        return sorted(
            c
            for c in found
            if self.clusters[c].alive
            and (d := self.clusters[c].date) is not None
            and _overlap(d, date, tolerance)
        )

    def score(self, feats: Features, cluster: _Cluster) -> float:
        return similarity(
            feats,
            cluster.entities,
            cluster.numbers,  # compared as they are: no frozen copy per comparison
            cluster.words,
            self.weights,
        )

    def reconcile(self) -> None:
        """Join events one day apart that are clearly the same; record the disagreement."""
        for c, cluster in enumerate(self.clusters):
            date = cluster.date
            if not cluster.alive or date is None or date.granularity is not Granularity.DAY:
                continue
            feats = Features(
                tuple(cluster.entities), frozenset(cluster.numbers), frozenset(cluster.words)
            )
            for other in self.nearby(feats, date, 1):
                target = self.clusters[other]
                if other == c or target.documents & cluster.documents or target.date == date:
                    continue
                if target.date is None or target.date.granularity is not Granularity.DAY:
                    continue
                rare = shares_a_rare_name(feats, target.entities, self.weights, self.documents)
                if rare and self.score(feats, target) > NEAR_THRESHOLD:
                    keep, drop = (
                        (c, other)
                        if len(cluster.documents) >= len(target.documents)
                        else (other, c)
                    )
                    self.absorb_cluster(keep, drop)
                    if drop == c:
                        break

    def absorb_cluster(self, keep: int, drop: int) -> None:
        kept, dropped = self.clusters[keep], self.clusters[drop]
        for i in dropped.members:
            candidate = self.candidates[i]
            m = candidate.mention
            told = m.timex.text if m.timex else (candidate.date.value if candidate.date else "")
            value = candidate.date.value if candidate.date else "no date"
            kept.conflicts.append(f'{m.document} dates it {value} ("{told}")')
            self.absorb(keep, i, self.features[i])
        dropped.alive = False
        for i in dropped.members:
            self.register(keep, self.features[i])

    def found(self, i: int) -> int:
        candidate, feats = self.candidates[i], self.features[i]
        self.clusters.append(_Cluster(founder=i, date=candidate.date))
        self.absorb(len(self.clusters) - 1, i, feats)
        return len(self.clusters) - 1

    def absorb(self, c: int, i: int, feats: Features) -> None:
        cluster = self.clusters[c]
        key = _continuation(self.candidates[i])
        if key is not None:
            self.continued.setdefault(key, c)
        cluster.members.append(i)
        cluster.documents.add(self.candidates[i].mention.document)
        known = {t for key in cluster.entities for t in key}
        cluster.entities.extend(key for key in feats.entities if not key <= known)
        cluster.numbers |= feats.numbers
        cluster.words |= feats.words

    def register(self, c: int, feats: Features) -> None:
        date = self.clusters[c].date
        if date is None:
            return
        cells = list(_buckets(date))
        index = self.index
        for key in self.keys(feats):
            for kind, number in cells:
                postings = index.get((key, kind, number))
                if postings is None:  # no empty list made and thrown away for every cell
                    index[(key, kind, number)] = [c]
                elif postings[-1] != c:
                    postings.append(c)


def merge_events(
    candidates: Sequence[Candidate],
    settings: Settings | None = None,
    known: Sequence[Features] | None = None,
) -> list[Event]:
    """Events from every article's candidates: merged, weighted, filtered, sorted by date.

    ``known``: each candidate's ``similarity.features``, when the workers computed them
    already (one per candidate, in the same order); computed here otherwise.
    """
    settings = settings or Settings()
    if not candidates:
        return []
    cands = candidates
    if known is not None and len(known) != len(cands):
        logger.warning("merge: %d features for %d candidates; recomputed", len(known), len(cands))
        known = None
    try:
        clusters = _Merger(candidates, known).run()
    except Exception as exc:  # bad input must not lose the events: keep them unmerged
        logger.warning("merge: events left unmerged (%s: %s)", type(exc).__name__, exc)
        clusters = [
            _Cluster(founder=i, date=c.date, members=[i], documents={c.mention.document})
            for i, c in enumerate(candidates)
        ]
    events = one_name_per_key(
        [
            event_record(
                [candidates[i] for i in c.members], candidates[c.founder], c.date, c.conflicts
            )
            for c in clusters
        ]
    )
    logger.info("merge: %d candidates -> %d events", len(candidates), len(events))
    return sorted(kept(events, settings), key=chronological)
