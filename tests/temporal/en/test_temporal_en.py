"""English tagging: short texts written for these tests, resolved against a Wednesday."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal.tagging_cases import check_no_dates, check_values, tagged
from timeline.model import Anchor, TimexType

DCT = dt.date(2022, 1, 12)  # Wednesday, 2022-W02

VALUES = [
    (
        "past-weekday",
        "The mayor said on Tuesday that the bridge was closed.",
        {"Tuesday": "2022-01-11"},
    ),
    ("future-weekday", "The council will vote on Tuesday.", {"Tuesday": "2022-01-18"}),
    (
        "weekday-month-day",
        "On Monday January 10, the port reopened.",
        {"Monday January 10": "2022-01-10"},
    ),
    (
        "weekday-paren-day",
        "The ferry sank on Monday (10) near the coast.",
        {"Monday (10)": "2022-01-10"},
    ),
    ("last-week", "Floods hit the valley last week.", {"last week": "2022-W01"}),
    ("this-week", "Schools stay closed this week.", {"this week": "2022-W02"}),
    ("weekend-past", "Two shops were looted over the weekend.", {"the weekend": "2022-W01-WE"}),
    ("yesterday", "The strike ended yesterday.", {"yesterday": "2022-01-11"}),
    ("tomorrow-morning", "Talks resume tomorrow morning.", {"tomorrow morning": "2022-01-13TMO"}),
    ("full-date", "The treaty was signed on March 3, 2014.", {"March 3, 2014": "2014-03-03"}),
    ("day-month-year", "Elections took place on 7 May 2019.", {"7 May 2019": "2019-05-07"}),
    ("numeric-date", "Filed 10/17/2013 at the court.", {"10/17/2013": "2013-10-17"}),
    ("numeric-day-first", "Filed 17/10/2013 at the court.", {"17/10/2013": "2013-10-17"}),
    ("since-date", "Protests have spread since January 2.", {"January 2": "2022-01-02"}),
    ("in-year", "The dam was built in 2014.", {"2014": "2014"}),
    ("as-of-year", "As of 2017, the law applied to all ports.", {"2017": "2017"}),
    ("decade", "The mill dates from the 1920s.", {"the 1920s": "192"}),
    ("early-decade", "Trade grew in the early 2000s.", {"early 2000s": "200"}),
    ("century", "It is the worst drought of the 21st century.", {"the 21st century": "20"}),
    ("years-ago", "The town was founded 50 years ago.", {"50 years ago": "1972"}),
    ("duration", "The festival lasts ten days.", {"ten days": "P10D"}),
    ("past-in-two-days", "In two days, the rebels took the capital.", {"In two days": "P2D"}),
    (
        "future-in-two-days",
        "The rebels will reach the capital in two days.",
        {"in two days": "2022-01-14"},
    ),
    ("next-month", "Prices will rise next month.", {"next month": "2022-02"}),
    ("last-year", "Exports fell last year.", {"last year": "2021"}),
    (
        "quarter",
        "Profit rose in the third quarter of 2021.",
        {"the third quarter of 2021": "2021-Q3"},
    ),
    ("season", "The bridge reopens in summer 2023.", {"summer 2023": "2023-SU"}),
    ("set", "Buses run every week.", {"every week": "P1W"}),
    ("clock", "The blast happened at 9:30 pm.", {"9:30 pm": "2022-01-12T21:30"}),
    (
        "day-and-clock",
        "The blast happened on Tuesday at 9:30 pm.",
        {"Tuesday at 9:30 pm": "2022-01-11T21:30"},
    ),
    ("clock-then-day", "Polls close at 8 p.m. Friday.", {"8 p.m. Friday": "2022-01-14T20:00"}),
    ("month-of-last-year", "Sales peaked in June last year.", {"June last year": "2021-06"}),
    (
        "same-period",
        "Profit rose in the third quarter of 2021 from the same period last year.",
        {"the same period last year": "2020-Q3"},
    ),
    ("last-december", "Sales fell last December.", {"last December": "2021-12"}),
    ("last-wednesday", "The plant closed last Wednesday.", {"last Wednesday": "2022-01-05"}),
    (
        "year-ago-quarter",
        "Profit fell from the year-ago third quarter.",
        {"the year-ago third quarter": "2021-Q3"},
    ),
    ("quarter-before", "The firm reported third-quarter results.", {"third-quarter": "2021-Q3"}),
    ("holiday", "Shops close on Christmas Eve.", {"Christmas Eve": "2021-12-24"}),
    ("short-decade", "Prices were lower in the '90s.", {"the '90s": "199"}),
    ("every-thursday", "The market opens every Thursday.", {"every Thursday": "XXXX-WXX-4"}),
    ("movable-holiday", "Shops closed on Thanksgiving Day.", {"Thanksgiving Day": "2021-11-25"}),
    ("ordinal-day-past", "The deadline expired on the 18th.", {"the 18th": "2021-12-18"}),
    (
        "speech-day-not-promise",
        "The president Saturday vowed to rebuild the port.",
        {"Saturday": "2022-01-08"},
    ),
    ("noon-weekday", "Talks broke off at noon Thursday.", {"noon Thursday": "2022-01-06T12:00"}),
    (
        "clock-zone-date",
        "The offer expired at 5 p.m. EST Jan. 9.",
        {"5 p.m. EST Jan. 9": "2022-01-09T17:00"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in VALUES], ids=[c[0] for c in VALUES])
def test_values(text: str, expected: dict[str, str]) -> None:
    check_values(text, "en", DCT, expected)


def test_reported_speech_counts_from_the_day_of_the_speech() -> None:
    text = "Troops are expected to start leaving in two days, the president said on Tuesday."
    found = tagged(text, "en", DCT)
    assert found["in two days"].value == "2022-01-13"
    assert found["in two days"].anchor is Anchor.REPORTED_SPEECH
    assert found["Tuesday"].value == "2022-01-11"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The dam broke on 4 June 2020. The day before, engineers had warned the town.",
            {"The day before": "2020-06-03"},
        ),
        (
            "The siege began on 4 June 2020. Two days later, the garrison surrendered.",
            {"Two days later": "2020-06-06"},
        ),
        (
            "The siege began on 4 June 2020. The next day, food ran out.",
            {"The next day": "2020-06-05"},
        ),
    ],
    ids=["day-before", "two-days-later", "next-day"],
)
def test_anaphoric_against_previous_date(text: str, expected: dict[str, str]) -> None:
    check_values(text, "en", DCT, expected)
    assert all(tagged(text, "en", DCT)[k].anchor is Anchor.PREVIOUS for k in expected)


def test_by_month_is_before_and_future() -> None:
    found = tagged("The government promised the reforms by September.", "en", DCT)
    assert (found["September"].value, found["September"].mod) == ("2022-09", "BEFORE")


def test_mod_words_enter_the_span() -> None:
    found = tagged("Rebels attacked in early January.", "en", DCT)
    assert (found["early January"].value, found["early January"].mod) == ("2022-01", "START")


def test_without_dct_deictic_values_stay_underspecified() -> None:
    found = tagged(
        "Police said on Tuesday that the roads were closed last week, in 2014.", "en", None
    )
    assert found["Tuesday"].value == "XXXX-WXX-2" and found["Tuesday"].first_day is None
    assert found["last week"].value == "XXXX-WXX"
    assert found["2014"].value == "2014" and found["2014"].first_day == dt.date(2014, 1, 1)


def test_types_and_days_covered() -> None:
    found = tagged("The fair lasted ten days last week.", "en", DCT)
    assert found["ten days"].type is TimexType.DURATION and found["ten days"].first_day is None
    assert (found["last week"].first_day, found["last week"].last_day) == (
        dt.date(2022, 1, 3),
        dt.date(2022, 1, 9),
    )


NO_DATES = [
    ("prisoners", "Some 8,000 prisoners were freed."),
    ("soldiers", "About 3,000 soldiers arrived."),
    ("dead", "The toll rose to 164 dead."),
    ("percent", "Turnout was 68% and 19 percent voted no."),
    ("million", "A country of 18 million people."),
    ("sum", "The result, 17 + 11, was wrong."),
    ("thousands-dot", "The club has 100.000 members."),
    ("money", "The fine was $2014 in cash."),
    ("score", "Arsenal won 2-1 in the rain."),
    ("may-modal", "The rain may stop in the hills."),
    ("name-today", "Read more stories on Harbour News Today"),
]


@pytest.mark.parametrize("text", [c[1] for c in NO_DATES], ids=[c[0] for c in NO_DATES])
def test_numbers_that_are_not_dates(text: str) -> None:
    check_no_dates(text, "en", DCT)
