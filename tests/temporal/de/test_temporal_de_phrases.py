"""German phrase classes of the second tagger pass: shifted weeks, day words, week numbers,
clock words, sub-day shifts, weekday sets. Short texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal.tagging_cases import check_no_dates, check_values

DCT = dt.date(2022, 1, 12)  # Mittwoch, 2022-W02

VALUES = [
    (
        "next-week-weekday",
        "Wir treffen uns nächste Woche Dienstag.",
        {"nächste Woche Dienstag": "2022-01-18"},
    ),
    (
        "last-week-am-weekday",
        "Er kam letzte Woche am Freitag.",
        {"letzte Woche am Freitag": "2022-01-07"},
    ),
    (
        "weekday-of-week",
        "Am Montag der nächsten Woche öffnet es.",
        {"Montag der nächsten Woche": "2022-01-17"},
    ),
    ("day-word", "Am zweiten Mai beginnt das Fest.", {"zweiten Mai": "2022-05-02"}),
    ("day-word-year", "Sie heirateten am dritten März 2020.", {"dritten März 2020": "2020-03-03"}),
    ("week-number", "Die Lieferung kommt in Woche 10.", {"Woche 10": "2022-W10"}),
    ("kw-year", "Geplant ist KW 31 2023.", {"KW 31 2023": "2023-W31"}),
    ("half-hour", "Wir essen um halb 8.", {"halb 8": "2022-01-12T07:30"}),
    (
        "half-word-evening",
        "Der Film läuft halb acht abends.",
        {"halb acht abends": "2022-01-12T19:30"},
    ),
    ("quarter-past", "Der Zug fährt Viertel nach drei.", {"Viertel nach drei": "2022-01-12T03:15"}),
    ("quarter-to", "Wir kommen Viertel vor neun.", {"Viertel vor neun": "2022-01-12T08:45"}),
    ("three-quarter", "Treffpunkt ist dreiviertel 8.", {"dreiviertel 8": "2022-01-12T07:45"}),
    (
        "word-hour-afternoon",
        "Es beginnt um ein Uhr nachmittags.",
        {"ein Uhr nachmittags": "2022-01-12T13:00"},
    ),
    ("in-minutes", "Der Bus kommt in 5 Minuten.", {"in 5 Minuten": "2022-01-12T00:05"}),
    ("hours-ago", "Das Feuer brach vor 3 Stunden aus.", {"vor 3 Stunden": "2022-01-11T21:00"}),
    ("minutes-past-narrative", "Er war in 20 Minuten fertig.", {"in 20 Minuten": "PT20M"}),
    ("hours-past-narrative", "Sie waren in 2 Stunden zurück.", {"in 2 Stunden": "PT2H"}),
    ("dative-shift", "Im vorletztem Jahr regnete es viel.", {"vorletztem Jahr": "2020"}),
    ("set-weekday", "Der Markt ist jeden Donnerstag.", {"jeden Donnerstag": "XXXX-WXX-4"}),
    ("set-adverb", "Wir schwimmen montags.", {"montags": "XXXX-WXX-1"}),
    ("bare-day-month", "Die Frist läuft bis zum 03.11 weiter.", {"03.11": "2021-11-03"}),
    ("slash-day-month", "Der Termin ist der 29/2/2020.", {"29/2/2020": "2020-02-29"}),
    ("regional-quarter", "Wir treffen uns viertel 8.", {"viertel 8": "2022-01-12T07:15"}),
    ("part-then-clock", "Sie kam abends um 8 Uhr.", {"abends um 8 Uhr": "2022-01-12T20:00"}),
    ("midnight-at-night", "Der Zug fährt um 12 Uhr nachts.", {"12 Uhr nachts": "2022-01-12T00:00"}),
    (
        "set-weekday-clock",
        "Wir proben jeden Mittwoch um 16 Uhr.",
        {"jeden Mittwoch um 16 Uhr": "XXXX-WXX-3T16:00"},
    ),
    (
        "shift-weekday-part",
        "Wir reisen nächsten Montag Nachmittag.",
        {"nächsten Montag Nachmittag": "2022-01-17TAF"},
    ),
    (
        "weekday-early",
        "Er wird Dienstagfrühmorgens ankommen.",
        {"Dienstagfrühmorgens": "2022-01-18TMO"},
    ),
    (
        "holiday-in-year",
        "Allerheiligen im Jahr 2020 war ruhig.",
        {"Allerheiligen im Jahr 2020": "2020-11-01"},
    ),
    ("movable-palm-sunday", "Palmsonntag 2019 regnete es.", {"Palmsonntag 2019": "2019-04-14"}),
    ("end-of-month-still-end", "Ende Januar kam der Schnee.", {"Ende Januar": "2022-01"}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in VALUES], ids=[c[0] for c in VALUES])
def test_phrase_values(text: str, expected: dict[str, str]) -> None:
    check_values(text, "de", DCT, expected)


NO_DATES = [
    ("score-decimal", "Das Ergebnis war 22.04 Punkte."),
    ("end-is-noun", "Das Ende kam schnell."),
    ("quarter-of-votes", "Ein Viertel der Stimmen fehlte."),
]


@pytest.mark.parametrize("text", [c[1] for c in NO_DATES], ids=[c[0] for c in NO_DATES])
def test_phrase_no_dates(text: str) -> None:
    check_no_dates(text, "de", DCT)
