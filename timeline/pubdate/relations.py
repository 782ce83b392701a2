"""Which articles are related: the rare names they share, and the periods they may be from.

``EntityIndex`` relates articles by the names both mention, each name weighing more the fewer
articles mention it ("Washington" relates little, "Barnett Slepian" much). ``WindowIndex``
finds, for a span of days, the articles that may have been written near it.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Set

from timeline.model import Published

Window = tuple[dt.date, dt.date]

MIN_SHARED = 2  # one shared name ("Washington") relates too much; two make a story
MIN_WEIGHT = 1.5  # ... weighing together this much; a name weighs log(1 + articles / holders)
# (the defaults of ``settings.CorpusDating.min_shared_names`` and ``min_shared_weight``)
COMMON_FROM = 20  # in a collection this large ...
COMMON_SHARE = 0.5  # ... a name in more than this share of the articles is ignored


class EntityIndex:
    """Which articles share entities with which: an inverted index of the signatures."""

    def __init__(
        self,
        signatures: Mapping[str, frozenset[str]],
        min_shared: int = MIN_SHARED,
        min_weight: float = MIN_WEIGHT,
        spellings: Mapping[str, str] | None = None,
    ) -> None:
        self.signatures = signatures
        self.spellings = spellings or {}  # a name's key -> how an article spells it
        self.min_shared, self.min_weight = min_shared, min_weight
        self.holders: dict[str, list[str]] = defaultdict(list)
        for doc_id, signature in signatures.items():
            for entity in signature:
                self.holders[entity].append(doc_id)
        if len(signatures) >= COMMON_FROM:  # a name most articles mention relates nothing
            limit = COMMON_SHARE * len(signatures)
            self.holders = defaultdict(
                list, {e: h for e, h in self.holders.items() if len(h) <= limit}
            )

    def weight(self, entity: str) -> float:
        """How much sharing ``entity`` relates two articles: the rarer, the more."""
        holders = len(self.holders.get(entity, ()))
        return math.log(1 + len(self.signatures) / holders) if holders else 0.0

    def scores(self, doc_id: str) -> dict[str, float]:
        """The other articles related to ``doc_id``, with the weight of the names they share.

        Related: at least ``min_shared`` shared names weighing together ``min_weight``.
        """
        counts: dict[str, int] = defaultdict(int)
        weights: dict[str, float] = defaultdict(float)
        for entity in self.signatures.get(doc_id, frozenset()):
            weight = self.weight(entity)
            for other in self.holders.get(entity, ()):
                if other != doc_id:
                    counts[other] += 1
                    weights[other] += weight
        return {
            p: w
            for p, w in weights.items()
            if counts[p] >= self.min_shared and w >= self.min_weight
        }

    def related(self, doc_id: str) -> set[str]:
        """The other articles related to ``doc_id`` (see ``scores``)."""
        return set(self.scores(doc_id))

    def spelled(self, entity: str) -> str:
        """How the articles spell ``entity`` (a key such as "kentral asian"), when known."""
        return self.spellings.get(entity, entity)

    def shared(self, doc_id: str, others: Iterable[str]) -> list[str]:
        """The entities ``doc_id`` shares with any of ``others``, rarest first."""
        own = self.signatures.get(doc_id, frozenset())
        common = {e for p in others for e in own & self.signatures.get(p, frozenset())}
        return sorted(common, key=lambda e: (-self.weight(e), e))


def windows_of(p: Published) -> list[Window]:
    """The periods an article may be from: its interval, else those of its alternatives."""
    if p.earliest is not None and p.latest is not None and p.date is not None:
        return [(p.earliest, p.latest)]
    return [(a.earliest, a.latest) for a in p.alternatives if a.earliest and a.latest]


class WindowIndex:
    """Every article's possible writing periods, to find the articles near a span of days."""

    def __init__(self, published: Mapping[str, Published], tolerance: dt.timedelta) -> None:
        self.tolerance = tolerance
        self.windows = {doc_id: windows_of(p) for doc_id, p in published.items()}
        self.weeks: dict[int, set[str]] = defaultdict(set)
        for doc_id, windows in self.windows.items():
            for lo, hi in windows:
                for week in range(lo.toordinal() // 7, hi.toordinal() // 7 + 1):
                    self.weeks[week].add(doc_id)

    def near(self, low: dt.date, high: dt.date, among: Set[str]) -> list[str]:
        """Articles of ``among`` with a period within the tolerance of ``[low, high]``."""
        low, high = low - self.tolerance, high + self.tolerance
        found: set[str] = set()
        for week in range(low.toordinal() // 7, high.toordinal() // 7 + 1):
            found |= self.weeks.get(week, set())
        return sorted(
            d
            for d in found & among
            if any(lo <= high and hi >= low for lo, hi in self.windows.get(d, ()))
        )

    def of(self, doc_ids: Iterable[str]) -> list[Window]:
        """The periods of all of ``doc_ids``."""
        return [w for d in doc_ids for w in self.windows.get(d, ())]
