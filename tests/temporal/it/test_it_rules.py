"""Italian tagging: short texts written for these tests, resolved against a Wednesday."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal.tagging_cases import check_no_dates, check_values, tagged
from timeline.model import Anchor, TimexType

LANG = "it"
DCT = dt.date(2022, 1, 12)  # mercoledì, 2022-W02

VALUES = [
    ("short-year", "È partito nel luglio '98.", {"luglio '98": "1998-07"}),
    ("compound-number", "Il termine è di venticinque giorni.", {"venticinque giorni": "P25D"}),
    (
        "past-weekday",
        "Il sindaco ha detto martedì che il ponte resta chiuso.",
        {"martedì": "2022-01-11"},
    ),
    ("future-weekday", "Il consiglio voterà martedì.", {"martedì": "2022-01-18"}),
    (
        "dateline",
        "Roma, 12 gennaio 2022. Il governo si è dimesso.",
        {"12 gennaio 2022": "2022-01-12"},
    ),
    (
        "weekday-day-month",
        "Lunedì 10 gennaio il porto ha riaperto.",
        {"Lunedì 10 gennaio": "2022-01-10"},
    ),
    ("partial-date", "Le elezioni si sono tenute il 3 gennaio.", {"3 gennaio": "2022-01-03"}),
    ("ordinal-day", "La fiera apre il 1° maggio 2023.", {"1° maggio 2023": "2023-05-01"}),
    ("numeric", "Il trattato del 1/9/39 non durò.", {"1/9/39": "1939-09-01"}),
    ("abbr-numeric", "Il verbale porta la data 23/set/2020.", {"23/set/2020": "2020-09-23"}),
    (
        "last-week-post",
        "La settimana scorsa ci sono state alluvioni.",
        {"La settimana scorsa": "2022-W01"},
    ),
    ("this-week", "Le scuole restano chiuse questa settimana.", {"questa settimana": "2022-W02"}),
    (
        "next-week-pre",
        "I tecnici arriveranno la prossima settimana.",
        {"la prossima settimana": "2022-W03"},
    ),
    ("last-year-elided", "L'anno scorso il raccolto fu buono.", {"L'anno scorso": "2021"}),
    ("this-year-elided", "Quest'anno ci saranno le elezioni.", {"Quest'anno": "2022"}),
    ("last-year-pre", "Lo scorso anno la fabbrica ha chiuso.", {"Lo scorso anno": "2021"}),
    ("yesterday", "Lo sciopero è finito ieri.", {"ieri": "2022-01-11"}),
    ("day-before-yesterday", "L'altro ieri è caduta la neve.", {"L'altro ieri": "2022-01-10"}),
    ("tomorrow", "I colloqui riprendono domani.", {"domani": "2022-01-13"}),
    ("tomorrow-morning", "Domani mattina apriranno i seggi.", {"Domani mattina": "2022-01-13TMO"}),
    ("this-morning", "Stamattina ha piovuto nella capitale.", {"Stamattina": "2022-01-12TMO"}),
    ("this-evening", "Stasera parlerà il presidente.", {"Stasera": "2022-01-12TEV"}),
    ("last-evening", "Ieri sera ci sono stati spari.", {"Ieri sera": "2022-01-11TEV"}),
    ("ago", "La città fu fondata 50 anni fa.", {"50 anni fa": "1972"}),
    ("ahead-future", "Le truppe partiranno tra due giorni.", {"tra due giorni": "2022-01-14"}),
    ("duration", "La festa dura dieci giorni.", {"dieci giorni": "P10D"}),
    ("duration-elided", "Il volo è durato un'ora.", {"un'ora": "PT1H"}),
    (
        "duration-span",
        "I prezzi sono saliti negli ultimi tre mesi.",
        {"negli ultimi tre mesi": "P3M"},
    ),
    ("decade-words", "Il mulino risale agli anni Venti.", {"anni Venti": "192"}),
    ("decade-apostrophe", "Era la musica degli anni '90.", {"anni '90": "199"}),
    ("century-roman", "È la peggiore siccità del XXI secolo.", {"XXI secolo": "20"}),
    ("century-name", "Il palazzo è del Novecento.", {"Novecento": "19"}),
    ("year", "La diga è stata costruita nel 2014.", {"2014": "2014"}),
    ("month-year", "Nel settembre 1939 iniziò la guerra.", {"settembre 1939": "1939-09"}),
    ("mod-start", "All'inizio del 2021 i ribelli attaccarono.", {"All'inizio del 2021": "2021"}),
    ("clock", "L'attacco è iniziato alle 4:45.", {"alle 4:45": "2022-01-12T04:45"}),
    ("clock-evening", "La cena inizia alle 7 di sera.", {"alle 7 di sera": "2022-01-12T19:00"}),
    ("set", "Gli autobus partono tutti i giorni.", {"tutti i giorni": "P1D"}),
    ("last-weekday", "Martedì scorso è caduta la neve.", {"Martedì scorso": "2022-01-11"}),
    ("next-weekday", "Si riuniranno il prossimo venerdì.", {"il prossimo venerdì": "2022-01-14"}),
    ("this-season", "Quest'estate ci sarà siccità.", {"Quest'estate": "2022-SU"}),
    ("last-season", "L'inverno scorso fu duro.", {"L'inverno scorso": "2021-WI"}),
    (
        "quarter",
        "Le vendite sono calate nel terzo trimestre del 2021.",
        {"nel terzo trimestre del 2021": "2021-Q3"},
    ),
    ("weekend", "Il fine settimana ci sarà il mercato.", {"Il fine settimana": "2022-W02-WE"}),
    ("present-ref", "Attualmente non ci sono voli.", {"Attualmente": "PRESENT_REF"}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in VALUES], ids=[c[0] for c in VALUES])
def test_values(text: str, expected: dict[str, str]) -> None:
    check_values(text, LANG, DCT, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Il 3 gennaio ci sono stati scontri. Il giorno prima era arrivata la polizia.",
            {"Il giorno prima": "2022-01-02"},
        ),
        (
            "L'assedio iniziò il 4 giugno 1940. Il giorno dopo la città cadde.",
            {"Il giorno dopo": "1940-06-05"},
        ),
        (
            "L'assedio iniziò il 4 giugno 2020. Due giorni dopo la guarnigione si arrese.",
            {"Due giorni dopo": "2020-06-06"},
        ),
    ],
    ids=["giorno-prima", "giorno-dopo", "due-giorni-dopo"],
)
def test_anaphoric_against_previous_date(text: str, expected: dict[str, str]) -> None:
    check_values(text, LANG, DCT, expected)


def test_reported_speech_counts_from_the_day_of_the_speech() -> None:
    text = "Le truppe inizieranno a ritirarsi tra due giorni, ha detto Tokayev martedì."
    found = tagged(text, LANG, DCT)
    assert found["tra due giorni"].value == "2022-01-13"
    assert found["tra due giorni"].anchor is Anchor.REPORTED_SPEECH


@pytest.mark.parametrize(
    ("text", "span", "mod"),
    [
        ("Alla fine del 2021 il pane è aumentato.", "Alla fine del 2021", "END"),
        ("A metà marzo 2020 hanno chiuso i confini.", "A metà marzo 2020", "MID"),
        ("Entro il 15 marzo la caccia resta chiusa.", "15 marzo", "BEFORE"),
    ],
    ids=["fine", "meta", "entro"],
)
def test_mods(text: str, span: str, mod: str) -> None:
    assert tagged(text, LANG, DCT)[span].mod == mod


NO_DATES = [
    ("per-cento", "L'affluenza è stata del 68 per cento."),
    ("percent-sign", "La disoccupazione è salita al 19%."),
    ("money", "La multa è di 2014 euro."),
    ("people", "Circa 2000 persone erano in piazza."),
    ("sea-not-tuesday", "Il mar Tirreno era calmo."),
    ("sum", "Il risultato di 17 + 11 era sbagliato."),
]


@pytest.mark.parametrize("text", [c[1] for c in NO_DATES], ids=[c[0] for c in NO_DATES])
def test_numbers_and_words_that_are_not_dates(text: str) -> None:
    check_no_dates(text, LANG, DCT)


def test_types_of_durations_and_sets() -> None:
    found = tagged("Ha lavorato tre anni e viene ogni settimana.", LANG, DCT)
    assert found["tre anni"].type is TimexType.DURATION
    assert found["ogni settimana"].type is TimexType.SET
