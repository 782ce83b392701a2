"""A duration counted from a date told beside it: "3 days starting from next Monday", "a week
starting tomorrow", "for 2 hours from 2pm", "drei Tage ab Montag", "from 2pm for 2 hours".

Both timexes stay as the tagger found them; the span they tell together is a ``TimexRange``
whose ends (the date, and the date plus the duration) are synthetic members spanning the whole
phrase, as for a counted window (``range_windows``): the date's first day through the day
before the duration ends ("2 weeks starting May 20th": May 20 to June 2), or, for hours and
minutes from a clock time, the two clock times ("for 2 hours from 2pm": 14:00 to 16:00).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from itertools import pairwise

from timeline.model import Anchor, Granularity, Timex, TimexRange, TimexType
from timeline.temporal.calendar import interval
from timeline.temporal.range_values import parse_point
from timeline.temporal.range_windows import Direction, WindowRule, shift

_DAYS = re.compile(r"^P(?P<n>[1-9]\d{0,2})(?P<unit>[DWMY])$")
_CLOCK = re.compile(r"^PT(?:(?P<h>\d{1,2})H)?(?:(?P<m>\d{1,3})M)?$")
_MAX_GAP = 32


def durations_from_dates(
    text: str,
    rules: Sequence[WindowRule],
    timexes: Sequence[Timex],
    ranges: Sequence[TimexRange] = (),
) -> list[TimexRange]:
    """The spans a duration and the date right after it ("starting", "from") tell; not
    when the date opens a range already ("two years from 2010 to 2012")."""
    starting = [r for r in rules if r.direction is Direction.STARTING]
    if not starting:
        return []
    found = []
    for a, b in pairwise(timexes):
        if b.start - a.end > _MAX_GAP or any(r.start <= a.start < r.end for r in ranges):
            continue
        if a.type is TimexType.DURATION and b.type is not TimexType.DURATION:
            duration, date, gaps = a, b, [r.gap for r in starting]  # "3 days starting Monday"
        elif b.type is TimexType.DURATION and a.granularity is Granularity.DAY:
            # "2pm for 2 hours"; "in 2010 for 3 years" tells no day the span starts on
            duration, date, gaps = b, a, [r.gap_before for r in starting]
        else:
            continue
        if date.first_day is None or any(r.start <= date.start < r.end for r in ranges):
            continue
        gap = text[a.end : b.start].lower()
        rule = next(
            (r for r, g in zip(starting, gaps, strict=True) if g and g.fullmatch(gap)), None
        )
        if rule is None and duration is a:  # "for 2 hours from 2pm"
            lead = text[max(0, a.start - _MAX_GAP) : a.start].lower()
            rule = next((r for r in starting if _after_for(r, gap, lead)), None)
        if rule is None:
            continue
        ends = _ends(duration.value, date)
        if ends is None:
            continue
        first, last = ends
        found.append(
            TimexRange(
                start=a.start,
                end=b.end,
                text=text[a.start : b.end],
                first=_member(text, a.start, b.end, first, rule.id, date.anchor),
                last=_member(text, a.start, b.end, last, rule.id, date.anchor),
                duration=duration.value,
                rule=rule.id,
                first_day=dt.date.fromisoformat(first[:10]),
                last_day=dt.date.fromisoformat(last[:10]),
            )
        )
    return found


def _after_for(rule: WindowRule, gap: str, lead: str) -> bool:
    if rule.gap_after_for is None or rule.lead_for is None:
        return False
    return rule.gap_after_for.fullmatch(gap) is not None and rule.lead_for.search(lead) is not None


def _ends(duration: str, date: Timex) -> tuple[str, str] | None:
    """The values of the first and last member: days, or clock times from a clock time."""
    assert date.first_day is not None
    point = parse_point(date.value)
    clock = _CLOCK.match(duration)
    if clock is not None and (clock["h"] or clock["m"]):
        if point is None or point.hour is None:
            return None
        begin = dt.datetime.combine(date.first_day, dt.time(point.hour % 24, point.minute or 0))
        end = begin + dt.timedelta(hours=int(clock["h"] or 0), minutes=int(clock["m"] or 0))
        return begin.isoformat(timespec="minutes"), end.isoformat(timespec="minutes")
    days = _DAYS.match(duration)
    if days is None or (point is not None and point.hour is not None):
        return None
    try:
        last = shift(date.first_day, days["unit"], int(days["n"])) - dt.timedelta(days=1)
    except (ValueError, OverflowError):
        return None
    return date.first_day.isoformat(), last.isoformat()


def _member(text: str, start: int, end: int, value: str, rule: str, anchor: Anchor) -> Timex:
    found = interval(value[:10])
    return Timex(
        start=start,
        end=end,
        text=text[start:end],
        type=TimexType.TIME if "T" in value else TimexType.DATE,
        value=value,
        rule=rule,
        anchor=anchor,
        granularity=found[0] if found else None,
        first_day=found[1] if found else None,
        last_day=found[2] if found else None,
    )
