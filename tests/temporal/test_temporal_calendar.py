"""Calendar arithmetic on TIMEX3 values."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.model import Granularity
from timeline.temporal.calendar import interval, shift_value

D = dt.date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-01-10", (Granularity.DAY, D(2022, 1, 10), D(2022, 1, 10))),
        ("2022-02", (Granularity.MONTH, D(2022, 2, 1), D(2022, 2, 28))),
        ("2014", (Granularity.YEAR, D(2014, 1, 1), D(2014, 12, 31))),
        ("2022-W01", (Granularity.WEEK, D(2022, 1, 3), D(2022, 1, 9))),
        ("2022-W01-WE", (Granularity.WEEK, D(2022, 1, 8), D(2022, 1, 9))),
        ("2021-Q3", (Granularity.QUARTER, D(2021, 7, 1), D(2021, 9, 30))),
        ("2022-WI", (Granularity.SEASON, D(2021, 12, 1), D(2022, 2, 28))),
        ("192", (Granularity.DECADE, D(1920, 1, 1), D(1929, 12, 31))),
        ("20", (Granularity.CENTURY, D(2000, 1, 1), D(2099, 12, 31))),
        ("P2D", None),
        ("XXXX-WXX", None),
        ("2022-02-30", None),
    ],
    ids=[
        "day",
        "month",
        "year",
        "week",
        "weekend",
        "quarter",
        "winter",
        "decade",
        "century",
        "duration",
        "unknown",
        "impossible",
    ],
)
def test_interval(value: str, expected: object) -> None:
    assert interval(value) == expected


@pytest.mark.parametrize(
    ("unit", "offset", "expected"),
    [
        ("day", -1, "2022-01-11"),
        ("week", -1, "2022-W01"),
        ("week", 0, "2022-W02"),
        ("month", 1, "2022-02"),
        ("month", -1, "2021-12"),
        ("quarter", -1, "2021-Q4"),
        ("year", -50, "1972"),
        ("decade", 0, "202"),
        ("century", 0, "20"),
    ],
    ids=[
        "yesterday",
        "last-week",
        "this-week",
        "next-month",
        "last-month",
        "last-quarter",
        "50-years-ago",
        "this-decade",
        "this-century",
    ],
)
def test_shift_value(unit: str, offset: int, expected: str) -> None:
    assert shift_value(D(2022, 1, 12), unit, offset) == expected
