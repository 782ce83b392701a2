"""Counts of several units told as one ("two years and six months", "2 weeks and 2 days ago",
"vor 2 Wochen und 3 Tagen"); texts written for these tests, publication date Wed 2022-01-12."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.temporal.tagging_cases import check_values
from timeline.model import TimexType
from timeline.temporal import tag
from timeline.temporal.compound_counts import compound_value, count_parts
from timeline.temporal.expression import Expression

DCT = dt.date(2022, 1, 12)

COMPOUNDS = [
    (
        "en-years-months",
        "en",
        "He was sentenced to two years and six months in prison.",
        {"two years and six months": "P2Y6M"},
    ),
    (
        "en-hour-minutes",
        "en",
        "The flight lasted 1 hour and 30 minutes.",
        {"1 hour and 30 minutes": "PT1H30M"},
    ),
    ("en-comma", "en", "He served two years, six months.", {"two years, six months": "P2Y6M"}),
    (
        "en-days-ago",
        "en",
        "It happened 2 weeks and 2 days ago.",
        {"2 weeks and 2 days ago": "2021-12-27"},
    ),
    (
        "de-weeks-days",
        "de",
        "Die Belagerung dauerte sechs Wochen und drei Tage.",
        {"sechs Wochen und drei Tage": "P6W3D"},
    ),
    (
        "de-vor",
        "de",
        "Er kam vor 2 Wochen und 3 Tagen an.",
        {"vor 2 Wochen und 3 Tagen": "2021-12-26"},
    ),
    ("pt-years-months", "pt", "Ele ficou 2 anos e 3 meses preso.", {"2 anos e 3 meses": "P2Y3M"}),
    ("pt-ha", "pt", "Ele chegou há 2 meses e 3 dias.", {"há 2 meses e 3 dias": "2021-11-09"}),
    (
        "it-fa",
        "it",
        "È successo 2 settimane e 2 giorni fa.",
        {"2 settimane e 2 giorni fa": "2021-12-27"},
    ),
    ("nl-uur-minuten", "nl", "Het duurde 1 uur en 30 minuten.", {"1 uur en 30 minuten": "PT1H30M"}),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in COMPOUNDS], ids=[c[0] for c in COMPOUNDS]
)
def test_counts_of_several_units_are_one(lang: str, text: str, expected: dict[str, str]) -> None:
    check_values(text, lang, DCT, expected)


APART = [
    ("en-smaller-first", "en", "It took 3 days and 2 weeks.", ["P3D", "P2W"]),
    (
        "en-period-then-day",
        "en",
        "We worked for the last 3 months and 2 days ago we won.",
        ["P3M", "2022-01-10"],
    ),
    ("de-sentence-break", "de", "Es dauerte zwei Jahre. Drei Monate später kam er.", ["P2Y"]),
]


@pytest.mark.parametrize(
    ("lang", "text", "values"), [c[1:] for c in APART], ids=[c[0] for c in APART]
)
def test_counts_that_are_not_one_stay_apart(lang: str, text: str, values: list[str]) -> None:
    found = [t.value for t in tag(text, lang, DCT)]
    assert found[: len(values)] == values, found


@given(st.lists(st.tuples(st.integers(0, 6), st.integers(1, 9999)), min_size=1, max_size=7))
def test_a_compound_value_reads_back_as_its_counts(drawn: list[tuple[int, int]]) -> None:
    parts = sorted(dict(drawn).items())
    value = compound_value(parts)
    e = Expression(0, 1, "x", TimexType.DURATION, "en.test", value=value)
    assert count_parts(e) == parts
