"""One small resolver per kind of expression: each returns a TIMEX3 value for a reference day.

They are pure functions of the expression, the reference day and the tense; choosing the reference
(publication date, previous date, day of the speech) is ``resolve``'s job.
"""

from __future__ import annotations

import datetime as dt

from timeline.model import Granularity, Tense
from timeline.temporal.calendar import (
    SEASON_MONTHS,
    add_months,
    season_of,
    shift_value,
    valid_date,
    week_value,
)
from timeline.temporal.expression import Expression
from timeline.temporal.holidays import holiday_date
from timeline.temporal.period_days import day_in_month

_ALWAYS_NEAREST = 62  # days: a partial date this close to the reference is taken as is
_NEAREST_MONTH = 31  # days between first days: only the next month overrules a past tense
_PAST_LEAN = 1  # days: a bare weekday without tense this much nearer ahead is still the past one
_YEAR_SEARCH = 7  # a weekday beside a partial date is searched this many years around


def _direction_ok(candidate: dt.date, ref: dt.date, tense: Tense) -> bool:
    if tense is Tense.PAST:
        return candidate <= ref
    if tense is Tense.FUTURE:
        return candidate >= ref
    return True


def _closest(
    candidates: list[dt.date], ref: dt.date, tense: Tense, near: int = 0
) -> dt.date | None:
    """The candidate nearest ``ref`` in the tense's direction (any direction when none fits).

    A candidate within ``near`` days of ``ref`` wins whatever the tense says.
    """
    if not candidates:
        return None
    nearest = min(candidates, key=lambda c: (abs((c - ref).days), c < ref))
    if abs((nearest - ref).days) <= near:
        return nearest  # a few days off the reference: tense cues are too weak to overrule
    fitting = [c for c in candidates if _direction_ok(c, ref, tense)] or candidates
    return min(fitting, key=lambda c: (abs((c - ref).days), c < ref))


def with_clock(value: str, part: str | None) -> str:
    """Append a part of day or a clock time to a day value: ``2022-01-10TMO``."""
    if not part or part in ("WE",) or part.startswith("Q") or part in SEASON_MONTHS:
        return value
    return f"{value}T{part}"


def resolve_calendar(e: Expression, ref: dt.date | None, tense: Tense) -> str:
    """Calendar fields to a value, filling a missing year (and month) from ``ref``."""
    if e.year is not None:
        if e.month is None:
            return f"{e.year:04d}"
        if e.day is None:
            return f"{e.year:04d}-{e.month:02d}"
        return with_clock(f"{e.year:04d}-{e.month:02d}-{e.day:02d}", e.part)
    if ref is None:
        month = f"{e.month:02d}" if e.month else "XX"
        if e.day is None:
            return f"XXXX-{month}"
        return with_clock(f"XXXX-{month}-{e.day:02d}", e.part)
    if e.month is None and e.day is not None:
        return with_clock(_month_for_day(e.day, e.weekday, ref, tense), e.part)
    if e.month is not None and e.day is None and e.offset is not None:
        return _shifted_month(e.month, e.offset, ref)
    if e.month is not None and e.day is None:
        firsts = [dt.date(ref.year + k, e.month, 1) for k in (-1, 0, 1)]
        ref_month = ref.replace(day=1)
        chosen = _closest(firsts, ref_month, tense, _NEAREST_MONTH) or ref_month
        return f"{chosen.year:04d}-{chosen.month:02d}"
    assert e.month is not None and e.day is not None
    if e.offset:  # "le 10 janvier dernier", "el próximo 3 de marzo": strictly that way
        dates = [d for k in (-1, 0, 1) if (d := valid_date(ref.year + k, e.month, e.day))]
        fitting = [d for d in dates if (d < ref if e.offset < 0 else d > ref)]
        if fitting:
            return with_clock(min(fitting, key=lambda d: abs((d - ref).days)).isoformat(), e.part)
    return with_clock(_year_for(e.month, e.day, e.weekday, ref, tense).isoformat(), e.part)


