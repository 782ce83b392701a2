"""The edge of the current unit ("the end of the year", "Ende des Monats", "no final do mês"),
named weeks and evenings ("nächste Arbeitswoche", "dieser Abend"), and day ranges after a
month ("November 19-20", "novembro 19-20", "de março ate maio")."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import tag, tag_with_ranges

DCT = dt.date(2020, 4, 30)  # a Thursday

EDGES = [
    # (id, lang, text, timex text, value)
    ("de-end-of-month", "de", "Am Ende des Monats zahlt er.", "Ende des Monats", "2020-04"),
    ("de-start-of-year", "de", "Anfang des Jahres stieg der Preis.", "Anfang des Jahres", "2020"),
    ("de-middle-of-week", "de", "Mitte der Woche regnet es.", "Mitte der Woche", "2020-W18"),
    ("en-end-of-year", "en", "Sales rise by the end of the year.", "the end of the year", "2020"),
    ("en-start-of-month", "en", "Rent is due at the start of the month.", "the start of the month",
     "2020-04"),
    ("pt-end-of-month", "pt", "O salário sai no final do mês.", "final do mês", "2020-04"),
    ("de-next-work-week", "de", "Es wird nächste Arbeitswoche passieren.", "nächste Arbeitswoche",
     "2020-W19"),
    ("de-this-evening", "de", "Dieser Abend wird schön.", "Dieser Abend", "2020-04-30TEV"),
    ("de-this-morning-dative", "de", "An diesem Morgen griffen sie an.", "diesem Morgen",
     "2020-04-30TMO"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "found", "value"), [e[1:] for e in EDGES], ids=[e[0] for e in EDGES]
)
def test_edge_of_the_current_unit(lang: str, text: str, found: str, value: str) -> None:
    assert (found, value) in [(t.text, t.value) for t in tag(text, lang, DCT)]


NOT_EDGES = [
    # (id, lang, text, a value that must not come out)
    ("de-named-month-wins", "de", "Am Ende des Monats April zahlt er.", "2020-04-30"),
    ("en-year-before", "en", "By the end of the year before, it fell.", "2020"),
    ("pt-named-month-wins", "pt", "Até o fim do mês de maio.", "2020-04"),
]


@pytest.mark.parametrize(
    ("lang", "text", "value"), [n[1:] for n in NOT_EDGES], ids=[n[0] for n in NOT_EDGES]
)
def test_no_edge_of_the_current_unit(lang: str, text: str, value: str) -> None:
    assert value not in [t.value for t in tag(text, lang, DCT)]


DAY_RANGES = [
    # (id, lang, text, first day, last day)
    ("de-month-then-days", "de", "Ich bin November 19-20 unterwegs.", "2019-11-19", "2019-11-20"),
    ("pt-month-then-days", "pt", "Estarei fora novembro 19-20.", "2019-11-19", "2019-11-20"),
    ("en-month-then-days", "en", "Talks on Nov. 19-20 in Paris.", "2019-11-19", "2019-11-20"),
    ("pt-unaccented-ate", "pt", "Obras de 3 de março ate 5 de maio.", "2020-03-03", "2020-05-05"),
]


@pytest.mark.parametrize(
    ("lang", "text", "first", "last"), [d[1:] for d in DAY_RANGES], ids=[d[0] for d in DAY_RANGES]
)
def test_day_range_after_a_month(lang: str, text: str, first: str, last: str) -> None:
    tagged = tag_with_ranges(text, lang, DCT)
    assert [(r.first_day, r.last_day) for r in tagged.ranges] == [
        (dt.date.fromisoformat(first), dt.date.fromisoformat(last))
    ]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [("pt", "Foi em maio 68.", "1968-05"), ("de", "Im Mai 1968-1970 war Streik.", "1968-05")],
    ids=["pt-month-two-digit-year", "de-month-year-range"],
)
def test_month_year_is_no_day_range(lang: str, text: str, value: str) -> None:
    assert value in [t.value for t in tag(text, lang, DCT)]


DAYS_ALONE = [
    # (id, lang, text, timex text, value)
    ("pt-after-a-verb", "pt", "Vamos nos encontrar dia 12.", "dia 12", "2020-05-12"),
    ("pt-after-ate", "pt", "Serão vacinados até dia 30.", "dia 30", "2020-04-30"),
    ("es-after-article", "es", "Nos vemos el día 12.", "el día 12", "2020-05-12"),
]


@pytest.mark.parametrize(
    ("lang", "text", "found", "value"), [d[1:] for d in DAYS_ALONE], ids=[d[0] for d in DAYS_ALONE]
)
def test_day_of_month_alone(lang: str, text: str, found: str, value: str) -> None:
    assert (found, value) in [(t.text, t.value) for t in tag(text, lang, DCT)]


def test_numbered_day_of_an_event_is_no_date() -> None:
    assert tag("O dia 1 do festival foi bom.", "pt", DCT) == []


BOUNDING_HOURS = [
    # (id, lang, text, timex text, value)
    ("pt-antes-das", "pt", "Chegaremos antes das 7.", "7", "2020-04-30T07:00"),
    ("pt-depois-das", "pt", "Ele saiu depois das 22h.", "22h", "2020-04-30T22:00"),
    ("es-antes-de-las", "es", "Llegamos antes de las 7.", "las 7", "2020-04-30T07:00"),
]


@pytest.mark.parametrize(
    ("lang", "text", "found", "value"),
    [b[1:] for b in BOUNDING_HOURS],
    ids=[b[0] for b in BOUNDING_HOURS],
)
def test_hour_bounding_a_time(lang: str, text: str, found: str, value: str) -> None:
    assert (found, value) in [(t.text, t.value) for t in tag(text, lang, DCT)]


@pytest.mark.parametrize(
    "text",
    ["Venceu antes das 7 rodadas.", "Depois das 22 mil vagas, nada."],
    ids=["rounds", "jobs"],
)
def test_counted_things_after_the_hour_are_no_time(text: str) -> None:
    assert tag(text, "pt", DCT) == []
