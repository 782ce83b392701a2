"""A trained spaCy pipeline named in the settings splits sentences and finds names.

No trained pipeline is installed here, so the tests build one: a blank pipeline with an
EntityRuler that knows a few names, saved to a temporary folder and named by its path.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from tests.events.event_builders import article, published, timex
from timeline.entities import article_entities, find_names
from timeline.events import find_candidates
from timeline.sentences import split_sentences, uses_model
from timeline.settings import Settings

PATTERNS: dict[str, list[dict[str, object]]] = {
    "en": [
        {"label": "ORG", "pattern": [{"LOWER": "the"}, {"LOWER": "harbour"}, {"LOWER": "board"}]},
        {"label": "PERSON", "pattern": "Mayor Ana Duarte"},
        {"label": "GPE", "pattern": "Port Vale"},
    ],
    "de": [
        {"label": "ORG", "pattern": "Weiße Haus"},
        {"label": "PER", "pattern": "Ana Duarte"},
        {"label": "LOC", "pattern": "Port Vale"},
    ],
}


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A path to a saved pipeline (blank + EntityRuler) for each language."""
    paths = {}
    for lang, patterns in PATTERNS.items():
        nlp = spacy.blank(lang)
        ruler = nlp.add_pipe("entity_ruler")
        ruler.add_patterns(patterns)  # type: ignore[attr-defined]
        path = Path(tmp_path_factory.mktemp(f"model_{lang}"))
        nlp.to_disk(path)
        paths[lang] = str(path)
    return paths


@pytest.mark.parametrize(
    ("lang", "text", "sentences", "labels"),
    [
        pytest.param(
            "en",
            "The Harbour Board met in Port Vale. Mayor Ana Duarte spoke.",
            2,
            ["ORG", "GPE", "PERSON"],
            id="en",
        ),
        pytest.param(
            "de",
            "Das Weiße Haus schwieg. Ana Duarte reiste nach Port Vale.",
            2,
            ["ORG", "PER", "LOC"],
            id="de",
        ),
    ],
)
def test_sentences_carry_the_recognised_names(
    saved: dict[str, str], lang: str, text: str, sentences: int, labels: list[str]
) -> None:
    found = split_sentences(text, lang, saved[lang])
    assert len(found) == sentences  # a sentencizer is added to a pipeline that has none
    assert [e.label for s in found for e in s.entities] == labels
    for sentence in found:
        assert all(sentence.start <= e.start < e.end <= sentence.end for e in sentence.entities)


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        pytest.param(
            "en",
            "Mayor Ana Duarte told the Harbour Board that NATO ships would come.",
            ["Ana Duarte", "Harbour Board", "NATO"],
            id="en-title-trimmed-acronym-kept",
        ),
        pytest.param(
            "de",
            "Das Weiße Haus lobte Ana Duarte für die Lastwagen der UNO.",
            ["Weiße Haus", "Ana Duarte", "UNO"],
            id="de-common-nouns-left-out",
        ),
    ],
)
def test_names_come_from_the_pipeline(
    saved: dict[str, str], lang: str, text: str, names: list[str]
) -> None:
    (sentence,) = split_sentences(text, lang, saved[lang])
    spans = [(e.start, e.end) for e in sentence.entities]
    assert [n.text for n in find_names(text, lang, recognised=spans)] == names


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "expected"),
    [
        pytest.param(
            "en",
            "On Monday the Harbour Board closed the old pier in Port Vale.",
            "Monday",
            {"Harbour Board", "Port Vale"},
            id="en",
        ),
        pytest.param(
            "de",
            "Am Montag lobte das Weiße Haus die Hilfe in Port Vale.",
            "Montag",
            {"Weiße Haus", "Port Vale"},
            id="de",
        ),
    ],
)
def test_candidates_use_the_named_pipeline(
    saved: dict[str, str], lang: str, text: str, phrase: str, expected: set[str]
) -> None:
    told = article(text, language=lang)
    timexes = [timex(text, phrase, "2020-05-04")]
    settings = Settings(spacy_model=saved[lang])
    (found,) = find_candidates(told, lang, published("2020-05-05"), timexes, settings=settings)
    assert set(found.entities) == expected


def test_a_pipeline_of_another_language_is_not_used(saved: dict[str, str]) -> None:
    assert uses_model("en", saved["en"])
    assert not uses_model("de", saved["en"])
    assert "lastwagen" not in set(article_entities("Die Lastwagen fuhren.", "de", saved["en"]))


def test_a_missing_pipeline_warns_and_falls_back_to_rules(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    missing = str(tmp_path / "no_such_pipeline")
    text = "On Monday Ana Duarte visited Port Vale."
    told = article(text)
    timexes = [timex(text, "Monday", "2020-05-04")]
    settings = Settings(spacy_model=missing)
    (found,) = find_candidates(told, "en", published("2020-05-05"), timexes, settings=settings)
    assert set(found.entities) == {"Ana Duarte", "Port Vale"}
    assert "could not be loaded" in caplog.text
