"""``merge_index.DateIndex`` against the index it replaced (every event filed under every key in
every day or year cell of its date, kept here as the reference): once the caller keeps the
events whose dates overlap, a look-up finds the same events."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.merge_index import DAY_SPAN, STRETCH, DateIndex, cells
from timeline.model import EventDate, Granularity

BASE = dt.date(2021, 12, 1)
WIDTHS = [-5, -2, 0, 1, 5, 6, 7, 13, 29, 30, 31, 45, 364, 800]  # end before start: no cell
KEYS = ["putin", "kasaxstan", "#12", "#2022", "~troop", "~leave"]


def date_of(start: int, width: int) -> EventDate:
    first = BASE + dt.timedelta(days=start)
    last = first + dt.timedelta(days=width)
    return EventDate(f"{first}/{last}", first, last, Granularity.DAY)


class CellIndex:
    """The reference: every key of an event in every cell of its date."""

    def __init__(self) -> None:
        self.filed: dict[tuple[int, str], set[int]] = {}

    def register(self, event: int, date: EventDate, keys: list[str]) -> None:
        for cell in cells(date):
            for key in keys:
                self.filed.setdefault((cell, key), set()).add(event)

    def near(self, keys: list[str], date: EventDate, tolerance: int) -> set[int]:
        return {
            event
            for cell in cells(date, tolerance)
            for key in keys
            for event in self.filed.get((cell, key), ())
        }


def overlapping(
    found: set[int], dates: dict[int, EventDate], date: EventDate, tolerance: int
) -> list[int]:
    """What the merge keeps of a look-up: the events whose dates overlap, in order."""
    slack = dt.timedelta(days=tolerance)
    return sorted(
        e
        for e in found
        if dates[e].start <= date.end + slack and date.start <= dates[e].end + slack
    )


date_strategy = st.builds(date_of, st.integers(0, 70), st.sampled_from(WIDTHS))
keys_strategy = st.lists(st.sampled_from(KEYS), min_size=1, max_size=4, unique=True)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(date_strategy, keys_strategy), max_size=30),
    st.lists(st.tuples(date_strategy, keys_strategy, st.sampled_from([0, 1])), max_size=15),
)
def test_look_ups_find_the_events_the_cell_index_found(
    events: list[tuple[EventDate, list[str]]],
    look_ups: list[tuple[EventDate, list[str], int]],
) -> None:
    index, reference = DateIndex(), CellIndex()
    dates: dict[int, EventDate] = {}
    for event, (date, keys) in enumerate(events):
        dates[event] = date
        for registry in (index, reference):
            registry.register(event, date, keys)
            registry.register(event, date, keys[:1])  # again, as a member joins
    for date, keys, tolerance in look_ups:
        assert overlapping(index.near(keys, date, tolerance), dates, date, tolerance) == (
            overlapping(reference.near(keys, date, tolerance), dates, date, tolerance)
        )


@pytest.mark.parametrize(
    ("width", "by_day"),
    [(0, True), (6, True), (30, True), (31, False), (400, False)],
    ids=["day", "week", "month", "just-over-a-month", "year-and-more"],
)
def test_short_dates_sit_in_days_and_long_ones_in_years(width: int, by_day: bool) -> None:
    date = date_of(10, width)
    span = cells(date)
    assert (min(span) > 0) is by_day
    assert ((date.end - date.start).days < DAY_SPAN) is by_day


def test_a_month_long_event_is_found_from_its_last_day_by_its_own_keys() -> None:
    index = DateIndex()
    month = date_of(0, 30)
    index.register(7, month, ["putin"])
    assert index.near(["putin"], date_of(30, 0)) == {7}
    assert index.near(["kasaxstan"], date_of(30, 0)) == set()
    assert 7 not in index.near(["putin"], date_of(2, 400))  # a long date looks at years


@pytest.mark.parametrize("width", [6, 13, 29], ids=["week", "fortnight", "month"])
def test_a_day_finds_a_longer_event_that_starts_next_day_in_the_next_stretch(width: int) -> None:
    day = date_of(0, 0)
    while (day.start.toordinal() + 1) % STRETCH:  # the last day of a stretch
        day = date_of((day.start - BASE).days + 1, 0)
    following = date_of((day.start - BASE).days + 1, width)
    index = DateIndex()
    index.register(3, following, ["kasaxstan"])
    assert index.near(["kasaxstan"], day, 1) == {3}
    assert index.near(["kasaxstan"], day, 0) == set()
