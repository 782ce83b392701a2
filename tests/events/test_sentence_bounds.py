"""``SentenceBounds`` (tokenising only the runs that matter) gives the spans spaCy's
sentencizer gives over the whole tokenised block, in every language's blank pipeline."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.sentences import (
    _punct_hashes,
    _sentencizer_spans,
    _trimmed,
    pipeline,
    sentence_bounds,
)

LANGUAGES = ("en", "de", "id", "fr", "pt")


def reference(text: str, lang: str) -> list[tuple[int, int]]:
    """The sentencizer's spans over spaCy's tokens of the whole text, trimmed, empty ones out."""
    doc = pipeline(lang).tokenizer(text)
    spans = [_trimmed(text, a, b) for a, b in _sentencizer_spans(doc, _punct_hashes(lang))]
    return [(a, b) for a, b in spans if a < b]


def fast(text: str, lang: str) -> list[tuple[int, int]]:
    spans = [_trimmed(text, a, b) for a, b in sentence_bounds(lang).spans(text, 0, len(text))]
    return [(a, b) for a, b in spans if a < b]


CASES = [
    ("abbreviation", "en", "Mr. Smith met Dr. Jones in the U.S. on Monday. They talked."),
    ("quote after stop", "en", 'He left. "We stay," she said.  "Fine."\nNext line here.'),
    ("two spaces", "en", "One ends.  (Two starts) here! Three? Yes."),
    ("numbers", "en", "It rose 3.5 percent to 1,200.50 dollars. Then it fell..."),
    ("german quotes", "de", "Er ging. „Wir bleiben“, sagte sie. Am 3. Januar kam er."),
    ("indonesian", "id", "Ia pergi. (Kamis, 17/10/2013) Mereka datang. Ok?! Ya."),
    ("french", "fr", "Il est parti. « Nous restons », dit-elle… Puis il revint."),
    ("ellipsis run", "pt", "Ele saiu... e voltou!? Sim. _Nota_: fim."),
    ("only punctuation", "en", '. . ! ? " ( ) ...'),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_same_spans_as_the_sentencizer(lang: str, text: str) -> None:
    assert fast(text, lang) == reference(text, lang)


PIECES = st.sampled_from(
    [
        *"ab Z9 .!?;:,\"'“”„«»()[]…-—_\n\t\u00a0",
        *("Mr.", "U.S.", "e.g.", "a.m.", ":)", "...", "?!", "\n\n", "  ", "said.", "3.5", "Jan."),
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join), st.sampled_from(LANGUAGES))
def test_same_spans_on_random_text(text: str, lang: str) -> None:
    assert fast(text, lang) == reference(text, lang)