def _shifted_month(month: int, offset: int, ref: dt.date) -> str:
    """ "last December" is before this month, "next June" after it, "this September" this year."""
    year = ref.year
    if offset < 0:
        year = ref.year if month < ref.month else ref.year - 1
    elif offset > 0:
        year = ref.year if month > ref.month else ref.year + 1
    return f"{year:04d}-{month:02d}"


def _year_for(month: int, day: int, weekday: int | None, ref: dt.date, tense: Tense) -> dt.date:
    """The year that fits: a named weekday must agree, else nearest in the tense's direction."""
    span = _YEAR_SEARCH if weekday is not None else 1
    years = range(ref.year - span, ref.year + span + 1)
    dates = [d for y in years if (d := valid_date(y, month, day)) is not None]
    if weekday is not None:
        agreeing = [d for d in dates if d.weekday() == weekday]
        if agreeing:
            return min(agreeing, key=lambda d: (abs((d - ref).days), d < ref))
    return _closest(dates, ref, tense, _ALWAYS_NEAREST) or dates[0]


def _month_for_day(day: int, weekday: int | None, ref: dt.date, tense: Tense) -> str:
    """ "Monday (10)": the month near ``ref`` whose ``day`` falls on that weekday."""
    months = [add_months(ref.replace(day=1), k) for k in range(-6, 7)]
    dates = [d for m in months if (d := valid_date(m.year, m.month, day)) is not None]
    if weekday is not None:
        agreeing = [d for d in dates if d.weekday() == weekday]
        if agreeing:
            return min(agreeing, key=lambda d: (abs((d - ref).days), d < ref)).isoformat()
    near = [d for d in dates if abs((d - ref).days) <= 31]
    chosen = _closest(near, ref, tense) or ref  # "on the 18th": the tense decides the month
    return chosen.isoformat()


def resolve_weekday(e: Expression, ref: dt.date | None, tense: Tense) -> str:
    """A bare weekday: the one before ``ref`` in the past, after it in the future, else nearest."""
    assert e.weekday is not None
    if ref is None:
        return with_clock(f"XXXX-WXX-{e.weekday + 1}", e.part)
    back = (ref.weekday() - e.weekday) % 7
    ahead = (e.weekday - ref.weekday()) % 7
    if e.offset is not None and e.offset < 0:  # "last Wednesday" is never today
        delta = -(back or 7)
    elif e.offset is not None and e.offset > 0:  # "next Wednesday" is never today
        delta = ahead or 7
    elif back == 0:  # news names the day it is published by its weekday: "said Tuesday"
        delta = 0
    elif tense is Tense.PAST:
        delta = -back
    elif tense is Tense.FUTURE:
        delta = ahead
    else:  # "polls close Friday": the nearest one; news leans to the past on a near tie
        delta = -back if back <= ahead + _PAST_LEAN else ahead
    return with_clock((ref + dt.timedelta(days=delta)).isoformat(), e.part)


def resolve_shift(e: Expression, ref: dt.date | None, tense: Tense) -> str:
    """A shift of ``offset`` units from ``ref``; underspecified without a reference."""
    assert e.unit is not None and e.offset is not None
    if e.part in SEASON_MONTHS:
        return _season_shift(e.part, e.offset, ref, tense)
    if ref is None:
        return _unknown_shift(e.unit, e.part)
    if e.part == "WE":
        return _weekend(ref, e.offset, tense)
    if e.weekday is not None and e.unit is Granularity.WEEK:  # "next week on Tuesday"
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=e.offset)
        return with_clock((monday + dt.timedelta(days=e.weekday)).isoformat(), e.part)
    value = shift_value(ref, e.unit, e.offset)
    if value is not None and e.unit is Granularity.MONTH and e.day is not None:
        value = day_in_month(value, e.day)  # "the 21st of next month"
    if value is not None and e.unit is Granularity.YEAR and value.isdigit():
        value = _in_year(e, int(value), value)
    if value is not None and e.part and e.part[0] in "QW" and e.unit is Granularity.YEAR:
        value = f"{value}-{e.part}"  # "the year-ago third quarter", "week 27 of last year"
    if value is None:
        return _unknown_shift(e.unit, e.part)
    return with_clock(value, e.part) if e.unit is Granularity.DAY else value


