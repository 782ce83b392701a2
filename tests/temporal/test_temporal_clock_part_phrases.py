"""A clock hour with its part of day written as a phrase: "at 10 in the morning", "um 5 Uhr am
Nachmittag", "om 7 uur in de avond" (texts written for these tests; publication date Wed
2022-01-12)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal.tagging_cases import check_values
from timeline.temporal import tag

DCT = dt.date(2022, 1, 12)

CLOCKS = [
    (
        "en-at-morning",
        "en",
        "It ended at 10 in the morning.",
        {"10 in the morning": "2022-01-12T10:00"},
    ),
    (
        "en-by-afternoon",
        "en",
        "Leave by 2 in the afternoon.",
        {"2 in the afternoon": "2022-01-12T14:00"},
    ),
    (
        "en-word-hour",
        "en",
        "They stayed until one in the morning.",
        {"one in the morning": "2022-01-12T01:00"},
    ),
    (
        "en-minutes-evening",
        "en",
        "It began around 9:30 in the evening.",
        {"around 9:30 in the evening": "2022-01-12T21:30"},
    ),
    (
        "en-after-day",
        "en",
        "We met Tuesday at 10 in the morning.",
        {"Tuesday at 10 in the morning": "2022-01-11T10:00"},
    ),
    (
        "de-nachmittag",
        "de",
        "Es begann gegen 5 Uhr am Nachmittag.",
        {"gegen 5 Uhr am Nachmittag": "2022-01-12T17:00"},
    ),
    (
        "de-abend-minutes",
        "de",
        "Er kam um 10:30 Uhr am Abend.",
        {"10:30 Uhr am Abend": "2022-01-12T22:30"},
    ),
    (
        "nl-avond",
        "nl",
        "Het begon om 7 uur in de avond.",
        {"om 7 uur in de avond": "2022-01-12T19:00"},
    ),
    (
        "nl-ochtend",
        "nl",
        "Het begon om 7 uur in de ochtend.",
        {"om 7 uur in de ochtend": "2022-01-12T07:00"},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in CLOCKS], ids=[c[0] for c in CLOCKS]
)
def test_a_clock_hour_takes_its_part_of_day(lang: str, text: str, expected: dict[str, str]) -> None:
    check_values(text, lang, DCT, expected)


COUNTS = [
    ("en-counted-victims", "en", "They killed 5 in the morning raid."),
    ("en-number-subject", "en", "Five were killed in the morning."),
    ("en-score", "en", "The team led 10 in the evening game."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in COUNTS], ids=[c[0] for c in COUNTS])
def test_a_count_before_a_part_of_day_is_no_clock(lang: str, text: str) -> None:
    assert [t for t in tag(text, lang, DCT) if "T" in t.value and t.value[-3:-2] == ":"] == []
