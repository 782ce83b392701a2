"""Numeric dates written with dots and a four-digit year ("23.04.2022"), with a clock time after
them; texts written for these tests, publication date Wed 2022-01-12."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal.tagging_cases import check_values
from timeline.temporal import tag

DCT = dt.date(2022, 1, 12)

DOTTED = [
    (
        "pt-with-clock",
        "pt",
        "Chegou em 23.04.2022 14:55 ao porto.",
        {"23.04.2022 14:55": "2022-04-23T14:55"},
    ),
    ("pt-alone", "pt", "O contrato de 05.11.2019 caducou.", {"05.11.2019": "2019-11-05"}),
    ("es-alone", "es", "El contrato del 05.11.2019 caducó.", {"05.11.2019": "2019-11-05"}),
    ("de-alone", "de", "Der Vertrag vom 05.11.2019 lief aus.", {"05.11.2019": "2019-11-05"}),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in DOTTED], ids=[c[0] for c in DOTTED]
)
def test_a_dotted_date_with_its_year(lang: str, text: str, expected: dict[str, str]) -> None:
    check_values(text, lang, DCT, expected)


NOT_DATES = [
    ("pt-version", "pt", "Instale a versão 1.5.2022.3 agora."),
    ("pt-decimal", "pt", "O índice subiu 3.4 pontos."),
    ("pt-short-year", "pt", "A regra 1.3.22 mudou."),
    ("pt-address", "pt", "O servidor 10.10.2020.1 caiu."),
]


@pytest.mark.parametrize(
    ("lang", "text"), [c[1:] for c in NOT_DATES], ids=[c[0] for c in NOT_DATES]
)
def test_dotted_numbers_that_are_no_dates(lang: str, text: str) -> None:
    assert not any(t.value[:4].isdigit() and "-" in t.value for t in tag(text, lang, DCT))
