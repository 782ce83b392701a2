"""Builders of expressions that carry their own value: durations, sets, decades, centuries,
holidays, years before Christ and vague references ("now", "recently")."""

from __future__ import annotations

import re
from typing import Any

from timeline.model import Granularity, TimexType
from timeline.temporal.expression import Expression
from timeline.temporal.holidays import is_movable
from timeline.temporal.rule_match import (
    DURATION_LETTERS,
    SEVERAL,
    UNIT_FACTORS,
    Match,
    clock_of,
    day_number,
    duration_value,
    expand_year,
    number,
    ordinal,
    unit_of,
)

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
    half = match.options.get("fraction")
    if half and unit in DURATION_LETTERS and unit not in UNIT_FACTORS and count != SEVERAL:
        # "one and a half hours", "zweieinhalb Stunden", "eine halbe Stunde": PT1.5H, PT0.5H
        return match.expression(
            TimexType.DURATION, value=_fractional(count or 0, float(half), unit)
        )
    if count is None:  # "for years", "próximos dias": an unnamed number of units
        count = SEVERAL
    value = match.options.get("value") or duration_value(count, unit)
    if value is None:
        return None
    return match.expression(TimexType.DURATION, value=str(value))


def _fractional(count: int, fraction: float, unit: str) -> str:
    """``P1.5Y``, ``PT0.5H``: a whole count plus a fraction of a unit."""
    amount = f"{count + fraction:.2f}".rstrip("0").rstrip(".")
    letter = DURATION_LETTERS[unit]
    return f"PT{amount}{letter[1]}" if letter.startswith("T") else f"P{amount}{letter}"


def build_set(match: Match) -> Expression | None:
    """ "every week", "täglich", "every Thursday": SET ``P1W``, ``XXXX-WXX-4``."""
    weekday = match.word("weekday")
    if weekday is not None:  # "every Thursday", "jeden Mittwoch um 16 Uhr": XXXX-WXX-3T16:00
        clock = clock_of(match)
        every = f"XXXX-WXX-{int(weekday) + 1}" + (f"T{clock}" if clock else "")
        return match.expression(TimexType.SET, value=every)
    day = day_number(match)
    if day is not None and 1 <= day <= 31:  # "the 19th of every month"
        return match.expression(TimexType.SET, value=f"XXXX-XX-{day:02d}")
    unit = unit_of(match)
    part = clock_of(match)
    if unit is None and part and not match.options.get("value"):  # "every morning"
        return match.expression(TimexType.SET, value=f"XXXX-XX-XXT{part}")
    # "every three weeks" P3W; "every other day", "biweekly" (an ``other`` group) P2D, P2W
    step = number(match) or (2 if match.groups.get("other") else 1)
    if step == SEVERAL:
        return None
    value = match.options.get("value") or (duration_value(step, unit) if unit else None)
    return match.expression(TimexType.SET, value=value) if value else None


def build_decade(match: Match) -> Expression | None:
    """ "the 1920s", "die 1990er Jahre": ``192``."""
    decade = match.groups.get("decade")
    if decade is None:  # "the twenties", "gli anni '90": a decade of the 20th century
        count = number(match) or match.word("decade_word")
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
    """A holiday: fixed ("Christmas" ``12-25``: its month and day) or movable ("Thanksgiving"
    ``11-TH-4``, "Ostermontag" ``EASTER+1``: resolved once the year is known)."""
    raw = str(match.word("holiday") or "")
    raw_year = match.groups.get("year")
    year = expand_year(raw_year) if raw_year else None
    shift = match.word("shift")
    # "Weihnachten letzten Jahres", "Natal do ano passado": the holiday of a shifted year
    shifted: dict[str, Any] = (
        {"unit": Granularity.YEAR, "offset": int(shift), "counted": False}
        if shift is not None
        else {}
    )
    if is_movable(raw):
        return match.expression(granularity=Granularity.DAY, year=year, holiday=raw, **shifted)
    parts = raw.split("-")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        return None
    return match.expression(
        granularity=Granularity.DAY, year=year, month=int(parts[0]), day=int(parts[1]), **shifted
    )


def build_year_bc(match: Match) -> Expression | None:
    """ "490 v. Chr.", "490 BC": ``BC0490``."""
    year = number(match)
    if year is None or not 1 <= year <= 9999:
        return None
    return match.expression(value=f"BC{year:04d}")


def build_ref(match: Match) -> Expression | None:
    """ "now", "recently", "the future": ``PRESENT_REF`` and friends."""
    value = match.options.get("value") or match.word("ref")
    return match.expression(value=str(value)) if value else None
