"""Sets, holidays, years in words, spoken German dates, numeric dates after a date word
(texts written for these tests; publication date Wed 2022-01-12)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.temporal.tagging_cases import check_no_dates, check_values
from timeline.temporal.holidays import holiday_date
from timeline.temporal.lexicon import load_language
from timeline.temporal.year_words import year_word_value

DCT = dt.date(2022, 1, 12)

OTHER_CLASSES = [
    ("en-plural-weekday", "en", "The market opens Tuesdays.", {"Tuesdays": "XXXX-WXX-2"}),
    ("en-plural-part", "en", "She runs Friday mornings.", {"Friday mornings": "XXXX-WXX-5TMO"}),
    ("en-each-at", "en", "We call each Monday at 4pm.", {"each Monday at 4pm": "XXXX-WXX-1T16:00"}),
    ("en-glued-minutes", "en", "The walk takes 45min.", {"45min": "PT45M"}),
    ("en-glued-decimal", "en", "He served 3.5years.", {"3.5years": "P3.5Y"}),
    (
        "en-black-friday",
        "en",
        "Stores opened early on Black Friday 2010.",
        {"Black Friday 2010": "2010-11-26"},
    ),
    (
        "en-mlk-day",
        "en",
        "Schools close on Martin Luther King Day 2021.",
        {"Martin Luther King Day 2021": "2021-01-18"},
    ),
    ("es-holiday", "es", "Llegaron en Navidad de 2020.", {"Navidad de 2020": "2020-12-25"}),
    ("fr-holiday", "fr", "Ils sont arrivés à Noël 2020.", {"Noël 2020": "2020-12-25"}),
    ("it-holiday", "it", "Sono arrivati a Natale 2020.", {"Natale 2020": "2020-12-25"}),
    ("nl-holiday", "nl", "Ze kwamen met Pasen 2021.", {"Pasen 2021": "2021-04-04"}),
    ("pt-dia-numeric", "pt", "A compra feita no dia 17/11 chegou.", {"dia 17/11": "2021-11-17"}),
    (
        "pt-every-weekday",
        "pt",
        "A feira abre toda segunda-feira.",
        {"toda segunda-feira": "XXXX-WXX-1"},
    ),
    ("es-every-weekday", "es", "El mercado abre cada lunes.", {"cada lunes": "XXXX-WXX-1"}),
    (
        "fr-every-weekday",
        "fr",
        "Le marché ouvre tous les mardis.",
        {"tous les mardis": "XXXX-WXX-2"},
    ),
    ("it-every-weekday", "it", "Il mercato apre ogni lunedì.", {"ogni lunedì": "XXXX-WXX-1"}),
    ("nl-every-weekday", "nl", "De markt is elke maandag open.", {"elke maandag": "XXXX-WXX-1"}),
]

OTHER_CLASSES += [
    (
        "pt-weekday-day-word",
        "pt",
        "O salário cai terça-feira dia vinte e cinco.",
        {"terça-feira dia vinte e cinco": "2022-01-25"},
    ),
    (
        "de-weekday-der-day",
        "de",
        "Das Gehalt kommt Dienstag, der 25. Dann ist gut.",
        {"Dienstag, der 25.": "2022-01-25"},
    ),
    (
        "de-ordinal-month",
        "de",
        "Wir kommen am siebten vierten zurück.",
        {"siebten vierten": "2022-04-07"},
    ),
    (
        "de-weekday-ordinals",
        "de",
        "Es war Donnerstag, den siebenundzwanzigsten zwölften.",
        {"Donnerstag, den siebenundzwanzigsten zwölften": "2018-12-27"},
    ),
    ("de-dot-ordinal", "de", "Abgabe ist am 7. vierter 2016.", {"7. vierter 2016": "2016-04-07"}),
]

OTHER_NO_DATES = [
    ("en-thus", "en", "Thus the plan failed."),
    ("pt-fraction", "pt", "Cerca de 3/4 dos eleitores votaram."),
    ("es-royals", "es", "Los reyes visitaron la ciudad."),
    ("de-count-ordinal", "de", "Es kam eine zweite Welle."),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in OTHER_CLASSES], ids=[c[0] for c in OTHER_CLASSES]
)
def test_sets_durations_quarters_holidays(lang: str, text: str, expected: dict[str, str]) -> None:
    check_values(text, lang, DCT, expected)


@pytest.mark.parametrize(
    ("lang", "text"), [c[1:] for c in OTHER_NO_DATES], ids=[c[0] for c in OTHER_NO_DATES]
)
def test_words_that_look_like_those_classes_are_no_dates(lang: str, text: str) -> None:
    check_no_dates(text, lang, DCT)


@given(st.integers(1600, 2400), st.integers(-6, 6))
def test_a_holiday_offset_moves_the_nth_weekday(year: int, days: int) -> None:
    base = holiday_date("11-TH-4", year)
    assert base is not None
    assert holiday_date(f"11-TH-4{days:+d}", year) == base + dt.timedelta(days=days)


YEARS_IN_WORDS = [
    (
        "en-day-month",
        "en",
        "Born 13 Sept nineteen seventy-two in Ohio.",
        {"13 Sept nineteen seventy-two": "1972-09-13"},
    ),
    (
        "en-hundred",
        "en",
        "Founded 6 April seventeen hundred thirty three.",
        {"6 April seventeen hundred thirty three": "1733-04-06"},
    ),
    (
        "en-thousand",
        "en",
        "It ends January first two thousand and thirty two.",
        {"January first two thousand and thirty two": "2032-01-01"},
    ),
    (
        "en-of-year",
        "en",
        "Signed the fourth of July of 1995.",
        {"the fourth of July of 1995": "1995-07-04"},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [c[1:] for c in YEARS_IN_WORDS],
    ids=[c[0] for c in YEARS_IN_WORDS],
)
def test_years_in_words(lang: str, text: str, expected: dict[str, str]) -> None:
    check_values(text, lang, DCT, expected)


def test_a_count_after_a_day_is_no_year_or_time() -> None:
    check_values("On March 3 twenty five people died.", "en", DCT, {"March 3": "2022-03-03"})


@given(st.integers(1100, 2099))
def test_every_spoken_year_reads_back(year: int) -> None:
    data = load_language("en")
    numbers = data.words["number"]
    spelled = {value: word for word, value in sorted(numbers.items()) if isinstance(value, int)}
    century, rest = divmod(year, 100)
    if year >= 2000:
        text = "two thousand" + (f" and {spelled[rest]}" if rest else "")
    elif rest >= 10:
        text = f"{spelled[century]} {spelled[rest]}"
    else:
        text = f"{spelled[century]} hundred {spelled[rest]}" if rest else ""
    if text and not text.endswith("two thousand"):
        assert year_word_value(numbers, data.year_templates, text) == year
