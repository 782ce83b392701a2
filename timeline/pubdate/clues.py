"""Temporal expressions read as clues about the day an article was written.

Each expression the tagger found says something, or nothing, about the writing day W:
a dateline names W itself; a weekday named with its date ("On Monday January 10", "Kamis
(17/10/2013)") was recent news, so W lies within six days after it (before it, in the future
tense); a full date told in the past is a lower bound; "today, Tuesday" fixes W's weekday; a
bare weekday ("said on Tuesday") makes the days just after it likelier; a year the text names
settles which of the years fitting a calendar pattern is meant. The whole text is read into
clues by ``text_clues.read_clues``.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, replace
from enum import StrEnum

from timeline.model import Granularity, Tense, TimexType
from timeline.pubdate.calendar import WEEKDAY_NAMES, fitting_days
from timeline.pubdate.datelines import dateline_rule
from timeline.temporal.expression import Expression
from timeline.temporal.moved_dates import moved_day

logger = logging.getLogger(__name__)

NEWS_WEEK = 6  # a weekday named as recent news lies at most six days before the writing day
PAST_AHEAD = 3  # a bare weekday beside a date told in the past is the one nearest that date
AROUND_AHEAD = 1  # ... beside a date told with no tense (often the day of writing): before it
# or the day after it
VALUE_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
ONE_DAY = dt.timedelta(days=1)
NUMERIC_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})")  # "03/08/1998", "17/10", "12.01."


class ClueKind(StrEnum):
    """What an expression proves about the writing day."""

    DATELINE = "dateline"  # the day of writing itself
    RECENT_DATE = "recent-date"  # a weekday with its date: within a news week of W
    DEICTIC_DATE = "deictic-date"  # "yesterday (17/10)": W is that date shifted back
    BOUND = "bound"  # a full date told in the past (W after it) or future (W before it)
    WRITING_WEEKDAY = "writing-weekday"  # W's own weekday ("today, Tuesday")
    RECENT_WEEKDAY = "recent-weekday"  # a bare weekday: the days just after it are likelier
    YEAR = "year"  # a year the text mentions, not in the future tense
    RELATIVE = "relative"  # "yesterday", "last week": news told relative to W, no calendar
    CURRENT_WEEK = "current-week"  # "this week": W lies in the week the text is about
    RETOLD = "retold"  # a weekday with its date the text also names as an event: W after it
    SPEECH_SHIFT = "speech-shift"  # "in two days, he said on Tuesday": W by Tuesday + 2 days


class Direction(StrEnum):
    """Whether the expression lies before W (past), after it (future) or either."""

    AFTER = "after"  # W is on or after the expression (past, present)
    BEFORE = "before"  # W is on or before it (future)
    AROUND = "around"  # tense unknown


@dataclass(frozen=True)
class Span:
    """Days W may be, with the likeliest one, and the day of news that fixes their week."""

    earliest: dt.date
    best: dt.date
    latest: dt.date
    anchor: dt.date | None = None  # a recent-news day told in the text: the week is its week
    ahead: int = 0  # days after the anchor a weekday told in the past may lie (0: it is W's day)

    def clip(self, low: dt.date | None, high: dt.date | None) -> Span | None:
        """This span cut to ``[low, high]``; None when nothing is left."""
        lo = max(self.earliest, low) if low else self.earliest
        hi = min(self.latest, high) if high else self.latest
        if lo > hi:
            return None
        return Span(lo, min(max(self.best, lo), hi), hi, self.anchor, self.ahead)


@dataclass(frozen=True)
class Clue:
    """One expression read as evidence about the writing day."""

    kind: ClueKind
    quote: str
    rule: str
    start: int
    direction: Direction = Direction.AROUND
    spans: tuple[Span, ...] = ()  # DATELINE, RECENT_DATE: one per day the pattern fits
    day: dt.date | None = None  # BOUND
    weekday: int | None = None  # WRITING_WEEKDAY, RECENT_WEEKDAY
    year: int | None = None  # YEAR; the named year of a DATELINE or RECENT_DATE
    named_year: bool = False
    note: str | None = None  # a problem with the expression itself, reported as a warning
    context: str | None = None  # RETOLD: the words that name its day as an event; SPEECH_SHIFT:
    # the words naming the speech's day
    shift: int | None = None  # SPEECH_SHIFT: days from the speech's weekday to the shifted day

    def describe(self) -> str:
        """The evidence line: the quoted words and what they prove."""
        q = f"'{self.quote}'"
        if self.kind is ClueKind.DATELINE:
            return f"{q} (dateline): the day of writing"
        if self.kind is ClueKind.RECENT_DATE:
            where = {
                Direction.AFTER: "written that day or in the six days after (a day's leeway)",
                Direction.BEFORE: "written that day or in the six days before (a day's leeway)",
                Direction.AROUND: "written within six days of it",
            }[self.direction]
            return f"{q} (a weekday with its date): {where}"
        if self.kind is ClueKind.DEICTIC_DATE:
            return f"{q} (a date counted from the day of writing): written on the day it implies"
        if self.kind is ClueKind.BOUND:
            side = "on or after" if self.direction is Direction.AFTER else "on or before"
            return f"{q}: written {side} {self.day}"
        if self.kind is ClueKind.WRITING_WEEKDAY and self.weekday is not None:
            return f"{q}: written on a {WEEKDAY_NAMES[self.weekday]}"
        if self.kind is ClueKind.RECENT_WEEKDAY and self.weekday is not None:
            side = "before" if self.direction is Direction.BEFORE else "after"
            return f"{q}: written within the week {side} a {WEEKDAY_NAMES[self.weekday]}"
        if self.kind is ClueKind.YEAR:
            return f"{q}: mentions {self.year}"
        if self.kind is ClueKind.CURRENT_WEEK:
            return f"{q}: written in the week it tells of"
        if self.kind is ClueKind.RETOLD:
            return f"{q}: retold after the fact ({self.context}), not news of that week"
        if self.kind is ClueKind.SPEECH_SHIFT:
            when = f"at most {self.shift} days (and a day's leeway) after that day"
            return f"{q} after '{self.context}' (still ahead): written {when}"
        return f"{q}: told relative to the day of writing"


def direction_of(tense: Tense) -> Direction:
    """Past and present tense put the expression on or before W; future after it."""
    if tense is Tense.FUTURE:
        return Direction.BEFORE
    if tense in (Tense.PAST, Tense.PRESENT):
        return Direction.AFTER
    return Direction.AROUND


def calendar_fields(e: Expression) -> tuple[int | None, int | None, int | None]:
    """Year, month and day named by the expression, from its fields or its full value."""
    year, month, day = e.year, e.month, e.day
    if e.value and year is None and month is None and day is None:
        match = VALUE_DATE.match(e.value)
        if match:
            year = int(match.group(1))
            month = int(match.group(2)) if match.group(2) else None
            day = int(match.group(3)) if match.group(3) else None
    return year, month, day


def recent_span(day: dt.date, direction: Direction) -> Span:
    """The writing days a recent-news date allows, by tense.

    One day the other way is allowed too: a tense the tagger reads may be wrong, and time
    zones shift the day ("Tuesday in New York", written on Wednesday morning in Jakarta).
    """
    week = dt.timedelta(days=NEWS_WEEK)
    if direction is Direction.BEFORE:
        return Span(day - week, day - ONE_DAY, day + ONE_DAY, day)
    if direction is Direction.AFTER:
        return Span(day - ONE_DAY, day + ONE_DAY, day + week, day, ahead=PAST_AHEAD)
    return Span(day - week, day + ONE_DAY, day + week, day, ahead=AROUND_AHEAD)


def _readings(
    e: Expression, month: int | None, day: int, header: bool
) -> list[tuple[int | None, int]]:
    """(month, day) readings of the expression. A numeric header date ("03/08/1998", day and
    month both at most 12) is read both ways: headers follow the system that wrote them, not
    the language (an English wire header in a Portuguese text); body text keeps the tagger's."""
    readings: list[tuple[int | None, int]] = [(month, day)]
    match = NUMERIC_DATE.search(e.text)
    if not header or month is None or month == day or month > 12 or day > 12 or not match:
        return readings
    if {int(match.group(1)), int(match.group(2))} == {month, day}:
        readings.append((day, month))
    return readings


