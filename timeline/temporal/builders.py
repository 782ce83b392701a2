"""Turn one rule match into an ``Expression``: one small builder per rule kind.

A builder reads the named groups of the match (looked up in the language's word lists) and the
fixed options of the rule; it returns None when the match names no real date ("February 30").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from timeline.model import Granularity, Tense, TimexType
from timeline.temporal.calendar import valid_date
from timeline.temporal.expression import Expression
from timeline.temporal.lexicon import LanguageData

TWO_DIGIT_PIVOT = 30  # "'25" is 2025, "'39" is 1939
SEVERAL = -1  # value of vague number words ("several", "beberapa"): TIMEX3 "X"
DURATION_LETTERS = {
    "second": "TS",
    "minute": "TM",
    "hour": "TH",
    "day": "D",
    "weekend": "WE",
    "week": "W",
    "fortnight": "W",
    "month": "M",
    "quarter": "Q",
    "season": "M",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
}
UNIT_FACTORS = {"fortnight": 2, "season": 3}
CALENDAR_UNITS = {g.value: g for g in Granularity}


@dataclass(frozen=True)
class Match:
    """What a builder sees: the span, its groups and the rule that matched."""

    start: int
    end: int
    text: str
    groups: Mapping[str, str | None]
    rule_id: str
    options: Mapping[str, Any]
    data: LanguageData

    def word(self, name: str) -> Any:
        """The word-list value of group ``name``, or None."""
        raw = self.groups.get(name)
        return None if raw is None else self.data.word(name, raw)

    def expression(self, type_: TimexType = TimexType.DATE, **fields: Any) -> Expression:
        chosen = TimexType(self.options.get("type", type_))
        return Expression(self.start, self.end, self.text, chosen, self.rule_id, **fields)


Builder = Callable[[Match], Expression | None]
_DIGITS = re.compile(r"\d+")


def number(match: Match, name: str = "count") -> int | None:
    """A count written in digits or words; ``SEVERAL`` for vague words."""
    raw = match.groups.get(name)
    if raw is None:
        return None
    if raw.isdigit():
        return int(raw)
    value = match.data.word("number", raw)
    return int(value) if isinstance(value, int) else None


def ordinal(match: Match) -> int | None:
    """The ordinal of group ``ordnum``: digits with a suffix or an ordinal word."""
    raw = match.groups.get("ordnum")
    if raw is None:
        roman = match.groups.get("roman")
        return roman_number(roman) if roman else number(match)
    digits = _DIGITS.match(raw)
    if digits:
        return int(digits[0])
    value = match.data.word("ordinal", raw)
    return int(value) if isinstance(value, int) else None


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_number(raw: str) -> int | None:
    """ "XXI" -> 21; None for anything that is not a Roman numeral."""
    values = [_ROMAN.get(c) for c in raw.upper()]
    if not values or None in values:
        return None
    digits = [v for v in values if v is not None]
    total = 0
    for i, value in enumerate(digits):
        total += -value if i + 1 < len(digits) and digits[i + 1] > value else value
    return total


def unit_of(match: Match) -> str | None:
    unit = match.options.get("unit") or match.word("unit")
    return str(unit) if unit else None


def expand_year(raw: str) -> int:
    """Four digits as written; two digits to the nearest century reading (``'39`` -> 1939)."""
    digits = int(raw.lstrip("'"))
    if len(raw.lstrip("'")) == 4:
        return digits
    return 2000 + digits if digits <= TWO_DIGIT_PIVOT else 1900 + digits


def duration_value(count: int, unit: str) -> str | None:
    """TIMEX3 duration: ``P2D``, ``PT3H``, ``PXY`` for several years, decades as years."""
    if unit not in DURATION_LETTERS:
        return None
    amount = "X" if count == SEVERAL else str(count * UNIT_FACTORS.get(unit, 1))
    if unit == "decade":
        return "PXY" if count == SEVERAL else f"P{count * 10}Y"
    if unit == "century":
        return "PXY" if count == SEVERAL else f"P{count * 100}Y"
    if unit == "weekend":
        return f"P{amount}WE"
    letter = DURATION_LETTERS[unit]
    if letter.startswith("T"):
        return f"PT{amount}{letter[1]}"
    return f"P{amount}{letter}"


def _month_day(match: Match) -> tuple[int | None, int | None]:
    """Month and day from names, or from the numeric groups ``n1``/``n2`` in the file's order."""
    month = match.word("month")
    if month is None and match.groups.get("month"):
        month = int(str(match.groups["month"]))
    day = int(str(match.groups["day"])) if match.groups.get("day") else None
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
    clock = _clock(match)
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


def _clock(match: Match) -> str | None:
    hour = match.groups.get("hour")
    if hour is None:
        part = match.word("part_of_day")
        return str(part) if part else None
    value = int(hour)
    if match.groups.get("pm") and value < 12:
        value += 12
    if match.groups.get("am") and value == 12:
        value = 0
    minute = match.groups.get("minute") or "00"
    return f"{value:02d}:{minute}"


def build_weekday(match: Match) -> Expression | None:
    """A bare weekday ("on Tuesday"); its tense later decides the direction."""
    weekday = match.word("weekday")
    if weekday is None:
        return None
    part = _clock(match)
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
    part = match.options.get("part") or (str(season) if season else None) or _clock(match)
    if season and unit is None:
        unit = "season"
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


def build_ahead(match: Match) -> Expression | None:
    """ "In two days": a shift now; extraction turns it into a duration in a past narrative."""
    return build_shift(match)


_DECIMAL = re.compile(r"(\d+)[.,](\d{1,2})")


def build_duration(match: Match) -> Expression | None:
    """ "ten days", "drei Jahre", "3,5 Jahre": DURATION ``P10D``, ``P3.5Y``."""
    count = number(match)
    unit = unit_of(match)
    if unit is None:
        return None
    decimal = _DECIMAL.fullmatch(match.groups.get("count") or "")
    if decimal and unit in DURATION_LETTERS and unit not in UNIT_FACTORS:
        letter = DURATION_LETTERS[unit]
        amount = f"{decimal[1]}.{decimal[2]}"
        fraction = f"PT{amount}{letter[1]}" if letter.startswith("T") else f"P{amount}{letter}"
        return match.expression(TimexType.DURATION, value=fraction)
    if count is None:  # "for years", "próximos dias": an unnamed number of units
        count = SEVERAL
    value = match.options.get("value") or duration_value(count, unit)
    if value is None:
        return None
    return match.expression(TimexType.DURATION, value=str(value))


def build_set(match: Match) -> Expression | None:
    """ "every week", "täglich", "every Thursday": SET ``P1W``, ``XXXX-WXX-4``."""
    weekday = match.word("weekday")
    if weekday is not None:
        return match.expression(TimexType.SET, value=f"XXXX-WXX-{int(weekday) + 1}")
    unit = unit_of(match)
    value = match.options.get("value") or (duration_value(1, unit) if unit else None)
    return match.expression(TimexType.SET, value=value) if value else None


def build_decade(match: Match) -> Expression | None:
    """ "the 1920s", "die 1990er Jahre": ``192``."""
    decade = match.groups.get("decade")
    if decade is None:  # "the twenties", "gli anni '90": a decade of the 20th century
        count = number(match)
        if count is None or count % 10 or not 10 <= count <= 90:
            return None
        decade = f"19{count // 10}"
    return match.expression(granularity=Granularity.DECADE, value=decade)


def build_century(match: Match) -> Expression | None:
    """ "the 21st century", "20. Jahrhundert": ``20`` and ``19``."""
    nth = ordinal(match)
    if nth is None or not 1 <= nth <= 30:
        return None
    return match.expression(granularity=Granularity.CENTURY, value=f"{nth - 1:02d}")


def build_holiday(match: Match) -> Expression | None:
    """A fixed-date holiday ("Christmas", "Heiligabend", "Natal"): its month and day."""
    raw = match.word("holiday")
    parts = str(raw or "").split("-")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        return None
    raw_year = match.groups.get("year")
    return match.expression(
        granularity=Granularity.DAY,
        year=expand_year(raw_year) if raw_year else None,
        month=int(parts[0]),
        day=int(parts[1]),
    )


def build_year_bc(match: Match) -> Expression | None:
    """ "490 v. Chr.", "490 BC": ``BC0490``."""
    year = number(match)
    if year is None or not 1 <= year <= 9999:
        return None
    return match.expression(value=f"BC{year:04d}")


def build_season(match: Match) -> Expression | None:
    """ "summer 2014", "im Winter": a season, its year when written."""
    season = match.options.get("part") or match.word("season")
    if season is None:
        return None
    raw_year = match.groups.get("year")
    year = expand_year(raw_year) if raw_year else None
    return match.expression(granularity=Granularity.SEASON, year=year, part=str(season))


def build_quarter(match: Match) -> Expression | None:
    """ "the third quarter (of 1997)": ``Q3``."""
    nth = ordinal(match) or number(match)
    if nth is None or not 1 <= nth <= 4:
        return None
    raw_year = match.groups.get("year")
    year = expand_year(raw_year) if raw_year else None
    offset = match.options.get("offset")
    if match.word("shift") is not None:
        offset = match.word("shift")
    if offset is not None and year is None:  # "the year-ago third quarter", "next year's Q1"
        return match.expression(
            granularity=Granularity.QUARTER,
            part=f"Q{nth}",
            unit=Granularity.YEAR,
            offset=int(offset),
        )
    return match.expression(granularity=Granularity.QUARTER, year=year, part=f"Q{nth}")


def build_ref(match: Match) -> Expression | None:
    """ "now", "recently", "the future": ``PRESENT_REF`` and friends."""
    value = match.options.get("value") or match.word("ref")
    return match.expression(value=str(value)) if value else None


def build_time(match: Match) -> Expression | None:
    """A clock time ("4:45 Uhr", "10 a.m."): the day comes from the narrative."""
    clock = _clock(match)
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
}
