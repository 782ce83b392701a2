"""A holiday told with a shifted year ("Christmas last year", "Weihnachten letzten Jahres",
"Natal do ano passado") is that year's holiday, fixed or movable; texts written for these
tests, publication date Wed 2022-01-12."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal.tagging_cases import check_values

DCT = dt.date(2022, 1, 12)

CASES = [
    ("en-fixed-last-year", "en", "Sales fell at Christmas last year.",
     {"Christmas last year": "2021-12-25"}),
    ("en-movable-next-year", "en", "The fair opens at Easter next year.",
     {"Easter next year": "2023-04-09"}),
    ("en-this-year", "en", "Shops close on Christmas this year.",
     {"Christmas this year": "2022-12-25"}),
    ("de-fixed-last-year", "de", "Der Markt war zu Weihnachten letzten Jahres voll.",
     {"Weihnachten letzten Jahres": "2021-12-25"}),
    ("de-movable-next-year", "de", "Die Messe beginnt an Ostern des kommenden Jahres.",
     {"Ostern des kommenden Jahres": "2023-04-09"}),
    ("pt-fixed-last-year", "pt", "As vendas caíram no Natal do ano passado.",
     {"Natal do ano passado": "2021-12-25"}),
    ("pt-movable-next-year", "pt", "A feira abre na Páscoa do ano que vem.",
     {"Páscoa do ano que vem": "2023-04-09"}),
    ("pt-carnival-last-year", "pt", "O desfile do Carnaval do ano passado atrasou.",
     {"Carnaval do ano passado": "2021-02-16"}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_holiday_of_a_shifted_year(lang: str, text: str, expected: dict[str, str]) -> None:
    check_values(text, lang, DCT, expected)
