"""Weekdays and "this week" read once the week is known: they then narrow the writing day.

A bare weekday ("said on Tuesday", "am Dienstag", "pada Selasa") proves nothing alone: every day
follows some Tuesday. Once the text's week is known (a recent-news day it names, "Monday (10)",
or the period of the articles it is related to), news custom makes it that week's Tuesday (see
``weekday_in_week``). Told in the past, the article was written on that Tuesday or within the
six days after it; told in the future ("will meet on Friday"), within the six days before (or
the day after). A weekday whose tense is unknown cuts nothing. "This week" ("minggu ini",
"diese Woche") puts the writing day in the known week. A shift still ahead of a speech's weekday
("in two days, Tokayev said on Tuesday") puts it on or before that Tuesday + 2 days (a day's
leeway), the shifted day being still to come for the writer.
Each constraint is intersected with the span; one that leaves nothing is dropped with a warning.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from timeline.pubdate.calendar import WEEKDAY_NAMES
from timeline.pubdate.clues import Clue, ClueKind, Direction, Span

logger = logging.getLogger(__name__)

NEWS_WEEK = 6  # a weekday told as news lies at most six days from the writing day
FUTURE_LEEWAY = 1  # "will meet on Wednesday" may be read the morning after (time zones)


@dataclass
class WeekReading:
    """The span narrowed by the text's weekdays, with what decided it and what was dropped."""

    span: Span
    evidence: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    used: list[Clue] = field(default_factory=list)  # the clues that cut the span


def weekday_in_week(anchor: dt.date, weekday: int, direction: Direction, ahead: int = 0) -> dt.date:
    """The day with ``weekday`` (0 = Monday) that a text about ``anchor``'s week means.

    Told in the past, it is the last such day up to ``ahead`` days after ``anchor``: a date told
    with no tense ("Kamis (28/11/2013)", a header) is most often the day of writing or the day
    before (``ahead`` 1: the weekday lies before it, or is the next day); one told in the past
    is an event of the week (``ahead`` 3: the nearest such day, "Monday (10) ... on Tuesday"
    is the 11th); a corpus period's median day is about the day of writing (``ahead`` 1).
    Told in the future, the first such day after ``anchor``.
    """
    if direction is Direction.BEFORE:
        return anchor + dt.timedelta(days=(weekday - anchor.weekday() - 1) % 7 + 1)
    limit = anchor + dt.timedelta(days=ahead)
    return limit - dt.timedelta(days=(limit.weekday() - weekday) % 7)


def weekday_window(day: dt.date, direction: Direction) -> tuple[dt.date, dt.date]:
    """The writing days a weekday told as news allows: the six days after it, or before it."""
    week = dt.timedelta(days=NEWS_WEEK)
    if direction is Direction.BEFORE:
        return day - week, day + dt.timedelta(days=FUTURE_LEEWAY)
    return day, day + week


def iso_week(day: dt.date) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of the week holding ``day``."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def has_week_cues(clues: Sequence[Clue]) -> bool:
    """Whether the text names a bare weekday (the cue that needs a known week)."""
    return any(c.kind is ClueKind.RECENT_WEEKDAY for c in clues)


def narrow_to_week(span: Span, clues: Sequence[Clue]) -> WeekReading:
    """``span`` cut by the text's bare weekdays and "this week", in the week of its anchor.

    The anchor is the recent-news day that fixed the span (or the corpus period's median day);
    without one the week is not known and the span is returned unchanged.
    """
    anchor = span.anchor
    reading = WeekReading(span)
    if anchor is None:
        return reading
    for clue in clues:
        if clue.kind is ClueKind.RECENT_WEEKDAY and clue.direction is Direction.AROUND:
            continue  # tense unknown: past or future, no side to cut
        if clue.kind is ClueKind.RECENT_WEEKDAY and clue.weekday is not None:
            day = weekday_in_week(anchor, clue.weekday, clue.direction, span.ahead)
            low, high = weekday_window(day, clue.direction)
            side = "before" if clue.direction is Direction.BEFORE else "after"
            why = (
                f"'{clue.quote}': the {WEEKDAY_NAMES[clue.weekday]} of that week is {day}; "
                f"written on it or within the six days {side}"
            )
        elif clue.kind is ClueKind.SPEECH_SHIFT and clue.weekday is not None and clue.shift:
            said = weekday_in_week(anchor, clue.weekday, Direction.AFTER, span.ahead)
            ahead = said + dt.timedelta(days=clue.shift)
            low, high = None, ahead + dt.timedelta(days=FUTURE_LEEWAY)
            why = (
                f"'{clue.quote}' after '{clue.context}': the {WEEKDAY_NAMES[clue.weekday]} of "
                f"that week is {said}, so {ahead}, still ahead: written on or before it "
                "(a day's leeway)"
            )
        elif clue.kind is ClueKind.CURRENT_WEEK:
            low, high = iso_week(anchor)
            why = f"'{clue.quote}': written in the week of {low}..{high}"
        else:
            continue
        cut = reading.span.clip(low, high)
        if cut is None:
            reading.warnings.append(
                f"'{clue.quote}' does not fit the week of {anchor} the dated clues give; ignored"
            )
            continue
        reading.evidence.append(why)
        reading.used.append(clue)
        reading.span = cut
    logger.debug("week of %s: %s..%s", anchor, reading.span.earliest, reading.span.latest)
    return reading
