"""Turn one rule match into an ``Expression``: one small builder per rule kind.

A builder reads the named groups of the match (looked up in the language's word lists) and the
fixed options of the rule; it returns None when the match names no real date ("February 30").
"""

from __future__ import annotations

from dataclasses import replace

from timeline.model import Granularity, Tense, TimexType
from timeline.temporal.calendar import valid_date, weeks_in_year
from timeline.temporal.expression import Expression
from timeline.temporal.holiday_weekends import build_holiday_weekend
from timeline.temporal.mixed_fractions import build_mixed_fraction
from timeline.temporal.month_weeks import build_week_of_month
from timeline.temporal.period_days import (
    build_day_of_shifted_month,
    build_holiday_occurrence,
    build_nth_weekday,
)
from timeline.temporal.rule_match import (
    CALENDAR_UNITS,
    SEVERAL,
    Builder,
    Match,
    clock_of,
    day_number,
    expand_year,
    number,
    ordinal,
    unit_of,
)
from timeline.temporal.value_builders import (
    build_century,
    build_decade,
    build_duration,
    build_holiday,
    build_ref,
    build_set,
    build_year_bc,
)
from timeline.temporal.year_words import year_word_value

__all__ = ["BUILDERS", "Builder", "Match", "clock_shift_duration"]


def _month_day(match: Match) -> tuple[int | None, int | None]:
    """Month and day from names, or from the numeric groups ``n1``/``n2`` in the file's order."""
    month = match.word("month")
    if month is None and match.groups.get("month"):
        month = int(str(match.groups["month"]))
    day = day_number(match)
    if month is None and match.groups.get("ordnum"):  # "am siebten vierten": an ordinal month
        month = ordinal(match)
    n1, n2 = match.groups.get("n1"), match.groups.get("n2")
    if n1 and n2:
        first, second = int(n1), int(n2)
        day, month = (first, second) if match.data.numeric_order == "dmy" else (second, first)
        if month > 12 >= day:
            day, month = month, day
    return month, day


def build_date(match: Match) -> Expression | None:
    """Calendar fields as written: "Monday, January 10", "17/10/2013", "12. Januar 2022"."""
    raw_year = match.groups.get("year")
    year = expand_year(raw_year) if raw_year else None
    spoken = match.groups.get("year_word")
    if year is None and spoken:  # "nineteen seventy-two"
        year = year_word_value(
            match.data.words.get("number", {}), match.data.year_templates, spoken
        )
    month, day = _month_day(match)
    weekday = match.word("weekday")
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    if month and day and valid_date(year or 2000, month, day) is None:
        return None
    if year is None and month is None and day is None:
        return None
    clock = clock_of(match)
    granularity = Granularity.DAY if day else Granularity.MONTH if month else Granularity.YEAR
    shift = match.word("shift")
    if shift is not None and match.options.get("unit") == "year" and year is None:
        # "June last year", "January this year": a month of a shifted year
        return match.expression(
            granularity=granularity,
            month=month,
            day=day,
            unit=Granularity.YEAR,
            offset=int(shift),
            counted=False,
        )
    tense = Tense.UNKNOWN if not shift else Tense.PAST if shift < 0 else Tense.FUTURE
    return match.expression(
        TimexType.TIME if clock else TimexType.DATE,
        granularity=granularity,
        year=year,
        month=month,
        day=day,
        weekday=weekday,
        part=clock,
        offset=None if shift is None or year is not None else int(shift),  # "last December"
        tense=tense,
    )


_MINUTES_PER_DAY = 24 * 60


def build_weekday(match: Match) -> Expression | None:
    """A bare weekday ("on Tuesday"); its tense later decides the direction."""
    weekday = match.word("weekday")
    if weekday is None:
        return None
    part = clock_of(match)
    shift = match.word("shift")
    tense = Tense.UNKNOWN if shift is None else Tense.PAST if shift < 0 else Tense.FUTURE
    return match.expression(
        TimexType.TIME if part else TimexType.DATE,
        granularity=Granularity.DAY,
        weekday=weekday,
        part=part,
        offset=int(shift) if shift else None,  # "last Tuesday": strictly before
        tense=tense if shift else Tense.UNKNOWN,
    )