def candidate_days(
    e: Expression, year: int | None, month: int | None, day: int, header: bool = False
) -> tuple[list[dt.date], int | None, str | None]:
    """The days the expression may name, the weekday kept, and a note when they disagree.

    A weekday that contradicts its written date is read as a slip of the year when the
    neighbouring year fits ("Kamis (11/12/2013)" written in December 2014); else the date is
    doubtful and proves nothing.
    """
    readings, weekday = _readings(e, month, day, header), e.weekday
    days = sorted({d for m, dd in readings for d in fitting_days(year, m, dd, weekday)})
    if days or weekday is None or year is None or month is None:
        return days, weekday, None
    near = sorted(
        {d for m, dd in readings for d in fitting_days(None, m, dd, weekday, (year - 1, year + 1))}
    )
    named = f"'{e.text}': {year}-{month:02d}-{day:02d} is not a {WEEKDAY_NAMES[weekday]}"
    if len(near) == 1:
        return near, weekday, f"{named}; read as {near[0]}, the neighbouring year it fits"
    return [], weekday, f"{named}; the date is doubtful and not used"


def _dated_clue(
    e: Expression, lang: str, text: str, year: int | None, month: int | None, day: int
) -> Clue | None:
    at_dateline = dateline_rule(text, e.start, lang)
    days, weekday, note = candidate_days(e, year, month, day, header=at_dateline is not None)
    direction = direction_of(e.tense)
    named = year is not None
    if at_dateline and (month is not None or weekday is not None):
        spans = tuple(Span(d, d, d + ONE_DAY) for d in days)
        kind, rule, direction = ClueKind.DATELINE, at_dateline, Direction.AFTER
    elif weekday is not None or note is not None:
        spans = tuple(recent_span(d, direction) for d in days)
        kind, rule = ClueKind.RECENT_DATE, e.rule
    elif named and month is not None and days and direction is not Direction.AROUND:
        bound = min(days) if direction is Direction.AFTER else max(days)
        return Clue(ClueKind.BOUND, e.text, e.rule, e.start, direction, day=bound, year=year)
    else:
        return None
    return Clue(
        kind,
        e.text,
        rule,
        e.start,
        direction,
        spans,
        weekday=weekday,
        year=year,
        named_year=named,
        note=note,
    )


