"""German tagging: short texts written for these tests, resolved against a Wednesday."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal.tagging_cases import check_no_dates, check_values, tagged
from timeline.model import Anchor

DCT = dt.date(2022, 1, 12)  # Mittwoch, 2022-W02

VALUES = [
    (
        "past-weekday",
        "Der Bürgermeister sagte am Dienstag, die Brücke sei gesperrt.",
        {"Dienstag": "2022-01-11"},
    ),
    ("future-weekday", "Der Rat wird am Dienstag abstimmen.", {"Dienstag": "2022-01-18"}),
    (
        "dateline",
        "Berlin, 12. Januar 2022 – Die Regierung trat zurück.",
        {"12. Januar 2022": "2022-01-12"},
    ),
    (
        "weekday-day-month",
        "Am Montag, 10. Januar, öffnete der Hafen wieder.",
        {"Montag, 10. Januar": "2022-01-10"},
    ),
    ("partial-date", "Die Wahl fand am 3. Januar statt.", {"3. Januar": "2022-01-03"}),
    ("numeric", "Der Vertrag vom 1.9.39 galt nicht lange.", {"1.9.39": "1939-09-01"}),
    ("last-week", "Letzte Woche gab es Hochwasser.", {"Letzte Woche": "2022-W01"}),
    ("this-week", "Die Schulen bleiben diese Woche geschlossen.", {"diese Woche": "2022-W02"}),
    ("yesterday", "Der Streik endete gestern.", {"gestern": "2022-01-11"}),
    ("tomorrow", "Die Gespräche gehen morgen weiter.", {"morgen": "2022-01-13"}),
    ("ago", "Die Stadt wurde vor 50 Jahren gegründet.", {"vor 50 Jahren": "1972"}),
    ("duration", "Das Fest dauert zehn Tage.", {"zehn Tage": "P10D"}),
    ("decade", "Die Mühle stammt aus den 1920er Jahren.", {"1920er Jahren": "192"}),
    ("century", "Es ist die schlimmste Dürre des 21. Jahrhunderts.", {"21. Jahrhunderts": "20"}),
    ("year", "Der Damm wurde im Jahr 2014 gebaut.", {"Jahr 2014": "2014"}),
    ("month-year", "Im September 1939 begann der Krieg.", {"September 1939": "1939-09"}),
    ("mod-start", "Anfang Januar griffen Rebellen an.", {"Anfang Januar": "2022-01"}),
    ("bc-year", "Die Schlacht fand 216 v. Chr. statt.", {"216 v. Chr.": "BC0216"}),
    ("clock", "Der Angriff begann um 4:45 Uhr.", {"4:45 Uhr": "2022-01-12T04:45"}),
    ("set", "Die Busse fahren täglich.", {"täglich": "P1D"}),
    (
        "day-and-clock",
        "Der Angriff begann am Dienstag um 4:45 Uhr.",
        {"Dienstag um 4:45 Uhr": "2022-01-11T04:45"},
    ),
    ("morning-noun", "Am Morgen regnete es.", {}),
    ("holiday", "Die Läden schließen an Heiligabend.", {"Heiligabend": "2021-12-24"}),
    ("short-decade", "In den 90er Jahren war alles billiger.", {"90er Jahren": "199"}),
    (
        "day-month-numeric",
        "Die Frist endete am 28.12. um Mitternacht.",
        {"28.12. um Mitternacht": "2021-12-28T24:00"},
    ),
    ("perfekt-is-past", "Die Brücke ist am Dienstag eingestürzt.", {"Dienstag": "2022-01-11"}),
    ("movable-holiday", "Am Ostermontag 2019 regnete es.", {"Ostermontag 2019": "2019-04-22"}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in VALUES], ids=[c[0] for c in VALUES])
def test_values(text: str, expected: dict[str, str]) -> None:
    check_values(text, "de", DCT, expected)


def test_reported_speech_counts_from_the_day_of_the_speech() -> None:
    text = (
        "Die Truppen sollen in zwei Tagen mit dem Abzug beginnen, sagte Herr Tokajew am Dienstag."
    )
    found = tagged(text, "de", DCT)
    assert found["in zwei Tagen"].value == "2022-01-13"
    assert found["in zwei Tagen"].anchor is Anchor.REPORTED_SPEECH


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Damm brach am 4. Juni 2020. Am Vortag hatten Ingenieure gewarnt.",
            {"Am Vortag": "2020-06-03"},
        ),
        (
            "Die Belagerung begann am 4. Juni 2020. Zwei Tage später ergab sich die Garnison.",
            {"Zwei Tage später": "2020-06-06"},
        ),
        (
            "Die Belagerung begann am 4. Juni 1940. Am nächsten Tag fiel die Stadt.",
            {"Am nächsten Tag": "1940-06-05"},
        ),
    ],
    ids=["vortag", "zwei-tage-spaeter", "naechster-tag"],
)
def test_anaphoric_against_previous_date(text: str, expected: dict[str, str]) -> None:
    check_values(text, "de", DCT, expected)


def test_partial_dates_follow_a_history_far_from_publication() -> None:
    text = (
        "Am 1. September 1939 überfiel die Wehrmacht Polen. Im Juni 1940 fiel Paris. "
        "Am 22. Juni griff Deutschland die Sowjetunion an. Im Mai endete der Feldzug."
    )
    check_values(text, "de", dt.date(2011, 2, 16), {"22. Juni": "1940-06-22", "Mai": "1940-05"})


NO_DATES = [
    ("prozent", "Die Wahlbeteiligung lag bei 68 Prozent."),
    ("tausender", "Der Verein hat 100.000 Mitglieder."),
    ("summe", "Das Ergebnis 17 + 11 war falsch."),
    ("die-mit", "Die Männer kamen mit dem Zug."),
    ("geld", "Die Strafe betrug 2014 Euro."),
]


@pytest.mark.parametrize("text", [c[1] for c in NO_DATES], ids=[c[0] for c in NO_DATES])
def test_numbers_and_words_that_are_not_dates(text: str) -> None:
    check_no_dates(text, "de", DCT)