def build_shift(match: Match) -> Expression | None:
    """A shift from an anchor: "yesterday", "last week", "two days ago", "am Vortag"."""
    offset: int | None = None
    unit = unit_of(match)
    deictic = match.word("deictic_day")
    shift = match.word("shift")
    count = number(match)
    if deictic is not None:
        offset, unit = int(deictic), unit or "day"
    elif shift is not None:
        offset = int(shift)
    elif count is not None:
        if count == SEVERAL:
            return None
        offset = count * int(match.options.get("sign", 1))
    elif match.options.get("offset") is not None:
        offset = int(match.options["offset"])
    counted = deictic is None and shift is None  # "a year ago", "year-earlier": not "last year"
    season = match.word("season")
    part = match.options.get("part") or (str(season) if season else None) or clock_of(match)
    if season and unit is None:
        unit = "season"
    if unit in ("hour", "minute"):
        return _clock_shift(match, offset, unit, counted)
    if unit == "weekend":
        part = "WE"
    if offset is None or unit is None:
        return None
    granularity = CALENDAR_UNITS.get("week" if unit in ("weekend", "fortnight") else unit)
    if granularity is None:
        return None
    is_time = part in ("MO", "AF", "EV", "NI") or bool(part and ":" in part)
    return match.expression(
        TimexType.TIME if is_time else TimexType.DATE,
        granularity=granularity,
        unit=granularity,
        offset=offset,
        anaphoric=bool(match.options.get("anaphoric", False)),
        part=part,
        counted=counted,
    )


def _clock_shift(match: Match, offset: int | None, unit: str, counted: bool) -> Expression | None:
    """ "in 5 minutes", "hace 2 horas": a time of day counted from the reference day's midnight.

    Only counted shifts ("in two hours"), not named ones ("last hour"): a day offset and a clock
    time, so a reference date resolves it to the minute (``2016-11-07T00:05``).
    """
    if offset is None or not counted:
        return None
    minutes = offset * (60 if unit == "hour" else 1)
    days, minute_of_day = divmod(minutes, _MINUTES_PER_DAY)
    hour, minute = divmod(minute_of_day, 60)
    return match.expression(
        TimexType.TIME,
        granularity=Granularity.DAY,
        unit=Granularity.DAY,
        offset=days,
        part=f"{hour:02d}:{minute:02d}",
        counted=True,
    )


def clock_shift_duration(e: Expression) -> str | None:
    """The duration a forward clock shift counts ("in 90 minutes": ``PT90M``), else None."""
    if e.offset is None or e.offset < 0 or not e.part or ":" not in e.part or not e.counted:
        return None
    hour, minute = (int(x) for x in e.part.split(":"))
    total = e.offset * _MINUTES_PER_DAY + hour * 60 + minute
    return f"PT{total // 60}H" if total % 60 == 0 else f"PT{total}M"


def build_week_weekday(match: Match) -> Expression | None:
    """A weekday in a shifted week: "next week on Tuesday", "vorige week dinsdag"."""
    weekday = match.word("weekday")
    shift = match.word("shift")
    if shift is None and match.options.get("offset") is not None:
        shift = match.options["offset"]
    if weekday is None or shift is None:
        return None
    part = clock_of(match)
    return match.expression(
        TimexType.TIME if part else TimexType.DATE,
        granularity=Granularity.DAY,
        weekday=int(weekday),
        unit=Granularity.WEEK,
        offset=int(shift),
        part=part,
        anaphoric=bool(match.options.get("anaphoric", False)),
        tense=Tense.PAST if shift < 0 else Tense.FUTURE if shift > 0 else Tense.UNKNOWN,
    )