def _week_span(day: dt.date, offset: int) -> Span:
    """The week ``-offset`` weeks after the one holding ``day``; best its middle (Thursday)."""
    monday = day - dt.timedelta(days=day.weekday(), weeks=offset)
    return Span(monday, monday + 3 * ONE_DAY, monday + 6 * ONE_DAY)


def _deictic_date_clue(e: Expression, year: int | None, month: int | None, day: int) -> Clue | None:
    """ "yesterday (17/10)", "last week, on Monday 10 January": W is that date shifted back."""
    assert e.offset is not None
    days, weekday, note = candidate_days(e, year, month, day)
    if e.unit is Granularity.DAY:
        shift = dt.timedelta(days=e.offset)
        spans = tuple(Span(d - shift, d - shift, d - shift) for d in days)
    elif e.unit is Granularity.WEEK:
        spans = tuple(_week_span(d, e.offset) for d in days)
    else:
        return None
    return Clue(
        ClueKind.DEICTIC_DATE,
        e.text,
        e.rule,
        e.start,
        Direction.AFTER,
        spans,
        weekday=weekday,
        year=year,
        named_year=year is not None,
        note=note,
    )


def as_moved(e: Expression) -> Expression | None:
    """ "two days after Christmas" names December 27: the day it names once moved (None when
    that day cannot be told: "two weeks before Easter", "a week after Monday")."""
    if e.moved_by is None:
        return e
    unit, amount = e.moved_by
    year, month, day = calendar_fields(e)
    if month is not None and day is not None:
        base = year or (2000 if (month, day) == (2, 29) else 2001)  # the year only for leaps
        moved = moved_day(dt.date(base, month, day), e.moved_by)
        if moved is None:
            return None
        kept = moved.year if year is not None else None
        return replace(e, year=kept, month=moved.month, day=moved.day, value=None, moved_by=None)
    if e.offset is not None and e.unit is unit and e.weekday is None:
        return replace(e, offset=e.offset + amount, moved_by=None)
    if e.offset is None and e.weekday is not None and unit is Granularity.DAY:
        return replace(e, weekday=(e.weekday + amount) % 7, moved_by=None)
    return None


def clue_of(e: Expression, text: str, lang: str) -> Clue | None:
    """What one expression proves about the writing day, or None."""
    if e.type not in (TimexType.DATE, TimexType.TIME) or e.anaphoric:
        return None
    if (moved := as_moved(e)) is None:
        return None
    e = moved
    if e.weekday is not None and not 0 <= e.weekday <= 6:
        logger.warning("expression %r: weekday %s is not 0..6; ignored", e.text, e.weekday)
        e = replace(e, weekday=None)
    year, month, day = calendar_fields(e)
    if e.offset is not None and day is not None:
        return _deictic_date_clue(e, year, month, day)
    if e.offset is not None:
        if e.unit is Granularity.DAY and e.weekday is not None:
            return Clue(
                ClueKind.WRITING_WEEKDAY,
                e.text,
                e.rule,
                e.start,
                weekday=(e.weekday - e.offset) % 7,
            )
        if e.unit is Granularity.WEEK and e.weekday is not None and e.offset != 0:
            side = Direction.AFTER if e.offset < 0 else Direction.BEFORE
            return Clue(ClueKind.RECENT_WEEKDAY, e.text, e.rule, e.start, side, weekday=e.weekday)
        if e.unit is Granularity.WEEK and e.offset == 0 and e.part is None:
            return Clue(ClueKind.CURRENT_WEEK, e.text, e.rule, e.start)
        if e.unit in (Granularity.DAY, Granularity.WEEK):
            return Clue(ClueKind.RELATIVE, e.text, e.rule, e.start)
        return None
    if day is not None:
        return _dated_clue(e, lang, text, year, month, day)
    if e.weekday is not None:
        prefix = text[text.rfind("\n", 0, e.start) + 1 : max(e.start, 0)]
        if dateline_rule(text, e.start, lang) and any(ch.isalpha() for ch in prefix):
            return Clue(ClueKind.WRITING_WEEKDAY, e.text, "dateline", e.start, weekday=e.weekday)
        # tense unknown: AROUND, scored as the past (news tells the recent past far more than
        # the future) but too unsure to cut the interval with
        direction = direction_of(e.tense)
        return Clue(ClueKind.RECENT_WEEKDAY, e.text, e.rule, e.start, direction, weekday=e.weekday)
    if (
        year is not None
        and e.tense is not Tense.FUTURE
        and e.granularity not in (Granularity.DECADE, Granularity.CENTURY)
    ):
        return Clue(ClueKind.YEAR, e.text, e.rule, e.start, year=year)
    return None
