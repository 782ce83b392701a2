"""Quarters of a unit written as halves are ("eine Viertelstunde" PT0.25H, as "eine halbe
Stunde" is PT0.5H) and ISO dates spaced around their hyphens ("2016 - 12 - 22"); texts written
for these tests, publication date Wed 2022-01-12."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal.tagging_cases import check_values
from timeline.temporal import tag

DCT = dt.date(2022, 1, 12)

CASES = [
    ("de-quarter-hour", "de", "Er wartete eine Viertelstunde.", {"eine Viertelstunde": "PT0.25H"}),
    ("de-three-quarter-hour", "de", "Die Fahrt dauert eine Dreiviertelstunde.",
     {"eine Dreiviertelstunde": "PT0.75H"}),
    ("de-three-quarter-year", "de", "Das Projekt lief ein Dreivierteljahr.",
     {"ein Dreivierteljahr": "P0.75Y"}),
    ("en-quarter-hour", "en", "He waited a quarter of an hour.",
     {"a quarter of an hour": "PT0.25H"}),
    ("en-three-quarters", "en", "The drive takes three quarters of an hour.",
     {"three quarters of an hour": "PT0.75H"}),
    ("pt-quarter-hour", "pt", "Esperou um quarto de hora.", {"um quarto de hora": "PT0.25H"}),
    ("pt-three-quarters", "pt", "A viagem leva três quartos de hora.",
     {"três quartos de hora": "PT0.75H"}),
    ("en-spaced-iso", "en", "The file is dated 2016 - 12 - 22.",
     {"2016 - 12 - 22": "2016-12-22"}),
    ("de-spaced-iso", "de", "Die Akte trägt das Datum 2016 - 12 - 22.",
     {"2016 - 12 - 22": "2016-12-22"}),
    ("pt-spaced-iso-clock", "pt", "Vou voltar 8 horas am 2016 - 12 - 22.",
     {"8 horas am 2016 - 12 - 22": "2016-12-22T08:00"}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_quarter_durations_and_spaced_iso_dates(
    lang: str, text: str, expected: dict[str, str]
) -> None:
    check_values(text, lang, DCT, expected)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "From 02-02-2020 - 03-03-2020 the shop is shut."),
        ("en", "The score was 2016 -12- 22 in the end."),
        ("pt", "Dormiu no quarto de hóspedes."),
    ],
    ids=["en-uneven-spacing-range", "en-uneven-spacing", "pt-room"],
)
def test_lookalikes_are_no_quarters_or_iso_dates(lang: str, text: str) -> None:
    found = [(t.text, t.value) for t in tag(text, lang, DCT)]
    assert all("-" not in v[4:] and not v.startswith("P") for _, v in found), found
