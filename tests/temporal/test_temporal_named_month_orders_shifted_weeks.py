"""Dates whose named month lets day and year come in any order ("September-2020-23"),
numbered weeks and months of a shifted year ("KW 27 letzten Jahres", "9º mês do próximo ano")
and Portuguese days in words ("dois de janeiro"); texts written for these tests, publication
date Wed 2022-01-12."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.temporal.tagging_cases import check_no_dates, check_values
from timeline.temporal import tag

DCT = dt.date(2022, 1, 12)

CASES = [
    # named month, day and four-digit year in any order
    ("en-month-year-day", "en", "Filed on September-2020-23 in court.",
     {"September-2020-23": "2020-09-23"}),
    ("en-year-day-month", "en", "The form says 2020/23/sep at the top.",
     {"2020/23/sep": "2020-09-23"}),
    ("de-day-year-month", "de", "Das Formular trägt 23-2020-September als Datum.",
     {"23-2020-September": "2020-09-23"}),
    ("de-month-year-day", "de", "Eingang am Oktober-2019-4.", {"Oktober-2019-4": "2019-10-04"}),
    ("pt-year-day-month", "pt", "O carimbo diz 2021/5/out no verso.",
     {"2021/5/out": "2021-10-05"}),
    ("pt-day-year-month", "pt", "Assinado em 23-2020-setembro.",
     {"23-2020-setembro": "2020-09-23"}),
    # a numbered week of a shifted year
    ("en-week-of-last-year", "en", "Sales peaked in week 27 of last year.",
     {"week 27 of last year": "2021-W27"}),
    ("de-kw-last-year", "de", "Die Lieferung kam in der KW 27 letzten Jahres.",
     {"KW 27 letzten Jahres": "2021-W27"}),
    ("de-week-next-year", "de", "Der Bau beginnt in Woche 5 des kommenden Jahres.",
     {"Woche 5 des kommenden Jahres": "2023-W05"}),
    ("pt-week-last-year", "pt", "O pico foi na semana 27 do ano passado.",
     {"semana 27 do ano passado": "2021-W27"}),
    ("pt-week-next-year", "pt", "A obra começa na semana 10 do próximo ano.",
     {"semana 10 do próximo ano": "2023-W10"}),
    ("pt-week-year-words", "pt", "Termina na semana 3 de dois mil e vinte e sete.",
     {"semana 3 de dois mil e vinte e sete": "2027-W03"}),
    ("pt-week-year-digits", "pt", "Chegou na semana 31 de 2018.",
     {"semana 31 de 2018": "2018-W31"}),
    # an ordinal month of a shifted year
    ("en-month-next-year", "en", "It opens in the ninth month of next year.",
     {"ninth month of next year": "2023-09"}),
    ("pt-month-next-year", "pt", "Abre no 9º mês do próximo ano.",
     {"9º mês do próximo ano": "2023-09"}),
    ("pt-month-last-year", "pt", "Caiu no terceiro mês do ano passado.",
     {"terceiro mês do ano passado": "2021-03"}),
    # a day in words before its month
    ("pt-day-word", "pt", "Voltou em dois de janeiro.", {"dois de janeiro": "2022-01-02"}),
    ("pt-day-word-compound-year", "pt", "Nasceu a vinte e dois de abril de 2019.",
     {"vinte e dois de abril de 2019": "2019-04-22"}),
    ("pt-ordinal-word", "pt", "O desfile de primeiro de maio de 2020 foi cancelado.",
     {"primeiro de maio de 2020": "2020-05-01"}),
    ("es-day-word", "es", "Volvió el dos de enero de 2020.",
     {"dos de enero de 2020": "2020-01-02"}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_named_month_orders_and_shifted_weeks(
    lang: str, text: str, expected: dict[str, str]
) -> None:
    check_values(text, lang, DCT, expected)


NOT_DATES = [
    ("en-day-over-31", "en", "The code 2020/41/sep is a part number."),
    ("pt-match-week", "pt", "Na semana 3 do campeonato o time perdeu."),
    ("pt-sea", "pt", "Viu um de mar calmo e outro agitado."),
]


@pytest.mark.parametrize(
    ("lang", "text"), [c[1:] for c in NOT_DATES], ids=[c[0] for c in NOT_DATES]
)
def test_numbers_beside_month_words_stay_numbers(lang: str, text: str) -> None:
    found = [t for t in tag(text, lang, DCT) if t.rule.split(".", 1)[1] != "year"]
    assert found == [], [(t.text, t.value, t.rule) for t in found]


def test_no_year_week_stays_untagged() -> None:
    check_no_dates("O time venceu na semana 27.", "pt", DCT)


@given(week=st.integers(min_value=1, max_value=53), back=st.sampled_from(["passado", "anterior"]))
def test_week_of_last_year_any_week(week: int, back: str) -> None:
    text = f"Foi na semana {week} do ano {back}."
    assert [t.value for t in tag(text, "pt", DCT)] == [f"2021-W{week:02d}"]
