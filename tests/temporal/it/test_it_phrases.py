"""Italian phrase classes of the second tagger pass: shifted weeks, day words, dates after a
shift word, week numbers, clock words, sub-day shifts, mods before a day. Texts written here."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal.tagging_cases import check_values, tagged

DCT = dt.date(2022, 1, 12)  # mercoledì, 2022-W02

VALUES = [
    (
        "weekday-next-week",
        "Ci vediamo martedì della settimana prossima.",
        {"martedì della settimana prossima": "2022-01-18"},
    ),
    (
        "week-then-weekday",
        "La settimana scorsa, lunedì, ha piovuto.",
        {"La settimana scorsa, lunedì": "2022-01-03"},
    ),
    ("day-word", "La festa è il primo maggio.", {"primo maggio": "2022-05-01"}),
    ("day-word-year", "Si sono sposati il due giugno 2020.", {"due giugno 2020": "2020-06-02"}),
    (
        "shift-then-date",
        "Lo scorso 10 gennaio si è votato.",
        {"Lo scorso 10 gennaio": "2022-01-10"},
    ),
    ("date-then-shift", "Il 20 gennaio scorso nevicava.", {"20 gennaio scorso": "2021-01-20"}),
    ("next-month-name", "Il museo apre il prossimo marzo.", {"il prossimo marzo": "2022-03"}),
    ("last-month-name", "Lo scorso novembre ha piovuto.", {"Lo scorso novembre": "2021-11"}),
    ("week-number", "La consegna arriva nella settimana 31.", {"settimana 31": "2022-W31"}),
    ("half-past", "Ceniamo alle sette e mezza.", {"alle sette e mezza": "2022-01-12T07:30"}),
    (
        "quarter-to",
        "Arriva alle nove meno un quarto.",
        {"alle nove meno un quarto": "2022-01-12T08:45"},
    ),
    ("word-minutes", "Ceniamo alle otto e venti.", {"alle otto e venti": "2022-01-12T08:20"}),
    (
        "word-minutes-evening",
        "Arriva otto e venti di sera.",
        {"otto e venti di sera": "2022-01-12T20:20"},
    ),
    ("in-minutes", "Il treno parte tra 10 minuti.", {"tra 10 minuti": "2022-01-12T00:10"}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in VALUES], ids=[c[0] for c in VALUES])
def test_phrase_values(text: str, expected: dict[str, str]) -> None:
    check_values(text, "it", DCT, expected)


def test_noun_before_a_day_is_no_mod() -> None:
    assert tagged("La guerra ha avuto fine ieri.", "it", DCT)["ieri"].mod is None
