"""A day and a clock time told together become one TIME, in every language of this pass;
a later part of the day moves the clock to the afternoon. Texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal.tagging_cases import check_values

DCT = dt.date(2022, 1, 12)  # Wednesday

JOINS = [
    (
        "nl-tomorrow-evening",
        "nl",
        "Het concert is half acht morgenavond.",
        {"half acht morgenavond": "2022-01-13T19:30"},
    ),
    ("nl-tomorrow-bare", "nl", "De bus vertrekt morgen 8:00.", {"morgen 8:00": "2022-01-13T08:00"}),
    ("fr-tomorrow-at", "fr", "Le bus part demain à 18:30.", {"demain à 18:30": "2022-01-13T18:30"}),
    (
        "es-tomorrow-half",
        "es",
        "Salimos mañana a las siete y media.",
        {"mañana a las siete y media": "2022-01-13T07:30"},
    ),
    (
        "it-tomorrow-half",
        "it",
        "Partiamo domani alle sette e mezza.",
        {"domani alle sette e mezza": "2022-01-13T07:30"},
    ),
    (
        "de-bare-clock",
        "de",
        "Die Sitzung beginnt heute um 18:12.",
        {"heute um 18:12": "2022-01-12T18:12"},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in JOINS], ids=[c[0] for c in JOINS]
)
def test_day_and_clock_join(lang: str, text: str, expected: dict[str, str]) -> None:
    check_values(text, lang, DCT, expected)
