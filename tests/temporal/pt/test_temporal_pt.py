"""Portuguese tagging: short texts written for these tests, resolved against a Wednesday."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal.tagging_cases import check_no_dates, check_values, tagged
from timeline.model import Anchor

DCT = dt.date(2022, 1, 12)  # quarta-feira, 2022-W02

VALUES = [
    (
        "full-date",
        "O tratado foi assinado em 3 de março de 2014.",
        {"3 de março de 2014": "2014-03-03"},
    ),
    ("partial-date", "A eleição ocorreu em 3 de janeiro.", {"3 de janeiro": "2022-01-03"}),
    (
        "past-weekday",
        "O prefeito disse na terça-feira que a ponte estava fechada.",
        {"terça-feira": "2022-01-11"},
    ),
    ("future-weekday", "O conselho vai votar na terça-feira.", {"terça-feira": "2022-01-18"}),
    ("short-weekday", "O ministro falou na segunda com os jornalistas.", {"segunda": "2022-01-10"}),
    ("yesterday", "A greve terminou ontem.", {"ontem": "2022-01-11"}),
    ("last-week", "As cheias atingiram o vale na semana passada.", {"semana passada": "2022-W01"}),
    ("this-week", "As escolas ficam fechadas esta semana.", {"esta semana": "2022-W02"}),
    ("last-year", "As exportações caíram no ano passado.", {"ano passado": "2021"}),
    ("ago", "A cidade foi fundada há 50 anos.", {"há 50 anos": "1972"}),
    ("duration", "A festa dura dez dias.", {"dez dias": "P10D"}),
    ("decade", "O moinho data da década de 1920.", {"década de 1920": "192"}),
    ("century", "É a pior seca do século XXI.", {"século XXI": "20"}),
    (
        "quarter",
        "O lucro subiu no terceiro trimestre de 2021.",
        {"terceiro trimestre de 2021": "2021-Q3"},
    ),
    ("numeric", "Documento de 17/10/2013 no tribunal.", {"17/10/2013": "2013-10-17"}),
    ("mod-start", "Os rebeldes atacaram no início de janeiro.", {"início de janeiro": "2022-01"}),
    (
        "day-and-clock",
        "A reunião foi na terça-feira às 14:30.",
        {"terça-feira às 14:30": "2022-01-11T14:30"},
    ),
    (
        "month-of-last-year",
        "As vendas subiram em junho do ano passado.",
        {"junho do ano passado": "2021-06"},
    ),
    ("holiday", "As lojas fecham na véspera de Natal.", {"véspera de Natal": "2021-12-24"}),
    ("short-decade", "Os preços eram baixos nos anos 90.", {"anos 90": "199"}),
    ("month-passado", "As vendas caíram em dezembro passado.", {"dezembro passado": "2021-12"}),
    ("clock-da-tarde", "O ataque foi às 7h15 da tarde.", {"7h15 da tarde": "2022-01-12T19:15"}),
    ("ordinal-day", "O prazo termina no dia 18.", {"dia 18": "2022-01-18"}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in VALUES], ids=[c[0] for c in VALUES])
def test_values(text: str, expected: dict[str, str]) -> None:
    check_values(text, "pt", DCT, expected)


def test_dia_seguinte_follows_the_previous_date() -> None:
    text = "A barragem rompeu em 4 de junho de 2020. No dia seguinte, os moradores fugiram."
    found = tagged(text, "pt", DCT)
    assert found["No dia seguinte"].value == "2020-06-05"
    assert found["No dia seguinte"].anchor is Anchor.PREVIOUS


def test_reported_speech_in_two_days() -> None:
    text = "As tropas vão começar a sair em dois dias, disse o presidente na terça-feira."
    found = tagged(text, "pt", DCT)
    assert found["em dois dias"].value == "2022-01-13"
    assert found["em dois dias"].anchor is Anchor.REPORTED_SPEECH


NO_DATES = [
    ("por-cento", "A participação foi de 68 por cento."),
    ("reais", "A multa foi de R$ 2014 em dinheiro."),
    ("milhoes", "Um país de 18 milhões de habitantes."),
    ("segunda-ordinal", "Foi a segunda vez que isso aconteceu."),
]


@pytest.mark.parametrize("text", [c[1] for c in NO_DATES], ids=[c[0] for c in NO_DATES])
def test_numbers_that_are_not_dates(text: str) -> None:
    check_no_dates(text, "pt", DCT)