def build_week_number(match: Match) -> Expression | None:
    """ "week 10", "semana 31 de 2018", "the third week of 2018": ISO week ``2018-W31`` (the
    year from the reference, or shifted: "KW 27 letzten Jahres"); with ``offset: -1`` "the
    last week of 2019" (``2019-W52``)."""
    week = ordinal(match) if match.groups.get("ordnum") else number(match)
    raw_year = match.groups.get("year")
    year = expand_year(raw_year) if raw_year else None
    spoken = match.groups.get("year_word")
    if year is None and spoken:  # "semana 3 de dois mil e vinte e sete"
        year = year_word_value(
            match.data.words.get("number", {}), match.data.year_templates, spoken
        )
    if week is None and match.options.get("offset") == -1 and year is not None:
        week = weeks_in_year(year)
    if week is None or not 1 <= week <= 53:
        return None
    shift = match.word("shift")
    if shift is not None and year is None:  # "week 27 of last year": that year's week
        return match.expression(
            granularity=Granularity.WEEK,
            unit=Granularity.YEAR,
            offset=int(shift),
            part=f"W{week:02d}",
            counted=False,
        )
    return match.expression(granularity=Granularity.WEEK, year=year, part=f"W{week:02d}")


def build_week_of(match: Match) -> Expression | None:
    """ "the week of April 10": the ISO week holding that day (``resolve`` turns the day into
    its week), as AQUAINT annotates "the week of March 6" (``2000-W10``)."""
    e = build_date(match)
    if e is None or e.day is None or e.part is not None:
        return None
    return replace(e, granularity=Granularity.WEEK)


def build_ahead(match: Match) -> Expression | None:
    """ "In two days": a shift now; extraction turns it into a duration in a past narrative."""
    return build_shift(match)


def build_season(match: Match) -> Expression | None:
    """ "summer 2014", "im Winter": a season, its year when written."""
    season = match.options.get("part") or match.word("season")
    if season is None:
        return None
    raw_year = match.groups.get("year")
    year = expand_year(raw_year) if raw_year else None
    return match.expression(granularity=Granularity.SEASON, year=year, part=str(season))


def build_quarter(match: Match) -> Expression | None:
    """ "the third quarter (of 1997)", "Q3 2019": ``Q3``; with ``part: H`` a half, "H2 2019"."""
    nth = ordinal(match) or number(match)
    letter = str(match.options.get("part", "Q"))
    if nth is None or not 1 <= nth <= (2 if letter == "H" else 4):
        return None
    raw_year = match.groups.get("year")
    year = expand_year(raw_year) if raw_year else None
    offset = match.options.get("offset")
    if match.word("shift") is not None:
        offset = match.word("shift")
    if offset is not None and year is None:  # "the year-ago third quarter", "next year's Q1"
        return match.expression(
            granularity=Granularity.QUARTER,
            part=f"{letter}{nth}",
            unit=Granularity.YEAR,
            offset=int(offset),
        )
    return match.expression(granularity=Granularity.QUARTER, year=year, part=f"{letter}{nth}")


def build_time(match: Match) -> Expression | None:
    """A clock time ("4:45 Uhr", "10 a.m."): the day comes from the narrative."""
    clock = clock_of(match)
    if clock is None:
        return None
    return match.expression(
        TimexType.TIME,
        granularity=Granularity.DAY,
        part=clock,
        offset=0,
        unit=Granularity.DAY,
        anaphoric=True,
    )


BUILDERS: dict[str, Builder] = {
    "date": build_date,
    "weekday": build_weekday,
    "shift": build_shift,
    "ahead": build_ahead,
    "duration": build_duration,
    "set": build_set,
    "decade": build_decade,
    "century": build_century,
    "year_bc": build_year_bc,
    "holiday": build_holiday,
    "season": build_season,
    "quarter": build_quarter,
    "ref": build_ref,
    "time": build_time,
    "day_clock": build_time,  # run only right after a day (``extract``): "today [at 9]"
    "week_weekday": build_week_weekday,
    "week_number": build_week_number,
    "week_of": build_week_of,
    "week_of_month": build_week_of_month,
    "holiday_weekend": build_holiday_weekend,
    "mixed_fraction": build_mixed_fraction,
    "nth_weekday": build_nth_weekday,
    "day_of_shifted_month": build_day_of_shifted_month,
    "holiday_occurrence": build_holiday_occurrence,
}
