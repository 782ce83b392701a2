"""Indonesian news conventions (second pass): short texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal.tagging_cases import check_values
from timeline.model import Tense
from timeline.temporal import extract

DCT = dt.date(2022, 1, 12)  # Rabu, 2022-W02

VALUES = [
    # "Minggu lalu" is last week; only "hari Minggu lalu" names the Sunday
    ("minggu-lalu-week", "Minggu lalu harga beras naik.", {"Minggu lalu": "2022-W01"}),
    (
        "pada-minggu-lalu-week",
        "Pada Minggu lalu, polisi menangkap dua orang.",
        {"Minggu lalu": "2022-W01"},
    ),
    (
        "hari-minggu-lalu-sunday",
        "Kami bertemu hari Minggu lalu.",
        {"hari Minggu lalu": "2022-01-09"},
    ),
    ("weekday-is-today", "Pada Rabu, menteri itu mundur.", {"Rabu": "2022-01-12"}),
    ("kini-present", "India, yang kini menjadi lawan, menandatanganinya.", {"kini": "PRESENT_REF"}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in VALUES], ids=[c[0] for c in VALUES])
def test_news_values(text: str, expected: dict[str, str]) -> None:
    check_values(text, "id", DCT, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Harga minyak turun pada Selasa (18/11/2014), dan diperkirakan akan terus melemah.",
        "Indeks ditutup turun pada Selasa (18/11/2014) sore, dan investor akan menunggu data.",
    ],
    ids=["akan-in-next-clause", "akan-after-clock"],
)
def test_dated_fall_is_not_future(text: str) -> None:
    found = [e for e in extract(text, "id") if "18/11/2014" in e.text]
    assert found and found[0].tense is not Tense.FUTURE


def test_fronted_date_still_reads_the_next_clause() -> None:
    found = [e for e in extract("Pada Selasa (18/11/2014), harga akan naik.", "id")]
    assert found[0].tense is Tense.FUTURE
