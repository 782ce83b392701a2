"""Years spoken in words in German (one word: "neunzehnhundertzweiundsiebzig") and Portuguese
("dois mil e vinte e sete"); texts written for these tests, publication date Wed 2022-01-12."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal.tagging_cases import check_values
from timeline.temporal import tag

DCT = dt.date(2022, 1, 12)

YEARS = [
    (
        "de-day-month",
        "de",
        "Er kam am 3. März neunzehnhundertzweiundsiebzig.",
        {"3. März neunzehnhundertzweiundsiebzig": "1972-03-03"},
    ),
    (
        "de-month",
        "de",
        "Es geschah im Mai zweitausendzwanzig.",
        {"Mai zweitausendzwanzig": "2020-05"},
    ),
    (
        "de-jahr",
        "de",
        "Im Jahre neunzehnhundertachtzehn endete er.",
        {"Jahre neunzehnhundertachtzehn": "1918"},
    ),
    (
        "de-hundert-und",
        "de",
        "Im Jahr neunzehnhundertundfünf begann es.",
        {"Jahr neunzehnhundertundfünf": "1905"},
    ),
    (
        "pt-full-date",
        "pt",
        "Chegou em 3 de março de dois mil e vinte.",
        {"3 de março de dois mil e vinte": "2020-03-03"},
    ),
    ("pt-month", "pt", "Foi em maio de dois mil e cinco.", {"maio de dois mil e cinco": "2005-05"}),
    (
        "pt-ano",
        "pt",
        "Termina no ano de dois mil e vinte e sete.",
        {"ano de dois mil e vinte e sete": "2027"},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in YEARS], ids=[c[0] for c in YEARS]
)
def test_a_year_in_words_is_read(lang: str, text: str, expected: dict[str, str]) -> None:
    check_values(text, lang, DCT, expected)


COUNTS = [
    ("de-people", "de", "Zweitausendzwanzig Menschen kamen."),
    ("de-after-month-count", "de", "Im Mai kamen zweitausendzwanzig Menschen."),
    ("pt-people", "pt", "Dois mil e vinte pessoas vieram."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in COUNTS], ids=[c[0] for c in COUNTS])
def test_a_count_in_words_stays_a_count(lang: str, text: str) -> None:
    assert not any(t.value.startswith("2020") for t in tag(text, lang, DCT))