def _in_year(e: Expression, year: int, value: str) -> str:
    """A month, a day or a holiday of a shifted year: "June last year", "Christmas last year"."""
    if e.holiday is not None:
        day = holiday_date(e.holiday, year)
        return day.isoformat() if day else value
    if e.month is None:
        return value
    if e.day is None or valid_date(year, e.month, e.day) is None:  # no 29 February then
        return f"{value}-{e.month:02d}"
    return f"{value}-{e.month:02d}-{e.day:02d}"


def _unknown_shift(unit: Granularity, part: str | None) -> str:
    values = {
        Granularity.DAY: "XXXX-XX-XX",
        Granularity.WEEK: "XXXX-WXX",
        Granularity.MONTH: "XXXX-XX",
        Granularity.QUARTER: "XXXX-QX",
        Granularity.SEASON: "XXXX-XX",
        Granularity.YEAR: "XXXX",
        Granularity.DECADE: "XXX",
        Granularity.CENTURY: "XX",
    }
    value = values[unit]
    return (
        value + "-WE"
        if part == "WE"
        else with_clock(value, part)
        if unit is Granularity.DAY
        else value
    )


def _weekend(ref: dt.date, offset: int, tense: Tense) -> str:
    """ "over the weekend" (past) is the last one; "this weekend" (future) the coming one."""
    monday = ref - dt.timedelta(days=ref.weekday())
    in_weekend = ref.weekday() >= 5
    if offset == 0:
        if tense is Tense.PAST and not in_weekend:
            monday -= dt.timedelta(weeks=1)
    else:
        monday += dt.timedelta(weeks=offset)
    return week_value(monday) + "-WE"


def _season_shift(season: str, offset: int, ref: dt.date | None, tense: Tense) -> str:
    if ref is None:
        return f"XXXX-{season}"
    year, current = season_of(ref)
    if offset == 0:
        return f"{ref.year:04d}-{season}" if season != "WI" else f"{year:04d}-WI"
    order = ("WI", "SP", "SU", "FA")
    index = year * 4 + order.index(current)
    target = order.index(season)
    step = 1 if offset > 0 else -1
    count = 0
    while count < abs(offset):
        index += step
        if index % 4 == target:
            count += 1
    return f"{index // 4:04d}-{season}"


def resolve_season(e: Expression, ref: dt.date | None, tense: Tense) -> str:
    """A season or quarter without a shift: its year as written, or nearest the reference."""
    part = e.part or "XX"
    if e.year is not None:
        return f"{e.year:04d}-{part}"
    if ref is None:
        return f"XXXX-{part}"
    if part.startswith("Q"):
        # quarters are reported after the fact: this year's once it has begun, else last
        # year's (next year's when the clause is about the future)
        begun = dt.date(ref.year, 3 * int(part[1]) - 2, 1) <= ref
        year = ref.year if begun or tense is Tense.FUTURE else ref.year - 1
        return f"{year:04d}-{part}"
    if part in SEASON_MONTHS:
        first_month = SEASON_MONTHS[part][0]
        starts = [dt.date(ref.year + k, first_month, 1) for k in (-1, 0, 1)]
        chosen = _closest(starts, ref.replace(day=1), tense) or starts[1]
        year = chosen.year + 1 if part == "WI" else chosen.year
        return f"{year:04d}-{part}"
    return f"{ref.year:04d}-{part}"


def resolve_holiday(e: Expression, ref: dt.date | None, tense: Tense) -> str:
    """A movable holiday: in its stated year, else the one nearest ``ref`` in the tense's way."""
    assert e.holiday is not None
    if e.year is not None:
        day = holiday_date(e.holiday, e.year)
        return day.isoformat() if day else f"{e.year:04d}"
    if ref is None:
        return "XXXX-XX-XX"
    days = [d for k in (-1, 0, 1) if (d := holiday_date(e.holiday, ref.year + k)) is not None]
    if e.offset:  # "last Easter", "next Thanksgiving": strictly that way
        days = [d for d in days if (d < ref if e.offset < 0 else d > ref)] or days
    chosen = _closest(days, ref, tense, 0 if e.offset else _ALWAYS_NEAREST)
    return chosen.isoformat() if chosen else "XXXX-XX-XX"
