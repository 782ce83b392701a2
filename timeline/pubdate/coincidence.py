"""How many of two sets of possible writing periods would meet by chance alone.

An article whose calendar fits many years ("Monday January 10") takes the year its related
articles fit. That is evidence only when a chance meeting is unlikely: two articles that each
fit thirty weeks over six years share one of them by luck most of the time. This module counts
the meetings expected if one set were shifted at random within the years it spans.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

Window = tuple[dt.date, dt.date]
MIN_HULL_DAYS = 365  # the years a set spans: at least one


def merged(windows: Sequence[Window]) -> list[Window]:
    """The windows as disjoint periods, in order (overlapping ones joined)."""
    out: list[Window] = []
    for low, high in sorted(windows):
        if out and low <= out[-1][1] + dt.timedelta(days=1):
            out[-1] = (out[-1][0], max(out[-1][1], high))
        else:
            out.append((low, high))
    return out


def _days(window: Window) -> int:
    return (window[1] - window[0]).days + 1


def chance_matches(own: Sequence[Window], others: Sequence[Window], tolerance: int) -> float:
    """Expected number of ``own`` windows meeting one of ``others`` (within ``tolerance`` days)
    if ``own`` were placed at random over the span it covers."""
    if not own or not others:
        return 0.0
    low = min(w[0] for w in own) - dt.timedelta(days=tolerance)
    high = max(w[1] for w in own) + dt.timedelta(days=tolerance)
    hull = max((high - low).days + 1, MIN_HULL_DAYS)
    inside = [w for w in merged(others) if w[1] >= low and w[0] <= high]
    mean_own = sum(_days(w) for w in own) / len(own)
    reach = sum(mean_own + _days(w) + 2 * tolerance for w in inside)
    return len(own) * reach / hull
