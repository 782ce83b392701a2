"""Edges of a period ("the first two weeks of 2021", "as últimas 3 semanas deste ano"): a range
inside the period, its first or last N units; weeks of a year are ISO weeks."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import tag_with_ranges
from timeline.temporal.lexicon import LanguageDataError
from timeline.temporal.range_period_edges import parse_period_edges

DCT = dt.date(2019, 11, 29)

EDGES = [
    # (id, lang, text, range text, first day, last day, duration)
    ("en-first-weeks-iso", "en", "Rooms are booked for the first two weeks of 2021.",
     "the first two weeks of 2021", "2021-01-04", "2021-01-17", "P2W"),
    ("en-last-months", "en", "Results for the last three months of 2021 were out.",
     "the last three months of 2021", "2021-10-01", "2021-12-31", "P3M"),
    ("en-first-days-of-last-year", "en", "They left in the first ten days of last year.",
     "the first ten days of last year", "2018-01-01", "2018-01-10", "P10D"),
    ("pt-last-weeks-of-this-year", "pt", "A obra está marcada para as últimas 3 semanas deste ano.",
     "as últimas 3 semanas deste ano", "2019-12-09", "2019-12-29", "P3W"),
    ("pt-first-days-of-month", "pt", "Choveu nos primeiros dez dias de março de 2020.",
     "primeiros dez dias de março de 2020", "2020-03-01", "2020-03-10", "P10D"),
    ("pt-last-months-of-year", "pt", "Os resultados dos últimos quatro meses de 2021 saíram.",
     "últimos quatro meses de 2021", "2021-09-01", "2021-12-31", "P4M"),
    ("de-first-weeks-des-jahres", "de", "In den ersten zwei Wochen des Jahres 2021 war es kalt.",
     "den ersten zwei Wochen des Jahres 2021", "2021-01-04", "2021-01-17", "P2W"),
    ("de-last-months-bare-year", "de", "Die letzten drei Monate 2021 waren gut.",
     "letzten drei Monate 2021", "2021-10-01", "2021-12-31", "P3M"),
    ("es-last-months-of-last-year", "es", "Subió en los últimos tres meses del año pasado.",
     "últimos tres meses del año pasado", "2018-10-01", "2018-12-31", "P3M"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "range_text", "first", "last", "duration"),
    [e[1:] for e in EDGES],
    ids=[e[0] for e in EDGES],
)
def test_edge_of_a_period_is_one_range(
    lang: str, text: str, range_text: str, first: str, last: str, duration: str
) -> None:
    tagged = tag_with_ranges(text, lang, DCT)
    found = [r for r in tagged.ranges if range_text in r.text]
    assert len(found) == 1, tagged.ranges
    assert (found[0].first_day, found[0].last_day) == (
        dt.date.fromisoformat(first),
        dt.date.fromisoformat(last),
    )
    assert found[0].duration == duration


NO_EDGE = [
    ("en-more-than-the-period", "en", "the first 15 months of 2020 were hard"),
    ("en-no-edge-word", "en", "two weeks of 2021 were lost"),
    ("pt-window-not-tied", "pt", "nas últimas 3 semanas, a obra parou"),
    ("de-count-not-next-to-period", "de", "die ersten zwei Wochen, und dann 2021"),
]


@pytest.mark.parametrize(("lang", "text"), [n[1:] for n in NO_EDGE], ids=[n[0] for n in NO_EDGE])
def test_no_edge_without_word_or_room(lang: str, text: str) -> None:
    tagged = tag_with_ranges(text, lang, DCT)
    assert not [r for r in tagged.ranges if r.rule.endswith("period_edge")]


def test_last_weeks_of_this_year_are_no_window_from_today() -> None:
    tagged = tag_with_ranges("as últimas 3 semanas deste ano", "pt", DCT)
    assert [r.rule for r in tagged.ranges] == ["pt.range.period_edge"]


@pytest.mark.parametrize(
    "raw",
    [
        ["first"],
        {"id": "en.range.edge", "first": ["first"], "examples": ["x"]},
        {"id": "edge", "first": ["first"], "last": ["last"], "examples": ["x"]},
        {"id": "en.range.e", "first": [], "last": ["last"], "examples": ["x"]},
        {"id": "en.range.e", "first": ["a"], "last": ["b"], "examples": ["x"], "colour": 1},
    ],
    ids=["not-a-map", "no-last", "bad-id", "empty-first", "unknown-field"],
)
def test_malformed_period_edges_are_rejected(raw: object) -> None:
    with pytest.raises(LanguageDataError):
        parse_period_edges("en", raw)
