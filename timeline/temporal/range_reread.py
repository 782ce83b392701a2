"""Steps after the joining that read the text around ranges again: ranges read inside a frame
("from march to may", "tussen 15.00 en 17.00"), and a part of the day told after a clock range
("between 5 and 6 in the afternoon" is 17:00 to 18:00).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from timeline.model import Timex, TimexRange
from timeline.temporal.range_data import RangeGrammar
from timeline.temporal.range_frames import find_frames
from timeline.temporal.range_values import duration, parse_point, revalued
from timeline.temporal.range_word_clocks import word_clock_frames

_LATER_PARTS = ("AF", "EV", "NI")
_NOON = 12

Found = tuple[list[Timex], list[TimexRange]]


def with_frames(
    text: str,
    lowered: str,
    grammar: RangeGrammar,
    timexes: list[Timex],
    ranges: list[TimexRange],
    dct: dt.date | None,
) -> Found:
    """Add the ranges read inside a frame; the timexes they overlap ("11 uur" read as eleven
    hours) give way to their members."""
    frames = find_frames(text, lowered, grammar, dct)
    for frame in frames + word_clock_frames(text, lowered, grammar, dct, timexes):
        if any(r.start < frame.end and frame.start < r.end for r in ranges):
            continue
        span = duration(frame.first, frame.last)
        if span is None:
            continue
        timexes = [
            t for t in timexes if not (t.start < frame.last.end and frame.first.start < t.end)
        ] + [frame.first, frame.last]
        ranges.append(
            TimexRange(
                start=frame.start,
                end=frame.end,
                text=text[frame.start : frame.end],
                first=frame.first,
                last=frame.last,
                duration=span,
                rule=frame.rule_id,
                first_day=frame.first.first_day,
                last_day=frame.last.last_day,
            )
        )
    return timexes, ranges


def in_part_of_day(
    text: str, lowered: str, grammar: RangeGrammar, timexes: list[Timex], ranges: list[TimexRange]
) -> Found:
    """A clock range followed by a part of the day takes it: "between 5 and 6 in the
    afternoon", "von 5 bis 6 nachmittags" (clocks before noon move after it)."""
    parts = dict(grammar.parts)
    out = []
    for r in ranges:
        m = grammar.part_after.match(lowered, r.end)
        a, b = parse_point(r.first.value), parse_point(r.last.value)
        if m is None or a is None or b is None or a.hour is None or b.hour is None:
            out.append(r)
            continue
        later = parts.get(m["part"]) in _LATER_PARTS and a.hour < _NOON and b.hour <= _NOON
        first, last = r.first, r.last
        if later:
            first = revalued(first, replace(a, hour=a.hour + _NOON), first.anchor)
            last = revalued(
                last, replace(b, hour=b.hour + _NOON if b.hour < _NOON else b.hour), last.anchor
            )
            moved = {(r.first.start, r.first.end): first, (r.last.start, r.last.end): last}
            timexes = [moved.get((t.start, t.end), t) for t in timexes]
        out.append(replace(r, end=m.end(), text=text[r.start : m.end()], first=first, last=last))
    return timexes, out
