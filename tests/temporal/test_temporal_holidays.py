"""Movable holidays: Easter by the computus, n-th and last weekdays of a month."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import tag
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
        ("11-20>SU", 2020, D(2020, 11, 22)),
        ("11-20>SU", 2022, D(2022, 11, 20)),
        ("11-16>WE", 2021, D(2021, 11, 17)),
        ("02-30>SU", 2022, None),
    ],
    ids=[
        "thanksgiving",
        "last-monday",
        "first-monday",
        "easter-monday",
        "good-friday",
        "no-fifth-monday",
        "fixed-is-not-movable",
        "sunday-on-or-after",
        "sunday-on-the-day-itself",
        "wednesday-on-or-after",
        "impossible-start-day",
    ],
)
def test_holiday_date(rule: str, year: int, expected: dt.date | None) -> None:
    assert holiday_date(rule, year) == expected
    assert is_movable(rule) is (rule != "12-25")


HOLIDAY_WORDS = [
    # (id, lang, text, publication date, value)
    ("de-carnival-saturday", "de", "Wir feiern am Fastnachtssamstag.",
     D(2016, 11, 7), "2017-02-25"),
    ("de-harvest-festival", "de", "Am Erntedankfest wird die Kirche voll sein.",
     D(2021, 5, 4), "2021-10-03"),
    ("de-sunday-before-advent", "de", "Mit dem Ewigkeitssonntag endet es.",
     D(2020, 11, 7), "2020-11-22"),
    ("de-repentance-day-year", "de", "Am Buß- und Bettag 2021 ist schulfrei.",
     D(2021, 1, 5), "2021-11-17"),
    ("de-augsburg-peace", "de", "Das Augsburger Friedensfest 2019 war schön.",
     D(2018, 11, 7), "2019-08-08"),
    ("pt-ash-wednesday", "pt", "A Quarta-feira de Cinzas de 2021 foi fria.",
     D(2020, 11, 7), "2021-02-17"),
    ("pt-mothers-day-brazil", "pt", "No Dia das Mães de 2021 as lojas venderam mais.",
     D(2020, 11, 7), "2021-05-09"),
    ("pt-all-souls", "pt", "O cemitério abriu no dia de Finados.",
     D(2020, 11, 7), "2020-11-02"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "dct", "value"),
    [h[1:] for h in HOLIDAY_WORDS],
    ids=[h[0] for h in HOLIDAY_WORDS],
)
def test_holiday_words_resolve(lang: str, text: str, dct: dt.date, value: str) -> None:
    values = [t.value for t in tag(text, lang, dct)]
    assert value in values, values
