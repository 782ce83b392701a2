"""Durations with a half ("anderhalf uur", "zweieinhalb Stunden", "una hora y media") are
fractional TIMEX3 durations, in every language of this pass. Texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal.tagging_cases import check_values

DCT = dt.date(2022, 1, 12)

HALVES = [
    ("nl-one-and-half", "nl", "De vergadering duurde anderhalf uur.", {"anderhalf uur": "PT1.5H"}),
    (
        "nl-and-a-half",
        "nl",
        "Hij wachtte twee en een half uur.",
        {"twee en een half uur": "PT2.5H"},
    ),
    ("nl-half", "nl", "Ze rustte een half uur.", {"een half uur": "PT0.5H"}),
    (
        "de-compound",
        "de",
        "Die Fahrt dauerte zweieinhalb Stunden.",
        {"zweieinhalb Stunden": "PT2.5H"},
    ),
    ("de-half", "de", "Er schlief eine halbe Stunde.", {"eine halbe Stunde": "PT0.5H"}),
    ("de-one-and-half", "de", "Der Bau dauerte anderthalb Jahre.", {"anderthalb Jahre": "P1.5Y"}),
    ("es-y-media", "es", "La reunión duró una hora y media.", {"una hora y media": "PT1.5H"}),
    ("es-y-medio", "es", "Vivió allí dos años y medio.", {"dos años y medio": "P2.5Y"}),
    ("es-media", "es", "Esperamos media hora.", {"media hora": "PT0.5H"}),
    (
        "fr-after-pendant",
        "fr",
        "Il a parlé pendant une heure et demie.",
        {"une heure et demie": "PT1.5H"},
    ),
    ("fr-demi", "fr", "Le débat a duré une demi-heure.", {"une demi-heure": "PT0.5H"}),
    ("it-e-mezza", "it", "La riunione è durata un'ora e mezza.", {"un'ora e mezza": "PT1.5H"}),
    ("it-mezz", "it", "Abbiamo aspettato mezz'ora.", {"mezz'ora": "PT0.5H"}),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in HALVES], ids=[c[0] for c in HALVES]
)
def test_fractional_durations(lang: str, text: str, expected: dict[str, str]) -> None:
    check_values(text, lang, DCT, expected)
