"""A record or a first before "in four years" looks back on a span ("the first time in four
years", "the highest level in six years"): a duration, never a date four years ahead, whatever
the tense. Without such a word, "in four years" about the future stays a date. Texts written for
these tests, publication date Thu 2005-11-17."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal.tagging_cases import check_values

DCT = dt.date(2005, 11, 17)

CASES = [
    (
        "en-first-time",
        "en",
        "It is the first time in five years the figure has fallen.",
        {"in five years": "P5Y"},
    ),
    (
        "en-highest",
        "en",
        "Prices are at their highest level in six years.",
        {"in six years": "P6Y"},
    ),
    ("en-worst", "en", "This is the worst drought in 50 years.", {"in 50 years": "P50Y"}),
    ("en-future", "en", "The talks will resume in four years.", {"in four years": "2009"}),
    (
        "en-first-future",
        "en",
        "The first flight leaves in two days.",
        {"in two days": "2005-11-19"},
    ),
    (
        "pt-first-time",
        "pt",
        "O número caiu pela primeira vez em quatro anos.",
        {"em quatro anos": "P4Y"},
    ),
    (
        "pt-highest",
        "pt",
        "A inflação está no nível mais alto em seis anos.",
        {"em seis anos": "P6Y"},
    ),
    ("pt-future", "pt", "As eleições serão em quatro anos.", {"em quatro anos": "2009"}),
    (
        "id-highest",
        "id",
        "Harga mencapai level tertinggi dalam enam tahun.",
        {"dalam enam tahun": "P6Y"},
    ),
    ("id-future", "id", "Pemilu akan digelar dalam empat tahun.", {"dalam empat tahun": "2009"}),
    (
        "es-first-time",
        "es",
        "El paro cayó por primera vez en cuatro años.",
        {"en cuatro años": "P4Y"},
    ),
    ("es-future", "es", "Las elecciones serán en cuatro años.", {"en cuatro años": "2009"}),
    (
        "nl-first-time",
        "nl",
        "De werkloosheid daalt voor het eerst in vier jaar.",
        {"in vier jaar": "P4Y"},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_record_looks_back_on_the_span(lang: str, text: str, expected: dict[str, str]) -> None:
    check_values(text, lang, DCT, expected)
