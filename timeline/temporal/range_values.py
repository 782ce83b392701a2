"""Values of range members: take a TIMEX3 value apart, complete it from the other member,
and measure the duration between two members.

Only calendar values (``2020``, ``2020-05``, ``2020-05-03``, ``XXXX-XX-XXT17:00``) are taken
apart; other members (weeks, quarters, refs) join ranges as they are, never completed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from timeline.model import Anchor, Granularity, Timex, TimexType
from timeline.temporal.calendar import interval, valid_date

_VALUE = re.compile(
    r"^(?P<year>\d{4}|XXXX)(?:-(?P<month>\d\d|XX)(?:-(?P<day>\d\d|XX))?)?"
    r"(?:T(?P<hour>\d\d):(?P<minute>\d\d))?$"
)
_NOON = 12
_MINUTES_PER_DAY = 24 * 60
_EVENING = 18  # "de 23 às 4": a 24-hour evening start before a small-hours end
_SMALL_HOURS = 6


@dataclass(frozen=True)
class Point:
    """A calendar value taken apart; None where the value leaves a field unknown or unsaid."""

    year: int | None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None

    @property
    def has_clock(self) -> bool:
        return self.hour is not None

    @property
    def year_only(self) -> bool:
        return self.year is not None and self.month is None and self.day is None

    def value(self) -> str:
        """The TIMEX3 value: ``2020-05``, ``XXXX-04-22T17:00``."""
        if self.month is None and self.day is None and not self.has_clock:
            return f"{self.year:04d}" if self.year is not None else "XXXX"
        year = f"{self.year:04d}" if self.year is not None else "XXXX"
        month = f"{self.month:02d}" if self.month is not None else "XX"
        text = f"{year}-{month}"
        if self.day is not None or self.has_clock:
            text += f"-{self.day:02d}" if self.day is not None else "-XX"
        if self.hour is not None:
            text += f"T{self.hour:02d}:{self.minute or 0:02d}"
        return text

    def valid(self) -> bool:
        """Whether the fields name a real day, month and clock time."""
        if self.month is not None and not 1 <= self.month <= 12:
            return False
        if self.day is not None:
            if not 1 <= self.day <= 31:
                return False
            if self.year is not None and self.month is not None:
                return valid_date(self.year, self.month, self.day) is not None
        return self.hour is None or (0 <= self.hour <= 24 and 0 <= (self.minute or 0) < 60)


@lru_cache(maxsize=4096)
def parse_point(value: str) -> Point | None:
    """The fields of a calendar value, or None for weeks, quarters, refs and durations."""
    m = _VALUE.match(value)
    if m is None:
        return None

    def field(name: str) -> int | None:
        raw = m[name]
        return int(raw) if raw and raw[0] != "X" else None

    return Point(field("year"), field("month"), field("day"), field("hour"), field("minute"))


@dataclass(frozen=True)
class Bare:
    """A member the tagger alone ignores: a number ("5", "17.", "21st", "9:30") or a word."""

    number: int | None
    minute: int | None = None
    ordinal: bool = False  # written as an ordinal ("21st", "17.", "ninth"): a day, no hour
    month: int | None = None  # a month word ("may", "mai"), or the month of "01/25"
    digits: int = 0  # how many digits the number was written with
    mod: str | None = None  # a part of the other member ("Anfang" of "von Anfang bis Ende Mai")


def complete_bare(bare: Bare, partner: Point, bare_first: bool) -> Point | None:
    """The bare member's value in the range with ``partner``; None when it cannot be one."""
    if bare.month is not None and bare.number is not None:
        return _bare_day_month(bare, partner, bare_first)
    if bare.mod is not None:
        return None if partner.has_clock or partner.day is not None else partner
    return _complete(bare, partner, bare_first)


def _bare_day_month(bare: Bare, partner: Point, bare_first: bool) -> Point | None:
    """ "from 10/25 to 01/25": the partner's year, the next one when the range crosses it."""
    if partner.day is None or partner.has_clock or partner.month is None:
        return None
    point = Point(partner.year, bare.month, bare.number)
    if partner.year is not None:
        later = (bare.month, bare.number) > (partner.month, partner.day)
        if bare_first and later:
            point = replace(point, year=partner.year - 1)
        elif not bare_first and not later:
            point = replace(point, year=partner.year + 1)
    return point if point.valid() else None


def _complete(bare: Bare, partner: Point, bare_first: bool) -> Point | None:
    if bare.month is not None:
        if partner.month is None or partner.has_clock:
            return None
        year = partner.year
        if year is not None and bare_first and bare.month > partner.month:
            year -= 1  # "from November to February 2021"
        elif year is not None and not bare_first and bare.month < partner.month:
            year += 1
        return Point(year, bare.month)
    if bare.number is None:
        return None
    if partner.has_clock and not bare.ordinal:
        return bare_hour(bare, partner, bare_first)
    if partner.day is not None and not partner.has_clock and bare.minute is None:
        point = replace(partner, day=bare.number)
        if not point.valid():
            return None
        if (bare.number < partner.day) if bare_first else (bare.number > partner.day):
            return point
        return None
    if partner.year_only and not bare_first and bare.digits == 2:  # "1990-92." ends a sentence
        assert partner.year is not None
        year = partner.year - partner.year % 100 + bare.number
        return Point(year) if year > partner.year else None  # "1990-92", not "1998-02"
    return None


