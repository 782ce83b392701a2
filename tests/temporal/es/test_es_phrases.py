"""Spanish phrase classes of the second tagger pass: shifted weeks, day words, dates after a
shift word, week numbers, clock words, sub-day shifts, mods before a day. Texts written here."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal.tagging_cases import check_values, tagged

DCT = dt.date(2022, 1, 12)  # miércoles, 2022-W02

VALUES = [
    (
        "weekday-next-week",
        "Nos vemos el martes de la semana próxima.",
        {"el martes de la semana próxima": "2022-01-18"},
    ),
    (
        "week-then-weekday",
        "La semana pasada, el lunes, llovió.",
        {"La semana pasada, el lunes": "2022-01-03"},
    ),
    ("day-word", "La fiesta es el cuatro de julio.", {"cuatro de julio": "2022-07-04"}),
    (
        "day-word-year",
        "Nació el primero de mayo de 2001.",
        {"primero de mayo de 2001": "2001-05-01"},
    ),
    (
        "shift-then-date",
        "El pasado 10 de enero hubo elecciones.",
        {"El pasado 10 de enero": "2022-01-10"},
    ),
    (
        "next-then-date",
        "El próximo 3 de marzo abre el museo.",
        {"El próximo 3 de marzo": "2022-03-03"},
    ),
    ("next-month-name", "El museo abre el próximo marzo.", {"el próximo marzo": "2022-03"}),
    (
        "last-month-name",
        "El pasado mes de noviembre llovió.",
        {"El pasado mes de noviembre": "2021-11"},
    ),
    ("week-number", "El pedido llega en la semana 31.", {"la semana 31": "2022-W31"}),
    ("half-past", "Cenamos a las siete y media.", {"a las siete y media": "2022-01-12T07:30"}),
    (
        "quarter-to-evening",
        "Llegó a las nueve menos cuarto de la noche.",
        {"a las nueve menos cuarto de la noche": "2022-01-12T20:45"},
    ),
    (
        "word-hour-afternoon",
        "Abre a las cinco de la tarde.",
        {"a las cinco de la tarde": "2022-01-12T17:00"},
    ),
    (
        "weekday-then-week",
        "Llega el lunes de la próxima semana.",
        {"el lunes de la próxima semana": "2022-01-17"},
    ),
    (
        "shift-week-weekday",
        "Volvemos la próxima semana el martes.",
        {"la próxima semana el martes": "2022-01-18"},
    ),
    (
        "word-minutes-night",
        "Cenamos a las ocho y veinte de la noche.",
        {"a las ocho y veinte de la noche": "2022-01-12T20:20"},
    ),
    ("slash-day-month", "3/5 será la fecha del concierto.", {"3/5": "2022-05-03"}),
    ("mins-abbreviation", "El tren sale en 5 mins.", {"en 5 mins": "2022-01-12T00:05"}),
    ("minutes-ago", "El tren salió hace 30 minutos.", {"hace 30 minutos": "2022-01-11T23:30"}),
    ("in-hours", "La tienda abre en 2 horas.", {"en 2 horas": "2022-01-12T02:00"}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in VALUES], ids=[c[0] for c in VALUES])
def test_phrase_values(text: str, expected: dict[str, str]) -> None:
    check_values(text, "es", DCT, expected)


def test_end_of_month_keeps_its_mod() -> None:
    assert tagged("A finales de enero nevó.", "es", DCT)["A finales de enero"].mod == "END"


def test_round_the_clock_is_no_date() -> None:
    assert tagged("La tienda abre 24/7 todo el año.", "es", DCT) == {}
