"""Durations told as a whole number and a fraction: "2 1/2 years", "5 1/2 hours", "3¼ days".

News annotation writes the fraction in the next smaller unit when it comes out whole
(TimeBank ``P2Y6M`` for "2 1/2 years", AQUAINT ``PT5H30M`` for "5 1/2 hours"); a fraction of a
week or a month, which has no whole number of days, stays a decimal (``P2.5W``), as the
"and a half" rules write every half.
"""

from __future__ import annotations

from fractions import Fraction

from timeline.model import TimexType
from timeline.temporal.expression import Expression
from timeline.temporal.rule_match import (
    DURATION_LETTERS,
    UNIT_FACTORS,
    Match,
    duration_value,
    number,
    unit_of,
)

__all__ = ["build_mixed_fraction", "mixed_duration"]

_FRACTIONS = {
    "1/2": Fraction(1, 2),
    "½": Fraction(1, 2),
    "1/4": Fraction(1, 4),
    "¼": Fraction(1, 4),
    "3/4": Fraction(3, 4),
    "¾": Fraction(3, 4),
}
#: The next smaller unit of a unit, and how many of them make one.
_SMALLER = {
    "year": ("month", 12),
    "day": ("hour", 24),
    "hour": ("minute", 60),
    "minute": ("second", 60),
}


def mixed_duration(whole: int, fraction: Fraction, unit: str) -> str | None:
    """``P2Y6M`` for 2 1/2 years, ``PT5H30M`` for 5 1/2 hours, ``P2.5W`` for 2 1/2 weeks."""
    if unit not in DURATION_LETTERS or unit in UNIT_FACTORS or not 0 < fraction < 1:
        return None
    smaller = _SMALLER.get(unit)
    if smaller is not None and (fraction * smaller[1]).denominator == 1:
        small_unit, per_unit = smaller
        parts = [duration_value(whole, unit), duration_value(int(fraction * per_unit), small_unit)]
        if any(p is None for p in parts):
            return None
        first, second = str(parts[0]), str(parts[1])
        if whole == 0:
            return second
        if second.startswith("PT") and not first.startswith("PT"):  # P1D + PT12H: P1DT12H
            return first + second[1:]
        return first + second[2 if second.startswith("PT") else 1 :]
    amount = f"{float(whole + fraction):.2f}".rstrip("0").rstrip(".")
    letter = DURATION_LETTERS[unit]
    if letter in ("WE", "DE", "CE"):
        return None
    return f"PT{amount}{letter[1]}" if letter.startswith("T") else f"P{amount}{letter}"


def build_mixed_fraction(match: Match) -> Expression | None:
    """A duration from a ``count``, a ``fraction`` group ("1/2", "½") and a ``unit``."""
    whole = number(match)
    fraction = _FRACTIONS.get(str(match.groups.get("fraction") or ""))
    unit = unit_of(match)
    if whole is None or whole < 0 or fraction is None or unit is None:
        return None
    value = mixed_duration(whole, fraction, unit)
    return None if value is None else match.expression(TimexType.DURATION, value=value)
