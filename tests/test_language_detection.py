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


SAMPLES = [
    "The old bridge collapsed on Tuesday after a week of heavy rain.",
    "Die alte Brücke ist am Dienstag nach tagelangem Regen eingestürzt.",
    "Jembatan tua itu runtuh pada hari Selasa setelah hujan deras.",
    "A antiga ponte desabou na terça-feira depois de dias de chuva.",
]


def test_model_read_in_one_piece_is_the_librarys_model() -> None:
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    from timeline.language import _identifier_in_one_read

    ours = _identifier_in_one_read(LanguageIdentifier, MODEL_DIR / MODEL_FILE)
    theirs = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    assert ours is not None
    for name in ("nb_classes", "tk_nextmove", "tk_row", "tk_output"):
        assert getattr(ours, name) == getattr(theirs, name), name
    assert (ours.nb_ptc == theirs.nb_ptc).all() and (ours.nb_pc == theirs.nb_pc).all()
    for text in SAMPLES:
        assert ours.classify(text) == theirs.classify(text)


def test_a_model_loaded_in_the_background_is_the_one_detection_uses(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from timeline import language

    loads: list[tuple[str, ...]] = []
    real_load = language._load

    def counting_load(languages: tuple[str, ...], in_one_read: bool) -> object:
        loads.append(languages)
        return real_load(languages, in_one_read)

    monkeypatch.setattr(language, "_identifiers", {})
    monkeypatch.setattr(language, "_load", counting_load)
    language.load_in_background(("pt", "de", "en", "id")).join()
    answers = [detect_language(text, ("en", "de", "id", "pt")) for text in SAMPLES]
    assert answers == ["en", "de", "id", "pt"]
    assert loads == [("de", "en", "id", "pt")]  # loaded once, in the background
