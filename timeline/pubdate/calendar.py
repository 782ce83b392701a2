"""The calendar: which real days a partly named date can be, and which years fit it.

"Monday January 10" is a Monday only in some years (2000, 2005, 2011, 2022, ...); "Monday (10)"
is a Monday the 10th in some months of some years. These functions list those days inside a
span of years, so that the other evidence of a text (the years it mentions, a dateline, the
articles it is related to) can choose among them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

FIRST_YEAR = 1900  # the span searched when the text names no year
LAST_YEAR = 2099


def fitting_days(
    year: int | None,
    month: int | None,
    day: int | None,
    weekday: int | None,
    years: tuple[int, int] = (FIRST_YEAR, LAST_YEAR),
) -> Iterator[dt.date]:
    """Every day with the named year, month, day of month and weekday, in order.

    At least ``day`` must be named: a bare month or weekday is not a calendar day.
    """
    if day is None or not 1 <= day <= 31:
        return
    first, last = (year, year) if year is not None else years
    months = (month,) if month is not None else tuple(range(1, 13))
    for y in range(first, last + 1):
        for m in months:
            try:
                candidate = dt.date(y, m, day)
            except ValueError:
                continue
            if weekday is None or candidate.weekday() == weekday:
                yield candidate


def weekday_fits(year: int, month: int, day: int, weekday: int) -> bool:
    """Whether that day of that year falls on ``weekday`` (0 = Monday); False if no such day."""
    try:
        return dt.date(year, month, day).weekday() == weekday
    except ValueError:
        return False


def nearest_fitting_year(years: list[int], reference: int, span: int) -> int | None:
    """The one fitting year in ``[reference, reference + span]``, or None if none or several."""
    near = sorted({y for y in years if reference <= y <= reference + span})
    return near[0] if len(near) == 1 else None


WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def lag_after(day: dt.date, weekday: int) -> int:
    """Days from the latest ``weekday`` on or before ``day`` to ``day`` (0..6)."""
    return (day.weekday() - weekday) % 7


def lag_before(day: dt.date, weekday: int) -> int:
    """Days from ``day`` to the next ``weekday`` on or after it (0..6)."""
    return (weekday - day.weekday()) % 7
