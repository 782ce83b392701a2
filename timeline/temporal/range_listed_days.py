"""A clock range told after the last weekday of a list holds for each weekday listed: "Tuesday
or Wednesday from 10-4", "Monday or Tuesday next week between 1pm and 2pm", "Montag oder
Dienstag von 9 bis 11 Uhr".

The range was joined on the last weekday only; each bare weekday listed right before it (a
comma or a ``list_joiner`` word between) gets a range of its own with the same clock times on
its day. Its ends are not written beside it, so they span the weekday (``synthetic_ends``), as
a counted window's do.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache

from timeline.model import Granularity, Timex, TimexRange
from timeline.temporal.grammar import alternation, grammar_for, lower_pattern
from timeline.temporal.range_data import RangeGrammar
from timeline.temporal.range_values import Point, member_timex, parse_point

__all__ = ["listed_day_ranges"]


def listed_day_ranges(
    text: str,
    lowered: str,
    grammar: RangeGrammar,
    timexes: list[Timex],
    ranges: list[TimexRange],
) -> list[TimexRange]:
    """The ranges to add for the weekdays listed before a clock range's weekday."""
    joiner = _joiner(grammar.code)
    if joiner is None or not ranges:
        return []
    ordered = sorted(timexes, key=lambda t: (t.start, t.end))
    added: list[TimexRange] = []
    for r in ranges:
        clocks = _clocks(r)
        if clocks is None or r.synthetic_ends:
            continue
        day_index = next(
            (i for i, t in enumerate(ordered) if t.start == r.start and _weekday(grammar, t)),
            None,
        )
        if day_index is None:
            continue
        told = ordered[day_index]
        for listed in reversed(ordered[:day_index]):
            if not (_weekday(grammar, listed) and _bare_day(listed)):
                break
            if joiner.fullmatch(lowered, listed.end, told.start) is None:
                break
            found = _on(listed, r, clocks)
            if found is None:
                break
            added.append(found)
            told = listed
    return added


def _clocks(r: TimexRange) -> tuple[Point, Point] | None:
    """Both ends of a clock range told on one day."""
    a, b = parse_point(r.first.value), parse_point(r.last.value)
    if a is None or b is None or not (a.has_clock and b.has_clock) or a.day is None:
        return None
    return a, b


def _on(listed: Timex, r: TimexRange, clocks: tuple[Point, Point]) -> TimexRange | None:
    """The range ``r``'s clock times on the day of ``listed`` (the end the day after, when
    ``r`` ends the day after it begins)."""
    day = listed.first_day
    a, b = clocks
    if day is None or a.year is None or a.month is None or a.day is None:
        return None
    if b.year is None or b.month is None or b.day is None:
        return None
    later = (dt.date(b.year, b.month, b.day) - dt.date(a.year, a.month, a.day)).days
    end_day = day + dt.timedelta(days=later)
    first = replace(a, year=day.year, month=day.month, day=day.day)
    last = replace(b, year=end_day.year, month=end_day.month, day=end_day.day)
    span = (listed.start, listed.end, listed.text)
    return replace(
        r,
        start=listed.start,
        end=listed.end,
        text=listed.text,
        first=member_timex(listed, *span, first, r.rule, listed.anchor),
        last=member_timex(listed, *span, last, r.rule, listed.anchor),
        first_day=day,
        last_day=end_day,
    )


def _weekday(grammar: RangeGrammar, t: Timex) -> bool:
    return (
        t.granularity is Granularity.DAY and grammar.weekday_word.search(t.text.lower()) is not None
    )


def _bare_day(t: Timex) -> bool:
    """A day told alone: no clock and no part of the day of its own."""
    point = parse_point(t.value)
    return point is not None and point.day is not None and not point.has_clock


@cache
def _joiner(code: str) -> re.Pattern[str] | None:
    """A comma, a joiner word or both between two listed weekdays (lower-case text)."""
    joiners = tuple(grammar_for(code).data.cues.get("list_joiner", ()))
    if not joiners:
        return None
    words = lower_pattern(alternation(joiners))
    return re.compile(rf"\s*,\s*(?:(?:{words})\s+)?|\s+(?:{words})\s+")
