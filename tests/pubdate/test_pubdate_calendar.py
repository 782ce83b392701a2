"""The calendar helpers, by table and by property."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.pubdate.calendar import (
    fitting_days,
    lag_after,
    lag_before,
    nearest_fitting_year,
    weekday_fits,
)

FITS = [
    ("monday-jan-10", (None, 1, 10, 0), (2000, 2030), [2000, 2005, 2011, 2022, 2028]),
    ("friday-aug-7", (None, 8, 7, 4), (1990, 2000), [1992, 1998]),
    ("named-year", (2013, 10, 17, 3), (1900, 2099), [2013]),
    ("named-year-wrong-weekday", (2013, 10, 17, 0), (1900, 2099), []),
    ("feb-29", (None, 2, 29, None), (1999, 2009), [2000, 2004, 2008]),
]


@pytest.mark.parametrize(
    ("fields", "years", "expected"), [c[1:] for c in FITS], ids=[c[0] for c in FITS]
)
def test_fitting_years(
    fields: tuple[int | None, int | None, int | None, int | None],
    years: tuple[int, int],
    expected: list[int],
) -> None:
    year, month, day, weekday = fields
    assert [d.year for d in fitting_days(year, month, day, weekday, years=years)] == expected


def test_monday_tenth_without_month_fits_several_months() -> None:
    days = list(fitting_days(2022, None, 10, 0))
    assert [d.month for d in days] == [1, 10]


def test_nearest_fitting_year() -> None:
    assert nearest_fitting_year([2011, 2022, 2028], 2019, 6) == 2022
    assert nearest_fitting_year([2000, 2005], 2000, 6) is None
    assert nearest_fitting_year([2011], 2019, 6) is None


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_a_day_fits_its_own_pattern(day: dt.date) -> None:
    assert day in list(fitting_days(None, day.month, day.day, day.weekday()))
    assert weekday_fits(day.year, day.month, day.day, day.weekday())


@given(st.integers(-5, 3000), st.integers(-2, 14), st.integers(-2, 40), st.integers(-1, 8))
def test_fitting_days_never_raises_and_fit(year: int, month: int, day: int, weekday: int) -> None:
    for d in fitting_days(year, month, day, weekday, years=(1990, 2000)):
        assert (d.year, d.month, d.day, d.weekday()) == (year, month, day, weekday)


@given(st.dates(), st.integers(0, 6))
def test_lags_are_within_a_week(day: dt.date, weekday: int) -> None:
    after, before = lag_after(day, weekday), lag_before(day, weekday)
    assert 0 <= after <= 6 and 0 <= before <= 6
    assert (day - dt.timedelta(days=after)).weekday() == weekday
