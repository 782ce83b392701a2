"""Clock times told with their day and part of the day ("Sonntag Abend um 10 Uhr"), the time
told outright ("São 3 horas."), half past an am/pm clock ("8pm e meia"), noon words ("zur
Mittagszeit"), and German nouns that are no sign of a headline ("5 Uhr Nachmittags"); texts
written for these tests, publication date Wed 2022-01-12."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal.tagging_cases import check_values
from timeline.model import Granularity, TimexType
from timeline.temporal.expression import Expression
from timeline.temporal.headline import in_title_case

DCT = dt.date(2022, 1, 12)

CASES = [
    # a weekday, its part of the day and the clock: one expression, the day kept
    ("de-weekday-part-clock", "de", "Das Konzert wird am Sonntag Abend um 10 Uhr beginnen.",
     {"Sonntag Abend um 10 Uhr": "2022-01-16T22:00"}),
    ("de-weekday-late-evening", "de", "Die Feier wird am sonntag spätabend um 10:00 beginnen.",
     {"sonntag spätabend um 10:00": "2022-01-16T22:00"}),
    ("de-weekday-morning", "de", "Wir reisen am Freitag Morgen um 6 Uhr ab.",
     {"Freitag Morgen um 6 Uhr": "2022-01-14T06:00"}),
    ("en-weekday-part-clock", "en", "The show will open Sunday evening at 10:00.",
     {"Sunday evening at 10:00": "2022-01-16T22:00"}),
    ("pt-weekday-part-clock", "pt", "O show vai começar domingo à noite às 10.",
     {"domingo à noite às 10": "2022-01-16T22:00"}),
    # the time told outright ends its sentence
    ("pt-told-time", "pt", "Que horas são? São 3 horas.", {"3 horas": "2022-01-12T03:00"}),
    ("pt-told-time-word", "pt", "Depressa, já são onze horas!", {"onze horas": "2022-01-12T11:00"}),
    ("pt-told-duration", "pt", "São 3 horas de viagem até lá.", {"3 horas": "PT3H"}),
    ("en-told-time", "en", "Hurry, it is 3 o'clock.", {"3 o'clock": "2022-01-12T03:00"}),
    # half past an am/pm clock
    ("pt-pm-half", "pt", "Vou voltar 8pm e meia.", {"8pm e meia": "2022-01-12T20:30"}),
    ("pt-pm-half-spaced", "pt", "Chego 9 pm e meia.", {"9 pm e meia": "2022-01-12T21:30"}),
    ("pt-am-half", "pt", "Saio 7 am e meia.", {"7 am e meia": "2022-01-12T07:30"}),
    ("pt-word-half", "pt", "O alarme toca às seis e meia.", {"seis e meia": "2022-01-12T06:30"}),
    ("pt-pm-part", "pt", "Vou voltar 8 pm da tarde dois de jan e saio.",
     {"8 pm da tarde dois de jan": "2022-01-02T20:00"}),
    # noon words
    ("de-lunchtime", "de", "Wir gehen zur Mittagszeit essen.", {"Mittagszeit": "2022-01-12T12:00"}),
    ("de-noon", "de", "Er kam gegen Mittag.", {"gegen Mittag": "2022-01-12T12:00"}),
    ("en-noon", "en", "He came at noon.", {"noon": "2022-01-12T12:00"}),
    # German nouns are capitalised in running text: no headline
    ("de-capital-part", "de", "Ich gehe jeden Tag um 3 Uhr Nachmittags.",
     {"3 Uhr Nachmittags": "2022-01-12T15:00"}),
    ("de-capital-range", "de", "Ich bin von 5 Uhr Nachmittags bis 6 Uhr Nachmittags weg.",
     {"5 Uhr Nachmittags": "2022-01-12T17:00", "6 Uhr Nachmittags": "2022-01-12T18:00"}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_clock_times_with_their_day(lang: str, text: str, expected: dict[str, str]) -> None:
    check_values(text, lang, DCT, expected)


def _expression(text: str, start: int, end: int) -> Expression:
    return Expression(
        start, end, text[start:end], TimexType.DATE, "t.rule", granularity=Granularity.DAY
    )


@pytest.mark.parametrize(
    ("text", "span", "nouns", "headline"),
    [
        ("Sie kam um 5 Uhr Nachmittags an", "5 Uhr Nachmittags", {"uhr"}, False),
        ("Sie kam Vier Tage Später an", "Vier Tage Später", {"tage"}, True),
        ("Profit Rose In The Third Quarter", "The Third Quarter", set(), True),
        ("Lucro subiu no terceiro trimestre", "terceiro trimestre", set(), False),
    ],
    ids=["de-noun-and-one-word", "de-two-words-left", "en-title-case", "pt-lower-case"],
)
def test_title_case_ignores_nouns(text: str, span: str, nouns: set[str], headline: bool) -> None:
    start = text.index(span)
    assert in_title_case(text, _expression(text, start, start + len(span)), nouns) is headline
