"""An article's name keys come with the words it writes them in, for evidence a reader can
follow ("Western", not the key "vestern")."""

from __future__ import annotations

import pytest

from timeline.api import signature_of
from timeline.entities import Name, article_names, spellings_of
from timeline.events import read_article
from timeline.model import Article, Published

TEXTS = [
    pytest.param(
        "en",
        "Western diplomats met Kassym-Jomart Tokayev in Astana on Monday. "
        "The European Union said the Kremlin had not been asked.",
        id="en",
    ),
    pytest.param(
        "id",
        "Diplomat Barat bertemu Kassym-Jomart Tokayev di Astana pada Senin. "
        "Uni Eropa mengatakan Kremlin tidak diminta.",
        id="id",
    ),
    pytest.param(
        "pt",
        "Diplomatas ocidentais encontraram Kassym-Jomart Tokayev em Astana na segunda-feira. "
        "A União Europeia disse que o Kremlin não foi consultado.",
        id="pt",
    ),
    pytest.param(
        "de",
        "Westliche Diplomaten trafen Kassym-Jomart Tokajew am Montag in Astana. "
        "Die Europäische Union sagte, der Kreml sei nicht gefragt worden.",
        id="de",
    ),
]


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_every_key_is_spelled_as_the_article_writes_it(lang: str, text: str) -> None:
    names = article_names(text, lang)
    spelled = spellings_of(names)
    assert set(spelled) == signature_of(text, lang)
    assert spelled and all(words in text for words in spelled.values())
    assert not any(words.islower() for words in spelled.values() if words[0].isalpha())


@pytest.mark.parametrize(("lang", "text"), TEXTS[:3])
def test_reading_an_article_gives_its_spellings(lang: str, text: str) -> None:
    """Languages whose names are told by capitals get them from the one reading."""
    reading = read_article(Article("a", "a", "", text), lang, Published.unknown(), ())
    assert reading.names is not None
    assert {key for key, _ in reading.spellings} <= reading.names
    assert dict(reading.spellings) == spellings_of(article_names(text, lang))


def test_first_spelling_wins_and_empty_words_are_skipped() -> None:
    names = [
        Name(0, 5, "Tokajew", "tokayev"),
        Name(9, 9, "", "x"),
        Name(20, 27, "Tokayev", "tokayev"),
    ]
    assert spellings_of(names) == {"tokayev": "Tokajew"}
