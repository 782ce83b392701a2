"""Clock ranges whose hours are words ("morgens von 5 bis sieben", "das 9 às onze") and ranges
between two weekdays with their clock times ("von Montag 7 Uhr bis Freitag 15 Uhr"): texts
written for these tests, publication date Wed 2022-01-12."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import tag_with_ranges

DCT = dt.date(2022, 1, 12)

RANGES = [
    # (id, lang, text, range text, first value, last value)
    ("de-part-word-end", "de", "Ich bin dann morgens von 5 bis sieben weg.",
     "morgens von 5 bis sieben", "2022-01-12T05:00", "2022-01-12T07:00"),
    ("de-weekday-word-end", "de", "Die Praxis ist am Freitag von 9 bis elf offen.",
     "Freitag von 9 bis elf", "2022-01-14T09:00", "2022-01-14T11:00"),
    ("pt-day-word-end", "pt", "A loja abre amanhã das 9 às onze.",
     "amanhã das 9 às onze", "2022-01-13T09:00", "2022-01-13T11:00"),
    ("en-weekday-word-end", "en", "The office will open on Monday between 9 and eleven.",
     "Monday between 9 and eleven", "2022-01-17T09:00", "2022-01-17T11:00"),
    ("de-weekday-clocks", "de", "Wir werden von Montag 7 Uhr bis Freitag 15 Uhr weg sein.",
     "von Montag 7 Uhr bis Freitag 15 Uhr", "2022-01-17T07:00", "2022-01-21T15:00"),
    ("en-weekday-clocks", "en", "We will be away from Monday at 7am to Friday at 3pm.",
     "from Monday at 7am to Friday at 3pm", "2022-01-17T07:00", "2022-01-21T15:00"),
    ("pt-weekday-clocks", "pt", "Ela vai ficar fora de segunda-feira às 7h até sexta-feira às 15h.",
     "de segunda-feira às 7h até sexta-feira às 15h", "2022-01-17T07:00", "2022-01-21T15:00"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "span", "first", "last"), [r[1:] for r in RANGES], ids=[r[0] for r in RANGES]
)
def test_word_clocks_and_weekday_clocks(
    lang: str, text: str, span: str, first: str, last: str
) -> None:
    tagged = tag_with_ranges(text, lang, DCT)
    assert [(r.text, r.first.value, r.last.value) for r in tagged.ranges] == [(span, first, last)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Preise stiegen am Montag von 5 bis sieben Prozent."),
        ("pt", "No sábado o placar foi de 2 a três."),
        ("en", "Friday 13 to Monday 16 the show runs."),
    ],
    ids=["de-percent-change", "pt-score", "en-dates-not-clocks"],
)
def test_word_numbers_that_are_no_clocks(lang: str, text: str) -> None:
    tagged = tag_with_ranges(text, lang, DCT)
    assert all("T" not in r.first.value for r in tagged.ranges), tagged.ranges
