"""The part of a named day ("am Morgen des 22. Juni 1941", "na manhã de 3 de março"); texts
written for these tests, publication date Wed 2022-01-12."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal.tagging_cases import check_values
from timeline.model import TimexType
from timeline.temporal import tag

DCT = dt.date(2022, 1, 12)

PARTS = [
    (
        "de-morgen-des",
        "de",
        "Am Morgen des 22. Juni 1941 begann es.",
        {"Morgen des 22. Juni 1941": "1941-06-22TMO"},
    ),
    (
        "de-abend-vom",
        "de",
        "Am Abend vom 3. März 2020 regnete es.",
        {"Abend vom 3. März 2020": "2020-03-03TEV"},
    ),
    (
        "pt-manha",
        "pt",
        "Na manhã de 3 de março de 2020 choveu.",
        {"manhã de 3 de março de 2020": "2020-03-03TMO"},
    ),
    (
        "pt-noite",
        "pt",
        "Na noite de 4 de abril de 2019 houve festa.",
        {"noite de 4 de abril de 2019": "2019-04-04TNI"},
    ),
    (
        "es-manana",
        "es",
        "La mañana del 3 de marzo de 2020 llovió.",
        {"mañana del 3 de marzo de 2020": "2020-03-03TMO"},
    ),
    (
        "fr-matin",
        "fr",
        "Le matin du 3 mars 2020, il a plu.",
        {"matin du 3 mars 2020": "2020-03-03TMO"},
    ),
    (
        "it-mattina",
        "it",
        "La mattina del 3 marzo 2020 ha piovuto.",
        {"mattina del 3 marzo 2020": "2020-03-03TMO"},
    ),
    (
        "nl-ochtend",
        "nl",
        "De ochtend van 3 maart 2020 regende het.",
        {"ochtend van 3 maart 2020": "2020-03-03TMO"},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in PARTS], ids=[c[0] for c in PARTS]
)
def test_a_part_of_a_named_day(lang: str, text: str, expected: dict[str, str]) -> None:
    check_values(text, lang, DCT, expected)
    (span,) = expected
    assert {t.text: t.type for t in tag(text, lang, DCT)}[span] is TimexType.TIME


DAYS_ALONE = [
    ("en-aquaint-style", "en", "It began on the night of Oct. 23, 1998.", "Oct. 23, 1998"),
    ("de-no-link", "de", "Am Morgen kam er, am 3. März 2020 ging er.", "3. März 2020"),
    ("pt-other-noun", "pt", "A festa de 3 de março de 2020 acabou.", "3 de março de 2020"),
]


@pytest.mark.parametrize(
    ("lang", "text", "span"), [c[1:] for c in DAYS_ALONE], ids=[c[0] for c in DAYS_ALONE]
)
def test_a_day_without_a_linked_part_stays_a_day(lang: str, text: str, span: str) -> None:
    found = {t.text: t for t in tag(text, lang, DCT)}
    assert span in found and found[span].type is TimexType.DATE, list(found)


PARTS_ALONE = [
    (
        "de-am-abend-narrative",
        "de",
        "Am 3. März 2020 kam er. Am Abend ging er.",
        {"Am Abend": "2020-03-03TEV"},
    ),
    ("de-nachts", "de", "Am 3. März 2020 kam er. Nachts schlief er.", {"Nachts": "2020-03-03TNI"}),
    (
        "de-gegen-abend",
        "de",
        "Er kam am 3. März 2020 gegen Abend.",
        {"gegen Abend": "2020-03-03TEV"},
    ),
    (
        "de-joined",
        "de",
        "Am Morgen des 4. März 2020 ging er.",
        {"Morgen des 4. März 2020": "2020-03-04TMO"},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in PARTS_ALONE], ids=[c[0] for c in PARTS_ALONE]
)
def test_a_part_of_day_alone_takes_the_narrative_day(
    lang: str, text: str, expected: dict[str, str]
) -> None:
    check_values(text, lang, DCT, expected)


def test_words_that_hold_a_part_of_day_are_no_time() -> None:
    assert tag("Die Morgenstunden und Abendkurse", "de", DCT) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [("Er kam um 8 Uhr abends.", "8 Uhr abends"), ("Er kam um 6 nachmittags.", "nachmittags")],
    ids=["de-uhr-abends", "de-hour-nachmittags"],
)
def test_a_part_after_a_clock_hour_is_no_time_of_its_own(text: str, span: str) -> None:
    found = {t.text for t in tag(text, "de", DCT)}
    assert "abends" not in found and "nachmittags" not in found, found
