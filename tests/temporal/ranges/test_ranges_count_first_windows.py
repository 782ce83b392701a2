"""Windows whose count comes before the direction word ("the 5 upcoming years", "3 próximas
semanas"): a duration and the window it covers, counted from the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import tag, tag_with_ranges

DCT = dt.date(2018, 8, 31)

WINDOWS = [
    # (id, lang, text, duration, first day, last day)
    ("en-upcoming-years", "en", "Prices rise over the 5 upcoming years.", "P5Y",
     "2018-09-01", "2023-08-31"),
    ("en-word-count", "en", "It rains for the two next days.", "P2D", "2018-09-01", "2018-09-02"),
    ("en-previous-weeks", "en", "The 10 previous weeks were hard.", "P10W",
     "2018-06-22", "2018-08-30"),
    ("pt-proximas-semanas", "pt", "Fica fora por 3 próximas semanas.", "P3W",
     "2018-09-01", "2018-09-21"),
    ("pt-ultimos-anos", "pt", "Nos três últimos anos a taxa caiu.", "P3Y",
     "2015-08-31", "2018-08-30"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "duration", "first", "last"),
    [w[1:] for w in WINDOWS],
    ids=[w[0] for w in WINDOWS],
)
def test_count_before_direction_word(
    lang: str, text: str, duration: str, first: str, last: str
) -> None:
    tagged = tag_with_ranges(text, lang, DCT)
    assert [(r.duration, r.first_day, r.last_day) for r in tagged.ranges] == [
        (duration, dt.date.fromisoformat(first), dt.date.fromisoformat(last))
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "They sold 300,000 last year."),
        ("en", "He was 2 last year."),
        ("pt", "Vendeu 1.500 últimos anos."),
    ],
    ids=["en-big-number-then-last-year", "en-singular-unit", "pt-big-number"],
)
def test_no_count_first_window(lang: str, text: str) -> None:
    assert not [t for t in tag(text, lang, DCT) if t.rule.endswith(".duration_count_first")]
