"""Calendar arithmetic on TIMEX3 values: the days a value covers, weeks, shifts by a unit.

Kept apart from the resolver so that every kind of resolution speaks the same value syntax.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
import re
from functools import lru_cache

from timeline.model import Granularity

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
SEASON_ORDER = ("WI", "SP", "SU", "FA")

_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d\d)(-WE)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")

Interval = tuple[Granularity, dt.date, dt.date]


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month."""
    return dt.date(year, month, _cal.monthrange(year, month)[1])


def week_value(day: dt.date) -> str:
    """ISO week value of a day: ``2022-W02``."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def week_monday(year: int, week: int) -> dt.date:
    """Monday of an ISO week."""
    return dt.date.fromisocalendar(year, week, 1)


def weeks_in_year(year: int) -> int:
    """How many ISO weeks a year has (52 or 53): the week of December 28 is its last."""
    return dt.date(year, 12, 28).isocalendar().week


def add_months(day: dt.date, months: int) -> dt.date:
    """Shift by whole months, clamping the day to the month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, _cal.monthrange(year, month + 1)[1]))


def season_of(day: dt.date) -> tuple[int, str]:
    """The (year, season) a day falls in; December counts to the next year's winter."""
    month = day.month
    if month in (12, 1, 2):
        return (day.year + 1 if month == 12 else day.year), "WI"
    return day.year, {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(month, "FA")


@lru_cache(maxsize=4096)
def interval(value: str) -> Interval | None:
    """The granularity and inclusive first/last day of a TIMEX3 date value, or None.

    Cached: an article resolves and joins the same few values again and again."""
    try:
        return _interval(value)
    except ValueError:
        return None


def _interval(value: str) -> Interval | None:
    if m := _DAY.match(value):
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return Granularity.DAY, day, day
    if m := _MONTH.match(value):
        year, month = int(m[1]), int(m[2])
        return Granularity.MONTH, dt.date(year, month, 1), month_end(year, month)
    if m := _YEAR.match(value):
        year = int(m[1])
        return Granularity.YEAR, dt.date(year, 1, 1), dt.date(year, 12, 31)
    if m := _WEEK.match(value):
        monday = week_monday(int(m[1]), int(m[2]))
        if m[3]:
            return Granularity.WEEK, monday + dt.timedelta(5), monday + dt.timedelta(6)
        return Granularity.WEEK, monday, monday + dt.timedelta(6)
    if m := _QUARTER.match(value):
        year, quarter = int(m[1]), int(m[2])
        first = dt.date(year, 3 * quarter - 2, 1)
        return Granularity.QUARTER, first, month_end(year, 3 * quarter)
    if m := _HALF.match(value):
        year, half = int(m[1]), int(m[2])
        return Granularity.QUARTER, dt.date(year, 6 * half - 5, 1), month_end(year, 6 * half)
    if m := _SEASON.match(value):
        year, season = int(m[1]), m[2]
        start, end = SEASON_MONTHS[season]
        if season == "WI":
            return Granularity.SEASON, dt.date(year - 1, 12, 1), month_end(year, 2)
        return Granularity.SEASON, dt.date(year, start, 1), month_end(year, end)
    if m := _DECADE.match(value):
        first_year = int(m[1]) * 10
        if first_year < 1:
            return None
        return Granularity.DECADE, dt.date(first_year, 1, 1), dt.date(first_year + 9, 12, 31)
    if m := _CENTURY.match(value):
        first_year = int(m[1]) * 100
        if first_year < 1:
            return None
        return Granularity.CENTURY, dt.date(first_year, 1, 1), dt.date(first_year + 99, 12, 31)
    return None


def shift_value(anchor: dt.date, unit: Granularity | str, offset: int) -> str | None:
    """The value ``offset`` units away from ``anchor``, at that unit's precision."""
    try:
        return _shift_value(anchor, str(unit), offset)
    except (ValueError, OverflowError):
        return None


def _shift_value(anchor: dt.date, unit: str, offset: int) -> str | None:
    if unit == "day":
        return (anchor + dt.timedelta(days=offset)).isoformat()
    if unit in ("week", "weekend"):
        value = week_value(anchor + dt.timedelta(weeks=offset))
        return value + "-WE" if unit == "weekend" else value
    if unit == "fortnight":
        return week_value(anchor + dt.timedelta(weeks=2 * offset))
    if unit == "month":
        return add_months(anchor, offset).isoformat()[:7]
    if unit == "quarter":
        shifted = add_months(anchor, 3 * offset)
        return f"{shifted.year:04d}-Q{(shifted.month - 1) // 3 + 1}"
    if unit == "season":
        year, season = season_of(anchor)
        index = year * 4 + SEASON_ORDER.index(season) + offset
        return f"{index // 4:04d}-{SEASON_ORDER[index % 4]}"
    if unit == "year":
        return f"{anchor.year + offset:04d}"
    if unit == "decade":
        return f"{(anchor.year // 10) + offset:03d}"
    if unit == "century":
        return f"{(anchor.year // 100) + offset:02d}"
    return None


def valid_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when the fields name no day."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
