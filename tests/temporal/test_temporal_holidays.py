"""Movable holidays: Easter by the computus, n-th and last weekdays of a month."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal.holidays import easter, holiday_date, is_movable

D = dt.date


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2000, D(2000, 4, 23)),
        (2022, D(2022, 4, 17)),
        (2024, D(2024, 3, 31)),
        (2038, D(2038, 4, 25)),
    ],
    ids=["2000", "2022", "2024", "2038-late"],
)
def test_easter(year: int, expected: dt.date) -> None:
    assert easter(year) == expected


@pytest.mark.parametrize(
    ("rule", "year", "expected"),
    [
        ("11-TH-4", 1999, D(1999, 11, 25)),
        ("05-MO-L", 2022, D(2022, 5, 30)),
        ("09-MO-1", 2021, D(2021, 9, 6)),
        ("EASTER+1", 2019, D(2019, 4, 22)),
        ("EASTER-2", 2022, D(2022, 4, 15)),
        ("02-MO-5", 2022, None),
        ("12-25", 2022, None),
    ],
    ids=[
        "thanksgiving",
        "last-monday",
        "first-monday",
        "easter-monday",
        "good-friday",
        "no-fifth-monday",
        "fixed-is-not-movable",
    ],
)
def test_holiday_date(rule: str, year: int, expected: dt.date | None) -> None:
    assert holiday_date(rule, year) == expected
    assert is_movable(rule) is (rule != "12-25")
