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
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from timeline.event_records import chronological, event_record, kept, one_name_per_key
from timeline.merge_index import DateIndex
from timeline.model import Candidate, Event, EventDate, Granularity
from timeline.settings import Settings
from timeline.similarity import (
    Compared,
    Features,
    KeyWeights,
    compare,
    features,
    is_rare,
    token_weights,
)

logger = logging.getLogger(__name__)

THRESHOLD = 0.5  # similarity above which a candidate joins an event on an overlapping date
NEAR_THRESHOLD = 0.75  # for a vaguer date to join, and for events one day apart to be one
UNMERGED = frozenset({Granularity.CENTURY})  # too vague to tell two tellings are one event


@dataclass
class _Cluster:
    """An event being built: its founding candidate, its members and what they name."""

    founder: int
    date: EventDate | None
    members: list[int] = field(default_factory=list)
    documents: set[str] = field(default_factory=set)
    entities: list[frozenset[str]] = field(default_factory=list)
    tokens: set[str] = field(default_factory=set)  # every word of ``entities``
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


def _width(date: EventDate) -> int:
    return (date.end - date.start).days


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
    tokens: set[str] = set().union(*(f.tokens for f in all_features))
    folds = {t: t[:-1] for t in tokens if len(t) >= 5 and t.endswith("s") and t[:-1] in tokens}
    if not folds:
        return all_features
    folded = frozenset(folds)
    return [
        Features(
            tuple(frozenset(folds.get(t, t) for t in key) for key in f.entities), f.numbers, f.words
        )
        if not f.tokens.isdisjoint(folded)
        else f  # nothing to fold: the same features
        for f in all_features
    ]


def _index_keys(told: Compared) -> tuple[str, ...]:
    """What a telling or an event is indexed and looked up by: its names' words and its
    numbers, else its content words."""
    if told.entities or told.numbers:
        return (*told.tokens, *(f"#{n}" for n in told.numbers))
    return tuple(f"~{w}" for w in told.words)


def _frozen(cluster: _Cluster) -> Features:
    """What an event names now, kept apart from what it will absorb."""
    return Features(tuple(cluster.entities), frozenset(cluster.numbers), frozenset(cluster.words))


class _Merger:
    """Assigns candidates to clusters through an index of words and numbers by day or year."""

    def __init__(self, candidates: Sequence[Candidate], known: Sequence[Features] | None = None):
        self.candidates = candidates
        self.order = sorted(
            range(len(candidates)), key=[_sort_key(c) for c in candidates].__getitem__
        )
        own = list(known) if known is not None else [features(c) for c in candidates]
        self.features = _fold_genitives(own)
        self.keys = [_index_keys(f) for f in self.features]
        self.continuations = [_continuation(c) for c in candidates]
        per_document: dict[str, set[str]] = {}
        for candidate, feats in zip(candidates, self.features, strict=True):
            named = per_document.get(candidate.mention.document)
            if named is None:
                per_document[candidate.mention.document] = set(feats.tokens)
            else:
                named |= feats.tokens
        self.weights = KeyWeights(token_weights(per_document))
        self.documents = len(per_document)
        self.clusters: list[_Cluster] = []
        self.index = DateIndex()
        self.undated: dict[str, int] = {}
        self.continued: dict[tuple[str, int, int, str], int] = {}

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
        continuation = self.continuations[i]
        best = self.continued.get(continuation) if continuation else None
        if best is None:
            best = self.best(candidate, feats, self.keys[i])
        if best is None:
            self.register(self.found(i), self.keys[i])
        else:
            self.absorb(best, i, feats)
            self.register(best, self.keys[i])

    def best(self, candidate: Candidate, feats: Features, keys: tuple[str, ...]) -> int | None:
        """The most similar event whose date overlaps the candidate's, if similar enough."""
        date = candidate.date
        assert date is not None
        if date.granularity in UNMERGED:
            return None
        document = candidate.mention.document
        width = _width(date)
        best, best_score = None, THRESHOLD
        for c in self.nearby(keys, date, 0):
            cluster = self.clusters[c]
            if document in cluster.documents:
                continue
            assert cluster.date is not None
            if cluster.date.granularity in UNMERGED:
                continue
            score, rarest = compare(feats, cluster, self.weights)
            if width > _width(cluster.date) and (
                score <= NEAR_THRESHOLD or not is_rare(rarest, self.documents)
            ):
                continue  # "this month" joins a day's event only when clearly the same
            if score > best_score:
                best, best_score = c, score
        return best

    def nearby(self, keys: Collection[str], date: EventDate, tolerance: int) -> list[int]:
        """Events sharing a word or number with ``keys`` on overlapping dates, oldest first."""
        found = self.index.near(keys, date, tolerance)
        clusters = self.clusters
        start, end = date.start, date.end
        if not tolerance:
            return sorted(
                c
                for c in found
                if (cluster := clusters[c]).alive
                and (d := cluster.date) is not None
                and d.start <= end
                and start <= d.end
            )
        slack = dt.timedelta(days=tolerance)
        last = end + slack
        return sorted(
            c
            for c in found
            if (cluster := clusters[c]).alive
            and (d := cluster.date) is not None
            and d.start <= last
            and start <= d.end + slack
        )

    def reconcile(self) -> None:
        """Join events one day apart that are clearly the same; record the disagreement."""
        for c, cluster in enumerate(self.clusters):
            date = cluster.date
            if not cluster.alive or date is None or date.granularity is not Granularity.DAY:
                continue
            told: Compared = cluster  # compared as it is when its turn comes
            for other in self.nearby(_index_keys(cluster), date, 1):
                target = self.clusters[other]
                d = target.date
                if (
                    other == c
                    or d is None
                    or d.granularity is not Granularity.DAY
                    or d == date
                    or not target.documents.isdisjoint(cluster.documents)
                ):
                    continue
                score, rarest = compare(told, target, self.weights)
                if is_rare(rarest, self.documents) and score > NEAR_THRESHOLD:
                    keep, drop = (
                        (c, other)
                        if len(cluster.documents) >= len(target.documents)
                        else (other, c)
                    )
                    if keep == c and told is cluster:
                        told = _frozen(cluster)  # before it absorbs the other
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
            self.register(keep, self.keys[i])

    def found(self, i: int) -> int:
        candidate, feats = self.candidates[i], self.features[i]
        self.clusters.append(_Cluster(founder=i, date=candidate.date))
        self.absorb(len(self.clusters) - 1, i, feats)
        return len(self.clusters) - 1

    def absorb(self, c: int, i: int, feats: Features) -> None:
        cluster = self.clusters[c]
        continuation = self.continuations[i]
        if continuation is not None:
            self.continued.setdefault(continuation, c)
        cluster.members.append(i)
        cluster.documents.add(self.candidates[i].mention.document)
        known = cluster.tokens
        new = [key for key in feats.entities if not key <= known]  # against the names before
        cluster.entities.extend(new)
        for key in new:
            known |= key
        cluster.numbers |= feats.numbers
        cluster.words |= feats.words

    def register(self, c: int, keys: tuple[str, ...]) -> None:
        date = self.clusters[c].date
        if date is not None:
            self.index.register(c, date, keys)


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