def bare_hour(bare: Bare, partner: Point, bare_first: bool) -> Point | None:
    """ "5 to 6pm" is 17:00: the reading on the same half of the day that keeps the order."""
    assert bare.number is not None and partner.hour is not None
    if bare.number > 24:
        return None
    minute = bare.minute or 0
    partner_at = partner.hour * 60 + (partner.minute or 0)
    readings = [bare.number]
    if bare.number < _NOON:
        readings.append(bare.number + _NOON)
    at = [h * 60 + minute for h in readings]
    fitting = [t for t in at if (t < partner_at if bare_first else t > partner_at)]
    if not fitting and bare_first and bare.number >= _EVENING and partner.hour < _SMALL_HOURS:
        return _evening_before(partner, bare.number, minute)  # over midnight
    if not fitting:
        return None
    chosen = max(fitting) if bare_first else min(fitting)
    return replace(partner, hour=chosen // 60, minute=chosen % 60)


def _evening_before(partner: Point, hour: int, minute: int) -> Point | None:
    """``hour``:``minute`` on the evening before the small-hours ``partner``."""
    if partner.year is None or partner.month is None or partner.day is None:
        return None
    day = dt.date(partner.year, partner.month, partner.day) - dt.timedelta(days=1)
    return replace(partner, year=day.year, month=day.month, day=day.day, hour=hour, minute=minute)


def with_year(point: Point, year: int, other: Point, is_first: bool) -> Point:
    """``point`` in ``year``, moved a year so that it stays on its side of ``other``."""
    moved = replace(point, year=year)
    if other.year is None or moved.month is None:
        return moved
    key, other_key = _order_key(moved), _order_key(replace(other, year=other.year))
    if is_first and key > other_key:
        moved = replace(moved, year=year - 1)
    elif not is_first and key < other_key:
        moved = replace(moved, year=year + 1)
    return moved if moved.valid() else point


def _order_key(point: Point) -> tuple[int, int, int, int]:
    return (point.year or 0, point.month or 0, point.day or 0, point.hour or 0)


def member_timex(
    template: Timex, start: int, end: int, text: str, point: Point, rule: str, anchor: Anchor
) -> Timex:
    """A member timex with ``point`` as its value (offsets and text of the member)."""
    value = point.value()
    span = interval(value.split("T")[0])
    granularity, first, last = span if span else (None, None, None)
    return replace(
        template,
        start=start,
        end=end,
        text=text,
        type=TimexType.TIME if point.has_clock else TimexType.DATE,
        value=value,
        rule=rule,
        anchor=anchor,
        granularity=granularity,
        first_day=first,
        last_day=last,
        mod=template.mod if template.start == start else None,
    )


def revalued(timex: Timex, point: Point, anchor: Anchor) -> Timex:
    """A tagged member with a completed value (its span and rule kept)."""
    return member_timex(timex, timex.start, timex.end, timex.text, point, timex.rule, anchor)


def mod_day(member: Timex, as_first: bool) -> dt.date | None:
    """The day a range member begins (``as_first``) or ends the range, read as a point of its
    span: "early" its first day, "mid" its middle, "late" its last ("from mid-March" begins on
    March 16, "to the middle of September" ends on the 15th, "to the end of 2008" on Dec 31)."""
    first, last = member.first_day, member.last_day
    if first is None or last is None:
        return None
    middle = first + dt.timedelta(days=((last - first).days + 1) // 2)
    if member.mod == "START":
        return first
    if member.mod == "MID":
        return middle if as_first else middle - dt.timedelta(days=1)
    if member.mod == "END":
        return last
    return first if as_first else last


def duration(first: Timex, last: Timex) -> str | None:
    """TIMEX3 duration of a range: clock minutes between two times, else the whole years,
    months or days the inclusive days cover ("May to October" P6M, "3 to 5 March" P3D;
    "mid-March to late September" counts from the 16th of March)."""
    a, b = parse_point(first.value), parse_point(last.value)
    if a is not None and b is not None and a.has_clock and b.has_clock:
        return _clock_duration(a, b, first.first_day, last.first_day)
    begin, end = mod_day(first, as_first=True), mod_day(last, as_first=False)
    if begin is None or end is None or begin > end:
        return None
    after = end + dt.timedelta(days=1)
    coarse = (Granularity.YEAR, Granularity.DECADE, Granularity.CENTURY)
    if first.granularity in coarse and last.granularity in coarse and begin.month == after.month:
        return f"P{after.year - begin.year}Y"
    if begin.day == 1 and after.day == 1:
        return f"P{(after.year - begin.year) * 12 + after.month - begin.month}M"
    return f"P{(after - begin).days}D"


def _clock_duration(a: Point, b: Point, day_a: dt.date | None, day_b: dt.date | None) -> str:
    assert a.hour is not None and b.hour is not None
    minutes = (b.hour - a.hour) * 60 + (b.minute or 0) - (a.minute or 0)
    if day_a is not None and day_b is not None:
        minutes += (day_b - day_a).days * _MINUTES_PER_DAY
    if minutes <= 0:
        minutes += _MINUTES_PER_DAY  # "10pm to 2am"
    hours, rest = divmod(minutes, 60)
    if rest == 0 and hours % 24 == 0:
        return f"P{hours // 24}D"
    return "PT" + (f"{hours}H" if hours else "") + (f"{rest}M" if rest else "")
