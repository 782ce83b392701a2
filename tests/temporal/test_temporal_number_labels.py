"""Numbers that name a thing are no years ("Resolution 1636", "Flight 1549"), and a wire
service's four-digit clock time with its zone is a time ("1500 GMT"), never the year 1500.
Texts written for these tests, publication date Mon 2005-12-12."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal.tagging_cases import check_values, tagged

DCT = dt.date(2005, 12, 12)

LABELS = [
    ("en", "The council adopted Resolution 1636 in 2005 after Flight 1549 landed.", "1636", "1549"),
    (
        "de",
        "Der Rat nahm 2005 die Resolution 1636 an, nachdem Flug 1549 gelandet war.",
        "1636",
        "1549",
    ),
    (
        "pt",
        "O Conselho aprovou em 2005 a Resolução 1636 depois de o voo 1549 aterrar.",
        "1636",
        "1549",
    ),
    (
        "id",
        "Dewan mengadopsi Resolusi 1636 pada 2005 setelah penerbangan 1549 mendarat.",
        "1636",
        "1549",
    ),
    (
        "es",
        "El Consejo aprobó en 2005 la resolución 1636 después de que el vuelo 1549 aterrizara.",
        "1636",
        "1549",
    ),
    (
        "it",
        "Il Consiglio ha approvato nel 2005 la risoluzione 1636 dopo che il volo 1549 è atterrato.",
        "1636",
        "1549",
    ),
    ("nl", "De Raad nam in 2005 resolutie 1636 aan nadat vlucht 1549 was geland.", "1636", "1549"),
    ("fr", "Le Conseil a adopté en 2005 la résolution 1636 et le décret 1547.", "1636", "1547"),
]


@pytest.mark.parametrize(("lang", "text", "first", "second"), LABELS, ids=[c[0] for c in LABELS])
def test_a_number_naming_a_thing_is_no_year(lang: str, text: str, first: str, second: str) -> None:
    found = tagged(text, lang, DCT)
    assert first not in found and second not in found
    assert found["2005"].value == "2005"  # the sentence's real year is still read


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The dissolution 1998 was a year of reforms."),  # a longer word ending the same
        ("de", "Die Auflösung 1998 war das Jahr der Reformen."),
    ],
)
def test_only_the_whole_word_refuses(lang: str, text: str) -> None:
    check_values(text, lang, DCT, {"1998": "1998"})


WIRE = [
    ("en-gmt", "Polls closed at 1500 GMT, officials said.", {"1500 GMT": "2005-12-12T15:00"}),
    ("en-local", "The blast came at 0735 local time.", {"0735 local time": "2005-12-12T07:35"}),
    ("en-utc", "The launch is set for 2359 UTC.", {"2359 UTC": "2005-12-12T23:59"}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in WIRE], ids=[c[0] for c in WIRE])
def test_four_digit_clock_with_a_zone_is_a_time(text: str, expected: dict[str, str]) -> None:
    check_values(text, "en", DCT, expected)


@pytest.mark.parametrize(
    ("text", "year"),
    [("The fort was built in 1500.", "1500"), ("It opened in 1830 as a school.", "1830")],
    ids=["year-1500", "year-1830"],
)
def test_four_digits_without_a_zone_are_not_a_clock(text: str, year: str) -> None:
    found = tagged(text, "en", DCT)
    assert all(t.type.value != "TIME" for t in found.values())
    assert found[year].value == year


DECIMAL_RANGES = [
    ("en", "The euro was quoted at 1.1700-1702 dollars on Thursday.", "1702"),
    ("de", "Der Euro notierte bei 1,1700-1702 Dollar.", "1702"),
    ("pt", "O euro foi cotado a 1,1682-1692 dólares.", "1692"),
]


@pytest.mark.parametrize(
    ("lang", "text", "number"), DECIMAL_RANGES, ids=[c[0] for c in DECIMAL_RANGES]
)
def test_the_end_of_a_decimal_range_is_no_year(lang: str, text: str, number: str) -> None:
    assert number not in tagged(text, lang, DCT)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Messe lief vom 12.03.2005-13.03.2005."),
        ("pt", "A feira decorreu 12.03.2005-13.03.2005."),
    ],
)
def test_dotted_dates_joined_by_a_dash_stay_dates(lang: str, text: str) -> None:
    check_values(text, lang, DCT, {"12.03.2005": "2005-03-12", "13.03.2005": "2005-03-13"})
