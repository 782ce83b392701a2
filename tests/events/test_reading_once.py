"""Reading an article once: the names found with the candidates, features made in the workers,
and runs without spaces kept away from spaCy (offsets still exact)."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.events.event_builders import article, published
from tests.events.ferry_story import story
from timeline.entities import article_entities
from timeline.events import find_candidates, read_article
from timeline.merge import merge_events
from timeline.sentences import MAX_TOKEN, split_sentences
from timeline.similarity import features

NAMED = [
    pytest.param(
        "en", "Mayor Helena Varga opened the Kestrel Bridge. Varga thanked the NTSB.", id="en"
    ),
    pytest.param(
        "id", "Presiden Joko Widodo tiba di Jakarta. Widodo bertemu Bank Indonesia.", id="id"
    ),
    pytest.param(
        "pt", "O presidente Luiz Inácio chegou a Lisboa. Inácio falou com a ONU.", id="pt"
    ),
    pytest.param(
        "de", "Frau Helena Varga eröffnete die Brücke in Kestrel. Varga dankte der UNO.", id="de"
    ),
]


@pytest.mark.parametrize(("lang", "text"), NAMED)
def test_names_read_with_the_candidates_are_the_article_entities(lang: str, text: str) -> None:
    reading = read_article(article(text, language=lang), lang, published("2021-09-08"), [])
    if reading.names is not None:  # None where a second reading would cost more (German)
        assert reading.names == frozenset(article_entities(text, lang))
    else:
        assert lang == "de"


@pytest.mark.parametrize(("lang", "text"), NAMED)
def test_find_candidates_is_read_article_without_the_names(lang: str, text: str) -> None:
    told = article(text, language=lang)
    reading = read_article(told, lang, published("2021-09-08"), [])
    assert find_candidates(told, lang, published("2021-09-08"), []) == list(reading.candidates)


def test_merging_with_features_from_the_workers_gives_the_same_events() -> None:
    candidates = [
        c for t in story() for c in find_candidates(t.article, t.lang, t.published, t.timexes)
    ]
    known = [features(c) for c in candidates]
    assert merge_events(candidates, None, known) == merge_events(candidates)


def test_features_of_the_wrong_length_are_recomputed() -> None:
    candidates = [
        c for t in story() for c in find_candidates(t.article, t.lang, t.published, t.timexes)
    ]
    assert merge_events(candidates, None, []) == merge_events(candidates)


LONG = "x9-" * (MAX_TOKEN // 2)
RUNS = [
    pytest.param("en", f"The bridge opened. {LONG} Then it closed.", id="en-between"),
    pytest.param("de", f"{LONG}\n\nDie Brücke wurde geöffnet. Sie schloss.", id="de-first"),
    pytest.param("id", f"Jembatan dibuka. Lalu ditutup. {LONG}", id="id-last"),
]


@pytest.mark.parametrize(("lang", "text"), RUNS)
def test_a_run_without_spaces_is_cut_apart_and_the_prose_still_split(lang: str, text: str) -> None:
    sentences = split_sentences(text, lang)
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert all(len(s.text) <= MAX_TOKEN for s in sentences if " " not in s.text)
    prose = [s.text for s in sentences if " " in s.text]
    assert len(prose) == 2


@pytest.mark.parametrize("lang", ["en", "de", "id"])
def test_a_huge_text_without_spaces_is_split_quickly_into_exact_pieces(lang: str) -> None:
    text = "12:30/" * 200_000  # 1.2 MB; spaCy's affix search would take minutes
    sentences = split_sentences(text, lang)
    assert "".join(s.text for s in sentences) == text
    assert [s.index for s in sentences] == list(range(len(sentences)))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(alphabet="ab. ,\n", max_size=40),
            st.integers(MAX_TOKEN - 2, MAX_TOKEN * 3).map(lambda n: "q." * (n // 2)),
        ),
        max_size=6,
    ),
    st.sampled_from(["en", "de", "id"]),
)
def test_sentence_offsets_stay_exact_around_long_runs(parts: list[str], lang: str) -> None:
    text = "".join(parts)
    sentences = split_sentences(text, lang)
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert all(a.end <= b.start for a, b in pairwise(sentences))
