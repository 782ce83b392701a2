"""The string operations that tidy a title's text give what the regular expressions they
replace gave, in several scripts and with every kind of white space."""

from __future__ import annotations

import re
from functools import partial

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.event_lexicon import lexicon
from timeline.model import Timex, TimexType
from timeline.title_dates import last_word, without_dates
from timeline.title_text import (
    PARENTHESIS,
    QUOTE_CHARACTERS,
    has_quote_marks,
    one_space,
    tidy,
    without_edges,
    without_parentheses,
)

SPACES = re.compile(r"\s+")
EDGE = re.compile(r"^[\s,;:.–—-]+|[\s,;:–—-]+$")
SPACE_BEFORE_MARK = re.compile(r"\s+([,;:.!?])")
REPEATED_MARKS = re.compile(r"([,;:])(?:\s*[,;:])+")
LAST_WORD = re.compile(r"(\w+)\s*$")


def reference_tidy(text: str) -> str:
    """``tidy`` as four substitutions."""
    text = SPACES.sub(" ", text)
    text = SPACE_BEFORE_MARK.sub(r"\1", text)
    text = REPEATED_MARKS.sub(r"\1", text)
    return EDGE.sub("", text).rstrip(".!?").strip()


def reference_last_word(text: str, end: int) -> int | None:
    found = LAST_WORD.search(text[:end])
    return found.start(1) if found else None


PIECES = st.sampled_from(
    [
        *" \t\n\r\x0b\x0c\x1c\u00a0\u2003\u3000",
        *",;:.!?–—-()[]_",
        *QUOTE_CHARACTERS,
        *("said", "Fähre", "Brücke", "März", "kata", "Jakarta", "São", "ação", "٣", "中国"),
        *("ǅ", "ß", "ſ", "İ", "x2", "40,000", "3.5", "(AP)", "[1]", " , ", " ; ", " ."),
    ]
)
TEXTS = st.lists(PIECES, max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_the_string_rules_give_what_the_patterns_gave(text: str) -> None:
    assert one_space(text) == SPACES.sub(" ", text)
    assert without_edges(text) == EDGE.sub("", text)
    assert without_parentheses(text) == PARENTHESIS.sub(" ", text)
    assert has_quote_marks(text) == any(mark in text for mark in QUOTE_CHARACTERS)
    tidy.cache_clear()
    assert tidy(text) == reference_tidy(text)


@settings(max_examples=500, deadline=None)
@given(TEXTS, st.integers(0, 200))
def test_the_last_word_is_the_one_the_pattern_found(text: str, end: int) -> None:
    end = min(end, len(text))
    assert last_word(text, end) == reference_last_word(text, end)


CASES = [
    pytest.param("  The ferry ran aground , ,  ", id="en-spaces-marks"),
    pytest.param("– Die Fähre lief auf Grund;", id="de-dash"),
    pytest.param("\u00a0Kata Mardiasmo di Jakarta\u3000", id="id-wide-spaces"),
    pytest.param("A balsa encalhou (foto: AP) em São Paulo", id="pt-parenthesis"),
    pytest.param("", id="empty"),
    pytest.param(" \t ", id="only-space"),
]


@pytest.mark.parametrize("text", CASES)
def test_tidy_table(text: str) -> None:
    tidy.cache_clear()
    assert tidy(text) == reference_tidy(text)


def _timex(text: str, phrase: str) -> Timex:
    start = text.index(phrase)
    return Timex(start, start + len(phrase), phrase, TimexType.DATE, "2024-03-14")


@pytest.mark.parametrize(
    ("lang", "clause", "phrase", "expected"),
    [
        ("en", "The ferry ran aground on Tuesday near Kestrel", "Tuesday", "near Kestrel"),
        ("de", "Die Fähre lief am Dienstag auf Grund", "Dienstag", "auf Grund"),
        ("pt", "A balsa encalhou na terça-feira perto de Kestrel", "terça-feira", "perto"),
        ("id", "Kapal itu kandas pada hari Selasa di Kestrel", "hari Selasa", "di Kestrel"),
    ],
    ids=["en", "de", "pt", "id"],
)
def test_a_remembered_clause_gives_the_same_text(
    lang: str, clause: str, phrase: str, expected: str
) -> None:
    dated = (_timex(clause, phrase),)
    first = without_dates(clause, 0, dated, lexicon(lang))
    again = partial(without_dates, clause, 0, dated)
    assert again(lexicon(lang)) == first
    assert phrase not in first
    assert expected in first


def test_a_remembered_clause_is_kept_apart_per_language() -> None:
    clause = "Die Fähre lief am Dienstag auf Grund"
    dated = (_timex(clause, "Dienstag"),)
    german = without_dates(clause, 0, dated, lexicon("de"))
    english = without_dates(clause, 0, dated, lexicon("en"))
    assert " am " not in german  # the German preposition goes with its date
    assert " am " in english
    assert without_dates(clause, 0, dated, lexicon("de")) == german
