"""A word trie's regex matches, at a place, the longest of its words starting there."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal.token_trie import add_word, trie_regex


def _regex(words: list[str]) -> re.Pattern[str]:
    trie: dict[str, object] = {}
    for word in words:
        add_word(trie, (re.escape(c) for c in word))
    return re.compile(trie_regex(trie))


@given(
    words=st.lists(st.text("abé.-", min_size=1, max_size=5), min_size=1, max_size=10),
    text=st.text("abé.- ", max_size=12),
)
@settings(max_examples=300, deadline=None)
def test_longest_word_at_the_place(words: list[str], text: str) -> None:
    found = _regex(words).match(text)
    starting = [w for w in words if text.startswith(w)]
    assert (found.group() if found else None) == (max(starting, key=len) if starting else None)


@pytest.mark.parametrize(
    ("words", "text", "longest"),
    [
        (["mon", "monday", "month"], "monday morning", "monday"),
        (["mär", "märz"], "märz 2021", "märz"),
        (["set", "setembro"], "setembro de 2021", "setembro"),
    ],
    ids=["en", "de", "pt"],
)
def test_month_and_weekday_words(words: list[str], text: str, longest: str) -> None:
    found = _regex(words).match(text)
    assert found is not None and found.group() == longest
