"""Weeks, months, quarters and halves counted within a year ("the third week of 2018", "Q3
2019", "H2 2020") and the week holding a day ("the week of April 10"); texts written for these
tests, publication date Wed 2022-01-12."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.temporal.tagging_cases import check_values
from timeline.temporal import tag
from timeline.temporal.calendar import week_monday, weeks_in_year

DCT = dt.date(2022, 1, 12)

PARTS_OF_YEAR = [
    (
        "en-ordinal-week",
        "en",
        "Sales fell in the third week of 2018.",
        {"third week of 2018": "2018-W03"},
    ),
    ("en-digit-week", "en", "It starts in the 1st week of 2023.", {"1st week of 2023": "2023-W01"}),
    (
        "en-last-week-52",
        "en",
        "Prices rose in the last week of 2019.",
        {"last week of 2019": "2019-W52"},
    ),
    (
        "en-last-week-53",
        "en",
        "Snow fell in the final week of 2020.",
        {"final week of 2020": "2020-W53"},
    ),
    ("en-month", "en", "It opens in the third month of 2021.", {"third month of 2021": "2021-03"}),
    (
        "en-week-of-day",
        "en",
        "They met the week of March 6, 2000.",
        {"week of March 6, 2000": "2000-W10"},
    ),
    (
        "en-week-of-abbr",
        "en",
        "Talks resume the week of Nov. 14, 2005.",
        {"week of Nov. 14, 2005": "2005-W46"},
    ),
    ("en-q-year", "en", "Profit doubled in Q3 2019.", {"Q3 2019": "2019-Q3"}),
    ("en-q-dash-year", "en", "Profit doubled in Q1-2019.", {"Q1-2019": "2019-Q1"}),
    ("en-q-of-year", "en", "Profit doubled in Q1 of 2017.", {"Q1 of 2017": "2017-Q1"}),
    ("en-year-q", "en", "Profit doubled in 2019 Q4.", {"2019 Q4": "2019-Q4"}),
    ("en-half", "en", "Growth slowed in H2 2020.", {"H2 2020": "2020-H2"}),
    ("en-year-half", "en", "Growth slowed in 2019-H2.", {"2019-H2": "2019-H2"}),
    (
        "de-ordinal-week",
        "de",
        "In der dritten Woche 2018 fiel der Kurs.",
        {"dritten Woche 2018": "2018-W03"},
    ),
    (
        "de-last-week",
        "de",
        "Die letzte Woche des Jahres 2019 war kalt.",
        {"letzte Woche des Jahres 2019": "2019-W52"},
    ),
    ("de-month", "de", "Im dritten Monat 2021 eröffnet es.", {"dritten Monat 2021": "2021-03"}),
    ("de-q-slash", "de", "Der Umsatz stieg im Q1/2020.", {"Q1/2020": "2020-Q1"}),
    (
        "pt-ordinal-week",
        "pt",
        "Abre na primeira semana de 2021.",
        {"primeira semana de 2021": "2021-W01"},
    ),
    (
        "pt-segunda-week",
        "pt",
        "Abre na segunda semana de 2021.",
        {"segunda semana de 2021": "2021-W02"},
    ),
    (
        "pt-last-week",
        "pt",
        "Nevou na última semana de 2019.",
        {"última semana de 2019": "2019-W52"},
    ),
    ("pt-month", "pt", "Abre no terceiro mês de 2021.", {"terceiro mês de 2021": "2021-03"}),
    (
        "es-ordinal-week",
        "es",
        "Abre en la tercera semana de 2018.",
        {"tercera semana de 2018": "2018-W03"},
    ),
    (
        "fr-last-week",
        "fr",
        "Il a neigé la dernière semaine de 2019.",
        {"dernière semaine de 2019": "2019-W52"},
    ),
    (
        "it-ordinal-week",
        "it",
        "Apre nella prima settimana del 2021.",
        {"prima settimana del 2021": "2021-W01"},
    ),
    (
        "nl-ordinal-week",
        "nl",
        "Het opent in de derde week van 2018.",
        {"derde week van 2018": "2018-W03"},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [c[1:] for c in PARTS_OF_YEAR],
    ids=[c[0] for c in PARTS_OF_YEAR],
)
def test_a_part_counted_within_a_year(lang: str, text: str, expected: dict[str, str]) -> None:
    check_values(text, lang, DCT, expected)


NOT_PARTS = [
    ("en-week-of-talks", "en", "After a week of talks, 2018 looked better."),
    ("en-q-word", "en", "The Q 2019 survey"),
    ("en-h-bomb", "en", "An h-bomb test"),
    ("de-fifth-week", "de", "Die fünfte Woche der Proteste"),
    ("pt-semana-santa", "pt", "a segunda semana da greve"),
]


@pytest.mark.parametrize(
    ("lang", "text"), [c[1:] for c in NOT_PARTS], ids=[c[0] for c in NOT_PARTS]
)
def test_no_part_of_a_year_without_its_number(lang: str, text: str) -> None:
    values = [t.value for t in tag(text, lang, DCT)]
    assert not any(part in v for v in values for part in ("-W", "-Q", "-H")), values


@given(st.integers(min_value=1000, max_value=2099))
def test_the_last_iso_week_of_a_year_ends_it(year: int) -> None:
    last = weeks_in_year(year)
    assert week_monday(year, last).isocalendar().year == year
    assert (week_monday(year, last) + dt.timedelta(weeks=1)).isocalendar().year == year + 1
