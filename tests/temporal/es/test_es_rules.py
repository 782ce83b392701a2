"""Spanish tagging: short texts written for these tests, resolved against a Wednesday."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal.tagging_cases import check_no_dates, check_values, tagged
from timeline.model import Anchor, TimexType

LANG = "es"
DCT = dt.date(2022, 1, 12)  # miércoles, 2022-W02

VALUES = [
    ("duration-since", "Vive aquí desde hace tres años.", {"desde hace tres años": "P3Y"}),
    ("short-year", "Se fue en julio '98.", {"julio '98": "1998-07"}),
    ("compound-number", "El plazo es de veinticinco días.", {"veinticinco días": "P25D"}),
    (
        "past-weekday",
        "El alcalde dijo el martes que el puente sigue cerrado.",
        {"el martes": "2022-01-11"},
    ),
    ("future-weekday", "El consejo votará el martes.", {"el martes": "2022-01-18"}),
    (
        "dateline",
        "Madrid, 12 de enero de 2022. El gobierno dimitió.",
        {"12 de enero de 2022": "2022-01-12"},
    ),
    (
        "weekday-day-month",
        "El lunes 10 de enero reabrió el puerto.",
        {"lunes 10 de enero": "2022-01-10"},
    ),
    ("partial-date", "La elección se celebró el 3 de enero.", {"3 de enero": "2022-01-03"}),
    ("ordinal-day", "La feria abre el 1º de mayo de 2023.", {"1º de mayo de 2023": "2023-05-01"}),
    ("numeric", "El contrato del 1/9/39 no duró.", {"1/9/39": "1939-09-01"}),
    ("abbr-numeric", "El acta lleva fecha 6-jul-2018.", {"6-jul-2018": "2018-07-06"}),
    ("last-week", "La semana pasada hubo inundaciones.", {"La semana pasada": "2022-W01"}),
    ("this-week", "Las escuelas siguen cerradas esta semana.", {"esta semana": "2022-W02"}),
    ("next-week", "La próxima semana llegarán los técnicos.", {"La próxima semana": "2022-W03"}),
    ("next-year-post", "El año que viene habrá elecciones.", {"El año que viene": "2023"}),
    ("yesterday", "La huelga terminó ayer.", {"ayer": "2022-01-11"}),
    ("day-before-yesterday", "Anteayer cerró la frontera.", {"Anteayer": "2022-01-10"}),
    ("tomorrow", "Las conversaciones siguen mañana.", {"mañana": "2022-01-13"}),
    (
        "tomorrow-morning",
        "Mañana por la mañana abrirán las urnas.",
        {"Mañana por la mañana": "2022-01-13TMO"},
    ),
    ("this-morning", "Esta mañana llovió en la capital.", {"Esta mañana": "2022-01-12TMO"}),
    ("last-night", "Anoche hubo disparos.", {"Anoche": "2022-01-11TNI"}),
    ("ago", "La ciudad fue fundada hace 50 años.", {"hace 50 años": "1972"}),
    ("ahead-future", "Las tropas saldrán en dos días.", {"en dos días": "2022-01-14"}),
    ("ahead-past", "La obra se terminó en dos días.", {"en dos días": "P2D"}),
    ("duration", "La fiesta dura diez días.", {"diez días": "P10D"}),
    (
        "duration-span",
        "Los precios subieron en los últimos tres meses.",
        {"los últimos tres meses": "P3M"},
    ),
    ("decade-words", "El molino es de los años veinte.", {"los años veinte": "192"}),
    ("decade-digits", "Eso ocurrió en la década de 1990.", {"la década de 1990": "199"}),
    ("century", "Es la peor sequía del siglo XXI.", {"siglo XXI": "20"}),
    ("year", "La presa se construyó en 2014.", {"2014": "2014"}),
    ("month-year", "En septiembre de 1939 comenzó la guerra.", {"septiembre de 1939": "1939-09"}),
    ("mod-start", "A principios de 2021 atacaron los rebeldes.", {"A principios de 2021": "2021"}),
    ("clock", "El ataque comenzó a las 4:45.", {"a las 4:45": "2022-01-12T04:45"}),
    (
        "clock-pm",
        "La cena empieza a las 7 de la tarde.",
        {"a las 7 de la tarde": "2022-01-12T19:00"},
    ),
    ("set", "Los autobuses salen todos los días.", {"todos los días": "P1D"}),
    ("last-weekday-pre", "El pasado martes cayó la nieve.", {"El pasado martes": "2022-01-11"}),
    (
        "next-weekday-post",
        "Se reunirán el viernes que viene.",
        {"el viernes que viene": "2022-01-14"},
    ),
    ("this-season", "Este verano habrá sequía.", {"Este verano": "2022-SU"}),
    ("last-season", "El verano pasado fue seco.", {"El verano pasado": "2021-SU"}),
    (
        "quarter",
        "Las ventas cayeron en el tercer trimestre de 2021.",
        {"el tercer trimestre de 2021": "2021-Q3"},
    ),
    ("weekend", "Este fin de semana hay mercado.", {"Este fin de semana": "2022-W02-WE"}),
    ("present-ref", "Actualmente no hay vuelos.", {"Actualmente": "PRESENT_REF"}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in VALUES], ids=[c[0] for c in VALUES])
def test_values(text: str, expected: dict[str, str]) -> None:
    check_values(text, LANG, DCT, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El 3 de enero hubo disturbios. El día anterior llegó la policía.",
            {"El día anterior": "2022-01-02"},
        ),
        (
            "El 4 de junio de 1940 empezó el asedio. Al día siguiente cayó la ciudad.",
            {"Al día siguiente": "1940-06-05"},
        ),
        (
            "El 4 de junio de 2020 empezó el asedio. Dos días después se rindió la guarnición.",
            {"Dos días después": "2020-06-06"},
        ),
    ],
    ids=["dia-anterior", "dia-siguiente", "dos-dias-despues"],
)
def test_anaphoric_against_previous_date(text: str, expected: dict[str, str]) -> None:
    check_values(text, LANG, DCT, expected)


def test_reported_speech_counts_from_the_day_of_the_speech() -> None:
    text = "Las tropas comenzarán a retirarse en dos días, dijo Tokayev el martes."
    found = tagged(text, LANG, DCT)
    assert found["en dos días"].value == "2022-01-13"
    assert found["en dos días"].anchor is Anchor.REPORTED_SPEECH


@pytest.mark.parametrize(
    ("text", "span", "mod"),
    [
        ("A finales de 2021 subió el pan.", "A finales de 2021", "END"),
        (
            "A mediados de marzo de 2020 cerraron las fronteras.",
            "A mediados de marzo de 2020",
            "MID",
        ),
        ("Hasta el 15 de marzo seguirá la veda.", "15 de marzo", "BEFORE"),
    ],
    ids=["finales", "mediados", "hasta"],
)
def test_mods(text: str, span: str, mod: str) -> None:
    assert tagged(text, LANG, DCT)[span].mod == mod


NO_DATES = [
    ("por-ciento", "La participación fue del 68 por ciento."),
    ("percent-sign", "El paro subió al 19%."),
    ("money", "La multa fue de 2014 euros."),
    ("people", "Llegaron 2000 personas a la plaza."),
    ("morning-not-tomorrow", "Por la mañana hacía frío."),
    ("sea-not-tuesday", "El mar estaba en calma."),
    ("sum", "El resultado de 17 + 11 era falso."),
]


@pytest.mark.parametrize("text", [c[1] for c in NO_DATES], ids=[c[0] for c in NO_DATES])
def test_numbers_and_words_that_are_not_dates(text: str) -> None:
    check_no_dates(text, LANG, DCT)


def test_types_of_durations_and_sets() -> None:
    found = tagged("Trabajó tres años y viene cada semana.", LANG, DCT)
    assert found["tres años"].type is TimexType.DURATION
    assert found["cada semana"].type is TimexType.SET
