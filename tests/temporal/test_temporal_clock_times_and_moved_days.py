"""Clock times after a day, bare clock words, dates mixing a month name with digits, and a count
of units before/after a day (texts written for these tests; publication date Wed 2022-01-12)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal.tagging_cases import check_no_dates, check_values
from timeline.model import Granularity
from timeline.temporal.lexicon import LanguageDataError, parse_language
from timeline.temporal.moved_dates import moved_day

DCT = dt.date(2022, 1, 12)

DAY_CLOCKS = [
    ("pt-short-weekday", "pt", "Nos vemos sexta às 4.", {"sexta às 4": "2022-01-14T04:00"}),
    ("en-today-at", "en", "The vote closes today at 9.", {"today at 9": "2022-01-12T09:00"}),
    ("en-monday-dot", "en", "They meet Monday at 2.30.", {"Monday at 2.30": "2022-01-10T02:30"}),
    (
        "en-am-letter",
        "en",
        "Doors open tomorrow at 8:45a.",
        {"tomorrow at 8:45a": "2022-01-13T08:45"},
    ),
    ("en-holiday", "en", "Mass is on Christmas at 5.", {"Christmas at 5": "2021-12-25T05:00"}),
    (
        "en-tonight",
        "en",
        "The band plays tonight around 7.",
        {"tonight around 7": "2022-01-12T19:00"},
    ),
    ("en-small-hours", "en", "Roads close tonight at 1am.", {"tonight at 1am": "2022-01-12T01:00"}),
    (
        "en-words",
        "en",
        "We land tomorrow at seven twenty.",
        {"tomorrow at seven twenty": "2022-01-13T07:20"},
    ),
    (
        "en-seconds",
        "en",
        "It starts on March 3 at 8:00:31am.",
        {"March 3 at 8:00:31am": "2022-03-03T08:00:31"},
    ),
    ("en-clock-first", "en", "Polls open 9am on Tuesday.", {"9am on Tuesday": "2022-01-11T09:00"}),
    (
        "en-colon-first",
        "en",
        "The deal was signed 13:00 February 28, 2013.",
        {"13:00 February 28, 2013": "2013-02-28T13:00"},
    ),
    (
        "de-abend-um",
        "de",
        "Wir treffen uns heute Abend um 8.",
        {"heute Abend um 8": "2022-01-12T20:00"},
    ),
    ("de-montag-um", "de", "Die Sitzung beginnt Montag um 9.", {"Montag um 9": "2022-01-10T09:00"}),
    (
        "de-seconds",
        "de",
        "Start ist am 14. März um 8:00:31.",
        {"14. März um 8:00:31": "2022-03-14T08:00:31"},
    ),
    ("pt-amanha-as", "pt", "A reunião será amanhã às 9.", {"amanhã às 9": "2022-01-13T09:00"}),
    (
        "pt-hoje-pelas",
        "pt",
        "O voo parte hoje pelas 17h30.",
        {"hoje pelas 17h30": "2022-01-12T17:30"},
    ),
]

CLOCKS = [
    ("en-minutes-to", "en", "They met at ten to eight.", {"ten to eight": "2022-01-12T07:50"}),
    (
        "pt-minutes-to",
        "pt",
        "Chegou às vinte para as oito.",
        {"vinte para as oito": "2022-01-12T07:40"},
    ),
    (
        "es-minutes-to",
        "es",
        "Llegó a las ocho menos diez.",
        {"a las ocho menos diez": "2022-01-12T07:50"},
    ),
    (
        "fr-minutes-to",
        "fr",
        "Il est arrivé à sept heures moins dix.",
        {"sept heures moins dix": "2022-01-12T06:50"},
    ),
    (
        "de-minutes-to",
        "de",
        "Wir treffen uns um zehn vor acht.",
        {"zehn vor acht": "2022-01-12T07:50"},
    ),
    (
        "en-weekday-in-the-part",
        "en",
        "They meet Tuesday in the morning.",
        {"Tuesday in the morning": "2022-01-11TMO"},
    ),
    (
        "en-weekday-part-of-week",
        "en",
        "We meet Wednesday evening next week.",
        {"Wednesday evening next week": "2022-01-19TEV"},
    ),
    (
        "en-part-then-clock",
        "en",
        "They met in the afternoon at 7.",
        {"in the afternoon at 7": "2022-01-12T19:00"},
    ),
    (
        "en-day-part-clock",
        "en",
        "It airs Sunday late evening at 10:00.",
        {"Sunday late evening at 10:00": "2022-01-09T22:00"},
    ),
    ("en-colon", "en", "The train left at 10:30.", {"10:30": "2022-01-12T10:30"}),
    ("en-oclock", "en", "They met at ten oclock.", {"ten oclock": "2022-01-12T10:00"}),
    ("pt-part", "pt", "Chegou às cinco da tarde.", {"cinco da tarde": "2022-01-12T17:00"}),
    ("pt-at", "pt", "A loja abre às 9.", {"9": "2022-01-12T09:00"}),
    ("pt-half", "pt", "O alarme toca às seis e meia.", {"seis e meia": "2022-01-12T06:30"}),
    (
        "pt-minutes",
        "pt",
        "O alarme toca às oito e quarenta e cinco.",
        {"oito e quarenta e cinco": "2022-01-12T08:45"},
    ),
    ("pt-noon-apart", "pt", "Volto ao meio dia.", {"meio dia": "2022-01-12T12:00"}),
    ("pt-hours-am", "pt", "A aula começa às 8 horas am.", {"8 horas am": "2022-01-12T08:00"}),
    (
        "de-seconds-part",
        "de",
        "Ich bin gegen 7:56:30 abends zurück.",
        {"gegen 7:56:30 abends": "2022-01-12T19:56:30"},
    ),
]

MIXED_DATES = [
    ("en-month-slash", "en", "The museum will reopen Oct/2.", {"Oct/2": "2022-10-02"}),
    ("en-glued", "en", "The fair opens mar3.", {"mar3": "2022-03-03"}),
    ("en-dashed-dmy", "en", "Filed 05-aug-2016 in court.", {"05-aug-2016": "2016-08-05"}),
    ("en-dashed-ymd", "en", "Filed 2020/sep/23 in court.", {"2020/sep/23": "2020-09-23"}),
    ("en-dashed-mdy", "en", "Filed sep-23-2020 in court.", {"sep-23-2020": "2020-09-23"}),
    ("en-month-year", "en", "Filed dec-2018 in court.", {"dec-2018": "2018-12"}),
    ("en-on-numeric", "en", "Payment is due on 11/20.", {"11/20": "2021-11-20"}),
    ("en-space-comma", "en", "Born Dec. 31 , 1994 in Ohio.", {"Dec. 31 , 1994": "1994-12-31"}),
    ("en-month-the-day", "en", "It opens July the 5th.", {"July the 5th": "2022-07-05"}),
    ("de-dashed", "de", "Eingereicht am 23/Sep/2020.", {"23/Sep/2020": "2020-09-23"}),
    ("pt-dashed", "pt", "Voltarei 2020/set/23.", {"2020/set/23": "2020-09-23"}),
    ("pt-month-number", "pt", "Casaram em 9 de 8 de 1971.", {"9 de 8 de 1971": "1971-08-09"}),
    ("es-dashed", "es", "Volveré el 23/sep/2020.", {"23/sep/2020": "2020-09-23"}),
    ("fr-dashed", "fr", "Je reviens le 2020/sept/23.", {"2020/sept/23": "2020-09-23"}),
    ("it-dashed", "it", "Torno il set-23-2020.", {"set-23-2020": "2020-09-23"}),
    ("nl-dashed", "nl", "Ik kom terug op 23/sep/2020.", {"23/sep/2020": "2020-09-23"}),
]

MOVED_DAYS = [
    (
        "en-after-today",
        "en",
        "It ends two days after today.",
        {"two days after today": "2022-01-14"},
    ),
    (
        "en-before-holiday",
        "en",
        "Shops close 2 weeks before Christmas.",
        {"2 weeks before Christmas": "2021-12-11"},
    ),
    (
        "en-from-date",
        "en",
        "It runs 16 days from 01/02/2018.",
        {"16 days from 01/02/2018": "2018-01-18"},
    ),
    (
        "en-months-after",
        "en",
        "Rent rises three months after March 1, 2022.",
        {"three months after March 1, 2022": "2022-06-01"},
    ),
    (
        "de-nach",
        "de",
        "Er kam drei Tage nach Weihnachten.",
        {"drei Tage nach Weihnachten": "2021-12-28"},
    ),
    (
        "pt-antes-de",
        "pt",
        "Terminei 2 semanas antes de hoje.",
        {"2 semanas antes de hoje": "2021-12-29"},
    ),
    (
        "es-despues",
        "es",
        "Llegó tres días después del 3 de marzo de 2021.",
        {"tres días después del 3 de marzo de 2021": "2021-03-06"},
    ),
]

NO_DATES = [
    ("en-price", "en", "Shares trade at 1,015 francs a share."),
    ("en-fraction", "en", "About 3/4 of voters agreed."),
    ("en-percent", "en", "Turnout was 19% in the north."),
    ("en-bare-at", "en", "The index stood at 5 points."),
    ("en-vote-count", "en", "The motion passed 20 to 9."),
    ("pt-sao-uma", "pt", "Os rebeldes são uma minoria no país."),
    ("pt-range-count", "pt", "Entre dois e seis feridos chegaram."),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in DAY_CLOCKS], ids=[c[0] for c in DAY_CLOCKS]
)
def test_a_clock_time_after_a_day_joins_it(lang: str, text: str, expected: dict[str, str]) -> None:
    check_values(text, lang, DCT, expected)


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in CLOCKS], ids=[c[0] for c in CLOCKS]
)
def test_clock_times_alone(lang: str, text: str, expected: dict[str, str]) -> None:
    check_values(text, lang, DCT, expected)


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in MIXED_DATES], ids=[c[0] for c in MIXED_DATES]
)
def test_dates_mixing_month_names_and_digits(
    lang: str, text: str, expected: dict[str, str]
) -> None:
    check_values(text, lang, DCT, expected)


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in MOVED_DAYS], ids=[c[0] for c in MOVED_DAYS]
)
def test_a_count_before_or_after_a_day_moves_it(
    lang: str, text: str, expected: dict[str, str]
) -> None:
    check_values(text, lang, DCT, expected)


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in NO_DATES], ids=[c[0] for c in NO_DATES])
def test_numbers_that_are_no_clock_times(lang: str, text: str) -> None:
    check_no_dates(text, lang, DCT)


def test_a_count_with_a_comma_before_a_day_stays_two_expressions() -> None:
    check_values(
        "Two days earlier, Monday was calm.",
        "en",
        DCT,
        {"Two days earlier": "2022-01-10", "Monday": "2022-01-10"},
    )


@pytest.mark.parametrize(
    ("day", "moved_by", "expected"),
    [
        (dt.date(2022, 1, 31), (Granularity.MONTH, 1), dt.date(2022, 2, 28)),
        (dt.date(2020, 2, 29), (Granularity.YEAR, 1), dt.date(2021, 2, 28)),
        (dt.date(2022, 1, 12), (Granularity.WEEK, -2), dt.date(2021, 12, 29)),
        (dt.date(9999, 12, 31), (Granularity.DAY, 1), None),
    ],
    ids=["month-end-clamped", "leap-day", "weeks-back", "calendar-end"],
)
def test_moved_day(
    day: dt.date, moved_by: tuple[Granularity, int], expected: dt.date | None
) -> None:
    assert moved_day(day, moved_by) == expected


@pytest.mark.parametrize(
    "raw",
    [{"cues": {"clock_joiner": [True]}}, {"words": {"month": {False: 1}}}],
    ids=["cue-read-as-boolean", "word-read-as-boolean"],
)
def test_yaml_booleans_in_word_lists_are_rejected(raw: object) -> None:
    with pytest.raises(LanguageDataError, match="quote them"):
        parse_language("x", raw)
