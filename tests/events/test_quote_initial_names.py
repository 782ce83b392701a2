"""A word capitalised only because it opens a quotation is no more a name than a sentence's first
word: it counts when the article names it elsewhere, or when several capitalised words run."""

from __future__ import annotations

import pytest

from timeline.entities import canonical_key, find_names

OPENING = [
    pytest.param(
        "en", "China backs the thesis of a “Color revolution” in Kazakhstan.", "Color", id="en"
    ),
    pytest.param("en", 'He said "We\'re ready" in Almaty.', "We're", id="en-straight-quotes"),
    pytest.param(
        "pt",
        "A China apoia a tese de uma «Revolução colorida» no Cazaquistão.",
        "Revolução",
        id="pt",
    ),
    pytest.param(
        "id", 'China mendukung tesis "Revolusi warna" di Kazakhstan.', "Revolusi", id="id"
    ),
    pytest.param(
        "es",
        "China apoya la tesis de una «Revolución de color» en Kazajistán.",
        "Revolución",
        id="es",
    ),
]


@pytest.mark.parametrize(("lang", "text", "word"), OPENING)
def test_a_lone_word_opening_a_quotation_is_no_name(lang: str, text: str, word: str) -> None:
    found = [n.text for n in find_names(text, lang)]
    assert word not in found
    assert found  # the sentence's real names are still found


KNOWN = [
    pytest.param("en", "He said “Tokayev will stay” after the meeting.", "Tokayev", id="en"),
    pytest.param("pt", "Ele disse «Tokayev fica» depois da reunião.", "Tokayev", id="pt"),
    pytest.param("de", "Er sagte: „Tokajew bleibt“, nach dem Treffen.", "Tokajew", id="de"),
]


@pytest.mark.parametrize(("lang", "text", "word"), KNOWN)
def test_a_name_known_elsewhere_counts_at_a_quotation_start(
    lang: str, text: str, word: str
) -> None:
    known = frozenset({canonical_key(word)})
    assert word in [n.text for n in find_names(text, lang, known=known)]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        pytest.param("en", "Reports said “Xi Jinping called” on Monday.", "Xi Jinping", id="en"),
        pytest.param("pt", "Disse que «Xi Jinping ligou» na segunda.", "Xi Jinping", id="pt"),
    ],
)
def test_a_run_of_capitalised_words_opening_a_quotation_is_a_name(
    lang: str, text: str, name: str
) -> None:
    assert name in [n.text for n in find_names(text, lang)]


def test_a_closing_quotation_before_a_word_is_no_opening() -> None:
    """'the “West” Tokayev': the quote closes before Tokayev, which stays mid-sentence."""
    found = [n.text for n in find_names("He blamed the “West” Tokayev said.", "en")]
    assert "Tokayev" in found
