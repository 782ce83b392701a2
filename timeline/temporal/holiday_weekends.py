"""The weekend of a holiday: "Labor Day weekend", "the weekend of Halloween", "Thanksgiving
weekend 2023", "o fim de semana de Páscoa".

A holiday on a Monday or Tuesday ends the weekend before it (Labor Day weekend is Saturday to
Monday, the Carnival weekend Saturday to Shrove Tuesday); any other day belongs to the weekend
of its own ISO week (Thanksgiving, a Thursday, to the Saturday and Sunday after it). The value
is that ISO week's weekend, ``2021-W35-WE``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from timeline.model import Granularity, Timex
from timeline.temporal.calendar import week_value
from timeline.temporal.expression import Expression
from timeline.temporal.rule_match import Match
from timeline.temporal.value_builders import build_holiday

__all__ = ["build_holiday_weekend", "weekend_of_day"]

_TUESDAY = 1
_SATURDAY = 5


def build_holiday_weekend(match: Match) -> Expression | None:
    """The holiday a rule names, marked to be read as its weekend once its day is known."""
    e = build_holiday(match)
    return None if e is None else replace(e, weekend_of=True)


def weekend_of_day(timex: Timex) -> Timex:
    """The weekend next to the resolved day of ``timex``; a timex without a day as it is."""
    day = timex.first_day
    if day is None or timex.granularity is not Granularity.DAY:
        return timex
    monday = day - dt.timedelta(days=day.weekday())
    closes = day.weekday() <= _TUESDAY  # a Monday or Tuesday holiday closes a long weekend
    if closes:
        monday -= dt.timedelta(weeks=1)
    saturday = monday + dt.timedelta(days=_SATURDAY)
    last = day if closes else saturday + dt.timedelta(days=1)
    return replace(
        timex,
        value=week_value(monday) + "-WE",
        granularity=Granularity.WEEK,
        first_day=saturday,
        last_day=last,
    )
