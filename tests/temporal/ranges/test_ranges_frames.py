"""Ranges whose members the tagger did not find alone (read inside a range frame), a part of
the day after a clock range, members with mods, and the false ranges kept apart."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.model import TimexType
from timeline.temporal import tag_with_ranges

DCT = dt.date(2022, 1, 12)  # a Wednesday

FRAMES = [
    # (id, lang, text, range text, first value, last value, duration)
    ("en-lower-case-months", "en", "Where were you from march to may",
     "from march to may", "2022-03", "2022-05", "P3M"),
    ("en-months-over-new-year", "en", "It snows from nov to march.",
     "from nov to march", "2021-11", "2022-03", "P5M"),
    ("pt-lower-case-months", "pt", "A obra vai de março a maio.",
     "de março a maio", "2022-03", "2022-05", "P3M"),
    ("nl-clock-minutes", "nl", "De winkel is tussen 15.00 en 17.00 open.",
     "tussen 15.00 en 17.00", "2022-01-12T15:00", "2022-01-12T17:00", "PT2H"),
    ("nl-hour-word", "nl", "De winkel is van 9 tot 11 uur open.",
     "van 9 tot 11 uur", "2022-01-12T09:00", "2022-01-12T11:00", "PT2H"),
    ("pt-hour-word", "pt", "A reunião foi entre as 15 e as 17 horas.",
     "entre as 15 e as 17 horas", "2022-01-12T15:00", "2022-01-12T17:00", "PT2H"),
    ("es-hour-word", "es", "La tienda abre de 9 a 11 horas.",
     "de 9 a 11 horas", "2022-01-12T09:00", "2022-01-12T11:00", "PT2H"),
    ("de-hour-word", "de", "Die Praxis ist zwischen 9 und 11 Uhr geöffnet.",
     "zwischen 9 und 11 Uhr", "2022-01-12T09:00", "2022-01-12T11:00", "PT2H"),
    ("en-part-of-day-after", "en", "The meeting is between 5 and 6 in the afternoon.",
     "between 5 and 6 in the afternoon", "2022-01-12T17:00", "2022-01-12T18:00", "PT1H"),
    ("de-part-of-day-after-day", "de", "Ich bin am 22. April von 5 bis 6 nachmittags weg.",
     "22. April von 5 bis 6 nachmittags", "2022-04-22T17:00", "2022-04-22T18:00", "PT1H"),
    ("nl-part-of-day-genitive", "nl", "Ik ben tussen 3 en 4 uur 's middags weg.",
     "tussen 3 en 4 uur 's middags", "2022-01-12T15:00", "2022-01-12T16:00", "PT1H"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "range_text", "first", "last", "span"),
    [f[1:] for f in FRAMES],
    ids=[f[0] for f in FRAMES],
)
def test_members_read_inside_a_frame(
    lang: str, text: str, range_text: str, first: str, last: str, span: str
) -> None:
    tagged = tag_with_ranges(text, lang, DCT)
    [found] = tagged.ranges
    assert found.text == range_text
    assert (found.first.value, found.last.value, found.duration) == (first, last, span)
    assert found.first in tagged.timexes and found.last in tagged.timexes
    assert all(t.type is not TimexType.DURATION for t in tagged.timexes)  # "11 uur" gave way


MODS = [
    # (id, lang, text, first day, last day)
    ("en-mid-to-end", "en", "It ran from the middle of March to the end of September.",
     "2021-03-16", "2021-09-30"),  # told in the past: the last such span
    ("en-mid-year-to-end", "en", "It ran from the middle of 2007 to the end of 2008.",
     "2007-07-02", "2008-12-31"),
    ("en-early-to-mid", "en", "It ran from early March to mid-May.", "2021-03-01", "2021-05-15"),
    ("de-bare-start", "de", "Die Messe läuft von Anfang bis Ende Mai.", "2022-05-01", "2022-05-31"),
    ("de-start-to-end", "de", "Sie lief von Anfang März bis Ende Mai.", "2022-03-01", "2022-05-31"),
    ("pt-bare-start", "pt", "A feira vai do início ao fim de maio.", "2022-05-01", "2022-05-31"),
    ("nl-bare-start", "nl", "De beurs loopt van begin tot eind mei.", "2022-05-01", "2022-05-31"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "first", "last"), [m[1:] for m in MODS], ids=[m[0] for m in MODS]
)
def test_members_with_mods_bound_the_range_days(
    lang: str, text: str, first: str, last: str
) -> None:
    [found] = tag_with_ranges(text, lang, DCT).ranges
    assert (str(found.first_day), str(found.last_day)) == (first, last)


NO_RANGE = [
    ("en-quarter-to-month", "en", "The firm lost money in the first quarter to December 2022."),
    ("en-week-to-day", "en", "Shares fell in the week to Friday, January 7."),
    ("de-change-verb-before-day", "de", "Die Aktien stiegen am Montag von 6 bis 7."),
    ("nl-change-verb-before-day", "nl", "De koers steeg maandag van 6 tot 7."),
    ("en-change-verb-before-day", "en", "Shares rose on Monday from 6 to 7."),
    ("de-change-verb-clock-like", "de", "Die Aktien stiegen am Montag von 9.30 bis 11.30."),
    ("en-bare-numbers-no-cue", "en", "The group met from 5 to 6 people."),
    ("de-bare-numbers-no-cue", "de", "Die Praxis ist von 5 bis 6 geöffnet."),
    ("nl-prices", "nl", "De prijs ligt tussen 15.00 en 17.00 euro."),
    ("en-prices", "en", "Tickets cost between 15.00 and 17.00 dollars."),
    ("en-same-month", "en", "It was from may to may."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), [n[1:] for n in NO_RANGE], ids=[n[0] for n in NO_RANGE])
def test_no_false_range(lang: str, text: str) -> None:
    assert tag_with_ranges(text, lang, DCT).ranges == ()


def test_weekday_range_keeps_its_days_before_a_year_range() -> None:
    found = tag_with_ranges("It runs Monday to Friday, 2014 to 2018.", "en", DCT).ranges
    assert [(r.text, r.first.value) for r in found] == [
        ("Monday to Friday", "2022-01-10"),
        ("2014 to 2018", "2014"),
    ]


def test_shop_hours_beside_a_day_still_join() -> None:
    [found] = tag_with_ranges("The shop is open on Monday from 9 to 11.", "en", DCT).ranges
    assert (found.first.value, found.last.value) == ("2022-01-10T09:00", "2022-01-10T11:00")


WEEKDAYS = [
    ("en-next-monday-to-friday", "en", "We meet from next Monday to Friday.",
     "2022-01-17", "2022-01-21"),
    ("de-montag-bis-freitag", "de", "Die Messe ist von Montag bis Freitag.",
     "2022-01-10", "2022-01-14"),
    ("pt-segunda-a-sexta", "pt", "A feira vai de segunda-feira a sexta-feira.",
     "2022-01-17", "2022-01-21"),
    ("en-over-the-weekend", "en", "It runs Friday to Monday.", "2022-01-14", "2022-01-17"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "first", "last"), [w[1:] for w in WEEKDAYS], ids=[w[0] for w in WEEKDAYS]
)
def test_last_weekday_follows_the_first(lang: str, text: str, first: str, last: str) -> None:
    [found] = tag_with_ranges(text, lang, DCT).ranges
    assert (found.first.value, found.last.value) == (first, last)
