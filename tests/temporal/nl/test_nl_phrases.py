"""Dutch phrase classes of the second tagger pass: shifted weeks, day words, week numbers,
clock words, sub-day shifts, mods before a day. Texts written here."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal.tagging_cases import check_values, tagged

DCT = dt.date(2022, 1, 12)  # woensdag, 2022-W02

VALUES = [
    (
        "next-week-op-weekday",
        "We zien elkaar volgende week op dinsdag.",
        {"volgende week op dinsdag": "2022-01-18"},
    ),
    ("last-week-weekday", "Hij kwam vorige week dinsdag.", {"vorige week dinsdag": "2022-01-04"}),
    (
        "weekday-of-week",
        "Het opent maandag van de volgende week.",
        {"maandag van de volgende week": "2022-01-17"},
    ),
    ("day-word", "Het feest is op eerste januari.", {"eerste januari": "2022-01-01"}),
    ("day-word-van", "Ze kwam de tweede van augustus.", {"tweede van augustus": "2021-08-02"}),
    ("week-number", "De levering komt in week 31.", {"week 31": "2022-W31"}),
    ("half-hour", "We eten om half acht.", {"half acht": "2022-01-12T07:30"}),
    (
        "quarter-past-evening",
        "Het begint kwart over zeven 's avonds.",
        {"kwart over zeven 's avonds": "2022-01-12T19:15"},
    ),
    (
        "word-hour",
        "We vertrekken om zes uur 's avonds.",
        {"om zes uur 's avonds": "2022-01-12T18:00"},
    ),
    ("in-an-hour", "De winkel gaat over een uur open.", {"over een uur": "2022-01-12T01:00"}),
    (
        "next-month-name",
        "Het museum opent aanstaande september.",
        {"aanstaande september": "2022-09"},
    ),
    ("last-month-name", "Afgelopen maart viel er sneeuw.", {"Afgelopen maart": "2021-03"}),
    (
        "part-then-clock",
        "Hij komt 's middags om 7 uur.",
        {"'s middags om 7 uur": "2022-01-12T19:00"},
    ),
    ("clock-u-suffix", "De trein vertrekt om 20.15u.", {"om 20.15u": "2022-01-12T20:15"}),
    ("half-month-still-mid", "Half november viel sneeuw.", {"Half november": "2021-11"}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in VALUES], ids=[c[0] for c in VALUES])
def test_phrase_values(text: str, expected: dict[str, str]) -> None:
    check_values(text, "nl", DCT, expected)


def test_noun_before_a_day_is_no_mod() -> None:
    assert tagged("De staking kwam tot een eind gisteren.", "nl", DCT)["gisteren"].mod is None
