"""Pubdate reads a day moved by a count ("two days after Christmas") as the moved day."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.model import Granularity
from timeline.pubdate.clues import ClueKind, as_moved
from timeline.pubdate.text_clues import read_clues
from timeline.temporal import extract

# (id, lang, text, year, month, day) of the moved expression
MOVED_DATES = [
    ("en-after-christmas", "en", "They met two days after Christmas.", None, 12, 27),
    ("en-before-new-year", "en", "It closed three days before January 2, 2021.", 2020, 12, 30),
    ("de-after-date", "de", "Drei Tage nach dem 3. März 2020 kam er.", 2020, 3, 6),
    ("pt-before-date", "pt", "Ele saiu 2 semanas antes de 20 de março de 2019.", 2019, 3, 6),
]


@pytest.mark.parametrize(
    ("lang", "text", "year", "month", "day"),
    [c[1:] for c in MOVED_DATES],
    ids=[c[0] for c in MOVED_DATES],
)
def test_a_moved_date_is_read_as_the_day_it_names(
    lang: str, text: str, year: int | None, month: int, day: int
) -> None:
    (e,) = [e for e in extract(text, lang) if e.moved_by is not None]
    moved = as_moved(e)
    assert moved is not None
    assert (moved.year, moved.month, moved.day, moved.moved_by) == (year, month, day, None)


# (id, lang, text, weekday of the clue or None when no clue may be drawn)
MOVED_WEEKDAYS = [
    ("en-days-after-monday", "en", "He left two days after Monday.", 2),
    ("de-tage-nach-montag", "de", "Er kam zwei Tage nach Montag.", 2),
    ("en-weeks-after-monday", "en", "He left two weeks after Monday.", None),
]


@pytest.mark.parametrize(
    ("lang", "text", "weekday"),
    [c[1:] for c in MOVED_WEEKDAYS],
    ids=[c[0] for c in MOVED_WEEKDAYS],
)
def test_a_weekday_moved_by_days_is_the_later_weekday(
    lang: str, text: str, weekday: int | None
) -> None:
    expressions = [e for e in extract(text, lang) if e.moved_by is not None]
    assert expressions, text
    clues = read_clues(text, expressions, lang)
    if weekday is None:
        assert clues == []
    else:
        assert [(c.kind, c.weekday) for c in clues] == [(ClueKind.RECENT_WEEKDAY, weekday)]


def test_a_moved_holiday_without_a_day_gives_no_clue() -> None:
    (e,) = extract("2 weeks before Easter they met", "en")
    assert e.moved_by == (Granularity.WEEK, -2)
    assert read_clues("2 weeks before Easter they met", [e], "en") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "They met two days after Christmas 2021."),
        ("de", "Sie trafen sich zwei Tage nach dem 25. Dezember 2021."),
    ],
    ids=["en-holiday-with-year", "de-date-with-year"],
)
def test_a_moved_full_date_bounds_the_writing_day_at_the_moved_day(lang: str, text: str) -> None:
    clues = read_clues(text, extract(text, lang), lang)
    assert [(c.kind, c.day) for c in clues] == [(ClueKind.BOUND, dt.date(2021, 12, 27))]
