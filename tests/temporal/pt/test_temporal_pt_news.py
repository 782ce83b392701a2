"""Portuguese news conventions (second pass): short texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal.tagging_cases import check_values, tagged

DCT = dt.date(2022, 1, 12)  # quarta-feira, 2022-W02

VALUES = [
    ("weekday-is-today", "O ministro demitiu-se na quarta-feira.", {"quarta-feira": "2022-01-12"}),
    (
        "today-nowadays",
        "A Índia, hoje uma adversária do pacto, assinou-o em 1990.",
        {"hoje": "PRESENT_REF"},
    ),
    ("today-is-nowadays", "O porto é hoje um dos maiores da Ásia.", {"hoje": "PRESENT_REF"}),
    ("today-the-day", "O porto reabriu hoje, disse o ministro.", {"hoje": "2022-01-12"}),
    ("year-ended", "O lucro do ano findo em 30 de junho caiu.", {"ano": "P1Y"}),
    (
        "fiscal-year-ended",
        "As vendas no ano fiscal terminado a 31 de março subiram.",
        {"ano fiscal": "P1Y"},
    ),
    ("whole-year", "A empresa prevê um aumento para o ano inteiro.", {"o ano inteiro": "2022"}),
    ("end-of-year", "A venda ficará concluída até ao final do ano.", {"final do ano": "2022"}),
    ("ago-hedged", "A guerra começou há quase quatro anos.", {"há quase quatro anos": "2018"}),
    (
        "ago-more-than",
        "A ponte caiu há pouco mais de dois meses.",
        {"há pouco mais de dois meses": "2021-11"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in VALUES], ids=[c[0] for c in VALUES])
def test_news_values(text: str, expected: dict[str, str]) -> None:
    check_values(text, "pt", DCT, expected)


def test_end_of_year_carries_its_mod() -> None:
    found = tagged("A venda ficará concluída até ao final do ano.", "pt", DCT)
    assert found["final do ano"].mod == "END"


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("O ministro, de 49 anos, disse que a obra dura cinco anos.", "49 anos"),
        ("Ana Lima, 35 anos, foi eleita.", "35 anos"),
        ("Aos 18 anos, ele partiu.", "18 anos"),
    ],
    ids=["de-n-anos", "comma-n-anos", "aos-n-anos"],
)
def test_ages_are_not_durations(text: str, age: str) -> None:
    assert age not in tagged(text, "pt", DCT)


def test_ate_agora_is_so_far_not_now() -> None:
    found = tagged("Até agora, a ofensiva avançou. Agora o exército para.", "pt", DCT)
    assert "agora" not in found and found["Agora"].value == "PRESENT_REF"


def test_two_digit_year_does_not_swallow_the_next_numeric_date() -> None:
    found = tagged("Oferta prolongada até 9 de novembro\n11/02/89 JORNAL", "pt", DCT)
    assert found["9 de novembro"].value == "2021-11-09"  # not 2011 from "11/02/89"
