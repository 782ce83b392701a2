"""Movable holidays: the day a rule such as ``11-TH-4``, ``11-20>SU`` or ``EASTER+1`` names in a
given year.

Fixed-date holidays (``12-25``) are plain calendar dates and never come here.
"""

from __future__ import annotations

import datetime as dt
import re

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_NTH = re.compile(r"^(\d\d)-(MO|TU|WE|TH|FR|SA|SU)-([1-5]|L)([+-]\d+)?$")  # "11-TH-4+1"
_EASTER = re.compile(r"^EASTER([+-]\d+)?$")
_ON_OR_AFTER = re.compile(r"^(\d\d)-(\d\d)>(MO|TU|WE|TH|FR|SA|SU)$")  # "11-20>SU"


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def is_movable(rule: str) -> bool:
    """Whether ``rule`` names a movable holiday this module computes."""
    return bool(_NTH.match(rule) or _EASTER.match(rule) or _ON_OR_AFTER.match(rule))


def holiday_date(rule: str, year: int) -> dt.date | None:
    """The day of ``rule`` in ``year``: ``11-TH-4`` 4th Thursday of November, ``05-MO-L`` the
    last Monday of May, ``11-TH-4+1`` the day after the 4th Thursday, ``11-20>SU`` the first
    Sunday on or after 20 November (holidays counted back from Advent), ``EASTER-2`` Good
    Friday; None for a rule it does not know."""
    if not 1583 <= year <= 9999:
        return None
    if m := _EASTER.match(rule):
        return easter(year) + dt.timedelta(days=int(m[1] or 0))
    if m := _ON_OR_AFTER.match(rule):
        try:
            start = dt.date(year, int(m[1]), int(m[2]))
        except ValueError:
            return None
        return start + dt.timedelta(days=(WEEKDAYS.index(m[3]) - start.weekday()) % 7)
    if m := _NTH.match(rule):
        month, weekday = int(m[1]), WEEKDAYS.index(m[2])
        if m[3] == "L":
            last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
            day = last - dt.timedelta(days=(last.weekday() - weekday) % 7)
            return day + dt.timedelta(days=int(m[4] or 0))
        first = dt.date(year, month, 1)
        day = first + dt.timedelta(days=(weekday - first.weekday()) % 7)
        day += dt.timedelta(weeks=int(m[3]) - 1)
        return day + dt.timedelta(days=int(m[4] or 0)) if day.month == month else None
    return None
