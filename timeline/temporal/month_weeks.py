"""The weeks of a named month: "the first week of January 2015", "the 3rd week of Jan", "the
last week of July", "a primeira semana de janeiro", "die letzte Woche im Juli".

A week belongs to the month that holds at least four of its days, as an ISO week belongs to
its year: the first week of a month is the one holding its 4th day, the n-th the one holding
day 4 + 7(n-1), the last the one holding the month's fourth-last day. The builder writes that
day with week granularity, so ``resolve`` gives the ISO week holding it (``2015-W01`` for the
first week of January 2015, which starts on 29 December 2014), as it does for "the week of
April 10".
"""

from __future__ import annotations

import calendar

from timeline.model import Granularity
from timeline.temporal.expression import Expression
from timeline.temporal.rule_match import Match, expand_year, number, ordinal
from timeline.temporal.year_words import year_word_value

__all__ = ["build_week_of_month", "week_day_of_month"]

#: The day of the month the first week holds in full measure (ISO: 4 of its 7 days).
_FIRST_WEEK_DAY = 4
#: A common year: the fourth-last day of February is the 25th (a leap year's 26th is one
#: week later only when it is a Monday; the month's week is then told a week early).
_COMMON_YEAR = 2001


def week_day_of_month(month: int, nth: int | None) -> int | None:
    """The day of ``month`` that its ``nth`` week holds (None: the last week); None when the
    month has no such week ("the fifth week of February")."""
    length = calendar.monthrange(_COMMON_YEAR, month)[1]
    if nth is None:
        return length - 3
    day = _FIRST_WEEK_DAY + 7 * (nth - 1)
    return day if nth >= 1 and day <= length - 3 else None


def build_week_of_month(match: Match) -> Expression | None:
    """ "the 3rd week of Jan": the ISO week holding 18 January; with a ``last`` group ("the
    last week of July") the month's last week; the year as written, else the one the tense
    gives."""
    month = match.word("month")
    if not isinstance(month, int) or not 1 <= month <= 12:
        return None
    last = bool(match.groups.get("last"))
    nth = None if last else (ordinal(match) if match.groups.get("ordnum") else number(match))
    if nth is None and not last:
        return None
    day = week_day_of_month(month, nth)
    if day is None:
        return None
    raw_year = match.groups.get("year")
    year = expand_year(raw_year) if raw_year else None
    spoken = match.groups.get("year_word")
    if year is None and spoken:
        year = year_word_value(
            match.data.words.get("number", {}), match.data.year_templates, spoken
        )
    return match.expression(granularity=Granularity.WEEK, year=year, month=month, day=day)
