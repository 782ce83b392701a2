"""French phrase classes of the second tagger pass: shifted weeks, day words, dates after a
shift word, week numbers, clock words, sub-day shifts, mods before a day. Texts written here."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal.tagging_cases import check_values, tagged

DCT = dt.date(2022, 1, 12)  # mercredi, 2022-W02

VALUES = [
    (
        "weekday-next-week",
        "Rendez-vous mardi de la semaine prochaine.",
        {"mardi de la semaine prochaine": "2022-01-18"},
    ),
    (
        "weekday-last-week",
        "Il est venu lundi de la semaine dernière.",
        {"lundi de la semaine dernière": "2022-01-03"},
    ),
    ("day-word", "La fête aura lieu le premier mai à Lyon.", {"premier mai": "2022-05-01"}),
    ("day-word-year", "Ils se sont mariés le deux mars 2020.", {"deux mars 2020": "2020-03-02"}),
    (
        "date-then-shift",
        "Le 10 janvier dernier, la ville a voté.",
        {"10 janvier dernier": "2022-01-10"},
    ),
    ("date-then-next", "Le vote aura lieu le 3 mars prochain.", {"3 mars prochain": "2022-03-03"}),
    (
        "last-is-strictly-past",
        "Le 20 janvier dernier, il neigeait.",
        {"20 janvier dernier": "2021-01-20"},
    ),
    ("week-number", "La livraison arrive semaine 10.", {"semaine 10": "2022-W10"}),
    (
        "half-past",
        "Le train part à sept heures et demie.",
        {"sept heures et demie": "2022-01-12T07:30"},
    ),
    (
        "quarter-to",
        "On mange à neuf heures moins le quart.",
        {"neuf heures moins le quart": "2022-01-12T08:45"},
    ),
    (
        "afternoon",
        "Le match commence à trois heures de l'après-midi.",
        {"trois heures de l'après-midi": "2022-01-12T15:00"},
    ),
    ("word-minutes", "Le train part à sept heures dix.", {"sept heures dix": "2022-01-12T07:10"}),
    (
        "word-minutes-evening",
        "On dîne à huit heures et vingt minutes du soir.",
        {"huit heures et vingt minutes du soir": "2022-01-12T20:20"},
    ),
    ("in-minutes", "Le bus arrive dans 5 minutes.", {"dans 5 minutes": "2022-01-12T00:05"}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in VALUES], ids=[c[0] for c in VALUES])
def test_phrase_values(text: str, expected: dict[str, str]) -> None:
    check_values(text, "fr", DCT, expected)


@pytest.mark.parametrize(
    ("text", "span", "mod"),
    [
        ("La grève a pris fin hier.", "hier", None),
        ("Fin janvier, la neige est tombée.", "Fin janvier", "END"),
    ],
    ids=["noun-before-day", "mod-before-month"],
)
def test_mod_words_before_a_day(text: str, span: str, mod: str | None) -> None:
    assert tagged(text, "fr", DCT)[span].mod == mod
