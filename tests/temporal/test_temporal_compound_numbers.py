"""Compound number words built from tens and units (texts written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.temporal.tagging_cases import check_values
from timeline.temporal.lexicon import load_language
from timeline.temporal.number_words import compound_words

DCT = dt.date(2022, 1, 12)

_EN_TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy"}
_EN_UNITS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven"}

GENERATED = [
    ("en-hyphen", "en", "number", "twenty-nine", 29),
    ("en-space", "en", "number", "thirty five", 35),
    ("en-ordinal", "en", "ordinal", "twenty-ninth", 29),
    ("en-ordinal-space", "en", "ordinal", "thirty first", 31),
    ("de-number", "de", "number", "neunundzwanzig", 29),
    ("de-ordinal", "de", "ordinal", "neunundzwanzigsten", 29),
    ("pt-number", "pt", "number", "vinte e cinco", 25),
]


@pytest.mark.parametrize(
    ("lang", "list_name", "word", "value"),
    [c[1:] for c in GENERATED],
    ids=[c[0] for c in GENERATED],
)
def test_compounds_are_generated(lang: str, list_name: str, word: str, value: int) -> None:
    assert load_language(lang).words[list_name][word] == value


@given(st.sampled_from(sorted(_EN_TENS)), st.sampled_from(sorted(_EN_UNITS)))
def test_every_compound_adds_its_parts(tens: int, unit: int) -> None:
    words = {
        "number": {**{w: n for n, w in _EN_TENS.items()}, **{w: n for n, w in _EN_UNITS.items()}}
    }
    made = compound_words(words, {"number": ["{tens}-{unit}", "{unit}und{tens}"]})["number"]
    assert made[f"{_EN_TENS[tens]}-{_EN_UNITS[unit]}"] == tens + unit
    assert made[f"{_EN_UNITS[unit]}und{_EN_TENS[tens]}"] == tens + unit


def test_existing_words_win_and_bad_templates_are_skipped() -> None:
    words = {"number": {"twenty": 20, "one": 1, "twenty-one": 99, "a": 1}}
    made = compound_words(words, {"number": ["{tens}-{unit}", "{tens}"]})
    assert made["number"] == {}  # "twenty-one" exists; "twenty-a" needs a real word


VALUES = [
    ("en-duration", "en", "The siege lasted twenty nine days.", {"twenty nine days": "P29D"}),
    ("en-years", "en", "The war lasted thirty-five years.", {"thirty-five years": "P35Y"}),
    (
        "en-month-ordinal",
        "en",
        "The fair opens on May twenty-ninth.",
        {"May twenty-ninth": "2022-05-29"},
    ),
    (
        "en-month-two-words",
        "en",
        "The fair opens on February twenty second.",
        {"February twenty second": "2022-02-22"},
    ),
    (
        "de-day",
        "de",
        "Die Messe öffnet am neunundzwanzigsten Mai.",
        {"neunundzwanzigsten Mai": "2022-05-29"},
    ),
    (
        "de-duration",
        "de",
        "Die Belagerung dauerte einundzwanzig Tage.",
        {"einundzwanzig Tage": "P21D"},
    ),
    ("pt-duration", "pt", "A guerra durou vinte e cinco anos.", {"vinte e cinco anos": "P25Y"}),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in VALUES], ids=[c[0] for c in VALUES]
)
def test_compound_numbers_in_text(lang: str, text: str, expected: dict[str, str]) -> None:
    check_values(text, lang, DCT, expected)


def test_a_cardinal_after_a_month_is_no_day() -> None:
    check_values("In March two companies merged.", "en", DCT, {"March two": None})
