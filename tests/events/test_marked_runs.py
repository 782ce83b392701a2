"""The runs that hold a sentence-ending character, found by searching for those characters
and widening to the run, are the runs the pattern that tried every run found (characters
beyond U+FFFF included); and a blank pipeline that works out only whether a word is
punctuation tokenises and marks punctuation as the full one does."""

from __future__ import annotations

import re

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import IS_PUNCT, ORTH

from timeline.sentences import pipeline, sentence_bounds

LANGUAGES = ("en", "de", "id", "pt")


def reference_runs(text: str, lang: str) -> list[tuple[int, int]]:
    """Every whitespace-separated run that holds a sentence-ending character, by one pattern."""
    chars = "".join(sorted(pipeline(lang).get_pipe("sentencizer").punct_chars))
    marked = re.compile(rf"(?<!\S)\S*?[{re.escape(chars)}]\S*")
    return [(m.start(), m.end()) for m in marked.finditer(text)]


def wide_endings(lang: str) -> list[str]:
    return sorted(c for c in pipeline(lang).get_pipe("sentencizer").punct_chars if ord(c) > 0xFFFF)


PIECES = st.sampled_from(
    [
        *"ab Z9 .!?;:,\"'“”„«»()…-—_\n\t\u00a0\u3000。！？",
        *("Mr.", "U.S.", "said.", "3.5", "Fähre.", "São?", "中国。", "𝐀", "😀", "\U00010000"),
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=40), st.sampled_from(LANGUAGES), st.data())
def test_the_same_runs_as_the_pattern(pieces: list[str], lang: str, data: st.DataObject) -> None:
    wide = wide_endings(lang)
    if wide and data.draw(st.booleans()):
        pieces = [*pieces, data.draw(st.sampled_from(wide)), "x"]
    text = "".join(pieces)
    assert sentence_bounds(lang).marked_runs(text) == reference_runs(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The ferry ran aground. Repairs begin on Monday!"),
        ("de", "Die Fähre lief auf Grund. „Wir bleiben“, sagte sie."),
        ("id", "Kapal itu kandas. Ya?! Baik."),
        ("pt", "A balsa encalhou… Sim. Não?"),
    ],
    ids=["en", "de", "id", "pt"],
)
def test_the_same_runs_with_a_wide_ending(lang: str, text: str) -> None:
    for ending in ["", *wide_endings(lang)[:3]]:
        spiced = text.replace(" ", f"{ending} ", 1)
        assert sentence_bounds(lang).marked_runs(spiced) == reference_runs(spiced, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Mr. Smith met Dr. Jones in the U.S. on Monday... (AP) “Fine,” she said!"),
        ("de", "Am 3. Januar: „Wir bleiben“ – sagte sie… z.B. heute?!"),
        ("id", "Ia pergi. (Kamis, 17/10/2013) Mereka datang. Ok?! Ya."),
        ("pt", "Ele saiu... e voltou!? Sim. _Nota_: fim « ok »."),
    ],
    ids=["en", "de", "id", "pt"],
)
def test_punctuation_read_as_by_the_full_pipeline(lang: str, text: str) -> None:
    full = spacy.blank(lang)
    ours = pipeline(lang).tokenizer(text).to_array([ORTH, IS_PUNCT]).tolist()
    theirs = full.tokenizer(text).to_array([ORTH, IS_PUNCT]).tolist()
    assert ours == theirs
