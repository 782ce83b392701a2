"""Language detection: offline, among the languages asked for, a default for too little text."""

from __future__ import annotations

import pytest

from timeline.language import detect_language
from timeline.settings import DEFAULT_LANGUAGES


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param(
            "The old bridge collapsed on Tuesday after a week of heavy rain.", "en", id="en"
        ),
        pytest.param(
            "Die alte Brücke ist am Dienstag nach tagelangem Regen eingestürzt.", "de", id="de"
        ),
        pytest.param(
            "Jembatan tua itu runtuh pada hari Selasa setelah hujan deras.", "id", id="id"
        ),
        pytest.param(
            "A antiga ponte desabou na terça-feira depois de dias de chuva.", "pt", id="pt"
        ),
        pytest.param(
            "El viejo puente se derrumbó el martes tras una semana de lluvias.", "es", id="es"
        ),
        pytest.param(
            "Le vieux pont s'est effondré mardi après une semaine de pluie.", "fr", id="fr"
        ),
        pytest.param(
            "Il vecchio ponte è crollato martedì dopo una settimana di pioggia.", "it", id="it"
        ),
        pytest.param(
            "De oude brug is dinsdag ingestort na een week van zware regen.", "nl", id="nl"
        ),
    ],
)
def test_detects_each_supported_language(text: str, code: str) -> None:
    assert detect_language(text, DEFAULT_LANGUAGES) == code


@pytest.mark.parametrize("text", ["", "12 + 17 = 29", "OK", "\x00\x01 ¶¶¶ 2022-01-10"], ids=str)
def test_too_little_text_gets_the_default(text: str) -> None:
    assert detect_language(text, DEFAULT_LANGUAGES, default="xx") == "xx"


def test_answers_only_among_the_languages_asked_for() -> None:
    spanish = "El viejo puente se derrumbó el martes tras una semana de lluvias intensas."
    assert detect_language(spanish, ("pt", "en")) in {"pt", "en"}
