"""The sentence pipeline is spaCy's blank pipeline, its vocabulary only made lighter: the
same tokens and the same sentences, special cases and all, in every language tested."""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.sentences import pipeline

LANGUAGES = ["en", "de", "id", "pt", "nl"]
# words of our own around a sample of the special cases: abbreviations, contractions
WORDS = {
    "en": ["The", "mayor", "said", "Dr.", "Smith", "left", "at", "5", "p.m.", "don't", "U.S."],
    "de": ["Der", "Rat", "tagte", "z.B.", "am", "3.", "März", "Nr.", "über’m", "Köln"],
    "id": ["Dewan", "bersidang", "anak-anak", "dll.", "Jl.", "Sudirman", "pukul", "10.00"],
    "pt": ["O", "conselho", "votou", "Sr.", "Silva", "d'água", "às", "10h", "etc."],
    "nl": ["De", "raad", "stemde", "o.a.", "’s", "avonds", "mevr.", "Jansen", "om", "8", "uur"],
}
MARKS = [".", "!", "?", "-", "'", "’", "(", ")", '"', ",", "…", ".)", "?!"]
GAPS = [" ", " ", " ", "\n", "  ", ""]


@cache
def _full(lang: str) -> Any:
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    return nlp


@cache
def _pieces(lang: str) -> list[str]:
    cases = sorted(_full(lang).tokenizer.rules)
    return WORDS[lang] + cases[:: max(1, len(cases) // 80)] + MARKS


def _read(nlp: Any, text: str) -> tuple[list[str], list[tuple[int, int]], list[bool]]:
    doc = nlp(text)
    return (
        [t.text for t in doc],
        [(s.start_char, s.end_char) for s in doc.sents],
        [t.is_punct for t in doc],
    )


@pytest.mark.parametrize("lang", LANGUAGES)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_same_tokens_and_sentences_as_spacy_blank(lang: str, data: st.DataObject) -> None:
    pieces = data.draw(st.lists(st.sampled_from(_pieces(lang)), min_size=1, max_size=30))
    gaps = data.draw(st.lists(st.sampled_from(GAPS), min_size=len(pieces)))
    text = "".join(p + g for p, g in zip(pieces, gaps, strict=False))
    assert _read(pipeline(lang), text) == _read(_full(lang), text)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_keeps_every_special_case(lang: str) -> None:
    assert pipeline(lang).tokenizer.rules == _full(lang).tokenizer.rules
