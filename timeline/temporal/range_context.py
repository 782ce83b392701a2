"""A range's members read in each other's context and beside their neighbours.

"Nov 18-Dec 19, 2015": the first member takes the year of the last; "2:20 to 3pm yesterday":
the bare clock takes the afternoon and the day; "from April to June in 2017": the year told
after the range applies to both members; "from 5 to 6pm of April 22": so does the day.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from timeline.model import Anchor, Tense, Timex
from timeline.temporal.range_data import RangeGrammar, RangeRule
from timeline.temporal.range_values import (
    Bare,
    Point,
    bare_hour,
    parse_point,
    revalued,
    with_year,
)


@dataclass(frozen=True)
class FoundRange:
    """A range found, before its day or year is looked for beside it."""

    start: int
    end: int
    rule: RangeRule
    first: Timex
    last: Timex
    first_index: int | None  # index of a tagged member in the sorted timexes; None: bare
    last_index: int | None


def year_of_previous(text: str, grammar: RangeGrammar, previous: Timex, t: Timex) -> bool:
    """ "26 June in 2019": a year told right after a date belongs to it, it opens no range."""
    point = parse_point(t.value)
    if point is None or not point.year_only or previous.anchor is Anchor.ABSOLUTE:
        return False
    gap = text[previous.end : t.start].lower()
    return (
        bool(gap.strip())
        and grammar.year_joiner.fullmatch(gap) is not None
        and (names_month(grammar, previous))
    )


def aligned(
    grammar: RangeGrammar, a: Timex, b: Timex, opened: bool
) -> tuple[Timex | None, Timex | None]:
    """The members with the year one states given to the other ("Nov 18 - Dec 19, 2015"),
    and, in a range an opener marks, an end before its start moved to the next year ("from
    10/25 to 01/25"; without one, "revised Friday to December's figures" is no range)."""
    pa, pb = parse_point(a.value), parse_point(b.value)
    if pa is not None and pb is not None and pa.has_clock and pb.has_clock:
        later = _weekday_after(grammar, a, b, pb)  # "von Montag 7 Uhr bis Freitag 15 Uhr"
        return (a, later) if later is not None else _clocks_aligned(a, b, pa, pb)
    if pa is None or pb is None or pa.has_clock or pa.year is None or pb.year is None:
        return a, b
    later = _weekday_after(grammar, a, b)
    if later is not None:
        return a, later
    stated_a, stated_b = a.anchor is Anchor.ABSOLUTE, b.anchor is Anchor.ABSOLUTE
    if stated_b and not stated_a and names_month(grammar, a):
        return revalued(a, with_year(pa, pb.year, pb, True), Anchor.PREVIOUS), b
    if stated_a and not stated_b and names_month(grammar, b):
        return a, revalued(b, with_year(pb, pa.year, pa, False), Anchor.PREVIOUS)
    if not opened or a.first_day is None or b.first_day is None or b.first_day >= a.first_day:
        return a, b
    # a date without its year that would end the range before it starts ("from today until
    # 17 November", "from 10/25 to 01/25") is the next one, unless told in the past ("fell from
    # Friday to December" is no range); a start, the one before
    if not stated_b and names_month(grammar, b) and b.tense is not Tense.PAST:
        return a, revalued(b, with_year(pb, pa.year, pa, False), b.anchor)
    if not stated_a and names_month(grammar, a):
        return revalued(a, with_year(pa, pb.year, pb, True), a.anchor), b
    return a, b


_WEEK = 7


def _weekday_after(
    grammar: RangeGrammar, a: Timex, b: Timex, clock: Point | None = None
) -> Timex | None:
    """ "from next Monday to Friday", "von Montag bis Freitag": two weekdays, each resolved on
    its own, may fall in different weeks; the last is the first such weekday after the first
    (with ``clock``, the last's time kept: "Montag 7 Uhr bis Freitag 15 Uhr")."""
    if a.first_day is None or b.first_day is None or b.first_day >= a.first_day:
        return None
    if not (names_weekday(grammar, a) and names_weekday(grammar, b)) or names_month(grammar, b):
        return None
    if clock is None and any(c.isdigit() for c in b.text):
        return None  # "Friday 13" is a date
    weeks = (a.first_day - b.first_day).days // _WEEK + 1
    day = b.first_day + dt.timedelta(days=_WEEK * weeks)
    if (day - a.first_day).days >= _WEEK:
        return None
    hour, minute = (clock.hour, clock.minute) if clock is not None else (None, None)
    return revalued(b, Point(day.year, day.month, day.day, hour, minute), a.anchor)


def names_weekday(grammar: RangeGrammar, t: Timex) -> bool:
    """A day told by its weekday ("Friday", "nächsten Montag")."""
    return grammar.weekday_word.search(t.text.lower()) is not None


_PURE_CLOCK = re.compile(r"\d{1,2}(?:[:.h]\d\d)?")


def pure_clock(t: Timex) -> bool:
    """A clock time with neither a half of the day nor a day told: "2:20", "7.30"."""
    return _PURE_CLOCK.fullmatch(t.text.strip()) is not None


def _clocks_aligned(a: Timex, b: Timex, pa: Point, pb: Point) -> tuple[Timex, Timex]:
    """ "2:20 to 3pm" is 14:20 to 15:00; "3:00 to 4:00 tomorrow" is on tomorrow for both."""
    if pure_clock(a) and not pure_clock(b):
        hour = bare_hour(Bare(pa.hour, pa.minute), pb, bare_first=True)
        point = replace(hour or pa, year=pb.year, month=pb.month, day=pb.day)
        return revalued(a, point, b.anchor), b
    if pure_clock(b) and not pure_clock(a):
        hour = bare_hour(Bare(pb.hour, pb.minute), pa, bare_first=False)
        point = replace(hour or pb, year=pa.year, month=pa.month, day=pa.day)
        return a, revalued(b, point, a.anchor)
    if _ENDS_IN_CLOCK.search(a.text) and not _ENDS_IN_CLOCK.search(b.text):
        hour = bare_hour(Bare(pa.hour, pa.minute), pb, bare_first=True)
        if hour is not None:  # "Tuesday at 2:00 - 2:30 pm": 14:00, still on Tuesday
            return revalued(a, replace(pa, hour=hour.hour, minute=hour.minute), a.anchor), b
    return a, b


_ENDS_IN_CLOCK = re.compile(r"(?<![\d:.])\d{1,2}(?:[:.h]\d\d)?$")


def names_month(grammar: RangeGrammar, t: Timex) -> bool:
    """A calendar date without its year ("June", "May 5", "10/25"), not a weekday or "today"."""
    return grammar.month_word.search(t.text.lower()) is not None


_PART_ORDER = {"START": 0, "MID": 1, "END": 2}


def found_members(found: FoundRange) -> tuple[tuple[Timex, int | None], ...]:
    """The members of a range with their index among the timexes (None: a bare one)."""
    return (found.first, found.first_index), (found.last, found.last_index)


def in_order(first: Timex, last: Timex) -> bool:
    """Whether ``first`` begins before ``last`` ("Anfang" before "Ende" of the same May)."""
    if first.value == last.value and first.mod != last.mod:
        return _PART_ORDER.get(first.mod or "", -1) < _PART_ORDER.get(last.mod or "", 3)
    if first.first_day is not None and last.first_day is not None:
        if first.first_day > last.first_day:
            return False
        if first.first_day == last.first_day and first.value >= last.value:
            return False  # "5pm to 5pm", or the same day twice
    return first.value != last.value


def beside(
    text: str, grammar: RangeGrammar, members: list[Timex], found: FoundRange, used: set[int]
) -> FoundRange:
    """A year told after a date range applies to both members; a day told beside a clock
    range is the day of both ("from 5 to 6pm of April 22", "Monday 8-9am")."""
    last_index = found.last_index if found.last_index is not None else found.first_index
    assert last_index is not None
    after = last_index + 1
    following = members[after] if after < len(members) and after not in used else None
    if following is not None and following.start < found.end:
        following = None
    first_index = found.first_index if found.first_index is not None else last_index
    before = first_index - 1
    previous = members[before] if before >= 0 and before not in used else None
    if previous is not None and previous.end > found.start:
        previous = None
    pf, pl = parse_point(found.first.value), parse_point(found.last.value)
    if pf is None or pl is None:
        return found
    if pf.has_clock:
        for neighbour, index in ((following, after), (previous, before)):
            value = neighbour.value if neighbour is not None else ""
            part = value[-2:] if _DAY_PART.search(value) else None
            day = parse_point(_DAY_PART.sub("", value)) if neighbour is not None else None
            if neighbour is None or day is None or day.day is None or day.has_clock:
                continue
            gap = (
                text[found.end : neighbour.start]
                if neighbour.start >= found.end
                else text[neighbour.end : found.start]
            )
            if not grammar.day_joiner.fullmatch(gap.lower()):
                continue
            used.add(index)
            return _on_day(found, neighbour, day, part)
        return found
    year = parse_point(following.value) if following is not None else None
    if following is None or year is None or not year.year_only or year.year is None:
        return found
    if following.anchor is not Anchor.ABSOLUTE:
        return found
    if not grammar.year_joiner.fullmatch(text[found.end : following.start].lower()):
        return found
    if found.first.anchor is Anchor.ABSOLUTE and found.last.anchor is Anchor.ABSOLUTE:
        return found
    if pf.month is None or pl.month is None:
        return found
    tagged = [m for m, i in found_members(found) if i is not None]
    if any(m.anchor is not Anchor.ABSOLUTE and not names_month(grammar, m) for m in tagged):
        return found  # "Monday to Friday, 2014 to 2018": the year is no weekday's
    used.add(after)
    last_point = replace(pl, year=year.year) if found.last.anchor is not Anchor.ABSOLUTE else pl
    first_point = pf
    if found.first.anchor is not Anchor.ABSOLUTE:
        first_point = with_year(pf, year.year, last_point, True)
    first = revalued(found.first, first_point, Anchor.ABSOLUTE)
    last = revalued(found.last, last_point, Anchor.ABSOLUTE)
    if not first_point.valid() or not last_point.valid() or not in_order(first, last):
        return found
    return replace(found, end=following.end, first=first, last=last)


_DAY_PART = re.compile(r"T(?:MO|AF|EV|NI)$")
_LATER_PARTS = ("AF", "EV", "NI")


def _on_day(found: FoundRange, neighbour: Timex, day: Point, part: str | None) -> FoundRange:
    """Both clock members on the day told beside them; "in the evening" puts a clock that
    names no half of the day after noon."""

    def moved(t: Timex, bare: bool) -> Timex:
        point = parse_point(t.value)
        assert point is not None and point.hour is not None
        hour = point.hour
        if part in _LATER_PARTS and hour < 12 and (bare or pure_clock(t)):
            hour += 12
        point = replace(point, year=day.year, month=day.month, day=day.day, hour=hour)
        return revalued(t, point, neighbour.anchor)

    first, last = (
        moved(found.first, found.first_index is None),
        moved(found.last, found.last_index is None),
    )
    if last.value <= first.value and last.first_day is not None:  # "10pm-2am", "10am-12am"
        after = last.first_day + dt.timedelta(days=1)
        point = parse_point(last.value)
        assert point is not None
        next_day = replace(point, year=after.year, month=after.month, day=after.day)
        last = revalued(last, next_day, last.anchor)
    return replace(
        found,
        start=min(found.start, neighbour.start),
        end=max(found.end, neighbour.end),
        first=first,
        last=last,
    )
