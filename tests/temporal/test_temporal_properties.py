"""Property tests: the tagger never raises and its offsets always slice to the reported text."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import extract, resolve, tag, to_timeml
from timeline.temporal.lexicon import available_languages

LANGS = st.sampled_from(["en", "de", "id", "pt", "xx"])
# text that looks like dates often: digits, separators, month and weekday words
DATEISH = st.lists(
    st.one_of(
        st.text(max_size=12),
        st.sampled_from(
            [
                "Monday",
                "Dienstag",
                "Kamis",
                "terça-feira",
                "January",
                "März",
                "Mei",
                "janeiro",
                "last week",
                "vor",
                "in",
                "two days",
                "later",
                "said",
                "will",
                "1920s",
                "v. Chr.",
                "(",
                ")",
                "/",
                ".",
                ",",
                " ",
                "%",
                "$",
                "+",
                "-",
                ":",
                "'",
            ]
        ),
        st.integers(min_value=0, max_value=3000).map(str),
    ),
    max_size=25,
).map("".join)
DCTS = st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))


@settings(max_examples=300, deadline=None)
@given(text=DATEISH, lang=LANGS, dct=DCTS)
def test_tag_never_raises_and_offsets_slice(text: str, lang: str, dct: dt.date | None) -> None:
    for timex in tag(text, lang, dct):
        assert text[timex.start : timex.end] == timex.text
        assert timex.value
        if timex.first_day is not None:
            assert timex.last_day is not None and timex.first_day <= timex.last_day


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=200), lang=LANGS)
def test_extract_never_raises_on_any_text(text: str, lang: str) -> None:
    for expression in extract(text, lang):
        assert text[expression.start : expression.end] == expression.text


@settings(max_examples=100, deadline=None)
@given(text=DATEISH, dct=DCTS)
def test_timeml_keeps_the_text(text: str, dct: dt.date | None) -> None:
    document = to_timeml(text, tag(text, "en", dct), dct, "doc")
    assert document.startswith("<?xml")


def test_bad_input_warns_instead_of_raising() -> None:
    assert extract(None, "en") == []  # type: ignore[arg-type]
    assert resolve("Monday", extract("Monday", "en"), "2022-01-12", "en")  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(text=DATEISH, lang=LANGS)
def test_rule_anchors_never_skip_a_match(text: str, lang: str) -> None:
    from timeline.temporal.grammar import grammar_for, lower_text

    lowered = lower_text(text)
    for rule in grammar_for(lang).rules:
        if rule.regex.search(lowered):
            assert rule.may_match(lowered), rule.id


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?:\d+)\s+days\s+ago", frozenset({"days"})),
        (r"(?:later|afterwards?)", frozenset({"later", "afterward"})),
        (r"\d+/\d+", None),
    ],
    ids=["literal", "branch", "none"],
)
def test_required_strings(pattern: str, expected: frozenset[str] | None) -> None:
    from timeline.temporal.grammar import required_strings

    assert required_strings(pattern) == expected


def _own_words(code: str) -> list[str]:
    """Words of a language's own data file that dates are made of: the likeliest to trip it."""
    from timeline.temporal.grammar import grammar_for

    words = grammar_for(code).data.words
    lists = ("month", "weekday", "unit", "number", "shift", "deictic_day", "mod", "signal_mod")
    return sorted({w for name in lists for w in words.get(name, {})})


@pytest.mark.parametrize("code", available_languages())
def test_each_language_never_raises_on_its_own_words(code: str) -> None:
    """Every data file, fuzzed with its own date words, digits and separators."""
    pieces = st.one_of(
        st.sampled_from([*_own_words(code), " ", ".", ",", "/", "-", "%", "(", ")", "'"]),
        st.integers(0, 3000).map(str),
        st.text(max_size=5),
    )

    @settings(max_examples=120, deadline=None)
    @given(text=st.lists(pieces, max_size=20).map(" ".join), dct=DCTS)
    def check(text: str, dct: dt.date | None) -> None:
        for timex in tag(text, code, dct):
            assert text[timex.start : timex.end] == timex.text
            assert timex.value

    check()
