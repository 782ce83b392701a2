"""Each class of the second tagger pass, side by side in several languages (English included):
a weekday of a shifted week, days as words, week numbers, clock words, bare ordinal days.
Texts written for these tests; the reference day is a Wednesday."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal.tagging_cases import check_values

DCT = dt.date(2022, 1, 12)  # 2022-W02, Wednesday

CLASSES = [
    (
        "week-weekday-en",
        "en",
        "We meet next week on Tuesday.",
        {"next week on Tuesday": "2022-01-18"},
    ),
    (
        "week-weekday-en-after",
        "en",
        "It opens Monday of next week.",
        {"Monday of next week": "2022-01-17"},
    ),
    (
        "week-weekday-it",
        "it",
        "Apre martedì della settimana prossima.",
        {"martedì della settimana prossima": "2022-01-18"},
    ),
    (
        "week-weekday-nl",
        "nl",
        "Het opent volgende week dinsdag.",
        {"volgende week dinsdag": "2022-01-18"},
    ),
    ("week-number-en", "en", "Delivery is planned for week 31.", {"week 31": "2022-W31"}),
    ("week-number-en-year", "en", "It ends in week 3 of 2023.", {"week 3 of 2023": "2023-W03"}),
    ("week-number-it", "it", "La consegna è nella settimana 10.", {"settimana 10": "2022-W10"}),
    (
        "day-word-en",
        "en",
        "The fair opens on the first of May.",
        {"the first of May": "2022-05-01"},
    ),
    ("day-word-it", "it", "La fiera apre il primo maggio.", {"primo maggio": "2022-05-01"}),
    (
        "clock-half-en",
        "en",
        "Dinner is at half past seven.",
        {"half past seven": "2022-01-12T07:30"},
    ),
    (
        "clock-quarter-en",
        "en",
        "The bus leaves at a quarter to eight.",
        {"a quarter to eight": "2022-01-12T07:45"},
    ),
    (
        "clock-oclock-en",
        "en",
        "It starts at three o'clock in the afternoon.",
        {"three o'clock in the afternoon": "2022-01-12T15:00"},
    ),
    (
        "clock-dot-en",
        "en",
        "The show starts at 8.30pm today.",
        {"8.30pm today": "2022-01-12T20:30"},
    ),
    ("in-minutes-en", "en", "The train leaves in 5 minutes.", {"in 5 minutes": "2022-01-12T00:05"}),
    (
        "half-hours-en",
        "en",
        "The talk lasted one and a half hours.",
        {"one and a half hours": "PT1.5H"},
    ),
    (
        "ordinal-alone-en",
        "en",
        "The vote will be on Friday, the 21st.",
        {"Friday, the 21st": "2022-01-21"},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in CLASSES], ids=[c[0] for c in CLASSES]
)
def test_class_across_languages(lang: str, text: str, expected: dict[str, str]) -> None:
    check_values(text, lang, DCT, expected)
