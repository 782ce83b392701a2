"""Undecodable input (lone surrogates) is found in rendered text exactly as a regex finds it."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.render.wording import encodable, has_lone_surrogates

_SURROGATE = re.compile("[\ud800-\udfff]")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("Protesters stormed the city hall.", False, id="en-ascii"),
        pytest.param("Demonstranten stürmten das Rathaus", False, id="de"),
        pytest.param("Алматы, 5 января", False, id="ru"),
        pytest.param("抗议者冲进了市政厅 😀", False, id="zh-emoji"),
        pytest.param("Rathaus \udcfc kaputt", True, id="de-undecodable-byte"),
        pytest.param("\ud83d", True, id="lone-high"),
        pytest.param("\ud83d\ude00", True, id="surrogate-pair-as-two-characters"),
        pytest.param("", False, id="empty"),
        pytest.param("é" * 600_000, False, id="fr-long"),
        pytest.param("é" * 600_000 + "\udcfc", True, id="fr-long-undecodable-at-the-end"),
        pytest.param("é" * 262_143 + "\ud83d\ude00", True, id="pair-across-two-slices"),
    ],
)
def test_finds_lone_surrogates(text: str, found: bool) -> None:
    assert has_lone_surrogates(text) is found
    assert not has_lone_surrogates(encodable(text))


_CHARACTER = st.characters(categories=["Ll", "Lo", "Nd", "Zs", "So"]) | st.characters(
    categories=["Cs"], min_codepoint=0xD800, max_codepoint=0xDFFF
)


@settings(max_examples=400, deadline=None)
@given(text=st.lists(_CHARACTER, max_size=20).map("".join))
def test_agrees_with_a_regex_search(text: str) -> None:
    assert has_lone_surrogates(text) == (_SURROGATE.search(text) is not None)
