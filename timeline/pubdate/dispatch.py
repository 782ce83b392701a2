"""The weekday a dispatch's lead names: its dateline's day, or the day before.

"JOHANNESBURG, August 7 (Xinhua) -- South Africa deplored Friday the bomb blasts ...": a
dateline names the day of writing without its year, and the lead tells the news of that day
(or of the evening before) by its weekday. So the dateline's day is a Friday or a Saturday,
which leaves two years in seven of those the month and day fit. That alone dates nothing; it
narrows the years among which the text's named years, or the related articles, may choose.
A weekday told in the future ("will meet on Friday") or far below the dateline says nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from timeline.pubdate.calendar import WEEKDAY_NAMES, lag_after
from timeline.pubdate.clues import Clue, ClueKind, Direction, Span

logger = logging.getLogger(__name__)

DISPATCH_LAG = 1  # the lead's weekday is the dateline's day or the day before
LEAD_CHARS = 400  # the lead: the first sentences after the dateline


def lead_weekday(clues: Sequence[Clue]) -> tuple[Clue, Clue] | None:
    """The dateline naming no weekday and the first bare weekday of its lead, or None."""
    dateline = next(
        (c for c in clues if c.kind is ClueKind.DATELINE and c.weekday is None and c.spans), None
    )
    if dateline is None:
        return None
    for clue in sorted(clues, key=lambda c: c.start):
        if clue.start <= dateline.start or clue.start - dateline.start > LEAD_CHARS:
            continue
        if clue.kind is ClueKind.RECENT_WEEKDAY and clue.weekday is not None:
            return (dateline, clue) if clue.direction is not Direction.BEFORE else None
    return None


def fit_lead_weekday(spans: Sequence[Span], clues: Sequence[Clue]) -> tuple[list[Span], str | None]:
    """The dateline's days (over several years) whose weekday the lead fits, and why.

    Returns the spans unchanged (and no reason) when there is no such lead weekday or when
    none of the days fits it (then the dateline wins and the weekday is not used).
    """
    found = lead_weekday(clues)
    if found is None or len(spans) <= 1:
        return list(spans), None
    dateline, lead = found
    assert lead.weekday is not None
    kept = [s for s in spans if lag_after(s.earliest, lead.weekday) <= DISPATCH_LAG]
    if not kept or len(kept) == len(spans):
        return list(spans), None
    day = WEEKDAY_NAMES[lead.weekday]
    after = WEEKDAY_NAMES[(lead.weekday + 1) % 7]
    reason = (
        f"'{lead.quote}' (the lead's weekday): the dateline '{dateline.quote}' is a {day} "
        f"or a {after}"
    )
    logger.debug("lead weekday %s keeps %d of %d days", day, len(kept), len(spans))
    return kept, reason
