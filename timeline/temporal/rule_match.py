"""What a builder reads from one rule match: its groups, looked up in the language's word lists.

Shared by the builders of calendar expressions (``builders``) and of values (``value_builders``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from timeline.model import Granularity, TimexType
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
        """The expression of this match; the rule's fixed ``type`` and ``mod`` apply."""
        chosen = TimexType(self.options.get("type", type_))
        if self.options.get("mod") and not fields.get("mod"):
            fields["mod"] = str(self.options["mod"])
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


def day_number(match: Match, name: str = "day") -> int | None:
    """A day of the month written in digits ("3", "3rd") or as a word ("third", "cuatro")."""
    raw = match.groups.get(name)
    if raw is None:
        return None
    digits = _DIGITS.match(raw)
    if digits:
        return int(digits[0])
    for words in ("ordinal", "number"):
        value = match.data.word(words, raw)
        if isinstance(value, int) and value > 0:
            return value
    return None


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


_AFTERNOON_PARTS = ("AF", "EV")  # "ein Uhr nachmittags", "seven in the evening": 13, 19
_LATE_PARTS = ("EV", "NI")


def clock_of(match: Match) -> str | None:
    """ "HH:MM" from ``hour``/``minute`` groups (digits or words) and am/pm or a part of day.

    A rule's fixed ``minute`` and ``hour_shift`` read clock words: "half past seven" is minute
    30; "halb acht", "quarter to eight" are minute 30 or 45 with ``hour_shift: -1``; with
    ``minutes_to`` the minutes count back from the hour ("15 para as 8" is 07:45).
    """
    raw_hour = match.groups.get("hour")
    part = match.word("part_of_day")
    if raw_hour is None:
        return str(part) if part else None
    value = int(raw_hour) if raw_hour.isdigit() else match.data.word("number", raw_hour)
    if not isinstance(value, int) or not 0 <= value <= 24:
        return None
    value = (value + int(match.options.get("hour_shift", 0))) % 24
    later = bool(match.groups.get("pm")) or part in _AFTERNOON_PARTS
    if (later and value < 12) or (part == "NI" and 6 <= value < 12):
        value += 12
    elif part in _LATE_PARTS and value == 12:  # "12 Uhr nachts", "twelve at night": midnight
        value = 0
    if match.groups.get("am") and value == 12:
        value = 0
    raw_minute = match.groups.get("minute")
    minute = match.options.get("minute", 0) if raw_minute is None else _minute(match, raw_minute)
    if not isinstance(minute, int) or minute >= 60:
        return None
    if match.options.get("minutes_to") and 0 < minute < 60:  # "ten to eight": 07:50
        value, minute = (value - 1) % 24, 60 - minute
    second = match.groups.get("second")  # "8:00:31": kept, a clock told to the second
    return f"{value:02d}:{minute:02d}" + (f":{second}" if second else "")


def _minute(match: Match, raw: str) -> int | None:
    """Minutes in digits ("05") or words ("veinte", "twenty")."""
    if raw.isdigit():
        return int(raw)
    value = match.data.word("number", raw)
    return value if isinstance(value, int) else None
