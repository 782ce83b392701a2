"""The merge's blocking index: which events registered a word or number on which days or years,
so that a telling is compared only with the events it may be.

An event up to a month long sits in its days, a longer one in its years. Candidates are placed
from the narrowest date to the widest, so when a short one is placed every event is short, and
a long one joins only long events; the one-day reconciling looks only at days. A look-up
therefore visits the same kind of cells as it registers in.
"""

from __future__ import annotations

from collections.abc import Collection

from timeline.model import EventDate

DAY_SPAN = 31  # events up to a month long are indexed by day, longer ones by year
MAX_YEARS = 200
WEEK_SPAN = 6  # from a week to a month long, an event is filed by stretch of days, not by day
STRETCH = 32  # days in a stretch: an event under a month long sits in one or two stretches


def stretches(date: EventDate, tolerance: int = 0) -> range:
    """The stretches of ``STRETCH`` days that a date widened by ``tolerance`` days touches."""
    first = (date.start.toordinal() - tolerance) // STRETCH
    return range(first, (date.end.toordinal() + tolerance) // STRETCH + 1)


def cells(date: EventDate, tolerance: int = 0) -> range:
    """Index cells of a date widened by ``tolerance`` days: its days (a cell is the day's
    ordinal) when it is under a month long, else its years (a cell is minus the year, so the
    two kinds never meet)."""
    if (date.end - date.start).days < DAY_SPAN:
        return range(date.start.toordinal() - tolerance, date.end.toordinal() + tolerance + 1)
    last = min(date.end.year, date.start.year + MAX_YEARS)
    return range(-last, -date.start.year + 1)


_Filed = dict[int, dict[str, list[int]]]  # cell -> index key -> events (an event may repeat)


def _file(filed: _Filed, event: int, span: range, keys: Collection[str]) -> None:
    for cell in span:
        postings = filed.get(cell)
        if postings is None:
            postings = filed[cell] = {}
        for key in keys:
            events = postings.get(key)
            if events is None:  # no empty list made and thrown away for every key
                postings[key] = [event]
            elif events[-1] != event:
                events.append(event)


def _gather(filed: _Filed, span: range, keys: Collection[str], found: set[int]) -> None:
    for cell in span:
        postings = filed.get(cell)
        if postings is not None:
            for key in postings.keys() & keys:  # the keys filed there, in one C loop
                found.update(postings[key])


class DateIndex:
    """Events by cell and index key (a name's word, a number, a content word).

    Events a week to a month long are few but would sit in up to 31 days each: they are filed
    by stretch of ``STRETCH`` days instead, and a look-up by day also gets those of the
    stretches its days touch (the caller keeps those whose dates overlap).
    """

    def __init__(self) -> None:
        self.by_cell: _Filed = {}
        self.by_stretch: _Filed = {}

    def register(self, event: int, date: EventDate, keys: Collection[str]) -> None:
        """File ``event`` under each key in the cells of ``date``."""
        if WEEK_SPAN <= (date.end - date.start).days < DAY_SPAN:
            _file(self.by_stretch, event, stretches(date), keys)
        else:
            _file(self.by_cell, event, cells(date), keys)

    def near(self, keys: Collection[str], date: EventDate, tolerance: int = 0) -> set[int]:
        """Every event filed under one of ``keys`` in a cell of ``date`` widened by
        ``tolerance`` days and, when ``date`` is under a month long, every event a week to a
        month long filed under one of them in the stretches it touches: the caller checks that
        the dates overlap."""
        found: set[int] = set()
        span = cells(date, tolerance)
        _gather(self.by_cell, span, keys, found)
        if span and self.by_stretch and (date.end - date.start).days < DAY_SPAN:
            # an event so filed shares a day with ``date`` exactly when their dates overlap
            # (the caller's test), unless ``date`` ends before it starts: it has no day
            _gather(self.by_stretch, stretches(date, tolerance), keys, found)
        return found
