"""The fast word wrap of the chronology gives exactly the lines textwrap gives, or steps aside."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.render.text import greedy_wrap


def _textwrap(text: str, width: int, first: str, rest: str) -> list[str]:
    return textwrap.wrap(text, width, initial_indent=first, subsequent_indent=rest)


@pytest.mark.parametrize(
    ("text", "width"),
    [
        pytest.param("Protesters gathered in the main square on Tuesday. " * 5, 100, id="en-long"),
        pytest.param("Am Mittwoch besetzten Demonstranten das Rathaus. " * 4, 60, id="de"),
        pytest.param("Pada hari Rabu para pengunjuk rasa menduduki balai kota. " * 4, 50, id="id"),
        pytest.param("Le mercredi 5 janvier 2022, la police a arrêté 12 personnes.", 40, id="fr"),
        pytest.param("a b", 10, id="short"),
        pytest.param("exactly ten", 15, id="exact-fit"),
        pytest.param("published 2022-01-05 (id te3-007) " * 4, 40, id="digit-hyphens"),
    ],
)
def test_same_lines_as_textwrap(text: str, width: int) -> None:
    flat = " ".join(text.split())
    assert greedy_wrap(flat, width, "    ", "      ") == _textwrap(flat, width, "    ", "      ")


@pytest.mark.parametrize(
    ("text", "width"),
    [
        pytest.param("a well-known case of a long-awaited, hard-won agreement " * 3, 30, id="en"),
        pytest.param("die Nord-Süd-Achse und die Ost-West-Verbindung " * 3, 25, id="de"),
        pytest.param("anak-anak bermain di kota-kota besar " * 4, 20, id="id-reduplication"),
        pytest.param("then--suddenly--it ended -- or so it seemed " * 3, 22, id="double-hyphen"),
        pytest.param("a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p " * 3, 12, id="single-letters"),
        pytest.param("self-contained x--y 1990-91 e-mail re-elected " * 3, 17, id="mixed"),
    ],
)
def test_same_lines_as_textwrap_where_hyphens_may_break(text: str, width: int) -> None:
    flat = " ".join(text.split())
    assert greedy_wrap(flat, width, "  ", "    ") == _textwrap(flat, width, "  ", "    ")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("x" * 200, id="word-longer-than-line"),
        pytest.param("ab " + "x" * 70 + " cd", id="long-word-after-a-short-one"),
        pytest.param("ab well-known " + "x" * 70 + "-yy", id="long-hyphenated-word"),
    ],
)
def test_steps_aside_where_textwrap_splits_a_word(text: str) -> None:
    assert greedy_wrap(text, 60, "  ", "    ") is None


_WORD = st.text(alphabet="ab-9éß—’.", min_size=1, max_size=14)
_INDENT = st.sampled_from(["", "  ", "    ", "        "])


@settings(max_examples=400, deadline=None)
@given(
    words=st.lists(_WORD, min_size=1, max_size=40),
    width=st.integers(min_value=1, max_value=60),
    first=_INDENT,
    rest=_INDENT,
)
def test_never_differs_from_textwrap(words: list[str], width: int, first: str, rest: str) -> None:
    text = " ".join(words)
    lines = greedy_wrap(text, width, first, rest)
    if lines is not None:
        assert lines == _textwrap(text, width, first, rest)


_HYPHENATED = st.text(alphabet="abé_ß9-—’.,!", min_size=1, max_size=10)


@settings(max_examples=500, deadline=None)
@given(
    words=st.lists(_HYPHENATED, min_size=1, max_size=30),
    width=st.integers(min_value=19, max_value=40),
    first=_INDENT,
    rest=_INDENT,
)
def test_hyphenated_words_wrap_as_textwrap_wraps_them(
    words: list[str], width: int, first: str, rest: str
) -> None:
    """Words shorter than any line: the fast wrap never steps aside, and always agrees."""
    text = " ".join(words)
    assert greedy_wrap(text, width, first, rest) == _textwrap(text, width, first, rest)
